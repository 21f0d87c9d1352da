#include "extractors/tables/block_reader.h"

#include <algorithm>
#include <cctype>

#include "extractors/tables/caption_shapes.h"
#include "extractors/tables/header_layout.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/measure_columns.h"
#include "extractors/tables/printed_labels.h"
#include "extractors/tables/record_parts.h"
#include "extractors/tables/row_fields.h"
#include "extractors/tables/row_labels.h"
#include "extractors/tables/table_blocks.h"
#include "extractors/tables/table_header.h"
#include "extractors/tables/table_roles.h"

namespace cc {
namespace {

class BlockReader {
 public:
  BlockReader(TableReading& out, BlockState& state, const TableReaderOptions& options, const PageText& page,
              const std::vector<Word>& upright, size_t page_index, size_t block, const std::vector<TableRow>* next_page)
      : out_(out), st_(state), opt_(options), page_(page), upright_(upright), page_index_(page_index), block_(block), next_page_(next_page) {}

  void read(const std::vector<TableRow>& rows) {
    st_.last_record = -1;  // a title never wraps onto the next page
    st_.title_line.reset();
    const Headers headers = find_headers(rows, [this](const std::string& t) { return is_section(t); });
    auto header_at = [&](size_t i) -> const TableHeader* { return headers.at[i].empty() ? nullptr : &headers.at[i].front(); };
    size_t first = rows.size();
    for (size_t i = 0; i < rows.size() && first == rows.size(); ++i)
      if (header_at(i)) first = i;
    // Rows continuing the last page's table before this page's first header: that header, if it
    // has the same table's columns, places them on this page better than the last page did.
    if (st_.layout && first < rows.size() && covers_columns(*header_at(first), st_.layout->header))
      st_.layout = layout_under(*header_at(first), rows, headers, 0, opt_);
    // No header on the page and no table running on: columns from alignment, roles from content.
    // Its table starts with its first row of the table's shape: lines above it (form fields that
    // read like records, `Date of entry: October 2018`) are no records; section lines still count.
    double top = -1e9;
    if (!st_.layout && first == rows.size()) {
      if (auto inferred = infer_header(rows, next_page_)) {
        st_.layout = layout_under(*inferred, rows, headers, 0, opt_);
        top = inferred->cells.front().box.y0;
        size_t record = 0;
        while (record < rows.size() && (rows[record].box.y1 < top || !is_record(fields_of(rows[record], *st_.layout)))) ++record;
        // Every role of a table found from alignment came from content, labels printed above or not.
        st_.layout->from_content.resize(st_.layout->columns.size(), false);
        for (size_t k = 0; k < st_.layout->columns.size() && k < st_.layout->header.cells.size(); ++k)
          if (st_.layout->header.cells[k].text.empty()) st_.layout->from_content[k] = true;
        label_from_line_above(*st_.layout, rows, record, opt_);
        // With its labels printed, a weight of the marks beside hours of class may show (measure_columns.h).
        std::vector<const TableRow*> records;
        for (size_t j = record; j < rows.size(); ++j)
          if (is_record(fields_of(rows[j], *st_.layout))) records.push_back(&rows[j]);
        if (size_t hours = 0; st_.layout->hours_measure < 0 && hours_beside_a_weight_of_marks(*st_.layout, records, &hours))
          st_.layout->hours_measure = static_cast<int>(hours);
        start_table(false);
      }
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      if (headers.part[i]) continue;
      forget_form_section(rows[i]);
      if (const TableHeader* h = header_at(i)) {
        st_.layout = layout_under(*h, rows, headers, i + 1, opt_);
        start_table(true);
        continue;
      }
      if (rows[i].box.y1 < top && !is_caption(rows[i], row_text(rows[i]))) {
        const auto words = originals(rows[i].words);
        out_.skipped.push_back({row_text(rows[i]), words, box_of(words), page_index_, block_, "no table above it"});
        continue;
      }
      read_row(rows[i]);
    }
  }

 private:
  bool is_section(const std::string& text) const { return option_is_section(opt_, text); }

