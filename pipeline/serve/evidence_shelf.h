// Evidence pictures for the review pages, without rendering anything: the crops `run` and the
// watch daemon rendered for dossier.html are kept in the crop cache (pipeline/cache/crop_cache.h)
// under the document's SHA-256, and the same choice of crops (pipeline/dossier/evidence_crops.h,
// select_evidence_crops) gives the same keys, so the server finds them there. The server never
// opens a candidate's file. A crop not in the cache (a run with --no-cache, a page read turned)
// shows as its text only. The last 64 dossier versions' crops stay in memory, and the last 256
// documents' crop files decoded (a crop file is read again when its size, time or inode changed).
#pragma once

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/facts.h"
#include "pipeline/cache/crop_cache.h"
#include "pipeline/serve/dossier_catalog.h"
#include "validators/validation_result.h"

namespace cc {

struct ShelfCrops {
  std::map<std::string, std::string> url_by_key;  // evidence_key -> "/dossier/ID/crop/TOKEN"
  std::map<std::string, std::string> png_by_token;
};

class EvidenceShelf {
 public:
  explicit EvidenceShelf(std::string crop_cache_dir) : dir_(std::move(crop_cache_dir)) {}
  std::shared_ptr<const ShelfCrops> crops(const CatalogDossier& dossier, const CandidateFacts& facts, const ValidationResult& validation);

 private:
  // The document's crops from the cache, decoded once while its file stays the same.
  std::shared_ptr<const DocumentCrops> document_crops(const CropCache& cache, const std::string& sha256);

  struct LoadedCrops {
    FileStamp stamp{};  // of the crop file
    std::shared_ptr<const DocumentCrops> crops;
  };
  std::string dir_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const ShelfCrops>> by_version_;
  std::map<std::string, LoadedCrops> by_document_;
};

}  // namespace cc
