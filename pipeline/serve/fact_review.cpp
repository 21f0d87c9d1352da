#include "pipeline/serve/fact_review.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "pipeline/dossier/html_text.h"

namespace cc {
namespace {

std::string shown(const std::optional<std::string>& v) { return v.value_or(""); }
std::string shown(const std::optional<double>& v) { return v ? format_number(*v) : ""; }
std::string shown(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

std::optional<double> number_of(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return std::nullopt;
  return v;
}

bool is_iso_date(const std::string& s) { return std::regex_match(s, std::regex(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))")); }

// "course.3.credits" -> {"course", 3, "credits"}; "degree.field" -> {"degree", -1, "field"}.
struct FactRef {
  std::string kind;
  int index = -1;
  std::string field;
};

std::optional<FactRef> parse_ref(const std::string& id) {
  static const std::regex indexed(R"((course|job)\.(\d{1,4})\.([a-z_]+))");
  static const std::regex plain(R"((candidate|degree)\.([a-z_]+))");
  std::smatch m;
  if (std::regex_match(id, m, indexed)) return FactRef{m[1], std::stoi(m[2]), m[3]};
  if (std::regex_match(id, m, plain)) return FactRef{m[1], -1, m[2]};
  return std::nullopt;
}

const std::set<std::string> kDegreeFields = {"level", "field", "years", "title", "institution", "country", "conferred"};
const std::set<std::string> kJobFields = {"start", "end", "hours_per_week"};

void set_degree_field(DegreeFacts& d, const std::string& field, const std::optional<std::string>& value) {
  if (field == "level") d.level = value;
  else if (field == "field") d.field = value;
  else if (field == "title") d.title = value;
  else if (field == "institution") d.institution = value;
  else if (field == "country") d.country = value;
  else if (field == "conferred") d.conferred = value;
  else if (field == "years") d.years = value ? std::optional<int>(std::atoi(value->c_str())) : std::nullopt;
}

// The degree and its copy among `degrees` (the validators read both) change together.
void change_degree(CandidateFacts& facts, const std::string& field, const std::optional<std::string>& value, bool confirm_only) {
  if (!facts.degree) return;
  const DegreeFacts before = *facts.degree;
  auto change = [&](DegreeFacts& d) {
    if (!confirm_only) set_degree_field(d, field, value);
    d.confidence = 1.0;
  };
  for (auto& d : facts.degrees)
    if (d.title == before.title && d.level == before.level && d.conferred == before.conferred) change(d);
  change(*facts.degree);
}

void apply_one(CandidateFacts& facts, const FactOverride& o, std::set<int>& removed_courses, std::set<int>& removed_jobs) {
  auto ref = parse_ref(o.fact);
  if (!ref) return;
  const bool confirm = o.action == "confirm";
  const bool absent = o.action == "absent";
  const std::optional<std::string> value = absent ? std::nullopt : std::optional<std::string>(o.value);
  if (ref->kind == "candidate" && ref->field == "name") {
    if (!confirm) facts.identity.name = value;
    return;
  }
  if (ref->kind == "degree" && kDegreeFields.count(ref->field)) {
    change_degree(facts, ref->field, value, confirm);
    return;
  }
  if (ref->kind == "course" && facts.coursework && ref->index < static_cast<int>(facts.coursework->courses.size())) {
    Course& c = facts.coursework->courses[static_cast<size_t>(ref->index)];
    if (absent) {
      removed_courses.insert(ref->index);
      return;
    }
    if (!confirm && ref->field == "credits") {
      c.credits = number_of(o.value);
      c.semester_hours.reset();  // the validators convert the corrected credits themselves
    }
    c.confidence = 1.0;
    return;
  }
  if (ref->kind == "job" && ref->index < static_cast<int>(facts.experience.size()) && kJobFields.count(ref->field)) {
    Job& j = facts.experience[static_cast<size_t>(ref->index)];
    if (!confirm) {
      if (ref->field == "start") j.start = value;
      if (ref->field == "end") {
        j.end = value;
        j.to_present = false;
      }
      if (ref->field == "hours_per_week") {
        j.hours_per_week = value ? number_of(*value) : std::nullopt;
        j.full_time_stated = false;
      }
    }
    if (absent && ref->field == "start") removed_jobs.insert(ref->index);
    j.confidence = 1.0;
  }
}

template <class T>
void erase_indices(std::vector<T>& list, const std::set<int>& indices) {
  for (auto it = indices.rbegin(); it != indices.rend(); ++it)
    if (*it < static_cast<int>(list.size())) list.erase(list.begin() + *it);
}

}  // namespace

std::string added_course_value(const AddedCourse& course) {
  return nlohmann::json{{"title", course.title}, {"code", course.code}, {"credits", course.credits}}.dump();
}

std::optional<AddedCourse> added_course_from(const std::string& value) {
  const auto j = nlohmann::json::parse(value, nullptr, false);
  if (!j.is_object() || !j.contains("title") || !j["title"].is_string() || !j.contains("credits") || !j["credits"].is_number())
    return std::nullopt;
  return AddedCourse{j["title"].get<std::string>(), j.value("code", ""), j["credits"].get<double>()};
}

bool is_added_course(const std::string& fact_id) { return std::regex_match(fact_id, std::regex(R"(course\.added\.\d{1,4})")); }

const std::set<std::string> kDepartments = {"chemistry", "hematology", "microbiology", "blood_bank", "immunology",
                                            "urinalysis", "molecular", "phlebotomy", "other"};

std::string added_job_value(const AddedJob& job) {
  nlohmann::json j{{"employer", job.employer}, {"position", job.position}, {"start", job.start},
                   {"end", job.end.empty() ? nlohmann::json(nullptr) : nlohmann::json(job.end)},
                   {"hours_per_week", job.hours_per_week ? nlohmann::json(*job.hours_per_week) : nlohmann::json(nullptr)},
                   {"full_time", job.full_time}, {"departments", job.departments}};
  return j.dump();
}

std::optional<AddedJob> added_job_from(const std::string& value) {
  const auto j = nlohmann::json::parse(value, nullptr, false);
  if (!j.is_object() || !j.contains("start") || !j["start"].is_string()) return std::nullopt;
  AddedJob job;
  auto text = [&](const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string(); };
  job.employer = text("employer");
  job.position = text("position");
  job.start = text("start");
  job.end = text("end");
  if (j.contains("hours_per_week") && j["hours_per_week"].is_number()) job.hours_per_week = j["hours_per_week"].get<double>();
  job.full_time = j.value("full_time", false);
  if (j.contains("departments") && j["departments"].is_array())
    for (const auto& d : j["departments"])
      if (d.is_string()) job.departments.push_back(d.get<std::string>());
  return job;
}

bool is_added_job(const std::string& fact_id) { return std::regex_match(fact_id, std::regex(R"(job\.added\.\d{1,4})")); }

bool is_added_fact(const std::string& fact_id) { return is_added_course(fact_id) || is_added_job(fact_id); }

std::string check_added_job(const AddedJob& job) {
  if (job.employer.empty() || job.employer.size() > 200) return "a job needs its employer (at most 200 characters)";
  if (job.position.size() > 200) return "a position of at most 200 characters";
  if (!is_iso_date(job.start)) return "start: a date as YYYY-MM-DD";
  if (!job.end.empty() && !is_iso_date(job.end)) return "end: a date as YYYY-MM-DD, or empty for \"to present\"";
  if (!job.end.empty() && job.end < job.start) return "the end comes before the start";
  if (job.hours_per_week && !(*job.hours_per_week > 0 && *job.hours_per_week <= 168)) return "hours per week: a number from 1 to 168";
  if (!job.hours_per_week && !job.full_time) return "give the hours per week, or say the letter states full-time";
  for (const auto& d : job.departments)
    if (!kDepartments.count(d))
      return "departments: any of chemistry, hematology, microbiology, blood_bank, immunology, urinalysis, molecular, phlebotomy, other";
  return {};
}

std::vector<ReviewFact> review_facts(const CandidateFacts& f) {
  std::vector<ReviewFact> out;
  std::vector<Evidence> name_evidence;
  for (const auto& s : f.identity.sightings) name_evidence.push_back(s.evidence);
  out.push_back({"candidate.name", "Candidate", "Name", shown(f.identity.name), name_evidence.empty() ? 0 : 1.0, name_evidence});
  if (f.degree) {
    const DegreeFacts& d = *f.degree;
    const std::pair<const char*, std::string> fields[] = {{"level", shown(d.level)},     {"field", shown(d.field)},
                                                          {"years", shown(d.years)},     {"title", shown(d.title)},
                                                          {"institution", shown(d.institution)}, {"country", shown(d.country)},
                                                          {"conferred", shown(d.conferred)}};
    for (const auto& [field, value] : fields)
      out.push_back({std::string("degree.") + field, "Degree", field, value, d.confidence, d.evidence});
  }
  if (f.coursework)
    for (size_t i = 0; i < f.coursework->courses.size(); ++i) {
      const Course& c = f.coursework->courses[i];
      std::string label = c.title + (c.code.empty() ? "" : " (" + c.code + ")") + " — " + c.category;
      out.push_back({"course." + std::to_string(i) + ".credits", "Coursework", label, shown(c.credits), c.confidence, c.evidence});
    }
  for (size_t i = 0; i < f.experience.size(); ++i) {
    const Job& j = f.experience[i];
    const std::string who = j.employer.value_or("job " + std::to_string(i + 1));
    const std::string hours = j.hours_per_week ? format_number(*j.hours_per_week) : (j.full_time_stated ? "full-time" : "");
    out.push_back({"job." + std::to_string(i) + ".start", "Experience", who + ": start", shown(j.start), j.confidence, j.evidence});
    out.push_back({"job." + std::to_string(i) + ".end", "Experience", who + ": end", j.to_present ? "to present" : shown(j.end),
                   j.confidence, j.evidence});
    out.push_back({"job." + std::to_string(i) + ".hours_per_week", "Experience", who + ": hours per week", hours, j.confidence, j.evidence});
  }
  return out;
}

std::string check_fact_value(const std::string& fact_id, const std::string& value) {
  auto ref = parse_ref(fact_id);
  if (!ref) return "unknown fact";
  if (value.empty()) return "type the value (or choose \"not in the documents\")";
  if (value.size() > 300) return "at most 300 characters";
  const std::string& f = ref->field;
  if (f == "credits" || f == "hours_per_week" || f == "years") {
    auto n = number_of(value);
    if (!n || *n < 0 || *n > 1000) return "a number from 0 to 1000";
    return {};
  }
  if (f == "start" || f == "end" || f == "conferred") return is_iso_date(value) ? "" : "a date as YYYY-MM-DD";
  if (f == "level") {
    static const std::set<std::string> levels = {"bachelor", "master", "doctorate", "associate", "diploma"};
    return levels.count(value) ? "" : "one of bachelor, master, doctorate, associate, diploma";
  }
  if (f == "field") {
    static const std::set<std::string> fields = {"medical_technology", "medical_laboratory_science", "biology", "chemistry",
                                                 "nursing", "pharmacy", "other"};
    return fields.count(value) ? "" : "one of medical_technology, medical_laboratory_science, biology, chemistry, nursing, pharmacy, other";
  }
  if (f == "country") return std::regex_match(value, std::regex("[A-Z]{2}")) ? "" : "an ISO 3166 code of two capital letters";
  return {};
}

std::vector<FactOverride> latest_overrides(const std::vector<FactOverride>& overrides) {
  std::map<std::string, size_t> last;
  for (size_t i = 0; i < overrides.size(); ++i) last[overrides[i].fact] = i;
  std::vector<size_t> order;
  for (const auto& [fact, i] : last) order.push_back(i);
  std::sort(order.begin(), order.end());
  std::vector<FactOverride> out;
  for (size_t i : order) out.push_back(overrides[i]);
  return out;
}

CandidateFacts apply_overrides(CandidateFacts facts, const std::vector<FactOverride>& overrides) {
  std::set<int> removed_courses, removed_jobs;
  for (const auto& o : latest_overrides(overrides)) apply_one(facts, o, removed_courses, removed_jobs);
  if (facts.coursework) erase_indices(facts.coursework->courses, removed_courses);
  for (const auto& o : latest_overrides(overrides)) {
    if (!is_added_course(o.fact) || o.action != "add") continue;
    auto added = added_course_from(o.value);
    if (!added) continue;
    if (!facts.coursework) facts.coursework = CourseworkFacts{};
    Course c;
    c.title = added->title;
    c.code = added->code;
    c.credits = added->credits;
    c.confidence = 1.0;
    facts.coursework->courses.push_back(std::move(c));
  }
  erase_indices(facts.experience, removed_jobs);
  for (const auto& o : latest_overrides(overrides)) {
    if (!is_added_job(o.fact) || o.action != "add") continue;
    auto added = added_job_from(o.value);
    if (!added) continue;
    Job j;
    j.employer = added->employer;
    if (!added->position.empty()) j.position = added->position;
    j.start = added->start;
    if (added->end.empty()) j.to_present = true;
    else j.end = added->end;
    j.hours_per_week = added->hours_per_week;
    j.full_time_stated = added->full_time;
    j.departments = added->departments;
    j.confidence = 1.0;
    facts.experience.push_back(std::move(j));
  }
  return facts;
}

}  // namespace cc
