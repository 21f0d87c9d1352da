// What the validator stage hands to the dossier: per board and credential an evaluation (status,
// the route met, every route with every check and the evidence it rests on), the findings (flags),
// the to-dos for the candidate and the experience summary. Names mirror the dossier contract
// (../shared/spec/dossier.md); evaluation_json.h renders them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/facts.h"

namespace cc {

// Three-valued: a check is met or not met only on facts read with good confidence; otherwise it
// is undecided (JSON null) and the credential goes to review.
enum class Outcome { met, not_met, undecided };
Outcome all_of(const std::vector<Outcome>& outcomes);  // not_met if any is; met if all are
Outcome any_of(const std::vector<Outcome>& outcomes);  // met if any is; not_met if all are

// Why a check could not be decided.
struct Doubt {
  enum class Kind { missing, low_confidence };
  Kind kind = Kind::missing;
  std::string fact;    // what is in doubt: "degree", "degree.years", "experience_letters", "job", ...
  std::string detail;  // a sentence for the reviewer
  std::vector<Evidence> evidence;
};

struct CheckResult {
  std::string id;  // "degree.field", "experience.fte_months", ...
  Outcome outcome = Outcome::undecided;
  std::string detail;
  std::vector<Evidence> evidence;
  bool assumed = false;        // rests on a parameter marked assumed in the ruleset
  std::vector<Doubt> doubts;   // set when undecided
};

struct RouteResult {
  std::string id;
  Outcome outcome = Outcome::undecided;
  std::vector<CheckResult> criteria;
  bool assumed = false;  // the outcome rests on an assumed route or parameter
};

enum class Eligibility { eligible, not_eligible, needs_review };
std::string_view eligibility_name(Eligibility e);

struct Evaluation {
  std::string board;       // ASCPi | AMT
  std::string credential;  // MLS | MLT
  Eligibility status = Eligibility::needs_review;
  std::optional<std::string> route;  // the first route met
  std::vector<RouteResult> routes;
  std::vector<std::string> review_reasons;  // why needs_review, for the reviewer
};

struct Flag {
  std::string code;      // criteria.md flag codes
  std::string severity;  // info | warning | error
  std::string detail;
  std::vector<Evidence> evidence;
};

// Contract basis (dossier.md): 40 h/week = 1.0 FTE, window of 5 years.
constexpr double kSummaryFullTimeHours = 40;
constexpr int kSummaryWindowYears = 5;

struct ExperienceSummary {
  double fte_months_total = 0;
  double fte_months_within_5y = 0;
};

struct ValidationResult {
  std::string ruleset;  // ruleset id
  std::string as_of;    // YYYY-MM-DD
  std::vector<Evaluation> evaluations;
  std::vector<Flag> flags;
  std::vector<std::string> todo;
  ExperienceSummary experience_summary;
};

}  // namespace cc
