#include "extractors/coursework/credit_points.h"

#include <cctype>
#include <map>

#include "core/regex.h"

namespace cc {
namespace {

// A column has a style when this many numbers show it, and this share of its numbers.
constexpr int kMinStyledCells = 4;
constexpr double kMinStyledShare = 0.75;

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Marks that are no part of a number and that OCR puts before or after one: a rule's speck, a dash,
// a quote, a degree sign.
bool is_speck(unsigned char c) {
  // Bytes of 0x80 and up are the parts of a non-ASCII mark ("—", "«", "‘").
  return c == '/' || c == '\\' || c == '~' || c == '=' || c == '\'' || c == '"' || c == '`' || c == '-' ||
         c == '_' || c == ':' || c >= 0x80;
}

}  // namespace

int printed_decimals(const std::vector<std::string>& cells) {
  static const Regex decimal(R"(^\d{1,2}\.(\d{1,3})$)");
  static const Regex whole(R"(^\d{1,3}$)");
  std::map<int, int> by_decimals;
  int numbers = 0;
  for (const auto& cell : cells) {
    const std::string s = trimmed(cell);
    std::smatch m;
    if (std::regex_match(s, m, decimal)) {
      ++by_decimals[static_cast<int>(m[1].length())];
      ++numbers;
    } else if (std::regex_match(s, whole)) {
      ++numbers;
    }
  }
  for (const auto& [decimals, n] : by_decimals)
    if (n >= kMinStyledCells && n >= kMinStyledShare * numbers) return decimals;
  return 0;
}

std::optional<std::string> credits_in_column_style(const std::string& cell, int decimals) {
  std::string s = trimmed(cell);
  size_t lead = 0;
  while (lead < s.size() && (is_speck(static_cast<unsigned char>(s[lead])) || s[lead] == ' ')) ++lead;
  // And after it ("3°", "3'": a rule's speck or a stroke of the next column's ink read into the cell).
  size_t end = s.size();
  while (end > lead && (is_speck(static_cast<unsigned char>(s[end - 1])) || s[end - 1] == ' ')) --end;
  const bool had_specks = (lead > 0 || end < s.size()) && lead < end && std::isdigit(static_cast<unsigned char>(s[lead])) &&
                          std::isdigit(static_cast<unsigned char>(s[end - 1]));
  if (had_specks) s = s.substr(lead, end - lead);
  if (decimals > 0) {
    const auto k = static_cast<size_t>(decimals);
    if (all_digits(s) && s.size() == 1 + k) return s.substr(0, 1) + "." + s.substr(1);
    const auto comma = s.find(',');
    if (comma != std::string::npos && comma > 0 && s.size() - comma - 1 == k && all_digits(s.substr(0, comma)) &&
        all_digits(s.substr(comma + 1)))
      return s.substr(0, comma) + "." + s.substr(comma + 1);
  }
  static const Regex number(R"(^\d{1,2}(\.\d{1,3})?$)");
  if (had_specks && std::regex_match(s, number)) return s;
  return std::nullopt;
}

}  // namespace cc
