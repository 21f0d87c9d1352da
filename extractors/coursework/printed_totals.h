// The totals a transcript prints beside its course rows: a term's credits, grade points and GPA,
// cumulative figures, the transcript's total credits ("TCU: 14 TGP: 48 GPA: 3.43", "Term Hrs 16
// Points 52.0 GPA 3.25", "Cumulative: 36.0 credits, GPA 3.10", "Total Credits Earned 142",
// "Total: 356 / 500"). Read from the words of one summary line: label words, then a number (or a
// number, then its label), as many as the line holds. Each statement gets what it measures and
// the scope its words name (this term, this year, cumulative, or none). The vocabulary is general:
// it names what registrars print, not one layout, in the languages transcripts are printed in
// (accents folded: "Créditos aprobados", "Crédits cumulés", "Credite semestru"). A line that
// states nothing measurable gives nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cc {

// `year`: the rows of an academic year, since the previous line that named a year ("Crédits de
// l'année : 60/60", "Year Credit Hours: 36"): a year closes two semesters or three trimesters.
enum class TotalScope { term, cumulative, unstated, year };
enum class TotalMeasure { credits, credits_attempted, credits_earned, grade_points, gpa, marks };

std::string scope_name(TotalScope scope);
std::string measure_name(TotalMeasure measure);

struct PrintedStatement {
  TotalScope scope = TotalScope::unstated;
  TotalMeasure measure = TotalMeasure::credits;
  double value = 0;
  int decimals = 0;    // digits printed after the point (a GPA's rounding)
  // The value with its point read as a thousands separator, where the number could be one
  // ("5.800 horas", "4.320": one to three digits, a point, three digits), else nullopt: many
  // registrars group thousands with a point; the rows tell which reading the page meant.
  std::optional<double> grouped_value;
  std::string label;   // the words it was read from, as printed
  // The scope was named by an earlier label of the line, not by this one ("Semester GPA: 2.70
  // Cumulative GPA: 2.96 Credit Units Earned: 20.0": the earned credits may be the term's or the
  // record's); the reconciliation tries it as a figure naming no scope.
  bool scope_inherited = false;
  // A credit figure its own label qualifies by the grade average ("GPA Hrs 9.00", "GPA Credits",
  // "Quality Hours"): the credits the GPA is computed over, which leave out rows passed without
  // grade points (P, S, CR) and credit transferred in. Checked against those rows only.
  bool graded_only = false;
};

// `words`: the line's words left to right; `column_roles`: per word, the role of the table column
// it stands under ("credits", "points", "marks"; "" when none or unknown; may be empty), for a
// "Total" row whose numbers sit in the table's own columns without a label of their own.
std::vector<PrintedStatement> read_printed_totals(const std::vector<std::string>& words,
                                                  const std::vector<std::string>& column_roles = {});

// True when the line states some total (a measure word and a number): a summary line, not a course.
bool states_totals(const std::vector<std::string>& words);

}  // namespace cc
