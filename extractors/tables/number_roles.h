// Roles of number columns told by how the numbers relate, not by any word: the structural evidence
// the content roles (table_roles.h) weigh when no header names a column. Each is a property of
// tables of courses in general:
// - a column of calendar years that run in order (few distinct values, each repeated over a run of
//   rows) is the row's term, never marks;
// - a column of short capital words followed by a column of course numbers is a code printed in
//   two columns (subject and number: `BIOL | 1406`);
// - a column of one repeated value is a maximum only when no value of the row beside it exceeds it;
// - of the columns of small numbers, credits are the one a points column is a multiple of, row by
//   row, with one factor per grade (points = credits x grade value), and otherwise the one that
//   looks most like credits (whole or half values, few distinct ones);
// - a column that only rises down the table (5 5 6 6 7) is a level or year of study, not credits;
// - a table's only hours column, with no credits column beside it, whose values are those of a
//   course's credits (whole or half, 0.5 to 6) is the credits ("CH": credit hours); contact hours
//   counted over a term are tens (30, 60, 72), and with no credits column they are the only measure
//   of a course's size: the credits column too, in hours (the coursework names the system);
// - a column of decimals in 1-5 printed in quarter steps with several distinct values beside a
//   column of whole numbers is a numeric grade (1.0-5.0 scales), not credits.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cc {

using ColumnCells = std::vector<std::vector<std::string>>;  // per column, its cells top to bottom

// True when the column's numbers are calendar years (1950-2099), or academic years (`2015/2016`),
// in order over three rows or more.
bool is_year_column(const std::vector<std::string>& cells);

// True when the column prints calendar or academic years once each, on the first row of the run of
// rows the year holds (a blank cell repeats the year above): the column opens with a year, each year
// follows the one before, and the years hold three rows each at least on average (eight rows at
// least). A year printed once over its courses is the rows' term as a year printed on every row is.
bool is_year_printed_once(const std::vector<std::string>& cells);

// True when two neighbouring columns are a term printed in two parts on every row, a year and the
// part of the year (`1.º | 2.º`, `2 | 1`): whole numbers or ordinals of 1 to 12 (a blank cell
// repeats the one above), over eight rows or more, each column taking two values or more, the pairs
// never falling down the table (the year rises, the part counts within it) and the second column
// starting again on a row where the first rises. Courses are listed term by term; no two columns of
// credits, marks or points keep such an order.
bool is_term_pair(const std::vector<std::string>& first, const std::vector<std::string>& second);

// True when the column is the session of the year printed beside it in a column of calendar years
// (is_year_column): a term given by two columns, the year and its part (`2014 | I`, `2014 | II`,
// `2015 | V` for a summer session), with no caption line. Roman numerals of I to XII or whole
// numbers and ordinals of 1 to 12 on every filled cell (a header word read with the rows allowed on
// one in ten), over eight rows or more, two to four distinct values: a year has two to four
// sessions. Letter grades take more values, credits and marks are no roman numerals, and neither
// stands beside a year column.
bool is_session_of_year(const std::vector<std::string>& cells);

// The calendar year a term cell names: a year (`2015`) or an academic year of two years in a row
// (`2015/2016`, `2015-16`: the first); nullopt for anything else.
std::optional<long> academic_year_of(const std::string& cell);

// True when `cells` name the part of the year printed beside it in `years` (a column of calendar or
// academic years, is_year_column, or printed once over its rows, is_year_printed_once: a blank year
// repeats the one above) in words or abbreviations of the calendar (`ZS` / `LS`, winter and summer
// semester; `Fall` / `Spring`; a letter and a figure: `S1`, `S2`, `T3`, `Q2`), with no caption
// line: short cells with no other figure (a blank repeats the cell above), eight rows or more, two to four distinct values, each (year,
// part) one run of rows (courses are listed year by year, part by part), a year split into two
// parts at least and a part recurring in two years at least. A status or a letter grade beside the
// year takes its values in any order within a year, so a value comes back after another.
bool is_part_of_year_in_words(const std::vector<std::string>& years, const std::vector<std::string>& cells);

// True when a column of whole numbers beside a column of grades (`grades`: letters or grade words,
// row by row) holds the sizes of the courses, not the points the grades earn: on six rows or more
// with both, whole numbers of 1 to 99 taking one to five values (`18 | 20 | 15 | 60`), one number
// printed with three grades or more and, when there are several numbers, two grades or more each
// printed with two numbers or more.
// Grade points follow the grade (the same grade, the same points; times the credits where those
// are printed in a column of their own); a course's size does not.
bool sizes_not_following_grade(const std::vector<std::string>& numbers, const std::vector<std::string>& grades);

