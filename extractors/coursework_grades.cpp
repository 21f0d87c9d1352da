#include "extractors/coursework_grades.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>

namespace cc {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

const std::map<std::string, double>& four_point_scale() {
  static const std::map<std::string, double> scale = {
      {"A+", 4.0}, {"A", 4.0}, {"A-", 3.7}, {"B+", 3.3}, {"B", 3.0}, {"B-", 2.7}, {"C+", 2.3}, {"C", 2.0},
      {"C-", 1.7}, {"D+", 1.3}, {"D", 1.0}, {"D-", 0.7}, {"F", 0.0}};
  return scale;
}

}  // namespace

GradeStyle grade_style_of(const std::vector<std::string>& printed) {
  static const std::regex decimal(R"(^[0-5]\.\d{1,2}$)");
  static const std::regex letter(R"(^[A-F][+-]?$)");
  static const std::regex marks(R"(^\d{1,3}$)");
  std::map<GradeStyle, int> votes;
  for (const auto& p : printed) {
    const std::string s = squeeze_spaces(p);
    if (std::regex_match(s, decimal)) ++votes[GradeStyle::decimal];
    else if (std::regex_match(s, letter)) ++votes[GradeStyle::letter];
    else if (std::regex_match(s, marks)) ++votes[GradeStyle::marks];
  }
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
  std::string compact = r.value;
  compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
  if (style == GradeStyle::decimal) std::replace(compact.begin(), compact.end(), ',', '.');
  static const std::regex decimal(R"(^[0-5]\.\d{1,2}$)");
  static const std::regex lost_point(R"(^[1-5]\d{1,2}$)");
  static const std::regex letter(R"(^[A-F][+-]?$)");
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
    static const std::regex extra_lead(R"(^\d[0-5]\.\d{1,2}$)");
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
    if (s.size() == 2 && (s[1] == 't' || s[1] == '*')) s[1] = '+';
    if (s.size() == 2 && is_upper(s[0]) && is_alpha(s[1])) s.pop_back();  // "Cc", "CG": one letter read twice
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
