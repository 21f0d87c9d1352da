#include "pipeline/run/program_length.h"

#include <algorithm>

#include "extractors/degree.h"

namespace cc {

namespace {

// Evidence of the first and the last course of the terms counted.
std::vector<Evidence> terms_evidence(const std::vector<Course>& courses) {
  std::vector<Evidence> out;
  const auto with_term = [](const Course& c) { return !c.term.empty() && !c.evidence.empty(); };
  const auto first = std::find_if(courses.begin(), courses.end(), with_term);
  const auto last = std::find_if(courses.rbegin(), courses.rend(), with_term);
  if (first != courses.end()) out.push_back(first->evidence.front());
  if (last != courses.rend() && &*last != &*first) out.push_back(last->evidence.front());
  return out;
}

}  // namespace

void complete_program_length(CandidateFacts& facts) {
  if (!facts.degree || facts.degree->years || !facts.coursework) return;
  std::vector<std::string> terms;
  for (const Course& c : facts.coursework->courses)
    if (!c.term.empty()) terms.push_back(c.term);
  const int years = years_from_course_terms(terms);
  if (years <= 0 || years > 8) return;
  const std::vector<Evidence> evidence = terms_evidence(facts.coursework->courses);
  // (As sure as a count of term labels on the text, 0.88, and no surer than the degree read.)
  const auto fill = [&](DegreeFacts& d) {
    d.years = years;
    d.confidence = std::min(d.confidence, 0.88);
    d.evidence.insert(d.evidence.end(), evidence.begin(), evidence.end());
  };
  for (DegreeFacts& d : facts.degrees)
    if (!d.years && d.title == facts.degree->title && d.level == facts.degree->level) fill(d);
  fill(*facts.degree);
}

}  // namespace cc
