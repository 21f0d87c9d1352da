#include "pipeline/reader/glyph_widths.h"

#include <algorithm>

namespace cc {
namespace {

// An O up to this much wider than the median figure is a figure. Measured on round 4's Peruvian
// scans: zero/figure 1.0-1.1, capital O/figure 1.45-1.6.
constexpr double kFigureWidthSlack = 1.2;

// A lower-case o is x-height tall (about 0.7 of a figure); a zero read as o is a figure's height.
constexpr double kFigureHeightShare = 0.9;

bool is_reference_figure(const std::string& s) { return s.size() == 1 && s[0] >= '0' && s[0] <= '9' && s[0] != '1'; }

}  // namespace

std::string zeros_read_as_o(const std::vector<Glyph>& glyphs) {
  std::string as_read;
  for (const auto& g : glyphs) as_read += g.text;
  std::vector<int> figures, heights;
  for (const auto& g : glyphs)
    if (is_reference_figure(g.text)) {
      figures.push_back(g.width);
      heights.push_back(g.height);
    }
  if (figures.empty()) return as_read;
  std::nth_element(figures.begin(), figures.begin() + static_cast<long>(figures.size() / 2), figures.end());
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  const double figure = figures[figures.size() / 2];
  const double figure_height = heights[heights.size() / 2];
  std::string fixed;
  for (size_t i = 0; i < glyphs.size(); ++i) {
    const auto& g = glyphs[i];
    const bool tall_o = g.text == "o" && figure_height > 0 && g.height >= figure_height * kFigureHeightShare;
    const bool narrow_o = (g.text == "O" || tall_o) && g.width <= figure * kFigureWidthSlack;
    // Only an O that touches a figure: "TLO101" -> "TL0101"; the O of "ORG 2020" stays.
    auto figure_at = [&](size_t j) { return j < glyphs.size() && glyphs[j].text.size() == 1 && glyphs[j].text[0] >= '0' && glyphs[j].text[0] <= '9'; };
    const bool beside_figure = figure_at(i + 1) || (i > 0 && figure_at(i - 1));
    fixed += narrow_o && beside_figure ? std::string("0") : g.text;
  }
  return fixed;
}

}  // namespace cc
