// Lines of a table that are not its records: section lines ("Semester I", "FIRST YEAR - ACADEMIC
// YEAR 2017/2018", "Fall Quarter 2014", "300 Level", "Part II", "2016/2017 Session") that give the
// rows under them their term, and summary lines ("TCU: 14 TGP: 48 GPA: 3.43", "Total", "Page 1 of
// 2", "Nothing follows") that say something about the rows: kept, typed, for whoever checks them.
#pragma once

#include <optional>
#include <string>

namespace cc {

// The kind of a summary line: "gpa" (GPA, CGPA, QPA, GWA, TCU/TGP and similar words of the
// vocabulary), "total" (a line starting "Total", "Sub-total", "Result"...), "cumulative",
// "page" ("Page 1 of 3"), "end" ("Nothing follows", "End of transcript"), "note" ("Note:",
// "Remarks:", "Term:"); nullopt for any other line.
std::optional<std::string> summary_kind(const std::string& line_text);
inline bool is_summary_line(const std::string& line_text) { return summary_kind(line_text).has_value(); }

// A breakdown and its total on one line ("FB 60,0  OB 132,0  OP 24,0  PE 12,0  TFG 12,0  TOTAL
// 240,0", "Theory 12 Practical 6 Total 18"): the line's last figure follows a word saying total and
// is the sum of the line's other figures, two or more. A box of totals, never a course, however
// its words fill the table's columns (summary kind "total").
bool breakdown_with_total(const std::string& line_text);

// True when `line_text` (a whole line, or one side of a page of tables side by side) names a
// section of a programme: a term word (semester, term, trimester, quarter, session, year, level,
// part) with its number as a digit, an ordinal, a word or a roman numeral, a season with a year, an
// academic year range; short (at most 12 words), no "Label:" before the term word, and none of the
// words that make it a summary or an admission/award line.
bool is_section_line(const std::string& line_text);

// The term a section line names: a leading label naming the term ("Term: Fall 2021" -> "Fall
// 2021") and a field printed after it ("First Year  Symbol No.: 6277015" -> "First Year") left out.
std::string section_text(const std::string& line_text);

// What a section line names: a part of a year (semester, term, trimester, quarter, a season), a
// year or more (year, level, session, part, stage, a calendar year or an academic year range), or
// both ("2014/2015 Session - First Semester", "Fall 2019"), which is complete on its own. Sections nest: a part of a year printed under a year line is that
// year's part ("FIRST YEAR - ACADEMIC YEAR 2017/2018" then "Semester I").
enum class SectionScope { part_of_year, year, both };

// True when a section line holds words besides its terms, numbers and years ("Final Year Project",
// "First Year Examination"): a title wrapped under a record can read as a section, a bare caption
// ("Second Semester 2015/2016") cannot.
bool section_says_more(const std::string& line_text);
SectionScope section_scope(const std::string& line_text);

}  // namespace cc
