// Course rows of a transcript segment, read off its pages turned upright: rows rebuilt from word
// boxes, tables printed side by side cut apart at their gutter, each table's columns found from
// its header and the gaps under it, and term headings (OCR damage repaired, made consistent across
// the transcript) giving the term of the rows that follow them in the same table block. The cells
// are returned as printed; coursework_courses interprets them.
#pragma once

#include <optional>
#include <string>
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

// True for rows that are not courses although they sit in the table: term summaries (GPA,
// totals), page numbers, "Nothing follows", "END OF TRANSCRIPT".
bool is_summary_row(const std::string& row_text);

// A page's number as a footer prints it ("Page 2 / 3", "Página 1 de 2", "стр. 1 от 3"): no course,
// whatever number its count puts under a credits column.
bool is_page_marker(const std::string& title);

}  // namespace cc
