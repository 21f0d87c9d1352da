#include "pipeline/reader/box_marks.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "core/page_text_json.h"

namespace cc {

namespace {

bool dark(Pix* bin, int x, int y) {
  l_uint32 v = 0;
  if (x < 0 || y < 0 || x >= static_cast<int>(pixGetWidth(bin)) || y >= static_cast<int>(pixGetHeight(bin))) return false;
  pixGetPixel(bin, x, y, &v);
  return v != 0;
}

// Share of positions along one side with ink in a band `t` deep from the edge inward.
double side_cover(Pix* bin, int x, int y, int w, int h, int t, bool horizontal, bool far_side) {
  const int length = horizontal ? w : h;
  int covered = 0;
  for (int i = 0; i < length; ++i) {
    bool hit = false;
    for (int d = 0; d < t && !hit; ++d) {
      const int px = horizontal ? x + i : (far_side ? x + w - 1 - d : x + d);
      const int py = horizontal ? (far_side ? y + h - 1 - d : y + d) : y + i;
      hit = dark(bin, px, py);
    }
    covered += hit;
  }
  return length > 0 ? static_cast<double>(covered) / length : 0;
}

// The border's depth: rows from the top edge that are mostly ink.
int border_depth(Pix* bin, int x, int y, int w, int h) {
  int depth = 0;
  for (int d = 0; d < std::max(1, std::min(w, h) / 8); ++d) {
    int ink = 0;
    for (int i = 0; i < w; ++i) ink += dark(bin, x + i, y + d);
    if (ink * 2 < w) break;
    depth = d + 1;
  }
  return std::max(depth, 1);
}

double ink_in(Pix* bin, int x0, int y0, int x1, int y1) {
  if (x1 <= x0 || y1 <= y0) return 0;
  int ink = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) ink += dark(bin, x, y);
  return static_cast<double>(ink) / ((x1 - x0) * (y1 - y0));
}

// Share of the columns (or rows) of a strip that hold any ink.
double strip_cover(Pix* bin, int x0, int y0, int x1, int y1, bool columns) {
  const int n = columns ? x1 - x0 : y1 - y0;
  if (n <= 0 || x1 <= x0 || y1 <= y0) return 0;
  int hit = 0;
  for (int i = 0; i < n; ++i) {
    bool any = false;
    for (int j = columns ? y0 : x0; j < (columns ? y1 : x1) && !any; ++j) any = columns ? dark(bin, x0 + i, j) : dark(bin, j, y0 + i);
    hit += any;
  }
  return static_cast<double>(hit) / n;
}

// Ink anywhere in a window (a few pixels: more than scan dust).
bool inked(Pix* bin, int x0, int y0, int x1, int y1) {
  int n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) n += dark(bin, x, y);
  return n >= 3;
}

// A ring drawn round the box: ink just outside it above and below, across its middle, and off
// (three of) its four corners, where neither a label beside the box nor a box above or below it reaches; and
// the ink above is no rule (a table's line runs on well beyond the box; a ring's top does not).
bool circled(Pix* bin, int x, int y, int w, int h) {
  const int gap = std::max(2, w / 12), reach = std::max(5, w * 7 / 10);
  const int mx0 = x + w / 4, mx1 = x + w - w / 4;
  if (strip_cover(bin, mx0, y - reach, mx1, y - gap, true) < 0.8) return false;
  if (strip_cover(bin, mx0, y + h + gap, mx1, y + h + reach, true) < 0.8) return false;
  const int corner = reach * 2 / 3;
  // (A ring hugs the corners: the windows start a pixel or two off them.)
  const int near = 2;
  const bool top_left = inked(bin, x - corner, y - corner, x - near, y - near);
  const bool top_right = inked(bin, x + w + near, y - corner, x + w + corner, y - near);
  const bool bottom_left = inked(bin, x - corner, y + h + near, x - near, y + h + corner);
  const bool bottom_right = inked(bin, x + w + near, y + h + near, x + w + corner, y + h + corner);
  // (A hand's ring may pass close by one corner; or, drawn off centre, pass close by both corners
  // of one side: then both corners of the other side are inked, and its arc runs along the near
  // side within half the reach, closer than a label stands.)
  const int corners = top_left + top_right + bottom_left + bottom_right;
  const int my0 = y + h / 4, my1 = y + h - h / 4, hug = std::max(3, reach / 2);
  const bool hugs_right = top_left && bottom_left && strip_cover(bin, x + w + 1, my0, x + w + hug, my1, false) >= 0.8;
  const bool hugs_left = top_right && bottom_right && strip_cover(bin, x - hug, my0, x - 1, my1, false) >= 0.8;
  if (corners < 3 && !hugs_right && !hugs_left) return false;
  const bool rule_left = strip_cover(bin, x - 2 * w, y - reach, x - w, y - gap, true) >= 0.8;
  const bool rule_right = strip_cover(bin, x + 2 * w, y - reach, x + 3 * w, y - gap, true) >= 0.8;
  return !(rule_left && rule_right);
}

