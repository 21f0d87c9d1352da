// Courses listed as numbered items under a caption, after the table (S193). Diploma supplements
// of many systems (and transcripts that keep practice, term papers or final examinations apart)
// print, under the course table, short sections each headed by a caption line and holding items
// numbered from 1: `Practical training` over `1. Field Practice   4 weeks   6 credits   good`,
// `State examinations:` over `1. State examination in the speciality   good (4)`. Each item is a
// course: its title runs from the number to the first wide gap, its grade is the last piece of the
// line, and its load is the amount whose unit the table's own credits column names (`6 credits`
// under `Credits`, `(216 hours)` under `Total hours`); an item with an amount of another unit
// (`4 weeks`) beside it keeps only the amount named by the column; an item printing no amount a
// credits word names carries no credit (0: a term paper, a state examination); an item printing
// an amount of a credits word the column does not name (`216 hours` under `ECTS`) is left out
// (its measure cannot be placed). A line just under an item, starting at its title, with no digit,
// is the title's second line; when the item's title has letters outside ASCII and that line has
// none, it is the title's translation and becomes the title.
#pragma once

#include <vector>

#include "extractors/tables/record_lists.h"
#include "extractors/tables/table_reader.h"

namespace cc {

// Adds the listed items of `pages` found under a caption after the tables of `out` as records of
// the table above them. Needs a table of five records at least. Returns the number of items read.
size_t read_listed_items(TableReading& out, const std::vector<PageLines>& pages);

}  // namespace cc
