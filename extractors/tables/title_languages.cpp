#include "extractors/tables/title_languages.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace cc {
namespace {

bool has_non_ascii(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool has_letter(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

std::vector<std::string> tokens(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// How much a line reads as English: its function words and English word endings count for it,
// words with letters outside ASCII against it.
int english_score(const std::string& line) {
  static const char* const kFunctionWords[] = {"and", "of", "the", "in", "to", "for", "with", "on"};
  static const char* const kEndings[] = {"tion", "sion", "logy", "istry", "ics", "ment", "ness", "ing", "ical", "ity", "ship", "ence", "ance", "ture"};
  int score = 0;
  for (const std::string& raw : tokens(line)) {
    if (has_non_ascii(raw)) {
      --score;
      continue;
    }
    std::string w;
    for (char c : raw)
      if (std::isalpha(static_cast<unsigned char>(c))) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(std::begin(kFunctionWords), std::end(kFunctionWords), w) != std::end(kFunctionWords)) ++score;
    for (const char* e : kEndings) {
      const std::string end(e);
      if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
        ++score;
        break;
      }
    }
  }
  return score;
}

// True when the first word of a two-line title's second line would have fitted after its first
// line, within `limit` (the right edge of the table's widest title line): no wrap, a second line.
bool second_line_would_fit(const TableRecord& r, size_t title_column, double limit) {
  if (title_column >= r.cells.size()) return false;
  const auto& words = r.cells[title_column].words;
  const size_t first = tokens(r.title_lines[0]).size();
  if (first == 0 || words.size() <= first) return false;
  double right = 0;
  for (size_t i = 0; i < first; ++i) right = std::max(right, words[i]->box.x1);
  const Box& next = words[first]->box;
  const double space = 0.25 * (words[0]->box.y1 - words[0]->box.y0);
  return right + space + (next.x1 - next.x0) <= limit + 0.5;
}

// A few titles printed with their translation under them, most with none (`Almenn efnafræði`
// over `General Chemistry`, `Erfðafræði` over `Genetics`, among twenty one-line Icelandic titles):
// the table as a whole says nothing, each such title says it alone. Its second line is the title
// again in English when three things hold together: its first word would have fitted on the first
// line (no wrap), the first line has letters outside ASCII and the second none, and the second
// reads as English (its words or endings) more than the first does. The English line is kept, as
// for a table of translated titles (S173).
void translated_lines_of_a_few(ReadTable& table, size_t title_column, double limit) {
  for (auto& r : table.rows) {
    if (r.title_lines.size() != 2) continue;
    const std::string &first = r.title_lines[0], &second = r.title_lines[1];
    if (!has_non_ascii(first) || has_non_ascii(second) || !has_letter(second)) continue;
    const int english = english_score(second);
    if (english <= 0 || english <= english_score(first)) continue;
    if (!second_line_would_fit(r, title_column, limit)) continue;
    if (r.fields.title != first + " " + second) continue;
    r.fields.title = second;
    if (title_column < r.cells.size()) r.cells[title_column].text = second;
  }
}

}  // namespace

void prefer_translated_titles(ReadTable& table) {
  size_t title_column = table.columns.size();
  for (size_t k = 0; k < table.columns.size(); ++k)
    if (table.columns[k].role == ColumnRole::title) title_column = k;
  size_t titled = 0, two_lines = 0, first_other = 0, second_other = 0, fits = 0;
  double limit = 0;
  for (const auto& r : table.rows)
    if (title_column < r.cells.size())
      for (const Word* w : r.cells[title_column].words) limit = std::max(limit, w->box.x1);
  int score[2] = {0, 0};
  for (const auto& r : table.rows) {
    if (r.title_lines.empty()) continue;
    ++titled;
    if (r.title_lines.size() != 2) continue;
    ++two_lines;
    second_other += has_non_ascii(r.title_lines[1]) || !has_letter(r.title_lines[1]);
    first_other += has_non_ascii(r.title_lines[0]);
    fits += second_line_would_fit(r, title_column, limit);
    score[0] += english_score(r.title_lines[0]);
    score[1] += english_score(r.title_lines[1]);
  }
  if (two_lines < 3 || two_lines * 10 < titled * 8) {
    translated_lines_of_a_few(table, title_column, limit);
    return;
  }
  const bool by_script = second_other == 0 && first_other * 2 >= two_lines;
  const bool by_fit = fits * 2 >= two_lines;
  if (!by_script && !by_fit) return;
  // Two languages neither of which reads as English (a Romanian title over its Russian one): no
  // line is the one an evaluator reads, so neither is dropped; the title is both lines.
  if (!by_script && score[0] <= 0 && score[1] <= 0) return;
  const size_t line = by_script || score[1] >= score[0] ? 1 : 0;
  for (auto& r : table.rows) {
    if (r.title_lines.size() != 2) continue;
    // A title a two-language header already gave one line of is left as it is.
    if (!by_script && r.fields.title != r.title_lines[0] + " " + r.title_lines[1]) continue;
    r.fields.title = r.title_lines[line];
    if (title_column < r.cells.size()) r.cells[title_column].text = r.title_lines[line];
  }
}

}  // namespace cc
