#include "extractors/tables/table_rows.h"

#include "extractors/tables/font_boxes.h"
#include "extractors/tables/slanted_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numbers>
#include <unordered_set>

namespace cc {
namespace {

double median_height(const std::vector<const Word*>& words) {
  if (words.empty()) return 0;
  std::vector<double> h;
  h.reserve(words.size());
  for (const Word* w : words) h.push_back(w->box.height());
  std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

struct OpenRow {
  std::vector<const Word*> words;
  double centre_sum = 0;
  double centre() const { return centre_sum / static_cast<double>(words.size()); }
};

bool shares_line(const OpenRow& row, const Word& w) {
  return std::any_of(row.words.begin(), row.words.end(), [&](const Word* o) { return o->line == w.line; });
}

}  // namespace

std::string join_words(const std::vector<const Word*>& words) {
  std::string s;
  for (const Word* w : words) {
    if (!s.empty()) s += ' ';
    s += w->text;
  }
  return s;
}

double min_confidence(const std::vector<const Word*>& words) {
  double c = 1.0;
  for (const Word* w : words) c = std::min(c, static_cast<double>(w->confidence));
  return c;
}

TableRow make_row(std::vector<const Word*> words) {
  TableRow row;
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  row.words = std::move(words);
  if (row.words.empty()) return row;
  row.box = row.words.front()->box;
  for (const Word* w : row.words) {
    row.box.x0 = std::min(row.box.x0, w->box.x0);
    row.box.y0 = std::min(row.box.y0, w->box.y0);
    row.box.x1 = std::max(row.box.x1, w->box.x1);
    row.box.y1 = std::max(row.box.y1, w->box.y1);
  }
  row.word_height = median_height(row.words);
  return row;
}

std::vector<TableRow> cluster_rows(std::vector<const Word*> words) {
  std::vector<TableRow> out;
  if (words.empty()) return out;
  const double height = std::max(1.0, median_height(words));
  const double tight = 0.45 * height, loose = 0.7 * height;
  std::sort(words.begin(), words.end(),
            [](const Word* a, const Word* b) { return a->box.center_y() < b->box.center_y(); });
  std::vector<OpenRow> rows;
  for (const Word* w : words) {
    OpenRow* best = nullptr;
    double best_dy = 1e9;
    // Only the last few rows can still be within reach: words come sorted by centre.
    for (auto it = rows.rbegin(); it != rows.rend() && it - rows.rbegin() < 4; ++it) {
      const double dy = std::fabs(it->centre() - w->box.center_y());
      const bool near = dy <= tight || (dy <= loose && shares_line(*it, *w));
      if (!near || dy >= best_dy) continue;
      best = &*it;
      best_dy = dy;
    }
    if (!best) {
      rows.emplace_back();
      best = &rows.back();
    }
    best->words.push_back(w);
    best->centre_sum += w->box.center_y();
  }
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(make_row(std::move(r.words)));
  std::sort(out.begin(), out.end(),
            [](const TableRow& a, const TableRow& b) { return a.box.center_y() < b.box.center_y(); });
  return out;
}

namespace {

bool has_alnum(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

// One character (one UTF-8 code point).
bool is_single_character(const Word* w) {
  const std::string& t = w->text;
  if (t.size() == 1) return true;
  if (t.empty() || static_cast<unsigned char>(t[0]) < 0xc0 || t.size() > 4) return false;
  return std::all_of(t.begin() + 1, t.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) == 0x80; });
}

// Taller than wide and taller than a line: a word standing on its side (narrow upright words such
// as "II:" or "1" are taller than wide too, but no taller than their line).
bool is_on_its_side(const Word* w, double usual_height) {
  return w->text.size() >= 3 && has_alnum(w->text) && w->box.height() > 1.5 * w->box.width() &&
         w->box.height() > 1.3 * usual_height;
}

// Leaders: a run of three or more dots, middle dots, ellipses or underscores and nothing else
// (`.............`). Typed and typeset lists lead the eye from a title to the values at the right
// of its line with them; they are ink in the gutter between two cells, never a value, and left
// in they fill the white gaps columns are found from.
bool is_leader(const std::string& text) {
  size_t marks = 0;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '.' || text[i] == '_') {
      ++marks;
      ++i;
    } else if (text.compare(i, 3, "\xe2\x80\xa6") == 0) {  // ellipsis: three dots
      marks += 3;
      i += 3;
    } else if (text.compare(i, 2, "\xc2\xb7") == 0) {  // middle dot
      ++marks;
      i += 2;
    } else {
      return false;
    }
  }
  return marks >= 3;
}

