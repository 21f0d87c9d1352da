#include "extractors/coursework/coursework.h"

#include <cmath>
#include <map>

#include "extractors/coursework/coursework_categories.h"
#include "extractors/coursework/coursework_courses.h"
#include "extractors/coursework/coursework_rows.h"
#include "extractors/coursework/coursework_terms.h"
#include "core/text.h"

namespace cc {
namespace {

// The end of the last term, when its heading tells it; a later end of an earlier heading (terms
// printed out of order) wins. Nullopt when the last term cannot be dated.
std::optional<std::string> completion_of(const std::vector<std::string>& course_terms) {
  if (course_terms.empty()) return std::nullopt;
  auto last = term_end_date(course_terms.back());
  if (!last) return std::nullopt;
  for (const auto& t : course_terms)
    if (auto d = term_end_date(t); d && *d > *last) last = d;
  return last;
}

}  // namespace

std::optional<CourseworkFacts> extract_coursework(const std::vector<SegmentView>& transcripts,
                                                  const CourseworkOptions& options) {
  const CourseCategorizer categorizer(options.patterns);
  CourseworkFacts facts;
  std::map<std::string, size_t> courses_per_system;
  std::vector<double> exact_hours;
  for (const auto& segment : transcripts) {
    const TranscriptRows rows = read_transcript_rows(segment);
    if (rows.rows.empty()) continue;
    SegmentCourses found = courses_of(rows, categorizer, options.country_hint);
    courses_per_system[found.credit_system] += found.courses.size();
    for (auto& c : found.courses) facts.courses.push_back(std::move(c));
    exact_hours.insert(exact_hours.end(), found.exact_hours.begin(), found.exact_hours.end());
  }
  if (facts.courses.empty()) return std::nullopt;

  size_t most = 0;
  for (const auto& [system, n] : courses_per_system) {
    if (n > most) {
      facts.credit_system = system;
      most = n;
    }
  }
  if (facts.credit_system != "marks") {
    for (const auto& category : categorizer.categories()) facts.totals_semester_hours[category] = 0;
    // Summed before rounding, so three 5-credit quarter courses make 10 SH, not 9.99.
    for (size_t i = 0; i < facts.courses.size(); ++i)
      facts.totals_semester_hours[facts.courses[i].category] += exact_hours[i];
    for (auto& [category, total] : facts.totals_semester_hours) total = round_to(total, 2);
  }
  std::vector<std::string> terms;
  for (const auto& c : facts.courses) terms.push_back(c.term);
  facts.completed = completion_of(terms);
  return facts;
}

}  // namespace cc
