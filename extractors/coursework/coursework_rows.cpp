#include "extractors/coursework/coursework_rows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/coursework_terms.h"
#include "extractors/coursework/coursework_titles.h"
#include "extractors/tables/table_columns.h"
#include "core/regex.h"

namespace cc {
namespace {

// What one table block (one side of a two-column page, or the whole page) carries from row to
// row and from page to page.
struct BlockState {
  std::optional<ColumnLayout> layout;  // of the last header seen, kept for a page that continues the table
  std::string term;
  int term_page = -1;
  double term_y = -1;
  int last_course = -1;  // index in TranscriptRows::rows of the course just above, for wrapped titles
  double last_course_bottom = 0;
};

struct Cells {
  std::string code, title, grade, credits, marks, points;
  bool outside_title = false;  // some word fell in a column other than the title's
};

// Gutters between tables printed side by side, from a header row whose roles repeat.
std::vector<double> side_by_side_cuts(const std::vector<TableRow>& rows) {
  std::vector<std::vector<double>> found;
  for (const auto& row : rows) {
    const auto tables = parse_header_row(row);
    if (tables.size() < 2) continue;
    std::vector<double> cuts;
    for (size_t k = 0; k + 1 < tables.size(); ++k) cuts.push_back((tables[k].x1 + tables[k + 1].x0) / 2);
    if (!found.empty() && found.front().size() != cuts.size()) continue;
    found.push_back(cuts);
  }
  if (found.empty()) return {};
  std::vector<double> cuts(found.front().size());
  for (size_t k = 0; k < cuts.size(); ++k) {
    std::vector<double> xs;
    for (const auto& f : found) xs.push_back(f[k]);
    std::nth_element(xs.begin(), xs.begin() + static_cast<long>(xs.size() / 2), xs.end());
    cuts[k] = xs[xs.size() / 2];
  }
  return cuts;
}

std::vector<std::vector<TableRow>> rows_per_block(const std::vector<Word>& page_words, std::vector<double>* cuts) {
  std::vector<TableRow> rows = cluster_rows(page_words);
  *cuts = side_by_side_cuts(rows);
  if (cuts->empty()) return {std::move(rows)};
  std::vector<std::vector<const Word*>> words(cuts->size() + 1);
  for (const Word& w : page_words) {
    const auto i = std::upper_bound(cuts->begin(), cuts->end(), w.box.center_x()) - cuts->begin();
    words[static_cast<size_t>(i)].push_back(&w);
  }
  std::vector<std::vector<TableRow>> blocks;
  for (auto& ws : words) blocks.push_back(cluster_rows(std::move(ws)));
  return blocks;
}

std::optional<TableHeader> header_of(const TableRow& row) {
  auto tables = parse_header_row(row);
  if (tables.empty()) return std::nullopt;
  return tables.front();
}

Cells cells_of(const TableRow& row, const ColumnLayout& layout) {
  const auto words = assign_columns(row, layout);
  Cells c;
  std::string dept, number;
  for (size_t i = 0; i < layout.columns.size(); ++i) {
    const std::string text = join_words(words[i]);
    if (text.empty()) continue;
    c.outside_title = c.outside_title || layout.columns[i].role != ColumnRole::title;
    auto append = [&](std::string& to) { to = to.empty() ? text : to + " " + text; };
    switch (layout.columns[i].role) {
      case ColumnRole::code: append(c.code); break;
      case ColumnRole::title: append(c.title); break;
      case ColumnRole::grade: append(c.grade); break;
      case ColumnRole::credits: append(c.credits); break;
      case ColumnRole::marks: append(c.marks); break;
      case ColumnRole::points: append(c.points); break;
      case ColumnRole::dept: append(dept); break;
      case ColumnRole::number: append(number); break;
      default: break;
    }
  }
  if (c.code.empty() && !dept.empty()) c.code = number.empty() ? dept : dept + " " + number;
  return c;
}

// A row with a gap wider than a word space somewhere: cells, not a line of prose.
bool is_tabular(const TableRow& row) {
  for (size_t i = 1; i < row.words.size(); ++i)
    if (row.words[i]->box.x0 - row.words[i - 1]->box.x1 > row.word_height) return true;
  return false;
}

// True when `header` has every column of `carried` that a course is read from (serial numbers,
// scores and remarks aside: OCR sometimes misses one of those, or their heading).
bool covers_columns(const TableHeader& header, const TableHeader& carried) {
  for (const auto& cell : carried.cells) {
    const auto r = cell.role;
    if (r == ColumnRole::serial || r == ColumnRole::score || r == ColumnRole::remark) continue;
    if (!header.has(r)) return false;
  }
  return true;
}

bool has_value(const Cells& c) {
  if (read_number(c.credits) || read_number(c.marks)) return true;
  return !c.grade.empty() && c.grade.size() <= 8;
}

bool is_course(const Cells& c) {
  const bool code_ok = read_code(c.code).valid;
  const bool title_ok = read_title(c.title).valid;
  if (code_ok) return title_ok || has_value(c);
  // A code OCR mangled beyond reading still leaves a course with a title and a number of credits.
  return title_ok && (read_number(c.credits) || read_number(c.marks));
}

bool only_title(const Cells& c) { return !c.title.empty() && !c.outside_title; }

class BlockReader {
 public:
  BlockReader(TranscriptRows& out, BlockState& state, const PageRef& page, int page_index, int block)
      : out_(out), st_(state), page_(page), page_index_(page_index), block_(block) {}

