#include "pipeline/reader/binarize.h"

#include <algorithm>
#include <vector>

namespace cc {
namespace {

// pixBackgroundNormSimple's parameters (Leptonica's adaptmap.c defaults), passed explicitly so the
// steps below are the ones it takes; tests/pipeline/binarize_test.cpp checks the two agree.
constexpr int kTileWidth = 10, kTileHeight = 15;
constexpr int kForegroundThreshold = 60;
constexpr int kMinBackgroundCount = 40;
constexpr int kBackgroundValue = 200;
constexpr int kSmoothX = 2, kSmoothY = 1;

}  // namespace

PixPtr binarise_on_normalised_background(Pix* gray, int threshold) {
  if (!gray || pixGetDepth(gray) != 8) return nullptr;
  Pix* map_raw = nullptr;
  pixGetBackgroundGrayMap(gray, nullptr, kTileWidth, kTileHeight, kForegroundThreshold, kMinBackgroundCount, &map_raw);
  PixPtr map(map_raw);
  PixPtr inverse(map ? pixGetInvBackgroundMap(map.get(), kBackgroundValue, kSmoothX, kSmoothY) : nullptr);
  if (!inverse) return PixPtr(pixThresholdToBinary(gray, threshold));

  const int w = pixGetWidth(gray), h = pixGetHeight(gray);
  const int map_w = pixGetWidth(inverse.get()), map_h = pixGetHeight(inverse.get());
  PixPtr out(pixCreate(w, h, 1));  // zeroed: no ink
  if (!out) return nullptr;
  pixCopyResolution(out.get(), gray);
  const l_uint32* src = pixGetData(gray);
  const l_uint32* inv = pixGetData(inverse.get());
  l_uint32* dst = pixGetData(out.get());
  const int src_wpl = pixGetWpl(gray), inv_wpl = pixGetWpl(inverse.get()), dst_wpl = pixGetWpl(out.get());
  // value * inverse / 256 < threshold  <=>  value * inverse < threshold * 256  <=>  value < limit,
  // with limit = ceil(threshold * 256 / inverse) for each tile of the row (257: every value).
  // Pixels beyond the map (none when it covers the page) stay 0 in Leptonica's result: ink.
  const long product = static_cast<long>(threshold) * 256;
  std::vector<int> limit(static_cast<size_t>(w));
  for (int y = 0; y < h; ++y) {
    const int tile_row = y / kTileHeight;
    if (y % kTileHeight == 0) {
      const l_uint32* inv_line = inv + static_cast<size_t>(std::min(tile_row, map_h - 1)) * static_cast<size_t>(inv_wpl);
      for (int x = 0; x < w; ++x) {
        const int tile = x / kTileWidth;
        if (tile >= map_w || tile_row >= map_h) {
          limit[static_cast<size_t>(x)] = 257;
          continue;
        }
        const long v = GET_DATA_TWO_BYTES(inv_line, tile);
        limit[static_cast<size_t>(x)] = v == 0 ? 257 : static_cast<int>(std::min<long>(257, (product + v - 1) / v));
      }
    }
    const l_uint32* src_line = src + static_cast<size_t>(y) * static_cast<size_t>(src_wpl);
    l_uint32* dst_line = dst + static_cast<size_t>(y) * static_cast<size_t>(dst_wpl);
    for (int x = 0; x < w; ++x)
      if (static_cast<int>(GET_DATA_BYTE(src_line, x)) < limit[static_cast<size_t>(x)]) SET_DATA_BIT(dst_line, x);
  }
  return out;
}

}  // namespace cc
