#include "pipeline/reader/garbled_phrases.h"

#include <algorithm>
#include <map>

namespace cc {
namespace {

// A gap wider than this many word heights (the line's median) ends a phrase: word spaces are a
// quarter to a third of it, the space between a word in another script and its translation about
// three quarters (Lao over English, round 10).
constexpr double kPhraseGapInHeights = 0.5;
// The garbage stands this close to the phrase it is glued to; further is another column's cell.
constexpr double kMaxGlueGapInHeights = 1.5;
// The phrase beside it is read well: text, not a second piece of noise.
constexpr double kReadWell = 0.7;
// At most this many words: a whole clause read badly is a hard line, not a picture beside text.
constexpr size_t kMaxGarbledWords = 2;

struct Phrase {
  std::vector<size_t> words;  // indices into the page's words
  int left = 0, right = 0;
  double confidence = 0;
  bool has_figure = false;
};

bool has_figure(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A single letter or a Roman numeral ends a title ("Bioquímica I", "Chemistry II") or is a grade
// in a narrow column: data read badly, never taken for garbage.
bool numeral_or_letter(const std::string& s) {
  if (s.size() <= 1) return true;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'l'; });
}

// The phrases of one line, left to right; `height` gets the line's median word height.
std::vector<Phrase> phrases_of_line(const std::vector<OcrWord>& words, std::vector<size_t> line, double& height) {
  std::sort(line.begin(), line.end(), [&](size_t a, size_t b) { return words[a].left < words[b].left; });
  std::vector<int> heights;
  for (size_t i : line) heights.push_back(words[i].bottom - words[i].top);
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  height = std::max(1, heights[heights.size() / 2]);
  std::vector<Phrase> out;
  for (size_t i : line) {
    const OcrWord& w = words[i];
    if (out.empty() || w.left - out.back().right > kPhraseGapInHeights * height) out.push_back({{}, w.left, w.right, 0, false});
    Phrase& p = out.back();
    p.words.push_back(i);
    p.right = std::max(p.right, w.right);
    p.confidence += w.confidence;
    p.has_figure = p.has_figure || has_figure(w.text) || numeral_or_letter(w.text);
  }
  for (Phrase& p : out) p.confidence /= static_cast<double>(p.words.size());
  return out;
}

}  // namespace

int drop_garbled_phrases(std::vector<OcrWord>& words, const std::vector<bool>& keep, double min_confidence) {
  std::map<int, std::vector<size_t>> lines;
  for (size_t i = 0; i < words.size(); ++i) lines[words[i].line].push_back(i);
  std::vector<bool> drop(words.size(), false);
  int dropped = 0;
  for (const auto& [line, members] : lines) {
    if (members.size() < 2) continue;
    double height = 1;
    const std::vector<Phrase> phrases = phrases_of_line(words, members, height);
    const double glue = kMaxGlueGapInHeights * height;
    for (size_t k = 0; k < phrases.size(); ++k) {
      const Phrase& p = phrases[k];
      if (p.confidence >= min_confidence || p.has_figure || p.words.size() > kMaxGarbledWords) continue;
      const bool glued_before = k > 0 && phrases[k - 1].confidence >= kReadWell && p.left - phrases[k - 1].right <= glue;
      const bool glued_after = k + 1 < phrases.size() && phrases[k + 1].confidence >= kReadWell && phrases[k + 1].left - p.right <= glue;
      if (!glued_before && !glued_after) continue;
      if (std::any_of(p.words.begin(), p.words.end(), [&](size_t i) { return i < keep.size() && keep[i]; })) continue;
      for (size_t i : p.words) drop[i] = true;
      dropped += static_cast<int>(p.words.size());
    }
  }
  if (dropped == 0) return 0;
  size_t at = 0;
  std::erase_if(words, [&](const OcrWord&) { return drop[at++]; });
  return dropped;
}

}  // namespace cc
