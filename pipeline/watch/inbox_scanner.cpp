#include "pipeline/watch/inbox_scanner.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "core/text.h"
#include "pipeline/intake/discover.h"

namespace cc {
namespace {

constexpr int kMaxDepth = 16;

int64_t mtime_ns_of(const struct stat& st) {
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
}

std::string canonical(const std::string& path) {
  char buf[PATH_MAX];
  if (!::realpath(path.c_str(), buf)) return {};
  return buf;
}

std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return names;
  while (const dirent* e = ::readdir(d)) {
    const std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

// Opens without blocking (a FIFO swapped in would otherwise hang) and checks it is still regular.
bool opens_as_regular_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  const bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  ::close(fd);
  return ok;
}

std::string stem_of(const std::string& name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

InboxScanner::InboxScanner(std::string inbox, double settle_seconds)
    : inbox_(std::move(inbox)), inbox_real_(canonical(inbox_)), settle_(settle_seconds) {}

bool InboxScanner::inside_inbox(const std::string& path) const {
  const std::string real = canonical(path);
  if (real.empty() || inbox_real_.empty()) return false;
  return real.size() > inbox_real_.size() && real.compare(0, inbox_real_.size(), inbox_real_) == 0 &&
         real[inbox_real_.size()] == '/';
}

ScanResult InboxScanner::scan(double now) {
  ScanResult out;
  std::map<std::string, Seen> next;
  for (const auto& name : list_dir(inbox_)) {
    if (is_skipped_name(name)) continue;
    visit(inbox_ + "/" + name, "", name, true, now, out, next, 0);
  }
  seen_ = std::move(next);
  return out;
}

void InboxScanner::visit(const std::string& path, const std::string& candidate, const std::string& name, bool top,
                         double now, ScanResult& out, std::map<std::string, Seen>& next, int depth) {
  struct stat lst {};
  if (::lstat(path.c_str(), &lst) != 0) return;  // gone since the listing
  InboxEntry entry{path, top ? stem_of(name) : candidate, name, static_cast<int64_t>(lst.st_size), mtime_ns_of(lst)};
  struct stat st = lst;
  if (S_ISLNK(lst.st_mode)) {
    if (!inside_inbox(path) || ::stat(path.c_str(), &st) != 0) {
      out.refused.push_back({entry, "a symlink that leads out of the inbox (or nowhere): never followed"});
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      out.refused.push_back({entry, "a symlink to a folder: folders are not followed through links"});
      return;
    }
  }
  if (S_ISDIR(st.st_mode)) {
    if (depth >= kMaxDepth) return;
    const std::string cand = top ? name : candidate;
    for (const auto& child : list_dir(path)) {
      if (is_skipped_name(child)) continue;
      visit(path + "/" + child, cand, top ? child : name + "/" + child, false, now, out, next, depth + 1);
    }
    return;
  }
  if (!S_ISREG(st.st_mode)) {
    out.refused.push_back({entry, "not a regular file (a FIFO, socket or device): never opened"});
    return;
  }
  entry.size = static_cast<int64_t>(st.st_size);
  entry.mtime_ns = mtime_ns_of(st);
  Seen seen;
  if (auto it = seen_.find(path); it != seen_.end() && it->second.size == entry.size && it->second.mtime_ns == entry.mtime_ns)
    seen = it->second;
  else
    seen = Seen{entry.size, entry.mtime_ns, now};
  next[path] = seen;
  if (now - seen.stable_since >= settle_ && opens_as_regular_file(path)) {
    // Names travel in JSON (to the workers, into the dossier), which holds UTF-8 only.
    if (!is_valid_utf8(path)) {
      out.refused.push_back({entry, "file_name_not_utf8: the file's name, or its folder's, is not UTF-8 (written in another "
                                    "character set, such as Latin-1 or CP-1252): rename it and put it back in the inbox"});
      return;
    }
    out.ready.push_back(entry);
    return;
  }
  ++out.settling_files;
  out.settling_candidates.insert(entry.candidate);
}

}  // namespace cc
