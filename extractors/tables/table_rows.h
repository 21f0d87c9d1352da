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

// Words that belong to no line of text: words turned on their side (three characters or more,
// taller than wide and than 1.3 usual lines: a vertical watermark or margin note); short words (three characters at most)
// that no other word of about their size shares a top or bottom edge with along the line (letters
// of a round seal or stamp, set along its arc, landing among the lines); and rows made mostly of
// single characters whose baselines climb or fall (the arc itself). Words of a line beside another
// on other baselines (a stacked header cell, a table beside) have line mates and stay. `words`
// keeps the rest; the set-aside ones are returned. The short-word rule needs boxes as a text layer
// gives them (every word its font's full height, so sizes compare); OCR boxes hug the letters
// ("on" is half as tall as "On"), so on OCR'd pages (`text_layer` false) it is not applied; there
// words made only of bars and brackets ("|", "[", "}") are set aside instead: a table's vertical
// rules that OCR read as characters. Leaders (a word made only of three or more dots, ellipses
// or underscores: `Biology ........ 4`) are set aside on every page: they fill the gutter between
// a title and its values, and a gutter is what columns are found from. On text layers, pieces of a
// line set on a slant (slanted_text.h: security paper's repeated name) are set aside too.
std::vector<const Word*> set_aside_strays(std::vector<const Word*>& words, bool text_layer);

// A row of the given words (sorted left to right, box and height computed).
TableRow make_row(std::vector<const Word*> words);

// The words' texts joined by single spaces.
std::string join_words(const std::vector<const Word*>& words);
inline std::string row_text(const TableRow& row) { return join_words(row.words); }

// The most common gap between neighbouring words of the rows (their word space: word spaces
// repeat, column gaps vary), at least 1 pt.
double typical_word_space(const std::vector<const TableRow*>& rows);
double typical_word_space(const std::vector<TableRow>& rows);

// Lowest word confidence (1 for no words).
double min_confidence(const std::vector<const Word*>& words);

// The words of a page as if it had been scanned upright and straight: turned by the quarter turns
// and the skew the reader applied before OCR (OCR boxes are drawn on the page as scanned, turns and
// skew included: a 2 degree skew moves the end of a row by a whole line); then a quarter turn more
// when the text still runs down or up the page (most words taller than wide), and by whatever
// slope the OCR lines keep (a skew the reader missed). Same order as page.words.
std::vector<Word> upright_words(const PageText& page);

}  // namespace cc
