#include "extractors/coursework/coursework_rows.h"

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "core/regex.h"
#include "core/text.h"

#include "extractors/coursework/carried_totals.h"
#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/coursework_terms.h"
#include "extractors/coursework/coursework_titles.h"
#include "extractors/coursework/printed_totals.h"
#include "extractors/coursework/weekly_hours.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/table_reader.h"

namespace cc {
namespace {

// Credits a course can carry: a number of four digits is a year (a signature's date under the
// credits column, "Dekan / Dean ... 2019"), never a course's credits.
bool credits_printed(const std::string& credits) {
  const auto v = credit_value(credits);
  return read_number(credits) || (v && *v < 1000) || hours_with_unit(credits);
}

bool has_letter_or_digit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char ch) { return std::isalnum(ch) != 0 || ch >= 0x80; }) &&
         !no_load_printed(s);
}

bool has_value(const RowFields& c) {
  if (credits_printed(c.credits) || read_number(c.marks)) return true;
  return !c.grade.empty() && c.grade.size() <= 8;
}

// A course: a code-shaped code (OCR confusions allowed) with a title or a value, or a title with a
// number of credits or marks (a code OCR mangled beyond reading); never a page's number.
// A title that opens with a one-word label and a figure after it (`CÉDULA: 8-995-2207`, `ID: 4471`):
// a form's field above the table (the student's identity number), no course's name; course titles
// hold a colon only between words (`Microbiology V: Industrial Microbiology`).
bool is_label_and_figure(const std::string& title) {
  static const Regex label_figure(R"(^\s*\S+:\s*\d)");
  return std::regex_search(title, label_figure);
}

}  // namespace

std::optional<std::pair<std::string, std::string>> code_and_title_in_one_cell(const std::string& code_cell) {
  if (read_code(code_cell).valid) return std::nullopt;
  // The first word, or the first two (`BIO 101`), read as a code; the rest as a title of words.
  std::vector<std::string> words;
  for (size_t i = 0; i < code_cell.size();) {
    while (i < code_cell.size() && code_cell[i] == ' ') ++i;
    size_t j = i;
    while (j < code_cell.size() && code_cell[j] != ' ') ++j;
    if (j > i) words.push_back(code_cell.substr(i, j - i));
    i = j;
  }
  for (size_t n = 1; n <= 2 && n < words.size(); ++n) {
    std::string code = words[0], title = words[n];
    if (n == 2) code += " " + words[1];
    for (size_t k = n + 1; k < words.size(); ++k) title += " " + words[k];
    // A code kept as printed (no repair, no case changed: `Stage 1` is no code `STAGE1`), then a
    // title starting with a letter.
    // Its letters start in capitals, as codes print them (`aos 9 De Março`, `least 26 KP` are words).
    const FieldReading read = read_code(code);
    if (!std::isupper(static_cast<unsigned char>(code[0])) || !read.valid || read.fixed || read.value != code) continue;
    const std::string folded = fold_latin(title);  // a dash or a mark before the words becomes a space
    if (folded.empty() || !std::isalpha(static_cast<unsigned char>(folded[0])) || !read_title(title).valid) continue;
    return std::make_pair(code, title);
  }
  return std::nullopt;
}

std::optional<StatedPeriod> stated_period_length(const std::string& text) {
  // `1 période = 45 minutes`, `1 Lektion = 45 Minuten`, `one period = 50 min`: one unit, an equals
  // sign or a colon, a number of minutes under an hour (the minutes' word starts `min` in the
  // languages that write them in Latin letters).
  static const Regex legend(R"((?:^|[^0-9A-Za-z])(?:1|one)\s+([a-z]{3,})\s*(?:=|:)\s*(\d{2})\s*min)");
  const std::string folded = lower_utf8(fold_latin(text));
  std::smatch m;
  if (!std::regex_search(folded, m, legend)) return std::nullopt;
  const double minutes = std::stod(m[2].str());
  if (minutes < 30 || minutes >= 60) return std::nullopt;
  return StatedPeriod{m[1].str(), minutes};
}

bool counts_stated_periods(const std::string& label, const StatedPeriod& period) {
  // The label names the unit the legend defines: the same word, perhaps in the plural (`Périodes`
  // under `1 période = 45 minutes`), the first five letters alike, or all of a shorter word.
  const std::string key = lower_utf8(fold_latin(label));
  const size_t n = std::min<size_t>(5, period.unit.size());
  size_t i = 0;
  while (i < key.size() && !std::isalpha(static_cast<unsigned char>(key[i]))) ++i;
  return key.size() >= i + n && key.compare(i, n, period.unit, 0, n) == 0;
}

