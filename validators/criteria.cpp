#include "validators/criteria.h"

#include <array>
#include <utility>

namespace cc {
namespace {

constexpr std::array<std::pair<CriterionKind, std::string_view>, 8> kKindNames{{
    {CriterionKind::degree, "degree"},
    {CriterionKind::clinical_training, "clinical_training"},
    {CriterionKind::experience, "experience"},
    {CriterionKind::coursework, "coursework"},
    {CriterionKind::graduated_within, "graduated_within"},
    {CriterionKind::any_of, "any_of"},
    {CriterionKind::alternative_of, "alternative_of"},
    {CriterionKind::meets_credential, "meets_credential"},
}};

}  // namespace

std::string_view criterion_kind_name(CriterionKind kind) {
  for (const auto& [k, name] : kKindNames)
    if (k == kind) return name;
  return "degree";
}

std::optional<CriterionKind> criterion_kind_from_name(std::string_view name) {
  for (const auto& [k, n] : kKindNames)
    if (n == name) return k;
  return std::nullopt;
}

std::string HoursMinimum::label() const {
  if (categories.empty()) return "total";
  std::string out;
  for (const auto& c : categories) out += (out.empty() ? "" : "+") + c;
  return out;
}

std::string_view date_kind_name(DateKind kind) {
  return kind == DateKind::conferred ? "conferred" : "courses_completed";
}

const std::vector<std::string>& criterion_param_names(CriterionKind kind) {
  static const std::map<CriterionKind, std::vector<std::string>> kParams{
      {CriterionKind::degree, {"levels", "fields", "min_years", "held"}},
      {CriterionKind::clinical_training, {"areas"}},
      {CriterionKind::experience, {"min_fte_months", "within_years", "areas"}},
      {CriterionKind::coursework, {"min_semester_hours"}},
      {CriterionKind::graduated_within, {"years", "dates"}},
      {CriterionKind::any_of, {"options"}},
      {CriterionKind::alternative_of, {"routes", "except_kinds"}},
      {CriterionKind::meets_credential, {"credential"}},
  };
  return kParams.at(kind);
}

}  // namespace cc
