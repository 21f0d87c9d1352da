#include "extractors/coursework/coursework_grades.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

#include "core/regex.h"

namespace cc {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// A letter grade: one letter with its sign, or two letters, a step between two neighbouring grades
// or a grade of a two-letter scale ("AB", "BC" between A, B and C; "AA", "BA", "CB" ... "DD", "FD",
// "FF"). Letters that are no neighbours are no grade: "AC" is the Spanish "acreditada" (passed).
// "A0", "B0": the plain grade of a scale that also has A+ and A- (Korea prints the zero).
constexpr const char* kLetterGrade = R"(^(?:[A-F][+-]?|[A-D]0|AA|AB|BA|BB|BC|CB|CC|CD|DC|DD|FD|FF)$)";
// A letter grade as OCR prints its sign or zero: "At" (a small +), "AO" (the zero), "At+" (a plus
// read twice). It votes for the letter style and is repaired by read_grade.
constexpr const char* kMisreadLetterGrade = R"(^(?:[A-F][t*]\+?|[A-D][Oo])$)";
bool is_two_letter_grade(const std::string& s) {
  static const Regex pair(R"(^(?:AA|AB|BA|BB|BC|CB|CC|CD|DC|DD|FD|FF)$)");
  return std::regex_match(s, pair);
}
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

const std::map<std::string, double>& four_point_scale() {
  static const std::map<std::string, double> scale = {
      {"A+", 4.0}, {"A", 4.0}, {"A-", 3.7}, {"B+", 3.3}, {"B", 3.0}, {"B-", 2.7}, {"C+", 2.3}, {"C", 2.0},
      {"C-", 1.7}, {"D+", 1.3}, {"D", 1.0}, {"D-", 0.7}, {"F", 0.0}};
  return scale;
}

// A grade as read_grade left it has the shape of its style.
bool has_grade_shape(const std::string& value, GradeStyle style) {
  static const Regex decimal(R"(^[0-5]\.\d{1,2}$)");
  static const Regex letter(kLetterGrade);
  static const Regex marks(R"(^\d{1,3}$)");
  switch (style) {
    case GradeStyle::decimal: return std::regex_match(value, decimal);
    case GradeStyle::letter: return std::regex_match(value, letter);
    case GradeStyle::marks: return std::regex_match(value, marks);
    case GradeStyle::other: return false;
  }
  return false;
}

// A credits value as a merged cell prints it: 1 or 2 digits, maybe "." or ".0" after ("3", "3.", "4.0").
bool looks_like_credits(const std::string& token) {
  static const Regex credits(R"(^\d{1,2}(\.0?)?$)");
  if (!std::regex_match(token, credits)) return false;
  const double v = std::stod(token);
  return v > 0 && v <= 30;
}

std::vector<std::string> tokens_of(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string joined(const std::vector<std::string>& tokens, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + tokens[i];
  return out;
}

// "3 1.25" -> ("3", "1.25") or "1.25 3" -> ("3", "1.25") when one end is credits and the rest a grade.
std::optional<std::pair<std::string, std::string>> credits_and_grade_in(const std::string& cell, GradeStyle style) {
  const auto t = tokens_of(cell);
  if (t.size() < 2) return std::nullopt;
  if (looks_like_credits(t.front()) && has_grade_shape(read_grade(joined(t, 1, t.size()), style).value, style))
    return std::make_pair(t.front(), joined(t, 1, t.size()));
  if (looks_like_credits(t.back()) && has_grade_shape(read_grade(joined(t, 0, t.size() - 1), style).value, style))
    return std::make_pair(t.back(), joined(t, 0, t.size() - 1));
  return std::nullopt;
}

}  // namespace

bool split_merged_credits_and_grade(std::string& credits, std::string& grade, GradeStyle style) {
  if (style == GradeStyle::other) return false;
  const bool credits_missing = !read_number(credits), grade_empty = squeeze_spaces(grade).empty();
  if (credits_missing && !grade_empty) {
    if (auto split = credits_and_grade_in(grade, style)) {
      std::tie(credits, grade) = *split;
      return true;
    }
  }
  if (grade_empty && tokens_of(credits).size() >= 2) {
    if (auto split = credits_and_grade_in(credits, style)) {
      std::tie(credits, grade) = *split;
      return true;
    }
  }
  return false;
}

GradeStyle grade_style_of(const std::vector<std::string>& printed) {
  static const Regex decimal(R"(^[0-5]\.\d{1,2}$)");
  static const Regex letter(kLetterGrade);
  static const Regex marks(R"(^\d{1,3}$)");
  static const Regex lost_point(R"(^[1-5]\d{1,2}$)");
  static const Regex misread_letter(kMisreadLetterGrade);
  // "15" or "175" is a mark or a decimal grade whose point OCR lost: it goes with whichever of
  // the two the unambiguous cells favour.
  int ambiguous = 0;
  std::map<GradeStyle, int> votes;
  for (const auto& p : printed) {
    std::string s = squeeze_spaces(p);
    // A cell that also holds the credits ("3 1.25": the columns merged on a scan) votes with its
    // grade, but never for marks: "3 15" is more likely a decimal grade that lost its point.
    if (const auto t = tokens_of(s); t.size() == 2 && (looks_like_credits(t[0]) || looks_like_credits(t[1]))) {
      const std::string rest = looks_like_credits(t[0]) ? t[1] : t[0];
      if (std::regex_match(rest, decimal) || std::regex_match(rest, letter)) s = rest;
    }
    if (std::regex_match(s, decimal)) ++votes[GradeStyle::decimal];
    else if (std::regex_match(s, letter) || std::regex_match(s, misread_letter)) ++votes[GradeStyle::letter];
    else if (std::regex_match(s, lost_point)) ++ambiguous;
    else if (std::regex_match(s, marks)) ++votes[GradeStyle::marks];
  }
  if (ambiguous > 0)
    votes[votes[GradeStyle::decimal] > votes[GradeStyle::marks] ? GradeStyle::decimal : GradeStyle::marks] += ambiguous;
  GradeStyle best = GradeStyle::other;
  int best_votes = 0;
  for (const auto& [style, n] : votes) {
    if (n > best_votes) {
      best = style;
      best_votes = n;
    }
  }
  // A style is the column's only when most of the column has it.
  return best_votes * 2 > static_cast<int>(printed.size()) ? best : GradeStyle::other;
}

FieldReading read_grade(const std::string& printed, GradeStyle style) {
  FieldReading r;
  r.value = squeeze_spaces(printed);
  r.valid = !r.value.empty();
  if (!r.valid) return r;
  // A grade written in words with its value in brackets ("dobry (4.0)", "bien (8)", "sehr gut
  // (1,0)"): the value is the grade, the words only name it.
  static const Regex worded(R"(^[^\d()]*[A-Za-z\x80-\xff][^\d()]*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*\)$)");
  if (std::smatch m; std::regex_match(r.value, m, worded)) {
    r.value = m[1].str();
    std::replace(r.value.begin(), r.value.end(), ',', '.');
    return r;
  }
  // The other way round, a number then its name in words in one cell ("16 DIECISÉIS", "15 quince",
  // "13,50 Assez bien", "4.0 Excellent"): the number, as printed. A letter grade after a number
  // ("85 A") is no name of it and stays.
  static const Regex named(R"(^(\d{1,3}(?:[.,]\d{1,2})?)\s+(?:[A-Za-z]|[\x80-\xff]{2}){3,}[^\d()]*$)");
  if (std::smatch m; std::regex_match(r.value, m, named)) {
    r.value = m[1].str();
    return r;
  }
  // The name first, then the number ("NOTABLE 7,8", "SUSPENSO 3,2", "MATRÍCULA DE HONOR 9,5",
  // "sehr gut 1,3"): one grade, the number, so that a failing mark is judged (h1).
  static const Regex name_first(R"(^(?:[A-Za-z]|[\x80-\xff]{2}){3,}[^\d()]*\s(\d{1,3}(?:[.,]\d{1,2})?)$)");
  if (std::smatch m; std::regex_match(r.value, m, name_first)) {
    r.value = m[1].str();
    return r;
  }
  // A number with its name in words in brackets, then a word of its own after it ("4.3 (CUATRO
  // PUNTO TRES) REPROBADA", "12 (doze) valores"): national scales print the mark in figures and in
  // words, and a result or unit printed after them joins the cell; the figures are the grade, so
  // that a failing mark is judged. A mark and its name alone ("6 (έξι)") stays as printed.
  static const Regex bracketed_name(R"(^(\d{1,3}(?:[.,]\d{1,2})?)\s*\(\s*(?:[A-Za-z]|[\x80-\xff]{2}){3,}[^\d()]*\)\s+[^\d()\s][^\d()]*$)");
  if (std::smatch m; std::regex_match(r.value, m, bracketed_name)) {
    r.value = m[1].str();
    return r;
  }
  std::string compact = r.value;
  compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
  if (style == GradeStyle::decimal) std::replace(compact.begin(), compact.end(), ',', '.');
  static const Regex decimal(R"(^[0-5]\.\d{1,2}$)");
  static const Regex lost_point(R"(^[1-5]\d{1,2}$)");
  static const Regex letter(kLetterGrade);
  if (style == GradeStyle::decimal) {
    // Specks before a number ("«1.5", "=1.0") are not part of it.
    while (compact.size() > 1 && !std::isalnum(static_cast<unsigned char>(compact[0]))) compact.erase(0, 1);
    bool changed = false;
    auto n = read_number(compact, &changed);
    std::string s = compact;
    if (n && changed) {  // read the same characters as digits
      s.clear();
      s = as_digits(compact);
    }
    static const Regex extra_lead(R"(^\d[0-5]\.\d{1,2}$)");
    if (std::regex_match(s, lost_point)) s = s.substr(0, 1) + "." + s.substr(1);  // "175", "15": lost point
    else if (std::regex_match(s, extra_lead)) s = s.substr(1);                     // "41.0": a speck read as 4
    if (std::regex_match(s, decimal)) {
      r.fixed = s != r.value;
      r.value = s;
    }
    return r;
  }
  if (style == GradeStyle::letter) {
    std::string s = compact;
    while (s.size() > 1 && !std::isalnum(static_cast<unsigned char>(s[0]))) s.erase(0, 1);  // "#A"
    if (!s.empty() && s[0] == '8') s[0] = 'B';
    if (s.size() == 3 && (s[1] == 't' || s[1] == '*') && s[2] == '+') s.pop_back();  // "At+": the plus read twice
    if (s.size() == 2 && (s[1] == 't' || s[1] == '*')) s[1] = '+';
    if (s.size() == 2 && s[0] >= 'A' && s[0] <= 'D' && (s[1] == 'O' || s[1] == 'o')) s[1] = '0';  // "BO": B0
    const bool two_letter_grade = is_two_letter_grade(s);
    if (s.size() == 2 && is_upper(s[0]) && is_alpha(s[1]) && !two_letter_grade) s.pop_back();  // "Cc", "CG": one letter read twice
    if (!s.empty() && s[0] == 'G') s[0] = 'C';
    if (s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x80) s = s.substr(0, 1) + "-";  // en/em dash
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    if (std::regex_match(s, letter)) {
      r.fixed = s != r.value;
      r.value = s;
    }
    return r;
  }
  if (style == GradeStyle::marks) {
    bool changed = false;
    if (auto n = read_number(compact, &changed); n && *n == static_cast<int>(*n)) {
      const std::string s = std::to_string(static_cast<int>(*n));
      // S133 (k5): marks printed at a fixed width (`062`, `100`) are kept as printed: the zeros are
      // the form's, no misreading to repair.
      const bool padded = r.value.size() > s.size() && r.value.find_first_not_of('0') == r.value.size() - s.size() &&
                          r.value.compare(r.value.size() - s.size(), s.size(), s) == 0;
      if (padded) return r;
      r.fixed = s != r.value;
      r.value = s;
    }
  }
  return r;
}

std::optional<std::string> letter_grade_for(double points_per_credit) {
  for (const auto& [g, value] : four_point_scale())
    if (g != "A+" && std::fabs(value - points_per_credit) < 0.02) return g;
  return std::nullopt;
}

bool is_four_point_scale(const std::vector<double>& per_credit) {
  int signed_grades = 0, above = 0;
  for (double v : per_credit) {
    above += v > 4.05;  // a misread number, or another scale
    for (double s : {3.7, 3.3, 2.7, 2.3, 1.7, 1.3, 0.7}) signed_grades += std::fabs(v - s) < 0.02;
  }
  const auto n = static_cast<int>(per_credit.size());
  return n >= 3 && signed_grades > 0 && above * 10 <= n;
}

std::optional<std::string> letter_grade_from_points(const std::string& grade, double points, double credits) {
  const auto& scale = four_point_scale();
  const auto read = scale.find(grade);
  if (read == scale.end() || credits <= 0) return std::nullopt;
  const double per_credit = points / credits;
  if (std::fabs(read->second - per_credit) < 0.02) return std::nullopt;
  std::optional<std::string> found;
  for (const auto& [g, value] : scale) {
    if (g[0] != grade[0] || std::fabs(value - per_credit) >= 0.02) continue;
    if (found) return std::nullopt;  // A and A+ are both 4.0
    found = g;
  }
  return found;
}

}  // namespace cc
