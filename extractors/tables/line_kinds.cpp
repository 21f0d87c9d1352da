#include "extractors/tables/line_kinds.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "core/bounded_memo.h"
#include "core/regex.h"
#include "core/regex_literals.h"
#include "core/text.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_header.h"
#include "extractors/tables/vocabulary_ablation.h"

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

// Section patterns are matched on the line folded to plain lowercase ASCII (fold_latin: "Séptimo
// Semestre" is "septimo semestre", "Güz" is "guz"), so words of other languages need no accents.
// Term words of the languages agencies meet: Spanish and Portuguese (semestre, cuatrimestre, ciclo: a
// term of the Central American and Andean calendars, ano /
// año, curso), French (semestre, année, premier, deuxième), Romanian (semestrul, anul), Polish
// (semestr, rok; zimowy / letni: winter / summer), Turkish (yarıyıl, dönem, sınıf; güz / bahar:
// autumn / spring), Indonesian and Malay (tahun), Russian and Ukrainian transliterated (kurs, semestr).
#define CC_ORDINAL_WORDS                                                                                  \
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th|"             \
  "primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta|" \
  "septimo|setimo|octavo|oitavo|noveno|nono|decimo|primeiro|primeira|terceiro|"                           \
  "premier|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|"                    \
  "primo|prima|secondo|terzo|terza|quarto|quinto|"                                                        \
  "[1-9]\\s*(?:o|a|er|re|e|eme|ieme)"
#define CC_PART_WORDS "semester|semestre|semestr|semestrul|cuatrimestre|ciclo|trimester|trimestre|term|quarter|session|yariyil|yariyili|donem|donemi|hoc\\s+ky"
#define CC_YEAR_WORDS "level|part|year|stage|anul|annee|rok|ano|anno|tahun|kurs|yil|sinif"
#define CC_SEASONS "fall|spring|summer|autumn|winter|guz|bahar|zimowy|letni"
// A calendar year: Gregorian, or Hijri (lunar 14xx, Saudi and Gulf transcripts; solar 13xx/14xx, Iran)
#define CC_YEAR4 "(?:1[34]|19|20)\\d\\d"

// A section pattern (case-insensitive) with the literals one of which any match holds
// (core/regex_literals.h): a line without them is not searched. Pure speed: the same answers.
struct SectionPattern {
  explicit SectionPattern(const std::string& pattern) : regex(pattern, kIcase), gate(pattern, true) {}
  Regex regex;
  LiteralGate gate;
};

