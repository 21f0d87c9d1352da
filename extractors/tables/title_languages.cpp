#include "extractors/tables/title_languages.h"

#include <algorithm>
#include <cctype>

namespace cc {
namespace {

bool has_non_ascii(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool has_letter(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

void prefer_translated_titles(ReadTable& table) {
  size_t titled = 0, two_lines = 0, first_other = 0;
  for (const auto& r : table.rows) {
    if (r.title_lines.empty()) continue;
    ++titled;
    if (r.title_lines.size() != 2) continue;
    ++two_lines;
    if (has_non_ascii(r.title_lines[1]) || !has_letter(r.title_lines[1])) return;
    first_other += has_non_ascii(r.title_lines[0]);
  }
  if (two_lines < 3 || two_lines * 10 < titled * 8 || first_other * 2 < two_lines) return;
  size_t title_column = table.columns.size();
  for (size_t k = 0; k < table.columns.size(); ++k)
    if (table.columns[k].role == ColumnRole::title) title_column = k;
  for (auto& r : table.rows) {
    if (r.title_lines.size() != 2) continue;
    r.fields.title = r.title_lines[1];
    if (title_column < r.cells.size()) r.cells[title_column].text = r.title_lines[1];
  }
}

}  // namespace cc
