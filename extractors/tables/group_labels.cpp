#include "extractors/tables/group_labels.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/text.h"
#include "extractors/tables/row_fields.h"

namespace cc {
namespace {

// Drops the last `n` words of `words`.
void drop_last(std::vector<const Word*>& words, size_t n) { words.resize(words.size() >= n ? words.size() - n : 0); }

Box box_of(const std::vector<const Word*>& ws) {
  Box b = ws.empty() ? Box{} : ws.front()->box;
  for (const Word* w : ws) b = bounding_box(b, w->box);
  return b;
}

// `text` without ` tail` at its end; nullopt when it does not end so.
std::optional<std::string> without_tail(const std::string& text, const std::string& tail) {
  const std::string suffix = " " + tail;
  if (text.size() <= suffix.size() || text.compare(text.size() - suffix.size(), suffix.size(), suffix) != 0) return std::nullopt;
  return text.substr(0, text.size() - suffix.size());
}

// True when the first word of the record's last title line (of `n` words) would have fitted on the
// title's line above it, within the right edge of the table's widest title: a title wraps because
// its next word does not fit, so such a line is no wrap.
bool would_have_fitted(const ReadTable& t, const TableRecord& r, size_t n) {
  double widest = 0;
  size_t k = t.columns.size();
  for (size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].role == ColumnRole::title) {
      k = c;
      break;
    }
  if (k == t.columns.size() || k >= r.cells.size() || r.cells[k].words.size() <= n) return false;
  for (const auto& row : t.rows)
    if (k < row.cells.size())
      for (const Word* w : row.cells[k].words) widest = std::max(widest, w->box.x1);
  const auto& words = r.cells[k].words;
  const Word* last_above = words[words.size() - n - 1];
  const Word* first = words[words.size() - n];
  const double gap = 0.3 * first->box.height();
  return last_above->box.x1 + gap + first->box.width() <= widest;
}

}  // namespace

void take_off_group_names(TableReading& reading) {
  // The last appended line of each title, the different titles it was appended to, and how often
  // its first word would have fitted on the title's line above.
  struct Seen {
    std::set<std::string> titles;
    size_t appended = 0, fitted = 0;
    bool completes = false;  // closes a bracket the title above opened: the title's own line
  };
  std::map<std::string, Seen> seen;
  for (const auto& t : reading.tables)
    for (const auto& r : t.rows) {
      if (r.title_lines.size() < 2) continue;
      const auto before = without_tail(r.fields.title, r.title_lines.back());
      if (!before) continue;
      Seen& s = seen[r.title_lines.back()];
      s.titles.insert(*before);
      ++s.appended;
      s.fitted += would_have_fitted(t, r, word_count(r.title_lines.back()));
      s.completes = s.completes || std::count(before->begin(), before->end(), '(') > std::count(before->begin(), before->end(), ')');
    }
  std::set<std::string> groups;
  for (const auto& [line, s] : seen)
    if (s.titles.size() >= 2 && s.fitted * 2 >= s.appended && !s.completes) groups.insert(line);
  if (groups.empty()) return;
  for (auto& t : reading.tables)
    for (auto& r : t.rows) {
      if (r.title_lines.size() < 2 || !groups.count(r.title_lines.back())) continue;
      const std::string line = r.title_lines.back();
      const auto before = without_tail(r.fields.title, line);
      if (!before) continue;
      const size_t n = word_count(line);
      const std::vector<const Word*> line_words(r.words.end() - static_cast<long>(std::min(n, r.words.size())), r.words.end());
      r.fields.title = *before;
      r.title_lines.pop_back();
      drop_last(r.words, n);
      r.box = box_of(r.words);
      for (size_t k = 0; k < t.columns.size() && k < r.cells.size(); ++k) {
        if (t.columns[k].role != ColumnRole::title) continue;
        TableCell& cell = r.cells[k];
        if (const auto cell_before = without_tail(cell.text, line)) {
          cell.text = *cell_before;
          drop_last(cell.words, n);
          cell.box = box_of(cell.words);
        }
      }
      reading.skipped.push_back({line, line_words, box_of(line_words), r.page, t.block, "the name of a group of courses, printed under different titles"});
    }
}

}  // namespace cc