const std::vector<SectionPattern>& all_section_patterns() {
  static const std::vector<SectionPattern> patterns = {
      // "First Semester", "1st Sem.", "Fall Quarter", "Harmattan Semester", "Second Trimester",
      // "Primer Semestre", "Séptimo Semestre", "Deuxième semestre", "1er semestre", "Güz Dönemi"
      SectionPattern(R"(\b()" CC_ORDINAL_WORDS "|" CC_SEASONS R"(|harmattan|rain|mid-?year|odd|even|michaelmas|hilary|trinity|lent|easter)\s*,?\s*()" CC_PART_WORDS R"(|sem\.?|qtr\.?)(?![a-z]))"),
      // "Semester III", "Semester 2", "Term 1", "Semester - II", "Level 300", "Part IV", "Year 1",
      // "Semestre 1", "Semestr 2", "Anul I", "Rok II", "Sem. I". A roman numeral is a word of its
      // own: glued to the term word it is that word's letters (`kursi`, Latvian courses, is no
      // `kurs I`; S123).
      SectionPattern(R"(\b()" CC_PART_WORDS "|" CC_YEAR_WORDS R"(|sem\.?)(\s*[-:]?\s*(\d{1,3}|one|two|three|four|five|six)|(\s+|\s*[-:.]\s*)[ivx]+)\b)"),
      // The ordinal after the term word, as Spanish, Portuguese and Italian may set it, a colon
      // between or not: "Semestre: Segundo", "SEMESTRE PRIMERO", "Año Tercero", "Anno primo"
      SectionPattern(R"(\b()" CC_PART_WORDS "|" CC_YEAR_WORDS "|ano|curso" R"()\s*[-:]?\s*()" CC_ORDINAL_WORDS R"()(?![a-z]))"),
      // The number first: "1 Semester", "II Semester", "2 kurs" (Russian, transliterated below),
      // "1. Semester" (German), at the start of the line
      SectionPattern(R"(^\W*([1-9]|10|[ivx]{1,4})\s*\.?\s*()" CC_PART_WORDS R"(|kurs|year|anno|rok)\b)"),
      // German semesters with their year: "Wintersemester 2019/20", "Sommersemester 2020", "WS 2019/20"
      SectionPattern(R"(\b(wintersemester|sommersemester|ws|ss)\s*(19|20)\d\d\b)"),
      // Indonesian odd and even semesters: "Semester Ganjil", "Semester Genap 2019/2020"
      SectionPattern(R"(\bsemester\s+(ganjil|genap|gasal|pendek)\b)"),
      // "Summer 2018", "Autumn 2016", "Summer, A.Y. 2018-2019", "Summer, SY 2020-2021" (school year), "zimowy 2015/2016"
      SectionPattern(R"(\b()" CC_SEASONS R"()\s*,?\s*([as]\.?\s*y\.?\s*)?(19|20)\d\d\b)"),
      // The year first: "2021-2022 Güz", "2019 Fall", "2016/17 Spring Semester"
      SectionPattern(R"(\b(19|20)\d\d(\s*[-/]\s*(19|20)?\d\d)?\s*,?\s*()" CC_SEASONS R"()\b)"),
      // A stage named by its examination: "First B.Med.Tech Examination", "Final Professional Exam",
      // "Second MBBS Examination held in 2015" (mark sheets of South and South-East Asia)
      SectionPattern(R"(\b(first|second|third|fourth|fifth|final|pre-?final|1st|2nd|3rd|[4-6]th)\s+(\S+\s+){1,3}(examinations?|exams?)\b)"),
      // "100 Level", "Level 200"
      SectionPattern(R"(\b\d00\s*level\b)"),
      // "First Year", "Final Year", "2nd Year", "Third Professional", "Primer Año", "Premiere Annee",
      // "Primer Curso", "1. Yarıyıl", "2. Sınıf"
      SectionPattern(R"(\b(first|second|third|fourth|fifth|sixth|final|1st|2nd|3rd|[4-6]th|i|ii|iii|iv|v)\s+(year|professional|prof\.?|stage)\b)"),
      SectionPattern(R"(\b()" CC_ORDINAL_WORDS R"()\s+(ano|annee|anno|curso|rok|kurs)\b)"),
      SectionPattern(R"((^|\s)[1-9]\s*\.\s*(yariyil|yariyili|donem|donemi|sinif|semestr|rok|kurs)\b)"),
      // "2016/2017 Session", "Academic Year 2017/2018", "A.Y. 2019-2020", "Session 2015/16",
      // "Año académico 2016-2017", "Curso académico 2014-15" (Spain), "Année universitaire 2016/2017",
      // "Anul universitar 2019-2020"
      SectionPattern(R"(\b)" CC_YEAR4 R"(\s*[-/]\s*(1[34]|19|20)?\d\d\s+(session|academic\s+year)\b)"),
      // A year word before an academic year range of any calendar: "Internship Year 1443/1444 H",
      // "Year 2019/2020" (a number of four digits is no year's ordinal)
      SectionPattern(R"(\b(year|session|anul|annee|ano|rok|tahun|yil)\s*:?\s*)" CC_YEAR4 R"(\s*[-/]\s*(1[34]|19|20)?\d\d\b)"),
      SectionPattern(R"(\b(session|academic\s+year|a\.\s*y\.?|school\s+year|ano\s+(academico|lectivo|letivo)|curso\s+(academico|escolar)|anno\s+accademico|nam\s+hoc|annee\s+(universitaire|academique)|anul\s+universitar|rok\s+akademicki|ogretim\s+yili|tahun\s+akademik)\s*:?\s*(19|20)\d\d\s*[-/]\s*(19|20)?\d\d\b)"),
      // "2016-2017-1", "2019/2020/2": an academic year and the number of its term, alone on the line
      SectionPattern(R"(^\s*(19|20)\d\d\s*[-/]\s*(19|20)\d\d\s*[-/]\s*[1-4]\s*$)"),
  };
  return patterns;
}

// The section patterns in use: under the vocabulary ablation only the last one, which names no
// word (an academic year and its term number alone on a line).
const std::vector<SectionPattern>& section_patterns() {
  static const std::vector<SectionPattern> patterns = [] {
    if (!table_vocabulary_ablated()) return all_section_patterns();
    return std::vector<SectionPattern>{all_section_patterns().back()};
  }();
  return patterns;
}

