#include "extractors/text_utils.h"

#include "extractors/document_words.h"
#include "extractors/gazetteer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include "core/regex.h"

namespace cc {

namespace {

// How a page's text lies on the page as displayed: turned by a quarter turns (clockwise degrees
// the reading frame is from the display) and sloped by `skew`. Measured from the words themselves:
// OCR may read a sideways page without turning it, and boxes sit on the scan as it lies.
struct PageFrame {
  int rotation = 0;
  double skew = 0;  // radians, in the turned frame
  double w = 0, h = 0;  // displayed page size
};

Box turned(const PageFrame& f, const Box& b) {
  switch (f.rotation) {
    case 90:
      return Box{f.h - b.y1, b.x0, f.h - b.y0, b.x1};
    case 180:
      return Box{f.w - b.x1, f.h - b.y1, f.w - b.x0, f.h - b.y0};
    case 270:
      return Box{b.y0, f.w - b.x1, b.y1, f.w - b.x0};
    default:
      return b;
  }
}

Box to_upright(const PageFrame& f, const Box& b) {
  Box r = turned(f, b);
  if (f.skew == 0) return r;
  const bool sideways = f.rotation == 90 || f.rotation == 270;
  const double cx = (sideways ? f.h : f.w) / 2, cy = (sideways ? f.w : f.h) / 2;
  const double x = r.center_x() - cx, y = r.center_y() - cy;
  const double nx = cx + x * std::cos(f.skew) - y * std::sin(f.skew);
  const double ny = cy + x * std::sin(f.skew) + y * std::cos(f.skew);
  const double hw = r.width() / 2, hh = r.height() / 2;
  return Box{nx - hw, ny - hh, nx + hw, ny + hh};
}

PageFrame frame_of(const PageText& page) {
  PageFrame f;
  f.w = page.width_pt;
  f.h = page.height_pt;
  std::map<int, std::pair<const Word*, const Word*>> ends;  // first and last word of each line
  for (const Word& w : page.words) {
    auto& e = ends[w.line];
    if (!e.first) e.first = &w;
    e.second = &w;
  }
  double votes[4] = {0, 0, 0, 0};  // reading towards +x, +y, -x, -y
  for (const auto& [line, e] : ends) {
    const double dx = e.second->box.center_x() - e.first->box.center_x();
    const double dy = e.second->box.center_y() - e.first->box.center_y();
    if (std::abs(dx) > std::abs(dy)) votes[dx > 0 ? 0 : 2] += std::abs(dx);
    else votes[dy > 0 ? 1 : 3] += std::abs(dy);
  }
  const int best = static_cast<int>(std::max_element(votes, votes + 4) - votes);
  static const int rotation_for[4] = {0, 270, 180, 90};
  f.rotation = votes[best] > 0 ? rotation_for[best] : 0;
  // The slope of long lines in the turned frame: the median is the page's skew.
  std::vector<double> slopes;
  for (const auto& [line, e] : ends) {
    const Box a = turned(f, e.first->box), b = turned(f, e.second->box);
    const double dx = b.center_x() - a.center_x();
    if (dx < 100) continue;
    slopes.push_back((b.center_y() - a.center_y()) / dx);
  }
  if (slopes.size() >= 2) {
    std::nth_element(slopes.begin(), slopes.begin() + static_cast<long>(slopes.size() / 2), slopes.end());
    const double slope = slopes[slopes.size() / 2];
    if (std::abs(slope) < 0.1) f.skew = -std::atan(slope);
  }
  return f;
}

}  // namespace

Box upright_box(const PageText& page, const Box& box) { return to_upright(frame_of(page), box); }

void TextRun::append(const PageRef& page, const Word* word, char separator) {
  append(page, word, word->box, separator);
}

namespace {

// A Roman numeral closing a hyphenated title word ("Anatomy-II", "Rotation-I") is one to four
// upright strokes; OCR reads them as any stroke-like glyph ("Anatomy-!", "Anatomy-li",
// "Rotation-!!", "Chemistry-il"). After a hyphen that follows at least three letters, a part made
// only of I, l, i, ! and | is that numeral when it is at most two glyphs long or holds a glyph no
// word is spelt with (! or |): "Mentally-ill" stays, and figures ("Type-1") are never touched.
void repair_numeral_after_hyphen(std::string& w) {
  const std::size_t dash = w.rfind('-');
  if (dash == std::string::npos || dash < 3 || dash + 1 >= w.size() || w.size() - dash - 1 > 4) return;
  for (std::size_t k = dash - 3; k < dash; ++k)
    if (!std::isalpha(static_cast<unsigned char>(w[k]))) return;
  const std::string_view part = std::string_view(w).substr(dash + 1);
  if (part.find_first_not_of("Ili!|") != std::string_view::npos) return;
  if (part.find_first_not_of("I") == std::string_view::npos) return;  // already a numeral
  if (part.size() > 2 && part.find_first_of("!|") == std::string_view::npos) return;
  for (std::size_t k = dash + 1; k < w.size(); ++k) w[k] = 'I';
}

}  // namespace

std::string repair_ocr_letters(std::string_view word) {
  std::string w(word);
  repair_numeral_after_hyphen(w);
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  const bool roman_like = !w.empty() && w.find_first_not_of("IVXl1!|[]{}") == std::string::npos &&
                          w.find_first_of("IVX") != std::string::npos;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char prev = i > 0 ? w[i - 1] : ' ', next = i + 1 < w.size() ? w[i + 1] : ' ';
    char& c = w[i];
    if (c == '!' || c == '{' || c == '}') {
      if (roman_like) c = 'I';
      else if (c == '!' && lower(prev) && !letter(next)) c = std::string_view("aeou").find(prev) != std::string_view::npos ? 'l' : 'i';
      else if (c == '!' && std::isupper(static_cast<unsigned char>(prev)) && !lower(next)) c = 'I';
      else if (c == '!' && letter(prev) && letter(next)) c = 'i';
      else if (c == '!' && i == 0 && lower(next)) c = 'I';
    } else if (c == '|' && letter(prev) && letter(next)) {
      c = 'l';
    } else if (c == '0' && ((letter(prev) && letter(next)) || (i == 0 && w.size() == 2 && next == '.'))) {
      c = (i == 0 || std::isupper(static_cast<unsigned char>(prev))) ? 'O' : 'o';  // "Segun 0. Adeyemi"
    } else if (c == '1' && lower(prev) && lower(next)) {
      c = 'l';
    } else if (c == 'l' && i == 0 && std::string_view("bcdfghjkmnpqrstvwxzl").find(next) != std::string_view::npos) {
      c = 'I';  // "lmmunology", "lnternship", "lfeanyi": no word starts so
    }
  }
  return w;
}

