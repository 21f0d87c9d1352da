// Course rows of a transcript segment, read off its pages turned upright: rows rebuilt from word
// boxes, tables printed side by side cut apart at their gutter, each table's columns found from
// its header and the gaps under it, and term headings (OCR damage repaired, made consistent across
// the transcript) giving the term of the rows that follow them in the same table block. The cells
// are returned as printed; coursework_courses interprets them.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractors/document_view.h"
#include "extractors/tables/table_header.h"

namespace cc {

struct RawCourseRow {
  std::string code, title, grade, credits, marks, points;  // cell texts as printed ("" when absent)
  std::string contact_hours;  // the hours printed beside the credits, when a column of its own holds them
  std::vector<const Word*> words;                  // the row within its table block
  PageRef page;
  std::string term;
  std::vector<double> order;  // reading order: page, term heading position, block, row position
  size_t table = 0;           // index of its table among the segment's tables (TranscriptRows::summaries)
};

// A summary line printed in a table (GPA, TCU/TGP, "Total", "Semester Credit Hours: 17"), kept
// for the reconciliation of the printed totals with the rows (reconcile.h).
struct SummaryLine {
  std::string kind;                    // extractors/tables/line_kinds.h: gpa, total, cumulative, page, end, note
  std::string text;
  std::string term;                    // the table's term when the line was printed
  std::vector<const Word*> words;      // the line within its table block
  std::vector<std::string> roles;      // per word, the role of the column it stands under ("" none)
  PageRef page;
  std::vector<double> order;           // same key as RawCourseRow::order
  size_t table = 0;
};

struct TranscriptRows {
  std::vector<RawCourseRow> rows;          // in reading order
  std::vector<std::string> terms;          // term headings in reading order
  std::vector<std::string> credit_headers; // header text of the credit columns
  bool credits_in_class_hours = false;     // a credits column the table reader knows holds hours of class
  bool has_marks_column = false;           // Max. Marks or Marks Obtained
  bool european_beside = false;            // an ECTS column beside the credits read (a second measure)
  bool credits_from_weekly_hours = false;  // some row's credits derived from its hours a week (weekly_hours.h)
  std::string text;                        // every row's text, one line each
  std::vector<SummaryLine> summaries;      // in table order, each table's in reading order
};

TranscriptRows read_transcript_rows(const SegmentView& segment);

// The credit every course carries, when the transcript states it once instead of printing a credit
// column: "Each course carries 3 credit hours", "All subjects are of 4 credits", "every module is
// worth 10 credits", "Each unit is equivalent to 3 credit hours". Nullopt when no such statement is found.
std::optional<double> uniform_credit_stated(const std::string& text);

// A code and its title printed in one cell, under one column (`M1.1 Biologie cellulaire`, `BIO 101
// General Biology`, S145): the code (its first word or two, read as a code with no repair) and the
// title (the rest, starting with a letter). The title printed there is the course's: a column the
// reader took for the titles beside it holds something else (`excellent`, `très bien`: the mark in
// words). Nullopt when the cell is no such pair.
std::optional<std::pair<std::string, std::string>> code_and_title_in_one_cell(const std::string& code_cell);

// The length of a teaching period the transcript states in a legend (`1 période = 45 minutes`, `1
// Lektion = 45 Minuten`, S146): the unit's word as printed (lower case, accents folded) and its
// minutes (30 to 59: a period shorter than an hour). A column headed by that unit counts periods,
// not hours: its hours are the periods times minutes / 60.
struct StatedPeriod {
  std::string unit;
  double minutes = 0;
};
std::optional<StatedPeriod> stated_period_length(const std::string& text);
// True when a column label names the stated period's unit (`Périodes` for `période`).
bool counts_stated_periods(const std::string& label, const StatedPeriod& period);

// A course listed on a line of its own, no table (S147): `Allmän kemi, 7,5 hp  G  2022-11-08` gives
// the title, the credits as printed and the grade ("" when the line prints none). Nullopt for any
// other line.
struct ListedCourseLine {
  std::string title, credits, grade;
};
std::optional<ListedCourseLine> listed_course_line(const std::string& line);
// The code a line starts with, alone or before a comma (`BL1001, Mälarstrandens högskola`), as
// printed; nullopt when the line starts with no code.
std::optional<std::string> code_line(const std::string& line);

// True for rows that are not courses although they sit in the table: term summaries (GPA,
// totals), page numbers, "Nothing follows", "END OF TRANSCRIPT".
bool is_summary_row(const std::string& row_text);

// A page's number as a footer prints it ("Page 2 / 3", "Página 1 de 2", "стр. 1 от 3"): no course,
// whatever number its count puts under a credits column.
bool is_page_marker(const std::string& title);

}  // namespace cc
