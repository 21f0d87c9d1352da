#include "extractors/tables/table_blocks.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>

#include "core/text.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_groups.h"
#include "extractors/tables/table_roles.h"

namespace cc {
namespace {

// A line of header words only ("UNITS POINTS" under a header's first line).
bool vocabulary_only(const TableRow& row) {
  bool any = false;
  for (const Word* w : row.words) {
    const std::string key = letters_lower(w->text);
    if (key.empty()) continue;
    if (!is_vocabulary_word(key)) return false;
    any = true;
  }
  return any;
}

// A header's second line in another language that the vocabulary mostly knows ("Code Course
// Credits Grade Weight Points" under "Kode Mata Kuliah SKS Nilai Bobot Mutu"): three known words
// at least, three in four of its words known, and no digit (a record prints numbers).
bool mostly_vocabulary(const TableRow& row) {
  size_t known = 0, words = 0;
  for (const Word* w : row.words) {
    if (std::any_of(w->text.begin(), w->text.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    const std::string key = letters_lower(w->text);
    if (key.empty()) continue;
    ++words;
    known += is_vocabulary_word(key);
  }
  return known >= 3 && known * 4 >= words * 3;
}

// A line of labels only: no word holds a figure or a bracket.
bool labels_only(const TableRow& row) {
  return std::none_of(row.words.begin(), row.words.end(),
                      [](const Word* w) { return w->text.find_first_of("0123456789()[]") != std::string::npos; });
}

// Lines set tight under one another (less than 0.6 of a line height apart).
bool tight_below(const TableRow& upper, const TableRow& lower) {
  return lower.box.y0 - upper.box.y1 < 0.6 * std::max(upper.word_height, lower.word_height);
}

// S131 (k5): a header's second line set at the body's leading rather than tight under the first
// ("Max. | Min. | Marks Secured | Month & Year" over "Marks | Marks | In Figures | In Words | of
// Passing"): less than a line and a half of white below it (as group headers, table_groups.h),
// holding no figure (a record prints its figures), at least three words and half of them header
// words, it still completes the header's labels; its other words become cells their content names.
bool header_words_below(const TableRow& upper, const TableRow& lower) {
  if (lower.box.y0 - upper.box.y1 >= 1.5 * std::max(upper.word_height, lower.word_height)) return false;
  size_t known = 0, words = 0;
  for (const Word* w : lower.words) {
    if (std::any_of(w->text.begin(), w->text.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    const std::string key = letters_lower(w->text);
    if (key.empty()) continue;
    ++words;
    known += is_vocabulary_word(key);
  }
  return known >= 3 && known * 2 >= words;
}

// Cells the vocabulary does not know, over all tables of a header.
size_t unknown_cells(const std::vector<TableHeader>& tables) {
  size_t n = 0;
  for (const auto& t : tables)
    for (const auto& c : t.cells) n += c.role == ColumnRole::unknown;
  return n;
}

size_t cell_count(const std::vector<TableHeader>& tables) {
  size_t n = 0;
  for (const auto& t : tables) n += t.cells.size();
  return n;
}

// A third header line: qualifiers only, vocabulary words or words in brackets ("(E/C/V)", "(1-10)").
bool qualifiers_only(const TableRow& row) {
  for (const Word* w : row.words) {
    const std::string key = letters_lower(w->text);
    const bool bracketed = !w->text.empty() && (w->text.front() == '(' || w->text.back() == ')');
    if (!key.empty() && !bracketed && !is_vocabulary_word(key)) return false;
  }
  return true;
}

// A header whose upper line names groups of the columns below (table_groups.h), starting at row
// `i`, on three lines or two; empty when there is none.
std::vector<TableHeader> grouped_header_at(const std::vector<TableRow>& rows, size_t i, const SectionTest& is_section, size_t& lines) {
  if (i + 1 >= rows.size() || is_section(row_text(rows[i])) || is_section(row_text(rows[i + 1]))) return {};
  for (size_t n = 3; n >= 2; --n) {
    if (i + n > rows.size() || (n == 3 && !qualifiers_only(rows[i + 2]))) continue;
    std::vector<const TableRow*> ls;
    for (size_t j = i; j < i + n; ++j) ls.push_back(&rows[j]);
    auto tables = parse_grouped_header(ls);
    if (tables.empty()) continue;
    lines = n;
    return tables;
  }
  return {};
}


// Whether a word of `row` overlaps `w` horizontally.
bool overlaps_any(const Word* w, const TableRow& row) {
  return std::any_of(row.words.begin(), row.words.end(), [w](const Word* o) { return o->box.x0 < w->box.x1 && w->box.x0 < o->box.x1; });
}

// A header of one line with a label of two lines centred on it in height (a table cell centred
// vertically: "Carga" above and "Horária" below the line of "Disciplinas  Regime  Classificação"),
// starting at row `i` (the label's upper line); empty when there is none. The upper and lower
// lines are short (five words at most: "Carga  Califi-  Fecha de" over "horaria  cación  examen"),
// set tight against the header line, clear of its words and stacked on each other (every word of
// each overlaps one of the other), and the three read together name more columns than the header
// line alone, more of the added ones known than unknown.
std::vector<TableHeader> straddled_header_at(const std::vector<TableRow>& rows, size_t i, const SectionTest& is_section) {
  if (i + 2 >= rows.size()) return {};
  const TableRow &above = rows[i], &line = rows[i + 1], &below = rows[i + 2];
  if (above.words.size() > 5 || below.words.size() > 5 || !tight_below(above, line) || !tight_below(line, below)) return {};
  if (is_section(row_text(above)) || is_section(row_text(below)) || !parse_header_row(above).empty()) return {};
  // A mark with no letter or digit (the slash of `Unités d'enseignement /` over `Éléments
  // constitutifs`: one label naming a unit and its parts) joins the words of a label, stacked or not.
  auto mark = [](const Word* w) { return std::none_of(w->text.begin(), w->text.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; }); };
  for (const Word* w : above.words)
    if (!mark(w) && (overlaps_any(w, line) || !overlaps_any(w, below))) return {};
  for (const Word* w : below.words)
    if (!mark(w) && (overlaps_any(w, line) || !overlaps_any(w, above))) return {};
  const auto alone = parse_header_row(line, true);
  // A header line that names no value column alone (its grade and hours straddle it) reads with
  // its straddling labels when the vocabulary mostly knows its words.
  if (alone.empty() && !mostly_vocabulary(line)) return {};
  auto merged = parse_header_lines({&above, &line, &below}, false);
  if (merged.empty() || cell_count(merged) <= cell_count(alone)) return {};
  // Each label the straddling lines add that names nothing known must come with one that does.
  const size_t known_added = (cell_count(merged) - unknown_cells(merged)) - std::min(cell_count(alone) - unknown_cells(alone), cell_count(merged) - unknown_cells(merged));
  const size_t unknown_added = unknown_cells(merged) > unknown_cells(alone) ? unknown_cells(merged) - unknown_cells(alone) : 0;
  if (known_added == 0 || unknown_added >= known_added) return {};
  return merged;
}
}  // namespace

Headers find_headers(const std::vector<TableRow>& rows, const SectionTest& is_section) {
  Headers h{std::vector<std::vector<TableHeader>>(rows.size()), std::vector<bool>(rows.size(), false)};
  for (size_t i = 0; i < rows.size(); ++i) {
    if (h.part[i]) continue;
    // A term line right over a line of header words ("First Semester" over "Code Course CH Mark
    // Grade") is the rows' term, not the header's upper line.
    if (i + 1 < rows.size() && is_section(row_text(rows[i])) && vocabulary_only(rows[i + 1])) continue;
    if (auto straddled = straddled_header_at(rows, i, is_section); !straddled.empty()) {
      h.at[i] = std::move(straddled);
      h.part[i + 1] = h.part[i + 2] = true;
      continue;
    }
    auto single = parse_header_row(rows[i], true);
    // Lines under it made only of header words ("UNITS" under "CREDIT") belong to the same header.
    size_t extra = 0;
    // A section line under a header ("Fall Quarter 2017") is no part of it.
    // A header line under a header line is the same header in a second language (bilingual
    // documents print "Ocena" over "Grade") when it adds no column: see below.
    bool translated = false;
    bool all_known = true;
    while (extra < 2 && i + extra + 1 < rows.size() &&
           (tight_below(rows[i + extra], rows[i + extra + 1]) || (extra == 0 && !single.empty() && header_words_below(rows[i], rows[i + 1]))) &&
           !is_section(row_text(rows[i + extra + 1]))) {
      const TableRow& below = rows[i + extra + 1];
      const bool known = vocabulary_only(below);
      const bool loose = !tight_below(rows[i + extra], below);
      if (!known && (extra > 0 || !(loose || mostly_vocabulary(below)))) break;
      const bool header_itself = !parse_header_row(below).empty();
      if (header_itself && single.empty()) break;
      translated = translated || header_itself;
      all_known = all_known && known;
      ++extra;
    }
    for (size_t k = extra; k > 0; --k) {
      std::vector<const TableRow*> lines;
      for (size_t j = i; j <= i + k; ++j) lines.push_back(&rows[j]);
      auto merged = parse_header_lines(lines, all_known);
      if (merged.empty() || merged.size() < single.size()) continue;
      // A header that reads on its own takes lines below only when they complete its phrases.
      if (!single.empty() && unknown_cells(merged) > unknown_cells(single)) continue;
      if (translated && cell_count(merged) != cell_count(single)) continue;
      single = std::move(merged);
      for (size_t j = i + 1; j <= i + k; ++j) h.part[j] = true;
      break;
    }
    // The same header in a second language, a line of its own under it, cell under cell.
    if (translated && !single.empty() && (i + 1 >= rows.size() || !h.part[i + 1])) {
      auto paired = paired_translation(single, parse_header_row(rows[i + 1], true));
      if (!paired.empty()) {
        single = std::move(paired);
        h.part[i + 1] = true;
      }
    }
    // A line that reads as a header only when a name seen again before any value column is taken
    // for a mislabelled column of the same table (S99), read so when nothing else made it one.
    // Only a line of labels: no figure, no bracket (a course row `Course paper (Clinical ...) 4 (C+)`
    // reads as names and a credits label).
    if (single.empty() && (i + 1 >= rows.size() || !h.part[i + 1]) && labels_only(rows[i])) single = parse_header_row(rows[i], true, true);
    // A header whose upper line names groups of the columns below ("Units" over "Theo. Prac."),
    // when it gives more columns than the lines read as above.
    if (i + 1 >= rows.size() || !h.part[i + 1]) {
      size_t lines = 0;
      auto grouped = grouped_header_at(rows, i, is_section, lines);
      if (!grouped.empty() && cell_count(grouped) > cell_count(single)) {
        single = std::move(grouped);
        for (size_t j = i + 1; j < i + lines; ++j) h.part[j] = true;
      }
    }
    h.at[i] = std::move(single);
  }
  return h;
}

namespace {

// Gutters between tables printed side by side, from lines that print the same labels again along
// the line (`No. Name Hrs Mark No. Name Hrs Mark`), whatever the words are: a run of three words or
// more (two of them different, one with letters) repeated right after itself, each copy starting
// clear of the last (more than half a line's height). Needs no vocabulary.
// Each such line says only that the gutter lies somewhere in the white between its copies; a line
// indented in its table (a grid of totals' labels, `Attempt Hours ... GPA`, set right of the
// tables' left edges) leaves more white there than the gutter has. So the gutter is where the
// whites of all such lines overlap, its middle the cut (S125: round 13's two columns of terms were
// cut inside the right column, taking its codes' letter parts to the left table); lines whose
// whites do not overlap give their median cut, as before.
std::vector<double> repeated_label_cuts(const std::vector<TableRow>& rows) {
  std::vector<std::vector<std::pair<double, double>>> whites;
  std::vector<std::vector<double>> found;
  for (const auto& r : rows) {
    const size_t n = r.words.size();
    for (size_t period = 3; period * 2 <= n; ++period) {
      if (n % period != 0) continue;
      bool same = true;
      for (size_t i = period; i < n && same; ++i) same = r.words[i]->text == r.words[i % period]->text;
      std::set<std::string> distinct;
      for (size_t i = 0; i < period; ++i) distinct.insert(r.words[i]->text);
      const bool letters = std::any_of(r.words.begin(), r.words.begin() + static_cast<long>(period),
                                       [](const Word* w) { return !letters_lower(w->text).empty(); });
      if (!same || distinct.size() < 2 || !letters) continue;
      // The copies must stand apart: more than a word space (half a line) before each.
      std::vector<double> cuts;
      std::vector<std::pair<double, double>> white;
      for (size_t start = period; start < n; start += period) {
        const double gap = r.words[start]->box.x0 - r.words[start - 1]->box.x1;
        if (gap <= 0.5 * r.word_height) break;
        cuts.push_back((r.words[start]->box.x0 + r.words[start - 1]->box.x1) / 2);
        white.push_back({r.words[start - 1]->box.x1, r.words[start]->box.x0});
      }
      if (cuts.size() * period + period == n) {
        found.push_back(std::move(cuts));
        whites.push_back(std::move(white));
      }
      break;
    }
  }
  if (found.empty()) return {};
  std::vector<double> cuts(found.front().size());
  for (size_t k = 0; k < cuts.size(); ++k) {
    std::vector<double> xs;
    double lo = -1e9, hi = 1e9;
    for (size_t f = 0; f < found.size(); ++f) {
      if (found[f].size() != cuts.size()) continue;
      xs.push_back(found[f][k]);
      lo = std::max(lo, whites[f][k].first);
      hi = std::min(hi, whites[f][k].second);
    }
    std::nth_element(xs.begin(), xs.begin() + static_cast<long>(xs.size() / 2), xs.end());
    cuts[k] = lo < hi ? (lo + hi) / 2 : xs[xs.size() / 2];
  }
  return cuts;
}

// The letters and figures of words [from, to) of a row, lower case, accents folded: what OCR reads
// the same on two copies of a label, whatever spaces and punctuation it put in ("Cr.Hr" and
// "Cr. Hr", "Conv." and "Conv").
std::string copy_key(const TableRow& r, size_t from, size_t to) {
  std::string key;
  for (size_t i = from; i < to; ++i)
    for (unsigned char c : fold_latin(r.words[i]->text))
      if (std::isalnum(c)) key += static_cast<char>(std::tolower(c));
  return key;
}

// Levenshtein distance, given up (returns limit + 1) once every path exceeds `limit`.
size_t edit_distance(const std::string& a, const std::string& b, size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    size_t best = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      best = std::min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// A header printed twice along a line and read by OCR, which reads the two copies differently: a
// letter taken for another ("Noa." beside "No", "Ce. Hr" beside "Cr.Hr"), a dot kept on one copy
// and lost on the other, a label split into two words on one copy only. The line cut in two where
// a word like its first word starts clear of the last (more than half a line's height), the two
// halves being three words or more each whose letters and figures differ in at most one character
// in eight (twelve characters at least): a run of labels repeated, whatever the words are.
// Returns the cut, or nothing.
std::optional<double> noisy_repeat_cut(const TableRow& r) {
  const size_t n = r.words.size();
  if (n < 6 || n > 40) return std::nullopt;
  const std::string first = copy_key(r, 0, 1);
  if (first.empty()) return std::nullopt;
  for (size_t k = 3; k + 3 <= n; ++k) {
    if (r.words[k]->box.x0 - r.words[k - 1]->box.x1 <= 0.5 * r.word_height) continue;
    const std::string start = copy_key(r, k, k + 1);
    if (start != first && (first.size() < 4 || edit_distance(start, first, 1) > 1)) continue;
    const std::string left = copy_key(r, 0, k), right = copy_key(r, k, n);
    const size_t shorter = std::min(left.size(), right.size());
    if (shorter < 12 || left == right) continue;  // an exact repeat is repeated_label_cuts' own
    if (std::none_of(left.begin(), left.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) continue;
    const size_t limit = std::max<size_t>(1, shorter / 8);
    if (edit_distance(left, right, limit) <= limit) return (r.words[k]->box.x0 + r.words[k - 1]->box.x1) / 2;
  }
  return std::nullopt;
}

// Cuts of lines that print a header twice as OCR read it (noisy_repeat_cut): the median cut of
// those lines, or nothing.
std::vector<double> noisy_repeat_cuts(const std::vector<TableRow>& rows) {
  std::vector<double> xs;
  for (const auto& r : rows)
    if (auto cut = noisy_repeat_cut(r)) xs.push_back(*cut);
  if (xs.empty()) return {};
  std::nth_element(xs.begin(), xs.begin() + static_cast<long>(xs.size() / 2), xs.end());
  return {xs[xs.size() / 2]};
}

// The roles of a header's cells, left to right.
std::vector<ColumnRole> roles_of(const TableHeader& h) {
  std::vector<ColumnRole> roles;
  for (const auto& c : h.cells) roles.push_back(c.role);
  return roles;
}

// A page printed in two columns of blocks, as a newspaper is (a term's block in the left column,
// the next in the right one, each under its own header): the same header (the same roles in the
// same order) found on lines of their own, one wholly right of the other with more than a line's
// height of white between them. The rows of the two columns interleave on the page's lines, so
// the page is cut at the gutter (the median over such pairs of headers) and each column read as a
// block, the left one first. Needs no vocabulary beyond what found the headers.
std::vector<double> column_block_cuts(const Headers& headers) {
  std::vector<const TableHeader*> singles;
  for (size_t i = 0; i < headers.at.size(); ++i)
    if (headers.at[i].size() == 1) singles.push_back(&headers.at[i].front());
  std::vector<double> xs;
  for (const TableHeader* left : singles)
    for (const TableHeader* right : singles) {
      const double height = left->cells.empty() ? 0 : left->cells.front().box.height();
      if (right->x0 - left->x1 > std::max(height, 1.0) && roles_of(*left) == roles_of(*right))
        xs.push_back((left->x1 + right->x0) / 2);
    }
  if (xs.empty()) return {};
  std::nth_element(xs.begin(), xs.begin() + static_cast<long>(xs.size() / 2), xs.end());
  return {xs[xs.size() / 2]};
}

// Gutters between tables printed side by side, from header rows whose roles repeat.
std::vector<double> side_by_side_cuts(const std::vector<TableRow>& rows, const SectionTest& is_section) {
  const Headers headers = find_headers(rows, is_section);
  std::vector<std::vector<double>> found;
  for (const auto& tables : headers.at) {
    if (tables.size() < 2) continue;
    std::vector<double> cuts;
    for (size_t k = 0; k + 1 < tables.size(); ++k) cuts.push_back((tables[k].x1 + tables[k + 1].x0) / 2);
    if (!found.empty() && found.front().size() != cuts.size()) continue;
    found.push_back(cuts);
  }
  // A line that prints its labels again along itself says where the second copy starts: before
  // its first word. Roles say it less well when a label of the first copy is unknown (OCR read
  // "Course Noa." for "Course No"): the roles then first repeat at the second copy's title, and its
  // code column was left to the table on the left. So the labels' cut wins when it cuts the page
  // into as many blocks as the roles do.
  auto labels = repeated_label_cuts(rows);
  if (labels.empty()) labels = noisy_repeat_cuts(rows);
  // No header anywhere on the page: tables side by side show in their content.
  const bool any_header = std::any_of(headers.at.begin(), headers.at.end(), [](const auto& t) { return !t.empty(); });
  if (found.empty()) {
    if (!labels.empty()) return labels;
    if (auto columns = column_block_cuts(headers); !columns.empty()) return columns;
    return any_header ? std::vector<double>{} : repeated_table_cuts(rows);
  }
  if (labels.size() == found.front().size()) return labels;
  std::vector<double> cuts(found.front().size());
  for (size_t k = 0; k < cuts.size(); ++k) {
    std::vector<double> xs;
    for (const auto& f : found) xs.push_back(f[k]);
    std::nth_element(xs.begin(), xs.begin() + static_cast<long>(xs.size() / 2), xs.end());
    cuts[k] = xs[xs.size() / 2];
  }
  return cuts;
}

}  // namespace

std::vector<std::vector<TableRow>> rows_per_block(const std::vector<const Word*>& words, const SectionTest& is_section) {
  std::vector<TableRow> rows = cluster_rows(words);
  const auto cuts = side_by_side_cuts(rows, is_section);
  if (cuts.empty()) return {std::move(rows)};
  std::vector<std::vector<const Word*>> parts(cuts.size() + 1);
  for (const Word* w : words) {
    const auto i = std::upper_bound(cuts.begin(), cuts.end(), w->box.center_x()) - cuts.begin();
    parts[static_cast<size_t>(i)].push_back(w);
  }
  std::vector<std::vector<TableRow>> blocks;
  for (auto& ws : parts) blocks.push_back(cluster_rows(std::move(ws)));
  return blocks;
}

}  // namespace cc
