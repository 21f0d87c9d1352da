// Credits cells whose decimal point a scan lost, read with the column's own style. A credits column
// prints its numbers one way ("3.0", "1.5", "1.0" or "4.000"); OCR loses the point of some ("15",
// "10": Bangladesh lab courses of 1.5 credits read as 15, round 1) or reads it as a comma ("4,000"
// beside "4.000"), and a speck before a number joins its cell ("/ 3"). Where most of the column
// prints k decimals with a point, a cell of exactly 1 + k digits is that number with its point lost,
// and a cell with a comma and k decimals is the same decimal; elsewhere nothing is guessed. Every
// such reading is reported as fixed, which lowers the course's confidence.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cc {

// How many decimals most numbers of a credits column print after a point (1 for "3.0", 3 for
// "4.000"), or 0 when the column prints whole numbers, too few numbers, or no one style.
int printed_decimals(const std::vector<std::string>& cells);

// `cell` as the column prints its numbers, or nullopt when it needs no repair or allows more than
// one reading: "15" -> "1.5" and "4,000" -> "4.000" where the column has `decimals` 1 and 3; "/ 3"
// -> "3" and "3°" -> "3" (specks before or after a number) in any column.
std::optional<std::string> credits_in_column_style(const std::string& cell, int decimals);

}  // namespace cc
