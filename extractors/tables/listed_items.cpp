#include "extractors/tables/listed_items.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_rows.h"

namespace cc {
namespace {

struct Line {
  size_t page_at = 0, block = 0;
  const TableRow* row = nullptr;
};

Box box_of(const std::vector<const Word*>& ws) {
  Box b = ws.empty() ? Box{} : ws.front()->box;
  for (const Word* w : ws) b = bounding_box(b, w->box);
  return b;
}

bool has_digit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool has_letter(const std::string& s) {
  for (unsigned char c : s)
    if (std::isalpha(c) || c >= 0x80) return true;
  return false;
}

bool all_ascii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x80; });
}

// `1.` or `1)`: the number of an item; 0 when the word is none.
int item_number(const std::string& w) {
  if (w.size() < 2 || w.size() > 3) return 0;
  const char last = w.back();
  if (last != '.' && last != ')') return 0;
  const std::string digits = w.substr(0, w.size() - 1);
  if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
    return 0;
  return std::stoi(digits);
}

// The words of a row cut at gaps wider than the line's height (a column's gutter, not a space).
std::vector<std::vector<const Word*>> pieces_of(const TableRow& row) {
  std::vector<std::vector<const Word*>> out;
  const double wide = 1.2 * std::max(row.word_height, 1.0);
  for (size_t k = 0; k < row.words.size(); ++k) {
    if (k == 0 || row.words[k]->box.x0 - row.words[k - 1]->box.x1 > wide) out.emplace_back();
    out.back().push_back(row.words[k]);
  }
  return out;
}

std::optional<double> amount(std::string w) {
  while (!w.empty() && (w.front() == '(' || w.front() == '[')) w.erase(w.begin());
  while (!w.empty() && (w.back() == ')' || w.back() == ']' || w.back() == ',')) w.pop_back();
  if (w.empty() || !has_digit(w)) return std::nullopt;
  return cell_number(w);
}

bool credits_word(const std::string& unit) {
  for (const HeaderPhrase& p : header_vocabulary().phrases)
    if (p.role == ColumnRole::credits && p.words.size() == 1 && p.words[0] == unit) return true;
  return false;
}

struct Amount {
  std::string number;               // as printed, brackets dropped
  std::vector<std::string> units;   // the words after it before the next number, lower-case Latin letters only
};

// Each number of `words` with the words after it up to the next number (`6 кредитов / credits` ->
// credits; `(216 hours)` -> hours), at most four.
std::vector<Amount> amounts_of(const std::vector<const Word*>& words) {
  std::vector<Amount> out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!amount(words[k]->text)) continue;
    std::string number = words[k]->text;
    number.erase(std::remove_if(number.begin(), number.end(), [](char c) { return c == '(' || c == ')' || c == '[' || c == ']' || c == ','; }),
                 number.end());
    Amount a{number, {}};
    for (size_t j = k + 1; j < words.size() && j <= k + 4; ++j) {
      if (amount(words[j]->text)) break;
      const std::string u = letters_lower(words[j]->text);
      if (!u.empty()) a.units.push_back(u);
    }
    out.push_back(a);
  }
  return out;
}

class Lister {
 public:
  Lister(TableReading& out, const std::vector<PageLines>& pages) : out_(out), pages_(pages) {}

  size_t run() {
    size_t records = 0;
    for (const auto& t : out_.tables) records += t.rows.size();
    if (records < 5) return 0;
    for (const auto& t : out_.tables) {
      for (const auto& r : t.rows) {
        used_.insert(r.words.begin(), r.words.end());
        for (const auto& c : r.cells) used_.insert(c.words.begin(), c.words.end());
      }
      // A summary line is no obstacle: a numbered item whose grade carries a figure (`good (4)`)
      // may have been taken for a printed total; read as an item, it is one no more.
    }
    for (size_t p = 0; p < pages_.size(); ++p)
      for (size_t b = 0; b < pages_[p].blocks.size(); ++b)
        for (const TableRow& row : pages_[p].blocks[b]) lines_.push_back({p, b, &row});
    size_t read = 0;
    for (size_t i = 1; i < lines_.size(); ++i) {
      if (!starts_item(i, 1) || !is_caption(i - 1, i)) continue;
      read += read_group(i - 1, i);
    }
    return read;
  }

