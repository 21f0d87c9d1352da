// Waits for something to happen in the inbox: inotify on the inbox and every folder under it
// (created, closed after writing, moved in, deleted), or, on network shares where inotify sees
// nothing of other machines' writes, plain polling at an interval. Either way the daemon then
// rescans the inbox (inbox_scanner.h): events only say *when* to look, never *what* is complete.
#pragma once

#include <string>

namespace cc {

class InboxWatcher {
 public:
  // `use_inotify` false (or inotify unavailable): wait() just sleeps for its timeout.
  InboxWatcher(std::string inbox, bool use_inotify);
  ~InboxWatcher();
  InboxWatcher(const InboxWatcher&) = delete;
  InboxWatcher& operator=(const InboxWatcher&) = delete;

  bool using_inotify() const { return fd_ >= 0; }
  // Returns when an inbox event arrives, `wake_fd` becomes readable (a signal), `work_fd` does
  // (a NOTIFY from the state database; -1 for none), or after `timeout_seconds`. Watches folders
  // created since the last call.
  void wait(double timeout_seconds, int wake_fd, int work_fd = -1);

 private:
  void watch_tree(const std::string& dir, int depth);
  std::string inbox_;
  int fd_ = -1;
};

}  // namespace cc
