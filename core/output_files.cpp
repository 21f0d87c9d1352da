#include "core/output_files.h"

#include <atomic>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/private_files.h"

namespace cc {

Status ensure_directory(const std::string& path) {
  return create_private_directories(path);
}

Status write_file_atomic(const std::string& path, const std::string& content, Durability durability) {
  // Unique per write: the finisher threads may write the same cache entry at once.
  static std::atomic<unsigned long> serial{0};
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  // 0640 whatever the umask (private_files.h); the rename keeps it.
  const int fd = open_private_file(tmp, O_WRONLY | O_TRUNC);
  if (fd < 0) return make_error(ErrorCode::output_not_writable, "cannot write " + tmp + ": " + strerror(errno));
  size_t off = 0;
  while (off < content.size()) {
    ssize_t n = ::write(fd, content.data() + off, content.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return make_error(ErrorCode::output_not_writable, "cannot write " + tmp + ": " + why);
    }
    off += static_cast<size_t>(n);
  }
  if ((durability == Durability::synced && ::fsync(fd) != 0) || ::close(fd) != 0) {
    ::unlink(tmp.c_str());
    return make_error(ErrorCode::output_not_writable, "cannot flush " + tmp + ": " + strerror(errno));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = strerror(errno);
    ::unlink(tmp.c_str());
    return make_error(ErrorCode::output_not_writable, "cannot rename " + tmp + " to " + path + ": " + why);
  }
  return ok_status();
}

size_t remove_abandoned_temporaries(const std::string& dir, std::chrono::seconds min_age) {
  namespace fs = std::filesystem;
  const auto cutoff = fs::file_time_type::clock::now() - min_age;
  size_t removed = 0;
  auto sweep = [&](const fs::path& folder, bool descend, auto& self) -> void {
    std::error_code it_ec;
    for (fs::directory_iterator it(folder, it_ec), end; !it_ec && it != end; it.increment(it_ec)) {
      std::error_code e;
      if (descend && it->is_directory(e) && !it->is_symlink(e)) {
        self(it->path(), false, self);
        continue;
      }
      if (it->path().filename().string().find(".tmp-") == std::string::npos || !it->is_regular_file(e)) continue;
      const auto written = it->last_write_time(e);
      if (!e && written < cutoff && fs::remove(it->path(), e)) ++removed;
    }
  };
  sweep(fs::path(dir), true, sweep);
  return removed;
}

std::string flat_file_name(const std::string& relative_name) {
  std::string out;
  for (char c : relative_name) {
    if (c == '/') out += "__";
    else if (static_cast<unsigned char>(c) < 0x20) out += '_';
    else out += c;
  }
  if (out.empty() || out == "." || out == "..") out = "_" + out;
  return out;
}

}  // namespace cc
