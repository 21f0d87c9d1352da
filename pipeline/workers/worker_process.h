// Starting one `credcheck __worker` process with its limits: pipes for stdin/stdout (stderr to a
// pipe or /dev/null), an address-space limit of `memory_mb` (in AddressSanitizer builds, which
// reserve terabytes of shadow memory, ASan's soft RSS limit instead), no core dumps, Tesseract's
// threads off. Used by the reading pool (worker_pool.cpp) and the crop client (crop_client.h).
// The coordinator has threads (candidate_finisher.h), so the child does only async-signal-safe
// calls between fork and exec: its environment is built before the fork.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>

namespace cc {

struct WorkerProcess {
  pid_t pid = -1;
  int to = -1;    // its stdin
  int from = -1;  // its stdout
  int err = -1;   // its stderr, when captured
};

std::optional<WorkerProcess> spawn_worker_process(const std::string& executable, int memory_mb, bool capture_stderr = false);

// Kills it (SIGKILL), reaps it and closes its pipes.
void stop_worker_process(WorkerProcess& worker);

}  // namespace cc