// The straight strokes of the page: ink kept by an opening with a horizontal or a vertical line
// `length` long. A box's sides survive; the X, the check mark or the ring drawn on it do not, so a
// tick that runs out of its box no longer joins the box into one larger shape.
PixPtr straight_strokes(Pix* bin, int length) {
  PixPtr across(pixOpenBrick(nullptr, bin, length, 1));
  PixPtr down(pixOpenBrick(nullptr, bin, 1, length));
  if (!across || !down) return nullptr;
  return PixPtr(pixOr(nullptr, across.get(), down.get()));
}

// A shape's box tightened to its straight sides: edge rows (columns) less than half inked are a
// mark's stroke that ran along a side out of the box (a tick off the top right corner), not the
// box; it is cut down to no less than the smallest box's side (a thick, steep tick of a phone photo
// keeps runs as long as that side for longer than a third of the shape).
void tighten(Pix* strokes, int min_side, int& x, int& y, int& w, int& h) {
  auto row_cover = [&](int r) { return side_cover(strokes, x, r, w, 1, 1, true, false); };
  auto col_cover = [&](int c) { return side_cover(strokes, c, y, 1, h, 1, false, false); };
  while (h > min_side && row_cover(y) < 0.5) ++y, --h;
  while (h > min_side && row_cover(y + h - 1) < 0.5) --h;
  while (w > min_side && col_cover(x) < 0.5) ++x, --w;
  while (w > min_side && col_cover(x + w - 1) < 0.5) --w;
}

// The box at (x, y, w, h) if it is one: the size of a box, square within a quarter, four straight
// sides, standing apart from other ink (unless a ring drawn round it touches it); with its ink.
struct Candidate {
  PixelBox box;
  bool apart = true;  // no ink touches its sides (false: a ring pressed against it)
};

std::optional<Candidate> checked_box(Pix* bin, Pix* strokes, int x, int y, int w, int h, int min_side, int max_side) {
  if (w < min_side || h < min_side || w > max_side || h > max_side) return std::nullopt;
  if (w * 4 < h * 3 || h * 4 < w * 3) return std::nullopt;  // square within a quarter
  // Four straight sides: every side inked along nearly all its length, near the edge.
  const int band = std::max(2, std::min(w, h) / 10);
  if (side_cover(strokes, x, y, w, h, band, true, false) < 0.9 || side_cover(strokes, x, y, w, h, band, true, true) < 0.9 ||
      side_cover(strokes, x, y, w, h, band, false, false) < 0.9 || side_cover(strokes, x, y, w, h, band, false, true) < 0.9)
    return std::nullopt;
  // Inside the border, with a margin of the border's depth again (the scan blurs the edge).
  const int depth = border_depth(strokes, x, y, w, h);
  // (A 1 pt border scanned at 300 dpi blurs over 4-6 pixels: at least a sixth of the side.)
  const int inset = std::max(2 * depth + 1, std::min(w, h) / 6);
  if (w - 2 * inset < 3 || h - 2 * inset < 3) return std::nullopt;
  const bool ring = circled(bin, x, y, w, h);
  // A box stands apart: no ink touches its sides across their middle (a bold capital's square
  // in a word of a letterhead has its neighbours a pixel or two away) — but a hand's ring may.
  const int apart = std::max(2, w / 8), my0 = y + h / 4, my1 = y + h - h / 4;
  const bool touched = strip_cover(bin, x - apart, my0, x - 1, my1, false) >= 0.5 ||
                       strip_cover(bin, x + w + 1, my0, x + w + apart, my1, false) >= 0.5;
  if (touched && !ring) return std::nullopt;
  return Candidate{{x, y, w, h, ink_in(bin, x + inset, y + inset, x + w - inset, y + h - inset), ring}, !touched};
}

// Ink pixels in a row (dx) or column (dy) from (x, y) outward until white, at most `limit`.
int ink_run(Pix* bin, int x, int y, int dx, int dy, int limit) {
  int n = 0;
  while (n < limit && dark(bin, x + n * dx, y + n * dy)) ++n;
  return n;
}

// Boxes found by their empty inside: a box whose ring, or a label's letter, touches it joins
// them into one shape among the straight strokes (a ring's flat top and bottom are straight for
// longer than a side), but its inside is still a square hole in the ink, its border around it.
void boxes_by_holes(Pix* bin, Pix* strokes, int min_side, int max_side, std::vector<Candidate>& found) {
  PixPtr holes(pixHolesByFilling(bin, 4));
  if (!holes) return;
  Boxa* boxes = pixConnCompBB(holes.get(), 4);
  if (!boxes) return;
  const int n = boxaGetCount(boxes);
  for (int i = 0; i < n && found.size() < kMaxBoxMarks; ++i) {
    l_int32 hx = 0, hy = 0, hw = 0, hh = 0;
    boxaGetBoxGeometry(boxes, i, &hx, &hy, &hw, &hh);
    if (hw < min_side / 2 || hh < min_side / 2 || hw > max_side || hh > max_side) continue;
    if (hw * 4 < hh * 3 || hh * 4 < hw * 3) continue;
    const int limit = std::max(2, hw / 4);
    const int left = ink_run(bin, hx - 1, hy + hh / 2, -1, 0, limit), right = ink_run(bin, hx + hw, hy + hh / 2, 1, 0, limit);
    const int top = ink_run(bin, hx + hw / 2, hy - 1, 0, -1, limit), bottom = ink_run(bin, hx + hw / 2, hy + hh, 0, 1, limit);
    if (!left || !right || !top || !bottom) continue;
    const int x = hx - left, y = hy - top, w = hw + left + right, h = hh + top + bottom;
    const bool known = std::any_of(found.begin(), found.end(), [&](const Candidate& c) {
      const PixelBox& o = c.box;
      return o.x < x + w && x < o.x + o.w && o.y < y + h && y < o.y + o.h;
    });
    if (known) continue;
    if (auto box = checked_box(bin, strokes, x, y, w, h, min_side, max_side)) found.push_back(*box);
  }
  boxaDestroy(&boxes);
}

}  // namespace