// The words of `row` off its baseline (see set_aside_strays); all of them for an arc of letters.
std::vector<const Word*> strays_of(const TableRow& row) {
  std::vector<const Word*> out;
  const auto& ws = row.words;
  const size_t singles = static_cast<size_t>(std::count_if(ws.begin(), ws.end(), is_single_character));
  if (ws.size() >= 3 && singles * 10 >= ws.size() * 6) {
    double lo = 1e18, hi = -1e18;
    for (const Word* w : ws) {
      lo = std::min(lo, w->box.y1);
      hi = std::max(hi, w->box.y1);
    }
    if (hi - lo > 0.5 * row.word_height) return ws;
  }
  return out;
}


// A word OCR made of a table's ruling: only bars and brackets ("|", "[", "}", "{|"), the vertical
// lines between cells read as characters. Text never holds a bracket alone.
bool is_ruling(const std::string& text) {
  return !text.empty() && text.find_first_not_of("|[]{}") == std::string::npos;
}

// Up to three characters (UTF-8 code points).
bool is_short(const Word* w) {
  size_t n = 0;
  for (unsigned char c : w->text) n += (c & 0xc0) != 0x80;
  return n <= 3;
}

// True when some other word shares a line with `w`, not too far along it (25 of its heights): one
// of about its size (0.8-1.25) with its top or bottom edge within 0.08 of its height, or a longer
// one (four characters or more) of any size with its middle there (a cell in another font centred
// in the row). Letters set along an arc (a seal) have none but their arc neighbours, which differ
// in size as they turn and sit off each other where the arc bends. A text layer sets the words of
// one line in one font with the very same top and bottom: a longer word (four characters or more)
// with exactly its box's top and bottom is a mate at any distance ("Iš viso / Total:" at the left
// of a line, its "180" under the credits at the right, S112). Two letters of a seal share that
// only with each other.
bool has_line_mate(const Word* w, const std::vector<const Word*>& by_top) {
  const double h = std::max(1.0, w->box.height()), reach = 25 * h;
  auto it = std::lower_bound(by_top.begin(), by_top.end(), w->box.y0 - 3 * h,
                             [](const Word* a, double y) { return a->box.y0 < y; });
  for (; it != by_top.end() && (*it)->box.y0 <= w->box.y0 + h; ++it) {
    const Word* o = *it;
    if (o == w) continue;
    if (!is_short(o) && std::fabs(o->box.y0 - w->box.y0) < 0.01 && std::fabs(o->box.y1 - w->box.y1) < 0.01) return true;
    if (o->box.x0 > w->box.x1 + reach || o->box.x1 < w->box.x0 - reach) continue;
    if (!is_short(o) && std::fabs(o->box.center_y() - w->box.center_y()) <= 0.08 * std::min(h, o->box.height())) return true;
    const double oh = o->box.height();
    if (oh < 0.8 * h || oh > 1.25 * h) continue;
    if (std::fabs(o->box.y0 - w->box.y0) <= 0.08 * h || std::fabs(o->box.y1 - w->box.y1) <= 0.08 * h) return true;
  }
  return false;
}


// A banner printed across the page over the table (security paper's `NAME OF SCHOOL OFFICIAL
// TRANSCRIPT · NAME OF SCHOOL ...` repeated from margin to margin, S186): a text layer's line (its
// words share one top and one bottom) that says one phrase of three words or more at least twice
// running, and stands over the lines above and below it (its box reaches into theirs: text printed
// over text, which no table line does: a word of those lines lies under one of its words). Its words
// cut the rows it crosses into cells of their own and those rows were lost (round 19 BS). A header
// repeated over two tables side by side says its labels twice as well, but stands clear of the
// lines around it (its stacked labels sit between its words, never under them), and is kept.
constexpr size_t kMinBannerPhraseWords = 3;

bool says_a_phrase_twice(const std::vector<const Word*>& line) {
  const size_t n = line.size();
  for (size_t period = kMinBannerPhraseWords; 2 * period <= n; ++period)
    for (size_t start = 0; start + 2 * period <= n; ++start) {
      bool same = true;
      for (size_t k = 0; k < period && same; ++k) same = line[start + k]->text == line[start + period + k]->text;
      if (same) return true;
    }
  return false;
}