 private:
  const Word* original(const Line& l, const Word* w) const { return original_word(pages_[l.page_at], w); }
  std::vector<const Word*> originals(const Line& l, const std::vector<const Word*>& ws) const {
    return original_words(pages_[l.page_at], ws);
  }
  bool line_used(size_t i) const {
    for (const Word* w : lines_[i].row->words)
      if (used_.count(original(lines_[i], w))) return true;
    return false;
  }
  bool same_block(size_t a, size_t b) const {
    return lines_[a].page_at == lines_[b].page_at && lines_[a].block == lines_[b].block;
  }
  bool starts_item(size_t i, int n) const {
    const TableRow& r = *lines_[i].row;
    return r.words.size() >= 2 && item_number(r.words[0]->text) == n && !line_used(i);
  }
  // A caption: a short line of words with no digit, right above the first item and not right of it.
  bool is_caption(size_t c, size_t first) const {
    if (!same_block(c, first) || line_used(c)) return false;
    const TableRow& r = *lines_[c].row;
    const TableRow& item = *lines_[first].row;
    const std::string text = row_text(r);
    if (r.words.empty() || r.words.size() > 6 || has_digit(text) || !has_letter(text)) return false;
    if (pieces_of(r).size() != 1) return false;
    if (r.box.x0 > item.box.x0 + item.word_height) return false;
    return item.box.y0 - r.box.y1 < 3 * std::max(item.word_height, 1.0);
  }
  // The line under an item that is its title's second line: starts at the title, one piece, no digit.
  bool is_title_line(size_t j, size_t item, double title_x0) const {
    if (j >= lines_.size() || !same_block(j, item) || line_used(j)) return false;
    const TableRow& r = *lines_[j].row;
    const TableRow& above = *lines_[item].row;
    const std::string text = row_text(r);
    if (r.words.empty() || has_digit(text) || !has_letter(text) || pieces_of(r).size() != 1) return false;
    const double h = std::max(above.word_height, 1.0);
    if (std::abs(r.box.x0 - title_x0) > h) return false;
    return r.box.y0 - above.box.y1 < h;
  }

  // The table the items follow: the last one begun on their page or before.
  ReadTable* table_before(size_t page) {
    ReadTable* found = nullptr;
    for (auto& t : out_.tables)
      if (t.first_page <= page && !t.rows.empty()) found = &t;
    return found;
  }