void TextRun::append(const PageRef& page, const Word* word, const Box& upright, char separator) {
  if (!pieces.empty()) text += separator;
  Piece p;
  p.page = page;
  p.word = word;
  p.upright = upright;
  p.begin = text.size();
  const bool ocr = word->confidence < 1.0f || (page.page && page.page->source == TextSource::ocr);
  text += ocr ? repair_ocr_letters(word->text) : word->text;
  p.end = text.size();
  pieces.push_back(p);
}

void TextRun::append(const TextRun& other, char separator) {
  for (std::size_t i = 0; i < other.pieces.size(); ++i)
    append(other.pieces[i].page, other.pieces[i].word, other.pieces[i].upright, i == 0 ? separator : ' ');
}

std::vector<const TextRun::Piece*> TextRun::pieces_in(std::size_t begin, std::size_t end) const {
  std::vector<const Piece*> out;
  for (const Piece& p : pieces)
    if (p.end > begin && p.begin < end) out.push_back(&p);
  return out;
}

std::vector<Evidence> TextRun::evidence(std::size_t begin, std::size_t end) const {
  std::vector<Evidence> out;
  std::vector<const Word*> words;
  const PageText* current = nullptr;
  PageRef current_ref;
  for (const Piece* p : pieces_in(begin, end)) {
    if (p->page.page != current && !words.empty()) {
      out.push_back(evidence_of(current_ref, words));
      words.clear();
    }
    current = p->page.page;
    current_ref = p->page;
    words.push_back(p->word);
  }
  if (!words.empty()) out.push_back(evidence_of(current_ref, words));
  return out;
}