  void read(const std::vector<TableRow>& rows) {
    st_.last_course = -1;  // a title never wraps onto the next page
    std::vector<std::optional<TableHeader>> headers;
    for (const auto& row : rows) headers.push_back(header_of(row));
    // Rows continuing the last page's table before this page's first header: that header, if it
    // has the same table's columns, places them on this page better than the last page did.
    const auto first = std::find_if(headers.begin(), headers.end(), [](const auto& h) { return h.has_value(); });
    if (st_.layout && first != headers.end() && covers_columns(**first, st_.layout->header))
      st_.layout = layout_columns(**first, body_of(**first, rows, headers, 0));
    for (size_t i = 0; i < rows.size(); ++i) {
      if (headers[i]) {
        note_header(*headers[i]);
        st_.layout = layout_columns(*headers[i], body_of(*headers[i], rows, headers, i + 1));
        continue;
      }
      read_row(rows[i], st_.layout ? &*st_.layout : nullptr);
    }
  }

 private:
  // The rows under `header` (from `from` to the next header) that can show where its columns are:
  // the ones that read as courses even with the columns cut halfway between the header words (a
  // footer line under the table would blur the gaps).
  static std::vector<const TableRow*> body_of(const TableHeader& header, const std::vector<TableRow>& rows,
                                              const std::vector<std::optional<TableHeader>>& headers, size_t from) {
    const ColumnLayout rough = layout_columns(header, {});
    std::vector<const TableRow*> body;
    for (size_t i = from; i < rows.size() && !headers[i]; ++i) {
      const std::string text = row_text(rows[i]);
      if (!is_tabular(rows[i]) || is_summary_row(text) || is_term_heading(repair_term_heading(text))) continue;
      if (is_course(cells_of(rows[i], rough))) body.push_back(&rows[i]);
    }
    return body;
  }

  void note_header(const TableHeader& header) {
    st_.last_course = -1;
    for (const auto& cell : header.cells) {
      if (cell.role == ColumnRole::credits) out_.credit_headers.push_back(cell.text);
      if (cell.role == ColumnRole::marks || cell.role == ColumnRole::max_marks) out_.has_marks_column = true;
    }
  }

  void read_row(const TableRow& row, const ColumnLayout* layout) {
    const std::string text = row_text(row);
    if (is_summary_row(text)) {
      st_.last_course = -1;
      return;
    }
    const Cells cells = layout ? cells_of(row, *layout) : Cells{};
    const bool course = layout && is_course(cells);
    const std::string heading = repair_term_heading(text);  // "Semester !" is "Semester I"
    if (!(course && read_code(cells.code).valid && has_value(cells)) && is_term_heading(heading)) {
      st_.term = heading;
      st_.term_page = page_index_;
      st_.term_y = row.box.y0;
      st_.last_course = -1;
      out_.terms.push_back(heading);
      return;
    }
    if (course) {
      add_course(row, cells);
      return;
    }
    if (layout && only_title(cells) && st_.last_course >= 0 &&
        row.box.y0 - st_.last_course_bottom < 1.2 * row.word_height) {
      auto& prev = out_.rows[static_cast<size_t>(st_.last_course)];
      prev.title += " " + cells.title;
      prev.words.insert(prev.words.end(), row.words.begin(), row.words.end());
      st_.last_course_bottom = row.box.y1;
      return;
    }
    st_.last_course = -1;
  }

