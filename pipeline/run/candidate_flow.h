// One candidate from its documents to its dossier: the same code for `credcheck run` (each
// candidate as soon as its documents are read, batch.cpp) and `credcheck watch` (each candidate
// whose documents are all read, watch/watch_daemon.cpp). Its stages, each named and timed once
// through the StageRunner:
//
//   extract   DocumentText[]             -> CandidateFacts    (extractors/, evaluate_candidate.h)
//   validate  CandidateFacts + Ruleset   -> ValidationResult  (validators/)
//   crops     CandidateRecord            -> EvidenceCrop[]    (dossier_crops.h: crop cache, then the CropSource)
//   write     CandidateRecord + crops    -> OUT/<id>/text/*.txt, dossier.html, [history/dossier-<n>.json], dossier.json
//
// What happens around it (reading, the ledger, the summary, moving inputs) is the caller's.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/expected.h"
#include "pipeline/cache/crop_cache.h"
#include "pipeline/dossier/candidate_record.h"
#include "pipeline/run/dossier_crops.h"
#include "pipeline/run/stage_runner.h"
#include "pipeline/workers/crop_source.h"
#include "validators/ruleset.h"

namespace cc {

// What the flow needs besides the candidate: the same for every candidate of a batch; the daemon
// makes one per evaluation (its as-of date is today at each evaluation).
struct CandidateFlowContext {
  const Ruleset& rules;
  BatchContext batch;                  // as_of, generated_at, ruleset id
  std::string out_dir;
  long long history_version = 0;       // > 0: also OUT/<id>/history/dossier-<n>.json (watch)
  const CropCache* crop_cache = nullptr;
  // The passwords to try on one of a candidate's files when cutting its crops; none when empty.
  std::function<std::vector<std::string>(const std::string& candidate, const std::string& file)> passwords;
};

struct CandidateFlowResult {
  Status written = ok_status();        // the write stage's outcome
  size_t crops_rendered = 0, crops_cached = 0;
};

// Fills record.facts and record.validation from record.documents, renders the evidence crops with
// `crops` and writes the candidate's outputs. A failed write is returned, not logged.
CandidateFlowResult run_candidate_flow(CandidateRecord& record, const CandidateFlowContext& context, CropSource& crops,
                                       StageRunner& stages);

}  // namespace cc
