#include "pipeline/reader/broken_rules.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace cc {
namespace {

// A piece is flat: at most this thick (in character heights; 2 px at least) and twice as long as thick.
constexpr double kMaxThicknessInTextHeights = 0.2;
// The pieces of one rule lie on one line: their centres this close across it (a leftover skew moves
// it a pixel every few hundred), and gaps between them no wider than this many character heights.
constexpr double kMaxDriftInTextHeights = 0.1;
constexpr double kMaxGapInTextHeights = 3.0;
// A broken rule has this many pieces and is this many character heights long (as long as the
// shortest whole rule ruling_lines takes), with ink on this share of its length.
constexpr int kMinPieces = 4;
constexpr double kMinLengthInTextHeights = 8.0;
constexpr double kMinInkShare = 0.2;
// A rule stands clear of the ink beside it (a cell's text keeps its padding): along its middle,
// the strips this wide either side of it hold at most this share of ink. The thin upright strokes
// of a logo or an emblem have ink right beside them; taken off, what was left of the emblem was read
// as letters ("IN LABORATORIO" for a letterhead's "LABORATORIO"). So has the stem of an I between
// the letters of its word (round 16's Slovak codes lost the I of "PF-BIO/" on every row).
constexpr double kClearBesideInTextHeights = 0.3;
constexpr double kMaxInkBeside = 0.05;

int ink_in(Pix* binary, int x, int y, int w, int h) {
  if (w <= 0 || h <= 0) return 0;
  ::Box* box = boxCreate(x, y, w, h);
  PixPtr part(box ? pixClipRectangle(binary, box, nullptr) : nullptr);
  boxDestroy(&box);
  l_int32 n = 0;
  if (part) pixCountPixels(part.get(), &n, nullptr);
  return n;
}

// A flat piece in the coordinates of its direction: `along` the rule and `across` it.
struct Piece {
  int along0, along1;  // extent along the rule, exclusive end
  double across;       // centre across it
  int box;             // index into the page's boxes
};

struct Chain {
  std::vector<int> pieces;  // indices into the pieces, in order along the rule
  int along0 = 0, along1 = 0, ink = 0;
  double across = 0;  // centre of its last piece
};

// The pieces (indices into `pieces`, sorted along) that form broken rules, or lie on their line.
std::vector<int> pieces_of_rules(std::vector<Piece>& pieces, double text_height) {
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.along0 < b.along0; });
  const double drift = std::max(2.5, kMaxDriftInTextHeights * text_height);
  const double gap = kMaxGapInTextHeights * text_height;
  std::vector<Chain> chains;
  for (int i = 0; i < static_cast<int>(pieces.size()); ++i) {
    const Piece& p = pieces[static_cast<size_t>(i)];
    Chain* best = nullptr;
    for (Chain& c : chains) {
      if (std::fabs(c.across - p.across) > drift || p.along0 - c.along1 > gap || p.along0 < c.along1 - 1) continue;
      if (!best || std::fabs(c.across - p.across) < std::fabs(best->across - p.across)) best = &c;
    }
    if (!best) {
      chains.push_back({{}, p.along0, p.along1, 0, p.across});
      best = &chains.back();
    }
    best->pieces.push_back(i);
    best->along1 = std::max(best->along1, p.along1);
    best->ink += p.along1 - p.along0;
    best->across = p.across;
  }
  std::vector<int> out;
  std::vector<double> lines;  // where the rules found lie across
  const double min_length = kMinLengthInTextHeights * text_height;
  for (const Chain& c : chains) {
    const int length = c.along1 - c.along0;
    if (static_cast<int>(c.pieces.size()) < kMinPieces || length < min_length || c.ink < kMinInkShare * length) continue;
    out.insert(out.end(), c.pieces.begin(), c.pieces.end());
    lines.push_back(c.across);
  }
  // Where the rule runs under words or its grey was lightest, its pieces are further apart than the
  // gap allows and form short chains of their own: a flat piece on the line of a rule found is
  // one of its pieces too.
  std::sort(out.begin(), out.end());
  std::sort(lines.begin(), lines.end());
  for (int i = 0; i < static_cast<int>(pieces.size()) && !lines.empty(); ++i) {
    if (std::binary_search(out.begin(), out.end(), i)) continue;
    const double across = pieces[static_cast<size_t>(i)].across;
    const auto near = std::lower_bound(lines.begin(), lines.end(), across - drift);
    if (near != lines.end() && *near <= across + drift) out.push_back(i);
  }
  return out;
}

}  // namespace

bool bar_stands_clear(Pix* binary, int x, int y, int w, int h, double text_height_px) {
  const int side = std::max(2, static_cast<int>(kClearBesideInTextHeights * text_height_px));
  const int y0 = y + h / 5, length = std::max(1, h - 2 * (h / 5));
  const int left = ink_in(binary, std::max(0, x - side), y0, std::min(side, x), length);
  const int right = ink_in(binary, x + w, y0, side, length);
  return left + right <= kMaxInkBeside * 2 * side * length;
}

PixPtr broken_rules(Pix* binary, double text_height_px) {
  if (!binary || text_height_px <= 0) return nullptr;
  Boxa* boxes = pixConnCompBB(binary, 8);
  if (!boxes) return nullptr;
  const double max_thickness = std::max(2.0, kMaxThicknessInTextHeights * text_height_px);
  std::vector<Piece> flat, upright;
  const int n = boxaGetCount(boxes);
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (h <= max_thickness && w >= 2 * h && w >= 3) flat.push_back({x, x + w, y + h / 2.0, i});
    if (w <= max_thickness && h >= 2 * w && h >= 3 && bar_stands_clear(binary, x, y, w, h, text_height_px))
      upright.push_back({y, y + h, x + w / 2.0, i});
  }
  PixPtr out;
  for (std::vector<Piece>* pieces : {&flat, &upright}) {
    for (int k : pieces_of_rules(*pieces, text_height_px)) {
      if (!out) out.reset(pixCreateTemplate(binary));
      if (!out) break;
      l_int32 x, y, w, h;
      boxaGetBoxGeometry(boxes, (*pieces)[static_cast<size_t>(k)].box, &x, &y, &w, &h);
      pixRasterop(out.get(), x, y, w, h, PIX_SRC | PIX_DST, binary, x, y);
    }
  }
  boxaDestroy(&boxes);
  return out;
}

}  // namespace cc
