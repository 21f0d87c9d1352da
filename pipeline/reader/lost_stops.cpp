#include "pipeline/reader/lost_stops.h"

#include <algorithm>
#include <cstdlib>

namespace cc {
namespace {

// Shapes relative to the capitals' height h (the word's box: capitals stand on the baseline and
// reach the cap height). A full stop is 0.1-0.25 h across, round, on the baseline; it stands a
// hair after the letter, well within half a letter's height.
constexpr double kMinMark = 0.08, kMaxMark = 0.32;  // the mark's width and height
constexpr double kMaxMarkAspect = 2.5;              // longer side / shorter side: round, not a bar
constexpr double kLetterHeight = 0.6;               // a part at least this tall is a letter
constexpr double kBaselineTolerance = 0.15;         // the stop's bottom from the baseline
constexpr double kMaxReach = 0.5;                   // how far after the last letter the stop may stand
constexpr size_t kMinLetters = 2, kMaxLetters = 6;  // an abbreviation's length
constexpr int kMinHeight = 10;                      // pixels: smaller is too small to tell a stop from dust

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

// Two to six capitals, with or without the stops already read ("TMED", "T.MED", "QUIM").
bool capitals_abbreviation(const std::string& text) {
  if (text.empty() || !is_capital(text.front())) return false;
  size_t letters = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_capital(text[i])) {
      ++letters;
    } else if (text[i] != '.' || text[i - 1] == '.') {
      return false;
    }
  }
  return letters >= kMinLetters && letters <= kMaxLetters;
}

bool is_stop(const InkPart& m, int h, int baseline) {
  const int lo = std::min(m.width(), m.height()), hi = std::max(m.width(), m.height());
  if (lo < kMinMark * h || hi > kMaxMark * h || hi > kMaxMarkAspect * lo) return false;
  return std::abs(m.y1 - 1 - baseline) <= kBaselineTolerance * h;
}

// Where in `text` the n-th letter ends (the index after it).
size_t after_letter(const std::string& text, size_t n) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i)
    if (is_capital(text[i]) && ++seen == n) return i + 1;
  return text.size();
}

// A stop between two letters: the word's ink is one part per letter plus exactly one round mark
// on the baseline between two letters, touching neither.
std::string with_inner_stop(const std::vector<InkPart>& inside, const std::string& text, int h, int baseline) {
  std::vector<InkPart> letters, marks;
  for (const InkPart& p : inside) (p.height() >= kLetterHeight * h ? letters : marks).push_back(p);
  const size_t count = static_cast<size_t>(std::count_if(text.begin(), text.end(), is_capital));
  if (letters.size() != count || marks.size() != 1 || !is_stop(marks.front(), h, baseline)) return text;
  const InkPart& m = marks.front();
  size_t before = 0;
  while (before < letters.size() && letters[before].x1 <= m.x0) ++before;
  if (before == 0 || before == letters.size() || letters[before].x0 < m.x1) return text;
  const size_t at = after_letter(text, before);
  if (at < text.size() && text[at] == '.') return text;
  std::string out = text;
  out.insert(at, ".");
  return out;
}

bool is_small(char c) { return c >= 'a' && c <= 'z'; }

// A title word shortened to its first letters and printed with a final stop ("Chem.", "Sci.",
// "Biostat.", "Mgmt."): two to ten letters, some of them small, nothing else.
bool mixed_case_word(const std::string& text) {
  if (text.size() < kMinLetters || text.size() > 10) return false;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return is_capital(c) || is_small(c); })) return false;
  return std::any_of(text.begin(), text.end(), is_small);
}

