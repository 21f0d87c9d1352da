// A minus sign after a letter grade ("B-", "A-") is one short bar of a few pixels. Tesseract's heavy
// noise removal (`textord_heavy_nr`, which keeps scanner specks from being read as punctuation and
// halves the rows lost on speckled scans) also throws that bar away before recognition, so a scan
// reads "B" where the page prints "B-" (rounds 1-3: 60-87 grades per 12 scanned candidates, nearly
// every signed grade). The bar is still on the prepared page: a word that is one capital letter
// with a horizontal bar right after it (touching distance, at the letter's middle height, about
// a hyphen's length and a stroke thick) is that letter with a minus. Nothing else is decided: no
// bar, two marks, a bar a space away, a bar at the baseline (an underscore) leave the word as read.
#pragma once

#include <string>
#include <vector>

#include "pipeline/reader/pix.h"

namespace cc {

struct SignCandidate {
  std::string text;             // the word as read
  int left, top, right, bottom; // its box on `binary`, in pixels
  int next_left;                // where the next word of its line starts (or the page width)
};

// For each candidate, the text with a lost minus put back ("B" -> "B-"), or the text as read.
// `binary`: the 1 bpp page Tesseract read (ink = 1).
std::vector<std::string> restore_lost_minus(Pix* binary, const std::vector<SignCandidate>& words);

// True when `text` is a word the minus could belong to: one capital letter A-F.
bool may_have_lost_minus(const std::string& text);

}  // namespace cc