  size_t read_group(size_t caption, size_t first) {
    const Line& cl = lines_[caption];
    const size_t page = pages_[cl.page_at].page;
    ReadTable* table = table_before(page);
    if (!table) return 0;
    // The credits column the table's records take their credits from, and the words of its label.
    std::map<size_t, size_t> votes;
    for (const auto& r : table->rows)
      for (size_t k = 0; k < r.cells.size() && k < table->columns.size(); ++k)
        if (table->columns[k].role == ColumnRole::credits && !r.fields.credits.empty() && r.cells[k].text == r.fields.credits) ++votes[k];
    if (votes.empty()) return 0;
    size_t credit_k = votes.begin()->first;
    for (const auto& [k, n] : votes)
      if (n > votes[credit_k]) credit_k = k;
    std::set<std::string> label_words;
    {
      size_t start = 0;
      const std::string& label = table->columns[credit_k].label;
      while (start <= label.size()) {
        size_t end = label.find_first_of(" /()", start);
        if (end == std::string::npos) end = label.size();
        const std::string w = letters_lower(label.substr(start, end - start));
        if (!w.empty()) label_words.insert(w);
        start = end + 1;
      }
    }
    if (label_words.empty()) return 0;
    size_t title_k = table->columns.size(), grade_k = table->columns.size();
    for (size_t k = 0; k < table->columns.size(); ++k) {
      if (table->columns[k].role == ColumnRole::title && title_k == table->columns.size()) title_k = k;
      if (table->columns[k].role == ColumnRole::grade && grade_k == table->columns.size()) grade_k = k;
    }
    if (title_k == table->columns.size()) return 0;

    std::string term = row_text(*cl.row);
    while (!term.empty() && (term.back() == ':' || term.back() == ' ')) term.pop_back();
    std::vector<TableRecord> items;
    size_t i = first;
    for (int n = 1; i < lines_.size() && same_block(i, caption) && starts_item(i, n); ++n) {
      const Line& l = lines_[i];
      const auto pieces = pieces_of(*l.row);
      if (pieces.size() < 2) return 0;
      std::vector<const Word*> title_words(pieces[0].begin() + 1, pieces[0].end());
      const std::string title = join_words(title_words);
      const std::string grade = join_words(pieces.back());
      if (title_words.empty() || !has_letter(title) || !has_letter(grade) || pieces.back().size() > 6) return 0;
      if (amount(pieces.back().front()->text)) return 0;  // the line ends on an amount: no grade printed
      std::vector<const Word*> middle;
      for (size_t k = 1; k + 1 < pieces.size(); ++k) middle.insert(middle.end(), pieces[k].begin(), pieces[k].end());
      std::string credits;
      bool foreign_measure = false;
      for (const Amount& a : amounts_of(middle)) {
        const bool named = std::any_of(a.units.begin(), a.units.end(), [&](const std::string& u) { return label_words.count(u) > 0; });
        if (named) {
          if (credits.empty()) credits = a.number;
        } else if (std::any_of(a.units.begin(), a.units.end(), credits_word)) {
          foreign_measure = true;
        }
      }
      if (credits.empty() && foreign_measure) return 0;  // a load the column does not name
      if (credits.empty()) credits = "0";                // no load printed: the item carries no credit

      TableRecord rec;
      rec.cells.resize(table->columns.size());
      rec.words = originals(l, l.row->words);
      std::string shown = title;
      std::vector<std::string> title_lines{title};
      size_t next = i + 1;
      if (is_title_line(next, i, title_words.front()->box.x0)) {
        const std::string second = row_text(*lines_[next].row);
        const auto ws = originals(lines_[next], lines_[next].row->words);
        rec.words.insert(rec.words.end(), ws.begin(), ws.end());
        title_lines.push_back(second);
        shown = !all_ascii(title) && all_ascii(second) ? second : title + " " + second;
        ++next;
      }
      rec.cells[title_k].text = shown;
      rec.cells[title_k].words = originals(l, title_words);
      rec.cells[title_k].type = CellType::text;
      rec.cells[credit_k].text = credits;
      rec.cells[credit_k].type = type_of_cell(credits);
      if (grade_k < rec.cells.size()) {
        rec.cells[grade_k].text = grade;
        rec.cells[grade_k].words = originals(l, pieces.back());
        rec.cells[grade_k].type = type_of_cell(grade);
      }
      for (auto& c : rec.cells)
        if (!c.words.empty()) c.box = box_of(c.words);
      rec.box = box_of(rec.words);
      rec.page = page;
      rec.term = term;
      rec.order = {static_cast<double>(page), cl.row->box.center_y(), static_cast<double>(l.block), l.row->box.center_y()};
      rec.fields.title = shown;
      rec.fields.credits = credits;
      rec.fields.grade = grade;
      rec.title_lines = title_lines;
      items.push_back(std::move(rec));
      i = next;
    }
    if (items.empty()) return 0;
    const size_t read = items.size();
    for (auto& rec : items) {
      used_.insert(rec.words.begin(), rec.words.end());
      const std::set<const Word*> mine(rec.words.begin(), rec.words.end());
      for (auto& t : out_.tables)
        t.summaries.erase(std::remove_if(t.summaries.begin(), t.summaries.end(),
                                         [&](const TableSummaryLine& line) {
                                           return std::any_of(line.words.begin(), line.words.end(), [&](const Word* w) { return mine.count(w) > 0; });
                                         }),
                          t.summaries.end());
      table->last_page = std::max(table->last_page, rec.page);
      table->rows.push_back(std::move(rec));
    }
    if (std::find(out_.sections.begin(), out_.sections.end(), term) == out_.sections.end()) out_.sections.push_back(term);
    return read;
  }

  TableReading& out_;
  const std::vector<PageLines>& pages_;
  std::vector<Line> lines_;
  std::set<const Word*> used_;
};

}  // namespace

size_t read_listed_items(TableReading& out, const std::vector<PageLines>& pages) {
  return Lister(out, pages).run();
}

}  // namespace cc
