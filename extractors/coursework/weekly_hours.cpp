#include "extractors/coursework/weekly_hours.h"

#include <cmath>

#include "core/regex.h"
#include "core/text.h"
#include "extractors/coursework/coursework_fields.h"

namespace cc {

bool names_practical_hours(const std::string& label) {
  static const Regex practical(R"(pract|prac\b|\blab|\bp\b|\btp\b|travaux\s+pratiques|pr(a|á)ctic)", Regex::ECMAScript | Regex::icase);
  return std::regex_search(fold_latin(label), practical);
}

std::optional<double> credits_from_weekly_hours(const std::vector<std::pair<std::string, std::string>>& hours) {
  if (hours.size() < 2) return std::nullopt;
  double credits = 0, total = 0;
  bool practical = false, lecture = false;
  for (const auto& [label, cell] : hours) {
    const auto value = read_number(cell);
    if (!value || *value < 0 || *value > 12 || std::fmod(*value * 2, 1.0) != 0) return std::nullopt;
    const bool is_practical = names_practical_hours(label);
    practical = practical || is_practical;
    lecture = lecture || !is_practical;
    credits += is_practical ? *value / 2 : *value;
    total += *value;
  }
  if (!practical || !lecture || total <= 0) return std::nullopt;
  return credits;
}

}  // namespace cc
