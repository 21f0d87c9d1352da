#include "pipeline/reader/ruling_lines.h"

#include <algorithm>

#include "pipeline/reader/broken_rules.h"
#include "pipeline/reader/step_times.h"

namespace cc {
namespace {

// A rule is at least this many character heights long. The widest letters (W, M, m) are about 1.2
// character heights wide and bold digits less; dashes and long underscores in running text are
// 1-3. Eight keeps every glyph, and still finds the rules around a short header cell ("S.N.").
constexpr double kMinRuleInTextHeights = 8.0;
constexpr int kMinRulePx = 60;       // when the text height is unknown (24 px text: 192 px)
// A thin rule of a scan wanders by a pixel row or two (scanner jitter, the steps of a shear
// deskew, a skew left under the deskew's threshold), so no single row holds it. Smearing the ink
// this many pixels across the rule first joins its pieces into one run; the smear bridges no gap
// between letters, which lie along the rule's direction. The run found covers the rule and a pixel
// either side: a mark that close to a rule loses that pixel row.
constexpr int kJitterPx = 3;

// The sides of a boxed header cell and the rules between the columns of a one-row header stand
// 2-6 character heights tall, shorter than the opening above keeps. Tesseract reads such a bar as a
// figure or a letter ("4", "1", "l", "!") glued into the header line, which then looks like a row
// of content and the table loses its header. A glyph can be as tall as that (a letter of a large
// title), so length alone cannot tell them apart; slenderness does: a rule that tall is a few
// pixels thick, while the stem of a letter three character heights tall (a 24 pt title over 10 pt
// text) is a third of a character height or more, and a body text's tallest glyphs (brackets, "|")
// reach about 1.5 character heights.
constexpr double kMinShortRuleInTextHeights = 3.0;
constexpr double kMaxShortRuleThicknessInTextHeights = 0.35;
constexpr double kMinShortRuleSlenderness = 12.0;  // length over thickness
// The edge of a rule printed a little thicker or blurred by the scan binarises into specks a pixel
// or two beside the run found (a row of 1 px flecks every few dozen pixels along a header's rule),
// which Tesseract reads as dashes, "!" and "." glued into the header line and drops the line as
// noise. Ink lying wholly within this many pixels of a rule taken off belongs to the rule; a glyph
// that touches the rule reaches further and stays whole.
constexpr int kRuleFringePx = 2;

// `cleaned` without its parts of ink that lie wholly within kRuleFringePx of `rules`.
PixPtr without_rule_fringe(Pix* cleaned, Pix* rules) {
  const int side = 2 * kRuleFringePx + 1;
  PixPtr band(pixDilateBrick(nullptr, rules, side, side));
  if (!band) return nullptr;
  PixPtr outside(pixSubtract(nullptr, cleaned, band.get()));
  if (!outside) return nullptr;
  return PixPtr(pixSeedfillBinary(nullptr, outside.get(), cleaned, 8));
}

// The ink of `binary` on the rules running along x (horizontal) or y (vertical) that are at least
// `length` pixels long. Composite bricks (Leptonica's DWA): a 200 px opening costs about as much
// as a 20 px one.
PixPtr rules_along(Pix* binary, int length, bool horizontal) {
  PixPtr smeared(horizontal ? pixDilateCompBrickDwa(nullptr, binary, 1, kJitterPx)
                            : pixDilateCompBrickDwa(nullptr, binary, kJitterPx, 1));
  if (!smeared) return nullptr;
  PixPtr runs(horizontal ? pixOpenCompBrickDwa(nullptr, smeared.get(), length, 1)
                         : pixOpenCompBrickDwa(nullptr, smeared.get(), 1, length));
  if (!runs) return nullptr;
  return PixPtr(pixAnd(nullptr, runs.get(), binary));
}

// The vertical bars of `binary` at least `length` pixels tall and thin for it (above): the parts of
// the vertical opening whose bounding box is that slender.
PixPtr short_vertical_rules(Pix* binary, int length, double text_height_px) {
  PixPtr runs = rules_along(binary, length, false);
  if (!runs) return nullptr;
  Pixa* parts = nullptr;
  Boxa* boxes = pixConnComp(runs.get(), &parts, 8);
  if (!boxes) return nullptr;
  const double max_thickness = std::max(2.0, text_height_px * kMaxShortRuleThicknessInTextHeights);
  PixPtr out(pixCreateTemplate(binary));
  const int n = boxaGetCount(boxes);
  for (int i = 0; out && i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (h < length || w > max_thickness || h < kMinShortRuleSlenderness * w) continue;
    if (!bar_stands_clear(binary, x, y, w, h, text_height_px)) continue;
    PixPtr part(pixaGetPix(parts, i, L_CLONE));
    if (part) pixRasterop(out.get(), x, y, w, h, PIX_SRC | PIX_DST, part.get(), 0, 0);
  }
  boxaDestroy(&boxes);
  pixaDestroy(&parts);
  return out;
}

}  // namespace

RulingLines remove_ruling_lines(Pix* binary, double text_height_px) {
  StepTimer t("prep: ruling lines");
  RulingLines out;
  out.page.reset(pixClone(binary));
  if (!binary || pixGetDepth(binary) != 1) return out;
  const int length = text_height_px > 0 ? static_cast<int>(text_height_px * kMinRuleInTextHeights) : kMinRulePx;
  PixPtr horizontal = rules_along(binary, length, true);
  PixPtr vertical = rules_along(binary, length, false);
  if (!horizontal || !vertical) return out;
  PixPtr rules(pixOr(nullptr, horizontal.get(), vertical.get()));
  if (!rules) return out;
  if (text_height_px > 0) {
    const int short_length = static_cast<int>(text_height_px * kMinShortRuleInTextHeights);
    if (PixPtr bars = short_vertical_rules(binary, short_length, text_height_px)) pixOr(rules.get(), rules.get(), bars.get());
    if (PixPtr dashes = broken_rules(binary, text_height_px)) pixOr(rules.get(), rules.get(), dashes.get());
  }
  l_int32 count = 0;
  pixCountPixels(rules.get(), &count, nullptr);
  if (count == 0) return out;
  PixPtr cleaned(pixSubtract(nullptr, binary, rules.get()));
  if (!cleaned) return out;
  if (PixPtr trimmed = without_rule_fringe(cleaned.get(), rules.get())) {
    l_int32 left = 0;
    pixCountPixels(trimmed.get(), &left, nullptr);
    l_int32 before = 0;
    pixCountPixels(cleaned.get(), &before, nullptr);
    count += before - left;
    cleaned = std::move(trimmed);
  }
  out.page = std::move(cleaned);
  out.removed_pixels = count;
  return out;
}

}  // namespace cc
