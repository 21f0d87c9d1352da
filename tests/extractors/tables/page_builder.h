// PageBuilder: a page of word boxes written in code, for the table reader's tests (cells placed at
// x, words spaced like Helvetica or like a monospace font; seal letters).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/page_text.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_reader.h"

namespace cc {

// A page written in code: each cell placed at x, its words spaced like Helvetica at `size`, or
// like a monospace font (every character 0.6 em, one character between words).
class PageBuilder {
 public:
  explicit PageBuilder(double size = 9, bool monospace = false) : size_(size), mono_(monospace) {
    page_.number = 1;
    page_.width_pt = 612;
    page_.height_pt = 792;
    page_.source = TextSource::text_layer;
  }
  PageBuilder& cell(double x, double y, const std::string& text) {
    const double em = mono_ ? 0.6 * size_ : 0.5 * size_, space = mono_ ? 0.6 * size_ : 0.28 * size_;
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      const std::string w = text.substr(start, end - start);
      const double width = em * static_cast<double>(w.size());
      page_.words.push_back({w, {x, y, x + width, y + size_}, 1.0f, line_});
      x += width + space;
      start = end + 1;
    }
    return *this;
  }
  PageBuilder& row(double y, const std::vector<std::pair<double, std::string>>& cells) {
    for (const auto& [x, text] : cells)
      if (!text.empty()) cell(x, y, text);
    ++line_;
    return *this;
  }
  // One letter at (x, y), its box `size` high: seal lettering.
  PageBuilder& letter(double x, double y, const std::string& c, double size) {
    page_.words.push_back({c, {x, y, x + 0.6 * size, y + size}, 1.0f, 0});
    return *this;
  }
  // One word with the box given: text set on a slant, pieces of a line as a text layer gives them.
  PageBuilder& word(const std::string& text, const Box& box) {
    page_.words.push_back({text, box, 1.0f, 0});
    return *this;
  }
  const PageText& page() const { return page_; }

 private:
  PageText page_;
  double size_;
  bool mono_;
  int line_ = 0;
};

// The role name of each column of a table read, left to right: what the tests compare.
inline std::vector<std::string> roles_of(const ReadTable& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) out.emplace_back(role_name(c.role));
  return out;
}

}  // namespace cc
