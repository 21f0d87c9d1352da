// A loaded ruleset (rules/<id>/): the definitions shared by all boards, the course-category
// mapping, the to-do texts and, per board, its credentials and their routes. Built and fully
// checked by load_ruleset (rules_loader.h); the engine trusts it and never re-validates.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/credit_factors.h"
#include "core/grades.h"
#include "core/regex.h"
#include "core/regex_literals.h"
#include "validators/criteria.h"

namespace cc {

// How sure a route's source is (criteria.md): read on the board's page, agreeing third-party
// summaries, or our own working choice.
// *unconfirmed*: a route only one or two secondary sources describe. Met, it never makes a
// credential eligible on its own: the evaluation goes to review with the route named.
enum class SourceConfidence { official, secondary, assumed, unconfirmed };
std::string_view source_confidence_name(SourceConfidence c);

struct TitlePattern {
  std::string pattern;  // as written (case-insensitive ECMAScript regex)
  Regex regex;
  std::string value;    // the field or category a match gives
  int line = 0;
  LiteralGate gate{""};  // a text holding none of the pattern's literals is not searched (speed only)
};

struct Definitions {
  double confidence_threshold = 0.80;
  std::map<std::string, double> full_time_hours_per_week;  // board id -> hours making 1.0 FTE
  double fte_month_days = 30.4375;
  std::vector<std::string> degree_levels;
  std::map<std::string, int> default_program_years;         // level -> years when not stated
  std::vector<std::string> fields;                          // degree field vocabulary
  std::map<std::string, std::vector<std::string>> field_groups;  // "mls" -> field ids
  std::vector<TitlePattern> field_title_patterns;           // ordered, first match wins
  // Titles whose level word does not settle the level (`Diploma of Professional Higher Education`
  // is a bachelor-level award in some systems, a two-year one in others): a title matching one,
  // read at the pattern's level, leaves a route needing another level undecided. Optional.
  std::vector<TitlePattern> level_doubt_title_patterns;
  std::vector<std::string> lab_areas;
  std::vector<std::string> core_lab_areas;
  // Credit system -> semester hours per printed credit; nullopt: no semester hours (marks). The
  // pipeline hands the same map to the coursework extractor (core/credit_factors.h).
  CreditFactors semester_hours_per_credit;
  // Plausibility (criteria.md): facts that cannot be true are not facts. Absent: not checked.
  std::optional<double> max_semester_hours_per_course, max_semester_hours_per_term, max_semester_hours_total;
  // The typical (median) course converting to more than this: the credits are on another scale.
  std::optional<double> max_median_semester_hours_per_course;
  bool conferral_not_before_first_term = false;
  std::map<std::string, double> max_credits_per_course;  // credit system -> most credits one course carries
  std::optional<int> serial_credits_run;      // that many courses in a row counting up by one: row numbers
  std::optional<int> grades_as_credits_rows;  // at least that many courses, credits all equal to their grade
  std::optional<double> printed_total_ratio;  // rows this many times above or below the printed total
  std::map<std::string, int> min_program_years;  // level -> shortest program of that level (less: misread)
  // A degree whose title names no known field ("other") while its transcript carries more semester
  // hours of MLS professional courses than this: it cannot be shown to lie outside the MLS fields.
  std::optional<double> max_mls_professional_sh_of_other_field;
  // ... nor while more than this share of its transcript's semester hours falls in no course
  // category: courses whose titles are not recognised cannot show what the program taught.
  std::optional<double> max_unrecognised_share_of_other_field;
  // ... and a route that accepts a science field cannot fail on it while more than this share of
  // its transcript's semester hours lies in biology, chemistry and MLS professional courses: such a
  // transcript is a science (or MLS) program's, whatever its title's words.
  std::optional<double> min_science_share_of_other_field;
  // Grades that earn no credit ("F", "Fail", "Reprobado"...): such a course counts 0 SH, so a course
  // failed and passed again counts once. Compared with accents and case folded. Empty: none.
  std::vector<std::string> failing_grades;
  // Numeric marks (validators/README.md, "Failing marks"): scales by increasing top, each with the
  // marks that fail and pass wherever it is used; and the legend patterns (one capture group: the
  // number) that find the pass mark a transcript prints. Empty: numeric marks not judged.
  std::vector<MarkScale> numeric_marks;
  std::vector<TitlePattern> pass_mark_patterns;
  // Definition key ("fte_month_days", "semester_hours_per_credit.units", ...) -> why it is assumed.
  std::map<std::string, std::string> assumed;
};

struct CourseCategories {
  std::vector<std::string> categories;
  std::string fallback = "other";       // category when no pattern matches
  std::vector<TitlePattern> patterns;   // ordered, first match wins
};

struct TodoRule {
  std::string id;
  std::string when;  // "always", "foreign_education", "has_experience" or a flag code
  std::string text;  // may contain {files} (the unreadable documents)
};

struct Route {
  std::string id;
  std::string summary;
  std::string source;  // criteria.md's confidence column, verbatim
  SourceConfidence confidence = SourceConfidence::secondary;
  std::vector<Criterion> criteria;
  int line = 0;
};

struct Credential {
  std::string id;    // MLS | MLT
  std::string name;  // "MLS(ASCPi)"
  std::vector<std::string> accepted_names;
  std::vector<Route> routes;
};

struct Board {
  std::string id;    // ASCPi | AMT
  std::string name;
  std::string file;  // where it was read from
  std::vector<Credential> credentials;

  const Credential* credential(const std::string& id) const;
  const Route* route(const std::string& id) const;  // route ids are unique within a board
};

struct Ruleset {
  std::string id;
  std::string title;
  std::string dir;
  Definitions definitions;
  CourseCategories course_categories;
  std::vector<TodoRule> todos;
  std::vector<Board> boards;
  std::map<std::string, std::string> flag_severity;  // flag code -> info | warning | error
  std::vector<std::string> notes;                    // shown in the rules listing

  const Board* board(const std::string& id) const;
};

// The flag codes of the dossier contract (criteria.md), in the order they are listed there.
const std::vector<std::string>& flag_codes();

}  // namespace cc
