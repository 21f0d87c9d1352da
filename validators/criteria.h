// The fixed vocabulary of criterion kinds a route is written in (rules/*/ *.yaml). The code knows
// how to judge each kind; every threshold, window, list and text comes from the ruleset, so an
// agency changes a rule by editing YAML, not C++. See validators/README.md for each kind's keys.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cc {

enum class CriterionKind {
  degree,             // level (and program length) and field of the degree
  clinical_training,  // internship / practicum in an MLS program, its lab areas
  experience,         // FTE months within a window, lab areas covered
  coursework,         // minimum semester hours per category or group of categories
  graduated_within,   // degree conferred / courses completed within N years of the as-of date
  any_of,             // at least one of several lists of criteria is met
  alternative_of,     // another route of the board is met, leaving out some criterion kinds
  meets_credential,   // another credential of the board is eligible
};

std::string_view criterion_kind_name(CriterionKind kind);
std::optional<CriterionKind> criterion_kind_from_name(std::string_view name);

struct DegreeParams {
  std::vector<std::string> levels;             // accepted degree levels
  std::vector<std::string> fields_as_written;  // as in the file: field ids and group names
  std::vector<std::string> fields;             // resolved field ids; empty = any field
  std::map<std::string, int> min_years;        // per level: minimum program length in years
  // `held: any`: met by any credential the candidate holds (facts.degrees), not only the highest.
  bool any_held = false;
};

struct ClinicalTrainingParams {
  std::vector<std::string> areas;  // lab areas the training must cover (resolved; may be empty)
};

struct ExperienceParams {
  double min_fte_months = 0;
  std::optional<int> within_years;  // none: all experience counts
  std::vector<std::string> areas;   // lab areas the counted jobs must cover together (resolved)
};

struct HoursMinimum {
  std::vector<std::string> categories;  // empty = all categories
  double min_semester_hours = 0;
  std::string label() const;            // "total", "biology", "biology+chemistry+mls_professional"
};

struct CourseworkParams {
  std::vector<HoursMinimum> minimums;
};

enum class DateKind { conferred, courses_completed };
std::string_view date_kind_name(DateKind kind);

struct GraduatedWithinParams {
  int years = 0;
  std::vector<DateKind> dates;  // the first one the facts have is used
};

struct Criterion;

struct AnyOfParams {
  std::vector<std::vector<Criterion>> options;
};

struct AlternativeOfParams {
  std::vector<std::string> routes;              // route ids of the same board
  std::vector<CriterionKind> except_kinds;      // left out when judging those routes
};

struct MeetsCredentialParams {
  std::string credential;  // credential id of the same board
};

using CriterionParams = std::variant<DegreeParams, ClinicalTrainingParams, ExperienceParams, CourseworkParams,
                                     GraduatedWithinParams, AnyOfParams, AlternativeOfParams, MeetsCredentialParams>;

struct Criterion {
  CriterionKind kind = CriterionKind::degree;
  std::string id;                     // prefix of the check ids in the dossier ("degree" -> "degree.field")
  std::vector<std::string> assumed;   // parameter names resting on our own working choice
  std::string note;                   // free text shown in the rules listing
  int line = 0;                       // where it is written, for messages
  CriterionParams params;
};

// The parameter names each kind accepts (besides kind, id, assumed, note).
const std::vector<std::string>& criterion_param_names(CriterionKind kind);

}  // namespace cc
