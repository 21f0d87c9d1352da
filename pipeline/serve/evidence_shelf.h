// Evidence pictures for the review pages, without rendering anything: the crops `run` and the
// watch daemon rendered for dossier.html are kept in the crop cache (pipeline/cache/crop_cache.h)
// under the document's SHA-256, and the same choice of crops (pipeline/dossier/evidence_crops.h,
// select_evidence_crops) gives the same keys, so the server finds them there. The server never
// opens a candidate's file. A crop not in the cache (a run with --no-cache, a page read turned)
// shows as its text only. The last 64 dossier versions' crops stay in memory.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/facts.h"
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
  std::string dir_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const ShelfCrops>> by_version_;
};

}  // namespace cc
