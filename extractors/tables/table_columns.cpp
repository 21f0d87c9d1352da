#include "extractors/tables/table_columns.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>

#include "core/regex.h"

namespace cc {

namespace {
// A word of two letters or more: text, which is set flush left (numbers are set flush right or
// centred, so their left edges line up by chance of equal widths).
bool is_wordy(const std::string& text) {
  return std::count_if(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }) >= 2;
}
}  // namespace

double least_ink_cut(const std::vector<const TableRow*>& rows, double lo, double hi) {
  if (hi <= lo) return (lo + hi) / 2;
  constexpr double kStep = 0.5;
  const size_t bins = static_cast<size_t>(std::ceil((hi - lo) / kStep)) + 1;
  std::vector<int> ink(bins, 0);
  for (const TableRow* row : rows) {
    for (const Word* w : row->words) {
      if (w->box.x1 <= lo || w->box.x0 >= hi) continue;
      const auto from = static_cast<size_t>(std::max(0.0, std::floor((w->box.x0 - lo) / kStep)));
      const auto to = std::min(bins - 1, static_cast<size_t>(std::ceil((w->box.x1 - lo) / kStep)));
      for (size_t b = from; b <= to; ++b) ++ink[b];
    }
  }
  const int least = *std::min_element(ink.begin(), ink.end());
  // A run of least ink a gutter wide that ends where words of text of half the rows or more begin
  // (within a point) is the gutter before a column of text set flush left; the white after that
  // column's ragged right ends nowhere in particular. When the widest run lies right of such an
  // edge run, it is that white (a title set flush left under a label centred over it: the white
  // right of the shorter titles is no gutter) and the edge run is the cut; else the widest.
  int rows_in_range = 0;
  for (const TableRow* row : rows)
    rows_in_range += std::any_of(row->words.begin(), row->words.end(), [&](const Word* w) { return w->box.x1 > lo && w->box.x0 < hi; });
  auto starts_column = [&](size_t e) {
    if (e >= bins) return false;
    const double x = lo + static_cast<double>(e) * kStep;
    int starting = 0;
    for (const TableRow* row : rows)
      starting += std::any_of(row->words.begin(), row->words.end(), [&](const Word* w) { return std::fabs(w->box.x0 - x) <= 1.0 && is_wordy(w->text); });
    return rows_in_range >= 2 && starting * 2 >= rows_in_range;
  };
  // A gutter is a word's height of white at least: the space between two words of a title is less.
  double gutter = 0;
  for (const TableRow* row : rows) gutter = std::max(gutter, row->word_height);
  size_t best_start = 0, best_len = 0, edge_start = 0, edge_len = 0;
  for (size_t b = 0; b < bins;) {
    if (ink[b] != least) {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < bins && ink[e] == least) ++e;
    if (e - b > best_len) {
      best_start = b;
      best_len = e - b;
    }
    if (e - b > edge_len && static_cast<double>(e - b) * kStep >= gutter && starts_column(e)) {
      edge_start = b;
      edge_len = e - b;
    }
    b = e;
  }
  if (edge_len > 0 && edge_start < best_start) {
    best_start = edge_start;
    best_len = edge_len;
  }
  return lo + (static_cast<double>(best_start) + static_cast<double>(best_len - 1) / 2) * kStep;
}

