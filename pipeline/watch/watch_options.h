// Everything `credcheck watch` is told on its command line, with defaults. Paths left empty are
// filled by resolve_watch_paths() (watch_paths.h) relative to OUT. The passwords file is read again
// whenever it changes; an empty --as-of means today at each evaluation.
#pragma once

#include <string>

#include "pipeline/run/reading_options.h"

namespace cc {

// The reading options shared with `run` (pipeline/run/reading_options.h), and the daemon's own.
struct WatchOptions : ReadingOptions {
  std::string inbox;
  std::string out_dir;
  std::string state_file;      // default OUT/.credcheck/state.sqlite; or a postgresql:// URL
  double lease_seconds = 30;   // a claim lasts this long unless the heartbeat (every third of it) renews it
  std::string archive_dir;     // default OUT/.credcheck/archive
  std::string quarantine_dir;  // default OUT/.credcheck/quarantine
  std::string cache_dir;       // default OUT/.credcheck/cache
  std::string log_file;        // default OUT/.credcheck/watch.log (rotating)
  bool keep_inputs = false;    // leave inputs in place instead of moving them to the archive
  bool poll = false;           // poll instead of inotify (network shares)
  double poll_seconds = 2;     // rescan interval when polling (and the idle rescan with inotify)
  double settle_seconds = 2;   // size and mtime unchanged this long before a file is taken
  int batch = 16;              // documents read per round (bounds how long a SIGTERM waits)
  int max_attempts = 3;        // transient failures before a document is given up
  double retry_seconds = 5;    // first back-off; doubles each attempt
  bool until_idle = false;     // exit once everything in the inbox is dealt with
};

}  // namespace cc
