// Writing one evaluated candidate, shared by `credcheck run` and `credcheck watch`:
// OUT/<id>/text/<file>.txt (what was read), OUT/<id>/dossier.json, and, for the watch daemon,
// OUT/<id>/history/dossier-<version>.json first so every earlier version is kept. Every file is
// written atomically (output_files.h): a reader never sees half a dossier.
#pragma once

#include <string>

#include "pipeline/core/expected.h"
#include "pipeline/dossier/candidate_record.h"

namespace cc {

// `history_version` 0: no history copy (a one-shot run).
Status write_candidate_output(const std::string& out_dir, const CandidateRecord& record, const BatchContext& context,
                       long long history_version = 0);

}  // namespace cc