  // A section line: by its term words, or (when no line of the document was) by its shape, a
  // numbered caption on a line of its own that is no wrapped title (caption_shapes.h).
  bool is_caption(const TableRow& row, const std::string& text) {
    if (is_section(text)) {
      st_.worded_sections = true;
      return true;
    }
    if (st_.worded_sections || is_tabular(row) || !has_caption_shape(text)) return false;
    return !may_continue_title(row);
  }

  // A caption told by its shape that opens with a number (`2. INFORMACIJA APIE KVALIFIKACIJĄ`) and
  // is followed by lines numbered under it (`2.1 Kvalifikacinis laipsnis ...`) heads a numbered
  // section of a form (a diploma supplement's 1. to 8.), not a term: its items are fields, and the
  // rows after it have no term from it.
  void forget_form_section(const TableRow& row) {
    if (st_.caption_number.empty() || row.words.empty()) return;
    const std::string& first = row.words.front()->text;
    const std::string prefix = st_.caption_number + ".";
    if (first.size() <= prefix.size() || first.compare(0, prefix.size(), prefix) != 0 ||
        !std::isdigit(static_cast<unsigned char>(first[prefix.size()])))
      return;
    st_.term.clear();
    st_.year_section.clear();
    st_.caption_number.clear();
  }

  // True when `row` could be the rest of the title of the record right above it: it lies within
  // 1.2 lines of it, starts in the title's column, and its first word would not have fitted on the
  // line above (a title wraps because its next word does not fit).
  bool may_continue_title(const TableRow& row) {
    const ReadTable* t = st_.table < 0 ? nullptr : &out_.tables[static_cast<size_t>(st_.table)];
    if (!t || !st_.layout || st_.last_record < 0 || row.words.empty()) return false;
    if (row.box.y0 - st_.last_record_bottom >= 1.2 * row.word_height) return false;
    const size_t k = first_of_role(*st_.layout, ColumnRole::title);
    if (k >= st_.layout->columns.size()) return false;
    if (row.box.x0 < st_.layout->columns[k].x0 - row.word_height) return false;  // starts left of the titles
    double right = 0;
    for (const auto& r : t->rows)
      if (k < r.cells.size() && !r.cells[k].words.empty()) right = std::max(right, r.cells[k].box.x1);
    const TableRecord& above = t->rows[static_cast<size_t>(st_.last_record)];
    if (k >= above.cells.size() || above.cells[k].words.empty()) return true;
    const double first_word = row.words.front()->box.x1 - row.words.front()->box.x0;
    return above.cells[k].box.x1 + 0.3 * row.word_height + first_word > right;
  }
  bool is_record(const RowFields& f) const { return option_is_record(opt_, f); }
  bool is_certain(const RowFields& f) const { return option_is_certain(opt_, f); }

  const Word* original(const Word* w) const { return &page_.words[static_cast<size_t>(w - upright_.data())]; }
  std::vector<const Word*> originals(const std::vector<const Word*>& ws) const {
    std::vector<const Word*> out;
    for (const Word* w : ws) out.push_back(original(w));
    return out;
  }
  static Box box_of(const std::vector<const Word*>& ws) {
    Box b = ws.empty() ? Box{} : ws.front()->box;
    for (const Word* w : ws) b = bounding_box(b, w->box);
    return b;
  }

  void start_table(bool printed) {
    ReadTable t;
    t.block = block_;
    t.first_page = t.last_page = page_index_;
    t.header_printed = printed;
    for (size_t k = 0; k < st_.layout->columns.size(); ++k) {
      const auto& c = st_.layout->columns[k];
      const auto& cell = st_.layout->header.cells[k];
      const bool by_content = k < st_.layout->from_content.size() && st_.layout->from_content[k];
      t.columns.push_back({c.role, cell.text, printed && !by_content && c.role != ColumnRole::unknown, c.x0, c.x1});
      t.columns.back().hours_of_class = static_cast<int>(k) == st_.layout->hours_measure && c.role == ColumnRole::credits;
      if (!t.header_text.empty() && !cell.text.empty()) t.header_text += " | ";
      t.header_text += cell.text;
    }
    out_.tables.push_back(std::move(t));
    st_.term_cells.clear();
    st_.table = static_cast<int>(out_.tables.size()) - 1;
    st_.last_record = -1;
    st_.title_line.reset();
  }

