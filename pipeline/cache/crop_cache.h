// Evidence crops kept between runs. A crop is a pure function of the document's bytes, the page,
// the region, the resolution and the turn, so a document's crops are kept in one file under its
// SHA-256, each under a key made of the rest: rerunning an unchanged batch (or re-evaluating a
// candidate in the watch daemon) renders no crop again. One file per document, not per crop: a
// batch of 150 candidates wrote 2,350 crop files before, and creating files is what a cold run
// on ext4 pays for most after the OCR. Entries are the worker's own answer ({"png", "box",
// "width", "height"}) and are checked as strictly as a worker's answer when read back: a damaged
// entry is a miss, a damaged file an empty one. Only crops that rendered are stored; a failure
// is tried again next time.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/expected.h"
#include "pipeline/workers/crop_job.h"
#include "pipeline/workers/wire.h"

namespace cc {

// Bump when a crop of the same region would come out differently (renderer, PNG settings).
constexpr int kCropRendererVersion = 2;  // 2: zlib level 1

// The crops of one document, by crop_key().
using DocumentCrops = std::map<std::string, CropImage>;

class CropCache {
 public:
  explicit CropCache(std::string dir) : dir_(std::move(dir)) {}

  // Page, region, resolution, turn and renderer version, as one key.
  static std::string crop_key(int page, const CropSpec& spec);

  // Every crop kept for the document; empty when there is none or the file is damaged.
  DocumentCrops load(const std::string& sha256) const;
  // Adds crops to the document's file: read, merged and written back atomically. Finisher
  // threads adding to the same document wait for each other, so neither loses the other's crops.
  Status add(const std::string& sha256, const DocumentCrops& crops) const;

  // One crop (load + find, add one): for callers with a single crop, and for tests.
  std::optional<CropImage> lookup(const std::string& sha256, int page, const CropSpec& spec) const;
  Status store(const std::string& sha256, int page, const CropSpec& spec, const CropImage& crop) const;

  // CACHE/<aa>/<sha256>-crops.json
  std::string document_path(const std::string& sha256) const;

 private:
  std::string dir_;
  mutable std::mutex add_mutex_;
};

}  // namespace cc
