#include "extractors/tables/font_boxes.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cc {
namespace {

// The value at `q` (0..1) of the sorted values.
double quantile_of(std::vector<double> v, double q) {
  const size_t k = static_cast<size_t>(q * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

// A font's body is about 1.4 cap heights (Helvetica, Times, DejaVu, Arial: 1.35-1.45): accents
// and ascenders above the capitals, descenders below the baseline. Measured on the scans of rounds
// 6 and 7, how far below matters: grown 0.3 below, the upper line of a stacked header cell
// ("Kredit /" over "Credits", an Uzbek record) reached the line under it and the cell came apart
// into two credit columns (46 credits lost); not grown below at all, a Kuwaiti record's tables side
// by side lost their codes (22 rows). 0.15 below and 1.25 above read both as before and the
// Dominican record as its text layer.
constexpr double kAboveBaseline = 1.25;
constexpr double kBelowBaseline = 0.15;

// Tesseract gives some lines boxes of the line's whole height, the same on every word (on a page
// read turned, say): those are font boxes already, and grown they would stand taller than their
// line, as text on its side does.
bool already_line_boxes(const std::vector<Word>& words, const std::vector<size_t>& members, double height) {
  if (members.size() < 2) return false;
  const Box& first = words[members.front()].box;
  return std::all_of(members.begin(), members.end(), [&](size_t i) {
    return std::abs(words[i].box.y0 - first.y0) <= 0.05 * height && std::abs(words[i].box.y1 - first.y1) <= 0.05 * height;
  });
}

}  // namespace

void grow_to_font_boxes(std::vector<Word>& words) {
  std::map<int, std::vector<size_t>> lines;
  for (size_t i = 0; i < words.size(); ++i) lines[words[i].line].push_back(i);
  for (const auto& [line, members] : lines) {
    std::vector<double> bottoms;
    double height = 0;
    for (size_t i : members) {
      bottoms.push_back(words[i].box.y1);
      if (words[i].text.size() < 2) continue;  // a point, a dash
      height = height == 0 ? words[i].box.height() : std::min(height, words[i].box.height());
    }
    // The lowest word of two characters or more is about a capital's or a figure's ink: Tesseract
    // gives many words a box down into the line below (a header's "Clave" 10 pt for 6 pt of ink),
    // so no mean or median is; a line of lower-case words without ascenders grows less, never more.
    const double baseline = quantile_of(bottoms, 0.5);
    if (height <= 0 || already_line_boxes(words, members, height)) continue;
    for (size_t i : members) {
      Box& b = words[i].box;
      b.y0 = std::min(b.y0, baseline - kAboveBaseline * height);
      b.y1 = std::max(b.y1, baseline + kBelowBaseline * height);
    }
  }
}

}  // namespace cc
