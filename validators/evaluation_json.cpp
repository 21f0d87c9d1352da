#include "validators/evaluation_json.h"

#include <cmath>

#include "core/text.h"

namespace cc {

using nlohmann::ordered_json;

namespace {

// Never rounded up past a threshold: 35.996 FTE months is 35.99, as in the check details.
double floor_to(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::floor(value * scale + 1e-6) / scale;
}

ordered_json met_json(Outcome o) {
  switch (o) {
    case Outcome::met: return true;
    case Outcome::not_met: return false;
    case Outcome::undecided: return nullptr;
  }
  return nullptr;
}

// As pipeline/dossier/facts_json.cpp renders it (kept private here: one public evidence_json).
ordered_json evidence_item(const Evidence& e) {
  ordered_json j;
  j["file"] = e.file;
  j["page"] = e.page;
  j["bbox"] = {round_to(e.bbox.x0, 1), round_to(e.bbox.y0, 1), round_to(e.bbox.x1, 1), round_to(e.bbox.y1, 1)};
  j["text"] = e.text;
  j["confidence"] = round_to(e.confidence, 3);
  return j;
}

ordered_json evidence_list(const std::vector<Evidence>& evidence) {
  ordered_json list = ordered_json::array();
  for (const auto& e : evidence) list.push_back(evidence_item(e));
  return list;
}

ordered_json check_json(const CheckResult& check) {
  ordered_json j;
  j["id"] = check.id;
  j["met"] = met_json(check.outcome);
  j["detail"] = check.detail;
  j["evidence"] = evidence_list(check.evidence);
  if (check.assumed) j["assumed"] = true;
  return j;
}

ordered_json route_json(const RouteResult& route) {
  ordered_json criteria = ordered_json::array();
  for (const auto& check : route.criteria) criteria.push_back(check_json(check));
  ordered_json j;
  j["id"] = route.id;
  j["met"] = met_json(route.outcome);
  j["criteria"] = criteria;
  j["assumed"] = route.assumed;
  return j;
}

}  // namespace

ordered_json evaluations_json(const std::vector<Evaluation>& evaluations) {
  ordered_json list = ordered_json::array();
  for (const auto& e : evaluations) {
    ordered_json routes = ordered_json::array();
    for (const auto& r : e.routes) routes.push_back(route_json(r));
    ordered_json j;
    j["board"] = e.board;
    j["credential"] = e.credential;
    j["status"] = eligibility_name(e.status);
    j["route"] = e.route ? ordered_json(*e.route) : ordered_json(nullptr);
    j["routes"] = routes;
    if (e.status == Eligibility::needs_review && !e.review_reasons.empty()) j["review_reasons"] = e.review_reasons;
    list.push_back(j);
  }
  return list;
}

ordered_json flags_json(const std::vector<Flag>& flags) {
  ordered_json list = ordered_json::array();
  for (const auto& f : flags) {
    ordered_json j;
    j["code"] = f.code;
    j["severity"] = f.severity;
    j["detail"] = f.detail;
    j["evidence"] = evidence_list(f.evidence);
    list.push_back(j);
  }
  return list;
}

ordered_json todo_json(const std::vector<std::string>& todo) {
  ordered_json list = ordered_json::array();
  for (const auto& t : todo) list.push_back(t);
  return list;
}

ordered_json experience_summary_json(const ExperienceSummary& summary) {
  ordered_json j;
  j["fte_months_total"] = floor_to(summary.fte_months_total, 2);
  j["fte_months_within_5y"] = floor_to(summary.fte_months_within_5y, 2);
  return j;
}

ordered_json validation_sections_json(const ValidationResult& result) {
  ordered_json j;
  j["experience_summary"] = experience_summary_json(result.experience_summary);
  j["evaluations"] = evaluations_json(result.evaluations);
  j["flags"] = flags_json(result.flags);
  j["todo"] = todo_json(result.todo);
  return j;
}

}  // namespace cc
