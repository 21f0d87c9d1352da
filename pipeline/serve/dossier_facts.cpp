#include "pipeline/serve/dossier_facts.h"

namespace cc {
namespace {

using nlohmann::json;

std::optional<std::string> opt_string(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return std::nullopt;
  return j[key].get<std::string>();
}

std::string string_or_empty(const json& j, const char* key) { return opt_string(j, key).value_or(""); }

std::optional<double> opt_number(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_number()) return std::nullopt;
  return j[key].get<double>();
}

double number_or(const json& j, const char* key, double fallback) { return opt_number(j, key).value_or(fallback); }

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (!j.is_object() || !j.contains(key) || !j[key].is_array()) return out;
  for (const auto& s : j[key])
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

Evidence evidence_from(const json& j) {
  Evidence e;
  e.file = string_or_empty(j, "file");
  e.page = static_cast<int>(number_or(j, "page", 0));
  if (j.contains("bbox") && j["bbox"].is_array() && j["bbox"].size() == 4) {
    const auto& b = j["bbox"];
    if (b[0].is_number() && b[1].is_number() && b[2].is_number() && b[3].is_number())
      e.bbox = Box{b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()};
  }
  e.text = string_or_empty(j, "text");
  e.confidence = number_or(j, "confidence", 0);
  return e;
}

std::vector<Evidence> evidence_list(const json& j) {
  std::vector<Evidence> out;
  if (!j.is_object() || !j.contains("evidence") || !j["evidence"].is_array()) return out;
  for (const auto& e : j["evidence"]) out.push_back(evidence_from(e));
  return out;
}

std::optional<DegreeFacts> degree_from(const json& j) {
  if (!j.is_object()) return std::nullopt;
  DegreeFacts d;
  d.level = opt_string(j, "level");
  if (auto years = opt_number(j, "years")) d.years = static_cast<int>(*years);
  if (j.contains("years_conflict") && j["years_conflict"].is_object()) {
    d.years_conflict = opt_string(j["years_conflict"], "detail");
    if (auto other = opt_number(j["years_conflict"], "other_years")) d.years_conflicting = static_cast<int>(*other);
  }
  d.title = opt_string(j, "title");
  d.field = opt_string(j, "field");
  d.institution = opt_string(j, "institution");
  d.country = opt_string(j, "country");
  d.conferred = opt_string(j, "conferred");
  d.conferred_other = opt_string(j, "conferred_other");
  if (j.contains("clinical_training") && j["clinical_training"].is_boolean()) d.clinical_training = j["clinical_training"].get<bool>();
  d.clinical_training_areas = strings(j, "clinical_training_areas");
  d.clinical_training_areas_from_program_courses = opt_string(j, "clinical_training_areas_from") == "program_courses";
  d.clinical_training_rows_without_area = strings(j, "clinical_training_rows_without_area");
  d.clinical_training_areas_taught = strings(j, "clinical_training_areas_taught");
  d.clinical_training_areas_doubt = opt_string(j, "clinical_training_areas_doubt");
  d.confidence = number_or(j, "confidence", 0);
  d.evidence = evidence_list(j);
  return d;
}

std::optional<CourseworkFacts> coursework_from(const json& j) {
  if (!j.is_object()) return std::nullopt;
  CourseworkFacts c;
  c.credit_system = opt_string(j, "credit_system");
  c.credit_system_evidence = opt_string(j, "credit_system_evidence");
  c.completed = opt_string(j, "completed");
  if (j.contains("courses") && j["courses"].is_array())
    for (const auto& cj : j["courses"]) {
      Course course;
      course.code = string_or_empty(cj, "code");
      course.title = string_or_empty(cj, "title");
      course.term = string_or_empty(cj, "term");
      course.credits = opt_number(cj, "credits");
      course.semester_hours = opt_number(cj, "semester_hours");
      course.grade = string_or_empty(cj, "grade");
      course.category = string_or_empty(cj, "category");
      course.confidence = number_or(cj, "confidence", 0);
      course.evidence = evidence_list(cj);
      c.courses.push_back(std::move(course));
    }
  if (j.contains("totals_semester_hours") && j["totals_semester_hours"].is_object())
    for (const auto& [category, total] : j["totals_semester_hours"].items())
      if (total.is_number()) c.totals_semester_hours[category] = total.get<double>();
  if (j.contains("pass_marks") && j["pass_marks"].is_array())
    for (const auto& pj : j["pass_marks"])
      if (pj.is_object() && pj.contains("value") && pj["value"].is_number() && pj.contains("evidence"))
        c.pass_marks.push_back({pj["value"].get<double>(), evidence_from(pj["evidence"])});
  return c;
}

Job job_from(const json& j) {
  Job job;
  job.file = string_or_empty(j, "file");
  job.employer = opt_string(j, "employer");
  job.position = opt_string(j, "position");
  job.start = opt_string(j, "start");
  job.end = opt_string(j, "end");
  job.to_present = j.value("to_present", false);
  job.full_time_stated = j.value("full_time_stated", false);
  job.hours_per_week = opt_number(j, "hours_per_week");
  // The contract writes 40 for a bare "full-time"; the facts keep it as the statement it was.
  if (job.full_time_stated && job.hours_per_week && *job.hours_per_week == 40) job.hours_per_week.reset();
  job.departments = strings(j, "departments");
  job.confidence = number_or(j, "confidence", 0);
  job.evidence = evidence_list(j);
  return job;
}

void read_documents(const json& dossier, DocumentKinds& kinds) {
  if (!dossier.contains("documents") || !dossier["documents"].is_array()) return;
  for (const auto& d : dossier["documents"]) {
    const std::string file = string_or_empty(d, "file");
    if (d.contains("error") && d["error"].is_object()) kinds.unreadable.push_back(file);
    if (!d.contains("segments") || !d["segments"].is_array()) continue;
    for (const auto& s : d["segments"]) {
      Segment seg;
      seg.type = string_or_empty(s, "type");
      if (s.contains("pages") && s["pages"].is_array())
        for (const auto& p : s["pages"])
          if (p.is_number_integer()) seg.pages.push_back(p.get<int>());
      if (seg.type == "transcript") ++kinds.transcripts;
      else if (seg.type == "diploma") ++kinds.diplomas;
      else if (seg.type == "employment_letter") ++kinds.employment_letters;
      else ++kinds.other;
      kinds.segments[file].push_back(std::move(seg));
    }
  }
}

}  // namespace

