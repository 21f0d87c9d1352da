// `credcheck watch INBOX --out OUT`: the watch-folder daemon. One loop on one thread:
//
//   finish recorded moves -> scan the inbox (settle) -> refuse / take new files (ledger) ->
//   read a batch of due documents (page cache first, then worker processes) -> evaluate every
//   candidate whose documents are all read (pipeline/run/candidate_output.h, the same code as
//   `credcheck run`) and write its next dossier version -> archive or quarantine its inputs ->
//   wait for inotify or the poll interval.
//
// Each step is recorded in the ledger (ledger.h) before the next starts, so SIGKILL anywhere
// loses nothing: a restart finishes the moves, rereads (from the cache) what was in flight, and
// redoes an unrecorded evaluation under the same version. SIGTERM/SIGINT stop after the batch in
// flight: its results are recorded, documents whose worker the signal killed are requeued.
#pragma once

#include "pipeline/watch/watch_options.h"

namespace cc {

// Returns the process exit code (core/exit_codes.h).
int run_watch(WatchOptions options);

}  // namespace cc