namespace {

// One printed line of a page: its words left to right (words whose middles lie within a third of
// a word's height of the line's), and its text.
struct PrintedLine {
  std::vector<const Word*> words;
  std::string text;
  size_t page = 0;
};

std::vector<PrintedLine> printed_lines(const SegmentView& segment) {
  std::vector<PrintedLine> out;
  for (size_t p = 0; p < segment.pages.size(); ++p) {
    std::vector<const Word*> words;
    for (const Word& w : segment.pages[p].page->words) words.push_back(&w);
    std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->box.center_y() < b->box.center_y(); });
    std::vector<std::vector<const Word*>> lines;
    for (const Word* w : words) {
      const double h = w->box.y1 - w->box.y0;
      if (!lines.empty() && std::fabs(lines.back().front()->box.center_y() - w->box.center_y()) < h / 3) lines.back().push_back(w);
      else lines.push_back({w});
    }
    for (auto& l : lines) {
      std::stable_sort(l.begin(), l.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
      PrintedLine line{l, "", p};
      for (const Word* w : l) line.text += (line.text.empty() ? "" : " ") + w->text;
      out.push_back(std::move(line));
    }
  }
  return out;
}

}  // namespace

std::optional<ListedCourseLine> listed_course_line(const std::string& line) {
  // A title of words, a comma, the credits and their unit (one short word), then what the columns
  // to the right print (a grade, a date) or nothing.
  static const Regex course(R"(^\s*(\S.*?[^\d\s,]),\s+(\d{1,3}(?:[.,]\d{1,2})?)\s+([^\d\s,.;:]{1,6}\.?)(?:\s+(.*?))?\s*$)");
  std::smatch m;
  if (!std::regex_match(line, m, course) || !read_title(m[1].str()).valid) return std::nullopt;
  ListedCourseLine out;
  out.title = m[1].str();
  out.credits = m[2].str();
  // The grade: the first short word after the credits that is no date.
  static const Regex date(R"(^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$)");
  const std::string rest = m[4].str();
  for (size_t i = 0; i < rest.size();) {
    size_t j = rest.find(' ', i);
    if (j == std::string::npos) j = rest.size();
    const std::string word = rest.substr(i, j - i);
    if (!word.empty() && !std::regex_match(word, date) && word.size() <= 4) {
      out.grade = word;
      break;
    }
    i = j + 1;
  }
  return out;
}

std::optional<std::string> code_line(const std::string& line) {
  // The code alone, or before a comma (`BL1001, Mälarstrandens högskola`: the code, then the
  // school that gave the course).
  const size_t comma = line.find(',');
  const std::string head = trim(comma == std::string::npos ? line : line.substr(0, comma));
  if (head.empty() || head.find(' ') != std::string::npos) return std::nullopt;
  const FieldReading code = read_code(head);
  if (!code.valid || code.fixed) return std::nullopt;
  return head;
}

namespace {

// Courses listed line by line with no table (S147): a course's line (`Allmän kemi, 7,5 hp  G
// 2022-11-08`) and right under it a line that starts with its code. The lines under a course that
// have its shape but no code line of their own are its parts (examinations, modules): no courses.
// A course printed with no grade (still under way) carries the credits of its parts that carry
// one, and their grade when they agree; with no such part it is no course yet.
std::vector<RawCourseRow> listed_courses(const SegmentView& segment) {
  std::vector<RawCourseRow> out;
  const auto lines = printed_lines(segment);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto course = listed_course_line(lines[i].text);
    const auto code = course ? code_line(lines[i + 1].text) : std::nullopt;
    if (!code) continue;
    RawCourseRow row;
    row.code = *code;
    row.title = course->title;
    row.credits = course->credits;
    row.grade = course->grade;
    row.words = lines[i].words;
    row.page = segment.pages[lines[i].page];
    row.order = {static_cast<double>(lines[i].page), 0, 0, static_cast<double>(i)};
    if (row.grade.empty()) {
      double passed = 0;
      std::set<std::string> grades;
      for (size_t k = i + 2; k < lines.size(); ++k) {
        const auto part = listed_course_line(lines[k].text);
        if (!part || (k + 1 < lines.size() && code_line(lines[k + 1].text))) break;
        if (part->grade.empty()) continue;
        if (const auto v = read_number(part->credits)) passed += *v;
        grades.insert(part->grade);
      }
      if (passed <= 0) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%g", passed);
      row.credits = buf;
      if (grades.size() == 1) row.grade = *grades.begin();
    }
    out.push_back(std::move(row));
  }
  return out;
}

