#include "pipeline/run/evaluate_candidate.h"

#include "extractors/classify.h"
#include "extractors/coursework/coursework.h"
#include "extractors/extract_candidate.h"
#include "extractors/text_utils.h"
#include "pipeline/run/pass_marks.h"
#include "pipeline/run/program_length.h"
#include "pipeline/run/training_areas.h"
#include "validators/fact_readings.h"

namespace cc {

CandidateFacts extract_facts(const std::string& candidate_id, const std::vector<DocumentText>& documents,
                             const Ruleset& rules, const std::string& as_of) {
  const Classification classification = classify_documents(documents);
  CandidateFacts facts = extract_candidate(candidate_id, classification, as_of);
  CourseworkOptions options;
  for (const auto& p : rules.course_categories.patterns) options.patterns.push_back({p.value, p.pattern});
  options.failing_grades = rules.definitions.failing_grades;  // one list for the totals and the hours
  options.semester_hours_per_credit = rules.definitions.semester_hours_per_credit;  // one table of factors
  if (facts.degree && facts.degree->country) options.country_hint = *facts.degree->country;
  // A diploma supplement kept with its diploma still says which credits the transcript counts in.
  for (const SegmentView& diploma : segments_of_type(classification.segments, "diploma"))
    for (const PageRef& page : diploma.pages) {
      if (!classify_page(*page.page).supplement_without_subjects) continue;
      SegmentView one = diploma;
      one.pages = {page};
      options.supplement_text += segment_text(one).text + "\n";
    }
  const std::vector<SegmentView> transcripts = segments_of_type(classification.segments, "transcript");
  facts.coursework = extract_coursework(transcripts, options);
  // A transcript's own pass mark, read before the totals: they leave out what it fails.
  if (facts.coursework) facts.coursework->pass_marks = printed_pass_marks(transcripts, rules.definitions.pass_mark_patterns);
  // The dossier's totals are the ones the decisions use: by the ruleset's categories and factors.
  if (facts.coursework) facts.coursework->totals_semester_hours = coursework_totals(*facts.coursework, rules);
  complete_training_areas(facts);  // a training whose rows name no area: checked from the transcript
  complete_program_length(facts);  // a length no line states, shown by the rows' terms
  return facts;
}

}  // namespace cc
