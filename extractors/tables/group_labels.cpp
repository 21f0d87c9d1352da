#include "extractors/tables/group_labels.h"

#include <map>
#include <optional>
#include <set>

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

size_t word_count(const std::string& s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

}  // namespace

void take_off_group_names(TableReading& reading) {
  // The last appended line of each title, and the different titles it was appended to.
  std::map<std::string, std::set<std::string>> titles_under;
  for (const auto& t : reading.tables)
    for (const auto& r : t.rows) {
      if (r.title_lines.size() < 2) continue;
      if (const auto before = without_tail(r.fields.title, r.title_lines.back())) titles_under[r.title_lines.back()].insert(*before);
    }
  std::set<std::string> groups;
  for (const auto& [line, titles] : titles_under)
    if (titles.size() >= 2) groups.insert(line);
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
