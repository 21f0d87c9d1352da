#include "validators/criterion_text.h"

#include "validators/text_util.h"

namespace cc {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

Params degree_text(const DegreeParams& p) {
  Params out{{"levels", join(p.levels)}};
  if (!p.fields_as_written.empty()) out.emplace_back("fields", join(p.fields_as_written) + " (" + join(p.fields) + ")");
  if (!p.min_years.empty()) {
    std::vector<std::string> years;
    for (const auto& [level, n] : p.min_years) years.push_back(level + " " + std::to_string(n));
    out.emplace_back("min_years", join(years));
  }
  if (p.any_held) out.emplace_back("held", "any (every credential found, not only the highest)");
  return out;
}

Params experience_text(const ExperienceParams& p) {
  Params out{{"min_fte_months", plain_number(p.min_fte_months)}};
  if (p.within_years) out.emplace_back("within_years", std::to_string(*p.within_years));
  if (!p.areas.empty()) out.emplace_back("areas", join(p.areas));
  return out;
}

Params coursework_text(const CourseworkParams& p) {
  std::vector<std::string> minimums;
  for (const auto& m : p.minimums) minimums.push_back(m.label() + " >= " + plain_number(m.min_semester_hours) + " SH");
  return {{"min_semester_hours", join(minimums)}};
}

Params graduated_within_text(const GraduatedWithinParams& p) {
  std::vector<std::string> dates;
  for (auto d : p.dates) dates.emplace_back(date_kind_name(d));
  return {{"years", std::to_string(p.years)}, {"dates", join(dates, " or else ")}};
}

Params any_of_text(const AnyOfParams& p) {
  std::vector<std::string> options;
  for (const auto& option : p.options) {
    std::vector<std::string> criteria;
    for (const auto& c : option) {
      std::vector<std::string> params;
      for (const auto& [name, value] : criterion_params_text(c)) params.push_back(name + " " + value);
      criteria.push_back(std::string(criterion_kind_name(c.kind)) + " (" + join(params, "; ") + ")");
    }
    options.push_back(join(criteria, " and "));
  }
  return {{"options", join(options, " | or | ")}};
}

Params alternative_of_text(const AlternativeOfParams& p) {
  Params out{{"routes", join(p.routes)}};
  if (!p.except_kinds.empty()) {
    std::vector<std::string> kinds;
    for (auto k : p.except_kinds) kinds.emplace_back(criterion_kind_name(k));
    out.emplace_back("except_kinds", join(kinds));
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> criterion_params_text(const Criterion& c) {
  if (const auto* p = std::get_if<DegreeParams>(&c.params)) return degree_text(*p);
  if (const auto* p = std::get_if<ClinicalTrainingParams>(&c.params))
    return p->areas.empty() ? Params{} : Params{{"areas", join(p->areas)}};
  if (const auto* p = std::get_if<ExperienceParams>(&c.params)) return experience_text(*p);
  if (const auto* p = std::get_if<CourseworkParams>(&c.params)) return coursework_text(*p);
  if (const auto* p = std::get_if<GraduatedWithinParams>(&c.params)) return graduated_within_text(*p);
  if (const auto* p = std::get_if<AnyOfParams>(&c.params)) return any_of_text(*p);
  if (const auto* p = std::get_if<AlternativeOfParams>(&c.params)) return alternative_of_text(*p);
  if (const auto* p = std::get_if<MeetsCredentialParams>(&c.params)) return {{"credential", p->credential}};
  return {};
}

std::string param_value_text(const Criterion& criterion, const std::string& name) {
  for (const auto& [param, value] : criterion_params_text(criterion))
    if (param == name) return value;
  return "";
}

}  // namespace cc