// The factor `larger` is of `smaller` when it is the same on every row holding a number in either
// (rows of words in both, labels read with the rows, left aside)
// (five rows at least, two values of `smaller` at least) and lies in 1.2-4: the same credit counted
// in two measures (a national credit point and the ECTS it is worth, 1 : 1.5; a credit hour and
// ECTS, 1 : 2). Nullopt otherwise. Hours of class are ten times a credit and more (S23); points
// earned by a grade change with the grade.
std::optional<double> constant_ratio(const std::vector<std::string>& smaller, const std::vector<std::string>& larger);

// True when `subject` holds short capital words (2-6 letters, abbreviated with points allowed:
// `QUIM.`, `T.MED.`) and `number` course numbers (2-4
// digits, an optional letter) on eight rows in ten, three rows at least.
bool is_split_code(const std::vector<std::string>& subject, const std::vector<std::string>& number);

// True when, on two rows or more and a fifth of the rows, a number of another column in `values`
// is larger than column `i`'s number on that row: `i` cannot be the maximum of those rows' marks.
bool exceeded_on_its_rows(const ColumnCells& cells, size_t i, const std::vector<size_t>& values);

// Of `candidates` (columns of small numbers), the credits: the one that a column of `others`
// (points) is a multiple of on nine rows in ten, one factor of 0-5 per grade of `grades` (the grade
// column's cells: a letter, or a grade value), with at least two distinct credits; nullopt when
// none is or no grade column is given.
std::optional<size_t> credits_by_products(const ColumnCells& cells, const std::vector<size_t>& candidates,
                                          const std::vector<size_t>& others, const std::vector<std::string>* grades);

// How much a column looks like credits: -1 when it cannot be credits (values not whole or half on
// nine rows in ten, or more than 8 distinct values), else higher for fewer distinct values.
double credit_likeness(const std::vector<std::string>& cells);

// True when the column counts the parts of the course the rows are listed under (semester 1 1 1 2
// 2 2 3 ...): whole numbers, ordinals or roman numerals of 1 to 12 (a blank repeats the cell above) over eight rows
// or more that never fall and rise by one at a time, two values or more, each held on three rows
// or more on average (a cell without digits, a label read with the rows, one in ten at most). Courses are listed term by term; no column of credits, marks or points keeps
// such an order, and serial numbers rise on every row.
bool is_term_count(const std::vector<std::string>& cells);

// True when the column's numbers never fall from row to row over six rows or more and take two to
// five values: a level or year of study printed on each row (NQF 5 5 6 6 7), not credits.
bool is_rising_level(const std::vector<std::string>& cells);

// True when the column counts attempts (or sittings) at an examination: whole numbers of 1 to 3
// over eight rows or more, 1 on seven rows in ten or more and not on all (the attempt that passed:
// most courses pass at the first). Credits of 1-3 whose mode is 1 on seven rows in ten are no
// course sizes, so beside another column of few small numbers it is no credits (S129).
bool is_attempt_count(const std::vector<std::string>& cells);

// True when the column is a numeric grade: decimals printed with a point on eight rows in ten,
// all in 1-5, at least four distinct values, some of them a quarter or three quarters off a whole.
bool is_decimal_grade_scale(const std::vector<std::string>& cells);

// True when an hours column holds a course's credits rather than its contact hours: whole or half
// values of 0.5 to 6 on nine rows in ten of its filled cells, three rows at least.
bool hours_are_credit_sized(const std::vector<std::string>& cells);

// True when an hours column holds the hours of class over a term: whole numbers of 8 to 400 on
// nine rows in ten of its filled cells, three rows at least, their median 16 or more.
bool hours_are_term_hours(const std::vector<std::string>& cells);

// True when a column of small numbers moves in steps of five (every value a multiple of 5, at most
// 30, two to four distinct values over four rows or more): credits of modules counted in tens of
// notional hours (10, 15, 20, 30: Rwanda, the UK, ECTS modules), not grade points or marks.
bool moves_in_steps_of_five(const std::vector<std::string>& cells);

// True when a column of small numbers counts credits in half steps (Chinese, Korean credits: 1.5
// 2 2.5 3 3.5 4): every value a whole or a half, some of them halves, at most 12 with a median of
// 6 at most, no more than twelve distinct values over four rows or more. Such a column may take
// more distinct values than credits in whole numbers do; marks and grade points are not halves.
bool counts_in_half_steps(const std::vector<std::string>& cells);

}  // namespace cc
