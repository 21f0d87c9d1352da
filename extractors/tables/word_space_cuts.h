// A cut between two columns that falls between words set at word spacing is no column boundary.
// Columns are set apart by gutters wider than the space between the words of a cell; so when the
// records' words on both sides of a cut, on most records, stand a word space apart (`Chimie |
// générale`), the cut runs through their cells: the header's label was read as two (`Intitulé
// de` the vocabulary does not know, then `l'unité d'enseignement` it does), and the two columns
// are one, with the known label's role and both labels' words. Only a cut beside a column the
// header left unknown is tested: two roles the header named stay two columns. Nor is a cut with
// numbers on one side and words on the other on most records (`21. General Microbiology`): cells
// of two types are two columns (a serial number and its title), however close they are set.
#pragma once

#include <vector>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// Joins the columns of `layout` that the rows of `body` show to be one (three records at least,
// six in ten of those with words on both sides of the cut a word space apart: less than 0.6 of
// the line's height; not when eight in ten of those put a number beside a word).
void join_columns_cut_at_word_spaces(ColumnLayout& layout, const std::vector<const TableRow*>& body);

}  // namespace cc
