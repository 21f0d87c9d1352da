#include "extractors/tables/record_lists.h"

#include <algorithm>
#include <map>
#include <set>
#include <optional>

#include "extractors/tables/caption_shapes.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/row_fields.h"
#include "extractors/tables/table_roles.h"

namespace cc {
namespace {

bool ends_label(const std::string& w) { return !w.empty() && w.back() == ':'; }

bool has_letter(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80); });
}

// The pairs of one piece of a line (words at word spacing): `Label words: value`, and when the
// piece holds another label (pairs set at word spacing, `Grade: B- Grade Point: 2.7`), each value
// is the one word after its colon. Empty when the piece is not made of pairs.
std::vector<LabelledValue> pairs_of_piece(const std::vector<const Word*>& piece) {
  std::vector<LabelledValue> out;
  size_t start = 0;
  while (start < piece.size()) {
    size_t colon = start;
    while (colon < piece.size() && !ends_label(piece[colon]->text)) ++colon;
    if (colon >= piece.size() || colon - start > 4) return {};
    std::string label;
    for (size_t k = start; k <= colon; ++k) label += (label.empty() ? "" : " ") + piece[k]->text;
    label.pop_back();  // the colon
    while (!label.empty() && label.back() == ' ') label.pop_back();
    if (!has_letter(label)) return {};
    size_t next = colon + 1;
    while (next < piece.size() && !ends_label(piece[next]->text)) ++next;
    // Another label in the piece: the value is the word after this colon, the next label the words
    // from there to its colon.
    const size_t value_end = next < piece.size() ? colon + 2 : piece.size();
    if (value_end <= colon + 1 || value_end > piece.size() || (next < piece.size() && next < value_end)) return {};
    LabelledValue p{letters_lower(label), label, {piece.begin() + static_cast<long>(colon + 1), piece.begin() + static_cast<long>(value_end)}};
    if (p.key.empty()) return {};
    out.push_back(std::move(p));
    start = value_end;
  }
  return out;
}

struct Line {
  size_t page_at = 0;  // index in the PageLines given
  size_t block = 0;
  const TableRow* row = nullptr;
  std::vector<LabelledValue> pairs;
  std::string key;  // the labels in order
};

struct Record {
  std::optional<size_t> head;  // the line holding code and title, above the pairs
  std::vector<size_t> fields;  // lines of pairs
  std::vector<std::string> keys;
  double bottom = 0, fields_x0 = 0;
  std::string term;
  double term_position = -1;
};

struct Summary {
  size_t line;
  std::string kind, term;
  double term_position = -1;
};

// The head line cut into a code and a title: its first piece when it is code-shaped, or its first
// word or two when they are; the rest is the title.
std::pair<std::vector<const Word*>, std::vector<const Word*>> code_and_title(const TableRow& row, double word_space) {
  const auto pieces = chunks_of(row, word_space);
  if (pieces.size() >= 2 && type_of_cell(join_words(pieces.front())) == CellType::code) {
    std::vector<const Word*> title;
    for (size_t k = 1; k < pieces.size(); ++k) title.insert(title.end(), pieces[k].begin(), pieces[k].end());
    return {pieces.front(), title};
  }
  for (size_t n = 2; n >= 1; --n) {
    if (row.words.size() <= n) continue;
    const std::vector<const Word*> code(row.words.begin(), row.words.begin() + static_cast<long>(n));
    if (type_of_cell(join_words(code)) == CellType::code) return {code, {row.words.begin() + static_cast<long>(n), row.words.end()}};
  }
  return {{}, row.words};
}

class RecordListReader {
 public:
  RecordListReader(const std::vector<PageLines>& pages, const TableReaderOptions& options) : pages_(pages), opt_(options) {}

  size_t read(TableReading& out) {
    collect_lines();
    std::map<std::string, int> count;
    for (const Line& l : lines_)
      if (!l.pairs.empty()) ++count[l.key];
    for (const auto& [key, n] : count)
      if (n >= 3) recurring_.insert(key);
    if (recurring_.empty()) return 0;
    walk();
    return build(out);
  }

 private:
  const Word* original(const Line& l, const Word* w) const { return original_word(pages_[l.page_at], w); }
  std::vector<const Word*> originals(const Line& l, const std::vector<const Word*>& ws) const {
    return original_words(pages_[l.page_at], ws);
  }

  void collect_lines() {
    for (size_t p = 0; p < pages_.size(); ++p)
      for (size_t b = 0; b < pages_[p].blocks.size(); ++b) {
        const auto& rows = pages_[p].blocks[b];
        const double space = typical_word_space(rows);
        for (const TableRow& row : rows) {
          Line l{p, b, &row, labelled_values(row, space), {}};
          for (const auto& pr : l.pairs) l.key += pr.key + "|";
          lines_.push_back(std::move(l));
          spaces_.push_back(space);
        }
      }
  }

