// The credit system of a transcript (semester | quarter | units | ects | uk | mx | hours | points |
// points80 | credits90 | qc_units | marks)
// and its conversion to US semester hours. The factors are the ruleset's
// (`definitions.semester_hours_per_credit`, criteria.md, docs/dossier-extensions.md), handed in by
// the pipeline (core/credit_factors.h): this file tells which system a transcript uses, never how
// many semester hours a credit of it is worth.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/credit_factors.h"
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
  // Per course row printing both: its hours (a column of their own) over its credits.
  std::vector<double> hours_per_credit;
  // The credits were derived from hours a week by kind of class (weekly_hours.h): semester credits.
  bool credits_from_weekly_hours = false;
  // Every credit cell prints the hour's unit ("60h"), or the table reader knows the credits column
  // for hours of class: it counts hours.
  bool credits_carry_hour_unit = false;
  // Rows printing a weighting of weekly hours "a-b-c" (class - laboratory - personal work) whose
  // sum is three times the credits (cut to two decimals), and rows printing credits at all.
  size_t credits_of_weekly_thirds = 0;
  size_t rows_with_credits = 0;
};

// The system and what told it. `system` is empty when the evidence disagrees (words naming a
// 10-hour credit over courses of semester-hour size): the scale is unknown, no semester hours.
struct CreditSystemChoice {
  std::string system;
  std::string evidence;
};
CreditSystemChoice choose_credit_system(const CreditSystemClues& clues);

// Whether a row's words print its weekly hours of student work as "a-b-c" (class, laboratory,
// personal work: "3-2-3") whose sum is three times `credits`, cut or rounded to two decimals
// ("3-2-3" beside 2,66): a credit of three hours of work a week through the term.
bool weekly_work_in_thirds(const std::vector<std::string>& row_words, double credits);
std::string detect_credit_system(const CreditSystemClues& clues);

// Semester hours for `credits` in `system` by the ruleset's `factors` (semester_hours_per_credit,
// handed over by the pipeline: core/credit_factors.h), rounded to 2 decimals unless `rounded` is
// false; nullopt for no credits, an unknown (empty) system, or one the factors give no hours
// (marks) or do not list.
std::optional<double> to_semester_hours(std::optional<double> credits, const std::string& system,
                                        const CreditFactors& factors, bool rounded = true);

}  // namespace cc