double TextRun::confidence(std::size_t begin, std::size_t end) const {
  double sum = 0;
  int n = 0;
  for (const Piece* p : pieces_in(begin, end)) {
    sum += p->word->confidence;
    ++n;
  }
  return n ? sum / n : 1.0;
}

TextRun TextRun::slice(std::size_t begin, std::size_t end) const {
  TextRun out;
  for (const Piece* p : pieces_in(begin, end)) out.append(p->page, p->word, p->upright);
  return out;
}

double TextRun::top() const {
  double y = 1e9;
  for (const Piece& p : pieces) y = std::min(y, p.upright.y0);
  return pieces.empty() ? 0 : y;
}

double TextRun::height() const {
  if (pieces.empty()) return 0;
  std::vector<double> h;
  for (const Piece& p : pieces) h.push_back(p.upright.height());
  std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

namespace {

struct LineGroup {
  std::vector<std::pair<const Word*, Box>> words;  // with upright boxes
  Box box;
  double center() const { return box.center_y(); }
};

// OCR reads a form's labels and its values as separate blocks ("Employee Name" ... later
// "Kyle A. Hendricks"); lines that sit on one row of the page, side by side, are one line again.
bool same_row(const std::vector<const LineGroup*>& row, const LineGroup& g) {
  for (const LineGroup* r : row) {
    const double overlap = std::min(r->box.y1, g.box.y1) - std::max(r->box.y0, g.box.y0);
    const double shorter = std::min(r->box.height(), g.box.height());
    if (shorter <= 0 || overlap < 0.5 * shorter) return false;
    if (g.center() < r->box.y0 || g.center() > r->box.y1 || r->center() < g.box.y0 || r->center() > g.box.y1) return false;
    if (std::min(r->box.x1, g.box.x1) - std::max(r->box.x0, g.box.x0) > 1.0) return false;  // overlapping in x
  }
  return true;
}

}  // namespace

std::vector<TextRun> page_line_runs(const PageRef& page) {
  std::vector<TextRun> out;
  if (!page.page) return out;
  const PageFrame frame = frame_of(*page.page);
  std::map<int, LineGroup> groups;
  for (const Word& w : page.page->words) {
    if (w.text.empty()) continue;
    LineGroup& g = groups[w.line];
    const Box b = to_upright(frame, w.box);
    if (g.words.empty()) g.box = b;
    g.box.x0 = std::min(g.box.x0, b.x0);
    g.box.y0 = std::min(g.box.y0, b.y0);
    g.box.x1 = std::max(g.box.x1, b.x1);
    g.box.y1 = std::max(g.box.y1, b.y1);
    g.words.emplace_back(&w, b);
  }
  std::vector<std::vector<const LineGroup*>> rows;
  for (const auto& entry : groups) {
    const LineGroup& g = entry.second;
    bool placed = false;
    for (auto& row : rows)
      if (same_row(row, g)) {
        row.push_back(&g);
        placed = true;
        break;
      }
    if (!placed) rows.push_back({&g});
  }
  // Rows top to bottom: OCR's block order may put a letterhead's second line first.
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.front()->center() < b.front()->center();
  });
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [](const LineGroup* a, const LineGroup* b) { return a->box.x0 < b->box.x0; });
    TextRun run;
    for (const LineGroup* g : row)
      for (const auto& [w, box] : g->words) run.append(page, w, box);
    out.push_back(std::move(run));
  }
  return out;
}

std::vector<TextRun> line_cells(const TextRun& line, double gap_factor) {
  std::vector<TextRun> out;
  if (line.empty()) return out;
  double limit = std::max(4.0, gap_factor * line.height());
  const PageText* page = line.pieces.front().page.page;
  if (page && page->source == TextSource::ocr && line.pieces.size() >= 3) {
    // OCR boxes hug the glyphs, so a space after a full stop ("Kyle A. Hendricks") can look wide:
    // measure gaps against this line's usual gap as well.
    std::vector<double> gaps;
    for (std::size_t i = 1; i < line.pieces.size(); ++i)
      gaps.push_back(line.pieces[i].upright.x0 - line.pieces[i - 1].upright.x1);
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
    limit = std::clamp(2.5 * gaps[gaps.size() / 2], limit, 3.0 * line.height());
  }
  TextRun cell;
  std::optional<Box> previous;
  for (const auto& p : line.pieces) {
    const Box box = p.upright;
    if (previous && box.x0 - previous->x1 > limit && !cell.empty()) {
      out.push_back(std::move(cell));
      cell = TextRun();
    }
    cell.append(p.page, p.word);
    previous = box;
  }
  if (!cell.empty()) out.push_back(std::move(cell));
  return out;
}