std::vector<const Word*> banner_words(const std::vector<const Word*>& words) {
  std::map<std::pair<long, long>, std::vector<const Word*>> lines;
  for (const Word* w : words)
    lines[{std::lround(w->box.y0 * 100), std::lround(w->box.y1 * 100)}].push_back(w);
  std::vector<const Word*> out;
  for (auto& [key, line] : lines) {
    if (line.size() < 2 * kMinBannerPhraseWords) continue;
    std::sort(line.begin(), line.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    if (!says_a_phrase_twice(line)) continue;
    const double y0 = line.front()->box.y0, y1 = line.front()->box.y1, h = y1 - y0;
    bool above = false, below = false;
    for (const Word* o : words) {
      if (std::fabs(o->box.y0 - y0) < 0.01 && std::fabs(o->box.y1 - y1) < 0.01) continue;
      // Printed over: the other line's word lies under one of this line's words, not beside them
      // (a header's stacked label, `FINAL` over `GRADE` between two labels of the repeated line, is
      // no overprint: round 20 PH, a header said twice over two panels).
      const bool under_a_word = std::any_of(line.begin(), line.end(), [o](const Word* w) {
        return o->box.x0 < w->box.x1 && o->box.x1 > w->box.x0;
      });
      if (!under_a_word) continue;
      const double reach = 0.15 * std::min(h, o->box.height());
      if (o->box.y0 < y0 && o->box.y1 > y0 + reach && o->box.y1 < y1) above = true;
      if (o->box.y1 > y1 && o->box.y0 < y1 - reach && o->box.y0 > y0) below = true;
    }
    if (above && below) out.insert(out.end(), line.begin(), line.end());
  }
  return out;
}
}  // namespace

std::vector<const Word*> set_aside_strays(std::vector<const Word*>& words, bool text_layer) {
  std::vector<double> all_heights;
  for (const Word* w : words) all_heights.push_back(w->box.height());
  std::nth_element(all_heights.begin(), all_heights.begin() + static_cast<long>(all_heights.size() / 2), all_heights.end());
  const double line_height = all_heights.empty() ? 0 : all_heights[all_heights.size() / 2];
  std::vector<const Word*> strays;
  // Pieces of a line set on a slant (security paper's repeated name, slanted_text.h): no row's.
  std::unordered_set<const Word*> slanted;
  if (text_layer)
    for (const Word* w : slanted_text(words)) slanted.insert(w);
  // A banner repeated across the page over the rows (see above): no row's either.
  if (text_layer)
    for (const Word* w : banner_words(words)) slanted.insert(w);
  std::vector<const Word*> flat;
  for (const Word* w : words)
    (is_on_its_side(w, line_height) || is_leader(w->text) || slanted.count(w) ? strays : flat).push_back(w);
  // Short words with no line mate: letters of a seal or stamp that fell among the lines.
  std::vector<const Word*> by_top = flat;
  std::sort(by_top.begin(), by_top.end(), [](const Word* a, const Word* b) { return a->box.y0 < b->box.y0; });
  // A text layer gives every upright word its font's full height; a short word under 0.45 of the
  // page's usual height is a letter turned along an arc (no table prints at under half its size),
  // and two such letters facing each other across a seal must not count as each other's mates.
  std::vector<double> heights;
  for (const Word* w : flat) heights.push_back(w->box.height());
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  const double usual = heights.empty() ? 0 : heights[heights.size() / 2];
  std::vector<const Word*> lined;
  for (const Word* w : flat) {
    // A lone short word in the page's usual size (a wrapped "II") is text; a seal's letters are
    // set in their own size, or turned, which changes their boxes' height.
    const bool usual_size = std::fabs(w->box.height() - usual) <= 0.05 * usual;
    const bool stray = text_layer && is_short(w) && (w->box.height() < 0.45 * usual || (!usual_size && !has_line_mate(w, by_top)));
    (stray ? strays : lined).push_back(w);
  }
  flat = std::move(lined);
  for (const TableRow& row : cluster_rows(flat)) {
    const auto off = strays_of(row);
    strays.insert(strays.end(), off.begin(), off.end());
    if (text_layer || !off.empty()) continue;
    // A rule between cells stands apart from the words beside it; a bar right after a word at
    // word spacing is a letter OCR gave as a bar ("Biochemistry |": the numeral I).
    for (size_t i = 0; i < row.words.size(); ++i) {
      const Word* w = row.words[i];
      const bool after_word = i > 0 && w->box.x0 - row.words[i - 1]->box.x1 < 0.5 * row.word_height;
      if (is_ruling(w->text) && !after_word) strays.push_back(w);
    }
  }
  if (strays.empty()) return strays;
  const std::unordered_set<const Word*> off(strays.begin(), strays.end());
  std::vector<const Word*> kept;
  for (const Word* w : words)
    if (!off.count(w)) kept.push_back(w);
  words = std::move(kept);
  return strays;
}

