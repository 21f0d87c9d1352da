// Lab areas on a form with a box per area ("Laboratory areas (check all that apply): [X] Chemistry
// [ ] Microbiology ..."): only the ticked ones are departments. A box is the token printed right
// before (or right after) an area's name: ticked (☑ ☒ ✓ ✔ ✗ ■, "[X]", "|X|", "(x)", a lone "X"),
// empty (☐ □ "[ ]" "[]" "( )"), or unclear — what Tesseract makes of a box it cannot read ("O",
// "0", "D", "[|", "@"): an unclear box is never counted, it sends the job to review with its
// evidence. A box drawn as a graphic leaves no token: on a form whose other boxes are ticked by
// glyphs, an area with no token at all is taken as unticked.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_utils.h"

namespace cc {

enum class BoxState { ticked, empty, unclear };

// The state a box token shows; empty optional when the token is no box at all ("-", "1.", a word).
std::optional<BoxState> box_state(std::string_view token);

struct CheckedArea {
  std::string area;       // lab area (lab_areas_in's names)
  BoxState state = BoxState::empty;
  std::vector<Evidence> evidence;  // the box and the area's name
  double confidence = 1;
};

// The lab areas of a check-box list among `lines`, each with its box's state; empty when the
// letter prints no such list (fewer than two areas with a box).
std::vector<CheckedArea> checked_areas(const std::vector<TextRun>& lines);

}  // namespace cc
