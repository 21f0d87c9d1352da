// Rows of a table rebuilt from word boxes. Neither Tesseract nor a PDF text layer gives table
// structure: Tesseract's lines may run across two side-by-side tables, and a text layer's lines
// are plain geometry. So words are first turned upright (OCR boxes keep the scan's skew and turns),
// then re-clustered into rows by the vertical centre of their boxes (the reader's line index only
// breaks ties).
#pragma once

#include <string>
#include <vector>

#include "core/page_text.h"

namespace cc {

struct TableRow {
  std::vector<const Word*> words;  // left to right
  Box box;                         // union of the word boxes
  double word_height = 0;          // median word height
};

// Groups `words` (any subset of one page) into rows, top to bottom, words left to right.
std::vector<TableRow> cluster_rows(std::vector<const Word*> words);
std::vector<TableRow> cluster_rows(const std::vector<Word>& words);

// Words that belong to no line of text: seal or stamp letters set along an arc (a row mostly of
// single characters whose baselines climb or fall), words turned on their side (taller than wide:
// a vertical watermark or margin note), and single letters lifted or dropped off their row's
// baseline as a whole (both edges off the row's by over 0.3 of its height, the same way: an arced
// letter, not a dash centred in its cell; longer words off the row are a line of their own beside
// it, not strays). `words` keeps the rest; the set-aside ones are returned.
std::vector<const Word*> set_aside_strays(std::vector<const Word*>& words);

// A row of the given words (sorted left to right, box and height computed).
TableRow make_row(std::vector<const Word*> words);

// The words' texts joined by single spaces.
std::string join_words(const std::vector<const Word*>& words);
inline std::string row_text(const TableRow& row) { return join_words(row.words); }

// Lowest word confidence (1 for no words).
double min_confidence(const std::vector<const Word*>& words);

// The words of a page as if it had been scanned upright and straight: turned by the quarter turns
// and the skew the reader applied before OCR (OCR boxes are drawn on the page as scanned, turns and
// skew included: a 2 degree skew moves the end of a row by a whole line); then a quarter turn more
// when the text still runs down or up the page (most words taller than wide), and by whatever
// slope the OCR lines keep (a skew the reader missed). Same order as page.words.
std::vector<Word> upright_words(const PageText& page);

}  // namespace cc
