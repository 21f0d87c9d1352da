#include "validators/ruleset_keys.h"

namespace cc {

namespace {

constexpr const char* kRuleset = "ruleset.yaml";
constexpr const char* kCategories = "course_categories.yaml";
constexpr const char* kTodos = "todos.yaml";
constexpr const char* kBoard = "board file";

}  // namespace

const std::vector<RulesetKey>& ruleset_keys() {
  static const std::vector<RulesetKey> kKeys{
      // ruleset.yaml, top level
      {kRuleset, "id", "the ruleset version written into every dossier (boards-2026.12)"},
      {kRuleset, "title", "free text, shown by credcheck rules after the id"},
      {kRuleset, "boards", "the board files, in evaluation order"},
      {kRuleset, "course_categories", "the course-category file (its keys below)"},
      {kRuleset, "todos", "the to-do file (its keys below)"},
      {kRuleset, "definitions", "the vocabulary and arithmetic every route shares (the keys below)"},
      {kRuleset, "flag_severity", "optional: flag code -> info, warning or error"},
      {kRuleset, "flag_severity.<flag code>", "the severity of that finding; an unlisted flag is a warning"},
      {kRuleset, "notes", "optional free text lines shown by credcheck rules (state licensure notes)"},
      // definitions
      {kRuleset, "definitions.confidence_threshold", "(0, 1]: a fact read below it decides nothing (the decision goes to review)"},
      {kRuleset, "definitions.full_time_hours_per_week", "board id -> hours a week that make 1.0 FTE; every board needs one"},
      {kRuleset, "definitions.full_time_hours_per_week.<board>", "that board's full-time hours (0-168); part-time is prorated"},
      {kRuleset, "definitions.fte_month_days", "days of an FTE month: FTE months = days worked x FTE / this (30.4375)"},
      {kRuleset, "definitions.degree_levels", "the degree-level vocabulary, lowest first (levels before bachelor raise not_bachelor_level)"},
      {kRuleset, "definitions.default_program_years", "optional: degree level -> program years when the documents do not say"},
      {kRuleset, "definitions.default_program_years.<degree level>", "that level's default length in years"},
      {kRuleset, "definitions.fields", "the degree-field vocabulary"},
      {kRuleset, "definitions.field_groups", "group name -> fields (mls, science): the names routes use"},
      {kRuleset, "definitions.field_groups.<group>", "the fields of that group; a field in no group raises non_qualifying_degree"},
      {kRuleset, "definitions.field_title_patterns", "ordered {match, field}: a degree title's field, first match wins; no match keeps the extractor's"},
      {kRuleset, "definitions.field_title_patterns[].match", "a case-insensitive ECMAScript regex searched in the degree title"},
      {kRuleset, "definitions.field_title_patterns[].field", "the field (of definitions.fields) a matching title has"},
      {kRuleset, "definitions.level_doubt_title_patterns",
       "optional, {match, level}: titles whose level word does not settle the level; read at that level with no length under 3 years, a route needing another level is undecided"},
      {kRuleset, "definitions.level_doubt_title_patterns[].match", "a case-insensitive ECMAScript regex searched in the degree title"},
      {kRuleset, "definitions.level_doubt_title_patterns[].level", "the level (of definitions.degree_levels) read from a title that is in doubt"},
      {kRuleset, "definitions.lab_areas", "the laboratory-area vocabulary (departments of a job, areas of a route)"},
      {kRuleset, "definitions.core_lab_areas", "the areas `core` stands for in a route"},
      {kRuleset, "definitions.semester_hours_per_credit",
       "credit system -> semester hours per printed credit (a number or a fraction like 2/3; null: no hours, marks). "
       "The one table of factors, used by the coursework extractor and the validators alike"},
      {kRuleset, "definitions.semester_hours_per_credit.<credit system>",
       "the factor of semester, units, quarter, ects, uk, mx (Mexican credits), hours (contact hours) or marks. A system "
       "the table does not list gets no semester hours: its courses are not counted and the dossier names the missing key"},
      {kRuleset, "definitions.failing_grades", "optional: grades that earn no credit (0 SH), compared with case and accents folded"},
      {kRuleset, "definitions.numeric_marks", "optional: numeric mark scales by increasing top; absent: numeric marks are not judged"},
      {kRuleset, "definitions.numeric_marks[].top", "the scale's highest mark (above 5); a transcript's scale is the first whose top reaches its highest mark"},
      {kRuleset, "definitions.numeric_marks[].fails_below", "below it a mark fails wherever the scale is used (0 SH)"},
      {kRuleset, "definitions.numeric_marks[].passes_from",
       "from it a mark passes wherever the scale is used; between fails_below and this the course's hours are only possible (review)"},
      {kRuleset, "definitions.pass_mark_patterns",
       "optional: regexes with one capture group (the number) finding the pass mark a transcript's legend prints; it then decides alone"},
      {kRuleset, "definitions.plausibility", "optional: limits beyond which coursework cannot be true (it then decides nothing); each key optional"},
      {kRuleset, "definitions.plausibility.max_semester_hours_per_course", "semester hours one course cannot exceed"},
      {kRuleset, "definitions.plausibility.max_semester_hours_per_term", "semester hours one term cannot exceed"},
      {kRuleset, "definitions.plausibility.max_semester_hours_total", "semester hours all courses together cannot exceed"},
      {kRuleset, "definitions.plausibility.max_median_semester_hours_per_course",
       "in a semester, quarter or units system, the median course of a whole transcript cannot convert to more"},
      {kRuleset, "definitions.plausibility.conferral_not_before_first_term", "true: a conferral year before the first term named decides nothing"},
      {kRuleset, "definitions.plausibility.max_credits_per_course", "credit system -> credits as printed that one course cannot exceed"},
      {kRuleset, "definitions.plausibility.max_credits_per_course.<credit system>", "that system's limit (a system of semester_hours_per_credit)"},
      {kRuleset, "definitions.plausibility.serial_credits_run", "this many courses in a row counting up by one are serial numbers read as credits (at least 2)"},
      {kRuleset, "definitions.plausibility.grades_as_credits_rows", "this many courses whose credits equal their grades are the grade column read as credits (at least 2)"},
      {kRuleset, "definitions.plausibility.printed_total_ratio", "rows further than this factor from the transcript's printed total are a table read wrong (above 1)"},
      {kRuleset, "definitions.plausibility.min_program_years", "degree level -> the shortest program there is"},
      {kRuleset, "definitions.plausibility.min_program_years.<degree level>", "a length read below it is a misreading and decides nothing"},
      {kRuleset, "definitions.plausibility.max_mls_professional_sh_of_other_field",
       "a degree of no known field with more SH of MLS professional courses than this has an unknown field (review), not a non-MLS one"},
      {kRuleset, "definitions.plausibility.max_unrecognised_share_of_other_field",
       "optional: a degree of no known field whose transcript has more than this share of its SH in no course category has an unknown field (review)"},
      {kRuleset, "definitions.plausibility.min_science_share_of_other_field",
       "optional: a degree of no known field whose transcript, read in full, has more than this share of its SH in biology, chemistry and MLS courses may be a science program: routes accepting a science field go to review on it"},
      {kRuleset, "definitions.assumed", "optional: definition key -> why it is our own working choice; decisions using it say so"},
      {kRuleset, "definitions.assumed.<definition key>",
       "fte_month_days, confidence_threshold, course_categories, field_title_patterns, field_groups, core_lab_areas, "
       "clinical_training_areas, semester_hours_per_credit.<system>, full_time_hours_per_week.<board> or default_program_years.<level>"},
      // course_categories.yaml
      {kCategories, "categories", "the course-category vocabulary routes count semester hours in"},
      {kCategories, "fallback", "the category of a course title no pattern matches"},
      {kCategories, "patterns", "ordered {match, category}; first match wins"},
      {kCategories, "patterns[].match", "a case-insensitive ECMAScript regex searched in the course title (as printed or folded to ASCII)"},
      {kCategories, "patterns[].category", "the category a matching course has"},
      // todos.yaml
      {kTodos, "todos", "the to-dos a dossier lists for the candidate"},
      {kTodos, "todos[].id", "a unique id"},
      {kTodos, "todos[].when", "always, foreign_education, has_experience or a flag code"},
      {kTodos, "todos[].text", "the text; {files} is replaced by the unreadable documents' names"},
      // board files
      {kBoard, "board", "the board id (needs definitions.full_time_hours_per_week)"},
      {kBoard, "name", "the board's name"},
      {kBoard, "credentials", "the board's credentials"},
      {kBoard, "credentials[].id", "the dossier's `credential`"},
      {kBoard, "credentials[].name", "the credential's name"},
      {kBoard, "credentials[].accepted_names", "optional: other names of the credential"},
      {kBoard, "credentials[].routes", "the routes, in order: the first met route is reported"},
      {kBoard, "credentials[].routes[].id", "the route id, unique within the board"},
      {kBoard, "credentials[].routes[].summary", "optional: the route in a sentence"},
      {kBoard, "credentials[].routes[].source", "where the route comes from, verbatim from criteria.md's confidence column"},
      {kBoard, "credentials[].routes[].confidence", "official, secondary, assumed or unconfirmed (a met unconfirmed route never makes eligible)"},
      {kBoard, "credentials[].routes[].criteria", "the criteria, all of which must be met"},
      {kBoard, "criteria[].kind", "degree, clinical_training, experience, coursework, graduated_within, any_of, alternative_of or meets_credential"},
      {kBoard, "criteria[].id", "optional: the prefix of its check ids (a default per kind)"},
      {kBoard, "criteria[].assumed", "optional: its parameters that are our own choice; decisions using them say so"},
      {kBoard, "criteria[].note", "optional: a note credcheck rules shows"},
      {kBoard, "criteria[kind=degree].levels", "degree levels that qualify"},
      {kBoard, "criteria[kind=degree].fields", "optional: fields or field groups that qualify (absent: any field)"},
      {kBoard, "criteria[kind=degree].min_years", "optional: degree level -> shortest program length"},
      {kBoard, "criteria[kind=degree].min_years.<degree level>", "years that level's program must last"},
      {kBoard, "criteria[kind=degree].held", "highest (default: the highest credential) or any (any credential the candidate holds)"},
      {kBoard, "criteria[kind=clinical_training].areas", "optional: lab areas (or core) the internship or practicum must cover"},
      {kBoard, "criteria[kind=experience].min_fte_months", "FTE months of experience needed"},
      {kBoard, "criteria[kind=experience].within_years", "optional: the window back from the as-of date (absent: all experience)"},
      {kBoard, "criteria[kind=experience].areas", "optional: lab areas (or core) the jobs counted must cover together"},
      {kBoard, "criteria[kind=coursework].min_semester_hours", "list of minimums, each {categories, min}"},
      {kBoard, "criteria[kind=coursework].min_semester_hours[].categories", "course categories counted together, or all"},
      {kBoard, "criteria[kind=coursework].min_semester_hours[].min", "semester hours they must reach"},
      {kBoard, "criteria[kind=graduated_within].years", "years back from the as-of date"},
      {kBoard, "criteria[kind=graduated_within].dates", "optional: [conferred] (default) or [courses_completed, conferred], the first the facts have"},
      {kBoard, "criteria[kind=any_of].options", "lists of criteria; one list all met meets it"},
      {kBoard, "criteria[kind=alternative_of].routes", "route ids of the same board"},
      {kBoard, "criteria[kind=alternative_of].except_kinds", "optional: criterion kinds left out of those routes"},
      {kBoard, "criteria[kind=meets_credential].credential", "a credential id of the same board that must be eligible"},
  };
  return kKeys;
}

std::string ruleset_keys_listing() {
  std::string out = "Keys a ruleset may hold (validators/README.md, \"Ruleset file format\")\n";
  std::string file;
  for (const auto& key : ruleset_keys()) {
    if (key.file != file) {
      file = key.file;
      out += "\n" + file + "\n";
    }
    out += "  " + key.path + "\n      " + key.meaning + "\n";
  }
  return out;
}

nlohmann::ordered_json ruleset_keys_json() {
  nlohmann::ordered_json keys = nlohmann::ordered_json::array();
  for (const auto& key : ruleset_keys()) keys.push_back({{"file", key.file}, {"path", key.path}, {"meaning", key.meaning}});
  return keys;
}

}  // namespace cc
