#include "tests/e2e/truth_facts.h"

namespace cc::test {

using nlohmann::json;

namespace {

template <class T>
std::optional<T> opt(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<T>();
}

Evidence synthetic_evidence(const std::string& file) {
  Evidence e;
  e.file = file;
  e.page = 1;
  e.text = "(ground truth)";
  return e;
}

}  // namespace

CandidateFacts truth_to_facts(const json& t) {
  CandidateFacts f;
  f.candidate_id = t.value("id", "");
  f.identity.name = opt<std::string>(t["candidate"], "name");
  for (const auto& v : t["candidate"].value("name_variants", json::array())) f.identity.variants.push_back(v);
  for (const auto& doc : t["documents"]) {
    std::vector<Segment>& segments = f.documents.segments[doc["file"]];
    for (const auto& s : doc["segments"]) {
      Segment seg;
      for (const auto& p : s["pages"]) seg.pages.push_back(p.get<int>());
      seg.type = s["type"];
      segments.push_back(seg);
      if (seg.type == "transcript") ++f.documents.transcripts;
      else if (seg.type == "diploma") ++f.documents.diplomas;
      else if (seg.type == "employment_letter") ++f.documents.employment_letters;
      else ++f.documents.other;
    }
    for (const auto& printed : doc.value("names_printed", json::array())) {
      NameSighting s;
      s.file = doc["file"];
      s.as_printed = printed;
      s.natural = t["candidate"].value("name", "");
      s.evidence = synthetic_evidence(s.file);
      f.identity.sightings.push_back(s);
    }
  }
  if (t.contains("degree") && t["degree"].is_object()) {
    const json& d = t["degree"];
    DegreeFacts deg;
    deg.level = opt<std::string>(d, "level");
    deg.years = opt<int>(d, "years");
    deg.title = opt<std::string>(d, "title");
    deg.field = opt<std::string>(d, "field");
    deg.institution = opt<std::string>(d, "institution");
    deg.country = opt<std::string>(d, "country");
    deg.conferred = opt<std::string>(d, "conferred");
    deg.clinical_training = opt<bool>(d, "clinical_training");
    for (const auto& a : d.value("clinical_training_areas", json::array())) deg.clinical_training_areas.push_back(a);
    deg.confidence = 1.0;
    deg.evidence.push_back(synthetic_evidence("truth"));
    f.degree = deg;
  }
  if (t.contains("coursework") && t["coursework"].is_object()) {
    const json& c = t["coursework"];
    CourseworkFacts cw;
    cw.credit_system = opt<std::string>(c, "credit_system");
    for (const auto& course : c["courses"]) {
      Course k;
      // A design may print no course code (a diploma supplement): null in the truth.
      k.code = opt<std::string>(course, "code").value_or("");
      k.title = opt<std::string>(course, "title").value_or("");
      k.term = opt<std::string>(course, "term").value_or("");
      k.credits = opt<double>(course, "credits");
      k.semester_hours = opt<double>(course, "semester_hours");
      k.grade = course["grade"].is_string() ? course["grade"].get<std::string>() : course["grade"].dump();
      k.category = opt<std::string>(course, "category").value_or("other");
      k.confidence = 1.0;
      k.evidence.push_back(synthetic_evidence("truth"));
      cw.courses.push_back(k);
    }
    // The pass mark the transcript prints ("Pass mark 55"), where the truth records it: the
    // validators judge numeric marks with it, as they do with the one read from the document.
    if (c.contains("pass_mark") && c["pass_mark"].is_number())
      cw.pass_marks.push_back({c["pass_mark"].get<double>(), synthetic_evidence("truth")});
    for (const auto& [k, v] : c["totals_semester_hours"].items())
      if (v.is_number()) cw.totals_semester_hours[k] = v.get<double>();
    f.coursework = cw;
  }
  for (const auto& j : t.value("experience", json::array())) {
    Job job;
    job.file = j.value("file", "");
    job.employer = opt<std::string>(j, "employer");
    job.position = opt<std::string>(j, "position");
    job.start = opt<std::string>(j, "start");
    job.end = opt<std::string>(j, "end");
    job.to_present = j["end"].is_null();
    job.full_time_stated = j.value("full_time_stated", false);
    if (j.contains("hours_stated") && j["hours_stated"].is_number()) job.hours_per_week = j["hours_stated"].get<double>();
    for (const auto& d : j.value("departments", json::array())) job.departments.push_back(d);
    job.confidence = 1.0;
    job.evidence.push_back(synthetic_evidence(job.file));
    f.experience.push_back(job);
  }
  return f;
}

}  // namespace cc::test
