#include "extractors/tables/table_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

#include "core/regex.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/number_roles.h"
#include "extractors/tables/record_parts.h"
#include "extractors/tables/table_blocks.h"
#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_header.h"
#include "extractors/tables/table_roles.h"
#include "extractors/tables/table_rows.h"
#include "extractors/tables/title_languages.h"

namespace cc {
namespace {

// What one table block (one side of a page of tables side by side, or the whole page) carries
// from row to row and from page to page.
struct BlockState {
  std::optional<ColumnLayout> layout;  // of the last header seen, kept for a page that continues the table
  int table = -1;                      // index in TableReading::tables of the table being read
  std::string term;
  std::string year_section;  // the last section line naming a year or more, for the parts printed under it
  int term_page = -1;
  double term_y = -1;
  int last_record = -1;  // index in the table's rows of the record just above, for wrapped titles
  double last_record_bottom = 0;
  int wrapped_lines = 0;  // title lines added to that record
  // The term a term column printed last, the first record it was given to and how many since.
  std::string column_term;
  int column_term_first = -1;
  int column_term_rows = 0;
  // The title-only line just read, for a record right under it with no title of its own (cells
  // centred on a title of two lines put the title's first line above the record's line).
  struct TitleLine {
    std::string text;
    std::vector<const Word*> words;  // the page's own words
    double bottom = 0;
    int appended_to = -1;            // the record it was taken to continue, if any...
    TableRecord before;              // ...and that record as it was before
    std::string grade;               // a course line's result (`3. Physics ... Distinction`), for its parts
  };
  std::optional<TitleLine> title_line;
  // A course line with no marks of its own (serial, name, result) just read, and the record made of
  // it once its first lettered part came (record_parts.h).
  std::optional<TitleLine> course_line;
  int course_of_parts = -1;
};

// A credits column headed ECTS (AKTS in Turkish) or CATS is a second measure when the table also
// prints credit hours, units or national credits: "Cr.Hr | ECTS" gives the hours, "K | AKTS" the
// national credits (a European credit is not a semester hour).
bool second_measure_label(const ColumnLayout& layout, size_t i) {
  if (i >= layout.header.cells.size()) return false;
  const std::string key = letters_lower(layout.header.cells[i].text);
  for (const char* european : {"ects", "akts", "cats"})
    if (key.find(european) != std::string::npos) return true;
  return false;
}

// Which line of a two-language title header is English (-1: one language).
int english_title_line(const ColumnLayout& layout) {
  for (const auto& c : layout.header.cells)
    if (c.role == ColumnRole::title) return c.english_line;
  return -1;
}

size_t first_of_role(const ColumnLayout& layout, ColumnRole role) {
  size_t first = layout.columns.size();
  for (size_t i = 0; i < layout.columns.size(); ++i) {
    if (layout.columns[i].role != role) continue;
    if (role != ColumnRole::credits || !second_measure_label(layout, i)) return i;
    if (first == layout.columns.size()) first = i;
  }
  return first;
}

// Credits printed in sub-columns under one group label ("Units" over "Theo.  Prac."): the
// course's credits are their sum. Nullopt when the credits are not grouped or a part is not a number.
std::optional<std::string> grouped_credits(const std::vector<std::vector<const Word*>>& words, const ColumnLayout& layout) {
  const size_t first = first_of_role(layout, ColumnRole::credits);
  if (first >= layout.header.cells.size() || layout.header.cells[first].group < 0) return std::nullopt;
  const int group = layout.header.cells[first].group;
  double sum = 0;
  int parts = 0;
  for (size_t i = 0; i < layout.columns.size() && i < layout.header.cells.size(); ++i) {
    if (layout.columns[i].role != ColumnRole::credits || layout.header.cells[i].group != group) continue;
    const std::string text = join_words(words[i]);
    const auto v = credit_value(text);
    if (!v) return std::nullopt;
    sum += *v;
    ++parts;
  }
  if (parts < 2) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", sum);
  return std::string(buf);
}

// A grade that is not final: incomplete, deferred, no grade yet.
bool is_pending_grade(const std::string& grade) {
  const std::string g = letters_lower(grade);
  for (const char* p : {"inc", "incomplete", "ic", "def", "deferred", "ng", "nfe", "ip"})
    if (g == p) return true;
  return false;
}

// The marks column headed `Total` (`Total Marks`, `Grand Total`) of a table that prints marks in
// several columns; the number of columns when there is none.
size_t total_marks_column(const ColumnLayout& layout) {
  const size_t n = layout.columns.size();
  if (layout.header.cells.size() != n) return n;
  size_t marks = 0, total = n;
  for (size_t i = 0; i < n; ++i) {
    if (layout.columns[i].role != ColumnRole::marks) continue;
    ++marks;
    const std::string label = letters_lower(layout.header.cells[i].text);
    if (label.find("total") != std::string::npos) total = i;
  }
  return marks >= 2 ? total : n;
}

RowFields fields_from(const std::vector<std::vector<const Word*>>& words, const ColumnLayout& layout) {
  RowFields f;
  std::string dept, number;
  for (size_t i = 0; i < layout.columns.size(); ++i) {
    const std::string text = join_words(words[i]);
    if (text.empty()) continue;
    f.outside_title = f.outside_title || layout.columns[i].role != ColumnRole::title;
    auto append = [&](std::string& to) { to = to.empty() ? text : to + " " + text; };
    // A value printed in two columns of one role (marks on two scales) is read from the first.
    auto first = [&](std::string& to, ColumnRole role) {
      if (first_of_role(layout, role) == i) to = text;
    };
    switch (layout.columns[i].role) {
      case ColumnRole::code: append(f.code); break;
      case ColumnRole::title: append(f.title); break;
      case ColumnRole::grade: first(f.grade, ColumnRole::grade); break;
      case ColumnRole::credits: first(f.credits, ColumnRole::credits); break;
      case ColumnRole::marks: first(f.marks, ColumnRole::marks); break;
      case ColumnRole::points: first(f.points, ColumnRole::points); break;
      case ColumnRole::dept: append(dept); break;
      case ColumnRole::number: append(number); break;
      default: break;
    }
  }
  if (f.code.empty() && !dept.empty()) f.code = number.empty() ? dept : dept + " " + number;
  if (auto parts = grouped_credits(words, layout)) f.credits = *parts;
  // A table that prints a score (a percentage, `Good`) and no grade column gives each course its
  // score as its grade: it is the result the course was given.
  const size_t score = first_of_role(layout, ColumnRole::score);
  const bool grade_column = first_of_role(layout, ColumnRole::grade) < layout.columns.size();
  // A grade left incomplete or deferred (`INC`, `DEF`, `NG`) and completed later in a column of its
  // own (`Grades: Final | Re-Exam`, `Completion`, `Removal`): the completed grade is in force.
  if (is_pending_grade(f.grade))
    for (size_t i = first_of_role(layout, ColumnRole::grade) + 1; i < layout.columns.size(); ++i)
      if (layout.columns[i].role == ColumnRole::grade && !words[i].empty()) f.grade = join_words(words[i]);
  if (f.grade.empty() && score < layout.columns.size() && !grade_column) f.grade = join_words(words[score]);
  // Likewise a result column that gives the course a class in words (`Distinction`, `Pass`, `Very
  // Good`, `dobry`), where the marks are no grade themselves: marks out of maxima that differ from
  // course to course (a `Maximum Marks` column: 80 of 100 and 139 of 150 do not compare), or no
  // mark printed (`-`, a module credited). A mark on one scale (`Mark %`) stays the grade.
  const bool marks_of_maxima = first_of_role(layout, ColumnRole::max_marks) < layout.columns.size();
  const bool no_mark = std::none_of(f.marks.begin(), f.marks.end(), [](char c) { return c >= '0' && c <= '9'; });
  for (size_t i = 0; i < layout.columns.size() && f.grade.empty() && !grade_column && (marks_of_maxima || no_mark); ++i)
    if (layout.columns[i].role == ColumnRole::remark && is_classification_grade(join_words(words[i])))
      f.grade = join_words(words[i]);
  // Marks printed in parts (theory, practical; written, oral) with a `Total` column: the total is
  // the course's mark.
  if (const auto total = total_marks_column(layout); total < layout.columns.size() && !words[total].empty())
    f.marks = join_words(words[total]);
  return f;
}

RowFields fields_of(const TableRow& row, const ColumnLayout& layout) { return fields_from(assign_columns(row, layout), layout); }

// A title cell that ends in a colon, or in a colon and a number, labels a value ("Semester total:",
// "Grade point average: 3.59" in any language): a line of the table about its rows, not a course.
// Course titles hold colons only between their words ("Microbiology V: Industrial Microbiology").
bool labels_a_value(const std::string& title) {
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
  return pairs >= 4;
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

bool has_number(const RowFields& f) { return credit_value(f.credits) || cell_number(f.marks); }

bool default_is_record(const RowFields& f) {
  const CellType code = type_of_cell(f.code);
  const bool title = type_of_cell(f.title) == CellType::text;
  const bool value = has_number(f) || (!f.grade.empty() && f.grade.size() <= 8);
  return (code == CellType::code && (title || value)) || (title && has_number(f));
}

bool default_is_certain(const RowFields& f) {
  return type_of_cell(f.code) == CellType::code && (has_number(f) || (!f.grade.empty() && f.grade.size() <= 8));
}

// A row with a gap wider than a word space somewhere: cells, not a line of prose.
bool is_tabular(const TableRow& row) {
  for (size_t i = 1; i < row.words.size(); ++i)
    if (row.words[i]->box.x0 - row.words[i - 1]->box.x1 > row.word_height) return true;
  return false;
}

// True when `header` has every column of `carried` that a record is read from (serial numbers,
// scores and remarks aside: OCR sometimes misses one of those, or their heading).
bool covers_columns(const TableHeader& header, const TableHeader& carried) {
  for (const auto& cell : carried.cells) {
    const auto r = cell.role;
    if (r == ColumnRole::serial || r == ColumnRole::score || r == ColumnRole::remark || r == ColumnRole::unknown) continue;
    if (!header.has(r)) return false;
  }
  return true;
}

class BlockReader {
 public:
  BlockReader(TableReading& out, BlockState& state, const TableReaderOptions& options, const PageText& page,
              const std::vector<Word>& upright, size_t page_index, size_t block)
      : out_(out), st_(state), opt_(options), page_(page), upright_(upright), page_index_(page_index), block_(block) {}

  void read(const std::vector<TableRow>& rows) {
    st_.last_record = -1;  // a title never wraps onto the next page
    st_.title_line.reset();
    const Headers headers = find_headers(rows, [this](const std::string& t) { return is_section(t); });
    auto header_at = [&](size_t i) -> const TableHeader* { return headers.at[i].empty() ? nullptr : &headers.at[i].front(); };
    size_t first = rows.size();
    for (size_t i = 0; i < rows.size() && first == rows.size(); ++i)
      if (header_at(i)) first = i;
    // Rows continuing the last page's table before this page's first header: that header, if it
    // has the same table's columns, places them on this page better than the last page did.
    if (st_.layout && first < rows.size() && covers_columns(*header_at(first), st_.layout->header))
      st_.layout = layout_under(*header_at(first), rows, headers, 0);
    // No header on the page and no table running on: columns from alignment, roles from content.
    if (!st_.layout && first == rows.size()) {
      if (auto inferred = infer_header(rows)) {
        st_.layout = layout_under(*inferred, rows, headers, 0);
        start_table(false);
      }
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      if (headers.part[i]) continue;
      if (const TableHeader* h = header_at(i)) {
        st_.layout = layout_under(*h, rows, headers, i + 1);
        start_table(true);
        continue;
      }
      read_row(rows[i]);
    }
  }

 private:
  // The rows under `header` (from `from` to the next header) that can show where its columns are:
  // the ones that read as records even with the columns cut halfway between the header words (a
  // footer line under the table would blur the gaps).
  std::vector<const TableRow*> body_of(const TableHeader& header, const std::vector<TableRow>& rows, const Headers& headers,
                                       size_t from) const {
    const ColumnLayout rough = layout_columns(header, {});
    std::vector<const TableRow*> body;
    for (size_t i = from; i < rows.size() && headers.at[i].empty(); ++i) {
      if (headers.part[i]) continue;
      const std::string text = row_text(rows[i]);
      if (!is_tabular(rows[i]) || is_summary_line(text) || is_section(text)) continue;
      if (is_record(fields_of(rows[i], rough))) body.push_back(&rows[i]);
    }
    return body;
  }

  // A column headed as a serial number ("No.", whose "Course" printed on the line above was not
  // read as its header) that holds course codes is the code column, when the table has none.
  static void serial_of_codes_is_code(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
    const auto& cols = layout.columns;
    if (body.empty() || std::any_of(cols.begin(), cols.end(), [](const Column& c) { return c.role == ColumnRole::code; })) return;
    const size_t k = first_of_role(layout, ColumnRole::serial);
    if (k == cols.size()) return;
    size_t codes = 0, filled = 0;
    for (const TableRow* r : body) {
      const std::string text = join_words(assign_columns(*r, layout)[k]);
      if (text.empty()) continue;
      ++filled;
      if (type_of_cell(text) == CellType::code) ++codes;
    }
    if (filled == 0 || codes * 10 < filled * 6) return;
    layout.columns[k].role = ColumnRole::code;
    layout.header.cells[k].role = ColumnRole::code;
    layout.from_content.assign(cols.size(), false);
    layout.from_content[k] = true;
  }

  // A table's only hours column ("CH", "Heures") with no credits column: the credits, when its
  // values are a course's credits or its hours of class over a term (number_roles.h); the header's
  // words tell the coursework which (a French relevé's "Heures" of 45 and 60, no credits).
  static void credit_hours_are_credits(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
    const auto& cols = layout.columns;
    auto count = [&](ColumnRole r) { return std::count_if(cols.begin(), cols.end(), [r](const Column& c) { return c.role == r; }); };
    if (body.empty() || count(ColumnRole::credits) > 0 || count(ColumnRole::contact_hours) != 1) return;
    const size_t k = first_of_role(layout, ColumnRole::contact_hours);
    std::vector<std::string> cells;
    for (const TableRow* r : body) cells.push_back(join_words(assign_columns(*r, layout)[k]));
    if (!hours_are_credit_sized(cells) && !hours_are_term_hours(cells)) return;
    layout.columns[k].role = ColumnRole::credits;
    layout.header.cells[k].role = ColumnRole::credits;
    layout.from_content.resize(cols.size(), false);
    layout.from_content[k] = true;
  }

  // The rows under a header (from `from` to the next header) that cut into cells: no section or
  // summary line, whatever their cells say.
  std::vector<const TableRow*> tabular_under(const std::vector<TableRow>& rows, const Headers& headers, size_t from) const {
    std::vector<const TableRow*> out;
    for (size_t i = from; i < rows.size() && headers.at[i].empty(); ++i) {
      if (headers.part[i]) continue;
      const std::string text = row_text(rows[i]);
      if (is_tabular(rows[i]) && !is_summary_line(text) && !is_section(text)) out.push_back(&rows[i]);
    }
    return out;
  }

  // A title's part number in brackets (`General Biology (1)`, `Chinese (2)`: a course taught over
  // two terms) is no code's number: the text without it.
  static std::string without_part_numbers(const std::string& text) {
    static const Regex part(R"(\(\s*\d{1,2}\s*\))");
    return std::regex_replace(text, part, "");
  }

  // A column headed as the code whose cells are words, never code-shaped (`Course` over `Nature`
  // whose second line was not read: `Compulsory`, `Elective`; `Subject` over course names), is no
  // code column: its content says what it is. Course codes are short tokens with a number; a
  // column of words is not one. Told over the rows under the header that cut into cells, records
  // or not (with the titles in the code column, no row reads as a record).
  static bool code_holds_words(TableHeader& header, const std::vector<const TableRow*>& rows) {
    const ColumnLayout rough = layout_columns(header, {});
    const size_t k = first_of_role(rough, ColumnRole::code);
    if (k == rough.columns.size() || rows.size() < 3) return false;
    size_t words = 0, codes = 0, filled = 0;
    for (const TableRow* r : rows) {
      if (states_credits(row_text(*r))) continue;  // a term's totals across the table
      const std::string text = join_words(assign_columns(*r, rough)[k]);
      if (text.empty()) continue;
      ++filled;
      const CellType t = type_of_cell(text);
      words += t == CellType::text && without_part_numbers(text).find_first_of("0123456789") == std::string::npos;
      codes += t == CellType::code;
    }
    if (filled < 3 || words * 10 < filled * 8 || codes * 10 > filled) return false;
    header.cells[k].role = ColumnRole::unknown;
    return true;
  }

  // Columns for `header` from the rows under it: the records place the columns; roles the header
  // did not give (or gave against the content) come from content, of the records or, when no row
  // reads as a record before the roles are known, of the rows that cut into cells.
  ColumnLayout layout_under(const TableHeader& printed, const std::vector<TableRow>& rows, const Headers& headers, size_t from) const {
    TableHeader header = printed;
    const auto tabular = tabular_under(rows, headers, from);
    const bool demoted = code_holds_words(header, tabular);
    auto body = body_of(header, rows, headers, from);
    if (body.empty() && demoted) body = tabular;
    ColumnLayout layout = layout_for(header, body);
    if (demoted && layout.from_content.empty()) layout.from_content.assign(layout.columns.size(), false);
    // No row reads as a record until an hours column is known to be the credits (titles and
    // numbers, no code): the rows that cut into cells tell.
    if (body.empty()) credit_hours_are_credits(layout, tabular);
    return layout;
  }

  // Columns for `header` given its body rows; roles the header did not give come from content.
  static ColumnLayout layout_for(const TableHeader& header, const std::vector<const TableRow*>& body) {
    ColumnLayout layout = layout_columns(header, body);
    serial_of_codes_is_code(layout, body);
    credit_hours_are_credits(layout, body);
    const bool unknown = std::any_of(layout.columns.begin(), layout.columns.end(), [](const Column& c) { return c.role == ColumnRole::unknown; });
    if (!unknown || body.empty()) return layout;
    std::vector<std::vector<std::string>> cells(layout.columns.size());
    std::vector<ColumnRole> roles;
    for (const auto& c : layout.columns) roles.push_back(c.role);
    for (const TableRow* r : body) {
      const auto words = assign_columns(*r, layout);
      for (size_t k = 0; k < words.size(); ++k) cells[k].push_back(join_words(words[k]));
    }
    layout.from_content.resize(roles.size(), false);
    for (size_t k = 0; k < roles.size(); ++k) layout.from_content[k] = layout.from_content[k] || roles[k] == ColumnRole::unknown;
    roles = roles_from_content(cells, roles);
    for (size_t k = 0; k < roles.size(); ++k) {
      layout.columns[k].role = roles[k];
      layout.header.cells[k].role = roles[k];
    }
    return layout;
  }

  bool is_section(const std::string& text) const {
    const std::string t = opt_.normalise_section ? opt_.normalise_section(text) : text;
    return opt_.is_section ? opt_.is_section(t) : is_section_line(t);
  }
  bool is_record(const RowFields& f) const { return opt_.is_record ? opt_.is_record(f) : default_is_record(f); }
  bool is_certain(const RowFields& f) const { return opt_.is_certain_record ? opt_.is_certain_record(f) : default_is_certain(f); }

  const Word* original(const Word* w) const { return &page_.words[static_cast<size_t>(w - upright_.data())]; }
  std::vector<const Word*> originals(const std::vector<const Word*>& ws) const {
    std::vector<const Word*> out;
    for (const Word* w : ws) out.push_back(original(w));
    return out;
  }
  static Box box_of(const std::vector<const Word*>& ws) {
    Box b = ws.empty() ? Box{} : ws.front()->box;
    for (const Word* w : ws) b = bounding_box(b, w->box);
    return b;
  }

  void start_table(bool printed) {
    ReadTable t;
    t.block = block_;
    t.first_page = t.last_page = page_index_;
    t.header_printed = printed;
    for (size_t k = 0; k < st_.layout->columns.size(); ++k) {
      const auto& c = st_.layout->columns[k];
      const auto& cell = st_.layout->header.cells[k];
      const bool by_content = k < st_.layout->from_content.size() && st_.layout->from_content[k];
      t.columns.push_back({c.role, cell.text, printed && !by_content && c.role != ColumnRole::unknown, c.x0, c.x1});
      if (!t.header_text.empty() && !cell.text.empty()) t.header_text += " | ";
      t.header_text += cell.text;
    }
    out_.tables.push_back(std::move(t));
    st_.table = static_cast<int>(out_.tables.size()) - 1;
    st_.last_record = -1;
    st_.title_line.reset();
  }

  ReadTable* table() {
    if (st_.table < 0) return nullptr;
    ReadTable& t = out_.tables[static_cast<size_t>(st_.table)];
    t.last_page = page_index_;
    return &t;
  }

  static std::vector<std::string> texts_of(const std::vector<const Word*>& words) {
    std::vector<std::string> out;
    for (const Word* w : words) out.push_back(w->text);
    return out;
  }

  // A summary line of the current table, each word with the role of the column it stands under.
  void add_summary(const TableRow& row, const std::string& text, const std::string& kind) {
    st_.last_record = -1;
    const auto words = originals(row.words);
    ReadTable* t = table();
    if (!t) {
      out_.skipped.push_back({text, words, box_of(words), page_index_, block_, "summary line outside any table"});
      return;
    }
    TableSummaryLine line{kind, text, words, box_of(words), page_index_, st_.term, {}, {}};
    line.roles.assign(row.words.size(), "");
    if (st_.layout) {
      const auto columns = assign_columns(row, *st_.layout);
      for (size_t c = 0; c < columns.size(); ++c)
        for (const Word* w : columns[c]) {
          const auto at = static_cast<size_t>(std::find(row.words.begin(), row.words.end(), w) - row.words.begin());
          if (at < row.words.size()) line.roles[at] = std::string(role_name(st_.layout->columns[c].role));
        }
    }
    const double term_position = st_.term_page == static_cast<int>(page_index_) ? st_.term_y : -1;
    line.order = {static_cast<double>(page_index_), term_position, static_cast<double>(block_), row.box.center_y()};
    t->summaries.push_back(std::move(line));
  }

  void read_row(const TableRow& row) {
    const std::string text = row_text(row);
    std::optional<BlockState::TitleLine> title_line = std::move(st_.title_line);
    st_.title_line.reset();  // any line but a record right under it ends its chance
    const ColumnLayout* layout = st_.layout ? &*st_.layout : nullptr;
    const RowFields fields = layout ? fields_of(row, *layout) : RowFields{};
    const bool label =
        labels_a_value(fields.title) || is_legend(text, fields.title) || is_grid_row_label(fields) || states_credits(fields.title);
    const bool record = layout && !label && is_record(fields);
    // A summary word in a row that fills the table's columns as a course does (a course code, a
    // title, credits or a grade: "ENG 1112  English Language I (NGPA)  2  A  -") is part of the
    // course, not a summary: summary lines print no course code.
    const bool full_record = record && type_of_cell(fields.code) == CellType::code && type_of_cell(fields.title) == CellType::text &&
                             default_is_certain(fields);
    if (auto kind = summary_kind(text); kind && !full_record) {
      add_summary(row, text, *kind);
      return;
    }
    if (!record && opt_.states_totals && opt_.states_totals(texts_of(row.words))) {
      add_summary(row, text, "total");
      return;
    }
    // A title wrapped right under a record that reads like a section ("Final Year Project") is the
    // record's title; a bare caption ("Second Semester") is still a section.
    const bool wrapped_title = !record && layout && st_.last_record >= 0 && !fields.title.empty() && !fields.outside_title &&
                               row.box.y0 - st_.last_record_bottom < 1.2 * row.word_height && section_says_more(text);
    if (!(record && is_certain(fields)) && !wrapped_title && is_section(text)) {
      const std::string section = section_text(opt_.normalise_section ? opt_.normalise_section(text) : text);
      const SectionScope scope = section_scope(section);
      if (scope == SectionScope::year) st_.year_section = section;
      if (scope == SectionScope::both) st_.year_section.clear();
      const bool nested = scope == SectionScope::part_of_year && !st_.year_section.empty();
      st_.term = nested ? st_.year_section + ", " + section : section;
      st_.term_page = static_cast<int>(page_index_);
      st_.term_y = row.box.y0;
      st_.column_term.clear();
      st_.last_record = -1;
      out_.sections.push_back(st_.term);
      return;
    }
    std::optional<BlockState::TitleLine> course_line = std::move(st_.course_line);
    st_.course_line.reset();
    if (record && is_part_title(fields.title) && add_course_part(row, fields, *layout, course_line)) return;
    if (record) {
      add_record(row, fields, *layout);
      if (fields.title.empty() && title_line && row.box.y0 - title_line->bottom < 1.2 * row.word_height)
        take_title_line(*title_line, *layout);
      return;
    }
    ReadTable* t = table();
    const bool title_only = t && layout && !label && !is_field_line(fields.title) && !fields.title.empty() && !fields.outside_title;
    if (title_only) {
      const auto words = originals(row.words);
      st_.title_line = BlockState::TitleLine{fields.title, words, row.box.y1, -1, {}, {}};
    }
    if (title_only && st_.last_record >= 0 && row.box.y0 - st_.last_record_bottom < 1.2 * row.word_height) {
      TableRecord& prev = t->rows[static_cast<size_t>(st_.last_record)];
      st_.title_line->appended_to = st_.last_record;
      st_.title_line->before = prev;
      // Under a title header printed in two languages, a title's second line is its translation:
      // the English line is the title.
      const int english = st_.wrapped_lines == 0 ? english_title_line(*layout) : -1;
      ++st_.wrapped_lines;
      auto joined = [&](const std::string& before) {
        if (english == 0) return before;
        if (english == 1 || before.empty()) return fields.title;
        return before + " " + fields.title;
      };
      prev.fields.title = joined(prev.fields.title);
      prev.title_lines.push_back(fields.title);
      const auto words = originals(row.words);
      prev.words.insert(prev.words.end(), words.begin(), words.end());
      for (size_t k = 0; k < layout->columns.size(); ++k) {
        if (layout->columns[k].role != ColumnRole::title) continue;
        TableCell& cell = prev.cells[k];
        cell.text = joined(cell.text);
        cell.words.insert(cell.words.end(), words.begin(), words.end());
        cell.box = box_of(cell.words);
      }
      prev.box = box_of(prev.words);
      st_.last_record_bottom = row.box.y1;
      return;
    }
    st_.last_record = -1;
    st_.course_of_parts = -1;
    if (title_only) return;  // kept for a record right under it
    if (t && layout && !label && !fields.title.empty() && fields.marks.empty() && fields.credits.empty() &&
        !is_part_title(fields.title))
      st_.course_line = BlockState::TitleLine{fields.title, originals(row.words), row.box.y1, -1, {}, fields.grade};
    const auto words = originals(row.words);
    const char* why = !layout ? "no table above it" : label ? "a label or legend, not a record" : "not a record of its table";
    out_.skipped.push_back({text, words, box_of(words), page_index_, block_, why});
  }

  // A lettered part ("(a) Written 100 91"): under a course line with no marks of its own (just
  // read, or made a record by an earlier part) it adds its numbers to that course. False when
  // there is no such course: the part is read as a record of its own.
  bool add_course_part(const TableRow& row, const RowFields& fields, const ColumnLayout& layout,
                       const std::optional<BlockState::TitleLine>& course_line) {
    ReadTable* t = table();
    if (t && st_.course_of_parts >= 0 && st_.course_of_parts == st_.last_record &&
        row.box.y0 - st_.last_record_bottom < 1.2 * row.word_height) {
      TableRecord part;
      part.cells.resize(layout.columns.size());
      const auto per_column = assign_columns(row, layout);
      for (size_t k = 0; k < per_column.size() && k < part.cells.size(); ++k) {
        part.cells[k].text = join_words(per_column[k]);
        part.cells[k].words = originals(per_column[k]);
      }
      part.words = originals(row.words);
      part.fields = fields;
      add_part(t->rows[static_cast<size_t>(st_.course_of_parts)], part, layout);
      st_.last_record_bottom = row.box.y1;
      return true;
    }
    if (!course_line || row.box.y0 - course_line->bottom > 1.2 * row.word_height) return false;
    add_record(row, fields, layout);
    TableRecord& course = table()->rows.back();
    course.fields.title = course_line->text;
    course.title_lines = {course_line->text};
    course.words.insert(course.words.begin(), course_line->words.begin(), course_line->words.end());
    course.box = box_of(course.words);
    if (course.fields.grade.empty()) course.fields.grade = course_line->grade;
    for (size_t k = 0; k < layout.columns.size(); ++k)
      if (layout.columns[k].role == ColumnRole::title) course.cells[k].text = course_line->text;
    st_.course_of_parts = st_.last_record;
    return true;
  }

  // The record just added has no title and `line`, a title-only line, lies right above it: that
  // line is the first line of its title (taken back from the record above if it was given to it).
  void take_title_line(const BlockState::TitleLine& line, const ColumnLayout& layout) {
    ReadTable* t = table();
    if (line.appended_to >= 0 && static_cast<size_t>(line.appended_to) + 1 < t->rows.size())
      t->rows[static_cast<size_t>(line.appended_to)] = line.before;
    TableRecord& r = t->rows.back();
    r.fields.title = line.text;
    r.title_lines = {line.text};
    r.words.insert(r.words.begin(), line.words.begin(), line.words.end());
    r.box = box_of(r.words);
    for (size_t k = 0; k < layout.columns.size(); ++k) {
      if (layout.columns[k].role != ColumnRole::title) continue;
      r.cells[k].text = line.text;
      r.cells[k].words = line.words;
      r.cells[k].box = box_of(line.words);
      r.cells[k].type = type_of_cell(line.text);
      break;
    }
  }

  void add_record(const TableRow& row, const RowFields& fields, const ColumnLayout& layout) {
    if (st_.table < 0) start_table(true);  // a layout carried from an earlier page's block
    ReadTable* t = table();
    TableRecord r;
    const auto per_column = assign_columns(row, layout);
    for (const auto& ws : per_column) {
      TableCell c;
      c.text = join_words(ws);
      c.words = originals(ws);
      c.box = box_of(c.words);
      c.type = type_of_cell(c.text);
      r.cells.push_back(std::move(c));
    }
    r.words = originals(row.words);
    r.box = box_of(r.words);
    r.page = page_index_;
    r.term = st_.term;
    // A term printed in the row's own columns (year, semester) is the row's term.
    std::string own_term;
    bool has_term_column = false;
    for (size_t k = 0; k < layout.columns.size(); ++k) {
      has_term_column = has_term_column || layout.columns[k].role == ColumnRole::term;
      if (layout.columns[k].role == ColumnRole::term && !r.cells[k].text.empty())
        own_term += (own_term.empty() ? "" : " ") + r.cells[k].text;
    }
    // A section line in force wins over a column that prints no term of its own there (a Mexican
    // `Período` column of dates, `AGO-DIC 2020`, under `PRIMER SEMESTRE`).
    const bool section_wins = !st_.term.empty() && !own_term.empty() && !is_section_line(own_term);
    if (has_term_column && !section_wins) r.term = term_from_column(own_term, *t);
    const double term_position = st_.term_page == static_cast<int>(page_index_) ? st_.term_y : -1;
    r.order = {static_cast<double>(page_index_), term_position, static_cast<double>(block_), row.box.center_y()};
    r.fields = fields;
    if (!fields.title.empty()) r.title_lines.push_back(fields.title);
    t->rows.push_back(std::move(r));
    st_.last_record = static_cast<int>(t->rows.size()) - 1;
    st_.last_record_bottom = row.box.y1;
    st_.wrapped_lines = 0;
  }

  // A term column prints its term once, on the first rows of the term, sometimes over two of them
  // ("1st Semester" over "2019-2020"): a record whose term cell is empty is in the term printed
  // above it, and a piece right under a piece of the other scope (a part of a year and a year)
  // completes it, for the record above too.
  std::string term_from_column(const std::string& own, ReadTable& t) {
    if (own.empty()) {
      if (st_.column_term.empty()) return st_.term;
      ++st_.column_term_rows;
      return st_.column_term;
    }
    const bool completes = st_.column_term_rows == 1 && st_.column_term_first + 1 == static_cast<int>(t.rows.size()) &&
                           !st_.column_term.empty() && section_scope(st_.column_term) != SectionScope::both &&
                           section_scope(own) != SectionScope::both && section_scope(st_.column_term) != section_scope(own);
    if (completes) {
      st_.column_term += " " + own;
      t.rows[static_cast<size_t>(st_.column_term_first)].term = st_.column_term;
      ++st_.column_term_rows;
      return st_.column_term;
    }
    st_.column_term = own;
    st_.column_term_first = static_cast<int>(t.rows.size());
    st_.column_term_rows = 1;
    return own;
  }

  TableReading& out_;
  BlockState& st_;
  const TableReaderOptions& opt_;
  const PageText& page_;
  const std::vector<Word>& upright_;
  size_t page_index_;
  size_t block_;
};

}  // namespace

TableReading read_tables(const std::vector<const PageText*>& pages, const TableReaderOptions& options) {
  TableReading out;
  std::vector<BlockState> states(1);
  for (size_t p = 0; p < pages.size(); ++p) {
    if (!pages[p]) continue;
    // Lines and columns are found on the page turned upright; what is returned points at the
    // reader's own words.
    const std::vector<Word> upright = upright_words(*pages[p]);
    std::vector<const Word*> words;
    for (const Word& w : upright) words.push_back(&w);
    for (const Word* w : set_aside_strays(words, pages[p]->source == TextSource::text_layer))
      out.set_aside.push_back({&pages[p]->words[static_cast<size_t>(w - upright.data())], p});
    const auto blocks = rows_per_block(words, [&options](const std::string& text) {
      const std::string t = options.normalise_section ? options.normalise_section(text) : text;
      return options.is_section ? options.is_section(t) : is_section_line(t);
    });
    while (states.size() < blocks.size()) {
      BlockState next = states.back();  // the term goes on; the columns and the table are the new block's own
      next.layout.reset();
      next.table = -1;
      next.last_record = -1;
      states.push_back(std::move(next));
    }
    for (size_t b = 0; b < blocks.size(); ++b) {
      for (const auto& row : blocks[b]) out.text += row_text(row) + "\n";
      BlockReader(out, states[b], options, *pages[p], upright, p, b).read(blocks[b]);
    }
  }
  for (auto& table : out.tables) prefer_translated_titles(table);
  return out;
}

}  // namespace cc
