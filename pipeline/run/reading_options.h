// The options `credcheck run` and `credcheck watch` share: how documents are read (workers,
// limits, OCR, passwords), which rules judge them and as of when, and how the log looks. Defined
// once here, inherited by RunOptions (batch.h) and WatchOptions (watch/watch_options.h), and put on
// both command lines by one function (reading_options_cli.h).
#pragma once

#include <string>

#include "core/limits.h"
#include "pipeline/run/console.h"

namespace cc {

struct ReadingOptions {
  int jobs = 1;
  std::string as_of;           // YYYY-MM-DD; empty = today (UTC; for watch, at each evaluation)
  Limits limits;
  bool force_ocr = false;
  std::string password;        // tried on every encrypted PDF
  std::string passwords_file;  // CANDIDATE[/FILE]<TAB>PASSWORD lines (pipeline/intake/passwords.h); empty = none
  std::string rules_dir;       // empty: default_rules_dir() (batch.h)
  std::string worker_executable;  // default: this executable
  LogFormat log_format = LogFormat::text;
  bool verbose = false;
};

}  // namespace cc