std::vector<TextRun> segment_lines(const SegmentView& segment) {
  std::vector<TextRun> out;
  for (const PageRef& page : segment.pages) {
    auto lines = page_line_runs(page);
    for (auto& l : lines) out.push_back(std::move(l));
  }
  return out;
}

TextRun segment_text(const SegmentView& segment) {
  TextRun out;
  for (const TextRun& line : segment_lines(segment)) out.append(line, ' ');
  return out;
}

const Regex& icase_regex(const std::string& pattern, bool ignore_case) {
  // One process-wide cache: callers keep references in function statics, so entries live as long
  // as the program; matching with a const Regex from several threads is safe.
  static std::mutex mutex;
  static std::unordered_map<std::string, std::unique_ptr<Regex>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[(ignore_case ? "i:" : "c:") + pattern];
  if (!slot)
    slot = std::make_unique<Regex>(pattern, ignore_case ? Regex::icase | Regex::ECMAScript
                                                             : Regex::ECMAScript);
  return *slot;
}

namespace {

struct CountryCue {
  const char* country;
  const char* pattern;
  bool ignore_case;
  int weight;
};

// What the gazetteer (names) cannot hold: patterns of addresses and forms of address.
const std::vector<CountryCue>& country_cues() {
  static const std::vector<CountryCue> cues = {
      {"US",
       R"(, ?(AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|)"
       R"(NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)(?![\w.])( \d{5})?)",
       false, 3},
      {"IN", R"(\bshri\b|\b[SD]/o\b)", true, 2},
      {"PH", R"(\bbrgy\.|\bbarangay\b)", true, 3},
  };
  return cues;
}

}  // namespace

bool letter_words_ablated() {
  static const bool ablated = ablated_by("CC_ABLATE_LETTER_WORDS");
  return ablated;
}

std::string country_from_text(std::string_view text) {
  std::map<std::string, int> score = gazetteer_scores(text);
  const std::string s(text);
  for (const CountryCue& cue : country_cues()) {
    const Regex& r = icase_regex(cue.pattern, cue.ignore_case);
    const auto n = std::distance(SRegexIterator(s.begin(), s.end(), r), SRegexIterator());
    if (n > 0) score[cue.country] += cue.weight * static_cast<int>(std::min<long>(n, 3));
  }
  std::string best;
  int best_score = 0, second = 0;
  for (const auto& [country, points] : score) {
    if (points > best_score) {
      second = best_score;
      best_score = points;
      best = country;
    } else if (points > second) {
      second = points;
    }
  }
  if (best_score < 3 || best_score == second) return {};
  return best;
}

// --- strings ---------------------------------------------------------------------------------

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::vector<std::string> join_split_capitals(std::vector<std::string> words) {
  auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  // Words title case leaves in lower case: "Hepatitis B and C" keeps its letters apart.
  static const std::set<std::string> kSmallWords = {"a", "an", "and", "as", "at", "by", "de", "del", "for", "from", "in",
                                                    "into", "of", "on", "or", "the", "to", "with", "y"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    const std::string& next = words[i + 1];
    if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && next.size() >= 2 && is_lower(next[0]) && is_lower(next[1]) &&
        !kSmallWords.count(lower_ascii(next))) {
      words[i] += next;
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
  return words;
}

std::string join_split_capitals(std::string_view s) { return join_words(join_split_capitals(split_words(s))); }

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string trim_noise(std::string_view s) {
  std::string out = trim_punct(s);
  auto keep = [](unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '(' || c == ')' || c == '"' || c == '\''; };
  std::size_t b = 0;
  while (b < out.size() && !keep(static_cast<unsigned char>(out[b]))) ++b;
  std::size_t e = out.size();
  while (e > b && !keep(static_cast<unsigned char>(out[e - 1])) && out[e - 1] != '.') --e;
  return trim(out.substr(b, e - b));
}

std::string trim_punct(std::string_view s) {
  std::string out = trim(s);
  while (!out.empty() && std::string_view(" .,;:").find(out.back()) != std::string_view::npos) out.pop_back();
  return out;
}

namespace {

bool is_word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; }

}  // namespace

