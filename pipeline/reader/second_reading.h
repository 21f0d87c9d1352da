// A page read a second time with another model (page_language.h, page_script.h): which models to
// try, in which order, and what the first reading keeps.
//
// Order: a page whose English reading is full of another script's letters taken for Latin ones
// is read in that script first. Garbage read from Cyrillic ("Ha", "no", "e", "H") holds as many
// short Latin function words as a Portuguese page, and a Bulgarian record read again with the
// Portuguese model came out as Latin garbage (round 12 scans: 3 of 190 rows). Only when the script
// reading is not kept is the page's language looked at. A page no language claims, English
// included, whose English reading shows letters that model lacks ("pérgjithshme", "Grgi¢") is
// read with the Latin-script model (latin_letters.h).
//
// Figures: a number does not belong to a language. The other model reads a figure standing on its
// own as a letter of its alphabet more often than the English one does ("Î" and "Â" for a
// coefficient "1" with the French model, "I5" and "l1" for "15" and "11", Madagascan and Bulgarian
// records of rounds 11-12), and a column of figures loses its values. Where the first reading
// read a number and the second, on the same ink and less surely, a token of about its length that
// is no number, the number is kept.
#pragma once

#include <string>
#include <vector>

#include "pipeline/reader/ocr_engine.h"

namespace cc {

struct SecondModel {
  std::string model;      // Tesseract language string ("fra", "eng+Cyrillic")
  bool by_script = false; // chosen for the script of the page's letters, not its function words
  bool by_letters = false; // chosen for Latin letters the English model lacks (latin_letters.h)
};

// The models to read the page again with, best first (empty: keep the English reading). Words are
// as the English model read them.
std::vector<SecondModel> second_models(const std::vector<std::string>& words);

// Puts the first reading's numbers back into the second reading where the second model read the
// same ink as letters (above). Returns how many words were mended.
int keep_first_reading_figures(const std::vector<OcrWord>& first, std::vector<OcrWord>& second);

}  // namespace cc