std::vector<PixelBox> find_box_marks(Pix* image, int dpi) {
  std::vector<PixelBox> out;
  if (!image || dpi <= 0) return out;
  PixPtr bin(pixGetDepth(image) == 1 ? pixClone(image) : pixConvertTo1(image, 128));
  if (!bin) return out;
  const int min_side = static_cast<int>(dpi * 0.08), max_side = static_cast<int>(dpi * 0.3);
  // (As long as the shortest box's side: a pen's stroke at 60 degrees, 2 pt wide, is shorter
  // from top to bottom than that, so a tick that runs out of its box is taken off with the other marks.)
  PixPtr strokes = straight_strokes(bin.get(), std::max(5, min_side));
  if (!strokes) return out;
  Boxa* boxes = pixConnCompBB(strokes.get(), 8);
  if (!boxes) return out;
  const int n = boxaGetCount(boxes);
  std::vector<Candidate> found;
  for (int i = 0; i < n && found.size() < kMaxBoxMarks; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (w < min_side || h < min_side || w > 2 * max_side || h > 2 * max_side) continue;
    // A shape much longer one way than the other may be a box with a stroke run out of it; the
    // box left once tightened must be clearly larger than the smallest (letters are not).
    if (w * 20 > h * 23 || h * 20 > w * 23) {
      tighten(strokes.get(), min_side, x, y, w, h);
      if (w * 4 < min_side * 5 || h * 4 < min_side * 5) continue;
    }
    if (auto box = checked_box(bin.get(), strokes.get(), x, y, w, h, min_side, max_side)) found.push_back(*box);
  }
  boxaDestroy(&boxes);
  boxes_by_holes(bin.get(), strokes.get(), min_side, max_side, found);
  // A box a ring is pressed against is taken only when a box of its size on the page stands apart
  // (a form's list): the bold capitals of a letterhead, their neighbours touching them and text
  // above and below, never stand apart.
  auto alike_apart = [&](const PixelBox& b) {
    return std::any_of(found.begin(), found.end(), [&](const Candidate& c) {
      return c.apart && std::abs(c.box.w - b.w) * 5 <= b.w && std::abs(c.box.h - b.h) * 5 <= b.h;
    });
  };
  // A square inside another (a filled square drawn in a box) is the outer box's mark, not a box.
  for (const Candidate& c : found) {
    const PixelBox& b = c.box;
    const bool inside = std::any_of(found.begin(), found.end(), [&](const Candidate& o) {
      return &o != &c && o.box.x <= b.x && o.box.y <= b.y && o.box.x + o.box.w >= b.x + b.w && o.box.y + o.box.h >= b.y + b.h;
    });
    if (!inside && (c.apart || alike_apart(b))) out.push_back(b);
  }
  return out;
}

bool may_hold_check_boxes(const std::vector<Word>& words) {
  // Instructions to tick in the languages the letters come in, and box, tick and cross glyphs.
  static const std::vector<std::string_view> cues = {
      "check", "tick", "apply", "applicable", "box", "boxes", "marque", "marcar", "marquer", "cochez", "cocher",
      "assinale", "seleccione", "ankreuzen", "centang", "pilih", "isaretleyiniz"};
  static const std::vector<std::string_view> glyphs = {"\u2610", "\u2611", "\u2612", "\u2713", "\u2714", "\u2717",
                                                       "\u2718", "\u25A0", "\u25A1", "[X]", "[x]", "[ ]", "[]"};
  for (const Word& w : words) {
    for (std::string_view g : glyphs)
      if (w.text.find(g) != std::string::npos) return true;
    std::string t;
    for (char c : w.text)
      if (std::isalpha(static_cast<unsigned char>(c))) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(cues.begin(), cues.end(), t) != cues.end()) return true;
  }
  return false;
}

std::vector<BoxMark> box_marks_in_points(Pix* image, int dpi) {
  std::vector<BoxMark> out;
  const double to_points = 72.0 / std::max(dpi, 1);
  for (const PixelBox& b : find_box_marks(image, dpi))
    out.push_back({{b.x * to_points, b.y * to_points, (b.x + b.w) * to_points, (b.y + b.h) * to_points}, b.ink, b.circled});
  return out;
}

}  // namespace cc
