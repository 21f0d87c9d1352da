#include "tools/text_accuracy.h"

#include <algorithm>
#include <limits>

namespace cc {
namespace {

constexpr char32_t kUsed = 0x1;  // marks OCR characters already matched to a printed line

std::u32string decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    char32_t cp = extra == 0 ? c : (c & (0x3f >> extra));
    ++i;
    for (int k = 0; k < extra && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3f);
    out.push_back(cp);
  }
  return out;
}

// Collapses runs of white space to one space and trims.
std::u32string normalise(const std::string& s) {
  std::u32string out;
  for (char32_t c : decode(s)) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xa0;
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Match {
  size_t cost, start, end;
};

// Best alignment of `pattern` against any substring of `text` (free start and end in text).
Match best_substring(const std::u32string& pattern, const std::u32string& text) {
  const size_t m = pattern.size(), n = text.size();
  std::vector<size_t> prev(n + 1, 0), cur(n + 1), prev_start(n + 1), cur_start(n + 1);
  for (size_t j = 0; j <= n; ++j) prev_start[j] = j;
  for (size_t i = 1; i <= m; ++i) {
    cur[0] = i;
    cur_start[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
      const bool usable = text[j - 1] != kUsed;
      size_t best = prev[j] + 1, start = prev_start[j];                       // pattern char deleted
      if (cur[j - 1] + 1 < best) { best = cur[j - 1] + 1; start = cur_start[j - 1]; }  // text char inserted
      const size_t diag = prev[j - 1] + ((usable && pattern[i - 1] == text[j - 1]) ? 0 : 1);
      if (diag < best) { best = diag; start = prev_start[j - 1]; }
      cur[j] = best;
      cur_start[j] = start;
    }
    std::swap(prev, cur);
    std::swap(prev_start, cur_start);
  }
  Match m_best{std::numeric_limits<size_t>::max(), 0, 0};
  for (size_t j = 0; j <= n; ++j)
    if (prev[j] <= m_best.cost) m_best = {prev[j], prev_start[j], j};  // ties: consume more
  return m_best;
}

}  // namespace

namespace {

struct Placement {
  size_t cost;
  std::vector<std::pair<size_t, Match>> spans;  // (ocr line, matched span)
};

Placement best_placement(const std::u32string& line, const std::vector<std::u32string>& ocr) {
  Placement p{line.size(), {}};  // no match: every character missed
  for (size_t k = 0; k < ocr.size(); ++k) {
    const Match m = best_substring(line, ocr[k]);
    if (m.cost < p.cost) p = {m.cost, {{k, m}}};
  }
  return p;
}

// A printed line may come out of OCR as several lines (a heading read as two blocks): when the
// whole line fits badly, it is also tried in two pieces split at a space, and the better kept.
Placement place(const std::u32string& line, const std::vector<std::u32string>& ocr, int depth) {
  Placement whole = best_placement(line, ocr);
  if (depth == 0 || whole.cost * 10 < line.size()) return whole;
  for (size_t i = 1; i + 1 < line.size(); ++i) {
    if (line[i] != ' ') continue;
    Placement left = place(line.substr(0, i), ocr, depth - 1);
    Placement right = place(line.substr(i + 1), ocr, depth - 1);
    // Two pieces that claim overlapping text of the same OCR line would count it twice.
    bool overlap = false;
    for (const auto& [k1, a] : left.spans)
      for (const auto& [k2, b] : right.spans) overlap |= k1 == k2 && a.start < b.end && b.start < a.end;
    if (!overlap && left.cost + right.cost < whole.cost) {
      whole.cost = left.cost + right.cost;  // the space between the pieces became a line break
      whole.spans = left.spans;
      whole.spans.insert(whole.spans.end(), right.spans.begin(), right.spans.end());
    }
  }
  return whole;
}

}  // namespace

AccuracyCount flexible_character_errors(const std::vector<std::string>& printed_lines, const std::vector<std::string>& ocr_lines) {
  std::vector<std::u32string> printed, ocr;
  for (const auto& l : printed_lines)
    if (auto n = normalise(l); !n.empty()) printed.push_back(std::move(n));
  for (const auto& l : ocr_lines)
    if (auto n = normalise(l); !n.empty()) ocr.push_back(std::move(n));
  std::sort(printed.begin(), printed.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });

  AccuracyCount count;
  for (const auto& line : printed) {
    count.reference += line.size();
    const Placement p = place(line, ocr, 2);
    count.errors += p.cost;
    for (const auto& [k, m] : p.spans)
      for (size_t j = m.start; j < m.end; ++j) ocr[k][j] = kUsed;
  }
  for (const auto& l : ocr)
    for (char32_t c : l) count.errors += c != kUsed && c != ' ';
  return count;
}

AccuracyCount strict_character_errors(const std::string& printed, const std::string& ocr) {
  const std::u32string a = normalise(printed), b = normalise(ocr);
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return {prev[b.size()], a.size()};
}

}  // namespace cc
