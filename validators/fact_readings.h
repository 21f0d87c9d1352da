// The candidate's degree and coursework as the ruleset reads them: the degree field normalised by
// the ruleset's title patterns, the program length (stated, or the ruleset's default), each
// course's category by course_categories.yaml and its semester hours by the credit system, and
// whether each was read with good confidence. The checks (criteria_eval.h) decide on these.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/facts.h"
#include "validators/civil_date.h"
#include "validators/ruleset.h"

namespace cc {

struct DegreeReading {
  bool present = false;    // a degree was found at all
  bool confident = false;  // read at or above the confidence threshold
  double confidence = 0;
  std::optional<std::string> level;
  std::optional<int> years;
  bool years_from_default = false;  // not stated: the ruleset's default_program_years
  // Set when the length read is shorter than any program of its level (plausibility.min_program_years):
  // a misreading, so the length decides nothing.
  std::optional<std::string> years_implausible;
  // The documents give two lengths (DegreeFacts::years_conflict): `years` is one, this the other;
  // a route whose minimum lies between them is undecided.
  std::optional<std::string> years_conflict;
  std::optional<int> years_conflicting;
  std::optional<std::string> field;
  bool field_from_title = false;    // normalised by field_title_patterns
  // Set when the field read ("other": none we know) is contradicted by the transcript, which carries
  // an MLS program's professional courses (plausibility.max_mls_professional_sh_of_other_field):
  // the field is then not known, and no route fails on it.
  std::optional<std::string> field_doubt;
  // Set when the field read is "other" but the transcript, read in full, is mostly biology,
  // chemistry and MLS professional courses (plausibility.min_science_share_of_other_field): the
  // program may be a science one, so routes accepting a science field do not fail on the field.
  std::optional<std::string> field_science_doubt;
  // The doubt comes from the transcript's MLS professional courses (a contradiction of "other"),
  // not from courses that cannot show the field either way: only this withdraws the
  // `non_qualifying_degree` flag, which says what was read.
  bool field_contradicted = false;
  // Set when the title is one whose level word does not settle the level
  // (definitions.level_doubt_title_patterns) and no stated length shows it short: a route needing
  // another level is then undecided, never failed on the word.
  std::optional<std::string> level_doubt;
  std::optional<std::string> title;
  std::optional<CivilDate> conferred;
  // DegreeFacts::conferred_other: a second date of the same award; a window starting between the
  // two decides nothing.
  std::optional<CivilDate> conferred_other;
  // Set when the conferral date cannot be true (before the first term): it decides nothing.
  std::optional<std::string> conferred_implausible;
  std::vector<Evidence> evidence;
};

struct CourseReading {
  const Course* course = nullptr;
  std::string category;
  std::optional<double> semester_hours;  // nullopt: no credits, or marks; 0: failed
  bool confident = false;
  // A numeric mark between the marks that fail and pass wherever its scale is used, on a
  // transcript that prints no pass mark (core/grades.h): passed or failed cannot be told, so
  // its hours count as possible, never certain. Why, for the review reason.
  std::optional<std::string> pass_doubt;
  // The row was read without its grade (every transcript prints a mark, letter or word for each
  // course it lists): a column of the row went unread, so the credits read may be another
  // column's. Its hours count as read, but a shortfall resting on them is not shown.
  bool read_in_part = false;
};

struct CourseworkReading {
  bool present = false;  // courses were read
  std::vector<CourseReading> courses;
  std::optional<std::string> credit_system;
  std::optional<CivilDate> completed;
  bool completed_confident = false;  // the courses it rests on were read with good confidence
  std::vector<Evidence> completed_evidence;
  // Why the semester hours cannot be true (plausibility rules); non-empty: they decide nothing.
  std::vector<std::string> implausible;
  std::optional<int> first_term_year;  // earliest year named in a term heading
  // Transcript tables whose rows do not add up to their printed totals: their courses are read as
  // low confidence (plausibility.h); why, and the printed line that says so.
  struct Unreconciled {
    std::string why;
    Evidence line;
  };
  std::vector<Unreconciled> unreconciled;
  // Transcripts the classifier found from which no course row was read while others gave rows:
  // the courses read are part of the record only, so no category shortfall is shown (why, per file).
  std::vector<std::string> unread_transcripts;
};

// The plausibility rules of the ruleset applied to the degree's conferral date (before the first term).
void check_conferral_plausible(DegreeReading& degree, const CourseworkReading& coursework, const Definitions& defs);
// The extractors' catch-all field (core/facts.h): the title names none of the known fields.
inline constexpr const char* kUnrecognisedField = "other";
// Sets `degree.field_doubt` when a degree read as "other" (and named by no title pattern) has a
// transcript carrying more MLS professional semester hours than the plausibility limit (then also
// `field_contradicted`), or one that cannot show its field: no courses or no semester hours read,
// rows read in part (without grades, a transcript without rows), or more of its semester hours in
// no course category than the plausibility share.
void check_field_plausible(DegreeReading& degree, const CourseworkReading& coursework, const Definitions& defs);

// First field_title_patterns match in `title`, if any.
std::optional<std::string> field_from_title(const std::string& title, const Definitions& defs);
// Why the level read from `title` is in doubt (definitions.level_doubt_title_patterns), if it is.
std::optional<std::string> level_doubt_of_title(const std::string& title, const std::optional<std::string>& level,
                                                const std::optional<int>& stated_years, const Definitions& defs);
// course_categories.yaml applied to the title; a course without a title keeps its category.
std::string category_of(const Course& course, const CourseCategories& categories);
// A course whose grade is one of the ruleset's failing grades: attempted, no credit earned.
// `five_fails`: the course's transcript is on a 1.0-5.0 scale its own marks show (core/grades.h),
// where a numeric 5.0 fails.
bool earns_no_credit(const Course& course, const Definitions& defs, bool five_fails = false);
// The transcript files (of the courses' first evidence) whose marks show a 1.0-5.0 scale.
std::set<std::string> transcripts_where_five_fails(const CourseworkFacts& coursework);

// Whether each course's numeric mark passes on its transcript (the ruleset's `numeric_marks`, the
// transcript's printed pass mark): validators/README.md, "Failing marks". Letters and words:
// passed here (the failing-grade list judges them).
std::vector<MarkStatus> mark_statuses(const CourseworkFacts& coursework, const Definitions& defs);

std::optional<double> semester_hours_of(const Course& course, const std::optional<std::string>& credit_system,
                                        const Definitions& defs);

DegreeReading read_degree(const CandidateFacts& facts, const Ruleset& rules);
DegreeReading read_degree(const DegreeFacts& degree, const Ruleset& rules);
// Every credential the candidate holds (facts.degrees; just facts.degree when that list is empty).
std::vector<DegreeReading> read_degrees(const CandidateFacts& facts, const Ruleset& rules);
CourseworkReading read_coursework(const CandidateFacts& facts, const Ruleset& rules);

// Semester hours per category by the ruleset (courses without semester hours left out), for the
// dossier's coursework.totals_semester_hours.
std::map<std::string, double> coursework_totals(const CourseworkFacts& coursework, const Ruleset& rules);

// Whether a field counts as MLS or science: it belongs to one of the ruleset's field groups.
bool is_qualifying_field(const std::string& field, const Definitions& defs);

// The hours of the transcript's courses (semester hours read) whose titles name the one field
// of `defs.field_title_patterns` that does not qualify and that most hours name ("Nursing in
// Surgery": nursing); 0 when no course title names such a field.
double non_qualifying_course_field_share(const CourseworkReading& coursework, const Definitions& defs);
// Whether a field belongs to the ruleset's `mls` field group (the programs clinical training belongs to).
bool is_mls_field(const std::string& field, const Definitions& defs);

}  // namespace cc
