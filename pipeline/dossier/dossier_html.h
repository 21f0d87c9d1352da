// dossier.html: the evaluator's view of a dossier, rendered from the same record as dossier.json.
// One self-contained page — no network, no external CSS, script or font; evidence pictures are
// PNG data: URIs — so it can be mailed, archived and opened offline. It shows the verdict per
// credential and route, each criterion met / not met / unknown with its evidence (a crop of the
// page with the evidence box highlighted, or the text when there is no picture), the course table
// with totals per category, an experience timeline with the boards' counting windows, the flags,
// the to-dos and the documents with their errors. It prints on Letter/A4 (@media print). All
// text read from documents is escaped (html_text.h).
#pragma once

#include <string>
#include <vector>

#include "pipeline/dossier/candidate_record.h"
#include "pipeline/dossier/evidence_crops.h"
#include "validators/ruleset.h"

namespace cc {

// `crops`: as chosen by select_evidence_crops and rendered (failed ones show text). `rules`: for
// route summaries, credential names and the counting windows; may be null.
std::string dossier_html(const CandidateRecord& record, const BatchContext& context,
                         const std::vector<EvidenceCrop>& crops, const Ruleset* rules);

}  // namespace cc
