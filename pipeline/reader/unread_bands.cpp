#include "pipeline/reader/unread_bands.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace cc {
namespace {

// A row holds ink when at least this many pixels are set (scanner dust left by the despeckling
// does not make a band).
constexpr int kMinRowInk = 3;
// Rows without ink inside a band: the gap inside a glyph stroke of a blurred scan.
constexpr int kMaxGapRows = 1;
// A band is a line of text when it is at least this fraction of the page's median word height
// tall, and a printed title at most this many times it (a seal or a crest is taller).
constexpr double kMinHeightInWords = 0.9;
constexpr double kMaxHeightInWords = 5.0;
// The band's ink outside the words read must span at least this many median word heights across
// (a word or two of a title), and the words read may hold at most this share of its ink.
constexpr double kMinWidthInWords = 3.0;
constexpr double kMaxCoveredShare = 0.2;
// At most this many bands read again on a page (bounded cost on a page of drawings).
constexpr size_t kMaxBands = 6;
// A band's reading is kept when its words average this confidence and one of them is a word of
// three letters or more.
constexpr double kMinMeanConfidence = 0.75;
constexpr float kMinWordConfidence = 0.5f;

double median_height(const std::vector<OcrWord>& words) {
  std::vector<double> h;
  h.reserve(words.size());
  for (const OcrWord& w : words) h.push_back(w.bottom - w.top);
  const size_t k = h.size() / 2;
  std::nth_element(h.begin(), h.begin() + static_cast<long>(k), h.end());
  return h[k];
}

bool ink_at(const l_uint32* line, int x) { return GET_DATA_BIT(line, x) != 0; }

// The ink of rows [top, bottom) that no word box holds: its left and right ends, and the share of
// the band's ink the words hold.
struct BandInk {
  int left = 0, right = 0;
  long outside = 0, inside = 0;
};

BandInk ink_outside_words(Pix* page, int top, int bottom, const std::vector<OcrWord>& words) {
  const int width = static_cast<int>(pixGetWidth(page));
  const int wpl = pixGetWpl(page);
  const l_uint32* data = pixGetData(page);
  // Columns the words of this band cover (a word reaching into the band covers its columns).
  std::vector<char> covered(static_cast<size_t>(width), 0);
  for (const OcrWord& w : words) {
    if (w.bottom <= top || w.top >= bottom) continue;
    for (int x = std::max(0, w.left); x < std::min(width, w.right); ++x) covered[static_cast<size_t>(x)] = 1;
  }
  BandInk out{width, -1, 0, 0};
  for (int y = top; y < bottom; ++y) {
    const l_uint32* line = data + static_cast<long>(y) * wpl;
    for (int x = 0; x < width; ++x) {
      if (!ink_at(line, x)) continue;
      if (covered[static_cast<size_t>(x)]) {
        ++out.inside;
        continue;
      }
      ++out.outside;
      out.left = std::min(out.left, x);
      out.right = std::max(out.right, x + 1);
    }
  }
  return out;
}

bool has_word_of_letters(const std::vector<OcrWord>& words) {
  for (const OcrWord& w : words) {
    int letters = 0;
    for (unsigned char c : w.text) letters += (std::isalpha(c) || c >= 0x80) ? 1 : 0;
    if (letters >= 3) return true;
  }
  return false;
}

// The band read on its own, words in the page's pixels; empty unless the reading is sure.
std::vector<OcrWord> read_band(Pix* page, const ReadPart& read, const InkBand& band, double word_height) {
  const int margin = static_cast<int>(std::lround(0.3 * word_height));
  const int x0 = std::max(0, band.left - margin), y0 = std::max(0, band.top - margin);
  const int x1 = std::min(static_cast<int>(pixGetWidth(page)), band.right + margin);
  const int y1 = std::min(static_cast<int>(pixGetHeight(page)), band.bottom + margin);
  ::Box* box = boxCreate(x0, y0, x1 - x0, y1 - y0);
  PixPtr part(pixClipRectangle(page, box, nullptr));
  boxDestroy(&box);
  if (!part) return {};
  auto again = read(part.get());
  if (!again) return {};
  std::vector<OcrWord> out;
  double sum = 0;
  for (OcrWord w : *again) {
    if (w.text.empty() || w.confidence < kMinWordConfidence) continue;
    sum += w.confidence;
    w.left += x0;
    w.right += x0;
    w.top += y0;
    w.bottom += y0;
    out.push_back(std::move(w));
  }
  if (out.empty() || sum / static_cast<double>(out.size()) < kMinMeanConfidence || !has_word_of_letters(out)) return {};
  return out;
}

}  // namespace

