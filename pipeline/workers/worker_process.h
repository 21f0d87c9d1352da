// Starting one `credcheck __worker` process with its limits: pipes for stdin/stdout (stderr to
// /dev/null), an address-space limit of `memory_mb` (in AddressSanitizer builds, which reserve
// terabytes of shadow memory, ASan's soft RSS limit instead), no core dumps, Tesseract's threads
// off. Used by the crop client (crop_client.h); the reading pool (worker_pool.cpp) does the same
// in its own spawn() and could use this too.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>

namespace cc {

struct WorkerProcess {
  pid_t pid = -1;
  int to = -1;    // its stdin
  int from = -1;  // its stdout
};

std::optional<WorkerProcess> spawn_worker_process(const std::string& executable, int memory_mb);

// Kills it (SIGKILL), reaps it and closes its pipes.
void stop_worker_process(WorkerProcess& worker);

}  // namespace cc
