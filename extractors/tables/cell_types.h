// What a table cell holds, told from its text alone (no header needed): a course code, a title,
// a number, credits written in a notation (`(3)`, `3(2-1)`), a letter grade, a pass/fail or
// administrative grade (P, F, INC, W), a percentage, marks of a maximum (`72/100`). Columns whose
// header is missing or unknown get their role from these types (table_roles.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

enum class CellType {
  empty,
  code,          // "BIO 101", "MLS-301", "CHEM11", "BMB-101P"
  text,          // words: a title, a remark
  integer,       // "3", "72", "100"
  decimal,       // "3.0", "1.75", "4,5"
  credit_notation,  // "(3)", "3(2-1)", "4 (3+1)": a total with its theory/lab split
  letter_grade,  // "A", "B+", "C-", "AB", "O"
  grade_word,    // "P", "PASS", "F", "FAIL", "INC", "W", "DRP", "S", "U", "NC", "CR", "AU", "IP"
  percent,       // "85%", "85.5 %"
  marks_of,      // "72/100"
  other,
};
std::string_view cell_type_name(CellType t);

CellType type_of_cell(std::string_view text);

// Runs of spaces, tabs and line breaks as one space, none at the ends.
std::string squeezed_spaces(std::string_view s);

// A code whose letter part is printed in another alphabet (Greek `ΙΕ1010`, Cyrillic `БХ 201`):
// one to six letters, at least one of them outside ASCII (two-byte UTF-8 letters: Latin accents,
// Greek, Cyrillic, Armenian, Hebrew, Arabic), then a number of two to five digits; spaces
// squeezed, nullopt when it is none. Such a cell is of type `code`.
std::optional<std::string> code_in_other_alphabet(std::string_view printed);

// One token of capitals (Latin, Cyrillic, Greek, Armenian) and digits in any order, 4-14
// characters, two capitals and a digit at least (`047CHIGL1`, `МЛД1О01`): a code. Such a cell is
// of type `code`.
bool is_capitals_and_digits_code(std::string_view text);

// The number a numeric cell holds ("3", "3.0", "4,5"), nullopt otherwise.
std::optional<double> cell_number(std::string_view text);

// A grade given as a word or phrase of a classification, in the languages transcripts are printed
// in: "Distinction", "First Class", "Very Good", "Sobresaliente", "Très bien", "dobry", "добре /
// good" (each half of a bilingual "A / B" must be one). Such words in a result column are the
// course's grade when the table prints no grade column (a marks statement's Result).
bool is_classification_grade(std::string_view text);

// A mark followed by its name in words, in brackets: `9 (девет)`, `16 (dezasseis)`, `8 (ocho)`:
// a grade printed in figures and in words, as many national scales print it.
bool is_mark_with_name(std::string_view text);

// A result printed with the date it was given (`11.01.2016 výborně (1)`, `23.12.2015 Z`,
// `2019-06-12 B+`): an examination register's cell. The result without its date; nullopt when the
// cell is no such thing.
std::optional<std::string> dated_result(std::string_view text);

// Credits in any of the usual notations: "3", "3.0", "(3)", "3(2-1)" and "3 (2+1)" (the total
// comes first, its theory/lab split in brackets), nullopt otherwise.
std::optional<double> credit_value(std::string_view text);

// Two whole numbers in one cell joined by a slash (`45/30`, `0/480`: hours of theory and of
// practice): their sum, nullopt for any other cell.
std::optional<double> sum_of_parts(std::string_view text);

// Whether a column's cells are the parts of one load rather than marks of a maximum: three cells
// or more of two numbers joined by a slash, most of the column's filled cells, one of them at least
// whose first number exceeds the second (no mark exceeds its maximum) and second numbers that
// differ (a maximum repeats down its column). The load is then each cell's sum (S124).
bool loads_in_parts(const std::vector<std::string>& cells);

}  // namespace cc
