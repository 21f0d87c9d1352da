// One candidate's facts from the documents the reading stage produced: pages classified and split
// into segments, then the name from every segment, the degree from diplomas and transcripts, and
// one job per employment letter. Coursework is left empty here (the coursework extractor,
// extractors/coursework/coursework.h, is wired in separately). Facts read below kLowConfidence are kept with
// their confidence, never dropped: the validators send them to review.
#pragma once

#include <string>
#include <vector>

#include "extractors/classify.h"
#include "core/facts.h"
#include "core/page_text.h"

namespace cc {

// `as_of` (ISO date) is the evaluation date: a job date after it is implausible, which settles an
// ambiguous day/month order when the letter has no date of its own.
CandidateFacts extract_candidate(const std::string& candidate_id, const std::vector<DocumentText>& documents,
                                 const std::string& as_of);
// The same from pages already classified (classify_documents(documents)): callers that also
// read coursework from the segments classify once.
CandidateFacts extract_candidate(const std::string& candidate_id, const Classification& classified, const std::string& as_of);

}  // namespace cc
