#include "pipeline/watch/stop_signals.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace cc {
namespace {

volatile sig_atomic_t g_stop = 0;
int g_wake_pipe[2] = {-1, -1};

void on_signal(int sig) {
  g_stop = sig;
  const char c = 's';
  if (g_wake_pipe[1] >= 0) (void)!::write(g_wake_pipe[1], &c, 1);
}

}  // namespace

void install_stop_signals() {
  if (::pipe2(g_wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) g_wake_pipe[0] = g_wake_pipe[1] = -1;
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

int stop_signal() { return g_stop; }

int stop_wake_fd() { return g_wake_pipe[0]; }

}  // namespace cc
