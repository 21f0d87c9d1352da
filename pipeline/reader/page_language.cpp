#include "pipeline/reader/page_language.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace cc {
namespace {

// Function words that belong to one language only (shared ones such as "de", "a", "que", "por"
// tell nothing). Short, frequent, and printed in any document of the language: headings,
// institution names, certifying sentences, course titles.
struct Language {
  const char* model;
  std::array<std::string_view, 13> markers;
};

constexpr std::array<Language, 4> kLanguages = {{
    {"", {"the", "of", "and", "in", "to", "for", "with", "this", "that", "is", "has", "was", "by"}},
    {"spa", {"del", "los", "las", "el", "la", "y", "con", "una", "al", "se", "su", "en", "es"}},
    // Not "e": it is the Italian and Albanian "and" as well, the most frequent word of an Albanian
    // record, which was read again as Portuguese and lost its "ë" (round 14 scans).
    {"por", {"do", "da", "dos", "das", "em", "com", "uma", "ao", "na", "pela", "foi", "pelo", "pelas"}},
    // French pages have "la" and "en" too; read with the Spanish model, "à" came out "á", "ç" "c"
    // and "É" "E" (a Haitian relevé de notes, round 7).
    {"fra", {"et", "le", "les", "des", "du", "au", "aux", "une", "est", "pour", "sur", "dans", "par"}},
}};

// A page needs this many marker words of one language, and twice as many as of any other, before
// it is read again: a Spanish university name on an English transcript is not a Spanish page.
constexpr int kMinMarkers = 4;

std::string lower_letters(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (std::isalpha(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!out.empty()) break;  // "del," and "y:" count; "de/la" counts as "de"
  }
  return out;
}

// The index in kLanguages of the page's language, or -1 when none has enough marker words and
// twice as many as any other.
int dominant_language(const std::vector<std::string>& words) {
  std::array<int, kLanguages.size()> counts{};
  for (const auto& w : words) {
    const std::string word = lower_letters(w);
    if (word.empty()) continue;
    for (size_t i = 0; i < kLanguages.size(); ++i) {
      const auto& m = kLanguages[i].markers;
      if (std::find(m.begin(), m.end(), word) != m.end()) ++counts[i];
    }
  }
  const size_t best = static_cast<size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  if (counts[best] < kMinMarkers) return -1;
  for (size_t i = 0; i < counts.size(); ++i)
    if (i != best && counts[i] * 2 > counts[best]) return -1;
  return static_cast<int>(best);
}

}  // namespace

std::string page_language(const std::vector<std::string>& words) {
  const int best = dominant_language(words);
  return best < 0 ? "" : kLanguages[static_cast<size_t>(best)].model;
}

bool page_in_english(const std::vector<std::string>& words) { return dominant_language(words) == 0; }

}  // namespace cc
