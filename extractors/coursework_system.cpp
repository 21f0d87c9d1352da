#include "extractors/coursework_system.h"

#include <cmath>
#include <set>

#include "extractors/coursework_terms.h"
#include "pipeline/core/regex.h"

namespace cc {
namespace {

constexpr auto kIcase = Regex::ECMAScript | Regex::icase;

bool says_quarter(const CreditSystemClues& clues) {
  static const Regex quarter_words(R"(\b(qtr|quarter)\b)", kIcase);
  static const Regex quarter_hours(R"(\bquarter\s+(hours?|credits?|units?)\b)", kIcase);
  for (const auto& h : clues.credit_headers)
    if (std::regex_search(h, quarter_words)) return true;
  for (const auto& t : clues.terms)
    if (names_quarter(t)) return true;
  if (std::regex_search(clues.text, quarter_hours)) return true;
  // A year cut in three terms (fall or autumn, winter, spring) is a quarter calendar.
  std::set<std::string> seasons;
  for (const auto& t : clues.terms) seasons.insert(season_of(t));
  return seasons.count("winter") && seasons.count("spring") && (seasons.count("fall") || seasons.count("autumn"));
}

// The country the transcript's own words name, if any.
std::string country_in_text(const std::string& text) {
  static const Regex ph(R"(\bphilippines\b)", kIcase);
  static const Regex ng(R"(\bnigeria\b)", kIcase);
  static const Regex in(R"(\bindia\b)", kIcase);
  if (std::regex_search(text, ph)) return "PH";
  if (std::regex_search(text, ng)) return "NG";
  if (std::regex_search(text, in)) return "IN";
  return "";
}

// Credits called units, by a credit column's header or by the transcript's own words ("Credit is
// given in units").
bool says_units(const CreditSystemClues& clues) {
  static const Regex header(R"(^\s*units?\s*$)", kIcase);
  static const Regex text(R"(\bin\s+units\b|\bunits?\s+of\s+credit\b|\bone\s+unit\b)", kIcase);
  for (const auto& h : clues.credit_headers)
    if (std::regex_match(h, header)) return true;
  return std::regex_search(clues.text, text);
}

}  // namespace

std::string detect_credit_system(const CreditSystemClues& clues) {
  if (!clues.has_credits && clues.has_marks) return "marks";
  if (says_quarter(clues)) return "quarter";
  std::string country = country_in_text(clues.text);
  if (country.empty()) country = clues.country_hint;
  if (country == "PH") return "units";
  if (!country.empty()) return "semester";
  // No country: units with grades like 1.75 (1.0 best, 5.0 failed) is the Philippine system.
  if (says_units(clues) && clues.grade_style == GradeStyle::decimal) return "units";
  return "semester";
}

std::optional<double> to_semester_hours(std::optional<double> credits, const std::string& system, bool rounded) {
  if (!credits || system == "marks") return std::nullopt;
  if (system == "quarter") {
    const double hours = *credits * 2.0 / 3.0;
    return rounded ? std::round(hours * 100.0) / 100.0 : hours;
  }
  return *credits;
}

}  // namespace cc
