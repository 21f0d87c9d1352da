// The connected parts of ink on a prepared (1 bpp) page, indexed by where their centres lie, so
// the parts inside a word's box are found without a pass over the page per word. Shared by the
// repairs that look at a word's ink again after Tesseract read it (lost_points.h; more may follow).
#pragma once

#include <unordered_map>
#include <vector>

#include "pipeline/reader/pix.h"

namespace cc {

struct InkPart {
  int x0, y0, x1, y1;  // pixels, x1 and y1 exclusive
  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
};

class InkParts {
 public:
  // 8-connected parts of `binary` (ink = 1); parts of at most `dust` x `dust` pixels are left out.
  InkParts(Pix* binary, int dust);

  // The parts whose centre lies inside [x0, x1) x [y0, y1), left to right.
  std::vector<InkPart> centred_in(int x0, int y0, int x1, int y1) const;

 private:
  static long long key(int cx, int cy);
  std::vector<InkPart> parts_;
  std::unordered_map<long long, std::vector<size_t>> cells_;
};

}  // namespace cc
