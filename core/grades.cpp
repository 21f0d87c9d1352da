#include "core/grades.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <algorithm>
#include <cstdlib>

#include "core/text.h"

namespace cc {

bool grade_in_list(const std::string& grade, const std::vector<std::string>& list) {
  if (grade.empty()) return false;
  const std::string folded = trim(fold_latin(grade));
  for (const auto& entry : list) {
    const std::string want = trim(fold_latin(entry));
    if (want.empty() ? trim(grade) == trim(entry) : folded == want) return true;
  }
  return false;
}

std::optional<double> numeric_mark(const std::string& grade) {
  std::string g;
  for (unsigned char c : grade)
    if (!std::isspace(c)) g += c == ',' ? '.' : static_cast<char>(c);
  if (g.empty() || g.size() > 6 || !std::isdigit(static_cast<unsigned char>(g.front()))) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(g.c_str(), &end);
  if (end != g.c_str() + g.size()) return std::nullopt;
  return v;
}

std::optional<double> mark_figures(const std::string& grade) {
  if (const auto plain = numeric_mark(grade)) return plain;
  const size_t open = grade.find('(');
  const size_t close = grade.find(')', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return std::nullopt;
  const std::string name = grade.substr(open + 1, close - open - 1);
  if (name.size() < 3 || std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
    return std::nullopt;
  return numeric_mark(grade.substr(0, open));
}

bool five_fails_on_these_marks(const std::vector<std::string>& grades) {
  int passing = 0, fives = 0;
  bool below_two = false;
  for (const auto& grade : grades) {
    const auto v = numeric_mark(grade);
    if (!v) continue;
    if (std::fabs(*v - 5.0) < 1e-9) {
      ++fives;
      continue;
    }
    if (*v < 1.0 || *v > 3.0) return false;
    ++passing;
    below_two = below_two || *v < 2.0;
  }
  return fives > 0 && below_two && fives * 3 <= passing;
}

std::optional<MarkScale> scale_of_marks(const std::vector<double>& marks, const std::vector<MarkScale>& scales) {
  if (marks.empty()) return std::nullopt;
  const double highest = *std::max_element(marks.begin(), marks.end());
  if (highest <= 5.0) return std::nullopt;
  for (const auto& scale : scales)
    if (highest <= scale.top) return scale;
  return std::nullopt;
}

MarkStatus numeric_mark_status(double mark, const std::vector<double>& marks, const std::vector<MarkScale>& scales,
                               std::optional<double> printed_pass_mark) {
  if (marks.empty()) return MarkStatus::passed;
  const double highest = *std::max_element(marks.begin(), marks.end());
  if (highest <= 5.0) return MarkStatus::passed;
  if (printed_pass_mark && *printed_pass_mark > 0 && *printed_pass_mark <= highest)
    return mark < *printed_pass_mark ? MarkStatus::failed : MarkStatus::passed;
  const auto scale = scale_of_marks(marks, scales);
  if (!scale) return MarkStatus::passed;
  if (mark < scale->fails_below) return MarkStatus::failed;
  if (mark >= scale->passes_from) return MarkStatus::passed;
  return MarkStatus::doubtful;
}

}  // namespace cc
