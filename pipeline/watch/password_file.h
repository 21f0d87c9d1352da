// The daemon's passwords file (`credcheck watch --passwords FILE`), read again whenever it changes,
// so an agency adds a candidate's password without restarting the daemon. A change that does not
// parse is reported (by line, never a password) and the passwords read last stay in use.
#pragma once

#include <string>

#include "core/expected.h"
#include "pipeline/intake/passwords.h"

namespace cc {

class PasswordFile {
 public:
  // Reads `path` (empty: no file, no passwords). An error only for the first read: a daemon that
  // starts with an unreadable or malformed file stops at once instead of failing files later.
  static Expected<PasswordFile> open(std::string path);

  // The passwords as the file says now: read again when its size, time or inode changed.
  const PasswordBook& current();

 private:
  struct Stamp {
    long long size = -1, mtime_ns = 0, inode = 0;
    bool operator==(const Stamp&) const = default;
  };
  static Stamp stamp_of(const std::string& path);

  std::string path_;
  Stamp stamp_;
  PasswordBook book_;
};

}  // namespace cc
