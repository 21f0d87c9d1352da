// Builders for validator tests (header only): the shipped default ruleset, and candidates assembled from a few
// readable lines (a degree, courses, jobs) with good confidence unless a test says otherwise.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/facts.h"
#include "validators/evaluate.h"
#include "validators/rules_loader.h"

namespace cc::vtest {

// The ruleset in `dir`; a test failure (and an empty ruleset) when it does not load.
inline Ruleset load_rules_or_fail(const std::string& dir) {
  auto loaded = load_ruleset(dir);
  if (!loaded) ADD_FAILURE() << loaded.error().message;
  return loaded ? *loaded : Ruleset{};
}

inline const Ruleset& default_rules() {
  static const Ruleset rules = load_rules_or_fail(CREDCHECK_RULES_DIR);
  return rules;
}

constexpr const char* kAsOf = "2026-11-01";

inline Evidence evidence(const std::string& file, const std::string& text, double confidence = 0.97) {
  return Evidence{file, 1, Box{10, 20, 200, 32}, text, confidence};
}

inline const std::vector<std::string>& core_areas() {
  static const std::vector<std::string> kCore{"blood_bank", "chemistry", "hematology", "microbiology"};
  return kCore;
}

inline DegreeFacts degree(const std::string& level, const std::string& title, const std::string& conferred,
                          std::optional<int> years = 4, double confidence = 0.95) {
  DegreeFacts d;
  d.level = level;
  d.years = years;
  d.title = title;
  d.institution = "University of Santo Tomas";
  d.country = "PH";
  d.conferred = conferred;
  d.confidence = confidence;
  d.evidence = {evidence("diploma.pdf", title, confidence)};
  return d;
}

// A 4-year BS Medical Technology with an internship in the four core areas.
inline DegreeFacts bs_medtech(const std::string& conferred, double confidence = 0.95) {
  DegreeFacts d = degree("bachelor", "Bachelor of Science in Medical Technology", conferred, 4, confidence);
  d.clinical_training = true;
  d.clinical_training_areas = core_areas();
  return d;
}

inline Job job(const std::string& start, std::optional<std::string> end, std::optional<double> hours,
               std::vector<std::string> departments = core_areas(), double confidence = 0.95,
               const std::string& file = "letter.pdf") {
  Job j;
  j.file = file;
  j.employer = "St. Luke's Medical Center";
  j.position = "Medical Technologist";
  j.start = start;
  j.end = end;
  j.to_present = !end.has_value();
  j.hours_per_week = hours;
  j.departments = std::move(departments);
  j.confidence = confidence;
  j.evidence = {evidence(file, "employed as Medical Technologist", confidence)};
  return j;
}

inline Course course(const std::string& title, double credits, double confidence = 0.95) {
  Course c;
  c.code = "C";
  c.title = title;
  c.credits = credits;
  c.grade = "B";  // every transcript prints a grade; a row read without one is read in part
  c.confidence = confidence;
  c.evidence = {evidence("tor.pdf", title, confidence)};
  return c;
}

// A candidate who sent a diploma, a transcript and one letter per job.
inline CandidateFacts candidate(std::optional<DegreeFacts> d, std::vector<Job> jobs = {}, std::vector<Course> courses = {},
                                const std::string& credit_system = "semester") {
  CandidateFacts f;
  f.candidate_id = "test-0001";
  f.degree = std::move(d);
  f.documents.diplomas = f.degree ? 1 : 0;
  f.documents.transcripts = 1;
  f.documents.employment_letters = static_cast<int>(jobs.size());
  f.experience = std::move(jobs);
  CourseworkFacts cw;
  cw.credit_system = credit_system;
  cw.courses = std::move(courses);
  if (cw.courses.empty()) cw.courses.push_back(course("Clinical Practicum", 6));
  f.coursework = cw;
  return f;
}

inline const Evaluation& evaluation_of(const ValidationResult& r, const std::string& board, const std::string& credential) {
  for (const auto& e : r.evaluations)
    if (e.board == board && e.credential == credential) return e;
  static const Evaluation kNone;
  ADD_FAILURE() << "no evaluation " << board << " " << credential;
  return kNone;
}

inline const RouteResult& route_of(const Evaluation& e, const std::string& id) {
  for (const auto& r : e.routes)
    if (r.id == id) return r;
  static const RouteResult kNone;
  ADD_FAILURE() << "no route " << id << " in " << e.board << " " << e.credential;
  return kNone;
}

inline const RouteResult& route_of(const ValidationResult& r, const std::string& board, const std::string& credential,
                                   const std::string& route) {
  return route_of(evaluation_of(r, board, credential), route);
}

inline const CheckResult& check_of(const RouteResult& route, const std::string& id) {
  for (const auto& c : route.criteria)
    if (c.id == id) return c;
  static const CheckResult kNone;
  ADD_FAILURE() << "no check " << id << " in route " << route.id;
  return kNone;
}

inline bool has_flag(const ValidationResult& r, const std::string& code) {
  for (const auto& f : r.flags)
    if (f.code == code) return true;
  return false;
}

inline std::string flag_codes_of(const ValidationResult& r) {
  std::string out;
  for (const auto& f : r.flags) out += f.code + " ";
  return out;
}

// Day `n` days after (or before, when negative) an ISO date.
inline std::string shifted(const std::string& iso, int days) {
  return to_iso(date_from_day_number(day_number(*parse_iso_date(iso)) + days));
}

// Days needed for `months` FTE months at full time, rounded up.
inline int days_for(double months) { return static_cast<int>(std::ceil(months * 30.4375)); }

// A job of exactly `days` days (end inclusive) ending on the as-of date.
inline Job job_of_days(int days, double hours, std::vector<std::string> departments = core_areas()) {
  return job(shifted(kAsOf, -(days - 1)), std::string(kAsOf), hours, std::move(departments));
}

}  // namespace cc::vtest
