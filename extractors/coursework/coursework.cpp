#include "extractors/coursework/coursework.h"

#include <cmath>
#include <map>

#include "extractors/coursework/coursework_categories.h"
#include "extractors/coursework/coursework_courses.h"
#include "extractors/coursework/coursework_rows.h"
#include "extractors/coursework/coursework_terms.h"
#include "extractors/coursework/reconcile.h"
#include "extractors/coursework/repeated_tables.h"
#include "core/text.h"
#include "extractors/coursework/coursework_fields.h"

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

std::vector<std::string> texts_of(const std::vector<const Word*>& words) {
  std::vector<std::string> out;
  for (const Word* w : words) out.push_back(w->text);
  return out;
}

// The segment's printed totals against its rows (`courses` are the facts read from `rows.rows`,
// one for one).
TableReconciliation reconcile_segment(const SegmentView& segment, const TranscriptRows& rows,
                                      const std::vector<Course>& courses, const std::vector<std::string>& failing_grades) {
  std::vector<RowFigures> figures;
  for (size_t i = 0; i < rows.rows.size() && i < courses.size(); ++i) {
    const RawCourseRow& r = rows.rows[i];
    RowFigures f;
    // Credits the transcript does not print (derived from hours a week) are none of its weights:
    // its averages are checked as they were without them.
    if (!rows.credits_from_weekly_hours) f.credits = courses[i].credits;
    f.grade = courses[i].grade;
    f.points = read_number(r.points);
    f.term = courses[i].term;
    f.order = r.order;
    f.page_index = static_cast<int>(r.order.front());
    f.y = r.order.back();
    figures.push_back(std::move(f));
  }
  std::vector<TotalsLine> lines;
  for (const auto& s : rows.summaries) {
    TotalsLine line;
    line.statements = read_printed_totals(texts_of(s.words), s.roles);
    if (line.statements.empty()) continue;
    line.term = s.term;
    line.order = s.order;
    line.page_index = static_cast<int>(s.order.front());
    line.y = s.order.back();
    line.evidence = evidence_of(s.page, s.words);
    lines.push_back(std::move(line));
  }
  TableReconciliation out = reconcile_table(std::move(figures), std::move(lines), failing_grades);
  out.file = segment.file;
  for (const auto& ref : segment.pages)
    if (ref.page) out.pages.push_back(ref.page->number);
  return out;
}

// Takes the rows of a copy printed twice in one segment out of `found` and `rows` (one for one),
// each kept row first taking its dropped twin's evidence.
void drop_repeated_rows(SegmentCourses& found, TranscriptRows& rows) {
  const RepeatedRows repeated = repeated_half(found.courses);
  for (const auto& [kept, dropped] : repeated.kept_for_dropped) note_dropped_twin(found.courses[kept], found.courses[dropped]);
  for (auto it = repeated.drop.rbegin(); it != repeated.drop.rend(); ++it) {
    const auto at = static_cast<long>(*it);
    found.courses.erase(found.courses.begin() + at);
    found.exact_hours.erase(found.exact_hours.begin() + at);
    if (*it < rows.rows.size()) rows.rows.erase(rows.rows.begin() + at);
  }
}

std::vector<const Course*> run_of(const SegmentCourses& found) {
  std::vector<const Course*> run;
  for (const auto& c : found.courses) run.push_back(&c);
  return run;
}

// A segment listing the same run of courses as an earlier one (the transcript sent twice, or its
// translation as a document of its own) is one table: the copy that reads best stays (repeated_tables.h),
// the other is emptied, each kept course taking its twin's evidence.
void drop_repeated_segments(std::vector<SegmentCourses>& segments) {
  for (size_t later = 1; later < segments.size(); ++later)
    for (size_t earlier = 0; earlier < later; ++earlier) {
      const auto a = run_of(segments[earlier]), b = run_of(segments[later]);
      const auto copies = align_copies(a, b);
      if (!copies) continue;
      const bool keep_later = prefer_copy(b, a);
      const size_t dropped = keep_later ? earlier : later;
      for (const auto& [i, j] : copies->pairs) {
        Course& kept = keep_later ? segments[later].courses[j] : segments[earlier].courses[i];
        note_dropped_twin(kept, keep_later ? segments[earlier].courses[i] : segments[later].courses[j]);
      }
      segments[dropped].courses.clear();
      segments[dropped].exact_hours.clear();
      break;
    }
}

}  // namespace

std::optional<CourseworkFacts> extract_coursework(const std::vector<SegmentView>& transcripts,
                                                  const CourseworkOptions& options) {
  const CourseCategorizer categorizer(options.patterns);
  CourseworkFacts facts;
  std::vector<SegmentCourses> found_per_segment;
  for (const auto& segment : transcripts) {
    TranscriptRows rows = read_transcript_rows(segment);
    if (rows.rows.empty()) continue;
    SegmentCourses found = courses_of(rows, categorizer, options.country_hint, options.semester_hours_per_credit, options.supplement_text);
    // A list printed twice is counted, and checked against its printed totals, once.
    drop_repeated_rows(found, rows);
    facts.reconciliation.push_back(reconcile_segment(segment, rows, found.courses, options.failing_grades));
    found_per_segment.push_back(std::move(found));
  }
  drop_repeated_segments(found_per_segment);
  std::map<std::string, size_t> courses_per_system;
  std::map<std::string, std::string> evidence_per_system;
  std::vector<double> exact_hours;
  for (auto& found : found_per_segment) {
    courses_per_system[found.credit_system] += found.courses.size();
    evidence_per_system.emplace(found.credit_system, found.credit_system_evidence);
    for (auto& c : found.courses) facts.courses.push_back(std::move(c));
    exact_hours.insert(exact_hours.end(), found.exact_hours.begin(), found.exact_hours.end());
  }
  if (facts.courses.empty()) return std::nullopt;

  size_t most = 0;
  for (const auto& [system, n] : courses_per_system) {
    if (n > most) {
      facts.credit_system = system;
      facts.credit_system_evidence = evidence_per_system[system];
      most = n;
    }
  }
  // Words and credit magnitudes that disagree leave the scale unknown: no system, no semester hours.
  if (facts.credit_system && facts.credit_system->empty()) facts.credit_system.reset();
  if (facts.credit_system && facts.credit_system != "marks") {
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
