#include "extractors/coursework/table_header.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace cc {
namespace {

struct Phrase {
  std::vector<std::string> words;  // lower-case letters only
  ColumnRole role;
};

// Longest phrases first, so "Grade Point" wins over "Grade" and "Course Title" over "Course".
const std::vector<Phrase>& phrases() {
  static const std::vector<Phrase> list = [] {
    using R = ColumnRole;
    std::vector<Phrase> p = {
        {{"title", "of", "the", "paper"}, R::title}, {{"title", "of", "the", "course"}, R::title},
        {{"course", "code"}, R::code}, {{"paper", "code"}, R::code}, {{"subject", "code"}, R::code},
        {{"course", "no"}, R::code}, {{"course", "number"}, R::code}, {{"subject", "no"}, R::code},
        {{"descriptive", "title"}, R::title}, {{"course", "title"}, R::title}, {{"paper", "title"}, R::title},
        {{"subject", "title"}, R::title}, {{"course", "description"}, R::title},
        {{"subject", "description"}, R::title}, {{"course", "name"}, R::title}, {{"subject", "name"}, R::title},
        {{"paper", "name"}, R::title},
        {{"final", "grade"}, R::grade}, {{"final", "rating"}, R::grade}, {{"letter", "grade"}, R::grade},
        {{"grade", "point"}, R::points}, {{"grade", "points"}, R::points}, {{"grade", "pts"}, R::points},
        {{"quality", "points"}, R::points}, {{"honor", "points"}, R::points},
        {{"max", "marks"}, R::max_marks}, {{"maximum", "marks"}, R::max_marks},
        {{"min", "marks"}, R::min_marks}, {{"minimum", "marks"}, R::min_marks},
        {{"marks", "obtained"}, R::marks}, {{"marks", "secured"}, R::marks}, {{"marks", "awarded"}, R::marks},
        {{"credit", "units"}, R::credits}, {{"credit", "unit"}, R::credits}, {{"course", "units"}, R::credits},
        {{"course", "unit"}, R::credits}, {{"credit", "hours"}, R::credits}, {{"credit", "hrs"}, R::credits},
        {{"qtr", "hrs"}, R::credits}, {{"qtr", "hours"}, R::credits}, {{"quarter", "hours"}, R::credits},
        {{"sem", "hrs"}, R::credits}, {{"semester", "hours"}, R::credits},
        {{"ects", "credits"}, R::credits}, {{"cats", "credits"}, R::credits}, {{"uk", "credits"}, R::credits},
        {{"s", "no"}, R::serial}, {{"sl", "no"}, R::serial}, {{"s", "n"}, R::serial}, {{"re", "exam"}, R::remark},
        {{"code"}, R::code}, {{"course"}, R::code}, {{"subject"}, R::code},
        {{"title"}, R::title}, {{"description"}, R::title},
        {{"grade"}, R::grade}, {{"grades"}, R::grade}, {{"gr"}, R::grade}, {{"rating"}, R::grade},
        {{"units"}, R::credits}, {{"unit"}, R::credits}, {{"credits"}, R::credits}, {{"credit"}, R::credits},
        {{"cr"}, R::credits}, {{"crs"}, R::credits}, {{"hrs"}, R::credits}, {{"hours"}, R::credits},
        {{"ects"}, R::credits}, {{"cats"}, R::credits},
        {{"points"}, R::points}, {{"pts"}, R::points},
        {{"max"}, R::max_marks}, {{"maximum"}, R::max_marks}, {{"min"}, R::min_marks}, {{"minimum"}, R::min_marks},
        {{"obtained"}, R::marks}, {{"marks"}, R::marks}, {{"secured"}, R::marks},
        {{"score"}, R::score}, {{"sn"}, R::serial}, {{"sno"}, R::serial}, {{"slno"}, R::serial},
        {{"reexam"}, R::remark}, {{"remarks"}, R::remark}, {{"remark"}, R::remark},
        {{"dept"}, R::dept}, {{"no"}, R::number},
    };
    std::stable_sort(p.begin(), p.end(), [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    return p;
  }();
  return list;
}

std::string letters_lower(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalpha(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

// Levenshtein distance, stopping early once it exceeds 1.
int distance_up_to_one(const std::string& a, const std::string& b) {
  if (a == b) return 0;
  const size_t n = a.size(), m = b.size();
  if (n > m + 1 || m > n + 1) return 2;
  size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  if (n == m) return a.compare(i + 1, std::string::npos, b, i + 1, std::string::npos) == 0 ? 1 : 2;
  if (n > m) return a.compare(i + 1, std::string::npos, b, i, std::string::npos) == 0 ? 1 : 2;
  return b.compare(i + 1, std::string::npos, a, i, std::string::npos) == 0 ? 1 : 2;
}

struct Token {
  const Word* word;
  std::string key;
};

// Matches a phrase at tokens[i...]: its words must follow each other at word spacing.
bool phrase_at(const std::vector<Token>& tokens, size_t i, const Phrase& p) {
  if (i + p.words.size() > tokens.size()) return false;
  for (size_t k = 0; k < p.words.size(); ++k) {
    const Token& t = tokens[i + k];
    if (!fuzzy_word_match(t.key, p.words[k])) return false;
    if (k == 0) continue;
    const Word* prev = tokens[i + k - 1].word;
    const double gap = t.word->box.x0 - prev->box.x1;
    if (gap > 1.5 * std::max(prev->box.height(), t.word->box.height())) return false;
  }
  return true;
}

HeaderCell cell_of(const std::vector<Token>& tokens, size_t from, size_t count, ColumnRole role) {
  std::vector<const Word*> words;
  for (size_t k = from; k < from + count; ++k) words.push_back(tokens[k].word);
  const TableRow r = make_row(words);
  return {role, r.box, join_words(r.words)};
}

bool is_valid_table(const TableHeader& h) {
  const bool names = h.has(ColumnRole::code) || h.has(ColumnRole::title);
  const bool values = h.has(ColumnRole::grade) || h.has(ColumnRole::credits) || h.has(ColumnRole::marks) ||
                      h.has(ColumnRole::max_marks);
  return names && values && h.cells.size() >= 3;
}

TableHeader table_of(std::vector<HeaderCell> cells) {
  TableHeader t;
  t.cells = std::move(cells);
  if (t.cells.empty()) return t;
  t.x0 = t.cells.front().box.x0;
  t.x1 = t.cells.back().box.x1;
  return t;
}

}  // namespace

bool fuzzy_word_match(const std::string& word, const std::string& wanted) {
  if (word == wanted) return true;
  return word.size() >= 4 && wanted.size() >= 4 && distance_up_to_one(word, wanted) <= 1;
}

std::string_view role_name(ColumnRole role) {
  switch (role) {
    case ColumnRole::code: return "code";
    case ColumnRole::title: return "title";
    case ColumnRole::grade: return "grade";
    case ColumnRole::credits: return "credits";
    case ColumnRole::max_marks: return "max_marks";
    case ColumnRole::min_marks: return "min_marks";
    case ColumnRole::marks: return "marks";
    case ColumnRole::points: return "points";
    case ColumnRole::score: return "score";
    case ColumnRole::serial: return "serial";
    case ColumnRole::remark: return "remark";
    case ColumnRole::dept: return "dept";
    case ColumnRole::number: return "number";
  }
  return "?";
}

const HeaderCell* TableHeader::find(ColumnRole role) const {
  for (const auto& c : cells)
    if (c.role == role) return &c;
  return nullptr;
}

std::vector<TableHeader> parse_header_row(const TableRow& row) {
  std::vector<Token> tokens;
  for (const Word* w : row.words) {
    std::string key = letters_lower(w->text);
    if (!key.empty()) tokens.push_back({w, std::move(key)});
  }
  if (tokens.size() < 3) return {};
  std::vector<HeaderCell> cells;
  size_t unknown = 0;
  for (size_t i = 0; i < tokens.size();) {
    const Phrase* hit = nullptr;
    for (const Phrase& p : phrases()) {
      if (phrase_at(tokens, i, p)) {
        hit = &p;
        break;
      }
    }
    if (!hit) {
      ++unknown;
      ++i;
      continue;
    }
    ColumnRole role = hit->role;
    // "No." is the second half of a split code only right after "Dept"; otherwise a serial number.
    if (role == ColumnRole::number && (cells.empty() || cells.back().role != ColumnRole::dept)) role = ColumnRole::serial;
    cells.push_back(cell_of(tokens, i, hit->words.size(), role));
    i += hit->words.size();
  }
  if (cells.size() < 3 || unknown * 4 > tokens.size()) return {};

  // A role seen again starts the next table printed beside the first.
  std::vector<TableHeader> tables;
  std::vector<HeaderCell> current;
  for (auto& c : cells) {
    const bool repeated = std::any_of(current.begin(), current.end(), [&](const HeaderCell& o) { return o.role == c.role; });
    if (repeated) {
      tables.push_back(table_of(std::move(current)));
      current.clear();
    }
    current.push_back(std::move(c));
  }
  tables.push_back(table_of(std::move(current)));
  if (!std::all_of(tables.begin(), tables.end(), is_valid_table)) return {};
  return tables;
}

}  // namespace cc
