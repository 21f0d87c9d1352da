// Credits of a course from the hours a week its classes take, when a table prints those hours by
// kind (`Theor. Hrs | Pract. Hrs`, `L | T | P`) and no credit at all. The rule is the common
// definition of a semester credit that L-T-P-C tables print beside the hours (C = L + T + P / 2,
// the Indian AICTE/UGC rule; the US Carnegie unit likewise gives one credit for an hour of class a
// week through a semester and about one for two hours of laboratory): an hour of lecture or tutorial
// a week is one credit, an hour of practical or laboratory work half of one. Hours of a whole term
// (45, 60) are no weekly hours: such tables are left alone.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cc {

// True for a label naming practical or laboratory hours ("Pract. Hrs", "Lab hours", "P", "TP").
bool names_practical_hours(const std::string& label);

// The credits of one row from its hours columns, each (label, cell as printed): lecture and
// tutorial hours count whole, practical hours half. Nullopt unless there are two columns or more,
// one of them practical and one not, every cell a whole or half number of 0 to 12, and some hours.
std::optional<double> credits_from_weekly_hours(const std::vector<std::pair<std::string, std::string>>& hours);

}  // namespace cc
