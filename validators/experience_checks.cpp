// Checks on work experience: FTE months inside the window, lab areas covered.
#include <cmath>

#include "validators/checks.h"
#include "validators/experience_facts.h"
#include "validators/text_util.h"

namespace cc {
namespace {

std::string window_text(const ExperienceParams& p, CivilDate as_of) {
  if (!p.within_years) return "in total";
  return "within " + std::to_string(*p.within_years) + " years (since " + to_iso(years_before(as_of, *p.within_years)) + ")";
}

CheckResult months_check(const std::string& id, const ExperienceParams& p, const ExperienceBounds& b,
                         const EvaluationContext& ctx, double full_time_hours) {
  const Definitions& defs = ctx.rules.definitions;
  const std::string basis = " on a " + plain_number(full_time_hours) + " h/week basis";
  const std::string notes = assumption_note(defs, "fte_month_days") +
                            assumption_note(defs, "full_time_hours_per_week." + ctx.board.id);
  const std::string need = " (need " + plain_number(p.min_fte_months) + ")";
  const std::string detail = fixed_down(b.certain_months, 2) + " FTE months " + window_text(p, ctx.as_of) + basis;
  if (b.certain_months + 1e-9 >= p.min_fte_months) return make_check(id, Outcome::met, detail + need + notes, b.evidence);
  if (b.possible_months + 1e-9 < p.min_fte_months)
    return make_check(id, Outcome::not_met, detail + need + notes, b.evidence);
  const std::string at_most =
      std::isinf(b.possible_months) ? "" : ", at most " + fixed_down(b.possible_months, 2) + " if the doubtful jobs count";
  std::string why;
  for (const auto& d : b.month_doubts) why += "; " + d.detail;
  return make_check(id, Outcome::undecided, detail + at_most + need + why + notes, b.evidence, b.month_doubts);
}

CheckResult areas_check(const std::string& id, const ExperienceParams& p, const ExperienceBounds& b) {
  std::vector<std::string> covered(b.certain_areas.begin(), b.certain_areas.end());
  std::vector<std::string> missing, impossible;
  for (const auto& area : p.areas) {
    if (!b.certain_areas.count(area)) missing.push_back(area);
    if (!b.any_area_possible && !b.possible_areas.count(area)) impossible.push_back(area);
  }
  const std::string shown = covered.empty() ? "no lab areas shown" : "covers " + join(covered);
  if (missing.empty()) return make_check(id, Outcome::met, shown, b.evidence);
  if (!impossible.empty()) return make_check(id, Outcome::not_met, shown + "; missing " + join(impossible), b.evidence);
  std::string why;
  for (const auto& d : b.area_doubts) why += "; " + d.detail;
  return make_check(id, Outcome::undecided, shown + "; not shown: " + join(missing) + why, b.evidence, b.area_doubts);
}

}  // namespace

CriterionResult experience_checks(const Criterion& c, const ExperienceParams& p, const EvaluationContext& ctx) {
  const double full_time_hours = ctx.rules.definitions.full_time_hours_per_week.at(ctx.board.id);
  const ExperienceBounds bounds = experience_bounds(ctx.facts, ctx.rules, full_time_hours, p.within_years, ctx.as_of);
  std::vector<CheckResult> checks{months_check(c.id + ".fte_months", p, bounds, ctx, full_time_hours)};
  if (!p.areas.empty()) checks.push_back(areas_check(c.id + ".areas", p, bounds));
  return from_checks(std::move(checks));
}

}  // namespace cc
