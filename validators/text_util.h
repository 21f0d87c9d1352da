// Small text helpers shared by the validator files: fixed-point numbers for details and listings,
// membership tests; joining lists is core/text.h's join.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/text.h"  // join

namespace cc {

inline bool contains(const std::vector<std::string>& items, const std::string& value) {
  return std::find(items.begin(), items.end(), value) != items.end();
}

// `value` with `decimals` digits, never rounded up past a threshold it does not reach
// (35.996 FTE months prints as 35.99, not 36.00).
inline std::string fixed_down(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double floored = std::floor(value * scale + 1e-6) / scale;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, floored);
  return buffer;
}

// A number as people write it: 36, 0.8, 16.5 (up to 4 decimals, trailing zeros dropped).
inline std::string plain_number(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

}  // namespace cc