  ReadTable* table() {
    if (st_.table < 0) return nullptr;
    ReadTable& t = out_.tables[static_cast<size_t>(st_.table)];
    t.last_page = page_index_;
    return &t;
  }

  static std::vector<std::string> texts_of(const std::vector<const Word*>& words) {
    std::vector<std::string> out;
    for (const Word* w : words) out.push_back(w->text);
    return out;
  }

  // A summary line of the current table, each word with the role of the column it stands under.
  void add_summary(const TableRow& row, const std::string& text, const std::string& kind) {
    st_.last_record = -1;
    const auto words = originals(row.words);
    ReadTable* t = table();
    if (!t) {
      out_.skipped.push_back({text, words, box_of(words), page_index_, block_, "summary line outside any table"});
      return;
    }
    TableSummaryLine line{kind, text, words, box_of(words), page_index_, st_.term, {}, {}};
    line.roles.assign(row.words.size(), "");
    if (st_.layout) {
      const auto columns = assign_columns(row, *st_.layout);
      for (size_t c = 0; c < columns.size(); ++c)
        for (const Word* w : columns[c]) {
          const auto at = static_cast<size_t>(std::find(row.words.begin(), row.words.end(), w) - row.words.begin());
          if (at < row.words.size()) line.roles[at] = std::string(role_name(st_.layout->columns[c].role));
        }
    }
    const double term_position = st_.term_page == static_cast<int>(page_index_) ? st_.term_y : -1;
    line.order = {static_cast<double>(page_index_), term_position, static_cast<double>(block_), row.box.center_y()};
    t->summaries.push_back(std::move(line));
  }

