// Coursework from transcripts: each course row (code, title, term, credits, grade) rebuilt from
// word geometry, the credit system detected and converted to US semester hours, each course put
// in a category by the title patterns of the ruleset, and totals per category.
#pragma once

#include <string>
#include <vector>

#include "extractors/document_view.h"
#include "core/credit_factors.h"
#include "core/facts.h"

namespace cc {

// One title pattern of the ruleset's course-category file (first match wins).
struct CoursePattern {
  std::string category;  // biology | chemistry | mathematics | mls_professional | other
  std::string regex;     // ECMAScript, matched case-insensitively against the course title
};

struct CourseworkOptions {
  std::vector<CoursePattern> patterns;
  std::string country_hint;  // ISO 3166 alpha-2 from the degree, if known ("PH", "IN", "NG", "US")
  // The ruleset's failing grades (`definitions.failing_grades`): the printed totals are checked
  // with these courses left out where the transcript leaves them out. Empty: none known.
  std::vector<std::string> failing_grades;
  // The ruleset's semester hours per credit of each system (`definitions.semester_hours_per_credit`,
  // core/credit_factors.h): each course's semester hours. A system missing here gets none.
  CreditFactors semester_hours_per_credit;
  // The text of the diploma supplement's pages the classifier kept with the diploma (they list no
  // subjects: classify.h), read as a clue to the credit system only ("210 ECTS credits").
  std::string supplement_text;
};

// `transcripts`: the candidate's transcript segments. Empty optional when no course row is found.
std::optional<CourseworkFacts> extract_coursework(const std::vector<SegmentView>& transcripts, const CourseworkOptions& options);

}  // namespace cc
