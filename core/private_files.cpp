#include "core/private_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace cc {
namespace fs = std::filesystem;

void restrict_umask() { ::umask(kPrivateUmask); }

Status create_private_directories(const std::string& path) {
  if (path.empty()) return ok_status();
  // The missing folders, deepest first.
  std::vector<fs::path> missing;
  for (fs::path p = fs::path(path).lexically_normal(); !p.empty(); p = p.parent_path()) {
    if (p.filename().empty()) p = p.parent_path();  // "a/b/" -> "a/b"
    if (p.empty()) break;
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0) {
      if (!S_ISDIR(st.st_mode)) return make_error(ErrorCode::output_not_writable, "cannot create " + path + ": " + p.string() + " is not a folder");
      break;
    }
    missing.push_back(p);
    if (p == p.root_path() || p.parent_path() == p) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), kPrivateDirMode) != 0) {
      const int err = errno;
      struct stat st {};
      if (err == EEXIST && ::stat(it->c_str(), &st) == 0 && S_ISDIR(st.st_mode)) continue;  // made meanwhile
      return make_error(ErrorCode::output_not_writable, "cannot create " + path + ": " + strerror(err));
    }
    if (::chmod(it->c_str(), kPrivateDirMode) != 0)
      return make_error(ErrorCode::output_not_writable, "cannot set the mode of " + it->string() + ": " + strerror(errno));
  }
  return ok_status();
}

int open_private_file(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CREAT | O_CLOEXEC, kPrivateFileMode);
  if (fd < 0) return -1;
  if (::fchmod(fd, kPrivateFileMode) != 0) {
    const int err = errno;
    ::close(fd);
    errno = err;
    return -1;
  }
  return fd;
}

Status make_file_private(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return ok_status();
    return make_error(ErrorCode::output_not_writable, "cannot stat " + path + ": " + strerror(errno));
  }
  if (S_ISLNK(st.st_mode) || (st.st_mode & 07777) == kPrivateFileMode) return ok_status();
  if (::fchmodat(AT_FDCWD, path.c_str(), kPrivateFileMode, AT_SYMLINK_NOFOLLOW) != 0 && errno != EOPNOTSUPP)
    return make_error(ErrorCode::output_not_writable, "cannot set the mode of " + path + ": " + strerror(errno));
  return ok_status();
}

}  // namespace cc