  // Line `i` lies right under the record's last line (same page and block, less than 1.2 lines below).
  bool right_under(const Record& r, size_t i) const {
    const size_t last = r.fields.empty() ? *r.head : r.fields.back();
    const Line& a = lines_[last];
    const Line& b = lines_[i];
    return a.page_at == b.page_at && a.block == b.block && b.row->box.y0 - a.row->box.y1 < 1.2 * b.row->word_height;
  }

  bool states_totals(const TableRow& row) const {
    if (!opt_.states_totals) return false;
    std::vector<std::string> words;
    for (const Word* w : row.words) words.push_back(w->text);
    return opt_.states_totals(words);
  }

  void finish() {
    if (current_ && !current_->fields.empty()) records_.push_back(std::move(*current_));
    current_.reset();
  }

  void walk() {
    std::optional<size_t> head;  // the last line that may be the head of a record under it
    bool worded_sections = false;
    for (size_t i = 0; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      const std::string text = row_text(*l.row);
      const bool recurring = !l.pairs.empty() && recurring_.count(l.key);
      const bool summary = summary_kind(text).has_value() || states_totals(*l.row);
      // Pairs under a record, set in from the margin like its other pairs (`Remark: Resit passed`),
      // are the record's; a line of pairs at the margin (`Credits earned this semester: 30`, printed
      // after every term) is not, however often it recurs, nor a line stating a total that does not
      // recur (a record's own pairs may hold summary words: `Grade Point: 2.7`).
      const bool set_in = current_ && l.row->box.x0 >= current_->fields_x0 - 0.5 * l.row->word_height;
      if (!l.pairs.empty() && (recurring || !summary) && set_in && right_under(*current_, i) &&
          std::find(current_->keys.begin(), current_->keys.end(), l.key) == current_->keys.end()) {
        current_->fields.push_back(i);
        current_->keys.push_back(l.key);
        continue;
      }
      // A recurring line of pairs starts a record: under its head line, or on its own when it holds
      // two pairs or more (records made only of pairs, `Code: ...  Title: ...`).
      const bool head_above = head && lines_[*head].page_at == l.page_at && lines_[*head].block == l.block &&
                              l.row->box.y0 - lines_[*head].row->box.y1 < 1.2 * l.row->word_height;
      if (recurring && (head_above || (l.pairs.size() >= 2 && !summary))) {
        finish();
        current_ = Record{};
        if (head_above) current_->head = head;
        current_->fields_x0 = l.row->box.x0;
        current_->term = term_;
        current_->term_position = term_page_ == l.page_at ? term_y_ : -1;
        current_->fields.push_back(i);
        current_->keys.push_back(l.key);
        head.reset();
        continue;
      }
      finish();
      head.reset();
      if (summary || recurring) {
        summaries_.push_back({i, summary_kind(text).value_or("total"), term_, term_page_ == l.page_at ? term_y_ : -1});
        continue;
      }
      const bool worded = option_is_section(opt_, text);
      worded_sections = worded_sections || worded;
      if (worded || (!worded_sections && l.pairs.empty() && has_caption_shape(text))) {
        const std::string section = section_text(opt_.normalise_section ? opt_.normalise_section(text) : text);
        const SectionScope scope = section_scope(section);
        if (scope == SectionScope::year) year_section_ = section;
        if (scope == SectionScope::both) year_section_.clear();
        const bool nested = scope == SectionScope::part_of_year && !year_section_.empty();
        term_ = nested ? year_section_ + ", " + section : section;
        term_page_ = l.page_at;
        term_y_ = l.row->box.y0;
        terms_.push_back(term_);
        continue;
      }
      if (l.pairs.empty()) head = i;
    }
    finish();
  }

