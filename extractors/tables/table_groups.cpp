#include "extractors/tables/table_groups.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>

#include "extractors/tables/header_vocabulary.h"

namespace cc {
namespace {

// A label: words of one line at word spacing (0.8 of a line at most between them).
struct Label {
  std::vector<const Word*> words;
  double x0 = 0, x1 = 0;
  double center() const { return (x0 + x1) / 2; }
};

std::vector<Label> labels_of(const TableRow& row) {
  std::vector<Label> out;
  for (const Word* w : row.words) {
    if (!out.empty() && w->box.x0 - out.back().x1 <= 0.8 * row.word_height) {
      out.back().words.push_back(w);
      out.back().x1 = std::max(out.back().x1, w->box.x1);
      continue;
    }
    out.push_back({{w}, w->box.x0, w->box.x1});
  }
  return out;
}

// True when the label's words make one phrase of the vocabulary (the group's name).
bool names_a_role(const Label& label) {
  std::vector<const Word*> ws;
  for (const Word* w : label.words)
    if (!letters_lower(w->text).empty()) ws.push_back(w);
  if (ws.empty()) return false;
  const TableRow row = make_row(ws);
  for (const auto& p : header_vocabulary().phrases) {
    if (p.words.size() != ws.size()) continue;
    bool all = true;
    for (size_t k = 0; k < ws.size() && all; ++k) all = fuzzy_word_match(letters_lower(ws[k]->text), p.words[k]);
    if (all) return true;
  }
  return false;
}

bool has_letters(const Label& label) {
  return std::any_of(label.words.begin(), label.words.end(), [](const Word* w) { return !letters_lower(w->text).empty(); });
}

bool overlaps(double a0, double a1, double b0, double b1) { return std::min(a1, b1) > std::max(a0, b0); }

// The run of labels of `below` that `group` stands centred over: those within a line height of its
// ends, widened a pair at a time (one each side, evenly spaced) while the run stays centred under
// it and neither label of the pair stands under another label of the upper line.
std::optional<std::pair<size_t, size_t>> run_under(const Label& group, const std::vector<Label>& upper, const std::vector<Label>& below,
                                                   double line) {
  size_t first = below.size(), last = 0;
  for (size_t k = 0; k < below.size(); ++k)
    if (overlaps(below[k].x0, below[k].x1, group.x0 - line, group.x1 + line)) {
      first = std::min(first, k);
      last = std::max(last, k);
    }
  if (first == below.size() || last == first) return std::nullopt;
  auto centred = [&](size_t a, size_t b) { return std::abs((below[a].x0 + below[b].x1) / 2 - group.center()) <= 0.75 * line; };
  auto under_other = [&](const Label& l) {
    return std::any_of(upper.begin(), upper.end(), [&](const Label& u) {
      return &u != &group && overlaps(l.x0, l.x1, u.x0 - line, u.x1 + line);
    });
  };
  if (!centred(first, last)) return std::nullopt;
  double widest_gap = 0;
  for (size_t k = first; k < last; ++k) widest_gap = std::max(widest_gap, below[k + 1].x0 - below[k].x1);
  while (first > 0 && last + 1 < below.size()) {
    const size_t a = first - 1, b = last + 1;
    const double gap_a = below[first].x0 - below[a].x1, gap_b = below[b].x0 - below[last].x1;
    if (!centred(a, b) || under_other(below[a]) || under_other(below[b])) break;
    if (std::max(gap_a, gap_b) > 1.5 * widest_gap) break;
    first = a;
    last = b;
  }
  // Labels hold letters: a line of numbers under a header is its first row, not sub-columns.
  for (size_t k = first; k <= last; ++k)
    if (under_other(below[k]) || !has_letters(below[k])) return std::nullopt;
  return std::make_pair(first, last);
}

}  // namespace

std::vector<TableHeader> parse_grouped_header(const std::vector<const TableRow*>& lines) {
  if (lines.size() < 2) return {};
  for (size_t l = 1; l < lines.size(); ++l)
    if (lines[l]->box.y0 - lines[l - 1]->box.y1 >= 1.5 * std::max(lines[l]->word_height, lines[l - 1]->word_height)) return {};
  const std::vector<Label> upper = labels_of(*lines[0]), below = labels_of(*lines[1]);
  const double line = std::max(lines[0]->word_height, lines[1]->word_height);
  // Words made for the parse: the group's words copied over each sub-column, the sub-column's own
  // words put in brackets (they qualify the group: "Units (Theo.)").
  std::deque<Word> made;
  std::vector<const Word*> top, second;
  std::vector<bool> below_taken(below.size(), false);
  struct Part {
    double x0, x1;
    int group;
  };
  std::vector<Part> parts;
  int groups = 0;
  for (const Label& u : upper) {
    const auto run = names_a_role(u) ? run_under(u, upper, below, line) : std::nullopt;
    if (!run) {
      top.insert(top.end(), u.words.begin(), u.words.end());
      continue;
    }
    for (size_t k = run->first; k <= run->second; ++k) {
      const Label& sub = below[k];
      below_taken[k] = true;
      parts.push_back({sub.x0, sub.x1, groups});
      for (const Word* w : u.words) {
        made.push_back(*w);
        made.back().box.x0 = sub.x0;
        made.back().box.x1 = sub.x1;
        top.push_back(&made.back());
      }
      for (size_t i = 0; i < sub.words.size(); ++i) {
        made.push_back(*sub.words[i]);
        std::string& t = made.back().text;
        if (i == 0 && t.front() != '(') t = "(" + t;
        if (i + 1 == sub.words.size() && t.back() != ')') t += ")";
        second.push_back(&made.back());
      }
    }
    ++groups;
  }
  if (groups == 0) return {};
  for (size_t k = 0; k < below.size(); ++k)
    if (!below_taken[k]) second.insert(second.end(), below[k].words.begin(), below[k].words.end());
  std::vector<TableRow> rows = {make_row(top), make_row(second)};
  for (size_t l = 2; l < lines.size(); ++l) rows.push_back(*lines[l]);
  std::vector<const TableRow*> pointers;
  for (const auto& r : rows) pointers.push_back(&r);
  auto tables = parse_header_lines(pointers, false);
  for (auto& t : tables)
    for (auto& c : t.cells)
      for (const Part& p : parts)
        if (c.box.center_x() >= p.x0 && c.box.center_x() <= p.x1) c.group = p.group;
  return tables;
}

}  // namespace cc
