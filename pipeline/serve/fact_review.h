// The facts of a dossier as a reviewer goes through them, one line each (the candidate's name,
// the degree's fields, each course's credits, each job's dates and hours), and what a reviewer's
// word does to them: "confirm" raises the fact to full confidence, "correct" sets the typed value
// (full confidence), "absent" (not in the documents) removes it. The changed CandidateFacts go to
// the same validators as the machine's (validators/evaluate.h): there is no second judge.
#pragma once

#include <string>
#include <vector>

#include "core/facts.h"
#include "pipeline/serve/review_store.h"

namespace cc {

struct ReviewFact {
  std::string id;       // "degree.field", "course.3.credits", "job.0.start", "candidate.name"
  std::string section;  // Candidate | Degree | Coursework | Experience
  std::string label;    // "Clinical Chemistry 1 (MT 101): credits"
  std::string value;    // as shown; empty when not found
  double confidence = 0;
  std::vector<Evidence> evidence;
};

std::vector<ReviewFact> review_facts(const CandidateFacts& facts);

// Empty when `value` is acceptable for the fact, else a sentence saying what is expected.
std::string check_fact_value(const std::string& fact_id, const std::string& value);

// The latest override of each fact, applied in order. Overrides naming a fact that does not
// exist (a course index beyond the list) are skipped.
CandidateFacts apply_overrides(CandidateFacts facts, const std::vector<FactOverride>& overrides);

// A course the machine missed, added by a reviewer: fact id "course.added.K", action "add", its
// value the JSON {"title", "code", "credits"}. Added courses are appended after the machine's
// (whose indices stay as they were); the validators categorise them by title like any other.
struct AddedCourse {
  std::string title, code;
  double credits = 0;
};
std::string added_course_value(const AddedCourse& course);
std::optional<AddedCourse> added_course_from(const std::string& value);
bool is_added_course(const std::string& fact_id);

// A job the machine missed (a letter it could not read, a second employer on one letter), added by
// a reviewer: fact id "job.added.K", action "add", its value the JSON {"employer", "position",
// "start", "end", "hours_per_week", "full_time", "departments"}. An empty end means "to present";
// hours may be absent when the letter says full-time without hours. Added jobs are appended after
// the machine's and judged by the validators like any other (months, hours, departments).
struct AddedJob {
  std::string employer, position, start, end;  // dates YYYY-MM-DD; end empty = to present
  std::optional<double> hours_per_week;
  bool full_time = false;
  std::vector<std::string> departments;  // the contract's set: chemistry | hematology | ...
};
std::string added_job_value(const AddedJob& job);
std::optional<AddedJob> added_job_from(const std::string& value);
bool is_added_job(const std::string& fact_id);
// Empty when the job can be added, else a sentence saying what is wrong.
std::string check_added_job(const AddedJob& job);
// A course or a job a reviewer added (not a reading of the machine's).
bool is_added_fact(const std::string& fact_id);

// The latest override per fact id (the one in force).
std::vector<FactOverride> latest_overrides(const std::vector<FactOverride>& overrides);

}  // namespace cc
