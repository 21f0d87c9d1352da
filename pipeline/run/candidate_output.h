// Writing one evaluated candidate, shared by `credcheck run` and `credcheck watch`:
// OUT/<id>/text/<file>.txt (what was read), OUT/<id>/dossier.html, OUT/<id>/dossier.json, and, for the watch daemon,
// OUT/<id>/history/dossier-<version>.json first so every earlier version is kept. Every file is
// written atomically (output_files.h): a reader never sees half a dossier. A writer whose version
// is older than one already in the history (several daemons; one stalled) writes only its history
// copy: dossier.json and dossier.html are never replaced by an older version.
#pragma once

#include <string>

#include "core/expected.h"
#include "pipeline/dossier/candidate_record.h"

namespace cc {

// `history_version` 0: no history copy (a one-shot run). `html`, when given, is written as
// OUT/<id>/dossier.html before dossier.json, so a dossier.json is never newer than its page.
Status write_candidate_output(const std::string& out_dir, const CandidateRecord& record, const BatchContext& context,
                              long long history_version = 0, const std::string* html = nullptr);

}  // namespace cc
