#include "extractors/coursework/credit_scale.h"

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cstdlib>

#include "core/regex.h"

namespace cc {
namespace {

constexpr auto kIcase = Regex::ECMAScript | Regex::icase;

// A US semester hour is about 40-45 hours of a student's work (15 in class, 30 outside); a UK, South
// African or East African credit 10; so 7.5-12.5 hours is a quarter-hour credit, 35-50 an hour scale.
constexpr double kTenHourLow = 7.5, kTenHourHigh = 12.5;
constexpr double kHourScaleLow = 35, kHourScaleHigh = 50;
// A credit of about 15 hours of a student's work (Uruguay's university credit: 90 a full-time year)
// is a third of a semester hour of 45.
constexpr double kFifteenHourLow = 13.5, kFifteenHourHigh = 16.5;
// A semester-hour course carries 1-6 credits; a 10-hour-credit module 7.5-60 (7.5, 10, 12, 15, 20...).
constexpr double kTenHourCourse = 7;
// A US bachelor's degree is 120-140 semester hours; a 10-hour-credit degree 360-480 credits. A total
// of 300 or more is not a semester-hour degree, one of 160 or less is not a 10-hour-credit degree.
constexpr double kTenHourDegree = 300, kHourScaleDegree = 160;
// Without a word: a typical course of 10 credits or more and a degree total of 300 or more.
constexpr double kTenHourCourseUnsaid = 10;

std::string number_text(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

double count_of(const std::string& word) {
  if (word.empty()) return 1;
  if (std::isdigit(static_cast<unsigned char>(word.front()))) return std::strtod(word.c_str(), nullptr);
  return 1;  // "one", "a", "each", "every"
}

// The transcript's printed total of credits for the whole record ("Total credits: 480", "Total
// Credits Earned: 345.5"); the largest when several are printed.
std::optional<double> printed_degree_total(const std::string& text) {
  static const Regex total(R"(\btotal\s+(?:credits?|credit\s+points)(?:\s+earned)?\s*:?\s*(\d+(?:\.\d+)?)\b)", kIcase);
  std::optional<double> best;
  for (SRegexIterator it(text.begin(), text.end(), total), end; it != end; ++it) {
    const double v = std::strtod((*it)[1].str().c_str(), nullptr);
    if (!best || v > *best) best = v;
  }
  return best;
}

}  // namespace

std::optional<LearningHours> stated_learning_hours(const std::string& text) {
  // "1 credit = 10 notional hours", "One credit hour is equivalent to 40 notional student learning
  // hours", "each credit represents 10 hours of learning": a credit, a verb of equality, a number
  // of hours named as learning, study or notional hours, within one sentence.
  static const Regex credit_is(
      R"(\b(\d+(?:\.\d+)?|one|a|each|every)?\s*(?:[A-Z]{2,5}\s+)?credits?(?:\s+hours?|\s+points?)?\s*(?:=|equals|is\s+equivalent\s+to|is\s+equal\s+to|corresponds\s+to|represents|is)\s*(\d+(?:\.\d+)?)\s+(?:notional|learning|study)\b[^.;=]{0,30}?\bhours?)",
      kIcase);
  // The same in the words of other languages, where the hours are named as the student's work:
  // "1 crédito = 15 horas de trabajo del estudiante", "1 crédit = 25 heures de travail", "1
  // crédito equivale a 30 horas de trabalho", "one credit = 15 hours of student work". Hours of
  // class ("15 horas de clase", "15 contact hours") are not work hours and are not read.
  static const Regex work_hours(
      R"(\b(\d+|one|un|uno|una|um|uma)\s+cr(?:e|é|É)dit(?:o|os|s)?(?:\s+acad(?:e|é)mico)?\s*(?:=|equivale\s+a|corresponde\s+a|correspond\s+(?:a|à)|vaut|is\s+equivalent\s+to|equals|represents)\s*(\d+(?:\.\d+)?)\s+(?:horas|heures|hours|ore)\s+(?:de\s+|of\s+)?(?:trabajo|travail|trabalho|lavoro|(?:student\s+)?work)\b)",
      kIcase);
  static const Regex hours_per(
      R"(\b(\d+(?:\.\d+)?)\s+(?:notional\s+)?(?:learning|study|notional)\s+hours?\s+(?:per|for\s+each|for\s+one|to\s+one)\s+credit\b)",
      kIcase);
  std::smatch m;
  if (std::regex_search(text, m, credit_is) || std::regex_search(text, m, work_hours)) {
    const double count = count_of(m[1].str());
    const double hours = std::strtod(m[2].str().c_str(), nullptr);
    if (count > 0 && hours > 0) return LearningHours{hours / count, m[0].str()};
  }
  if (std::regex_search(text, m, hours_per)) {
    const double hours = std::strtod(m[1].str().c_str(), nullptr);
    if (hours > 0) return LearningHours{hours, m[0].str()};
  }
  return std::nullopt;
}

std::string ten_hour_framework_word(const std::string& text) {
  // In capitals only: the acronyms, not a word that happens to hold the letters.
  static const Regex framework(R"(\b(NQF|SAQA)\b)");
  std::smatch m;
  return std::regex_search(text, m, framework) ? m[1].str() : "";
}

std::optional<double> median_course_credits(const std::vector<std::pair<std::string, double>>& course_credits) {
  std::vector<double> values;
  for (const auto& [term, credits] : course_credits)
    if (credits > 0) values.push_back(credits);
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

std::optional<ScaleVerdict> credit_scale_of(const std::string& text,
                                            const std::vector<std::pair<std::string, double>>& course_credits) {
  const auto median = median_course_credits(course_credits);
  if (!median) return std::nullopt;
  const auto hours = stated_learning_hours(text);
  const std::string framework = ten_hour_framework_word(text);
  const auto total = printed_degree_total(text);
  const bool ten_hour_words = (hours && hours->hours >= kTenHourLow && hours->hours <= kTenHourHigh) || !framework.empty();
  const bool hour_scale_words = hours && hours->hours >= kHourScaleLow && hours->hours <= kHourScaleHigh;
  const std::string typical = "a typical course carries " + number_text(*median) + " credits";
  const std::string said = hours ? "\"" + hours->statement + "\"" : "the transcript names " + framework;
  const std::string total_text = total ? "; total printed " + number_text(*total) : "";

  if (ten_hour_words) {
    if (*median < kTenHourCourse)
      return ScaleVerdict{"", said + " but " + typical + ", a semester-hour magnitude: scale unknown"};
    if (total && *total <= kHourScaleDegree)
      return ScaleVerdict{"", said + " but the total printed, " + number_text(*total) +
                                  ", is a semester-hour degree's: scale unknown"};
    return ScaleVerdict{"uk", said + "; " + typical + total_text};
  }
  // "1 crédito = 15 horas de trabajo del estudiante": a credit a third of a semester hour, 90 a year.
  // Courses of such credits carry 5 to 15 (a 3-SH course is 9); semester-hour magnitudes (a typical
  // course of 1-6) or a degree total of one (160 or less) disagree: the scale is unknown.
  const bool fifteen_hour_words = hours && hours->hours >= kFifteenHourLow && hours->hours <= kFifteenHourHigh;
  if (fifteen_hour_words) {
    if (*median < kTenHourCourse)
      return ScaleVerdict{"", said + " but " + typical + ", a semester-hour magnitude: scale unknown"};
    if (total && *total <= kHourScaleDegree)
      return ScaleVerdict{"", said + " but the total printed, " + number_text(*total) +
                                  ", is a semester-hour degree's: scale unknown"};
    return ScaleVerdict{"credits90", said + "; " + typical + total_text};
  }
  if (hour_scale_words && *median >= kTenHourCourse)
    return ScaleVerdict{"", said + " (an hour scale) but " + typical + ": scale unknown"};
  if (!hours && *median >= kTenHourCourseUnsaid && total && *total >= kTenHourDegree)
    return ScaleVerdict{"uk", typical + " (a semester-hour course carries 1-6) and the total printed is " +
                                  number_text(*total) + " (a US degree is 120-140 SH)"};
  return std::nullopt;
}

}  // namespace cc
