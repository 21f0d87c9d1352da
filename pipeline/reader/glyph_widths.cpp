#include "pipeline/reader/glyph_widths.h"

#include <algorithm>

namespace cc {
namespace {

// An O up to this much wider than the median figure is a figure. Measured on round 4's Peruvian
// scans: zero/figure 1.0-1.1, capital O/figure 1.45-1.6.
constexpr double kFigureWidthSlack = 1.2;

bool is_reference_figure(const std::string& s) { return s.size() == 1 && s[0] >= '0' && s[0] <= '9' && s[0] != '1'; }

}  // namespace

std::string zeros_read_as_o(const std::vector<Glyph>& glyphs) {
  std::string as_read;
  for (const auto& g : glyphs) as_read += g.text;
  std::vector<int> figures;
  for (const auto& g : glyphs)
    if (is_reference_figure(g.text)) figures.push_back(g.width);
  if (figures.empty()) return as_read;
  std::nth_element(figures.begin(), figures.begin() + static_cast<long>(figures.size() / 2), figures.end());
  const double figure = figures[figures.size() / 2];
  std::string fixed;
  for (size_t i = 0; i < glyphs.size(); ++i) {
    const auto& g = glyphs[i];
    const bool narrow_o = g.text == "O" && g.width <= figure * kFigureWidthSlack;
    // Only an O that touches a figure: "TLO101" -> "TL0101"; the O of "ORG 2020" stays.
    auto figure_at = [&](size_t j) { return j < glyphs.size() && glyphs[j].text.size() == 1 && glyphs[j].text[0] >= '0' && glyphs[j].text[0] <= '9'; };
    const bool beside_figure = figure_at(i + 1) || (i > 0 && figure_at(i - 1));
    fixed += narrow_o && beside_figure ? std::string("0") : g.text;
  }
  return fixed;
}

}  // namespace cc
