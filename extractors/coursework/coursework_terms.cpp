#include "extractors/coursework/coursework_terms.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "core/regex.h"
#include "extractors/tables/line_kinds.h"

namespace cc {
namespace {

constexpr auto kIcase = Regex::ECMAScript | Regex::icase;

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

int month_number(std::string name) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i)
    if (name.rfind(names[i], 0) == 0) return i + 1;
  return 0;
}

// Which part of an academic year: 1 first semester, 2 second, 3 summer / third; 0 unknown.
int semester_ordinal(const std::string& term) {
  static const Regex first(R"(\b(first|1st|harmattan)\b)", kIcase);
  static const Regex second(R"(\b(second|2nd|rain)\b)", kIcase);
  static const Regex third(R"(\b(third|3rd|summer|mid-?year)\b)", kIcase);
  if (std::regex_search(term, first)) return 1;
  if (std::regex_search(term, second)) return 2;
  if (std::regex_search(term, third)) return 3;
  return 0;
}

std::optional<std::string> from_months(const std::string& term) {
  static const Regex month(R"(\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)", kIcase);
  static const Regex year(R"(\b(19|20)\d\d\b)");
  int last_month = 0;
  std::ptrdiff_t after = 0;
  for (auto it = SRegexIterator(term.begin(), term.end(), month); it != SRegexIterator(); ++it) {
    last_month = month_number(it->str());
    after = it->position() + it->length();
  }
  if (last_month == 0) return std::nullopt;
  std::smatch y;
  const std::string rest = term.substr(static_cast<size_t>(after));
  if (!std::regex_search(rest, y, year)) return std::nullopt;
  const int yr = std::stoi(y.str());
  return iso(yr, last_month, days_in_month(yr, last_month));
}

std::optional<std::string> from_academic_year(const std::string& term) {
  static const Regex range(R"(\b((?:19|20)\d\d)\s*[-/]\s*((?:19|20)?\d\d)\b)");
  std::smatch m;
  if (!std::regex_search(term, m, range)) return std::nullopt;
  const int y1 = std::stoi(m[1].str());
  int y2 = std::stoi(m[2].str());
  if (y2 < 100) y2 += y1 / 100 * 100;
  if (y2 != y1 + 1) return std::nullopt;
  switch (semester_ordinal(term)) {
    case 1: return iso(y1, 12, 31);
    case 2: return iso(y2, 5, 31);
    case 3: return iso(y2, 8, 31);
    default: return std::nullopt;
  }
}

std::optional<std::string> from_single_year(const std::string& term) {
  static const Regex year(R"(\b(19|20)\d\d\b)");
  std::smatch m;
  if (!std::regex_search(term, m, year)) return std::nullopt;
  const int y = std::stoi(m.str());
  const std::string season = season_of(term);
  if (season == "fall" || season == "autumn") return iso(y, 12, 31);
  if (season == "winter") return iso(y, 3, 31);
  if (season == "spring") return iso(y, 6, 30);
  if (season == "summer") return iso(y, 8, 31);
  switch (semester_ordinal(term)) {
    case 1: return iso(y, 12, 31);
    case 2: return iso(y, 5, 31);
    default: return std::nullopt;
  }
}

}  // namespace

bool is_term_heading(const std::string& row_text) {
  // One set of term patterns for the whole program: the table reader's section lines.
  return is_section_line(row_text);
}

bool names_quarter(const std::string& term) {
  static const Regex r(R"(\b(quarter|qtr)\b)", kIcase);
  return std::regex_search(term, r);
}

std::string season_of(const std::string& term) {
  static const Regex r(R"(\b(fall|autumn|winter|spring|summer)\b)", kIcase);
  std::smatch m;
  if (!std::regex_search(term, m, r)) return "";
  std::string s = m.str();
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<std::string> term_end_date(const std::string& term) {
  if (auto d = from_months(term)) return d;
  if (auto d = from_academic_year(term)) return d;
  return from_single_year(term);
}

}  // namespace cc
