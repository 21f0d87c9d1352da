// Evidence crops kept between runs. A crop is a pure function of the document's bytes, the page,
// the region, the resolution and the turn, so it is stored under the document's SHA-256 and a
// digest of the rest: rerunning an unchanged batch (or re-evaluating a candidate in the watch
// daemon) renders no crop again. Entries are the worker's own answer ({"png", "box", "width",
// "height"}) and are checked as strictly as a worker's answer when read back: a damaged entry is a
// miss. Only crops that rendered are stored; a failure is tried again next time.
#pragma once

#include <optional>
#include <string>

#include "pipeline/core/expected.h"
#include "pipeline/workers/crop_job.h"
#include "pipeline/workers/wire.h"

namespace cc {

// Bump when a crop of the same region would come out differently (renderer, PNG settings).
constexpr int kCropRendererVersion = 1;

class CropCache {
 public:
  explicit CropCache(std::string dir) : dir_(std::move(dir)) {}

  std::optional<CropImage> lookup(const std::string& sha256, int page, const CropSpec& spec) const;
  Status store(const std::string& sha256, int page, const CropSpec& spec, const CropImage& crop) const;

  // CACHE/<aa>/<sha256>-crop-<digest of page, region, dpi, turn, version>.json
  std::string entry_path(const std::string& sha256, int page, const CropSpec& spec) const;

 private:
  std::string dir_;
};

}  // namespace cc
