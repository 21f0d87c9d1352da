// What a transcript states about the size of its credit, and what its credit magnitudes say:
// "1 credit = 10 notional hours of learning" (a UK, South African or East African credit, a quarter
// of a US semester hour of about 40-45 hours of work), "40 notional student learning hours" (an
// hour scale), the South African qualification framework's words (NQF, SAQA: 10-hour credits), a
// typical course of 10-15 credits. Read so that credits on a 10-hour scale are not taken for
// semester hours (each total four times too high), and so that a transcript whose words and
// numbers disagree leaves its credit system unknown for review instead of guessing.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cc {

// The hours of learning one credit stands for, as the transcript states it ("1 credit = 10 notional
// hours", "One credit hour is equivalent to 40 notional student learning hours", "1 crédito = 15
// horas de trabajo del estudiante"), with the
// words stating it. Contact or academic hours of a course ("Soat / Hours 144", "15 horas de
// clase") are not read.
struct LearningHours {
  double hours = 0;
  std::string statement;
};
std::optional<LearningHours> stated_learning_hours(const std::string& text);

// The framework words of a country whose credit is 10 notional hours (South Africa's NQF and
// SAQA), in capitals as printed; empty when none.
std::string ten_hour_framework_word(const std::string& text);

// The median credits of a course (credits > 0 only); nullopt without any.
std::optional<double> median_course_credits(const std::vector<std::pair<std::string, double>>& course_credits);

// The credit scale the words and the numbers agree on: "uk" for credits of about 10 hours of
// learning, "credits90" for credits of about 15 hours of a student's work (90 a full-time year, a
// third of a semester hour: "1 crédito = 15 horas de trabajo del estudiante"; hours of class are
// not read), "" when words name a 10- or 15-hour credit and the courses carry
// semester-hour magnitudes (or words name an hour scale and the courses carry 10-hour
// magnitudes), nullopt when nothing is said. `evidence` names what decided.
struct ScaleVerdict {
  std::string system;  // "uk", "credits90" or "" (unknown)
  std::string evidence;
};
std::optional<ScaleVerdict> credit_scale_of(const std::string& text,
                                            const std::vector<std::pair<std::string, double>>& course_credits);

}  // namespace cc
