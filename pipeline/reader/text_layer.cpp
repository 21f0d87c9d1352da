#include "pipeline/reader/text_layer.h"

#include <algorithm>
#include <cmath>

namespace cc {
namespace {

// Decodes one UTF-8 code point; advances i. Invalid bytes yield U+FFFD.
char32_t next_code_point(const std::string& s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
  if (extra < 0) return 0xfffd;
  char32_t cp = c & (0x3f >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) return 0xfffd;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3f);
  }
  return cp;
}

bool readable(char32_t cp) {
  if (cp >= 0x20 && cp < 0x7f) return true;                 // ASCII printable
  if (cp >= 0xa0 && cp <= 0x24f) return cp != 0xad;         // Latin-1 and Latin Extended A/B
  // Other alphabets agencies' documents are printed in, beside or instead of English: a text layer
  // in them is real text (a Ukrainian diploma supplement, a Vietnamese diploma, an Arabic header),
  // and OCR with the English model would only garble it. CJK stays out: a font without a ToUnicode
  // map gives shifted code points that land there (see the tests).
  if (cp >= 0x300 && cp <= 0x36f) return true;              // combining diacritics
  if (cp >= 0x370 && cp <= 0x52f) return true;              // Greek, Cyrillic and its supplement
  if (cp >= 0x590 && cp <= 0x6ff) return true;              // Hebrew, Arabic
  if (cp >= 0x900 && cp <= 0x97f) return true;              // Devanagari
  if (cp >= 0xe00 && cp <= 0xe7f) return true;              // Thai
  if (cp >= 0x1e00 && cp <= 0x1eff) return true;            // Latin Extended Additional (Vietnamese)
  if (cp >= 0x2010 && cp <= 0x2044) return true;            // dashes, quotes, bullets
  if (cp == 0x20ac || cp == 0x2122 || cp == 0x2116) return true;
  if (cp >= 0xfb00 && cp <= 0xfb06) return true;            // ligatures fi, fl
  return false;
}

constexpr size_t kUsableWords = 25;       // this many words or more is a real text page...
constexpr double kUsableHeightSpan = 0.3; // ...if they also span this fraction of the page height
constexpr double kReadableMin = 0.85;     // below this share of readable characters: garbled
constexpr unsigned char kInkLevel = 200;  // at thumbnail resolution text is light gray, not black

}  // namespace

double readable_fraction(const std::string& utf8) {
  size_t total = 0, good = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = next_code_point(utf8, i);
    if (cp == ' ') continue;
    ++total;
    good += readable(cp);
  }
  return total == 0 ? 1.0 : static_cast<double>(good) / static_cast<double>(total);
}

TextLayerJudgement judge_text_layer(const std::vector<Word>& words, double /*page_width*/, double page_height) {
  if (words.empty()) return {TextLayerVerdict::empty, "no text layer"};
  std::string all;
  double top = page_height, bottom = 0;
  for (const auto& w : words) {
    all += w.text;
    top = std::min(top, w.box.y0);
    bottom = std::max(bottom, w.box.y1);
  }
  const double readable_share = readable_fraction(all);
  if (readable_share < kReadableMin) {
    char buf[128];
    snprintf(buf, sizeof buf, "text layer maps to no readable text (%.0f%% readable characters)", readable_share * 100);
    return {TextLayerVerdict::garbled, buf};
  }
  const double span = page_height > 0 ? (bottom - top) / page_height : 0;
  if (words.size() >= kUsableWords && span >= kUsableHeightSpan) return {TextLayerVerdict::usable, "text layer"};
  return {TextLayerVerdict::sparse, "sparse text layer (" + std::to_string(words.size()) + " words)"};
}

