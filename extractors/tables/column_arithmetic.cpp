#include "extractors/tables/column_arithmetic.h"

#include <cmath>
#include <optional>

#include "extractors/tables/line_kinds.h"
#include "extractors/tables/row_fields.h"
#include "extractors/tables/row_labels.h"

namespace cc {
namespace {

// The column's numbers per record; nullopt unless it is a candidate for credits.
std::optional<std::vector<double>> credit_candidate(const std::vector<std::string>& cells) {
  std::vector<double> values;
  size_t filled = 0, numbers = 0;
  for (const auto& c : cells) {
    if (c.empty()) {
      values.push_back(0);
      continue;
    }
    ++filled;
    const auto v = credit_value(c);
    const bool credit_sized = v && *v >= 0 && *v <= 60 && std::fabs(*v * 2 - std::round(*v * 2)) < 1e-9;
    numbers += credit_sized;
    values.push_back(credit_sized ? *v : 0);
  }
  if (filled < 3 || numbers * 10 < filled * 8) return std::nullopt;
  return values;
}

bool near(double a, double b) { return std::fabs(a - b) < 0.01; }

// How many of the numbered lines print a total of `values`: the records since the last numbered
// line, or all records above, one of them perhaps left out.
int totals_matched(const std::vector<double>& values, const std::vector<std::pair<size_t, std::vector<double>>>& lines) {
  int hits = 0;
  size_t since = 0;
  for (const auto& [upto, numbers] : lines) {
    double segment = 0, all = 0;
    for (size_t i = 0; i < upto; ++i) all += values[i];
    for (size_t i = since; i < upto; ++i) segment += values[i];
    bool hit = false;
    for (double n : numbers) {
      if (n < 2) continue;
      for (double sum : {segment, all}) {
        hit = hit || near(n, sum);
        for (size_t i = 0; i < upto && !hit; ++i) hit = values[i] > 0 && near(n, sum - values[i]) && (sum == all || i >= since);
      }
    }
    hits += hit;
    since = upto;
  }
  return hits;
}

}  // namespace

std::vector<double> numbers_on(const TableRow& row) {
  std::vector<double> out;
  for (const Word* w : row.words) {
    std::string t = w->text;
    while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == ')')) t.pop_back();
    if (auto v = cell_number(t)) out.push_back(*v);
  }
  return out;
}

std::optional<size_t> column_adding_up_to(const std::vector<std::vector<std::string>>& cells, const std::vector<size_t>& candidates,
                                          const std::vector<double>& printed) {
  std::optional<size_t> found;
  for (size_t k : candidates) {
    if (k >= cells.size()) continue;
    const auto values = credit_candidate(cells[k]);
    if (!values) continue;
    double sum = 0;
    size_t count = 0;
    for (double v : *values) {
      sum += v;
      count += v > 0;
    }
    if (count < 4 || sum < 10) continue;
    bool adds_up = false;
    for (double n : printed) {
      adds_up = adds_up || near(n, sum);
      for (double v : *values) adds_up = adds_up || (v > 0 && near(n, sum - v));
    }
    if (!adds_up) continue;
    if (found) return std::nullopt;  // two columns add up: the totals tell nothing
    found = k;
  }
  return found;
}

void prefer_credits_that_add_up(ColumnLayout& layout, const std::vector<const TableRow*>& rows, const std::vector<bool>& by_content,
                                const TableReaderOptions& options) {
  const size_t n = layout.columns.size();
  const size_t credits = first_of_role(layout, ColumnRole::credits);
  if (credits >= n || credits >= by_content.size() || !by_content[credits]) return;
  // Records' cells per column, and the numbered lines among them (after how many records).
  std::vector<std::vector<std::string>> cells(n);
  std::vector<std::pair<size_t, std::vector<double>>> lines;
  size_t records = 0;
  for (const TableRow* row : rows) {
    const auto words = assign_columns(*row, layout);
    const RowFields fields = fields_from(words, layout);
    const std::string text = row_text(*row);
    // As the block reader tells them: a line labelling a value or stating totals is no course.
    const bool label = labels_a_value(fields.title) || is_legend(text, fields.title) || is_grid_row_label(fields) ||
                       states_credits(fields.title) || is_summary_line(text);
    if (!label && option_is_record(options, fields)) {
      for (size_t k = 0; k < n; ++k) cells[k].push_back(join_words(words[k]));
      ++records;
      continue;
    }
    if (records == 0) continue;
    const auto numbers = numbers_on(*row);
    if (!numbers.empty()) lines.push_back({records, numbers});
  }
  if (records < 3 || lines.empty()) return;
  const auto own = credit_candidate(cells[credits]);
  if (own && totals_matched(*own, lines) > 0) return;
  size_t best = n;
  int best_hits = 0, ties = 0;
  for (size_t k = 0; k < n; ++k) {
    if (k == credits || k >= by_content.size() || !by_content[k]) continue;
    const auto r = layout.columns[k].role;
    if (r == ColumnRole::code || r == ColumnRole::title || r == ColumnRole::grade || r == ColumnRole::serial) continue;
    const auto values = credit_candidate(cells[k]);
    if (!values) continue;
    const int hits = totals_matched(*values, lines);
    if (hits > best_hits) {
      best = k;
      best_hits = hits;
      ties = 0;
    } else if (hits == best_hits && hits > 0) {
      ++ties;
    }
  }
  if (best == n || ties > 0) return;
  layout.columns[credits].role = ColumnRole::unknown;
  layout.header.cells[credits].role = ColumnRole::unknown;
  layout.columns[best].role = ColumnRole::credits;
  layout.header.cells[best].role = ColumnRole::credits;
}

}  // namespace cc
