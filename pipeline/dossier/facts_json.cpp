#include "pipeline/dossier/facts_json.h"

#include <cmath>

#include "core/text.h"

namespace cc {

using nlohmann::ordered_json;

namespace {

template <class T>
ordered_json or_null(const std::optional<T>& v) {
  return v ? ordered_json(*v) : ordered_json(nullptr);
}

ordered_json number_or_null(const std::optional<double>& v) {
  if (!v) return nullptr;
  // Whole numbers print as integers (4, not 4.0), as in the contract's example.
  if (std::fabs(*v - std::round(*v)) < 1e-9) return static_cast<long long>(std::llround(*v));
  return round_to(*v, 2);
}

}  // namespace

ordered_json evidence_json(const Evidence& e) {
  return {{"file", e.file},
          {"page", e.page},
          {"bbox", {round_to(e.bbox.x0, 1), round_to(e.bbox.y0, 1), round_to(e.bbox.x1, 1), round_to(e.bbox.y1, 1)}},
          {"text", e.text},
          {"confidence", round_to(e.confidence, 3)}};
}

ordered_json evidence_list_json(const std::vector<Evidence>& list) {
  ordered_json out = ordered_json::array();
  for (const auto& e : list) out.push_back(evidence_json(e));
  return out;
}

ordered_json candidate_json(const std::string& id, const IdentityFacts& identity) {
  ordered_json sightings = ordered_json::array();
  for (const auto& s : identity.sightings)
    sightings.push_back({{"file", s.file}, {"as_printed", s.as_printed}, {"natural", s.natural}, {"evidence", evidence_json(s.evidence)}});
  return {{"id", id}, {"name", or_null(identity.name)}, {"name_variants", identity.variants}, {"sightings", sightings}};
}

ordered_json degree_json(const std::optional<DegreeFacts>& degree) {
  if (!degree) return nullptr;
  const DegreeFacts& d = *degree;
  ordered_json j;
  j["level"] = or_null(d.level);
  j["years"] = or_null(d.years);
  if (d.years_conflict) j["years_conflict"] = {{"detail", *d.years_conflict}, {"other_years", or_null(d.years_conflicting)}};
  j["title"] = or_null(d.title);
  j["field"] = or_null(d.field);
  j["institution"] = or_null(d.institution);
  j["country"] = or_null(d.country);
  j["conferred"] = or_null(d.conferred);
  if (d.conferred_other) j["conferred_other"] = *d.conferred_other;
  j["clinical_training"] = or_null(d.clinical_training);
  j["clinical_training_areas"] = d.clinical_training_areas;
  if (d.clinical_training_areas_from_program_courses) j["clinical_training_areas_from"] = "program_courses";
  if (!d.clinical_training_rows_without_area.empty()) j["clinical_training_rows_without_area"] = d.clinical_training_rows_without_area;
  if (!d.clinical_training_areas_taught.empty()) j["clinical_training_areas_taught"] = d.clinical_training_areas_taught;
  if (d.clinical_training_areas_doubt) j["clinical_training_areas_doubt"] = *d.clinical_training_areas_doubt;
  j["confidence"] = round_to(d.confidence, 3);
  j["evidence"] = evidence_list_json(d.evidence);
  return j;
}

ordered_json degrees_json(const std::vector<DegreeFacts>& degrees, const std::optional<DegreeFacts>& degree) {
  ordered_json out = ordered_json::array();
  for (const auto& d : degrees) out.push_back(degree_json(d));
  if (degrees.empty() && degree) out.push_back(degree_json(degree));
  return out;
}

// Beyond the contract (docs/dossier-extensions.md): per transcript table, its printed totals
// against its rows.
ordered_json reconciliation_json(const std::vector<TableReconciliation>& tables) {
  ordered_json out = ordered_json::array();
  for (const auto& t : tables) {
    ordered_json checks = ordered_json::array();
    for (const auto& c : t.checks)
      checks.push_back({{"scope", c.scope},
                        {"measure", c.measure},
                        {"term", c.term.empty() ? ordered_json(nullptr) : ordered_json(c.term)},
                        {"printed", number_or_null(c.printed)},
                        {"expected", number_or_null(c.expected)},
                        {"status", c.status},
                        {"basis", c.basis},
                        {"evidence", evidence_json(c.evidence)}});
    out.push_back({{"file", t.file}, {"pages", t.pages}, {"courses", t.courses}, {"status", t.status}, {"checks", checks}});
  }
  return out;
}

ordered_json coursework_json(const std::optional<CourseworkFacts>& coursework) {
  if (!coursework) return nullptr;
  const CourseworkFacts& c = *coursework;
  ordered_json courses = ordered_json::array();
  for (const auto& course : c.courses) {
    ordered_json j;
    j["code"] = course.code.empty() ? ordered_json(nullptr) : ordered_json(course.code);
    j["title"] = course.title;
    j["term"] = course.term.empty() ? ordered_json(nullptr) : ordered_json(course.term);
    j["credits"] = number_or_null(course.credits);
    j["semester_hours"] = number_or_null(course.semester_hours);
    j["grade"] = course.grade.empty() ? ordered_json(nullptr) : ordered_json(course.grade);
    j["category"] = course.category;
    j["confidence"] = round_to(course.confidence, 3);
    j["evidence"] = evidence_list_json(course.evidence);
    courses.push_back(std::move(j));
  }
  ordered_json totals = ordered_json::object();
  for (const char* category : {"biology", "chemistry", "mathematics", "mls_professional", "other"}) {
    auto it = c.totals_semester_hours.find(category);
    totals[category] = number_or_null(it == c.totals_semester_hours.end() ? 0.0 : it->second);
  }
  ordered_json out = {{"credit_system", or_null(c.credit_system)},
                      {"credit_system_evidence", or_null(c.credit_system_evidence)},
                      {"courses", courses}, {"totals_semester_hours", totals},
                      {"completed", or_null(c.completed)}, {"reconciliation", reconciliation_json(c.reconciliation)}};
  // Only when a legend printed one (docs/dossier-extensions.md): most transcripts print none.
  for (const auto& p : c.pass_marks) out["pass_marks"].push_back({{"value", p.value}, {"evidence", evidence_json(p.evidence)}});
  return out;
}

ordered_json experience_json(const std::vector<Job>& jobs) {
  ordered_json out = ordered_json::array();
  for (const auto& job : jobs) {
    ordered_json j;
    j["employer"] = or_null(job.employer);
    j["position"] = or_null(job.position);
    j["start"] = or_null(job.start);
    j["end"] = job.to_present ? ordered_json(nullptr) : or_null(job.end);
    // The contract: as stated; a letter that says only "full-time" gives 40.
    j["hours_per_week"] = job.hours_per_week ? number_or_null(job.hours_per_week)
                                             : (job.full_time_stated ? ordered_json(40) : ordered_json(nullptr));
    j["full_time_stated"] = job.full_time_stated;
    j["to_present"] = job.to_present;
    j["departments"] = job.departments;
    j["file"] = job.file;
    j["confidence"] = round_to(job.confidence, 3);
    j["evidence"] = evidence_list_json(job.evidence);
    out.push_back(std::move(j));
  }
  return out;
}

ordered_json segments_json(const std::vector<Segment>& segments) {
  ordered_json out = ordered_json::array();
  for (const auto& s : segments) {
    ordered_json j = {{"pages", s.pages}, {"type", s.type}};
    // A segment the classifier was unsure of: its score per kind and the kinds it could be.
    if (!s.scores.empty()) {
      ordered_json scores = ordered_json::object();
      for (const auto& [type, score] : s.scores) scores[type] = round_to(score, 2);
      j["scores"] = scores;
      j["could_be"] = s.could_be;
    }
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace cc