  size_t build(TableReading& out) {
    // Columns: code and title from the head lines, then one per label in the order first seen.
    std::vector<std::string> keys;
    std::map<std::string, std::string> labels;
    for (const Record& r : records_)
      for (size_t f : r.fields)
        for (const auto& p : lines_[f].pairs)
          if (!labels.count(p.key)) {
            keys.push_back(p.key);
            labels[p.key] = p.label;
          }
    const size_t n = 2 + keys.size();
    std::vector<std::vector<std::vector<const Word*>>> words(records_.size(), std::vector<std::vector<const Word*>>(n));
    std::vector<std::vector<std::string>> cells(n, std::vector<std::string>(records_.size()));
    for (size_t r = 0; r < records_.size(); ++r) {
      const Record& rec = records_[r];
      if (rec.head) {
        auto [code, title] = code_and_title(*lines_[*rec.head].row, spaces_[*rec.head]);
        words[r][0] = code;
        words[r][1] = title;
      }
      for (size_t f : rec.fields)
        for (const auto& p : lines_[f].pairs) {
          const size_t k = 2 + static_cast<size_t>(std::find(keys.begin(), keys.end(), p.key) - keys.begin());
          if (words[r][k].empty()) words[r][k] = p.value;
        }
      for (size_t k = 0; k < n; ++k) cells[k][r] = join_words(words[r][k]);
    }
    std::vector<ColumnRole> roles(n, ColumnRole::unknown);
    roles[0] = ColumnRole::code;
    roles[1] = ColumnRole::title;
    roles = roles_from_content(cells, roles);
    ColumnLayout layout;
    for (size_t k = 0; k < n; ++k) {
      layout.columns.push_back({roles[k], 0, 0});
      layout.header.cells.push_back({roles[k], Box{}, k < 2 ? "" : labels[keys[k - 2]]});
    }
    layout.from_content.assign(n, true);
    ReadTable table;
    table.header_printed = false;
    for (size_t k = 0; k < n; ++k) {
      table.columns.push_back({roles[k], layout.header.cells[k].text, false, 0, 0});
      if (k >= 2) table.header_text += (table.header_text.empty() ? "" : " | ") + layout.header.cells[k].text;
    }
    for (size_t r = 0; r < records_.size(); ++r) {
      const Record& rec = records_[r];
      const RowFields fields = fields_from(words[r], layout);
      if (!option_is_record(opt_, fields)) continue;
      std::vector<size_t> own = rec.fields;
      if (rec.head) own.insert(own.begin(), *rec.head);
      const Line& first = lines_[own.front()];
      TableRecord out_row;
      for (size_t k = 0; k < n; ++k) {
        TableCell c;
        c.text = cells[k][r];
        c.words = originals(first, words[r][k]);
        c.box = box_of(c.words);
        c.type = type_of_cell(c.text);
        out_row.cells.push_back(std::move(c));
      }
      for (size_t i : own) {
        const auto ws = originals(lines_[i], lines_[i].row->words);
        out_row.words.insert(out_row.words.end(), ws.begin(), ws.end());
      }
      out_row.box = box_of(out_row.words);
      out_row.page = pages_[first.page_at].page;
      out_row.term = rec.term;
      out_row.order = {static_cast<double>(out_row.page), rec.term_position, static_cast<double>(first.block), first.row->box.center_y()};
      out_row.fields = fields;
      if (!fields.title.empty()) out_row.title_lines.push_back(fields.title);
      if (table.rows.empty()) table.first_page = out_row.page;
      table.last_page = out_row.page;
      table.rows.push_back(std::move(out_row));
    }
    if (table.rows.size() < 3) return 0;
    for (const Summary& s : summaries_) {
      const Line& l = lines_[s.line];
      const auto ws = originals(l, l.row->words);
      const size_t page = pages_[l.page_at].page;
      TableSummaryLine line{s.kind, row_text(*l.row), ws, box_of(ws), page, s.term, std::vector<std::string>(ws.size()), {}};
      line.order = {static_cast<double>(page), s.term_position, static_cast<double>(l.block), l.row->box.center_y()};
      table.summaries.push_back(std::move(line));
    }
    for (const std::string& t : terms_)
      if (std::find(out.sections.begin(), out.sections.end(), t) == out.sections.end()) out.sections.push_back(t);
    const size_t read = table.rows.size();
    out.tables.push_back(std::move(table));
    return read;
  }

  static Box box_of(const std::vector<const Word*>& ws) {
    Box b = ws.empty() ? Box{} : ws.front()->box;
    for (const Word* w : ws) b = bounding_box(b, w->box);
    return b;
  }

  const std::vector<PageLines>& pages_;
  const TableReaderOptions& opt_;
  std::vector<Line> lines_;
  std::vector<double> spaces_;
  std::set<std::string> recurring_;
  std::optional<Record> current_;
  std::vector<Record> records_;
  std::vector<Summary> summaries_;
  std::vector<std::string> terms_;
  std::string term_, year_section_;
  size_t term_page_ = static_cast<size_t>(-1);
  double term_y_ = -1;
};

}  // namespace

std::vector<LabelledValue> labelled_values(const TableRow& row, double word_space) {
  std::vector<LabelledValue> out;
  for (const auto& piece : chunks_of(row, word_space)) {
    auto pairs = pairs_of_piece(piece);
    if (pairs.empty()) return {};
    for (auto& p : pairs) out.push_back(std::move(p));
  }
  return out;
}

size_t read_record_lists(TableReading& out, const std::vector<PageLines>& pages, const TableReaderOptions& options) {
  return RecordListReader(pages, options).read(out);
}

}  // namespace cc
