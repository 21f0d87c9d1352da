// Group headers: a label on a header's upper line printed over several labels of the line below,
// centred over them ("Units" over "Theo.  Prac.", "Nr. ore" over "C  S  L  P", "Credits" over
// "Th  Pr"): the labels below are sub-columns of one measure named by the label above. Each
// sub-column becomes a cell of the group's role with its own label in brackets ("Units (Theo.)"),
// marked with its group, so that credits split into theory and practical parts add up to the
// course's credits (table_reader.cpp) and hours split into lecture / seminar / lab stay hours.
#pragma once

#include <vector>

#include "extractors/tables/table_header.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// The header printed on `lines` (two or three, top to bottom, each less than a line and a half
// under the one above) when the top line holds at least one group label (a phrase of the
// vocabulary centred over two or more labels of the line below, evenly spaced); empty otherwise.
// Lines below the first may hold words the vocabulary does not know (`Row`, `Theo.`): they become
// unknown cells, or qualify their group.
std::vector<TableHeader> parse_grouped_header(const std::vector<const TableRow*>& lines);

}  // namespace cc
