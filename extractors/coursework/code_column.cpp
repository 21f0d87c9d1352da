#include "extractors/coursework/code_column.h"

#include <cctype>
#include <map>
#include <string>

#include "core/text.h"

namespace cc {
namespace {

constexpr size_t kMinRows = 3;
constexpr double kUsualShare = 0.8;

// "047CHIGL1" -> "9A9", "0100101" -> "9": the runs of figures and letters; "" for a cell that is
// not one token of ASCII letters and figures of four characters or more holding a figure.
std::string shape_of(const std::string& cell) {
  const std::string s = trim(cell);
  if (s.size() < 4) return "";
  std::string shape;
  bool figure = false;
  for (unsigned char c : s) {
    if (!std::isalnum(c)) return "";
    const char cls = std::isdigit(c) ? '9' : 'A';
    figure = figure || cls == '9';
    if (shape.empty() || shape.back() != cls) shape += cls;
  }
  return figure ? shape : "";
}

}  // namespace

std::vector<bool> code_cells_as_the_table_prints(const std::vector<RawCourseRow>& rows) {
  std::vector<bool> out(rows.size(), false);
  std::map<size_t, std::vector<size_t>> tables;
  for (size_t i = 0; i < rows.size(); ++i) tables[rows[i].table].push_back(i);
  for (const auto& [_, members] : tables) {
    if (members.size() < kMinRows) continue;
    bool none_printed = true;
    std::map<std::string, size_t> shapes;
    for (size_t i : members) {
      none_printed = none_printed && trim(rows[i].code).empty();
      ++shapes[shape_of(rows[i].code)];
    }
    if (none_printed) {
      for (size_t i : members) out[i] = true;
      continue;
    }
    std::string usual;
    size_t count = 0;
    for (const auto& [shape, n] : shapes)
      if (!shape.empty() && n > count) usual = shape, count = n;
    if (count < kMinRows || count < kUsualShare * static_cast<double>(members.size())) continue;
    for (size_t i : members) out[i] = shape_of(rows[i].code) == usual;
  }
  return out;
}

}  // namespace cc
