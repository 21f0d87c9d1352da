// One pass over the inbox: which files are there, which are complete, which must be refused.
//
// Each subfolder of the inbox is a candidate (nested folders belong to it); a loose file at the top
// is a candidate of its own (id = file stem), as in `credcheck run`. Hidden files and partial
// downloads are skipped (pipeline/intake/discover.h). A file is complete once its size and
// modification time have not changed for the settle time and it can be opened for reading. A
// symlink whose target lies outside the inbox, and anything that is not a regular file or folder
// (FIFO, socket, device), is refused: it is never opened. So is a complete file whose path is not
// UTF-8 (a Latin-1 name): JSON, which carries it to a worker and into the dossier, cannot hold it.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace cc {

struct InboxEntry {
  std::string path;       // as found in the inbox (a symlink's own path)
  std::string candidate;  // candidate id
  std::string name;       // path relative to the candidate folder, or the loose file's name
  int64_t size = 0, mtime_ns = 0;
};

struct RefusedEntry {
  InboxEntry entry;
  std::string why;
};

struct ScanResult {
  std::vector<InboxEntry> ready;              // complete: stable for the settle time and opens
  std::set<std::string> settling_candidates;  // candidates with a file still being written
  std::vector<RefusedEntry> refused;
  size_t settling_files = 0;
};

class InboxScanner {
 public:
  InboxScanner(std::string inbox, double settle_seconds);
  // Lists the inbox now (`now` in seconds, steady clock) and reports what is ready.
  ScanResult scan(double now);
  const std::string& inbox() const { return inbox_; }

 private:
  struct Seen {
    int64_t size = -1, mtime_ns = -1;
    double stable_since = 0;
  };
  void visit(const std::string& path, const std::string& candidate, const std::string& name, bool top, double now,
             ScanResult& out, std::map<std::string, Seen>& next, int depth);
  bool inside_inbox(const std::string& path) const;

  std::string inbox_;       // as given
  std::string inbox_real_;  // canonical
  double settle_;
  std::map<std::string, Seen> seen_;
};

}  // namespace cc
