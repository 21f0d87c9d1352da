// A dash printed between two words ("2013-2014 — SEMESTRE: I", "Part A - Theory") that
// Tesseract's noise removal dropped, read off the page again. `textord_heavy_nr` throws small
// blobs away before recognition (it keeps scanner specks from becoming punctuation), and a lone
// dash is such a blob: on round 5's Cuban record the dash of nearly every "AÑO ACADÉMICO: ... —
// SEMESTRE" heading was lost, the words either side of it then stood two word spaces apart, the
// heading cut into cells like a table row, and its ink closed the gutter between the serial
// numbers and the titles (96 course rows read as "1 Morfofisiología" with no serial column).
// The bar is still on the prepared page: when the gap between two words of one line holds exactly
// one part of ink, and that part is a horizontal bar (long and thin, at the height of a hyphen,
// touching neither word), a dash word is put back there. Nothing about any layout: a dash is a dash.
#pragma once

#include <optional>
#include <vector>

#include "pipeline/reader/ink_parts.h"
#include "pipeline/reader/ocr_engine.h"

namespace cc {

// The dash standing between `before` and `after` (two words of one line, `before` on the left),
// as a word of its own, or nullopt. `parts` are the prepared page's.
std::optional<OcrWord> lost_dash_between(const InkParts& parts, const OcrWord& before, const OcrWord& after);

// Every gap between neighbouring words of a line looked at; dashes found are inserted in reading
// order. Returns how many were put back.
int put_back_lost_dashes(const InkParts& parts, std::vector<OcrWord>& words);

}  // namespace cc