// S138: a code cell closed by a colon with a figure right after it (`Crédits acquis S5: 30/30`,
// `Total S1: 30`) is a label and its value: the colon ends what names the figure, and a course's
// code is followed by its title, never by a number opening the title cell.
bool is_label_of_figure(const std::string& code, const std::string& title) {
  const std::string c = squeeze_spaces(code);
  if (c.empty() || c.back() != ':') return false;
  const auto first = std::find_if(title.begin(), title.end(), [](char ch) { return ch != ' '; });
  return first != title.end() && std::isdigit(static_cast<unsigned char>(*first)) != 0;
}

bool is_course(const RowFields& given) {
  RowFields c = given;
  if (const auto split = code_and_title_in_one_cell(c.code.empty() ? c.title : c.code)) std::tie(c.code, c.title) = *split;
  if (is_label_and_text(c.code)) return false;  // a legend's "CA: Continuous Assessment; SE: ..."
  if (is_label_and_figure(c.title)) return false;
  if (is_label_of_figure(c.code, c.title)) return false;
  if (c.code.empty() && is_page_marker(c.title)) return false;
  const bool code_ok = read_code(c.code).valid;
  const bool title_ok = read_title(c.title).valid;
  if (code_ok) return title_ok || has_value(c);
  if (title_ok && (credits_printed(c.credits) || read_number(c.marks))) return true;
  // A titled row whose credits cell prints a dash and which is graded: a course of no credit (S194).
  // Not a form's label (`Qualification:`) nor a dated remark (`Completed 2017-12-03`): a grade in
  // letters or words, no figure.
  const bool label = !c.code.empty() && c.code.back() == ':';
  const bool figures = std::any_of(c.grade.begin(), c.grade.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; });
  return title_ok && !label && !figures && no_load_printed(c.credits) && !c.grade.empty() && has_letter_or_digit(c.grade);
}

TableReaderOptions course_table_options() {
  TableReaderOptions o;
  o.normalise_section = [](const std::string& text) { return repair_term_heading(text); };  // "Semester !"
  o.is_section = [](const std::string& text) { return is_term_heading(text); };
  o.is_record = is_course;
  o.is_certain_record = [](const RowFields& c) { return is_course(c) && read_code(c.code).valid && has_value(c); };
  o.states_totals = [](const std::vector<std::string>& words) { return states_totals(words); };  // printed_totals.h
  return o;
}

}  // namespace

bool is_summary_row(const std::string& row_text) { return is_summary_line(row_text); }

// A page's number printed in the footer ("Page 2 / 3", "Página 1 de 2", "стр. 1 от 3", "Seite 2
// von 4"): the word for a page, its number, perhaps "of" and the count, nothing else. No course is
// called so; its count read under a credits column had made a course of it.
bool is_page_marker(const std::string& title) {
  static const Regex marker(
      R"(^\s*(page|p(?:a|á)g|p(?:a|á)gina|seite|sayfa|strona|str|стр|страница|сторінка|səh|hoja|folha|feuille)\.?\s*\d{1,3}\s*((/|of|de|von|z|от|из|з)\s*(\d{1,3})?)?\s*$)",
      Regex::ECMAScript | Regex::icase);
  return std::regex_match(lower_utf8(title), marker);
}

std::optional<double> uniform_credit_stated(const std::string& text) {
  static const Regex statement(
      R"(\b(each|every|all)\s+(the\s+)?(courses?|subjects?|units?|modules?|papers?|classes)\s+(listed\s+|above\s+)?)"
      R"((carries|carry|is\s+worth|are\s+worth|is\s+of|are\s+of|counts?\s+(?:for|as)|(?:is|are)\s+(?:equivalent|equal)\s+to|corresponds?\s+to|is|are|has|have|equals?|=)\s+)"
      R"((\d{1,2}(\.\d)?|one|two|three|four|five|six)\s*((semester|credit|quarter)\s+(hours?|units?)|credits?|units?|cr\.?|sh)\b)",
      Regex::ECMAScript | Regex::icase);
  std::smatch m;
  if (!std::regex_search(text, m, statement)) return std::nullopt;
  const std::string n = m[6].str();
  static const std::vector<std::string> words = {"one", "two", "three", "four", "five", "six"};
  for (size_t i = 0; i < words.size(); ++i)
    if (fold_latin(n) == words[i]) return static_cast<double>(i + 1);
  return std::stod(n);
}

