#include "pipeline/reader/lost_dashes.h"

#include <algorithm>
#include <string>

namespace cc {
namespace {

// Shapes relative to the line's letter height h (top of the taller word to the baseline of the
// two). A hyphen is about 0.4 h long, an em dash 1.4 h; either is a stroke 0.05-0.15 h thick set
// at half the x-height (0.3-0.5 h above the baseline; a word with a descender lowers the measured
// baseline, hence the wide band).
constexpr double kMinLength = 0.3, kMaxLength = 2.5;  // the bar's length
constexpr double kMaxThickness = 0.25;
constexpr double kMinAspect = 2.5;                    // length / thickness
constexpr double kLowest = 0.2, kHighest = 0.85;      // the bar's middle above the baseline
constexpr double kMinClearance = 0.1;                 // white between the bar and either word
constexpr double kMaxGap = 5.0;                       // words further apart are not one phrase
constexpr double kEmDash = 0.6;                       // a bar at least this long is a dash (en or em), not a hyphen
constexpr int kMinLetterHeight = 8;                   // pixels: smaller is too small to tell from dust

bool is_dash(const std::string& text) {
  return !text.empty() && (text.back() == '-' || text.front() == '-' || text.find("\u2014") != std::string::npos ||
                           text.find("\u2013") != std::string::npos);
}

}  // namespace

std::optional<OcrWord> lost_dash_between(const InkParts& parts, const OcrWord& before, const OcrWord& after) {
  if (before.line != after.line || after.left <= before.right) return std::nullopt;
  if (is_dash(before.text) || is_dash(after.text)) return std::nullopt;
  const int top = std::min(before.top, after.top);
  const int baseline = std::min(before.bottom, after.bottom);
  const int h = baseline - top;
  if (h < kMinLetterHeight) return std::nullopt;
  const int gap = after.left - before.right;
  if (gap > kMaxGap * h) return std::nullopt;
  const std::vector<InkPart> inside = parts.centred_in(before.right + 1, top, after.left, std::max(before.bottom, after.bottom) + 1);
  if (inside.size() != 1) return std::nullopt;
  const InkPart& bar = inside.front();
  const double length = bar.width(), thickness = bar.height();
  if (length < kMinLength * h || length > kMaxLength * h) return std::nullopt;
  if (thickness > kMaxThickness * h || length < kMinAspect * thickness) return std::nullopt;
  const double middle_above_baseline = baseline - (bar.y0 + bar.y1) / 2.0;
  if (middle_above_baseline < kLowest * h || middle_above_baseline > kHighest * h) return std::nullopt;
  if (bar.x0 - before.right < kMinClearance * h || after.left - bar.x1 < kMinClearance * h) return std::nullopt;
  OcrWord dash;
  dash.text = length >= kEmDash * h ? "\u2014" : "-";
  dash.left = bar.x0;
  dash.top = bar.y0;
  dash.right = bar.x1 - 1;
  dash.bottom = bar.y1 - 1;
  dash.confidence = std::min(before.confidence, after.confidence);
  dash.line = before.line;
  return dash;
}

int put_back_lost_dashes(const InkParts& parts, std::vector<OcrWord>& words) {
  std::vector<OcrWord> out;
  out.reserve(words.size());
  int count = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    out.push_back(words[i]);
    if (i + 1 == words.size()) continue;
    if (auto dash = lost_dash_between(parts, words[i], words[i + 1])) {
      out.push_back(std::move(*dash));
      ++count;
    }
  }
  if (count > 0) words = std::move(out);
  return count;
}

}  // namespace cc