namespace {

double median_word_height(const std::vector<const TableRow*>& rows) {
  std::vector<double> h;
  for (const TableRow* row : rows)
    for (const Word* w : row->words) h.push_back(w->box.height());
  if (h.empty()) return 0;
  std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

// True when `needed` rows or more print a word under the label `box` (overlapping it across).
bool has_ink_under(const Box& box, const std::vector<const TableRow*>& rows, size_t needed) {
  size_t inked = 0;
  for (const TableRow* row : rows)
    inked += std::any_of(row->words.begin(), row->words.end(), [&](const Word* w) { return w->box.x1 > box.x0 && w->box.x0 < box.x1; });
  return inked >= needed;
}

// A column of values printed where the header has no label (its label was on a header line in
// another language that was not read, or never printed): between two header labels, a band of
// ink the rows share that touches neither label's words and stands a gutter of white from the ink
// on either side (half a word's height, and wider than the rows' word space: on a monospace page
// one character between two words of a title is half a word's height too), printed on a third of the rows at least (rows of wrapped
// titles and terms leave it empty), while the label on its right has words of its own under it (a
// title set flush left under a label centred over it is that label's column, whatever white lies
// between its words and the label). Its cell has no text: its role comes from its content. A
// label of values (not the title's) with nothing printed under it owns a band that starts within a
// word's height of its end: its figures are set right of it, past its end ("Kreditai / Credits"
// over figures aligned further right, S110); a band further off is a column of its own.
std::vector<HeaderCell> unlabelled_columns(const TableHeader& header, const std::vector<const TableRow*>& body) {
  std::vector<HeaderCell> cells;
  if (body.size() < 3) return cells;
  const double gutter = std::max(0.5 * median_word_height(body), 1.8 * typical_word_space(body));
  if (gutter <= 0) return cells;
  const size_t needed = std::max<size_t>(3, (body.size() + 2) / 3);
  for (size_t i = 0; i + 1 < header.cells.size(); ++i) {
    const double lo = header.cells[i].box.x1, hi = header.cells[i + 1].box.x0;
    if (hi - lo < 4 * gutter) continue;
    const ColumnRole left_role = header.cells[i].role;
    const bool owns_figures_past_its_end = left_role != ColumnRole::title && left_role != ColumnRole::unknown &&
                                           !has_ink_under(header.cells[i].box, body, needed);
    constexpr double kStep = 0.5;
    const auto bins = static_cast<size_t>(std::ceil((hi - lo) / kStep));
    std::vector<int> ink(bins, 0);
    for (const TableRow* row : body)
      for (const Word* w : row->words) {
        if (w->box.x1 <= lo || w->box.x0 >= hi) continue;
        const auto from = static_cast<size_t>(std::max(0.0, std::floor((w->box.x0 - lo) / kStep)));
        const auto to = std::min(bins, static_cast<size_t>(std::ceil((w->box.x1 - lo) / kStep)));
        for (size_t b = from; b < to; ++b) ++ink[b];
      }
    const auto white = static_cast<size_t>(std::ceil(gutter / kStep));
    // A gutter that a few lines cross (notes or captions printed across the table under it, one
    // row in ten at most) is still a gutter.
    const int stray = static_cast<int>(body.size() / 10);
    auto blank = [stray](int n) { return n <= stray; };
    for (size_t b = 0; b < bins;) {
      if (blank(ink[b])) {
        ++b;
        continue;
      }
      size_t e = b;
      int most = 0;
      while (e < bins && !blank(ink[e])) most = std::max(most, ink[e++]);
      const bool clear_left = b >= white && std::all_of(ink.begin() + static_cast<long>(b - white), ink.begin() + static_cast<long>(b), blank);
      const bool clear_right = e + white <= bins && std::all_of(ink.begin() + static_cast<long>(e), ink.begin() + static_cast<long>(e + white), blank);
      const bool left_labels = owns_figures_past_its_end && static_cast<double>(b) * kStep <= median_word_height(body);
      if (clear_left && clear_right && !left_labels && static_cast<size_t>(most) >= needed &&
          has_ink_under(header.cells[i + 1].box, body, needed)) {
        HeaderCell cell{ColumnRole::unknown, header.cells[i].box, "", -1, -1};
        cell.box.x0 = lo + static_cast<double>(b) * kStep;
        cell.box.x1 = lo + static_cast<double>(e) * kStep;
        cells.push_back(cell);
      }
      b = e;
    }
  }
  return cells;
}

}  // namespace

TableHeader with_unlabelled_columns(const TableHeader& header, const std::vector<const TableRow*>& rows) {
  TableHeader out = header;
  for (const HeaderCell& cell : unlabelled_columns(header, rows)) out.cells.push_back(cell);
  std::stable_sort(out.cells.begin(), out.cells.end(), [](const HeaderCell& a, const HeaderCell& b) { return a.box.x0 < b.box.x0; });
  return out;
}

ColumnLayout with_flush_left_cuts(ColumnLayout layout, const std::vector<const TableRow*>& rows) {
  const auto& cells = layout.header.cells;
  for (size_t i = 0; i + 1 < cells.size() && i + 1 < layout.columns.size(); ++i) {
    const double lo = cells[i].box.x1, hi = cells[i + 1].box.x0;
    if (hi <= lo) continue;
    std::vector<const TableRow*> in_range;
    std::vector<double> edges;
    for (const TableRow* row : rows) {
      bool any = false;
      for (const Word* w : row->words)
        if (w->box.x0 > lo && w->box.x0 < hi) {
          edges.push_back(w->box.x0);
          any = true;
        }
      if (any) in_range.push_back(row);
    }
    if (in_range.size() < 3) continue;
    std::sort(edges.begin(), edges.end());
    // A row starts a column at x when a word of it begins there with a gutter of white before it
    // (a word's height: the next word of a title stands a word space after the last).
    auto starts_at = [](const TableRow* row, double x) {
      const bool begins =
          std::any_of(row->words.begin(), row->words.end(), [&](const Word* w) { return std::fabs(w->box.x0 - x) <= 1.0 && is_wordy(w->text); });
      const bool clear = std::none_of(row->words.begin(), row->words.end(),
                                      [&](const Word* w) { return w->box.x1 > x - 1.0 - row->word_height && w->box.x0 < x - 1.0; });
      return begins && clear;
    };
    for (double x : edges) {
      size_t sharing = 0;
      for (const TableRow* row : in_range) sharing += starts_at(row, x);
      if (sharing * 2 < in_range.size()) continue;
      layout.columns[i].x1 = x - 0.5;
      layout.columns[i + 1].x0 = x - 0.5;
      break;
    }
  }
  return layout;
}

namespace {

// How many words of `rows` lie across the line x.
size_t crossing_words(const std::vector<const TableRow*>& rows, double x) {
  size_t n = 0;
  for (const TableRow* row : rows)
    n += static_cast<size_t>(std::count_if(row->words.begin(), row->words.end(), [x](const Word* w) { return w->box.x0 < x && x < w->box.x1; }));
  return n;
}

// The middle of the first run of white (no word across it) right of `from` and left of `to`, at
// least `width` wide (a gutter, not the space between two words of a title).
std::optional<double> first_white_after(const std::vector<const TableRow*>& rows, double from, double to, double width) {
  constexpr double kStep = 0.5;
  for (double x = from; x < to;) {
    if (crossing_words(rows, x) > 0) {
      x += kStep;
      continue;
    }
    double end = x;
    while (end + kStep < to && crossing_words(rows, end + kStep) == 0) end += kStep;
    if (end - x >= width) return (x + end) / 2;
    x = end + kStep;
  }
  return std::nullopt;
}

}  // namespace

ColumnLayout layout_columns(const TableHeader& header, const std::vector<const TableRow*>& body) {
  ColumnLayout layout;
  layout.header = header;
  const auto& cells = header.cells;
  double left = -std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < cells.size(); ++i) {
    double right = std::numeric_limits<double>::infinity();
    if (i + 1 < cells.size()) {
      const Box& a = cells[i].box;
      const Box& b = cells[i + 1].box;
      right = body.empty() ? (a.x1 + b.x0) / 2 : least_ink_cut(body, a.center_x(), b.center_x());
      // A gutter does not run under a column's own label: the white left of values set flush
      // right under their label (`CRÉD.` over `5`) is inside that column. A cut found there moves
      // to the first white right of the label, when there is some before the next label's centre.
      if (!body.empty() && right < a.x1 && b.center_x() > a.x1 + 1)
        if (const auto beyond = first_white_after(body, a.x1, b.center_x(), 0.6 * median_word_height(body))) right = *beyond;
    }
    layout.columns.push_back({cells[i].role, left, right});
    left = right;
  }
  return layout;
}

