#include "extractors/tables/line_kinds.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

#include "core/regex.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_header.h"

namespace cc {
namespace {

constexpr auto kIcase = Regex::ECMAScript | Regex::icase;

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : text) {
    if (std::isalpha(c)) {
      cur += static_cast<char>(std::tolower(c));
      continue;
    }
    if (c == '-' || c == '.' || c == '\'') continue;  // "Sub-total", "C.G.P.A."
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

const std::vector<Regex>& section_patterns() {
  static const std::vector<Regex> patterns = {
      // "First Semester", "1st Sem.", "Fall Quarter", "Harmattan Semester", "Second Trimester"
      Regex(R"(\b(first|second|third|fourth|fifth|sixth|seventh|eighth|1st|2nd|3rd|[4-8]th|fall|spring|summer|autumn|winter|harmattan|rain|mid-?year|odd|even)\s*,?\s*(semester|sem\.?|term|trimester|quarter|qtr\.?|session)(?![a-z]))", kIcase),
      // "Semester III", "Semester 2", "Term 1", "Semester - II", "Level 300", "Part IV", "Year 1"
      Regex(R"(\b(semester|sem\.|trimester|term|quarter|level|part|year|stage)\s*[-:]?\s*([ivx]+|\d{1,3}|one|two|three|four|five|six)\b)", kIcase),
      // "Summer 2018", "Autumn 2016", "Summer, A.Y. 2018-2019"
      Regex(R"(\b(fall|spring|summer|autumn|winter)\s*,?\s*(a\.?\s*y\.?\s*)?(19|20)\d\d\b)", kIcase),
      // "100 Level", "Level 200"
      Regex(R"(\b\d00\s*level\b)", kIcase),
      // "First Year", "Final Year", "2nd Year", "Third Professional"
      Regex(R"(\b(first|second|third|fourth|fifth|final|1st|2nd|3rd|[4-6]th|i|ii|iii|iv|v)\s+(year|professional|prof\.?)\b)", kIcase),
      // "2016/2017 Session", "Academic Year 2017/2018", "A.Y. 2019-2020", "Session 2015/16"
      Regex(R"(\b(19|20)\d\d\s*[-/]\s*(19|20)?\d\d\s+(session|academic\s+year)\b)", kIcase),
      Regex(R"(\b(session|academic\s+year|a\.\s*y\.?|school\s+year)\s*:?\s*(19|20)\d\d\s*[-/]\s*(19|20)?\d\d\b)", kIcase),
  };
  return patterns;
}

// Lines that hold a term word but are not sections: summaries, admission and award lines.
const Regex& not_section() {
  static const Regex r(R"(gpa|total|cumulative|credits|earned|entered|admitted|graduat|conferred|award|issued|date\s+of)", kIcase);
  return r;
}

// "Term: Fall 2021", "Semester: 2": a label naming the term itself, the term after it.
const Regex& term_label() {
  static const Regex r(R"(^\W*(term|semester|session|period|trimester|quarter)\s*:\s*)", kIcase);
  return r;
}

int count_tokens(const std::string& s) {
  std::istringstream in(s);
  std::string w;
  int n = 0;
  while (in >> w) ++n;
  return n;
}

}  // namespace

std::optional<std::string> summary_kind(const std::string& text) {
  static const Regex page(R"(page\s+\S{1,3}\s+of\s+\S{1,3}(\s|$))", kIcase);
  static const Regex end(R"(nothing\s+follows|end\s+of\s+(transcript|record|statement)|\*{3,}\s*end)", kIcase);
  static const Regex note(R"(^\W*(term\s*:|remarks?\s*:|note\s*:))", kIcase);
  static const Regex subtotal(R"(^\W*sub-?\s?total)", kIcase);
  static const Regex gpa_like(R"(\b\w?(gpa|qpa|gwa)\b)", kIcase);
  if (std::regex_search(text, page)) return "page";
  if (std::regex_search(text, end)) return "end";
  if (std::regex_search(text, subtotal)) return "total";
  if (std::regex_search(text, gpa_like)) return "gpa";
  const auto words = words_of(text);
  const auto& vocabulary = header_vocabulary();
  for (const auto& w : words) {
    if (w == "cumulative") return "cumulative";
    for (const auto& s : vocabulary.summary_words)
      if (w == s) return s == "subtotal" ? "total" : "gpa";
  }
  if (std::regex_search(text, note) && !(std::regex_search(text, term_label()) && is_section_line(text))) return "note";
  // The first word, allowing one OCR error: "Tota}: 356 / 500 Resuit: PASS".
  if (!words.empty())
    for (const auto& first : vocabulary.summary_first_words)
      if (fuzzy_word_match(words.front(), first)) return "total";
  return std::nullopt;
}

SectionScope section_scope(const std::string& text) {
  static const Regex part(R"(\b(semester|sem\.?|term|trimester|quarter|qtr\.?|fall|spring|summer|autumn|winter|harmattan|rain)\b)", kIcase);
  // A calendar year makes a line complete too: "Fall 2019", "Semester III (Examination: May 2018)".
  static const Regex year(R"(\b(year|level|session|part|stage|professional|prof\.|a\.\s*y\.?)|\b(19|20)\d\d\b)", kIcase);
  const bool is_part = std::regex_search(text, part), is_year = std::regex_search(text, year);
  if (is_part && is_year) return SectionScope::both;
  return is_part ? SectionScope::part_of_year : SectionScope::year;
}

std::string section_text(const std::string& line) {
  std::string text = std::regex_replace(line, term_label(), "", std::regex_constants::format_first_only);
  // A field printed after the term on its line ("First Year   Symbol No.: 6277015 ...") is no part
  // of it: cut at the first label (words then a colon) that follows a section pattern's match, unless
  // the colon is in brackets ("Semester III (Examination: May 2018)").
  static const Regex label(R"(\s+[A-Za-z][A-Za-z.]*(\s+[A-Za-z][A-Za-z.]*){0,2}\s*:)");
  for (const auto& p : section_patterns()) {
    std::smatch m;
    if (!std::regex_search(text, m, p)) continue;
    const size_t end = static_cast<size_t>(m.position(0) + m.length(0));
    const std::string rest = text.substr(end);
    std::smatch l;
    if (!std::regex_search(rest, l, label)) return text;
    const std::string before = rest.substr(0, static_cast<size_t>(l.position(0)));
    if (std::count(before.begin(), before.end(), '(') > std::count(before.begin(), before.end(), ')')) return text;
    return text.substr(0, end + before.size());
  }
  return text;
}

namespace {

bool matches_section(const std::string& text) {
  for (const auto& p : section_patterns()) {
    std::smatch m;
    if (!std::regex_search(text, m, p)) continue;
    // "Name: ... Year 1" is a field of a form, not a section: no label before the term word.
    const std::string before = text.substr(0, static_cast<size_t>(m.position(0)));
    if (before.find(':') != std::string::npos) continue;
    return true;
  }
  return false;
}

}  // namespace

bool is_section_line(const std::string& text) {
  if (count_tokens(text) > 12 || std::regex_search(text, not_section())) return false;
  return matches_section(std::regex_replace(text, term_label(), "", std::regex_constants::format_first_only));
}

}  // namespace cc
