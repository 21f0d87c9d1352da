#include "pipeline/reader/ruling_lines.h"

#include <algorithm>

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
  l_int32 count = 0;
  pixCountPixels(rules.get(), &count, nullptr);
  if (count == 0) return out;
  PixPtr cleaned(pixSubtract(nullptr, binary, rules.get()));
  if (!cleaned) return out;
  out.page = std::move(cleaned);
  out.removed_pixels = count;
  return out;
}

}  // namespace cc
