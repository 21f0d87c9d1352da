#include "validators/experience_facts.h"

#include <algorithm>
#include <limits>

#include "validators/text_util.h"

namespace cc {
namespace {

// Stands for "no lower end" in all-time windows (about year -5.8 million; safe from overflow).
constexpr int kEarliestDay = std::numeric_limits<int>::min() / 2;

std::optional<int> day_of(const std::optional<std::string>& iso) {
  if (!iso) return std::nullopt;
  const auto date = parse_iso_date(*iso);
  if (!date) return std::nullopt;
  return day_number(*date);
}

bool overlaps(const WorkSpan& span, DayRange window) {
  return span.first_day <= window.last && window.first <= span.last_day;
}

// What is missing from a job that was read with good confidence.
std::string missing_parts(const JobReading& r) {
  std::string parts;
  const auto add = [&](const std::string& p) { parts += (parts.empty() ? "" : ", ") + p; };
  if (!r.first_day) add("start date");
  if (!r.last_day) add("end date");
  if (!r.fte) add("hours per week");
  if (r.first_day && r.last_day && *r.last_day < *r.first_day) add("an end date after the start date");
  if (r.future) add("dates on or before the as-of date (the period lies in the future)");
  return parts;
}

Doubt job_doubt(const JobReading& r, double threshold) {
  Doubt d;
  d.fact = "job";
  d.evidence = r.job->evidence;
  if (!r.confident) {
    d.kind = Doubt::Kind::low_confidence;
    d.detail = "the job at " + r.label() + " was read with confidence " + plain_number(r.job->confidence) + " (below " +
               plain_number(threshold) + ")";
    if (const std::string parts = missing_parts(r); !parts.empty()) d.detail += "; the letter as read does not give " + parts;
  } else {
    d.kind = Doubt::Kind::missing;
    d.detail = "the letter for the job at " + r.label() + " does not give " + missing_parts(r);
  }
  return d;
}

}  // namespace

std::string JobReading::label() const {
  const std::string name = job->employer.value_or("an employer");
  return job->file.empty() ? name : name + " (" + job->file + ")";
}

JobReading read_job(const Job& job, double full_time_hours, CivilDate as_of, double threshold) {
  JobReading r;
  r.job = &job;
  r.confident = job.confidence >= threshold;
  r.first_day = day_of(job.start);
  r.last_day = job.to_present ? std::optional<int>(day_number(as_of)) : day_of(job.end);
  const int today = day_number(as_of);
  r.future = (r.first_day && *r.first_day > today) || (r.last_day && *r.last_day > today);
  if (job.hours_per_week) r.fte = fte_of(*job.hours_per_week, full_time_hours);
  else if (job.full_time_stated) r.fte = 1.0;
  return r;
}

std::vector<std::pair<const Job*, WorkSpan>> readable_spans(const CandidateFacts& facts, double full_time_hours,
                                                            CivilDate as_of) {
  std::vector<std::pair<const Job*, WorkSpan>> out;
  for (const auto& job : facts.experience) {
    const JobReading r = read_job(job, full_time_hours, as_of, 0);
    if (r.complete()) out.emplace_back(&job, WorkSpan{*r.first_day, *r.last_day, *r.fte});
  }
  return out;
}

bool experience_documented(const CandidateFacts& facts) {
  return facts.documents.employment_letters > 0 || !facts.experience.empty();
}

namespace {

// Employment letters from which no job was read: by file when the page classification says which
// files hold letters, else by count.
int letters_without_jobs(const CandidateFacts& facts) {
  std::set<std::string> job_files;
  int unnamed = 0;
  for (const auto& job : facts.experience) {
    if (job.file.empty()) ++unnamed;
    else job_files.insert(job.file);
  }
  int letter_files = 0, unread = 0;
  for (const auto& [file, segments] : facts.documents.segments) {
    const bool letter = std::any_of(segments.begin(), segments.end(),
                                    [](const Segment& s) { return s.type == "employment_letter"; });
    if (!letter) continue;
    ++letter_files;
    if (!job_files.count(file)) ++unread;
  }
  if (letter_files > 0) return std::max(0, unread - unnamed);
  const int accounted = static_cast<int>(job_files.size()) + unnamed;
  return std::max(0, facts.documents.employment_letters - accounted);
}

void add_unbounded_doubts(const CandidateFacts& facts, ExperienceBounds& out, bool& unbounded) {
  std::string detail;
  if (!experience_documented(facts)) detail = "no employment letter among the documents";
  else if (const int n = letters_without_jobs(facts); n > 0)
    detail = std::to_string(n) + " employment letter(s) from which no job could be read";
  if (detail.empty()) return;
  unbounded = true;
  out.any_area_possible = true;
  const Doubt d{Doubt::Kind::missing, kExperienceLettersFact, detail, {}};
  out.month_doubts.push_back(d);
  out.area_doubts.push_back(d);
}

// Areas a bench the letter names may also be (Job::departments_possible: parasitology alone may be
// microbiology's bench): possible, never certain, with a doubt for the reviewer.
void add_possible_areas(const Job& job, const JobReading& r, ExperienceBounds& out) {
  if (job.departments_possible.empty()) return;
  out.possible_areas.insert(job.departments_possible.begin(), job.departments_possible.end());
  out.area_doubts.push_back({Doubt::Kind::missing, "job.departments",
                             "the letter for the job at " + r.label() + " names a bench that may be " +
                                 join(job.departments_possible) + " (parasitology without microbiology)",
                             job.evidence});
}

}  // namespace

ExperienceBounds experience_bounds(const CandidateFacts& facts, const Ruleset& rules, double full_time_hours,
                                   std::optional<int> within_years, CivilDate as_of) {
  const Definitions& defs = rules.definitions;
  const double threshold = defs.confidence_threshold;
  ExperienceBounds out;
  out.window = within_years ? window_ending(as_of, *within_years) : DayRange{kEarliestDay, day_number(as_of)};
  bool unbounded = false;
  std::vector<WorkSpan> certain, possible;
  for (const auto& job : facts.experience) {
    const JobReading r = read_job(job, full_time_hours, as_of, threshold);
    if (r.confident && r.complete()) {
      const WorkSpan span{*r.first_day, *r.last_day, *r.fte};
      certain.push_back(span);
      possible.push_back(span);
      if (!overlaps(span, out.window)) continue;
      out.evidence.insert(out.evidence.end(), job.evidence.begin(), job.evidence.end());
      if (job.departments.empty()) {
        out.any_area_possible = true;
        out.area_doubts.push_back({Doubt::Kind::missing, "job.departments",
                                   "the letter for the job at " + r.label() + " names no lab areas", job.evidence});
      }
      out.certain_areas.insert(job.departments.begin(), job.departments.end());
      out.possible_areas.insert(job.departments.begin(), job.departments.end());
      add_possible_areas(job, r, out);
      continue;
    }
    // Read in the candidate's favour: unknown or doubtful start = the window's start, end = as-of,
    // hours = full time, areas = any.
    const bool start_usable = r.confident && r.first_day;
    const bool dates_usable = start_usable && r.last_day && *r.last_day >= *r.first_day && !r.future;
    if (!start_usable && !within_years) unbounded = true;
    const WorkSpan span{start_usable ? *r.first_day : out.window.first,
                        dates_usable ? *r.last_day : day_number(as_of), r.confident && r.fte ? *r.fte : 1.0};
    possible.push_back(span);
    if (!overlaps(span, out.window)) continue;
    const Doubt doubt = job_doubt(r, threshold);
    out.month_doubts.push_back(doubt);
    if (!r.confident || job.departments.empty()) {
      out.any_area_possible = true;
      out.area_doubts.push_back(doubt);
    }
    out.possible_areas.insert(job.departments.begin(), job.departments.end());
    add_possible_areas(job, r, out);
    // A job read with good confidence that starts inside the window was worked inside it, whatever
    // its end or hours: the lab areas it names are covered for certain (its months are not).
    const bool ends_before_start = r.first_day && r.last_day && *r.last_day < *r.first_day;
    const bool started_inside = start_usable && *r.first_day >= out.window.first && !r.future && !ends_before_start;
    if (started_inside && !job.departments.empty()) {
      out.certain_areas.insert(job.departments.begin(), job.departments.end());
      out.evidence.insert(out.evidence.end(), job.evidence.begin(), job.evidence.end());
    }
  }
  add_unbounded_doubts(facts, out, unbounded);
  out.certain_months = fte_months(certain, out.window, defs.fte_month_days);
  out.possible_months = unbounded ? std::numeric_limits<double>::infinity()
                                  : fte_months(possible, out.window, defs.fte_month_days);
  return out;
}

ExperienceSummary experience_summary(const CandidateFacts& facts, CivilDate as_of, double month_days) {
  std::vector<WorkSpan> spans;
  for (const auto& [job, span] : readable_spans(facts, kSummaryFullTimeHours, as_of)) {
    (void)job;
    spans.push_back(span);
  }
  ExperienceSummary out;
  out.fte_months_total = fte_months(spans, DayRange{kEarliestDay, day_number(as_of)}, month_days);
  out.fte_months_within_5y = fte_months(spans, window_ending(as_of, kSummaryWindowYears), month_days);
  return out;
}

}  // namespace cc