// Term words of Russian and Ukrainian in Cyrillic, spelled in Latin letters so that the patterns
// (matched on text folded to ASCII, where Cyrillic letters vanish) see them: "2 курс", "Семестр 3",
// "Осенний семестр 2019/2020", "навчальний рік 2019/2020"; Bulgarian "семестър" ("I семестър").
std::string latin_term_words(std::string text) {
  static const std::vector<std::pair<std::string, std::string>> words = {
      {"навчальний рік", "academic year"}, {"Навчальний рік", "Academic year"}, {"учебный год", "academic year"},
      {"Учебный год", "Academic year"}, {"семестър", "semestr"}, {"Семестър", "Semestr"}, {"СЕМЕСТЪР", "SEMESTR"},
      {"семестр", "semestr"}, {"Семестр", "Semestr"}, {"СЕМЕСТР", "SEMESTR"},
      {"курс", "kurs"}, {"Курс", "Kurs"}, {"КУРС", "KURS"}, {"осенний", "fall"}, {"Осенний", "Fall"},
      // Words that keep a line from being a section (not_section): "Общо за семестъра: 30 кредита"
      // (Bulgarian: the term's total of credits) names its term too.
      {"кредит", "credit"}, {"Кредит", "Credit"}, {"КРЕДИТ", "CREDIT"}, {"Общо", "Total"}, {"общо", "total"},
      {"ОБЩО", "TOTAL"}, {"Итого", "Total"}, {"итого", "total"}, {"ИТОГО", "TOTAL"},
      {"весенний", "spring"}, {"Весенний", "Spring"}, {"осінній", "fall"}, {"Осінній", "Fall"},
      {"весняний", "spring"}, {"Весняний", "Spring"}};
  for (const auto& [from, to] : words)
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  return text;
}

// Lines that hold a term word but are not sections: summaries, admission and award lines.
const Regex& not_section() {
  // matched on the folded line: "Crédits capitalisés", "Total semestru / Semester total: 30 credite",
  // "Moyenne", "Promedio" are summaries in any language
  static const Regex r(R"(gpa|total|cumulative|credit|earned|entered|admitted|graduat|conferred|award|issued|date\s+of|average|moyenne|promedio|\bmedia\b)", kIcase);
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

namespace {

// A figure as printed, its decimal comma too ("132,0", "240.5", "1,600" grouped); nullopt for a
// word that is no plain figure.
std::optional<double> plain_figure(std::string w) {
  while (!w.empty() && (w.back() == ':' || w.back() == ';' || w.back() == ')')) w.pop_back();
  static const Regex figure(R"(^\d{1,6}([.,]\d{1,3})?$)");
  if (!std::regex_match(w, figure)) return std::nullopt;
  const auto comma = w.find(',');
  if (comma != std::string::npos) {
    if (w.size() - comma - 1 == 3) w.erase(comma, 1);  // a thousands comma
    else w[comma] = '.';
  }
  return std::strtod(w.c_str(), nullptr);
}

// "Total" in the languages transcripts are printed in, as a whole word.
bool says_total(const std::string& word) {
  static const std::vector<std::string> totals = {"total", "totale", "totales", "totaux", "totais", "totali", "totaal",
                                                  "gesamt", "insgesamt", "celkem", "ukupno", "razem", "jami", "jumlah"};
  std::string w;
  for (unsigned char c : fold_latin(word))
    if (std::isalpha(c)) w += static_cast<char>(std::tolower(c));
  return std::find(totals.begin(), totals.end(), w) != totals.end();
}

}  // namespace

bool breakdown_with_total(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < 4) return false;
  const auto total = plain_figure(words.back());
  if (!total || *total <= 0 || !says_total(words[words.size() - 2])) return false;
  double sum = 0;
  int parts = 0;
  for (size_t i = 0; i + 2 < words.size(); ++i)
    if (const auto v = plain_figure(words[i])) {
      sum += *v;
      ++parts;
    }
  return parts >= 2 && std::fabs(sum - *total) < 0.011;
}

