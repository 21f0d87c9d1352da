// Course rows as printed -> Course facts: fields read with their OCR fix-ups, semester hours in
// the transcript's credit system, a category from the ruleset's patterns, evidence and a confidence
// (the row's lowest OCR word confidence x how sure the parse is).
#pragma once

#include <string>
#include <vector>

#include "extractors/coursework/coursework_categories.h"
#include "extractors/coursework/coursework_rows.h"
#include "core/credit_factors.h"
#include "core/facts.h"

namespace cc {

struct SegmentCourses {
  std::string credit_system;           // empty: the scale is unknown (evidence disagrees)
  std::string credit_system_evidence;  // what told it
  std::vector<Course> courses;
  std::vector<double> exact_hours;  // per course, semester hours before rounding (0 when none)
};

// `supplement_text`: what the candidate's diploma supplement states ("7 semesters, 210 ECTS credits"),
// a clue to the credit system only (empty: none).
SegmentCourses courses_of(const TranscriptRows& rows, const CourseCategorizer& categorizer, const std::string& country_hint,
                          const CreditFactors& factors, const std::string& supplement_text = {});

// How sure a parse is, from what had to be fixed or was missing (1 = read as printed, complete).
double parse_certainty(bool code_ok, bool code_fixed, bool title_ok, bool title_fixed, bool credits_expected,
                       bool credits_ok, bool credits_fixed, bool grade_ok, bool grade_fixed);

}  // namespace cc
