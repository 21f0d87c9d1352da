// Check boxes drawn on a scanned page (the reader's BoxMarks, pipeline/reader/box_marks.h) matched
// to the lab areas of a check-box list. OCR reads no text for a drawn box, or garbage ("fm]",
// "[¥]", "]"), so on a scan the box's pixels decide its state. Which box is an area's: a list
// prints its boxes on one side of the labels (before them, or after them, right after or in a
// column of their own); the side is voted over the whole list, then each area's name owns the
// nearest box on that side that no other area's name stands between.
#pragma once

#include <optional>
#include <vector>

#include "extractors/experience.h"
#include "extractors/experience_checkboxes.h"

namespace cc {

enum class BoxSide { before, after };

// Which side of their labels the drawn boxes of `lines` stand on (before when nothing tells).
BoxSide pixel_box_side(const std::vector<TextRun>& lines);

struct PixelBoxReading {
  BoxState state = BoxState::unclear;
  Evidence evidence;  // the box, its state and ink in the text
  bool strong = false;  // ink well past the ticked bar (or a ring): enough to overrule OCR's token
  PageRef page;                   // the page it is drawn on
  const BoxMark* box = nullptr;   // which of the page's box_marks
  Box name;                       // the area's name it was matched to
};

// The drawn box of mention `i` of `mentions` (lab_area_mentions of `line.text`) on `side`, read
// from its ink; empty when the line is no OCR line or has no box there.
std::optional<PixelBoxReading> pixel_box(const TextRun& line, const std::vector<LabAreaMention>& mentions, std::size_t i,
                                         BoxSide side);

// The drawn boxes that stand in the list of `read` (the boxes its areas' names claimed) but that no
// name claimed, holding a mark: the size of the list's boxes, within its reach (two boxes' sides
// beyond its leftmost box or name and its rightmost) and its rows (a row's pitch and a half beyond its first
// and last), their ink past the empty bar counted
// from the page's own empty boxes, or circled; and no word read where its label would stand on
// `side` (a label read that names no area, "Other (specify):", is not lost). Their label was not
// read (OCR dropped a faint line, or read a tick into it): each is an unclear item with no area,
// its box the evidence, so a ticked area whose name was lost sends the job to review instead of
// vanishing.
std::vector<CheckedArea> unclaimed_marked_boxes(const std::vector<PixelBoxReading>& read, BoxSide side);

}  // namespace cc
