#include "pipeline/serve/dossier_catalog.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/facts.h"
#include "core/sha256.h"

namespace cc {
namespace {

using nlohmann::json;

void lowest_confidence_in(const json& j, double& lowest) {
  if (j.is_object()) {
    if (j.contains("confidence") && j["confidence"].is_number() && !j.contains("file")) lowest = std::min(lowest, j["confidence"].get<double>());
    for (const auto& [key, value] : j.items())
      if (key != "evidence" && key != "documents") lowest_confidence_in(value, lowest);
  } else if (j.is_array()) {
    for (const auto& v : j) lowest_confidence_in(v, lowest);
  }
}

void summarise(CatalogDossier& d) {
  const json& m = d.machine;
  if (m.contains("candidate") && m["candidate"].is_object() && m["candidate"].contains("name") && m["candidate"]["name"].is_string())
    d.name = m["candidate"]["name"].get<std::string>();
  d.generated_at = m.value("generated_at", "");
  bool review = false;
  if (m.contains("evaluations") && m["evaluations"].is_array())
    for (const auto& e : m["evaluations"]) {
      if (!e.is_object()) continue;
      const std::string status = e.value("status", "");
      d.statuses.emplace_back(e.value("board", "") + " " + e.value("credential", ""), status);
      review = review || status == "needs_review";
    }
  if (review) d.needs_person.push_back("needs_review");
  for (const char* section : {"candidate", "degree", "coursework", "experience"})
    if (m.contains(section)) lowest_confidence_in(m[section], d.lowest_confidence);
  if (d.lowest_confidence < kLowConfidence) d.needs_person.push_back("low-confidence facts");
  if (m.contains("flags") && m["flags"].is_array())
    for (const auto& f : m["flags"])
      if (f.is_object()) d.flags.push_back(f.value("code", ""));
  if (!d.flags.empty()) d.needs_person.push_back("flags");
}

}  // namespace

bool is_safe_dossier_id(const std::string& id) {
  if (id.empty() || id.size() > 200 || id[0] == '.') return false;
  for (unsigned char c : id)
    if (c < 0x20 || c == 0x7f || c == '/' || c == '\\') return false;
  return true;
}

std::string dossier_version(const json& machine) {
  const std::string text = machine.dump();
  return sha256_hex(text.data(), text.size()).substr(0, 16);
}

FileStamp file_stamp(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return {0, 0, 0};
  return {static_cast<int64_t>(st.st_ino), static_cast<int64_t>(st.st_size),
          static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

std::shared_ptr<const CatalogDossier> DossierCatalog::load(const std::string& id, bool full) {
  const std::string path = out_dir_ + "/" + id + "/dossier.json";
  struct stat st {};
  if (lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return nullptr;
  const int64_t mtime = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  const int64_t size = st.st_size, inode = static_cast<int64_t>(st.st_ino);
  {
    std::lock_guard lock(mutex_);
    auto& kept = full ? recent_ : summaries_;
    auto it = kept.find(id);
    if (it != kept.end() && it->second->mtime == mtime && it->second->size == size && it->second->inode == inode)
      return it->second;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  auto j = json::parse(buf.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return nullptr;
  auto d = std::make_shared<CatalogDossier>();
  d->id = id;
  d->path = path;
  d->mtime = mtime;
  d->size = size;
  d->inode = inode;
  j.erase("review");
  d->machine = std::move(j);
  d->version = dossier_version(d->machine);
  summarise(*d);
  auto summary = std::make_shared<CatalogDossier>(*d);
  summary->machine = nullptr;
  std::lock_guard lock(mutex_);
  summaries_[id] = summary;
  if (!recent_.count(id)) recent_order_.push_back(id);
  recent_[id] = d;
  while (recent_order_.size() > kRecent) {
    recent_.erase(recent_order_.front());
    recent_order_.erase(recent_order_.begin());
  }
  if (full) return d;
  return summary;
}

void DossierCatalog::note_review_written(const std::string& id) {
  struct stat st {};
  if (lstat((out_dir_ + "/" + id + "/dossier.json").c_str(), &st) != 0) return;
  const int64_t mtime = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  std::lock_guard lock(mutex_);
  for (auto* kept : {&summaries_, &recent_}) {
    auto it = kept->find(id);
    if (it == kept->end()) continue;
    auto updated = std::make_shared<CatalogDossier>(*it->second);
    updated->mtime = mtime;
    updated->size = st.st_size;
    updated->inode = static_cast<int64_t>(st.st_ino);
    it->second = std::move(updated);
  }
}

std::vector<std::shared_ptr<const CatalogDossier>> DossierCatalog::scan() {
  std::vector<std::shared_ptr<const CatalogDossier>> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(out_dir_, ec)) {
    const std::string id = entry.path().filename().string();
    if (!is_safe_dossier_id(id) || !entry.is_directory(ec)) continue;
    if (auto d = load(id, false)) out.push_back(std::move(d));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a->id < b->id; });
  return out;
}

std::shared_ptr<const CatalogDossier> DossierCatalog::find(const std::string& id) {
  if (!is_safe_dossier_id(id)) return nullptr;
  return load(id, true);
}

}  // namespace cc