double typical_word_space(const std::vector<const TableRow*>& rows) {
  std::vector<double> gaps;
  for (const TableRow* r : rows)
    for (size_t i = 1; i < r->words.size(); ++i) {
      const double g = r->words[i]->box.x0 - r->words[i - 1]->box.x1;
      if (g > 0 && g < r->word_height) gaps.push_back(g);
    }
  if (gaps.empty()) return 1.0;
  // The mode, at 0.25 pt resolution.
  std::map<long, int> hist;
  for (double g : gaps) ++hist[std::lround(g * 4)];
  long best = 0;
  int most = 0;
  for (const auto& [k, n] : hist)
    if (n > most) {
      most = n;
      best = k;
    }
  return std::max(1.0, static_cast<double>(best) / 4);
}

double typical_word_space(const std::vector<TableRow>& rows) {
  std::vector<const TableRow*> ptrs;
  for (const TableRow& r : rows) ptrs.push_back(&r);
  return typical_word_space(ptrs);
}

std::vector<TableRow> cluster_rows(const std::vector<Word>& words) {
  std::vector<const Word*> ptrs;
  ptrs.reserve(words.size());
  for (const Word& w : words) ptrs.push_back(&w);
  return cluster_rows(std::move(ptrs));
}

namespace {

// A box of the page as displayed, in the frame of the page turned `quads` quarter turns clockwise.
Box turned(const Box& b, int quads, double w, double h) {
  switch (((quads % 4) + 4) % 4) {
    case 1: return {h - b.y1, b.x0, h - b.y0, b.x1};
    case 2: return {w - b.x1, h - b.y1, w - b.x0, h - b.y0};
    case 3: return {b.y0, w - b.x1, b.y1, w - b.x0};
    default: return b;
  }
}

// Quarter turns clockwise that make text read left to right when the reader left it running down
// (or up) the page: most words taller than wide, and a line's words following each other
// downwards (3 turns) or upwards (1 turn). 0 for pages whose words lie flat.
int sideways_turns(const std::vector<Word>& words) {
  int tall = 0, flat = 0;
  for (const Word& w : words) {
    if (w.text.size() < 4) continue;
    if (w.box.height() > 1.3 * w.box.width()) ++tall;
    else ++flat;
  }
  if (tall <= 2 * flat || tall < 10) return 0;
  int down = 0, up = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i].line != words[i - 1].line) continue;
    if (words[i].box.center_y() > words[i - 1].box.center_y()) ++down;
    else ++up;
  }
  return down >= up ? 3 : 1;
}

// The slope text lines still have (median over neighbouring words of one OCR line), when the
// reader's skew was off or it could not measure it (a page it left sideways); 0 when too few.
double residual_slope(const std::vector<Word>& words) {
  std::vector<double> slopes;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i].line != words[i - 1].line) continue;
    const double dx = words[i].box.center_x() - words[i - 1].box.center_x();
    if (dx > 5) slopes.push_back((words[i].box.center_y() - words[i - 1].box.center_y()) / dx);
  }
  if (slopes.size() < 10) return 0;
  std::nth_element(slopes.begin(), slopes.begin() + static_cast<long>(slopes.size() / 2), slopes.end());
  return slopes[slopes.size() / 2];
}

// Turns the boxes by `a` radians about (cx, cy), keeping their size (small angles).
void rotate_boxes(std::vector<Word>& words, double a, double cx, double cy) {
  const double cos_a = std::cos(a), sin_a = std::sin(a);
  for (Word& word : words) {
    const Box& b = word.box;
    const double dx = b.center_x() - cx, dy = b.center_y() - cy;
    const double x = cx + dx * cos_a - dy * sin_a, y = cy + dx * sin_a + dy * cos_a;
    const double hw = b.width() / 2, hh = b.height() / 2;
    word.box = {x - hw, y - hh, x + hw, y + hh};
  }
}

}  // namespace

std::vector<Word> upright_words(const PageText& page) {
  const int quads = page.rotation_applied / 90;
  const bool sideways = quads % 2 != 0;
  const double w = sideways ? page.height_pt : page.width_pt, h = sideways ? page.width_pt : page.height_pt;
  std::vector<Word> out = page.words;
  for (Word& word : out) word.box = turned(word.box, quads, page.width_pt, page.height_pt);
  rotate_boxes(out, page.skew_degrees * std::numbers::pi / 180.0, w / 2, h / 2);
  if (const int turns = sideways_turns(out); turns != 0)
    for (Word& word : out) word.box = turned(word.box, turns, w, h);
  // Whatever slope is left (over 0.2 degrees) is taken out too.
  const double slope = residual_slope(out);
  if (std::fabs(slope) > 0.0035) rotate_boxes(out, -std::atan(slope), w / 2, h / 2);
  if (page.source == TextSource::ocr) grow_to_font_boxes(out);
  return out;
}

}  // namespace cc
