#include "extractors/tables/word_space_cuts.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <tuple>

namespace cc {
namespace {

// A number as printed in a cell: digits with their punctuation, no letter (`21.`, `3`, `4,5`).
bool is_number_word(const std::string& text) {
  bool digit = false;
  for (unsigned char ch : text) {
    if (std::isdigit(ch)) digit = true;
    else if (!std::ispunct(ch)) return false;
  }
  return digit;
}

bool has_letter(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char ch) { return std::isalpha(ch) || ch >= 0x80; });
}

// On how many rows of `body` words stand on both sides of `cut` (within the two columns), on how
// many of those the nearest two are a word space apart, and on how many a number stands on one
// side and a word on the other.
std::tuple<size_t, size_t, size_t> word_spaces_at(double lo, double cut, double hi, const std::vector<const TableRow*>& body) {
  size_t both = 0, spaced = 0, mixed = 0;
  for (const TableRow* row : body) {
    const Word* left = nullptr;
    const Word* right = nullptr;
    for (const Word* w : row->words) {
      const double c = w->box.center_x();
      if (c >= lo && c < cut && (!left || w->box.x1 > left->box.x1)) left = w;
      if (c >= cut && c < hi && (!right || w->box.x0 < right->box.x0)) right = w;
    }
    if (!left || !right) continue;
    ++both;
    spaced += right->box.x0 - left->box.x1 < 0.6 * row->word_height;
    mixed += (is_number_word(left->text) && has_letter(right->text)) || (has_letter(left->text) && is_number_word(right->text));
  }
  return {both, spaced, mixed};
}

}  // namespace

void join_columns_cut_at_word_spaces(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  if (body.size() < 3 || layout.header.cells.size() != layout.columns.size()) return;
  for (size_t k = 0; k + 1 < layout.columns.size();) {
    Column& a = layout.columns[k];
    Column& b = layout.columns[k + 1];
    // S46: a label the vocabulary left unknown beside a known one. S201: or two labels it left
    // unknown both (`Élément de` | `module`, a phrase the header reader cut in two): neither was
    // named, so the records' word spacing alone decides.
    const bool one_unknown = a.role == ColumnRole::unknown || b.role == ColumnRole::unknown;
    const auto [both, spaced, mixed] = word_spaces_at(a.x0, a.x1, b.x1, body);
    // Numbers on one side and words on the other on most rows (`21. General Microbiology`): the
    // cut parts cells of two types, a serial number from its title, however close they are set.
    const bool two_types = mixed * 10 >= both * 8;
    if (!one_unknown || both < 3 || spaced * 10 < both * 6 || two_types) {
      ++k;
      continue;
    }
    HeaderCell& left = layout.header.cells[k];
    HeaderCell& right = layout.header.cells[k + 1];
    right.text = left.text.empty() ? right.text : right.text.empty() ? left.text : left.text + " " + right.text;
    right.box = bounding_box(left.box, right.box);
    if (right.role == ColumnRole::unknown) right.role = left.role;
    if (right.english_line < 0) right.english_line = left.english_line;
    b.role = right.role;
    b.x0 = a.x0;
    layout.header.cells.erase(layout.header.cells.begin() + static_cast<long>(k));
    layout.columns.erase(layout.columns.begin() + static_cast<long>(k));
    if (k < layout.from_content.size()) layout.from_content.erase(layout.from_content.begin() + static_cast<long>(k));
  }
}

}  // namespace cc
