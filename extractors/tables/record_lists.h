// Courses printed as records rather than as a table. Transcripts and diploma supplements often
// give each course a few lines of its own: a head line (a code and a title) and lines of
// `label: value` pairs under it (`Credits: 6   Grade: B-   Grade Point: 2.7`), the same labels on
// every course; or records made only of such lines (`Code: X  Title: Y` over `Credits: 3  Grade:
// A`). Nothing is known of the labels' words: a record list is told by its shape, lines of pairs
// whose labels repeat in the same order on three records or more, and each label's values become
// a column whose role comes from the values (a small number of few values: credits; letters of a
// grade scale: the grade; ...), as for a table with no header (table_roles.h). Section lines
// between records give their term; summary lines (`Credits earned this semester: 30`) are kept
// for the reconciliation of printed totals. read_tables takes them in place of the tables when
// they give more records than the tables read from the same pages.
#pragma once

#include <vector>

#include "extractors/tables/table_reader.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// One page's lines as the reader cut them: the page, its words turned upright (which the rows
// point at) and its rows per block.
struct PageLines {
  size_t page = 0;
  const PageText* text = nullptr;
  const std::vector<Word>* upright = nullptr;
  std::vector<std::vector<TableRow>> blocks;
};

// The page's own word for `w`, one of its words turned upright (which the rows point at), and the
// same for a run of them: what a table's cells keep as their evidence.
inline const Word* original_word(const PageLines& page, const Word* w) {
  return &page.text->words[static_cast<size_t>(w - page.upright->data())];
}
inline std::vector<const Word*> original_words(const PageLines& page, const std::vector<const Word*>& ws) {
  std::vector<const Word*> out;
  for (const Word* w : ws) out.push_back(original_word(page, w));
  return out;
}

// A line's `label: value` pairs, cut at gaps wider than a word space: each piece a label of one to
// five words ending in a colon, then its value. Empty unless every piece of the line is such a pair.
struct LabelledValue {
  std::string key;                 // the label, lower-case letters only (what repeats)
  std::string label;               // as printed, colon dropped
  std::vector<const Word*> value;  // the words after the colon
};
std::vector<LabelledValue> labelled_values(const TableRow& row, double word_space);

// Reads the record lists of `pages` into `out` (a table per list, its summary lines, terms).
// Returns the number of records read.
size_t read_record_lists(TableReading& out, const std::vector<PageLines>& pages, const TableReaderOptions& options);

}  // namespace cc