  void read_row(const TableRow& row) {
    const std::string text = row_text(row);
    std::optional<BlockState::TitleLine> title_line = std::move(st_.title_line);
    st_.title_line.reset();  // any line but a record right under it ends its chance
    std::optional<BlockState::TitleLine> spanning_title = std::move(st_.spanning_title);
    st_.spanning_title.reset();
    const ColumnLayout* layout = st_.layout ? &*st_.layout : nullptr;
    const RowFields fields = layout ? fields_of(row, *layout) : RowFields{};
    const bool label = labels_a_value(fields.title) || is_legend(text, fields.title) || is_grid_row_label(fields) ||
                       states_credits(fields.title) || (layout && runs_across_columns(row, *layout));
    const bool record = layout && !label && is_record(fields);
    // A summary word in a row that fills the table's columns as a course does (a course code, a
    // title, credits or a grade: "ENG 1112  English Language I (NGPA)  2  A  -") is part of the
    // course, not a summary: summary lines print no course code.
    const bool full_record = record && type_of_cell(fields.code) == CellType::code && type_of_cell(fields.title) == CellType::text &&
                             default_is_certain(fields);
    if (auto kind = summary_kind(text); kind && (!full_record || breakdown_with_total(text))) {
      add_summary(row, text, *kind);
      return;
    }
    if (!record && opt_.states_totals && opt_.states_totals(texts_of(row.words))) {
      add_summary(row, text, "total");
      return;
    }
    // A title wrapped right under a record that reads like a section ("Final Year Project") is the
    // record's title; a bare caption ("Second Semester") is still a section.
    const bool wrapped_title = !record && layout && st_.last_record >= 0 && !fields.title.empty() && !fields.outside_title &&
                               row.box.y0 - st_.last_record_bottom < 1.2 * row.word_height && section_says_more(text);
    // A record whose term words lie outside its title, in a cell of their own ("Matemática | 1.º
    // Sem. | 75 | 15": a course taught in the first semester), is a course: a caption prints its
    // term where a title would stand.
    const bool term_beside_title = record && !fields.title.empty() && has_number(fields) && !is_section(fields.title);
    if (!(record && is_certain(fields)) && !term_beside_title && !wrapped_title &&
        (record ? is_section(text) : is_caption(row, text))) {
      const std::string section = section_text(opt_.normalise_section ? opt_.normalise_section(text) : text);
      const SectionScope scope = section_scope(section);
      if (scope == SectionScope::year) st_.year_section = section;
      if (scope == SectionScope::both) st_.year_section.clear();
      const bool nested = scope == SectionScope::part_of_year && !st_.year_section.empty();
      st_.term = nested ? st_.year_section + ", " + section : section;
      st_.caption_number.clear();
      if (!st_.worded_sections && !row.words.empty()) {
        std::string number = row.words.front()->text;
        while (!number.empty() && number.back() == '.') number.pop_back();
        if (!number.empty() && std::all_of(number.begin(), number.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
          st_.caption_number = number;
      }
      st_.term_page = static_cast<int>(page_index_);
      st_.term_y = row.box.y0;
      st_.column_term.clear();
      st_.term_cells.clear();
      st_.last_record = -1;
      out_.sections.push_back(st_.term);
      return;
    }
    std::optional<BlockState::TitleLine> course_line = std::move(st_.course_line);
    st_.course_line.reset();
    if (record && is_part_title(fields.title) && add_course_part(row, fields, *layout, course_line)) return;
    if (record) {
      add_record(row, fields, *layout);
      if (fields.title.empty() && title_line && row.box.y0 - title_line->bottom < 1.2 * row.word_height)
        take_title_line(*title_line, *layout);
      // A record whose cells are centred across two lines (`UE11 ... 6 Validé` between `Chimie
      // générale  Atomistique ...` and `Thermodynamique ...`): its line reaches into the line above,
      // which is no record; that line's title cell is the record's title (a cell spanning rows).
      else if (fields.title.empty() && spanning_title && row.box.y0 < spanning_title->bottom - 0.1 * row.word_height)
        take_title_line(*spanning_title, *layout);
      return;
    }
    if (!label && layout && later_sitting(row, *layout)) return;
    ReadTable* t = table();
    const bool listed = is_list_item(fields.title);
    const bool title_only = t && layout && !label && !listed && !is_field_line(fields.title) && !fields.title.empty() &&
                            (!fields.outside_title || translates_record_above(row, *layout));
    if (title_only) {
      const auto words = originals(row.words);
      st_.title_line = BlockState::TitleLine{fields.title, words, row.box.y1, -1, {}, {}};
    }
    // The lines of one cell share their leading: a title line set further below the title's last
    // line than its lines stand apart (centre to centre, a third more) is no line of that title but a caption under
    // it (`Practica clinică / Клиническая практика` under a title of two lines, in a band of its own).
    const bool beyond_leading = st_.title_pitch > 0 && row.box.center_y() - st_.last_line_centre > 1.3 * st_.title_pitch;
    if (title_only && st_.last_record >= 0 && row.box.y0 - st_.last_record_bottom < 1.2 * row.word_height && !beyond_leading) {
      TableRecord& prev = t->rows[static_cast<size_t>(st_.last_record)];
      if (st_.wrapped_lines == 0) st_.title_pitch = row.box.center_y() - st_.last_line_centre;
      st_.last_line_centre = row.box.center_y();
      st_.title_line->appended_to = st_.last_record;
      st_.title_line->before = prev;
      // Under a title header printed in two languages, a title's second line is its translation:
      // the English line is the title.
      const int english = st_.wrapped_lines == 0 ? english_title_line(*layout) : -1;
      ++st_.wrapped_lines;
      auto joined = [&](const std::string& before) {
        if (english == 0) return before;
        if (english == 1 || before.empty()) return fields.title;
        return before + " " + fields.title;
      };
      prev.fields.title = joined(prev.fields.title);
      prev.title_lines.push_back(fields.title);
      const auto words = originals(row.words);
      prev.words.insert(prev.words.end(), words.begin(), words.end());
      for (size_t k = 0; k < layout->columns.size(); ++k) {
        if (layout->columns[k].role != ColumnRole::title) continue;
        TableCell& cell = prev.cells[k];
        cell.text = joined(cell.text);
        cell.words.insert(cell.words.end(), words.begin(), words.end());
        cell.box = box_of(cell.words);
      }
      prev.box = box_of(prev.words);
      st_.last_record_bottom = row.box.y1;
      return;
    }
    st_.last_record = -1;
    st_.course_of_parts = -1;
    if (title_only) return;  // kept for a record right under it
    if (t && layout && !label && !fields.title.empty() && fields.marks.empty() && fields.credits.empty() &&
        !is_part_title(fields.title))
      st_.course_line = BlockState::TitleLine{fields.title, originals(row.words), row.box.y1, -1, {}, fields.grade};
    if (t && layout && !label && !listed) {
      // The title cell and whatever the line prints left of it: the columns were placed by the
      // records, whose lines hold no title, so a long title may start left of its column.
      const size_t title = first_of_role(*layout, ColumnRole::title);
      if (title < layout->columns.size()) {
        const auto per_column = assign_columns(row, *layout);
        std::vector<const Word*> title_words;
        for (size_t k = 0; k <= title && k < per_column.size(); ++k)
          title_words.insert(title_words.end(), per_column[k].begin(), per_column[k].end());
        const std::string joined = join_words(title_words);
        const bool words_only = std::none_of(joined.begin(), joined.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        if (!title_words.empty() && words_only)
          st_.spanning_title = BlockState::TitleLine{join_words(title_words), originals(title_words), row.box.y1, -1, {}, {}};
      }
    }
    const auto words = originals(row.words);
    const char* why = !layout  ? "no table above it"
                      : label  ? "a label or legend, not a record"
                      : listed ? "an item listed under a course, not a record"
                               : "not a record of its table";
    out_.skipped.push_back({text, words, box_of(words), page_index_, block_, why});
  }

  // A later sitting printed on a line of its own right under the record, in its grade columns only
  // (a failed examination, then the retake, in one cell on two lines: `12.01.2016 fail (4)` over
  // `29.01.2016 good (3)`): the last result given is the record's grade. True when `row` was one.
  bool later_sitting(const TableRow& row, const ColumnLayout& layout) {
    ReadTable* t = table();
    if (!t || st_.last_record < 0 || row.box.y0 - st_.last_record_bottom >= 1.2 * row.word_height) return false;
    const auto per_column = assign_columns(row, layout);
    std::optional<std::string> result;
    for (size_t k = 0; k < per_column.size(); ++k) {
      if (per_column[k].empty()) continue;
      if (layout.columns[k].role != ColumnRole::grade) return false;
      if (const auto r = dated_result(join_words(per_column[k]))) result = r;
      else return false;
    }
    if (!result) return false;
    TableRecord& prev = t->rows[static_cast<size_t>(st_.last_record)];
    prev.fields.grade = *result;
    const auto words = originals(row.words);
    prev.words.insert(prev.words.end(), words.begin(), words.end());
    prev.box = box_of(prev.words);
    st_.last_record_bottom = row.box.y1;
    return true;
  }

  // A record's cells printed again in another language on the line right under it (`История
  // Кыргызстана ... удовл.` over `History of Kyrgyzstan ... satisfactory`): no digit, and each
  // word outside the title column stands in a column where the record has words too (a grade or
  // remark in words, translated). Its title is the record title's second line; a line under a
  // record with values of its own is no translation.
  bool translates_record_above(const TableRow& row, const ColumnLayout& layout) {
    ReadTable* t = st_.table < 0 ? nullptr : &out_.tables[static_cast<size_t>(st_.table)];
    if (!t || st_.last_record < 0 || row.box.y0 - st_.last_record_bottom >= 1.2 * row.word_height) return false;
    const TableRecord& above = t->rows[static_cast<size_t>(st_.last_record)];
    const size_t title = first_of_role(layout, ColumnRole::title);
    if (title >= layout.columns.size() || row.box.x0 < layout.columns[title].x0 - row.word_height) return false;
    const auto per_column = assign_columns(row, layout);
    auto figures = [](const std::string& s) {
      std::vector<std::string> out;
      for (size_t i = 0; i < s.size();) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; continue; }
        size_t j = i;
        while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
        out.push_back(s.substr(i, j - i));
        i = j;
      }
      return out;
    };
    for (size_t k = 0; k < per_column.size() && k < layout.columns.size(); ++k) {
      if (per_column[k].empty()) continue;
      // A figure in the line is the record's own, its unit translated (`2 həftə` over `2 weeks`,
      // S197): the same figures in the same column, beside words; any other figure (a title's, a
      // new record's) makes the line no translation.
      const auto line_figures = figures(join_words(per_column[k]));
      if (!line_figures.empty() && (k == title || k >= above.cells.size() || figures(above.cells[k].text) != line_figures)) return false;
      if (k == title) continue;
      if (k < title || k >= above.cells.size()) return false;
      // The record has words there too (a grade or remark in words), which the line translates.
      const std::string& cell = above.cells[k].text;
      const bool words = std::any_of(cell.begin(), cell.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
      });
      if (!words) return false;
    }
    return true;
  }

