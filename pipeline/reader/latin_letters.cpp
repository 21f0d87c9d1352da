#include "pipeline/reader/latin_letters.h"

#include <array>
#include <string_view>

namespace cc {
namespace {

// A page needs this many words showing a letter the model lacks, and this share of its words of
// two Latin letters or more. Measured on the English readings of rounds 9-14's scans: Croatian,
// Albanian, Lithuanian, Hungarian and Azerbaijani pages 3-30% (a one-page letter 3-8 words); pages
// of scripts no model reads (Lao, Armenian, Arabic) and English pages with a French name 2 words
// at most, under 1%.
constexpr int kMinWords = 3;
constexpr double kMinShare = 0.03;

bool is_latin_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// UTF-8 of the English model's one accented letter, and of the symbols it reads for letters it
// does not know when they stand inside a word (after a letter): cent, pound, yen, section,
// copyright, registered, degree, euro, dollar.
constexpr std::string_view kAccentedE = "\xC3\xA9";
constexpr std::array<std::string_view, 9> kSymbolsForLetters = {
    "\xC2\xA2", "\xC2\xA3", "\xC2\xA5", "\xC2\xA7", "\xC2\xA9", "\xC2\xAE", "\xC2\xB0", "\xE2\x82\xAC", "$"};

int latin_letters_in(std::string_view word) {
  int n = 0;
  for (char c : word) n += is_latin_letter(c);
  return n;
}

// "pérgjithshme", "Grgi¢", "sveuili$ni": a word with a letter the model lacks read in its place.
bool shows_missing_letter(std::string_view word) {
  if (word.find(kAccentedE) != std::string_view::npos) return true;
  for (std::string_view symbol : kSymbolsForLetters)
    for (size_t at = word.find(symbol); at != std::string_view::npos; at = word.find(symbol, at + 1))
      if (at > 0 && is_latin_letter(word[at - 1])) return true;  // "$20" is money, "Juri€" a letter
  return false;
}

}  // namespace

std::string latin_letters_model(const std::vector<std::string>& words) {
  int counted = 0, missing = 0;
  for (const auto& w : words) {
    if (latin_letters_in(w) < 2) continue;
    ++counted;
    missing += shows_missing_letter(w);
  }
  if (missing < kMinWords || missing < kMinShare * counted) return "";
  return "Latin";
}

}  // namespace cc