namespace {

// The header labels of the credits columns of a segment's tables ("c h" of "C.H."). One document
// heads a column the same way in every table it prints: a table of three rows whose "C.H." the
// reader took for contact hours (its values, 8 4 2, too few to tell) holds the credits when
// another table of the same document read "C.H." as credits.
std::set<std::string> credit_column_labels(const std::vector<ReadTable>& tables) {
  std::set<std::string> out;
  for (const ReadTable& table : tables)
    for (const TableColumn& c : table.columns)
      if (c.role == ColumnRole::credits && !c.label.empty()) out.insert(letters_lower(c.label));
  out.erase("");
  return out;
}

}  // namespace

// S139: a transcript's course codes share a shape: where five codes or more hold letters (`MIC
// 412`, `BIO-101`) and none is a plain number, a row whose code cell is a bare decimal number (`4.0`,
// `3.7`: the grade points of a grading key printed under the table's columns, `A 4.0 Outstanding 90
// and above`) is no course. Transcripts with codes that are numbers (`1.1`, `2.03`) keep every row.
static void drop_decimal_codes_among_lettered(std::vector<RawCourseRow>& rows) {
  static const Regex decimal(R"(^\s*\d+\.\d+\s*$)");
  int lettered = 0, other = 0;
  for (const auto& r : rows) {
    const std::string code = squeeze_spaces(r.code);
    if (code.empty() || std::regex_match(code, decimal)) continue;
    const bool letters = std::any_of(code.begin(), code.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    ++(letters ? lettered : other);
  }
  if (lettered < 5 || other > 0) return;
  rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const RawCourseRow& r) { return std::regex_match(r.code, decimal); }),
             rows.end());
}

