#include "pipeline/watch/file_moves.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/private_files.h"
#include "core/output_files.h"

namespace cc {
namespace fs = std::filesystem;

namespace {

bool exists_no_follow(const std::string& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0;
}

// A daemon killed while writing `path` leaves `<path><marker><pid>...` beside it; the next one,
// redoing that write from the ledger, removes them first so nothing half-written stays behind.
void remove_leftovers(const std::string& path, const std::string& marker) {
  const fs::path p(path);
  const std::string prefix = p.filename().string() + marker;
  std::error_code ec;
  for (fs::directory_iterator it(p.parent_path(), ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind(prefix, 0) == 0) fs::remove(it->path(), ec);
}

// A rename keeps the input's mode (often 0644): in the archive or quarantine the file is made
// 0640 (private_files.h). Symlinks (quarantined, never followed) are skipped. An input another
// user owns cannot be chmod'ed (EPERM): it stays as its owner made it, and the archive and
// quarantine folders (0750) keep others out anyway; the move is not undone for that.
Status narrow_moved_file(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && !S_ISLNK(st.st_mode) && st.st_uid != ::geteuid() && ::geteuid() != 0)
    return ok_status();
  return make_file_private(path);
}

Status copy_then_unlink(const std::string& from, const std::string& to) {
  remove_leftovers(to, ".part-");
  const std::string tmp = to + ".part-" + std::to_string(::getpid());
  std::error_code ec;
  fs::copy_file(from, tmp, fs::copy_options::overwrite_existing, ec);
  if (ec) return make_error(ErrorCode::output_not_writable, "cannot copy " + from + " to " + tmp + ": " + ec.message());
  // copy_file keeps the source's mode (often 0644): the copy is personal data, 0640 before it is
  // in place (private_files.h).
  const int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fchmod(fd, kPrivateFileMode) != 0) {
    const std::string why = strerror(errno);
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    return make_error(ErrorCode::output_not_writable, "cannot set the mode of " + tmp + ": " + why);
  }
  ::fsync(fd);
  ::close(fd);
  if (::rename(tmp.c_str(), to.c_str()) != 0) {
    const std::string why = strerror(errno);
    ::unlink(tmp.c_str());
    return make_error(ErrorCode::output_not_writable, "cannot rename " + tmp + ": " + why);
  }
  sync_directory(fs::path(to).parent_path().string());
  if (::unlink(from.c_str()) != 0)
    return make_error(ErrorCode::output_not_writable, "copied to " + to + " but cannot remove " + from + ": " + strerror(errno));
  return ok_status();
}

}  // namespace

void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

std::string destination_path(const std::string& root, const std::string& candidate, const std::string& name,
                             const std::string& suffix) {
  fs::path p = fs::path(root) / candidate / name;
  if (suffix.empty()) return p.string();
  const std::string ext = p.extension().string();
  return (p.parent_path() / (p.stem().string() + "." + suffix + ext)).string();
}

Expected<MoveOutcome> move_file(const std::string& from, const std::string& to) {
  const bool have_source = exists_no_follow(from);
  const bool have_dest = exists_no_follow(to);
  if (!have_source) {
    if (!have_dest) return MoveOutcome::source_missing;
    // Killed between the rename and its chmod: finish that too.
    if (auto st = narrow_moved_file(to); !st) return st.error();
    return MoveOutcome::already_moved;
  }
  if (have_dest) {
    // A copy across file systems that was interrupted after its rename: finish it.
    struct stat a {}, b {};
    if (::lstat(from.c_str(), &a) == 0 && ::lstat(to.c_str(), &b) == 0 && S_ISREG(a.st_mode) && S_ISREG(b.st_mode) &&
        a.st_size == b.st_size && (a.st_dev != b.st_dev) && ::unlink(from.c_str()) == 0)
      return MoveOutcome::already_moved;
    return make_error(ErrorCode::output_not_writable, "will not overwrite " + to + " with " + from);
  }
  const std::string dir = fs::path(to).parent_path().string();
  if (auto st = ensure_directory(dir); !st) return st.error();
  if (::rename(from.c_str(), to.c_str()) == 0) {
    if (auto st = narrow_moved_file(to); !st) return st.error();
    sync_directory(dir);
    sync_directory(fs::path(from).parent_path().string());
    return MoveOutcome::moved;
  }
  if (errno != EXDEV) return make_error(ErrorCode::output_not_writable, "cannot move " + from + " to " + to + ": " + strerror(errno));
  struct stat st {};
  if (::lstat(from.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    return make_error(ErrorCode::output_not_writable, "cannot move " + from + " across file systems: not a regular file");
  if (auto s = copy_then_unlink(from, to); !s) return s.error();
  return MoveOutcome::moved;
}

Status write_error_note(const std::string& dest, const std::string& original_path, const std::string& code,
                        const std::string& message) {
  if (auto st = ensure_directory(fs::path(dest).parent_path().string()); !st) return st;
  remove_leftovers(dest + ".error.txt", ".tmp-");
  const std::string text = "file: " + original_path + "\nerror: " + code + "\nwhy: " + message + "\n";
  return write_file_atomic(dest + ".error.txt", text);
}

}  // namespace cc
