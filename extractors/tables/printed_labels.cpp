#include "extractors/tables/printed_labels.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "extractors/tables/line_kinds.h"
#include "extractors/tables/row_fields.h"

namespace cc {
namespace {

bool has_long_number(const std::string& text) {
  int run = 0;
  for (char c : text) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

// The words of `row` per column, when it reads as a line of labels over `layout`'s columns (with
// `whole` false, a header's second line: labels over any number of columns).
std::optional<std::vector<std::vector<const Word*>>> labels_of(const TableRow& row, const ColumnLayout& layout,
                                                               const TableReaderOptions& options, bool whole = true) {
  const std::string text = row_text(row);
  if (text.find(':') != std::string::npos || has_long_number(text) || is_summary_line(text) || option_is_section(options, text))
    return std::nullopt;
  // Labels of two columns stand a gutter apart: a line whose words pass from one column to the
  // next at word spacing is running text across the table (a heading), not its header.
  auto column_of = [&](const Word* w) {
    size_t k = 0;
    while (k + 1 < layout.columns.size() && w->box.center_x() >= layout.columns[k].x1) ++k;
    return k;
  };
  for (size_t i = 1; i < row.words.size(); ++i)
    if (column_of(row.words[i]) != column_of(row.words[i - 1]) && row.words[i]->box.x0 - row.words[i - 1]->box.x1 < 0.6 * row.word_height)
      return std::nullopt;
  auto per_column = assign_columns(row, layout);
  const auto labelled = static_cast<size_t>(std::count_if(per_column.begin(), per_column.end(), [](const auto& ws) { return !ws.empty(); }));
  if (whole && (labelled < 2 || labelled * 2 < layout.columns.size())) return std::nullopt;
  return per_column;
}

// Words of one column only: a caption between the header and the records (a term, a group of
// courses), passed over on the way up.
bool is_caption(const TableRow& row, const ColumnLayout& layout) {
  const auto per_column = assign_columns(row, layout);
  return std::count_if(per_column.begin(), per_column.end(), [](const auto& ws) { return !ws.empty(); }) <= 1;
}

}  // namespace

void label_from_line_above(ColumnLayout& layout, const std::vector<TableRow>& rows, size_t first_record,
                           const TableReaderOptions& options) {
  if (first_record == 0 || first_record >= rows.size() || layout.header.cells.size() != layout.columns.size()) return;
  // Up from the first record over tight lines: captions and a header's second line, three at most.
  size_t at = first_record;
  std::optional<std::vector<std::vector<const Word*>>> words;
  int passed = 0;
  while (at > 0) {
    const TableRow& below = rows[at];
    const TableRow& line = rows[at - 1];
    if (below.box.y0 - line.box.y1 > 2 * below.word_height) return;
    --at;
    if ((words = labels_of(line, layout, options))) break;
    if (++passed > 3 || (!is_caption(line, layout) && !labels_of(line, layout, options, false))) return;
  }
  if (!words) return;
  // A second header line set tight under the header line (`Unité` over `d'enseignement`).
  if (at + 1 < first_record && rows[at + 1].box.y0 - rows[at].box.y1 < 0.5 * rows[at].word_height)
    if (auto lower = labels_of(rows[at + 1], layout, options, false))
      for (size_t k = 0; k < words->size(); ++k) (*words)[k].insert((*words)[k].end(), (*lower)[k].begin(), (*lower)[k].end());
  // A second header line set tight above the first (`Course` over `Title`, `Grade` over `Point`).
  if (at >= 1) {
    const TableRow& line = rows[at];
    const TableRow& upper = rows[at - 1];
    if (line.box.y0 - upper.box.y1 < line.word_height)
      if (auto top = labels_of(upper, layout, options))
        for (size_t k = 0; k < words->size(); ++k) (*words)[k].insert((*words)[k].begin(), (*top)[k].begin(), (*top)[k].end());
  }
  for (size_t k = 0; k < layout.columns.size(); ++k)
    if (!(*words)[k].empty() && layout.header.cells[k].text.empty()) layout.header.cells[k].text = join_words((*words)[k]);
}

}  // namespace cc