  // A lettered part ("(a) Written 100 91"): under a course line with no marks of its own (just
  // read, or made a record by an earlier part) it adds its numbers to that course. False when
  // there is no such course: the part is read as a record of its own.
  bool add_course_part(const TableRow& row, const RowFields& fields, const ColumnLayout& layout,
                       const std::optional<BlockState::TitleLine>& course_line) {
    ReadTable* t = table();
    if (t && st_.course_of_parts >= 0 && st_.course_of_parts == st_.last_record &&
        row.box.y0 - st_.last_record_bottom < 1.2 * row.word_height) {
      TableRecord part;
      part.cells.resize(layout.columns.size());
      const auto per_column = assign_columns(row, layout);
      for (size_t k = 0; k < per_column.size() && k < part.cells.size(); ++k) {
        part.cells[k].text = join_words(per_column[k]);
        part.cells[k].words = originals(per_column[k]);
      }
      part.words = originals(row.words);
      part.fields = fields;
      add_part(t->rows[static_cast<size_t>(st_.course_of_parts)], part, layout);
      st_.last_record_bottom = row.box.y1;
      return true;
    }
    if (!course_line || row.box.y0 - course_line->bottom > 1.2 * row.word_height) return false;
    add_record(row, fields, layout);
    TableRecord& course = table()->rows.back();
    course.fields.title = course_line->text;
    course.title_lines = {course_line->text};
    course.words.insert(course.words.begin(), course_line->words.begin(), course_line->words.end());
    course.box = box_of(course.words);
    if (course.fields.grade.empty()) course.fields.grade = course_line->grade;
    for (size_t k = 0; k < layout.columns.size(); ++k)
      if (layout.columns[k].role == ColumnRole::title) course.cells[k].text = course_line->text;
    st_.course_of_parts = st_.last_record;
    return true;
  }