TranscriptRows read_transcript_rows(const SegmentView& segment) {
  TranscriptRows out;
  std::vector<const PageText*> pages;
  for (const PageRef& ref : segment.pages) pages.push_back(ref.page);
  const TableReading reading = read_tables(pages, course_table_options());
  out.text = reading.text;
  out.terms = reading.sections;
  const std::set<std::string> credit_labels = credit_column_labels(reading.tables);
  const auto period = stated_period_length(out.text);
  for (size_t t = 0; t < reading.tables.size(); ++t) {
    const ReadTable& table = reading.tables[t];
    for (const TableSummaryLine& line : table.summaries)
      out.summaries.push_back({line.kind, line.text, line.term, line.words, line.roles, segment.pages[line.page], line.order, t});
    // The credits the rows are read from name the system: ECTS printed beside credit hours is a
    // second measure (the table reader reads the hours), so it names nothing.
    std::vector<std::string> credits, second_measure;
    for (const TableColumn& c : table.columns) {
      if (c.role == ColumnRole::credits && c.hours_of_class) out.credits_in_class_hours = true;
      if (c.role == ColumnRole::credits) {
        const std::string key = letters_lower(c.label);
        const bool ects = key.find("ects") != std::string::npos || key.find("akts") != std::string::npos ||
                          key.find("cats") != std::string::npos;
        (ects ? second_measure : credits).push_back(c.label);
      }
      if (c.role == ColumnRole::marks || c.role == ColumnRole::max_marks) out.has_marks_column = true;
    }
    // A column headed by the teaching period the transcript states the length of (`Périodes` under
    // `1 période = 45 minutes`, S146) counts each course's periods: its hours of class are the
    // course's credits, whatever role the reader gave the figures (hours of class, marks, a term)
    // and whatever column it took for the credits (with no header word known, the marks `6.0`).
    size_t periods_at = table.columns.size();
    for (size_t k = 0; period && k < table.columns.size(); ++k) {
      const ColumnRole role = table.columns[k].role;
      if (role != ColumnRole::code && role != ColumnRole::title && role != ColumnRole::grade &&
          counts_stated_periods(table.columns[k].label, *period))
        periods_at = k;
    }
    if (periods_at < table.columns.size()) {
      credits = {table.columns[periods_at].label};  // the periods' hours are the credits (not what the reader took for them)
      second_measure.clear();
      out.credits_in_class_hours = true;
    }
    for (auto& label : credits.empty() ? second_measure : credits) out.credit_headers.push_back(label);
    out.european_beside = out.european_beside || (!credits.empty() && !second_measure.empty());
    const auto hours_column = std::find_if(table.columns.begin(), table.columns.end(),
                                           [](const TableColumn& c) { return c.role == ColumnRole::contact_hours; });
    // No credits column, hours a week by kind of class: each row's credits from its hours.
    std::vector<size_t> hours_columns;
    for (size_t k = 0; k < table.columns.size(); ++k)
      if (table.columns[k].role == ColumnRole::contact_hours) hours_columns.push_back(k);
    const bool weekly = credits.empty() && second_measure.empty() && hours_columns.size() >= 2;
    const bool hours_are_credits = credits.empty() && second_measure.empty() && hours_columns.size() == 1 &&
                                   credit_labels.count(letters_lower(table.columns[hours_columns[0]].label));
    // A credits column of two numbers joined by a slash that are no marks of a maximum (`45/30`:
    // theory and practical hours) prints one load in parts: the course carries their sum (S124).
    std::vector<std::string> credit_cells;
    for (const TableRecord& r : table.rows) credit_cells.push_back(r.fields.credits);
    const bool credits_in_parts = loads_in_parts(credit_cells);
    for (const TableRecord& r : table.rows) {
      RawCourseRow row;
      const auto hours_at = static_cast<size_t>(hours_column - table.columns.begin());
      if (hours_column != table.columns.end() && hours_at < r.cells.size()) row.contact_hours = r.cells[hours_at].text;
      row.code = r.fields.code;
      row.title = r.fields.title;
      if (const auto split = code_and_title_in_one_cell(row.code.empty() ? row.title : row.code))
        std::tie(row.code, row.title) = *split;
      row.grade = r.fields.grade;
      row.credits = r.fields.credits;
      if (credits_in_parts)
        if (const auto sum = sum_of_parts(row.credits)) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%g", *sum);
          row.credits = buf;
        }
      if (hours_are_credits && row.credits.empty()) row.credits.swap(row.contact_hours);
      if (periods_at < table.columns.size()) {
        row.credits.clear();
        const auto periods = periods_at < r.cells.size() ? read_number(r.cells[periods_at].text) : std::nullopt;
        if (periods) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%g", *periods * period->minutes / 60);
          row.credits = buf;
        }
      }
      if (weekly && row.credits.empty()) {
        std::vector<std::pair<std::string, std::string>> hours;
        for (size_t k : hours_columns) hours.push_back({table.columns[k].label, k < r.cells.size() ? r.cells[k].text : ""});
        if (const auto derived = credits_from_weekly_hours(hours)) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%g", *derived);
          row.credits = buf;
          out.credits_from_weekly_hours = true;
        }
      }
      row.marks = r.fields.marks;
      row.points = r.fields.points;
      row.words = r.words;
      row.page = segment.pages[r.page];
      row.term = r.term;
      row.order = r.order;
      row.table = t;
      out.rows.push_back(std::move(row));
    }
  }
  // A transcript segment whose tables hold no course: its courses may be listed line by line.
  if (out.rows.empty() && segment.type == "transcript") out.rows = listed_courses(segment);
  // No credits printed on any row, and the transcript states the credit every course carries.
  const bool no_credits = std::none_of(out.rows.begin(), out.rows.end(), [](const RawCourseRow& r) { return !r.credits.empty(); });
  if (no_credits && !out.rows.empty())
    if (const auto each = uniform_credit_stated(out.text)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%g", *each);
      for (auto& r : out.rows) r.credits = buf;
    }
  const auto labels = harmonise_term_labels(out.terms);
  for (auto& r : out.rows) {
    const auto it = std::find(out.terms.begin(), out.terms.end(), r.term);
    if (it != out.terms.end()) r.term = labels[static_cast<size_t>(it - out.terms.begin())];
  }
  for (auto& line : out.summaries) {
    const auto it = std::find(out.terms.begin(), out.terms.end(), line.term);
    if (it != out.terms.end()) line.term = labels[static_cast<size_t>(it - out.terms.begin())];
  }
  out.terms = labels;
  std::stable_sort(out.rows.begin(), out.rows.end(),
                   [](const RawCourseRow& a, const RawCourseRow& b) { return a.order < b.order; });
  drop_carried_totals(out.rows);
  drop_decimal_codes_among_lettered(out.rows);
  return out;
}

}  // namespace cc
