#include "extractors/tables/caption_shapes.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

#include "core/regex.h"

namespace cc {
namespace {

std::string trimmed(std::string token) {
  const std::string punct = ":;,()[]-";
  while (!token.empty() && punct.find(token.back()) != std::string::npos) token.pop_back();
  while (!token.empty() && punct.find(token.front()) != std::string::npos) token.erase(token.begin());
  return token;
}

bool is_small_number(const std::string& token) {
  static const Regex number(R"((0?[1-9]|1[0-2])(st|nd|rd|th|er|re|e|eme|ème|º|ª|°|\.)?)", Regex::ECMAScript | Regex::icase);
  static const Regex roman(R"((I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?)");
  return std::regex_match(token, number) || std::regex_match(token, roman);
}

// Letters of any script: ASCII letters, and every byte of a UTF-8 sequence (Armenian, Cyrillic...).
size_t letters_in(const std::string& token) {
  return static_cast<size_t>(std::count_if(token.begin(), token.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalpha(u) || u >= 0x80;
  }));
}

bool has_digit(const std::string& token) {
  return std::any_of(token.begin(), token.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

bool has_caption_shape(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> tokens;
  for (std::string t; in >> t;) {
    t = trimmed(t);
    if (!t.empty()) tokens.push_back(t);
  }
  if (tokens.size() < 2 || tokens.size() > 4) return false;
  size_t numbers = 0, words = 0, ranges = 0;
  // The academic year a numbered year of study ran in (`VITI I PARË (2022-2023)`, `Year 2
  // 2019/20`): one range of calendar years may follow the caption's number.
  static const Regex year_range(R"((19|20)\d\d\s*[-/]\s*((19|20)\d\d|\d\d))");
  for (const auto& t : tokens) {
    if (is_small_number(t)) {
      ++numbers;
      continue;
    }
    if (ranges == 0 && std::regex_match(t, year_range)) {
      ++ranges;
      continue;
    }
    if (has_digit(t) || t.back() == '.') return false;
    words += letters_in(t) >= 3;
  }
  return numbers == 1 && words >= 1;
}

}  // namespace cc
