// Text set on a slant: security paper prints the issuer's name again and again diagonally across
// the page, and a PDF's text layer often carries those copies as real text. A text layer breaks a
// line that runs at an angle into short pieces, each with an upright box: pieces that follow each
// other along the line abut (no word space between them, or one), and each stands a step higher
// (or lower) than the one before. Words of a horizontal line share their height on the page; so a
// chain of three pieces or more, each starting where the last ended and each a step further up (or
// down) the page, is a line at an angle, never a line of a table. Pieces are short (five characters
// at most) and have no word of the same height beside them at word spacing on their own middle
// line: a word a piece happens to touch that has such a neighbour, or is longer, is a word of a
// horizontal line. Left in, its pieces land among
// the rows (`Foundations OL of Human Biology PO LYT`, a header `Subject Title S Credit SIT Value`)
// and break titles and headers apart (issue 15, round 13's security-paper transcript).
#pragma once

#include <vector>

#include "core/page_text.h"

namespace cc {

// The words of `words` that are pieces of text set on a slant (see above), for a text layer's
// boxes (each word its font's full height). Words of horizontal lines are never returned.
std::vector<const Word*> slanted_text(const std::vector<const Word*>& words);

}  // namespace cc