std::optional<std::string> summary_kind(const std::string& text) {
  static const Regex page(R"(page\s+\S{1,3}\s+of\s+\S{1,3}(\s|$))", kIcase);
  static const Regex end(R"(nothing\s+follows|end\s+of\s+(transcript|record|statement)|\*{3,}\s*end)", kIcase);
  static const Regex note(R"(^\W*(term\s*:|remarks?\s*:|note\s*:))", kIcase);
  static const Regex subtotal(R"(^\W*sub-?\s?total)", kIcase);
  static const Regex gpa_like(R"(\b\w?(gpa|qpa|gwa)\b)", kIcase);
  // A page's figures carried to the next page ("Pasan... 189 444" at its foot, "Vienen... 189 444"
  // at the head of the next; "Carried forward", "Brought forward", "A reporter", "Report",
  // "Transporte", "Suma y sigue"): a running sum of the rows so far, neither a course nor a term's
  // total. The word, then dots or a colon or nothing, then the figure.
  static const Regex carried(
      R"(^\W*(pasan|vienen|van|suma\s+y\s+sigue|suma\s+anterior|carried\s+forward|brought\s+forward|c/f|b/f|(à|a)\s+reporter|report|transporte|a\s+transportar)\s*(\.{2,}|…|:)?\s*\d)",
      kIcase);
  if (std::regex_search(text, carried)) return "carried";
  if (std::regex_search(text, page)) return "page";
  if (std::regex_search(text, end)) return "end";
  if (std::regex_search(text, subtotal)) return "total";
  if (std::regex_search(text, gpa_like)) return "gpa";
  if (breakdown_with_total(text)) return "total";
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
  // ... or the first word after a slash behind a label of one or two words: the label printed in
  // two languages ("Jami / Total  1080  30").
  const size_t slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const auto before = words_of(text.substr(0, slash)), after = words_of(text.substr(slash + 1));
  if (before.empty() || before.size() > 2 || after.empty()) return std::nullopt;
  for (const auto& first : vocabulary.summary_first_words)
    if (fuzzy_word_match(after.front(), first)) return "total";
  return std::nullopt;
}

SectionScope section_scope(const std::string& line) {
  static const Regex part(R"(\b()" CC_PART_WORDS R"(|sem\.?|qtr\.?|)" CC_SEASONS R"(|harmattan|rain)\b)", kIcase);
  // A calendar year makes a line complete too: "Fall 2019", "Semester III (Examination: May 2018)".
  static const Regex year(R"(\b()" CC_YEAR_WORDS R"(|professional|prof\.|a\.\s*y\.?)|\b(19|20)\d\d\b)", kIcase);
  // "session" is a part word in "Harmattan Session" but names a year in "2016/2017 Session": a
  // session with no ordinal or season before it stays a year, as it always was.
  static const Regex year_session(R"(\bsession\b)", kIcase);
  const std::string text = fold_latin(latin_term_words(line));
  std::string without_session = std::regex_replace(text, year_session, " ");
  const bool is_part = std::regex_search(without_session, part);
  const bool is_year = std::regex_search(text, year) || std::regex_search(text, year_session);
  if (is_part && is_year) return SectionScope::both;
  return is_part ? SectionScope::part_of_year : SectionScope::year;
}

namespace {

// The first match of a section pattern in `folded` (the line folded by fold_latin) that no label
// precedes ("Name: ... Year 1" is a field of a form, not a section); its end, or npos.
size_t section_match_end(const std::string& folded) {
  for (const auto& p : section_patterns()) {
    std::smatch m;
    if (!p.gate.may_match(folded) || !std::regex_search(folded, m, p.regex)) continue;
    if (folded.substr(0, static_cast<size_t>(m.position(0))).find(':') != std::string::npos) continue;
    return static_cast<size_t>(m.position(0) + m.length(0));
  }
  return std::string::npos;
}

// The numbers a caption states (digits, roman numerals, number words), for comparing its halves.
std::vector<std::string> numbers_in(const std::string& folded) {
  static const Regex number(R"(\b(\d+|[ivx]+|one|two|three|four|five|six)\b)", kIcase);
  std::vector<std::string> out;
  for (auto it = SRegexIterator(folded.begin(), folded.end(), number); it != SRegexIterator(); ++it) out.push_back(it->str());
  std::sort(out.begin(), out.end());
  return out;
}

bool names_term_in_english(const std::string& half) {
  static const Regex english(R"(\b(semester|term|year|level|quarter|trimester|session|fall|spring|summer|autumn|winter)\b)", kIcase);
  return std::all_of(half.begin(), half.end(), [](unsigned char c) { return c < 0x80; }) && std::regex_search(half, english);
}

// A caption printed in two languages, "A / B" (a slash between spaces), each half a section: the
// half that says everything the line says. Both halves with the same numbers: the English one
// ("Semestr 2 (letni 2015/2016) / Semester 2 (summer 2015/2016)"); the second half with only some
// of the first's numbers, a shortened translation: the first ("Anul I 2019-2020 / Year I"). Any
// other line, or halves that each add something ("Semestre 1 / Semester 1 — 2015/2016": the year
// range follows the second half but belongs to both), is kept whole.
std::string one_language(const std::string& text) {
  const size_t slash = text.find(" / ");
  if (slash == std::string::npos || text.find(" / ", slash + 3) != std::string::npos) return text;
  const std::string first = trim(text.substr(0, slash)), second = trim(text.substr(slash + 3));
  const std::string f1 = fold_latin(first), f2 = fold_latin(second);
  if (section_match_end(f1) == std::string::npos || section_match_end(f2) == std::string::npos) return text;
  const auto n1 = numbers_in(f1), n2 = numbers_in(f2);
  if (n1 == n2) {
    const bool e1 = names_term_in_english(first), e2 = names_term_in_english(second);
    if (e1 != e2) return e1 ? first : second;
    return text;
  }
  if (n2.size() < n1.size() && std::includes(n1.begin(), n1.end(), n2.begin(), n2.end())) return first;
  return text;
}

}  // namespace

