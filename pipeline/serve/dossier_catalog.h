// The dossiers under OUT, as the review server sees them: OUT/<id>/dossier.json for every
// candidate folder (dot folders such as .credcheck skipped). A dossier is parsed again only when
// its file changed (modification time, size or inode: a rename within one tick of the
// kernel's coarse clock keeps the time but never the inode), so a rescan of 1,000 dossiers is 1,000 stat()s;
// a new version written by `run` or the watch daemon appears at the next rescan. Its version is
// the SHA-256 of the machine's part (everything but the `review` section the server adds).
// Only the queue's summary of every dossier stays in memory; the parsed JSON of the last 64
// dossiers opened is kept (a parsed dossier takes about 1 MB: 1,000 of them would take 1 GB).
#pragma once

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cc {

struct CatalogDossier {
  std::string id, path, version;  // version: 16 hex digits
  nlohmann::json machine;         // dossier.json without `review` (null in scan()'s summaries)
  std::string name;
  std::vector<std::pair<std::string, std::string>> statuses;  // "ASCPi MLS" -> eligible|not_eligible|needs_review
  std::vector<std::string> flags;                             // flag codes
  double lowest_confidence = 1.0;                             // of the facts
  std::string generated_at;
  int64_t mtime = 0, size = 0, inode = 0;  // the file as last parsed or written by the server
  std::vector<std::string> needs_person;  // why a person must look: needs_review, low confidence, flags
};

class DossierCatalog {
 public:
  explicit DossierCatalog(std::string out_dir) : out_dir_(std::move(out_dir)) {}
  // Rescans OUT; returns the dossiers sorted by id.
  std::vector<std::shared_ptr<const CatalogDossier>> scan();
  // One dossier (rescanning just its file); nullptr when `id` is not a candidate folder of OUT.
  std::shared_ptr<const CatalogDossier> find(const std::string& id);
  const std::string& out_dir() const { return out_dir_; }
  // The server itself rewrote OUT/<id>/dossier.json (its review section only): the cached machine
  // part stays valid under the file's new modification time, so it is not parsed again.
  void note_review_written(const std::string& id);

 private:
  // The dossier parsed (full) when its file changed or `full` is asked and not at hand; else the
  // summary kept.
  std::shared_ptr<const CatalogDossier> load(const std::string& id, bool full);

  std::string out_dir_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const CatalogDossier>> summaries_;
  std::map<std::string, std::shared_ptr<const CatalogDossier>> recent_;  // full, at most kRecent
  std::vector<std::string> recent_order_;
  static constexpr size_t kRecent = 64;
};

// A candidate id as a folder name: no separators, no dot first, printable, at most 200 bytes.
bool is_safe_dossier_id(const std::string& id);

std::string dossier_version(const nlohmann::json& machine);

// A file's identity as last seen (inode, size, modification time in ns; zeros when absent): a
// rewrite changes the size or time, a rename into place the inode.
using FileStamp = std::array<int64_t, 3>;
FileStamp file_stamp(const std::string& path);

}  // namespace cc
