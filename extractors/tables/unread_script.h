// Words of a script no loaded OCR model reads. A bilingual page in a script the reader has no
// model for (Lao, Khmer, Amharic ... beside English) comes out with every word of that script read
// as invented Latin letters at low confidence ("ony General Biology"), glued to the English words
// on its line, so titles never match. Such words keep their own script's height: Tesseract's box
// hugs the real ink, whose stacked vowels and tone marks stand twice as tall as the Latin letters
// it claims to have read ("ony" is an x-height and a descender tall, its box two capitals and
// more). A Latin word misread keeps its letters' height. Scans only (a text layer's words are its
// own); see README.md, "Words of a script no model reads".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/page_text.h"

namespace cc {

// How tall the characters of `text` stand, in capital heights, as Latin print sets them: 0.7 for
// x-height letters only (a c e m n o r s u v w x z), 1.0 with a capital, figure, ascender, a
// letter with a descender or a mark reaching that high, 1.3 with a letter outside ASCII (an accent
// over it); plus 0.28 with a descender or bracket. Generous on purpose: a word is never taken for
// taller than its letters because they were guessed too short.
double latin_span(const std::string& text);

// Indices into `page.words` of the words read in a script no model reads, on an OCR'd page
// (none on a text layer): a word of letters (no figure) read below 0.8 confidence whose box is at least 1.55
// times as tall as its letters stand on its line (the line's capital height is the median over
// its words of height over span), when the page holds at least 8 different such words (one or
// two are a box Tesseract ran into the line below; one word repeated on every row, the page's own
// print read the same way each time); and the low-confidence pieces (below 0.5) OCR split off
// such a word, touching it on its line (a quarter of a capital's height apart at most).
std::vector<size_t> words_in_unread_script(const PageText& page);

}  // namespace cc