  void add_course(const TableRow& row, const Cells& cells) {
    RawCourseRow r;
    r.code = cells.code;
    r.title = cells.title;
    r.grade = cells.grade;
    r.credits = cells.credits;
    r.marks = cells.marks;
    r.points = cells.points;
    r.words = row.words;
    r.page = page_;
    r.term = st_.term;
    const double term_position = st_.term_page == page_index_ ? st_.term_y : -1;
    r.order = {static_cast<double>(page_index_), term_position, static_cast<double>(block_), row.box.center_y()};
    out_.rows.push_back(std::move(r));
    st_.last_course = static_cast<int>(out_.rows.size()) - 1;
    st_.last_course_bottom = row.box.y1;
  }

  TranscriptRows& out_;
  BlockState& st_;
  PageRef page_;
  int page_index_;
  int block_;
};

}  // namespace

bool is_summary_row(const std::string& row_text) {
  static const Regex anywhere(
      R"(\b\w?(gpa|qpa|gwa)\b|\bcumulative\b|page\s+\S{1,3}\s+of\s+\S{1,3}(\s|$)|nothing\s+follows|end\s+of\s+(transcript|record))",
      Regex::ECMAScript | Regex::icase);
  static const Regex at_start(R"(^\W*(sub-?total|term\s*:|remarks?\s*:|note\s*:))",
                                   Regex::ECMAScript | Regex::icase);
  if (std::regex_search(row_text, anywhere) || std::regex_search(row_text, at_start)) return true;
  // The first word, allowing one OCR error: "Tota}: 356 / 500 Resuit: PASS".
  std::string first;
  for (char c : row_text) {
    if (c == ' ' && !first.empty()) break;
    if (std::isalpha(static_cast<unsigned char>(c))) first += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (const char* word : {"total", "result", "grading"})
    if (fuzzy_word_match(first, word)) return true;
  return false;
}

TranscriptRows read_transcript_rows(const SegmentView& segment) {
  TranscriptRows out;
  std::vector<BlockState> states(1);
  for (size_t p = 0; p < segment.pages.size(); ++p) {
    const PageRef& ref = segment.pages[p];
    if (!ref.page) continue;
    // Rows and columns are found on the page turned upright; evidence points at the reader's words.
    const std::vector<Word> upright = upright_words(*ref.page);
    const size_t first_row = out.rows.size();
    std::vector<double> cuts;
    const auto blocks = rows_per_block(upright, &cuts);
    while (states.size() < blocks.size()) {
      BlockState next = states.back();  // the term goes on; the columns are the new block's own
      next.layout.reset();
      next.last_course = -1;
      states.push_back(std::move(next));
    }
    for (size_t b = 0; b < blocks.size(); ++b) {
      for (const auto& row : blocks[b]) out.text += row_text(row) + "\n";
      BlockReader(out, states[b], ref, static_cast<int>(p), static_cast<int>(b)).read(blocks[b]);
    }
    for (size_t i = first_row; i < out.rows.size(); ++i)
      for (const Word*& w : out.rows[i].words) w = &ref.page->words[static_cast<size_t>(w - upright.data())];
  }
  const auto labels = harmonise_term_labels(out.terms);
  for (auto& r : out.rows) {
    const auto it = std::find(out.terms.begin(), out.terms.end(), r.term);
    if (it != out.terms.end()) r.term = labels[static_cast<size_t>(it - out.terms.begin())];
  }
  out.terms = labels;
  std::stable_sort(out.rows.begin(), out.rows.end(),
                   [](const RawCourseRow& a, const RawCourseRow& b) { return a.order < b.order; });
  return out;
}

}  // namespace cc