bool is_all_caps(std::string_view s) {
  bool letters = false;
  for (std::size_t i = 0; i < s.size();) {
    const Utf8Char c = utf8_char_at(s, i);
    if (c.letter_case == LetterCase::lower) return false;
    letters = letters || c.letter_case == LetterCase::upper;
    i += c.length;
  }
  return letters;
}

std::string title_case(std::string_view s) {
  // (Cyrillic ones too: Serbian and Russian "у", "в", "и", "на", "за", "од", "при" inside a school's name.)
  static const std::array<std::string_view, 21> small = {"of", "in", "and", "the", "de", "del", "for",
                                                          "at", "on", "a", "an", "y", "la", "da",
                                                          "у", "в", "и", "на", "за", "од", "при"};
  // Turkish capitals: where a dotted İ is printed, a plain I is the dotless ı ("TIP MERKEZİ" ->
  // "Tıp Merkezi", "YEŞİLIRMAK" -> "Yeşilırmak").
  std::string source(s);
  const bool turkish_capitals = source.find("\u0130") != std::string::npos;
  if (turkish_capitals) {
    std::string turkish;
    for (char c : source) turkish += c == 'I' ? std::string("\u0131") : std::string(1, c);
    source = turkish;
  }
  std::string lowered = lower_utf8(source);
  std::string out;
  std::size_t i = 0;
  bool first = true;
  while (i < lowered.size()) {
    if (!is_word_char(static_cast<unsigned char>(lowered[i]))) {
      out += lowered[i++];
      continue;
    }
    std::size_t j = i;
    while (j < lowered.size() && is_word_char(static_cast<unsigned char>(lowered[j]))) ++j;
    std::string word = lowered.substr(i, j - i);
    // Initials of an abbreviation stay capitals: "S.A.C.", "A.Ş.", "S.R.L." (a short word between
    // full stops, or before one that another letter follows).
    const bool initials = j - i <= 3 && j < lowered.size() && lowered[j] == '.' &&
                          ((i > 0 && lowered[i - 1] == '.') || (j + 1 < lowered.size() && is_word_char(static_cast<unsigned char>(lowered[j + 1]))));
    if (initials) {
      out += upper_utf8(word);
      first = false;
      i = j;
      continue;
    }
    const bool keep_small = !first && std::find(small.begin(), small.end(), word) != small.end() &&
                            (i == 0 || lowered[i - 1] == ' ');
    if (!keep_small) {
      const std::size_t first_letter = utf8_char_at(word, 0).length;
      const std::string initial = turkish_capitals && word[0] == 'i' ? std::string("\u0130") : upper_utf8(word.substr(0, first_letter));
      word = initial + word.substr(first_letter);
    }
    out += word;
    first = false;
    i = j;
  }
  return out;
}

std::string natural_case(std::string_view s) { return is_all_caps(s) ? title_case(s) : std::string(s); }

double ocr_distance(std::string_view a_in, std::string_view b_in) {
  const std::string a = lower_ascii(a_in), b = lower_ascii(b_in);
  auto group = [](char c) {
    if (std::string_view("il1jtf!|").find(c) != std::string_view::npos) return 1;
    if (c == 'o' || c == '0') return 2;
    return 0;
  };
  std::vector<double> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<double>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<double>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      double sub = 1.0;
      if (a[i - 1] == b[j - 1]) sub = 0;
      else if (group(a[i - 1]) && group(a[i - 1]) == group(b[j - 1])) sub = 0.5;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  return lower_ascii(s.substr(0, prefix.size())) == lower_ascii(prefix);
}

}  // namespace cc
