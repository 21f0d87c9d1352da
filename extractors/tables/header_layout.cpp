#include <sstream>
#include "extractors/tables/header_layout.h"

#include <algorithm>

#include "core/regex.h"
#include "extractors/tables/column_arithmetic.h"
#include "extractors/tables/credit_measures.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/measure_columns.h"
#include "extractors/tables/number_roles.h"
#include "extractors/tables/row_fields.h"
#include "extractors/tables/row_labels.h"
#include "extractors/tables/table_roles.h"
#include "extractors/tables/word_space_cuts.h"

namespace cc {
namespace {

// The rows under `header` (from `from` to the next header) that can show where its columns are:
// the ones that read as records even with the columns cut halfway between the header words (a
// footer line under the table would blur the gaps).
std::vector<const TableRow*> body_of(const TableHeader& header, const std::vector<TableRow>& rows, const Headers& headers,
                                     size_t from, const TableReaderOptions& options) {
  std::vector<const TableRow*> under;
  for (size_t i = from; i < rows.size() && headers.at[i].empty(); ++i)
    if (!headers.part[i] && is_tabular(rows[i])) under.push_back(&rows[i]);
  const ColumnLayout rough = with_flush_left_cuts(layout_columns(header, {}), under);
  // A header found from alignment starts where its rows of the table's shape start: a form field
  // above them (`Date of entry: October 2018`) that reads like a record does not place columns.
  const bool inferred = !header.cells.empty() &&
                        std::all_of(header.cells.begin(), header.cells.end(), [](const HeaderCell& c) { return c.text.empty(); });
  const double top = inferred ? header.cells.front().box.y0 : -1e9;
  std::vector<const TableRow*> body, tabular;
  for (size_t i = from; i < rows.size() && headers.at[i].empty(); ++i) {
    if (headers.part[i] || rows[i].box.y1 < top) continue;
    const std::string text = row_text(rows[i]);
    if (!is_tabular(rows[i]) || is_summary_line(text) || option_is_section(options, text)) continue;
    tabular.push_back(&rows[i]);
    if (option_is_record(options, fields_of(rows[i], rough))) body.push_back(&rows[i]);
  }
  // Not one row reads as a record cut halfway: a cell set flush left under a label centred over
  // it starts left of the halfway cut (`12 (doze) valores` under `Classificação`, its `12` taken
  // into the credits beside), on every row alike. The gaps of all the rows of cells are then the
  // only evidence there is of where the columns lie.
  if (body.empty() && tabular.size() >= 3) return tabular;
  return body;
}

// A module numbered within its group, letters then a dotted number (`M 2.3`, `MOD 1.4.2`: the
// third module of the second group), as module handbooks number them: a course's code, which no
// serial number is (S103, h1).
bool is_numbered_module(const std::string& text) {
  static const Regex numbered(R"(^[A-Z]{1,4}\.?\s?\d{1,2}(\.\d{1,2}){1,2}$)");
  return std::regex_match(text, numbered);
}

// A column headed as a serial number ("No.", whose "Course" printed on the line above was not
// read as its header) that holds course codes is the code column, when the table has none.
void serial_of_codes_is_code(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  const auto& cols = layout.columns;
  if (body.empty() || std::any_of(cols.begin(), cols.end(), [](const Column& c) { return c.role == ColumnRole::code; })) return;
  const size_t k = first_of_role(layout, ColumnRole::serial);
  if (k == cols.size()) return;
  size_t codes = 0, filled = 0;
  for (const TableRow* r : body) {
    const std::string text = join_words(assign_columns(*r, layout)[k]);
    if (text.empty()) continue;
    ++filled;
    if (type_of_cell(text) == CellType::code || is_numbered_module(text)) ++codes;
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
void credit_hours_are_credits(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
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
std::vector<const TableRow*> tabular_under(const std::vector<TableRow>& rows, const Headers& headers, size_t from,
                                           const TableReaderOptions& options) {
  std::vector<const TableRow*> out;
  for (size_t i = from; i < rows.size() && headers.at[i].empty(); ++i) {
    if (headers.part[i]) continue;
    const std::string text = row_text(rows[i]);
    if (is_tabular(rows[i]) && !is_summary_line(text) && !option_is_section(options, text)) out.push_back(&rows[i]);
  }
  return out;
}

// A title's part number in brackets (`General Biology (1)`, `Chinese (2)`: a course taught over
// two terms) is no code's number: the text without it.
std::string without_part_numbers(const std::string& text) {
  static const Regex part(R"(\(\s*\d{1,2}\s*\))");
  return std::regex_replace(text, part, "");
}

// A code leads its cell: a digit in the first two words of a cell (`BIO 101`, `MLS101 Haematology`)
// may be a code's; one further in is a title's (`Klausur 90 min`, an examination part's name with
// its length, S102, h1).
bool digit_in_lead(const std::string& text) {
  std::istringstream in(text);
  std::string word;
  for (int n = 0; n < 2 && in >> word; ++n)
    if (word.find_first_of("0123456789") != std::string::npos) return true;
  return false;
}

// A column headed as the code whose cells are words, never code-shaped (`Course` over `Nature`
// whose second line was not read: `Compulsory`, `Elective`; `Subject` over course names), is no
// code column: its content says what it is. Course codes are short tokens with a number; a
// column of words is not one. Told over the rows under the header that cut into cells, records
// or not (with the titles in the code column, no row reads as a record).
bool code_holds_words(TableHeader& header, const std::vector<const TableRow*>& rows) {
  const ColumnLayout rough = layout_columns(header, {});
  const size_t k = first_of_role(rough, ColumnRole::code);
  if (k == rough.columns.size() || rows.size() < 3) return false;
  // A code printed in two columns (`Subject | Course`: `MLS | 210`) is read whole: its letters
  // alone are half a code, no words.
  const bool split = k + 1 < rough.columns.size() && rough.columns[k + 1].role == ColumnRole::code;
  size_t words = 0, codes = 0, filled = 0;
  for (const TableRow* r : rows) {
    if (states_credits(row_text(*r))) continue;  // a term's totals across the table
    const auto cells = assign_columns(*r, rough);
    std::string text = join_words(cells[k]);
    if (split && !text.empty() && !cells[k + 1].empty()) text += " " + join_words(cells[k + 1]);
    if (text.empty()) continue;
    ++filled;
    const CellType t = type_of_cell(text);
    words += t == CellType::text && !digit_in_lead(without_part_numbers(text));
    codes += t == CellType::code;
  }
  if (filled < 3 || words * 10 < filled * 8 || codes * 10 > filled) return false;
  header.cells[k].role = ColumnRole::unknown;
  return true;
}

// A code column the content named (no header word did) whose codes are shared by rows of different
// titles down the rows that cut into cells (`MED/45` on many rows, modules included) names a
// sector, not a course: a remark.
void repeated_codes_are_no_code(ColumnLayout& layout, const std::vector<const TableRow*>& tabular) {
  const size_t k = first_of_role(layout, ColumnRole::code);
  const bool by_content = (k < layout.from_content.size() && layout.from_content[k]) ||
                          (k < layout.header.cells.size() && layout.header.cells[k].text.empty());
  if (k >= layout.columns.size() || !by_content || tabular.empty()) return;
  const size_t t = first_of_role(layout, ColumnRole::title);
  if (t >= layout.columns.size()) return;
  std::vector<std::string> codes, titles;
  for (const TableRow* r : tabular) {
    const auto words = assign_columns(*r, layout);
    codes.push_back(join_words(words[k]));
    titles.push_back(join_words(words[t]));
  }
  if (!repeats_codes(codes, titles)) return;
  layout.columns[k].role = ColumnRole::remark;
  layout.header.cells[k].role = ColumnRole::remark;
}

// S132 (k5): marks are figures. A column the header names as the marks whose cells hold no figure
// on any row (`SEVEN TWO` under `Marks Secured`, its `In Words` sub-label) is the marks spelt out: a
// remark; the column beside it holding figures on eight rows in ten (`072`, under `In Figures` or
// no label the vocabulary knows) is the marks.
void spelt_out_marks_are_remarks(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  const size_t n = layout.columns.size();
  if (body.size() < 3) return;
  std::vector<size_t> filled(n, 0), figures(n, 0);
  for (const TableRow* r : body) {
    const auto words = assign_columns(*r, layout);
    for (size_t k = 0; k < n && k < words.size(); ++k) {
      const std::string text = join_words(words[k]);
      if (text.empty()) continue;
      ++filled[k];
      figures[k] += text.find_first_of("0123456789") != std::string::npos;
    }
  }
  auto figures_column = [&](size_t k) {
    const ColumnRole r = layout.columns[k].role;
    return (r == ColumnRole::marks || r == ColumnRole::unknown) && filled[k] >= 3 && figures[k] * 10 >= filled[k] * 8;
  };
  for (size_t k = 0; k < n; ++k) {
    if (layout.columns[k].role != ColumnRole::marks || filled[k] < 3 || figures[k] > 0) continue;
    const size_t beside = k > 0 && figures_column(k - 1) ? k - 1 : k + 1 < n && figures_column(k + 1) ? k + 1 : n;
    if (beside == n) continue;
    auto set = [&](size_t c, ColumnRole role) {
      layout.columns[c].role = role;
      if (c < layout.header.cells.size()) layout.header.cells[c].role = role;
    };
    set(k, ColumnRole::remark);
    set(beside, ColumnRole::marks);
  }
}

// Columns for `header` given its body rows; roles the header did not give come from content.
ColumnLayout layout_for(const TableHeader& header, const std::vector<const TableRow*>& body) {
  ColumnLayout layout = layout_columns(header, body);
  join_columns_cut_at_word_spaces(layout, body);
  serial_of_codes_is_code(layout, body);
  credit_hours_are_credits(layout, body);
  spelt_out_marks_are_remarks(layout, body);
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

}  // namespace

// Columns for `header` from the rows under it: the records place the columns; roles the header
// did not give (or gave against the content) come from content, of the records or, when no row
// reads as a record before the roles are known, of the rows that cut into cells.
ColumnLayout layout_under(const TableHeader& printed, const std::vector<TableRow>& rows, const Headers& headers, size_t from,
                          const TableReaderOptions& options) {
  const auto tabular = tabular_under(rows, headers, from, options);
  TableHeader header = with_unlabelled_columns(printed, tabular);
  const bool demoted = code_holds_words(header, tabular);
  auto body = body_of(header, rows, headers, from, options);
  // A column the header has no label for gets its role from content: until it has one, no row
  // may read as a record, so the rows that cut into cells tell.
  const bool unlabelled = header.cells.size() > printed.cells.size();
  if (body.empty() && (demoted || unlabelled)) body = tabular;
  ColumnLayout layout = layout_for(header, body);
  if (demoted && layout.from_content.empty()) layout.from_content.assign(layout.columns.size(), false);
  // No row reads as a record until an hours column is known to be the credits (titles and
  // numbers, no code): the rows that cut into cells tell.
  if (body.empty()) credit_hours_are_credits(layout, tabular);
  repeated_codes_are_no_code(layout, tabular);
  // The course's measure among its numbers: hours over a weight derived from them, credit points
  // where no credits column stands beside them (measure_columns.h).
  const auto& measured = body.empty() ? tabular : body;
  hours_over_derived_weight(layout, measured);
  if (size_t hours = 0; hours_in_parts_over_their_weight(layout, measured, &hours) || hours_beside_their_weight(layout, measured, &hours) ||
                         hours_beside_a_weight_of_marks(layout, measured, &hours))
    layout.hours_measure = static_cast<int>(hours);
  credit_points_are_credits(layout, measured);
  // Points that are the courses' sizes; credits printed in two measures (credit_measures.h).
  sizes_in_points_are_credits(layout, measured);
  credits_in_constant_ratio(layout, measured);
  credits_summing_their_parts(layout, measured);  // `Th | Pr | Total` under one label: the total
  // Roles the content gave (a cell of a header found from alignment has no text): the printed
  // totals may choose the credits among them.
  std::vector<bool> by_content(layout.columns.size(), false);
  for (size_t k = 0; k < by_content.size(); ++k)
    by_content[k] = (k < layout.from_content.size() && layout.from_content[k]) ||
                    (k < layout.header.cells.size() && layout.header.cells[k].text.empty());
  std::vector<const TableRow*> under;
  for (size_t i = from; i < rows.size() && headers.at[i].empty(); ++i)
    if (!headers.part[i]) under.push_back(&rows[i]);
  // Weights add up to a printed total too ("Total des coefficients : 32"): hours told by the weight
  // derived from them stay the measure.
  if (layout.hours_measure < 0) prefer_credits_that_add_up(layout, under, by_content, options);
  return layout;
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

}  // namespace cc
