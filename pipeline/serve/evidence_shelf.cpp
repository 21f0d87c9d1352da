#include "pipeline/serve/evidence_shelf.h"

#include "core/sha256.h"
#include "pipeline/cache/crop_cache.h"
#include "pipeline/dossier/evidence_crops.h"
#include "pipeline/serve/pages.h"

namespace cc {
namespace {

// The documents as the crop chooser needs them: file, hash, page count; no error.
std::vector<DocumentText> documents_of(const nlohmann::json& machine) {
  std::vector<DocumentText> out;
  if (!machine.contains("documents") || !machine["documents"].is_array()) return out;
  for (const auto& d : machine["documents"]) {
    if (!d.is_object() || (d.contains("error") && !d["error"].is_null())) continue;
    DocumentText doc;
    doc.file = d.value("file", "");
    doc.sha256 = d.value("sha256", "");
    doc.page_count = d.contains("pages") && d["pages"].is_number_integer() ? d["pages"].get<int>() : 0;
    out.push_back(std::move(doc));
  }
  return out;
}

}  // namespace

std::shared_ptr<const DocumentCrops> EvidenceShelf::document_crops(const CropCache& cache, const std::string& sha256) {
  const auto stamp = file_stamp(cache.document_path(sha256));
  {
    std::lock_guard lock(mutex_);
    auto it = by_document_.find(sha256);
    if (it != by_document_.end() && it->second.stamp == stamp) return it->second.crops;
  }
  auto crops = std::make_shared<const DocumentCrops>(cache.load(sha256));
  std::lock_guard lock(mutex_);
  if (by_document_.size() >= 256) by_document_.clear();
  by_document_[sha256] = LoadedCrops{stamp, crops};
  return crops;
}

std::shared_ptr<const ShelfCrops> EvidenceShelf::crops(const CatalogDossier& dossier, const CandidateFacts& facts,
                                                       const ValidationResult& validation) {
  {
    std::lock_guard lock(mutex_);
    auto it = by_version_.find(dossier.version);
    if (it != by_version_.end()) return it->second;
  }
  auto shelf = std::make_shared<ShelfCrops>();
  if (!dir_.empty()) {
    CandidateRecord record;
    record.id = dossier.id;
    record.documents = documents_of(dossier.machine);
    record.facts = facts;
    record.validation = validation;
    const CropCache cache(dir_);
    std::map<std::string, std::shared_ptr<const DocumentCrops>> loaded;
    for (const auto& crop : select_evidence_crops(record, 64)) {
      std::string sha;
      for (const auto& d : record.documents)
        if (d.file == crop.evidence.file) sha = d.sha256;
      if (!is_sha256_hex(sha)) continue;
      auto doc = loaded.find(sha);
      if (doc == loaded.end()) doc = loaded.emplace(sha, document_crops(cache, sha)).first;
      CropSpec spec;
      spec.box = crop.region;
      spec.dpi = kCropDpi;
      spec.turn = crop.turn;
      auto hit = doc->second->find(CropCache::crop_key(crop.evidence.page, spec));
      if (hit == doc->second->end()) continue;
      const std::string token = sha256_hex(crop.key.data(), crop.key.size()).substr(0, 16);
      shelf->url_by_key[crop.key] = "/dossier/" + url_part(dossier.id) + "/crop/" + token;
      shelf->png_by_token[token] = hit->second.png;
    }
  }
  std::lock_guard lock(mutex_);
  if (by_version_.size() >= 64) by_version_.clear();
  by_version_[dossier.version] = shelf;
  return shelf;
}

}  // namespace cc