  // The record just added has no title and `line`, a title-only line, lies right above it: that
  // line is the first line of its title (taken back from the record above if it was given to it).
  void take_title_line(const BlockState::TitleLine& line, const ColumnLayout& layout) {
    ReadTable* t = table();
    if (line.appended_to >= 0 && static_cast<size_t>(line.appended_to) + 1 < t->rows.size())
      t->rows[static_cast<size_t>(line.appended_to)] = line.before;
    TableRecord& r = t->rows.back();
    r.fields.title = line.text;
    r.title_lines = {line.text};
    r.words.insert(r.words.begin(), line.words.begin(), line.words.end());
    r.box = box_of(r.words);
    for (size_t k = 0; k < layout.columns.size(); ++k) {
      if (layout.columns[k].role != ColumnRole::title) continue;
      r.cells[k].text = line.text;
      r.cells[k].words = line.words;
      r.cells[k].box = box_of(line.words);
      r.cells[k].type = type_of_cell(line.text);
      break;
    }
  }

  void add_record(const TableRow& row, const RowFields& fields, const ColumnLayout& layout) {
    if (st_.table < 0) start_table(true);  // a layout carried from an earlier page's block
    ReadTable* t = table();
    TableRecord r;
    const auto per_column = assign_columns(row, layout);
    for (const auto& ws : per_column) {
      TableCell c;
      c.text = join_words(ws);
      c.words = originals(ws);
      c.box = box_of(c.words);
      c.type = type_of_cell(c.text);
      r.cells.push_back(std::move(c));
    }
    r.words = originals(row.words);
    r.box = box_of(r.words);
    r.page = page_index_;
    r.term = st_.term;
    // A term printed in the row's own columns (year, semester) is the row's term.
    std::string own_term;
    bool has_term_column = false;
    size_t term_columns = 0;
    bool term_printed = false;
    for (size_t k = 0; k < layout.columns.size(); ++k) {
      if (layout.columns[k].role != ColumnRole::term) continue;
      ++term_columns;
      term_printed = term_printed || !r.cells[k].text.empty();
    }
    // A term printed in two columns (a year and its part) whose outer cell is printed on the first
    // row of its run only (`2017 | S1` over `| S1`, `| S2`): a blank term cell beside a printed
    // one carries the cell printed above it down, until the next one (S120).
    st_.term_cells.resize(layout.columns.size());
    for (size_t k = 0; k < layout.columns.size(); ++k) {
      has_term_column = has_term_column || layout.columns[k].role == ColumnRole::term;
      if (layout.columns[k].role != ColumnRole::term) continue;
      std::string cell = r.cells[k].text;
      if (!cell.empty()) st_.term_cells[k] = cell;
      else if (term_columns >= 2 && term_printed) cell = st_.term_cells[k];
      if (!cell.empty()) own_term += (own_term.empty() ? "" : " ") + cell;
    }
    // A section line in force wins over a column that prints no term of its own there (a Mexican
    // `Período` column of dates, `AGO-DIC 2020`, under `PRIMER SEMESTRE`).
    const bool section_wins = !st_.term.empty() && !own_term.empty() && !is_section_line(own_term);
    if (has_term_column && !section_wins) r.term = term_from_column(own_term, *t);
    const double term_position = st_.term_page == static_cast<int>(page_index_) ? st_.term_y : -1;
    r.order = {static_cast<double>(page_index_), term_position, static_cast<double>(block_), row.box.center_y()};
    r.fields = fields;
    if (!fields.title.empty()) r.title_lines.push_back(fields.title);
    t->rows.push_back(std::move(r));
    st_.last_record = static_cast<int>(t->rows.size()) - 1;
    st_.last_record_bottom = row.box.y1;
    st_.wrapped_lines = 0;
    st_.last_line_centre = row.box.center_y();
    st_.title_pitch = 0;
  }

