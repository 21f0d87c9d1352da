// Lab areas on a form with a box per area ("Laboratory areas (check all that apply): [X] Chemistry
// [ ] Microbiology ..."): only the ticked ones are departments. A box is the token printed right
// before (or right after) an area's name: ticked (☑ ☒ ✓ ✔ ✗ ■, "[X]", "|X|", "(x)", a lone "X"),
// empty (☐ □ "[ ]" "[]" "( )", and Tesseract's "L]", "(_]", "LJ"), or unclear — a box with
// something inside OCR cannot name ("[B]" for a filled box), "O", "0", "D", "@": an unclear box is
// never counted, it sends the job to review with its evidence. A box drawn as a graphic leaves no
// token: on a text layer whose other boxes are ticked by glyphs, an area with no token is
// unticked; on a scan (Tesseract drops a box with an X in it altogether) it is unclear.
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
  bool ocr = false;  // read by OCR (a missing box token then says nothing)
};

// The lab areas of a check-box list among `lines`, each with its box's state; empty when the
// letter prints no such list (fewer than two areas with a box).
std::vector<CheckedArea> checked_areas(const std::vector<TextRun>& lines);

}  // namespace cc
