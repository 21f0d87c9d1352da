#include "pipeline/workers/worker_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "pipeline/workers/sanitizer_build.h"

namespace cc {

std::optional<WorkerProcess> spawn_worker_process(const std::string& executable, int memory_mb) {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0) return std::nullopt;
  if (pipe2(out, O_CLOEXEC) != 0) {
    ::close(in[0]);
    ::close(in[1]);
    return std::nullopt;
  }
  const int devnull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  const rlim_t memory = static_cast<rlim_t>(memory_mb) << 20;
  const std::string asan_options = kAddressSanitizer ? asan_worker_options(memory_mb) : "";  // before fork
  const pid_t pid = fork();
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    if (devnull >= 0) dup2(devnull, STDERR_FILENO);
    rlimit as{memory, memory};
    if (kAddressSanitizer) setenv("ASAN_OPTIONS", asan_options.c_str(), 1);
    else setrlimit(RLIMIT_AS, &as);
    rlimit core{0, 0};
    setrlimit(RLIMIT_CORE, &core);
    setenv("OMP_THREAD_LIMIT", "1", 1);
    char arg0[] = "credcheck-worker", arg1[] = "__worker";
    char* argv[] = {arg0, arg1, nullptr};
    execv(executable.c_str(), argv);
    _exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  if (devnull >= 0) ::close(devnull);
  if (pid < 0) {
    ::close(in[1]);
    ::close(out[0]);
    return std::nullopt;
  }
  return WorkerProcess{pid, in[1], out[0]};
}

void stop_worker_process(WorkerProcess& w) {
  if (w.pid <= 0) return;
  ::close(w.to);
  ::close(w.from);
  ::kill(w.pid, SIGKILL);
  int status = 0;
  while (waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {}
  w = WorkerProcess{};
}

}  // namespace cc
