// The middle of `credcheck run` (batch.cpp): the read stage, and the candidate flow
// (candidate_flow.h) of each candidate as soon as its documents are in. Documents read before
// (same bytes, same reader settings) come from the page cache; the rest go to the DocumentReader
// (worker processes). Finished candidates are handed to 2 x --jobs finisher threads
// (candidate_finisher.h), each with a CropSource of its own, while the reader goes on; each
// candidate's pages are released once its dossier is written, so memory stays bounded by what is
// in flight. A document that fails is in its candidate's dossier and summary row; the batch goes on.
#pragma once

#include <vector>

#include "pipeline/dossier/summary.h"
#include "pipeline/intake/discover.h"
#include "pipeline/intake/passwords.h"
#include "pipeline/run/batch.h"
#include "pipeline/run/candidate_flow.h"
#include "pipeline/run/stage_runner.h"

namespace cc {

struct BatchOutcome {
  std::vector<SummaryRow> rows;  // one per candidate, in the order discovered
  BatchTotals totals;            // without seconds
  bool output_failed = false;    // a candidate's outputs could not be written
};

// `flow` is the candidate flow's context without its crop cache, which lives beside the page cache.
BatchOutcome read_and_finish(const RunOptions& options, const Ports& ports, const std::vector<Candidate>& candidates,
                             const PasswordBook& passwords, CandidateFlowContext flow, StageRunner& stages);

}  // namespace cc