// The final stop of a word in small letters. Its letters' heights differ (x-height, ascenders,
// descenders), so the baseline is the median bottom of its letter parts (few letters descend) and
// the height h the tallest of the parts standing on it (an ascender or a capital).
// Only a word with another word after it on its line (a title cell before the next column's value):
// a stop ending a line of prose is a sentence's, and a letter's evidence reads as the page printed
// it either way.
std::string with_final_stop(const InkParts& parts, const OcrWord& word, int next_left) {
  const int box_h = word.bottom - word.top;
  if (box_h < kMinHeight || next_left <= word.right) return word.text;
  const std::vector<InkPart> inside = parts.centred_in(word.left, word.top, word.right + 1, word.bottom + 1);
  std::vector<int> bottoms;
  int letters_right = word.left;
  for (const InkPart& p : inside) {
    if (p.height() < 0.4 * box_h) continue;
    bottoms.push_back(p.y1 - 1);
    letters_right = std::max(letters_right, p.x1 - 1);
  }
  if (bottoms.size() < 2) return word.text;
  std::nth_element(bottoms.begin(), bottoms.begin() + static_cast<long>(bottoms.size() / 2), bottoms.end());
  const int baseline = bottoms[bottoms.size() / 2];
  int h = 0;
  for (const InkPart& p : inside)
    if (p.height() >= 0.4 * box_h && std::abs(p.y1 - 1 - baseline) <= kBaselineTolerance * box_h) h = std::max(h, p.height());
  if (h < kMinHeight) return word.text;
  int limit = word.right + 1 + static_cast<int>(kMaxReach * h);
  if (next_left > word.right) limit = std::min(limit, next_left);
  const int below = baseline + 1 + static_cast<int>(kBaselineTolerance * h);
  const std::vector<InkPart> after = parts.centred_in(word.right + 1, baseline - h, limit, below);
  if (after.size() != 1 || after.front().x0 <= letters_right || !is_stop(after.front(), h, baseline)) return word.text;
  return word.text + ".";
}

}  // namespace

std::string with_lost_stops(const InkParts& parts, const OcrWord& word, int next_left) {
  if (mixed_case_word(word.text)) return with_final_stop(parts, word, next_left);
  if (!capitals_abbreviation(word.text)) return word.text;
  const int box_h = word.bottom - word.top;
  if (box_h < kMinHeight) return word.text;
  // The capitals' height and baseline from their ink: a Q's tail or a speck can stretch the box.
  const std::vector<InkPart> inside = parts.centred_in(word.left, word.top, word.right + 1, word.bottom + 1);
  std::vector<int> heights, bottoms;
  int letters_right = word.left;
  for (const InkPart& p : inside) {
    if (p.height() < kLetterHeight * box_h) continue;
    heights.push_back(p.height());
    bottoms.push_back(p.y1 - 1);
    letters_right = std::max(letters_right, p.x1 - 1);
  }
  if (heights.empty()) return word.text;
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  std::nth_element(bottoms.begin(), bottoms.begin() + static_cast<long>(bottoms.size() / 2), bottoms.end());
  const int h = heights[heights.size() / 2], baseline = bottoms[bottoms.size() / 2];
  if (h < kMinHeight) return word.text;
  std::string text = with_inner_stop(inside, word.text, h, baseline);
  if (text.back() == '.') return text;
  int limit = word.right + 1 + static_cast<int>(kMaxReach * h);
  if (next_left > word.right) limit = std::min(limit, next_left);
  const int below = baseline + 1 + static_cast<int>(kBaselineTolerance * h);
  const std::vector<InkPart> after = parts.centred_in(word.right + 1, baseline - h, limit, below);
  // Touching no letter (the box may reach past the last letter's ink by a pixel or two).
  if (after.size() != 1 || after.front().x0 <= letters_right || !is_stop(after.front(), h, baseline)) return text;
  return text + ".";
}

int put_back_lost_stops(const InkParts& parts, std::vector<OcrWord>& words) {
  int count = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    OcrWord& w = words[i];
    const int next_left = i + 1 < words.size() && words[i + 1].line == w.line ? words[i + 1].left : -1;
    std::string text = with_lost_stops(parts, w, next_left);
    if (text == w.text) continue;
    w.text = std::move(text);
    ++count;
  }
  return count;
}

}  // namespace cc
