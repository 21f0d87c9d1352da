// The blocks of a page and the header lines in them: tables printed side by side are cut apart
// at the gutter between their headers (or, with no header, where the columns' content roles
// start over), and headers of one to three lines found in each block. Used by table_reader.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extractors/tables/table_header.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// True for section lines, as the reader's options say (their OCR repair applied).
using SectionTest = std::function<bool(const std::string&)>;

// Header rows of `rows`: at[i] holds the tables of a header starting at row i; part[i] is true for
// the second and third lines of a header printed on several lines.
struct Headers {
  std::vector<std::vector<TableHeader>> at;
  std::vector<bool> part;
};

Headers find_headers(const std::vector<TableRow>& rows, const SectionTest& is_section);

// The rows of a page's words per block, left to right (one block unless tables stand side by side).
std::vector<std::vector<TableRow>> rows_per_block(const std::vector<const Word*>& words, const SectionTest& is_section);

}  // namespace cc
