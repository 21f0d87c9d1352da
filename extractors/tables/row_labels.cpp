#include "extractors/tables/row_labels.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "core/regex.h"
#include "extractors/tables/cell_types.h"

namespace cc {

// A title cell that ends in a colon, or in a colon and a number, labels a value ("Semester total:",
// "Grade point average: 3.59" in any language): a line of the table about its rows, not a course.
// Course titles hold colons only between their words ("Microbiology V: Industrial Microbiology").
// A count after the colon may carry its unit, one word of letters in any script ("Общо за
// семестъра: 30 кредита", "Total du semestre : 30 crédits"): a course title never ends in a count.
bool labels_a_value(const std::string& title) {
  static const Regex kCountWithUnit(R"(:\s*\d{1,4}([.,]\d{1,2})?\s+[^\s\d:;,.()]+\.?\s*$)");
  if (std::regex_search(title, kCountWithUnit)) return true;
  size_t end = title.size();
  while (end > 0 && title[end - 1] == ' ') --end;
  size_t digits = end;
  while (digits > 0 && (std::isdigit(static_cast<unsigned char>(title[digits - 1])) || title[digits - 1] == '.' || title[digits - 1] == ',')) --digits;
  const bool number = digits < end && std::isdigit(static_cast<unsigned char>(title[digits]));
  size_t at = number ? digits : end;
  while (number && at > 0 && title[at - 1] == ' ') --at;
  if (at > 0 && title[at - 1] == ':') return true;
  // A date after a label ("COMPLETION: 23/12/2020", "Date of issue: 12.03.2019") is no title either.
  static const Regex kDateAfterLabel(R"(:\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b)");
  return std::regex_search(title, kDateAfterLabel);
}

// A title cell that states a count of credits ("Credits 17", "Credits earned 37", "Total credits:
// 136", "Crédits acquis : 30"): a term's or a year's totals printed across the table, not a
// course. A course prints its credits in a column of their own, never in its name.
bool states_credits(const std::string& title) {
  static const Regex count(
      R"(\bcr(e|é)dits?(\s+(earned|attempted|obtained|registered|passed|total|hours|units|acquis|cumul(e|é)s))?\s*:?\s*\d)",
      Regex::ECMAScript | Regex::icase);
  return std::regex_search(title, count);
}

// A line of fields ("Mean Grade: A   RECOMMENDATION: PASS"): two labels or more with a colon; or
// a line holding a value with two decimals ("Sem.G.P.A.2.50 Cum.G.P.A.2.38", its summary words run
// together by OCR): a title goes on in words, not in averages.
bool is_field_line(const std::string& text) {
  static const Regex kTwoDecimals(R"(\d[.,]\d\d(?!\d))");
  return std::count(text.begin(), text.end(), ':') >= 2 || std::regex_search(text, kTwoDecimals);
}

// A line of two definitions or more ("A = 70-100 (5 points), B = 60-69 (4)", "TCU = Total Credit
// Units; TGP = Total Grade Points"), or of ranges of percentages ("A  4.0  96% and above  C+  2.3
// 72% - less than 76%": a grading scale printed as a table): a key to the table, not a row of it.
// A course row prints a percentage once or twice (a score, an attendance), never in its title.
// So is a line pairing four letter grades or more with their points ("Grade points: A+ 4.3 A 4.0
// A- 3.7 B+ 3.3 ..."): a course row prints one grade and its points.
bool is_legend(const std::string& text, const std::string& title) {
  if (std::count(text.begin(), text.end(), '=') >= 2 || std::count(text.begin(), text.end(), '%') >= 3 ||
      std::count(title.begin(), title.end(), '%') >= 2)
    return true;
  static const Regex grade_and_points(R"((^|\s)[A-F][+-]?[1-3]?\s+\d(\.\d{1,2})?(?=\s|$))");
  const auto pairs = std::distance(SRegexIterator(text.begin(), text.end(), grade_and_points), SRegexIterator());
  if (pairs >= 4) return true;
  // A weighting of the final mark ("Final = 40% continuous assessment + 60% examination"): a
  // formula, with its parts in percentages; no course row defines its mark.
  if (std::count(text.begin(), text.end(), '=') >= 1 && std::count(text.begin(), text.end(), '%') >= 2) return true;
  // Ranges of marks, three or more on the line ("C 50-59 (2.0)  D 45-49  F 0-44 Fail"): the bands
  // of a grading key. A course row prints at most one range (a date span, a year); a range of
  // marks runs up, at most to 100.
  static const Regex range(R"((^|\s)(\d{1,3})\s?-\s?(\d{1,3})(?=[\s;,)]|$))");
  int ranges = 0;
  for (SRegexIterator it(text.begin(), text.end(), range), end; it != end; ++it) {
    const int low = std::stoi((*it)[2].str()), high = std::stoi((*it)[3].str());
    ranges += low < high && high <= 100;
  }
  return ranges >= 3;
}

// A row of a summary grid under a term (`Previous | Current | Cumulative` by `TNU | TCP | GPA`):
// no code, and a title that is only the row's label ("Previous", "Current", "This Term", "Prior",
// "Transfer"): the numbers after it are totals, not a course's.
bool is_grid_row_label(const RowFields& f) {
  if (!f.code.empty()) return false;
  const std::string t = letters_lower(f.title);
  for (const char* label : {"previous", "current", "prior", "thisterm", "thissemester", "termtotal", "todate", "transfer",
                            "transferred", "overall", "prev", "curr", "semestertotal"})
    if (t == label) return true;
  return false;
}

// A row with a gap wider than a word space somewhere: cells, not a line of prose.
bool is_tabular(const TableRow& row) {
  for (size_t i = 1; i < row.words.size(); ++i)
    if (row.words[i]->box.x0 - row.words[i - 1]->box.x1 > row.word_height) return true;
  return false;
}

bool runs_across_columns(const TableRow& row, const ColumnLayout& layout) {
  auto column_of = [&](const Word* w) {
    const double x = w->box.center_x();
    size_t k = 0;
    while (k + 1 < layout.columns.size() && x > layout.columns[k].x1) ++k;
    return k;
  };
  auto has_letters = [](const std::string& t) {
    return std::count_if(t.begin(), t.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) >= 2;
  };
  // A course stated in a sentence after its label (`Završni rad: "…", ocjena 9 (devet), 8 ECTS`: a
  // label and a colon in its first three words, credits with their unit) is still read as one.
  bool labelled = false, credits_stated = false;
  for (size_t i = 0; i < row.words.size(); ++i) {
    const std::string& t = row.words[i]->text;
    labelled = labelled || (i < 3 && !t.empty() && t.back() == ':');
    if (i + 1 < row.words.size() && cell_number(t)) {
      std::string unit = row.words[i + 1]->text;
      while (!unit.empty() && std::ispunct(static_cast<unsigned char>(unit.back()))) unit.pop_back();
      credits_stated = credits_stated || (has_letters(unit) && credit_value(t + " " + unit).has_value());
    }
  }
  if (labelled && credits_stated) return false;
  size_t crossed = 0;
  for (size_t i = 1; i < row.words.size(); ++i) {
    const Word* a = row.words[i - 1];
    const Word* b = row.words[i];
    const bool word_space = b->box.x0 - a->box.x1 < 0.6 * row.word_height;
    // Words of a sentence: one of the two of letters (a figure in the sentence, `until 31`).
    if (word_space && column_of(b) > column_of(a) && (has_letters(a->text) || has_letters(b->text))) crossed += column_of(b) - column_of(a);
  }
  return crossed >= 2;
}

bool is_list_item(const std::string& title) {
  for (const char* mark : {"\u2013", "\u2014", "\u2022", "\u00b7", "- ", "* "})
    if (title.rfind(mark, 0) == 0) return true;
  return false;
}

}  // namespace cc