namespace {

bool has_lowercase(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

// A long title runs on past its column at word spacing ("Stage pratique en laboratoire : biochimie
// et" reaching into the credits' span): words in lower case that follow the title's last word at
// less than half a word's height belong to the title, not to the column they spill into (cells
// stand a gutter apart; a credit, a mark or a letter grade has no lower-case letters). A title
// ending in a number is a label with its value ("Moyenne UE : 13,50"): nothing runs on from it; and
// the run ends at a gutter (a line of prose across the table runs on into every column).
void title_runs_on(std::vector<std::vector<const Word*>>& cells, const ColumnLayout& layout) {
  for (size_t k = 0; k + 1 < cells.size(); ++k) {
    if (layout.columns[k].role != ColumnRole::title || cells[k].empty()) continue;
    auto& next = cells[k + 1];
    std::sort(next.begin(), next.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    const Word* last = *std::max_element(cells[k].begin(), cells[k].end(), [](const Word* a, const Word* b) { return a->box.x1 < b->box.x1; });
    size_t moved = 0;
    while (moved < next.size()) {
      const Word* w = next[moved];
      const double gap = w->box.x0 - last->box.x1;
      if (gap < 0 || gap > 0.5 * w->box.height() || !has_lowercase(w->text) || !has_lowercase(last->text)) break;
      last = w;
      ++moved;
    }
    if (moved == 0) continue;
    // The run-on ends at a gutter: a line of prose across the table runs on into every column.
    bool gutter = true;
    for (size_t j = k + 1; j < cells.size() && gutter; ++j)
      for (size_t m = j == k + 1 ? moved : 0; m < cells[j].size(); ++m)
        if (cells[j][m]->box.x0 >= last->box.x1 && cells[j][m]->box.x0 - last->box.x1 < last->box.height()) gutter = false;
    if (!gutter) continue;
    cells[k].insert(cells[k].end(), next.begin(), next.begin() + static_cast<long>(moved));
    next.erase(next.begin(), next.begin() + static_cast<long>(moved));
  }
}

// A term printed once in a cell merged over its rows in a narrow left column (`1st Sem.
// 2021-2022` beside the first of its courses) runs past its column: the year that follows the term
// cell's last word at a word space (half a word's height at most), in the next column, is the
// term's when a gutter (a word's height) stands between it and the next column's own words. Only a
// calendar year or a range of years moves: a code or a title never reads so.
void term_runs_on(std::vector<std::vector<const Word*>>& cells, const ColumnLayout& layout) {
  static const Regex year(R"(^(19|20)\d\d([-/](19|20)?\d\d)?$)");
  for (size_t k = 0; k + 1 < cells.size(); ++k) {
    if (layout.columns[k].role != ColumnRole::term || cells[k].empty() || cells[k + 1].size() < 2) continue;
    auto& next = cells[k + 1];
    std::sort(next.begin(), next.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    const Word* last = *std::max_element(cells[k].begin(), cells[k].end(), [](const Word* a, const Word* b) { return a->box.x1 < b->box.x1; });
    const Word* w = next.front();
    const double gap = w->box.x0 - last->box.x1;
    if (gap < 0 || gap > 0.5 * w->box.height() || !std::regex_match(w->text, year)) continue;
    if (next[1]->box.x0 - w->box.x1 < w->box.height()) continue;
    cells[k].push_back(w);
    next.erase(next.begin());
  }
}

}  // namespace

std::vector<std::vector<const Word*>> assign_columns(const TableRow& row, const ColumnLayout& layout) {
  std::vector<std::vector<const Word*>> out(layout.columns.size());
  if (layout.columns.empty()) return out;
  for (const Word* w : row.words) {
    const double c = w->box.center_x();
    size_t i = 0;
    while (i + 1 < layout.columns.size() && c >= layout.columns[i].x1) ++i;
    out[i].push_back(w);
  }
  title_runs_on(out, layout);
  term_runs_on(out, layout);
  return out;
}

}  // namespace cc
