#include "pipeline/watch/watch_paths.h"

#include <filesystem>

#include "pipeline/watch/state_db.h"

namespace cc {
namespace fs = std::filesystem;

bool path_inside(const std::string& inner, const std::string& outer) {
  std::error_code ec;
  const fs::path a = fs::weakly_canonical(fs::absolute(inner), ec);
  const fs::path b = fs::weakly_canonical(fs::absolute(outer), ec);
  auto [ai, bi] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return bi == b.end() || (bi != b.end() && bi->empty() && std::next(bi) == b.end());
}

Status resolve_watch_paths(WatchOptions& o) {
  std::error_code ec;
  if (!fs::is_directory(o.inbox, ec)) return make_error(ErrorCode::internal, "the inbox " + o.inbox + " is not a folder");
  const std::string home = o.out_dir + "/.credcheck";
  if (o.state_file.empty()) o.state_file = home + "/state.sqlite";
  if (o.archive_dir.empty()) o.archive_dir = home + "/archive";
  if (o.quarantine_dir.empty()) o.quarantine_dir = home + "/quarantine";
  if (o.cache_dir.empty()) o.cache_dir = home + "/cache";
  if (o.log_file.empty()) o.log_file = home + "/watch.log";
  if (path_inside(o.out_dir, o.inbox))
    return make_error(ErrorCode::internal, "the output folder " + o.out_dir + " is inside the inbox " + o.inbox + ": choose another");
  if (path_inside(o.inbox, o.out_dir))
    return make_error(ErrorCode::internal, "the inbox " + o.inbox + " is inside the output folder " + o.out_dir + ": choose another");
  for (const auto& [what, path] : {std::pair<const char*, std::string>{"state file", o.state_file}, {"archive", o.archive_dir},
                                   {"quarantine", o.quarantine_dir}, {"cache", o.cache_dir}, {"log file", o.log_file}})
    if (!is_postgres_url(path) && path_inside(path, o.inbox))
      return make_error(ErrorCode::internal, std::string("the ") + what + " " + path + " is inside the inbox " + o.inbox);
  return ok_status();
}

}  // namespace cc
