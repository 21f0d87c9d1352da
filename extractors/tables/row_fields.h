// A table row's cells by role (`RowFields`: code, title, grade, credits, marks, points) from the
// words that fall in each column, and the tests that say whether such a row is a record of its
// table (the consumer's, from `TableReaderOptions`, or the default by cell type). Which column of
// a role a value is read from when a table prints the role twice (a second measure of credit,
// marks on two scales, a completed grade) is decided here. Used by the block reader and by the
// layout of columns under a header.
#pragma once

#include <string>
#include <vector>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_reader.h"

namespace cc {

// The first column of `role` (of credits, the first that is no second measure such as ECTS);
// the number of columns when there is none.
size_t first_of_role(const ColumnLayout& layout, ColumnRole role);

// Which line of a two-language title header is English (-1: one language).
int english_title_line(const ColumnLayout& layout);

// The fields of a row given its words per column of `layout`.
RowFields fields_from(const std::vector<std::vector<const Word*>>& words, const ColumnLayout& layout);
RowFields fields_of(const TableRow& row, const ColumnLayout& layout);

// A credits or marks cell that holds a number.
bool has_number(const RowFields& f);
// Default record test: a code-typed code with a title or value, or a title with a number.
bool default_is_record(const RowFields& f);
// Default certain-record test: a code-typed code and a number or short grade.
bool default_is_certain(const RowFields& f);

// The options' tests, or the defaults when the options give none.
bool option_is_section(const TableReaderOptions& options, const std::string& text);
bool option_is_record(const TableReaderOptions& options, const RowFields& f);
bool option_is_certain(const TableReaderOptions& options, const RowFields& f);

}  // namespace cc
