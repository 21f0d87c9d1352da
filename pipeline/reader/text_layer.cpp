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
  if (cp >= 0x2010 && cp <= 0x2044) return true;            // dashes, quotes, bullets
  if (cp == 0x20ac || cp == 0x2122 || cp == 0x2116) return true;
  if (cp >= 0xfb00 && cp <= 0xfb06) return true;            // ligatures fi, fl
  return false;
}

constexpr size_t kUsableWords = 25;       // this many words or more is a real text page...
constexpr double kUsableHeightSpan = 0.3; // ...if they also span this fraction of the page height
constexpr double kReadableMin = 0.85;     // below this share of readable characters: garbled

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

std::vector<Word> order_into_lines(std::vector<Word> words) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.box.center_y() < b.box.center_y(); });
  struct Line {
    double y0, y1;
    std::vector<Word> words;
  };
  std::vector<Line> lines;
  for (auto& w : words) {
    // Join the last line whose vertical extent overlaps this word by half its height.
    Line* target = nullptr;
    for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 3; ++it) {
      double overlap = std::min(it->y1, w.box.y1) - std::max(it->y0, w.box.y0);
      if (overlap >= 0.5 * std::min(w.box.height(), it->y1 - it->y0)) {
        target = &*it;
        break;
      }
    }
    if (!target) {
      lines.push_back({w.box.y0, w.box.y1, {}});
      target = &lines.back();
    }
    target->y0 = std::min(target->y0, w.box.y0);
    target->y1 = std::max(target->y1, w.box.y1);
    target->words.push_back(std::move(w));
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
  std::vector<Word> out;
  out.reserve(words.size());
  int index = 0;
  for (auto& line : lines) {
    std::sort(line.words.begin(), line.words.end(), [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    for (auto& w : line.words) {
      w.line = index;
      out.push_back(std::move(w));
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
      dark += row[x] < 160 && !masked[static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)];
  }
  return static_cast<double>(dark) / (static_cast<double>(image.width) * image.height);
}

}  // namespace cc