std::vector<InkBand> unread_bands(Pix* page, const std::vector<OcrWord>& words) {
  std::vector<InkBand> bands;
  if (!page || pixGetDepth(page) != 1 || words.empty()) return bands;
  const double word_height = median_height(words);
  if (word_height <= 0) return bands;
  const int width = static_cast<int>(pixGetWidth(page)), height = static_cast<int>(pixGetHeight(page));
  const int wpl = pixGetWpl(page);
  const l_uint32* data = pixGetData(page);
  std::vector<int> row_ink(static_cast<size_t>(height), 0);
  for (int y = 0; y < height; ++y) {
    const l_uint32* line = data + static_cast<long>(y) * wpl;
    int n = 0;
    for (int w = 0; w < wpl && n < kMinRowInk; ++w) n += line[w] ? __builtin_popcount(line[w]) : 0;
    row_ink[static_cast<size_t>(y)] = n;
  }
  (void)width;
  int y = 0;
  while (y < height) {
    while (y < height && row_ink[static_cast<size_t>(y)] < kMinRowInk) ++y;
    if (y >= height) break;
    const int top = y;
    int last_ink = y, gap = 0;
    for (; y < height; ++y) {
      if (row_ink[static_cast<size_t>(y)] >= kMinRowInk) {
        last_ink = y;
        gap = 0;
      } else if (++gap > kMaxGapRows) {
        break;
      }
    }
    const int bottom = last_ink + 1;
    const int h = bottom - top;
    if (h < kMinHeightInWords * word_height || h > kMaxHeightInWords * word_height) continue;
    const BandInk ink = ink_outside_words(page, top, bottom, words);
    if (ink.right - ink.left < kMinWidthInWords * word_height) continue;
    if (ink.inside > kMaxCoveredShare * static_cast<double>(ink.inside + ink.outside)) continue;
    bands.push_back({ink.left, top, ink.right, bottom});
  }
  if (bands.size() > kMaxBands) bands.resize(kMaxBands);
  return bands;
}

int read_unread_bands(Pix* page, const ReadPart& read, std::vector<OcrWord>& words) {
  const std::vector<InkBand> bands = unread_bands(page, words);
  if (bands.empty()) return 0;
  const double word_height = median_height(words);
  // Each word keyed by its line; a band's words by the line just below the lines above it.
  std::vector<std::pair<double, OcrWord>> keyed;
  keyed.reserve(words.size());
  for (const OcrWord& w : words) keyed.emplace_back(w.line, w);
  int added = 0;
  for (const InkBand& band : bands) {
    std::vector<OcrWord> again = read_band(page, read, band, word_height);
    if (again.empty()) continue;
    const double middle = 0.5 * (band.top + band.bottom);
    double key = -0.5;
    for (const OcrWord& w : words)
      if (0.5 * (w.top + w.bottom) < middle) key = std::max(key, w.line + 0.5);
    for (OcrWord& w : again) keyed.emplace_back(key + 0.001 * w.line, std::move(w));
    ++added;
  }
  if (added == 0) return 0;
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  words.clear();
  int line = -1;
  double last_key = -1e18;
  for (auto& [key, w] : keyed) {
    if (key != last_key) ++line;
    last_key = key;
    w.line = line;
    words.push_back(std::move(w));
  }
  return added;
}

}  // namespace cc
