#include "extractors/extract_candidate.h"

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/degree_credentials.h"
#include "extractors/experience.h"
#include "extractors/identity.h"

namespace cc {

CandidateFacts extract_candidate(const std::string& candidate_id, const std::vector<DocumentText>& documents,
                                 const std::string& as_of) {
  return extract_candidate(candidate_id, classify_documents(documents), as_of);
}

CandidateFacts extract_candidate(const std::string& candidate_id, const Classification& classified, const std::string& as_of) {
  CandidateFacts facts;
  facts.candidate_id = candidate_id;
  facts.documents = classified.kinds;
  facts.identity = extract_identity(classified.segments);
  facts.degrees = extract_degrees(segments_of_type(classified.segments, "diploma"),
                                  segments_of_type(classified.segments, "transcript"));
  if (!facts.degrees.empty()) facts.degree = facts.degrees.front();  // the highest
  facts.experience = extract_experience(segments_of_type(classified.segments, "employment_letter"), as_of);
  return facts;
}

}  // namespace cc
