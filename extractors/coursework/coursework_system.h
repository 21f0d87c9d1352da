// The credit system of a transcript (semester | quarter | units | ects | uk | mx | marks) and its
// conversion to US semester hours (criteria.md): semester credits and Philippine units = 1 SH,
// quarter credits x 2/3, ECTS x 1/2, UK (CATS) credits x 1/4, an Indian or Nigerian credit = 1 SH
// as printed, Mexican credits x 1/2 (docs/dossier-extensions.md), marks without credits = no SH. The ruleset's table has the last word: the
// validators convert printed credits with it; this is the extractor's own reading for the dossier.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractors/coursework/coursework_grades.h"

namespace cc {

// What a transcript shows that tells its credit system.
struct CreditSystemClues {
  std::vector<std::string> credit_headers;  // header text of credit columns: "Units", "Qtr Hrs", "Cr."
  std::vector<std::string> terms;           // term headings
  bool has_credits = false;                 // some course row has a credit value
  bool has_marks = false;                   // a marks column (Max. Marks, Marks Obtained)
  GradeStyle grade_style = GradeStyle::other;
  std::string text;                         // the transcript's words, for country and keyword clues
  std::string country_hint;                 // ISO alpha-2 from the degree, may be empty
  std::vector<std::pair<std::string, double>> course_credits;  // per course row: its term, its credits
  // The credits are read from a column of their own while a European (ECTS) column stands beside
  // it as a second measure: ECTS named in the text names that column, not the credits.
  bool european_beside = false;
};

// The system and what told it. `system` is empty when the evidence disagrees (words naming a
// 10-hour credit over courses of semester-hour size): the scale is unknown, no semester hours.
struct CreditSystemChoice {
  std::string system;
  std::string evidence;
};
CreditSystemChoice choose_credit_system(const CreditSystemClues& clues);
std::string detect_credit_system(const CreditSystemClues& clues);

// Semester hours for `credits` in `system` (quarter hours rounded to 2 decimals unless `rounded`
// is false); nullopt for marks, no credits or an unknown (empty) system.
std::optional<double> to_semester_hours(std::optional<double> credits, const std::string& system, bool rounded = true);

}  // namespace cc
