#include "pipeline/workers/worker_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/workers/sanitizer_build.h"

extern char** environ;

namespace cc {

namespace {

// This process's environment with the worker's settings, as execve wants it.
std::vector<std::string> worker_environment(int memory_mb) {
  std::vector<std::string> env;
  for (char** e = environ; e && *e; ++e) {
    const std::string_view v(*e);
    if (v.rfind("OMP_THREAD_LIMIT=", 0) == 0 || (kAddressSanitizer && v.rfind("ASAN_OPTIONS=", 0) == 0)) continue;
    env.emplace_back(v);
  }
  env.push_back("OMP_THREAD_LIMIT=1");
  if (kAddressSanitizer) env.push_back("ASAN_OPTIONS=" + asan_worker_options(memory_mb));
  return env;
}

void close_pipe(int p[2]) {
  if (p[0] >= 0) ::close(p[0]);
  if (p[1] >= 0) ::close(p[1]);
}

}  // namespace

std::optional<WorkerProcess> spawn_worker_process(const std::string& executable, int memory_mb, bool capture_stderr) {
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || (capture_stderr && pipe2(err, O_CLOEXEC) != 0)) {
    close_pipe(in);
    close_pipe(out);
    close_pipe(err);
    return std::nullopt;
  }
  const int devnull = capture_stderr ? -1 : ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  const rlim_t memory = static_cast<rlim_t>(memory_mb) << 20;
  // Everything the child needs, allocated here: after fork it may not allocate.
  const std::vector<std::string> env = worker_environment(memory_mb);
  std::vector<char*> envp;
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    if (capture_stderr) dup2(err[1], STDERR_FILENO);
    else if (devnull >= 0) dup2(devnull, STDERR_FILENO);
    rlimit as{memory, memory};
    if (!kAddressSanitizer) setrlimit(RLIMIT_AS, &as);
    rlimit core{0, 0};
    setrlimit(RLIMIT_CORE, &core);
    char arg0[] = "credcheck-worker", arg1[] = "__worker";
    char* argv[] = {arg0, arg1, nullptr};
    execve(executable.c_str(), argv, envp.data());
    _exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  if (err[1] >= 0) ::close(err[1]);
  if (devnull >= 0) ::close(devnull);
  if (pid < 0) {
    ::close(in[1]);
    ::close(out[0]);
    if (err[0] >= 0) ::close(err[0]);
    return std::nullopt;
  }
  return WorkerProcess{pid, in[1], out[0], err[0]};
}

void stop_worker_process(WorkerProcess& w) {
  if (w.pid <= 0) return;
  ::close(w.to);
  ::close(w.from);
  if (w.err >= 0) ::close(w.err);
  ::kill(w.pid, SIGKILL);
  int status = 0;
  while (waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {}
  w = WorkerProcess{};
}

}  // namespace cc
