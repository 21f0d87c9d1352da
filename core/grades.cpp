#include "core/grades.h"

#include <cctype>
#include <cmath>
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

}  // namespace cc
