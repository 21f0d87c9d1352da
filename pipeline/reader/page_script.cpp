#include "pipeline/reader/page_script.h"

#include <cctype>
#include <string_view>
#include <utility>

namespace cc {
namespace {

// Only words of this many Latin letters count (after stripping punctuation): short words and
// initials tell nothing.
constexpr size_t kMinLetters = 4;

// At least this many words of a page, and this share of its counted words, have a capital after
// a small letter. Measured on the English readings of rounds 9-11's scans: Cyrillic pages
// 0.20-0.54 (a bilingual supplement, half English, 0.20), Latin pages at most 0.03; an Armenian
// page, another script, 0.11 (its second reading would be kept only if better, below).
constexpr int kMinCamelWords = 4;
constexpr double kMinCamelShare = 0.15;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// The word without the punctuation around it, when what is left is Latin letters only.
std::string_view letters_only(std::string_view word) {
  while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
  while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
  for (char c : word)
    if (!is_upper(c) && !is_lower(c)) return {};
  return word;
}

bool capital_after_small(std::string_view word) {
  for (size_t i = 1; i < word.size(); ++i)
    if (is_lower(word[i - 1]) && is_upper(word[i])) return true;
  return false;
}

}  // namespace

std::string page_script_model(const std::vector<std::string>& words) {
  int counted = 0, camel = 0;
  for (const auto& w : words) {
    const std::string_view letters = letters_only(w);
    if (letters.size() < kMinLetters) continue;
    ++counted;
    camel += capital_after_small(letters);
  }
  if (camel < kMinCamelWords || camel < kMinCamelShare * counted) return "";
  return "eng+Cyrillic";
}

namespace {

// Latin letters and the Cyrillic letters (UTF-8) of the same shape.
constexpr std::pair<char, std::string_view> kTwins[] = {
    {'A', "\u0410"}, {'B', "\u0412"}, {'C', "\u0421"}, {'E', "\u0415"}, {'H', "\u041D"}, {'K', "\u041A"},
    {'M', "\u041C"}, {'O', "\u041E"}, {'P', "\u0420"}, {'T', "\u0422"}, {'X', "\u0425"}, {'a', "\u0430"},
    {'c', "\u0441"}, {'e', "\u0435"}, {'o', "\u043E"}, {'p', "\u0440"}, {'x', "\u0445"}, {'y', "\u0443"},
};

std::string_view cyrillic_twin(char c) {
  for (const auto& [latin, cyrillic] : kTwins)
    if (latin == c) return cyrillic;
  return {};
}

// U+0400-U+04FF: two bytes, the first 0xD0-0xD3.
bool cyrillic_lead(unsigned char c) { return c >= 0xD0 && c <= 0xD3; }

}  // namespace

std::string cyrillic_twins_in_cyrillic_word(const std::string& word) {
  int cyrillic = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (cyrillic_lead(c) && i + 1 < word.size()) {
      ++cyrillic;
      ++i;
    } else if ((is_upper(word[i]) || is_lower(word[i])) && cyrillic_twin(word[i]).empty()) {
      return word;  // a Latin letter with no Cyrillic twin: a Latin word, or one of mixed script
    }
  }
  if (cyrillic < 2) return word;
  std::string out;
  out.reserve(word.size() + 4);
  for (char c : word) {
    const std::string_view twin = cyrillic_twin(c);
    if (twin.empty()) out += c;
    else out += twin;
  }
  return out;
}

namespace {

// Cyrillic capitals of a Roman numeral's shape, and the Latin letters they stand for.
constexpr std::pair<std::string_view, std::string_view> kRomanShapes[] = {
    {"\u0406", "I"}, {"\u04C0", "I"}, {"\u041F", "II"}, {"\u0428", "III"}, {"\u0423", "V"}, {"\u0425", "X"},
};

constexpr std::string_view kRomanNumerals[] = {"I",   "II",   "III", "IV",  "V",    "VI",  "VII",
                                               "VIII", "IX",  "X",   "XI",  "XII", "XIII", "XIV",
                                               "XV",   "XVI", "XVII", "XVIII", "XIX", "XX"};

}  // namespace

std::string roman_numeral_read_as_cyrillic(const std::string& word) {
  // "У" standing alone is the preposition "in" of Serbian, Russian, Ukrainian and Belarusian
  // ("Универзитет у Смедереву" read in capitals): never the numeral V. "(У)" or "У." still is.
  if (word == "\u0423") return word;
  size_t begin = 0, end = word.size();
  while (begin < end && std::ispunct(static_cast<unsigned char>(word[begin]))) ++begin;
  while (end > begin && std::ispunct(static_cast<unsigned char>(word[end - 1]))) --end;
  std::string latin;
  bool cyrillic = false;
  for (size_t i = begin; i < end;) {
    const char c = word[i];
    if (c == 'I' || c == 'V' || c == 'X') {
      latin += c;
      ++i;
      continue;
    }
    bool matched = false;
    for (const auto& [shape, letters] : kRomanShapes) {
      if (word.compare(i, shape.size(), shape) != 0) continue;
      latin += letters;
      i += shape.size();
      matched = cyrillic = true;
      break;
    }
    if (!matched) return word;
  }
  if (!cyrillic) return word;
  for (std::string_view numeral : kRomanNumerals)
    if (latin == numeral) return word.substr(0, begin) + latin + word.substr(end);
  return word;
}

}  // namespace cc
