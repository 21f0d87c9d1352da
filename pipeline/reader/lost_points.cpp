#include "pipeline/reader/lost_points.h"

#include <algorithm>

namespace cc {
namespace {

// Shapes relative to the figures' ink height h. A point in common text faces is 0.1-0.2 h across,
// set on the baseline; a comma is as wide and hangs 0.1-0.3 h below it.
constexpr double kMinMark = 0.08, kMaxMark = 0.32;  // the mark's width and height
constexpr double kMaxMarkAspect = 2.5;              // longer side / shorter side: round, not a bar
constexpr double kFigureHeight = 0.6;               // a part at least this tall is a figure
constexpr double kBaselineTolerance = 0.15;         // the point's bottom from the baseline
constexpr double kCommaDrop = 0.1;                  // below the baseline by more: a comma
constexpr double kMaxCommaDrop = 0.4;
constexpr size_t kMaxFigures = 6;

bool figures_only(const std::string& text) {
  return text.size() >= 2 && text.size() <= kMaxFigures &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string with_lost_point(const InkParts& parts, const OcrWord& word) {
  if (!figures_only(word.text)) return word.text;
  const int box_h = word.bottom - word.top;
  if (box_h <= 0) return word.text;
  const std::vector<InkPart> inside = parts.centred_in(word.left, word.top, word.right + 1, word.bottom + 1);
  int h = 0;
  for (const InkPart& p : inside) h = std::max(h, p.height());
  if (h < 8) return word.text;  // too small to tell a point from dust
  std::vector<InkPart> figures, marks;
  for (const InkPart& p : inside) (p.height() >= kFigureHeight * h ? figures : marks).push_back(p);
  if (figures.size() != word.text.size() || marks.size() != 1) return word.text;
  const InkPart& m = marks.front();
  const int lo = std::min(m.width(), m.height()), hi = std::max(m.width(), m.height());
  if (lo < kMinMark * h || hi > kMaxMark * h || hi > kMaxMarkAspect * lo) return word.text;
  std::vector<int> bottoms;
  for (const InkPart& f : figures) bottoms.push_back(f.y1);
  std::nth_element(bottoms.begin(), bottoms.begin() + static_cast<long>(bottoms.size() / 2), bottoms.end());
  const int baseline = bottoms[bottoms.size() / 2];
  const double drop = static_cast<double>(m.y1 - baseline);
  if (drop < -kBaselineTolerance * h || drop > kMaxCommaDrop * h) return word.text;
  // Between two figures, touching neither.
  size_t before = 0;
  while (before < figures.size() && figures[before].x1 <= m.x0) ++before;
  if (before == 0 || before == figures.size() || figures[before].x0 < m.x1) return word.text;
  std::string out = word.text;
  out.insert(before, drop > kCommaDrop * h ? "," : ".");
  return out;
}

int put_back_lost_points(const InkParts& parts, std::vector<OcrWord>& words) {
  int count = 0;
  for (OcrWord& w : words) {
    std::string text = with_lost_point(parts, w);
    if (text == w.text) continue;
    w.text = std::move(text);
    ++count;
  }
  return count;
}

}  // namespace cc