  // A term column prints its term once, on the first rows of the term, sometimes over two of them
  // ("1st Semester" over "2019-2020"): a record whose term cell is empty is in the term printed
  // above it, and a piece right under a piece of the other scope (a part of a year and a year)
  // completes it, for the record above too.
  std::string term_from_column(const std::string& own, ReadTable& t) {
    if (own.empty()) {
      if (st_.column_term.empty()) return st_.term;
      ++st_.column_term_rows;
      return st_.column_term;
    }
    const bool completes = st_.column_term_rows == 1 && st_.column_term_first + 1 == static_cast<int>(t.rows.size()) &&
                           !st_.column_term.empty() && section_scope(st_.column_term) != SectionScope::both &&
                           section_scope(own) != SectionScope::both && section_scope(st_.column_term) != section_scope(own);
    if (completes) {
      st_.column_term += " " + own;
      t.rows[static_cast<size_t>(st_.column_term_first)].term = st_.column_term;
      ++st_.column_term_rows;
      return st_.column_term;
    }
    st_.column_term = own;
    st_.column_term_first = static_cast<int>(t.rows.size());
    st_.column_term_rows = 1;
    return own;
  }

  TableReading& out_;
  BlockState& st_;
  const TableReaderOptions& opt_;
  const PageText& page_;
  const std::vector<Word>& upright_;
  size_t page_index_;
  size_t block_;
  const std::vector<TableRow>* next_page_;  // the same block's rows on the next page, if any
};

}  // namespace

void read_block(TableReading& out, BlockState& state, const TableReaderOptions& options, const PageText& page,
                const std::vector<Word>& upright, size_t page_index, size_t block, const std::vector<TableRow>& rows,
                const std::vector<TableRow>* next_page) {
  BlockReader(out, state, options, page, upright, page_index, block, next_page).read(rows);
}

}  // namespace cc
