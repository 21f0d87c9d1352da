// SIGTERM and SIGINT for the watch daemon: the handler only records the signal and writes a byte to
// a pipe, so the daemon's wait (inbox_watcher.h) wakes at once and the round in flight is finished
// and recorded before the daemon stops.
#pragma once

namespace cc {

// Installs the handlers (and ignores SIGPIPE). Once per process.
void install_stop_signals();
// The signal received, or 0.
int stop_signal();
// Becomes readable when a signal arrives; -1 before install_stop_signals().
int stop_wake_fd();

}  // namespace cc
