// Lines inside a table that are not courses although their cells may look like one: a label
// with a value (`Semester total:`), a count of credits stated in the title cell, a line of
// fields, a legend or grading key, a row label of a summary grid (`Previous`, `Current`); and
// whether a line cuts into cells at all. Each is a property of tables in general (colons,
// percentages, definitions, averages), told from the text of the line and its title cell.
#pragma once

#include <string>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_reader.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// A title cell that ends in a colon (or a colon and a number, with its unit or not), or a label and
// a date.
bool labels_a_value(const std::string& title);
// A title cell that states a count of credits ("Credits earned 37").
bool states_credits(const std::string& title);
// Two labels with a colon, or a value with two decimals: a line of fields, not a title.
bool is_field_line(const std::string& text);
// Definitions, ranges of percentages, or four grades paired with points: a key to the table.
bool is_legend(const std::string& text, const std::string& title);
// A row of a summary grid (`Previous | Current | Cumulative`): no code, a title that is a row label.
bool is_grid_row_label(const RowFields& f);
// A title cell opening with a dash or a bullet (`– Anatomia umana`): an item listed under the
// course above (a module of an integrated course), never the rest of its title (a title wraps at
// a space, so its next line opens with a word).
bool is_list_item(const std::string& title);
// A row with a gap wider than a word height somewhere: cells, not a line of prose.
bool is_tabular(const TableRow& row);
// A line whose words run on at word spacing across two of the table's column bounds or more,
// word after word (`Additional information  The study programme is accredited until 31 December
// 2025` over the credits, ECTS and grade columns): a sentence of a field or a paragraph printed
// under the table, no record. A record's cells stand a gutter apart; a title running on past its
// column crosses one bound. A course stated in a sentence after its label, with its credits in
// their unit (`Završni rad: "…", ocjena 9, 8 ECTS`), stays what the record test says (S122).
bool runs_across_columns(const TableRow& row, const ColumnLayout& layout);

}  // namespace cc
