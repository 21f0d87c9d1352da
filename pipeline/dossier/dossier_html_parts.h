// The sections of dossier.html (dossier_html.h), one function each, shared between the files that
// render them. Internal to pipeline/dossier.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "pipeline/dossier/candidate_record.h"
#include "pipeline/dossier/evidence_crops.h"
#include "validators/ruleset.h"

namespace cc::html {

// Evidence shown once as a picture; later mentions refer to its figure number.
class EvidenceRenderer {
 public:
  explicit EvidenceRenderer(const std::vector<EvidenceCrop>& crops) : crops_(crops) {}
  // A figure (crop with the box highlighted) or the text with a note; `max_figures` pictures at
  // most, the rest as text lines (at most `max_lines`, then a count).
  std::string render(const std::vector<Evidence>& list, size_t max_figures = 3, size_t max_lines = 4);
  int figures() const { return next_figure_ - 1; }

 private:
  std::string figure(const Evidence& e, const EvidenceCrop& crop);
  const std::vector<EvidenceCrop>& crops_;
  std::vector<std::pair<std::string, int>> shown_;  // evidence key -> figure number
  int next_figure_ = 1;
};

std::string css();
std::string evidence_caption(const Evidence& e);
std::string degree_section(const CandidateRecord& record, EvidenceRenderer& evidence);
std::string coursework_section(const CandidateRecord& record);
std::string experience_section(const CandidateRecord& record, const BatchContext& context, const Ruleset* rules,
                               EvidenceRenderer& evidence);
std::string flags_section(const CandidateRecord& record, EvidenceRenderer& evidence);
std::string todo_section(const CandidateRecord& record);
std::string documents_section(const CandidateRecord& record);

}  // namespace cc::html
