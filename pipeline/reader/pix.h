// Owning handle for Leptonica images, so every early return frees what it made.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>

namespace cc {

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace cc
