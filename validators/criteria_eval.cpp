#include "validators/criteria_eval.h"

#include <algorithm>

#include "validators/checks.h"
#include "validators/criterion_text.h"
#include "validators/text_util.h"

namespace cc {

CheckResult make_check(const std::string& id, Outcome outcome, const std::string& detail, std::vector<Evidence> evidence,
                       std::vector<Doubt> doubts) {
  CheckResult c;
  c.id = id;
  c.outcome = outcome;
  c.detail = detail;
  c.evidence = std::move(evidence);
  if (outcome == Outcome::undecided) c.doubts = std::move(doubts);
  return c;
}

std::string assumption_note(const Definitions& defs, const std::string& key) {
  const auto it = defs.assumed.find(key);
  return it == defs.assumed.end() ? "" : " [assumed: " + it->second + "]";
}

std::string confidence_text(double confidence, double threshold) {
  return "read with confidence " + plain_number(confidence) + " (below " + plain_number(threshold) + ")";
}

CriterionResult from_checks(std::vector<CheckResult> checks) {
  CriterionResult r;
  std::vector<Outcome> outcomes;
  for (const auto& c : checks) outcomes.push_back(c.outcome);
  r.outcome = all_of(outcomes);
  r.checks = std::move(checks);
  return r;
}

namespace {

std::string outcome_words(Outcome o) {
  switch (o) {
    case Outcome::met: return "met";
    case Outcome::not_met: return "not met";
    case Outcome::undecided: return "undecided";
  }
  return "undecided";
}

// Whether the outcome of an all-of (`conjunction`) or any-of rests on an assumed part, i.e. would
// not stand without it. The deciding parts: for a met all-of (a not-met any-of) every part; for a
// not-met all-of (a met any-of) the failing (met) parts, any one of which is enough, so the outcome
// rests on assumptions only when all of them are assumed; for undecided the undecided parts.
bool rests_on_assumption(const std::vector<Outcome>& outcomes, const std::vector<bool>& assumed, Outcome whole,
                         bool conjunction) {
  const bool needs_all_parts = whole == (conjunction ? Outcome::met : Outcome::not_met);
  const bool any_part_enough = whole == (conjunction ? Outcome::not_met : Outcome::met);
  bool any = false, every = true, seen = false;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (!needs_all_parts && outcomes[i] != whole) continue;
    seen = true;
    any = any || assumed[i];
    every = every && assumed[i];
  }
  return seen && (any_part_enough ? every : any);
}

std::vector<Doubt> doubts_of(const std::vector<CheckResult>& checks) {
  std::vector<Doubt> out;
  for (const auto& c : checks)
    if (c.outcome == Outcome::undecided) out.insert(out.end(), c.doubts.begin(), c.doubts.end());
  return out;
}

void add_prefixed(std::vector<CheckResult>& out, const std::vector<CheckResult>& checks, const std::string& prefix) {
  for (auto c : checks) {
    c.id = prefix + c.id;
    out.push_back(std::move(c));
  }
}

CriterionResult any_of_checks(const Criterion& c, const AnyOfParams& p, const EvaluationContext& ctx) {
  std::vector<CheckResult> sub;
  std::vector<Outcome> outcomes;
  std::vector<bool> assumed;
  std::vector<std::string> parts;
  for (size_t i = 0; i < p.options.size(); ++i) {
    std::vector<CheckResult> option_checks;
    std::vector<Outcome> option_outcomes;
    std::vector<bool> option_assumed;
    for (const auto& criterion : p.options[i]) {
      CriterionResult r = evaluate_criterion(criterion, ctx);
      option_outcomes.push_back(r.outcome);
      option_assumed.push_back(r.assumed);
      option_checks.insert(option_checks.end(), r.checks.begin(), r.checks.end());
    }
    outcomes.push_back(all_of(option_outcomes));
    assumed.push_back(rests_on_assumption(option_outcomes, option_assumed, outcomes.back(), true));
    parts.push_back("option " + std::to_string(i + 1) + " " + outcome_words(outcomes.back()));
    add_prefixed(sub, option_checks, c.id + "." + std::to_string(i + 1) + ".");
  }
  CriterionResult r;
  r.outcome = any_of(outcomes);
  r.assumed = rests_on_assumption(outcomes, assumed, r.outcome, false);
  CheckResult summary = make_check(c.id, r.outcome, "one of " + std::to_string(p.options.size()) + " options: " + join(parts, "; "),
                                   {}, doubts_of(sub));
  summary.assumed = r.assumed;
  r.checks.push_back(std::move(summary));
  r.checks.insert(r.checks.end(), sub.begin(), sub.end());
  return r;
}

CriterionResult alternative_of_checks(const Criterion& c, const AlternativeOfParams& p, const EvaluationContext& ctx) {
  std::vector<CheckResult> sub;
  std::vector<Outcome> outcomes;
  std::vector<bool> assumed;
  std::vector<std::string> parts, left_out;
  for (auto kind : p.except_kinds) left_out.emplace_back(criterion_kind_name(kind));
  const std::string without = left_out.empty() ? "" : " without " + join(left_out, " / ");
  for (const auto& route_id : p.routes) {
    const Route* route = ctx.board.route(route_id);
    if (!route) continue;  // the loader checked every reference
    RouteResult r = evaluate_route(*route, ctx, p.except_kinds);
    outcomes.push_back(r.outcome);
    assumed.push_back(r.assumed);
    parts.push_back(route_id + without + ": " + outcome_words(r.outcome));
    add_prefixed(sub, r.criteria, c.id + "." + route_id + ".");
  }
  CriterionResult r;
  r.outcome = any_of(outcomes);
  r.assumed = rests_on_assumption(outcomes, assumed, r.outcome, false);
  CheckResult summary = make_check(c.id, r.outcome, join(parts, "; "), {}, doubts_of(sub));
  summary.assumed = r.assumed;
  r.checks.push_back(std::move(summary));
  r.checks.insert(r.checks.end(), sub.begin(), sub.end());
  return r;
}

CriterionResult meets_credential_checks(const Criterion& c, const MeetsCredentialParams& p, const EvaluationContext& ctx) {
  const Evaluation& other = ctx.credential(p.credential);
  const Credential* credential = ctx.board.credential(p.credential);
  const std::string name = credential ? credential->name : p.credential;
  switch (other.status) {
    case Eligibility::eligible:
      return from_checks({make_check(c.id, Outcome::met, name + " is met (route " + other.route.value_or("?") + ")")});
    case Eligibility::not_eligible:
      return from_checks({make_check(c.id, Outcome::not_met, name + " is not met by any route")});
    case Eligibility::needs_review: break;
  }
  return from_checks({make_check(c.id, Outcome::undecided, name + " needs review",
                                 {}, {{Doubt::Kind::missing, "credential", name + " needs review", {}}})});
}

// Marks every check of a criterion with assumed parameters and says which in its detail.
void mark_assumed(const Criterion& c, CriterionResult& r) {
  if (c.assumed.empty()) return;
  std::vector<std::string> params;
  for (const auto& name : c.assumed) params.push_back(name + " = " + param_value_text(c, name));
  const std::string note = " [assumed by the ruleset: " + join(params) + "]";
  for (auto& check : r.checks) {
    check.assumed = true;
    check.detail += note;
  }
  r.assumed = true;
}

}  // namespace

