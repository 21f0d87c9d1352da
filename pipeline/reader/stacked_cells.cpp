#include "pipeline/reader/stacked_cells.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace cc {
namespace {

// A word at least this many times its line's median word height spans more than one printed line.
constexpr double kTallInLineHeights = 1.6;
// Only words Tesseract was unsure of: a tall word read with confidence (a large initial, a bracket
// around two lines) is left as read.
constexpr float kUnsureBelow = 0.7f;
// A line needs this many words for its median height to say what "one line" is.
constexpr size_t kMinWordsInLine = 3;
// The second reading is kept when its words are this much surer on average, and sure in absolute terms.
constexpr double kMinGain = 0.15;
constexpr double kMinConfidence = 0.75;
// The lower lines of a cell read again are numbered just after their row's line (a fraction of a
// line, so no other line comes between; lines are renumbered at the end).
constexpr double kLowerLineStep = 0.001;

// The lower median: a line of four words, two of them stacked cells, is as tall as the other two.
double lower_median(std::vector<double> v) {
  const size_t k = (v.size() - 1) / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

struct Run {
  size_t first = 0, last = 0;  // indices into the words, inclusive
  int left = 0, top = 0, right = 0, bottom = 0;
};

bool has_digit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The runs of adjacent tall unsure words of the line made of words[begin, end), in a line of
// labels only: a line holding a figure is a row of content, where a word two lines tall is a cell
// spanning rows (a unit's name beside its courses) or a stamp across them, not a stacked label.
std::vector<Run> tall_runs(const std::vector<OcrWord>& words, size_t begin, size_t end) {
  std::vector<Run> runs;
  if (end - begin < kMinWordsInLine) return runs;
  for (size_t i = begin; i < end; ++i)
    if (has_digit(words[i].text)) return runs;
  std::vector<double> heights;
  for (size_t i = begin; i < end; ++i) heights.push_back(words[i].bottom - words[i].top);
  const double line_height = lower_median(heights);
  if (line_height <= 0) return runs;
  auto is_tall = [&](const OcrWord& w) {
    return w.bottom - w.top >= kTallInLineHeights * line_height && w.confidence < kUnsureBelow;
  };
  for (size_t i = begin; i < end; ++i) {
    if (!is_tall(words[i])) continue;
    const bool joins = !runs.empty() && runs.back().last + 1 == i && words[i].left - runs.back().right < line_height;
    if (joins) {
      Run& r = runs.back();
      r.last = i;
      r.left = std::min(r.left, words[i].left);
      r.top = std::min(r.top, words[i].top);
      r.right = std::max(r.right, words[i].right);
      r.bottom = std::max(r.bottom, words[i].bottom);
      continue;
    }
    runs.push_back({i, i, words[i].left, words[i].top, words[i].right, words[i].bottom});
  }
  // Every tall word of a run that holds the whole line is no stacked cell: the line itself is tall.
  if (!runs.empty() && runs.front().first == begin && runs.front().last + 1 == end) runs.clear();
  // The box read again: a little margin above and below, never into the neighbouring words.
  const int margin = static_cast<int>(std::lround(0.3 * line_height));
  for (Run& r : runs) {
    const int before = r.first > begin ? words[r.first - 1].right + 1 : r.left - margin;
    const int after = r.last + 1 < end ? words[r.last + 1].left - 1 : r.right + margin;
    r.left = std::max(before, r.left - margin);
    r.right = std::min(after, r.right + margin);
    r.top -= margin;
    r.bottom += margin;
  }
  return runs;
}

double mean_confidence(const std::vector<OcrWord>& words, size_t first, size_t last) {
  double sum = 0;
  for (size_t i = first; i <= last; ++i) sum += words[i].confidence;
  return sum / static_cast<double>(last - first + 1);
}

// The words of `run`'s box read again, in the page's pixels; empty unless the box holds no word of
// another line (its reading would repeat them, cut), and the reading holds two stacked lines or
// more and is surer than the words it replaces.
std::vector<OcrWord> read_again(Pix* page, const ReadPart& read, const std::vector<OcrWord>& words, const Run& run) {
  const int x0 = std::max(0, run.left), y0 = std::max(0, run.top);
  const int x1 = std::min(static_cast<int>(pixGetWidth(page)), run.right);
  const int y1 = std::min(static_cast<int>(pixGetHeight(page)), run.bottom);
  if (x1 - x0 < 4 || y1 - y0 < 4) return {};
  const int line = words[run.first].line;
  for (const OcrWord& w : words)
    if (w.line != line && w.left < x1 && w.right > x0 && w.top < y1 && w.bottom > y0) return {};
  ::Box* box = boxCreate(x0, y0, x1 - x0, y1 - y0);
  PixPtr part(pixClipRectangle(page, box, nullptr));
  boxDestroy(&box);
  if (!part) return {};
  auto again = read(part.get());
  if (!again || again->empty()) return {};
  std::vector<OcrWord> out;
  int lines = 0, last_line = -1;
  double sum = 0;
  for (OcrWord w : *again) {
    if (w.text.empty()) continue;
    if (w.line != last_line) ++lines;
    last_line = w.line;
    sum += w.confidence;
    w.left += x0;
    w.right += x0;
    w.top += y0;
    w.bottom += y0;
    out.push_back(std::move(w));
  }
  if (lines < 2) return {};
  const double mean = sum / static_cast<double>(out.size());
  if (mean < kMinConfidence || mean < mean_confidence(words, run.first, run.last) + kMinGain) return {};
  return out;
}

}  // namespace

int reread_stacked_cells(Pix* page, const ReadPart& read, std::vector<OcrWord>& words) {
  if (!page || words.empty()) return 0;
  // Each word's place in reading order: its line, and for a cell's lower lines, lines of their own
  // right after the row's (see the header).
  std::vector<std::pair<double, OcrWord>> keyed;
  keyed.reserve(words.size());
  int replaced = 0;
  size_t begin = 0;
  while (begin < words.size()) {
    size_t end = begin;
    while (end < words.size() && words[end].line == words[begin].line) ++end;
    const std::vector<Run> runs = tall_runs(words, begin, end);
    size_t next_run = 0;
    for (size_t i = begin; i < end; ++i) {
      const double line = words[i].line;
      if (next_run < runs.size() && runs[next_run].first == i) {
        const Run& run = runs[next_run++];
        std::vector<OcrWord> again = read_again(page, read, words, run);
        if (!again.empty()) {
          const int top_line = again.front().line;
          for (OcrWord& w : again) keyed.emplace_back(line + kLowerLineStep * (w.line - top_line), std::move(w));
          ++replaced;
          i = run.last;
          continue;
        }
      }
      keyed.emplace_back(line, words[i]);
    }
    begin = end;
  }
  if (replaced == 0) return 0;
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  words.clear();
  int line = -1;
  double last_key = -1e18;
  for (auto& [key, w] : keyed) {
    if (key != last_key) ++line;
    last_key = key;
    w.line = line;
    words.push_back(std::move(w));
  }
  return replaced;
}

}  // namespace cc
