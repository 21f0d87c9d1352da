// A course printed as a line of its own (serial, name, result) with its marks on lettered sub-rows
// under it ("(a) Written 100 91", "(b) Practical/Oral 50 48"): the sub-rows are parts of that
// course, not courses. The course's marks, maximum marks and credits are the sums of its parts'.
// Marks statements of annual examinations print subjects this way in many countries.
#pragma once

#include <string>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_reader.h"

namespace cc {

// "(a) Written", "b) Practical", "(ii) Theory": a title that starts with a letter or a small
// roman numeral in brackets, then words.
bool is_part_title(const std::string& title);

// Adds `part`'s numbers to `course`: marks, maximum marks and credits cells summed when both are
// numbers; its words join the course's.
void add_part(TableRecord& course, const TableRecord& part, const ColumnLayout& layout);

}  // namespace cc
