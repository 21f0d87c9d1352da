// `credcheck run`: the whole batch as a short list of named stages. Read it top to bottom in
// batch.cpp: load the rules, discover the candidates, read every document (batch_reading.h: the
// page cache, then worker processes), and for each candidate as soon as its documents are in, the
// candidate flow (candidate_flow.h: extract, validate, crops, write); then the summary.
#pragma once

#include <string>

#include "pipeline/run/ports.h"
#include "pipeline/run/reading_options.h"

namespace cc {

// The reading options shared with `watch` (reading_options.h), and those of a one-shot run.
struct RunOptions : ReadingOptions {
  std::string input_dir;
  std::string out_dir;
  bool progress = true;
  std::string cache_dir;  // page-text cache (pipeline/cache/); empty: OUT/.credcheck/cache
  bool no_cache = false;  // read everything, neither using nor filling the cache
};

// --rules if given, else $CREDCHECK_RULES, else the ruleset shipped with the build.
std::string default_rules_dir();

// Returns the process exit code (core/exit_codes.h). Documents are read by worker processes and
// crops rendered by crop workers (worker_ports); tests pass ports of their own.
int run_batch(const RunOptions& options);
int run_batch(const RunOptions& options, const Ports& ports);

// Today's date in UTC as YYYY-MM-DD, and now as an ISO 8601 UTC timestamp.
std::string today_utc();
std::string now_utc_iso();

}  // namespace cc
