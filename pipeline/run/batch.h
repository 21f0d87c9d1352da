// `credcheck run`: the whole batch as one linear function of its options. Read it top to bottom
// in batch.cpp: load the rules, discover the candidates, read every document (in worker
// processes), and for each candidate as soon as its documents are in, extract the facts, judge
// them and write its dossier; then the summary.
#pragma once

#include <string>

#include "core/limits.h"
#include "pipeline/run/console.h"

namespace cc {

struct RunOptions {
  std::string input_dir;
  std::string out_dir;
  int jobs = 1;
  std::string as_of;  // YYYY-MM-DD; empty = today (UTC)
  Limits limits;
  bool force_ocr = false;
  std::string password;  // tried on every encrypted PDF of the batch
  std::string passwords_file;  // per-candidate passwords (pipeline/intake/passwords.h); empty = none
  LogFormat log_format = LogFormat::text;
  bool progress = true;
  std::string worker_executable;  // default: this executable
  std::string rules_dir;          // default: default_rules_dir()
  std::string cache_dir;          // page-text cache (pipeline/cache/); empty: OUT/.credcheck/cache
  bool no_cache = false;          // read everything, neither using nor filling the cache
};

// --rules if given, else $CREDCHECK_RULES, else the ruleset shipped with the build.
std::string default_rules_dir();

// Returns the process exit code (core/exit_codes.h).
int run_batch(const RunOptions& options);

// Today's date in UTC as YYYY-MM-DD, and now as an ISO 8601 UTC timestamp.
std::string today_utc();
std::string now_utc_iso();

}  // namespace cc