CriterionResult evaluate_criterion(const Criterion& criterion, const EvaluationContext& ctx) {
  // One function per kind; std::visit makes a missing one a compile error.
  struct Dispatch {
    const Criterion& c;
    const EvaluationContext& ctx;
    CriterionResult operator()(const DegreeParams& p) const { return degree_checks(c, p, ctx); }
    CriterionResult operator()(const ClinicalTrainingParams& p) const { return clinical_training_checks(c, p, ctx); }
    CriterionResult operator()(const ExperienceParams& p) const { return experience_checks(c, p, ctx); }
    CriterionResult operator()(const CourseworkParams& p) const { return coursework_checks(c, p, ctx); }
    CriterionResult operator()(const GraduatedWithinParams& p) const { return graduated_within_checks(c, p, ctx); }
    CriterionResult operator()(const AnyOfParams& p) const { return any_of_checks(c, p, ctx); }
    CriterionResult operator()(const AlternativeOfParams& p) const { return alternative_of_checks(c, p, ctx); }
    CriterionResult operator()(const MeetsCredentialParams& p) const { return meets_credential_checks(c, p, ctx); }
  };
  CriterionResult r = std::visit(Dispatch{criterion, ctx}, criterion.params);
  mark_assumed(criterion, r);
  return r;
}

RouteResult evaluate_route(const Route& route, const EvaluationContext& ctx, const std::vector<CriterionKind>& except_kinds) {
  RouteResult out;
  out.id = route.id;
  std::vector<CriterionResult> results;
  std::vector<Outcome> outcomes;
  for (const auto& criterion : route.criteria) {
    if (std::find(except_kinds.begin(), except_kinds.end(), criterion.kind) != except_kinds.end()) continue;
    results.push_back(evaluate_criterion(criterion, ctx));
    outcomes.push_back(results.back().outcome);
  }
  out.outcome = all_of(outcomes);
  std::vector<bool> assumed;
  for (const auto& r : results) assumed.push_back(r.assumed);
  out.assumed = route.confidence == SourceConfidence::assumed || rests_on_assumption(outcomes, assumed, out.outcome, true);
  for (auto& r : results) out.criteria.insert(out.criteria.end(), r.checks.begin(), r.checks.end());
  if (route.confidence != SourceConfidence::assumed) return out;
  for (auto& check : out.criteria) {  // the whole route is our working choice: every check says so
    check.assumed = true;
    check.detail += " [assumed route: " + route.source + "]";
  }
  return out;
}

}  // namespace cc
