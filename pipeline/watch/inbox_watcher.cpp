#include "pipeline/watch/inbox_watcher.h"

#include <dirent.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace cc {

InboxWatcher::InboxWatcher(std::string inbox, bool use_inotify) : inbox_(std::move(inbox)) {
  if (use_inotify) fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
}

InboxWatcher::~InboxWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

void InboxWatcher::watch_tree(const std::string& dir, int depth) {
  constexpr uint32_t kMask = IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ATTRIB | IN_DONT_FOLLOW | IN_ONLYDIR;
  if (::inotify_add_watch(fd_, dir.c_str(), kMask) < 0 || depth > 16) return;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (const dirent* e = ::readdir(d)) {
    const std::string n = e->d_name;
    if (n == "." || n == "..") continue;
    const std::string child = dir + "/" + n;
    struct stat st {};
    if (::lstat(child.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) watch_tree(child, depth + 1);
  }
  ::closedir(d);
}

void InboxWatcher::wait(double timeout_seconds, int wake_fd, int work_fd) {
  if (fd_ >= 0) watch_tree(inbox_, 0);
  // poll() ignores negative descriptors: an absent inotify or work fd is simply never ready.
  pollfd fds[3] = {{wake_fd, POLLIN, 0}, {fd_, POLLIN, 0}, {work_fd, POLLIN, 0}};
  const int n = 3;
  const int ms = timeout_seconds <= 0 ? 0 : static_cast<int>(timeout_seconds * 1000);
  if (::poll(fds, static_cast<nfds_t>(n), ms) <= 0) return;
  if (fd_ < 0 || !(fds[1].revents & POLLIN)) return;
  // Drain the events; what they name does not matter, the caller rescans. A short pause lets a
  // burst (a folder copied in) arrive as one wake-up.
  ::usleep(20000);
  alignas(inotify_event) char buf[64 * 1024];
  while (::read(fd_, buf, sizeof buf) > 0) {
  }
}

}  // namespace cc