CandidateFacts facts_from_dossier(const json& dossier) {
  CandidateFacts f;
  if (!dossier.is_object()) return f;
  const json candidate = dossier.value("candidate", json::object());
  f.candidate_id = string_or_empty(candidate, "id");
  f.identity.name = opt_string(candidate, "name");
  f.identity.variants = strings(candidate, "name_variants");
  if (candidate.contains("sightings") && candidate["sightings"].is_array())
    for (const auto& s : candidate["sightings"])
      f.identity.sightings.push_back(NameSighting{string_or_empty(s, "file"), string_or_empty(s, "as_printed"),
                                                  string_or_empty(s, "natural"), evidence_from(s.value("evidence", json::object()))});
  if (dossier.contains("degree")) f.degree = degree_from(dossier["degree"]);
  if (dossier.contains("degrees") && dossier["degrees"].is_array())
    for (const auto& d : dossier["degrees"])
      if (auto degree = degree_from(d)) f.degrees.push_back(std::move(*degree));
  if (dossier.contains("coursework")) f.coursework = coursework_from(dossier["coursework"]);
  if (dossier.contains("experience") && dossier["experience"].is_array())
    for (const auto& j : dossier["experience"]) f.experience.push_back(job_from(j));
  read_documents(dossier, f.documents);
  return f;
}

}  // namespace cc
