#include "pipeline/intake/discover.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace cc {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

void collect_files(const fs::path& folder, std::vector<InputFile>& out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (is_skipped_name(name)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    out.push_back({it->path().string(), fs::relative(it->path(), folder, ec).string()});
  }
  std::sort(out.begin(), out.end(), [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
}

}  // namespace

bool is_skipped_name(const std::string& name) {
  if (name.empty() || name[0] == '.') return true;
  if (name.rfind("~$", 0) == 0) return true;
  const std::string l = lower(name);
  for (const char* suffix : {".part", ".crdownload", ".partial", ".download", ".tmp", "~"})
    if (ends_with(l, suffix)) return true;
  return l == "thumbs.db" || l == "desktop.ini";
}

Expected<std::vector<Candidate>> discover_candidates(const std::string& input_dir) {
  std::error_code ec;
  if (!fs::is_directory(input_dir, ec))
    return make_error(ErrorCode::unreadable, "input folder " + input_dir + " does not exist or is not a folder");
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(input_dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    entries.push_back(*it);
  if (ec) return make_error(ErrorCode::unreadable, "cannot list " + input_dir + ": " + ec.message());
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });

  std::vector<Candidate> candidates;
  std::set<std::string> ids;
  std::vector<fs::path> loose;
  for (const auto& e : entries) {
    const std::string name = e.path().filename().string();
    if (is_skipped_name(name)) continue;
    if (e.is_directory(ec)) {
      Candidate c{name, e.path().string(), {}};
      collect_files(e.path(), c.files);
      ids.insert(c.id);
      candidates.push_back(std::move(c));
    } else if (e.is_regular_file(ec)) {
      loose.push_back(e.path());
    }
  }
  // Loose files: id = stem; when the stem is taken (linn.pdf and linn.png), append the extension.
  for (const auto& p : loose) {
    std::string id = p.stem().string();
    if (id.empty() || ids.count(id)) id = p.filename().string();
    for (int n = 2; ids.count(id); ++n) id = p.filename().string() + "-" + std::to_string(n);
    ids.insert(id);
    candidates.push_back({id, p.parent_path().string(), {{p.string(), p.filename().string()}}});
  }
  std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return candidates;
}

}  // namespace cc