std::string section_text(const std::string& line) {
  const std::string text = one_language(std::regex_replace(line, term_label(), "", std::regex_constants::format_first_only));
  // A field printed after the term on its line ("First Year   Symbol No.: 6277015 ...") is no part
  // of it: cut at the first label (words then a colon) that follows a section pattern's match, unless
  // the colon is in brackets ("Semester III (Examination: May 2018)").
  static const Regex label(R"(\s+[A-Za-z][A-Za-z.]*(\s+[A-Za-z][A-Za-z.]*){0,2}\s*:)");
  std::vector<size_t> source;
  const std::string folded = fold_latin(text, &source);
  const size_t folded_end = section_match_end(folded);
  if (folded_end == std::string::npos) return text;
  const size_t end = source[folded_end];
  const std::string rest = text.substr(end);
  std::smatch l;
  if (!std::regex_search(rest, l, label)) return text;
  const std::string before = rest.substr(0, static_cast<size_t>(l.position(0)));
  if (std::count(before.begin(), before.end(), '(') > std::count(before.begin(), before.end(), ')')) return text;
  return text.substr(0, end + before.size());
}

bool section_says_more(const std::string& line) {
  static const Regex filler(R"(\b(of|and|the|academic|year|session|de|del|la|el|et|du|y|[ivx]+)\b|[^a-z]+)", kIcase);
  std::string rest = fold_latin(line);
  for (const auto& p : section_patterns())
    if (p.gate.may_match(rest)) rest = std::regex_replace(rest, p.regex, " ");
  rest = std::regex_replace(rest, filler, " ");
  static const Regex word(R"([a-z]{3,})");
  return std::regex_search(rest, word);
}

namespace {

// True when the line names one part of the year twice with two different ordinals (`1ère session
// ... 2e session`, `First Semester  Second Semester`): labels of columns, one per sitting or term
// (a marks sheet's first and second session), not the caption of one term.
bool names_two_parts(const std::string& folded) {
  static const Regex part(R"(\b()" CC_ORDINAL_WORDS R"(|[1-9]\s*ere)\s*()" CC_PART_WORDS R"()(?![a-z]))", kIcase);
  std::map<std::string, std::set<std::string>> ordinals_of;
  for (auto it = SRegexIterator(folded.begin(), folded.end(), part); it != SRegexIterator(); ++it)
    ordinals_of[lower_utf8((*it)[2].str())].insert(lower_utf8((*it)[1].str()));
  return std::any_of(ordinals_of.begin(), ordinals_of.end(), [](const auto& o) { return o.second.size() >= 2; });
}

bool section_line_uncached(const std::string& text) {
  if (count_tokens(text) > 12) return false;
  const std::string folded =
      fold_latin(latin_term_words(std::regex_replace(text, term_label(), "", std::regex_constants::format_first_only)));
  if (std::regex_search(folded, not_section())) return false;
  if (!table_vocabulary_ablated() && names_two_parts(folded)) return false;
  return section_match_end(folded) != std::string::npos;
}

}  // namespace

// The table reader asks this of the same lines many times over (every header and term search of a
// page), and each answer runs a dozen regular expressions; it depends on the text alone (the
// ablation switch is read once per process), so answers are remembered per thread, a bounded set.
bool is_section_line(const std::string& text) {
  thread_local BoundedMemo<bool> known;
  return known.get(text, section_line_uncached);
}

}  // namespace cc