namespace {

// A word's box in its reading frame: u runs along the line, v across the lines, both growing in
// reading order.
struct Framed {
  double u0, u1, v0, v1;
};

Framed in_reading_frame(const Box& b, int quarter_turns) {
  switch (((quarter_turns % 4) + 4) % 4) {
    case 1: return {b.y0, b.y1, -b.x1, -b.x0};   // reads top to bottom, lines right to left
    case 2: return {-b.x1, -b.x0, -b.y1, -b.y0}; // upside down
    case 3: return {-b.y1, -b.y0, b.x0, b.x1};   // reads bottom to top, lines left to right
    default: return {b.x0, b.x1, b.y0, b.y1};
  }
}

}  // namespace

std::vector<Word> order_into_lines(std::vector<Word> words, const std::vector<int>& quarter_turns) {
  // Words of the page's dominant direction decide the frame.
  int counts[4] = {0, 0, 0, 0};
  for (int t : quarter_turns) ++counts[((t % 4) + 4) % 4];
  int turns = 0;
  for (int t = 1; t < 4; ++t)
    if (counts[t] > counts[turns]) turns = t;

  struct Item {
    Framed f;
    Word w;
  };
  std::vector<Item> items;
  items.reserve(words.size());
  for (auto& w : words) items.push_back({in_reading_frame(w.box, turns), std::move(w)});
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.f.v0 + a.f.v1 < b.f.v0 + b.f.v1; });

  // A line's band is the mean of its words' bands, not their union: a union grows with every
  // word set off the line (the letters of a round seal, a stamp) until it swallows the lines
  // around it, and a whole page comes out as one line.
  struct Line {
    double sum_v0 = 0, sum_v1 = 0;
    std::vector<Item> items;
    double v0() const { return sum_v0 / static_cast<double>(items.size()); }
    double v1() const { return sum_v1 / static_cast<double>(items.size()); }
  };
  std::vector<Line> lines;
  for (auto& item : items) {
    // Join one of the last few lines if it overlaps this word by half the smaller height.
    Line* target = nullptr;
    for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 3; ++it) {
      const double overlap = std::min(it->v1(), item.f.v1) - std::max(it->v0(), item.f.v0);
      if (overlap >= 0.5 * std::min(item.f.v1 - item.f.v0, it->v1() - it->v0())) {
        target = &*it;
        break;
      }
    }
    if (!target) {
      lines.emplace_back();
      target = &lines.back();
    }
    target->sum_v0 += item.f.v0;
    target->sum_v1 += item.f.v1;
    target->items.push_back(std::move(item));
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.v0() + a.v1() < b.v0() + b.v1(); });
  std::vector<Word> out;
  out.reserve(items.size());
  int index = 0;
  for (auto& line : lines) {
    std::sort(line.items.begin(), line.items.end(), [](const Item& a, const Item& b) { return a.f.u0 < b.f.u0; });
    for (auto& item : line.items) {
      item.w.line = index;
      out.push_back(std::move(item.w));
    }
    ++index;
  }
  return out;
}

double ink_outside_boxes(const GrayView& image, const std::vector<Box>& boxes, double scale, int margin_px) {
  if (image.width <= 0 || image.height <= 0) return 0;
  std::vector<unsigned char> masked(static_cast<size_t>(image.width) * static_cast<size_t>(image.height), 0);
  for (const auto& b : boxes) {
    int x0 = std::max(0, static_cast<int>(std::floor(b.x0 * scale)) - margin_px);
    int y0 = std::max(0, static_cast<int>(std::floor(b.y0 * scale)) - margin_px);
    int x1 = std::min(image.width, static_cast<int>(std::ceil(b.x1 * scale)) + margin_px);
    int y1 = std::min(image.height, static_cast<int>(std::ceil(b.y1 * scale)) + margin_px);
    for (int y = y0; y < y1; ++y)
      std::fill(masked.begin() + y * image.width + x0, masked.begin() + y * image.width + std::max(x0, x1), 1);
  }
  size_t dark = 0;
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* row = image.data + static_cast<size_t>(y) * static_cast<size_t>(image.stride);
    for (int x = 0; x < image.width; ++x)
      dark += row[x] < kInkLevel && !masked[static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)];
  }
  return static_cast<double>(dark) / (static_cast<double>(image.width) * image.height);
}

}  // namespace cc
