#include "pipeline/reader/pictured_text.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace cc {
namespace {

// Measured in the page's own line height (the median text-layer word height): a picture must hold
// two lines of that text with their spacing (2.5 word heights: a line of another script set a size
// larger, 2.1 word heights on round 9's Omani headers, is not read) and a dozen characters of one.
constexpr double kMinPictureLines = 2.5;
constexpr double kMinPictureWidthInLines = 10.0;
constexpr double kFallbackLineHeight = 12.0;  // points, when the text layer has no word

// Text-layer words whose centres lie in the picture and cover this share of it: the text layer
// already holds the picture's text (or the picture is a background under the page's text).
constexpr double kCoveredShare = 0.05;

// A reading with fewer lines or words is a signature, a stamp or a face, not text worth adding.
constexpr size_t kMinLines = 2;
constexpr size_t kMinWords = 4;
// Mean confidence of the kept words below this: letters guessed in a script no model reads, a
// photograph's texture. Tesseract reads a clean scanned table at 0.85-0.95.
constexpr double kMinMeanConfidence = 0.75;

// A picture word whose box lies this much inside a text-layer word repeats it.
constexpr double kRepeatOverlap = 0.5;

double median_height(const std::vector<Word>& words) {
  std::vector<double> h;
  for (const Word& w : words)
    if (w.box.height() > 0) h.push_back(w.box.height());
  if (h.empty()) return kFallbackLineHeight;
  std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

double area(const Box& b) { return std::max(0.0, b.width()) * std::max(0.0, b.height()); }

double overlap_area(const Box& a, const Box& b) {
  const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

bool contains_centre(const Box& region, const Box& b) {
  return b.center_x() >= region.x0 && b.center_x() <= region.x1 && b.center_y() >= region.y0 && b.center_y() <= region.y1;
}

// Boxes that overlap are joined until none does.
std::vector<Box> joined(std::vector<Box> boxes) {
  for (bool merged = true; merged;) {
    merged = false;
    for (size_t i = 0; i < boxes.size() && !merged; ++i)
      for (size_t j = i + 1; j < boxes.size() && !merged; ++j)
        if (overlap_area(boxes[i], boxes[j]) > 0) {
          boxes[i] = bounding_box(boxes[i], boxes[j]);
          boxes.erase(boxes.begin() + static_cast<long>(j));
          merged = true;
        }
  }
  return boxes;
}

}  // namespace

std::vector<Box> pictures_to_read(const std::vector<PlacedImage>& images, const std::vector<Word>& text_words,
                                  double page_width, double page_height) {
  std::vector<Box> clipped;
  for (const PlacedImage& image : images) {
    Box b{std::max(0.0, image.box.x0), std::max(0.0, image.box.y0), std::min(page_width, image.box.x1),
          std::min(page_height, image.box.y1)};
    if (b.width() > 0 && b.height() > 0) clipped.push_back(b);
  }
  const double line = median_height(text_words);
  std::vector<Box> out;
  for (const Box& b : joined(std::move(clipped))) {
    if (b.height() < kMinPictureLines * line || b.width() < kMinPictureWidthInLines * line) continue;
    double covered = 0;
    for (const Word& w : text_words)
      if (contains_centre(b, w.box)) covered += overlap_area(b, w.box);
    if (covered >= kCoveredShare * area(b)) continue;
    out.push_back(b);
  }
  std::sort(out.begin(), out.end(), [](const Box& a, const Box& b) { return area(a) > area(b); });
  if (out.size() > kMaxPicturesPerPage) out.resize(kMaxPicturesPerPage);
  return out;
}

PictureVerdict judge_picture_reading(const std::vector<Word>& words) {
  std::set<int> lines;
  double sum = 0;
  for (const Word& w : words) {
    lines.insert(w.line);
    sum += w.confidence;
  }
  if (words.size() < kMinWords || lines.size() < kMinLines)
    return {false, "no text lines (" + std::to_string(lines.size()) + " line(s), " + std::to_string(words.size()) + " word(s))"};
  const double mean = sum / static_cast<double>(words.size());
  if (mean < kMinMeanConfidence) {
    char buf[96];
    snprintf(buf, sizeof buf, "read at %.0f%% mean confidence (not text)", mean * 100);
    return {false, buf};
  }
  return {true, ""};
}

std::vector<Word> picture_words_to_add(std::vector<Word> picture_words, const std::vector<Word>& text_words) {
  std::erase_if(picture_words, [&](const Word& p) {
    const double a = area(p.box);
    for (const Word& t : text_words)
      if (a > 0 && overlap_area(p.box, t.box) >= kRepeatOverlap * a) return true;
    return false;
  });
  for (Word& w : picture_words) w.confidence = std::min(w.confidence, kMaxPictureWordConfidence);
  return picture_words;
}

}  // namespace cc
