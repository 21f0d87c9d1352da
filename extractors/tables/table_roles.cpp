#include "extractors/tables/table_roles.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "core/regex.h"
#include "extractors/tables/cell_types.h"
#include "extractors/tables/column_arithmetic.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/narrow_gutters.h"
#include "extractors/tables/number_roles.h"

namespace cc {
namespace {

struct ColumnStats {
  int filled = 0;
  std::map<CellType, int> types;
  std::vector<double> numbers;  // numeric cells (credit notations by their total), top to bottom
  int two_decimals = 0;
  double text_length = 0;       // mean length of the textual cells
  double share(std::initializer_list<CellType> ts) const {
    if (filled == 0) return 0;
    int n = 0;
    for (CellType t : ts)
      if (auto it = types.find(t); it != types.end()) n += it->second;
    return static_cast<double>(n) / filled;
  }
};

ColumnStats stats_of(const std::vector<std::string>& cells) {
  ColumnStats s;
  int texts = 0;
  for (const auto& c : cells) {
    const CellType t = type_of_cell(c);
    if (t == CellType::empty) continue;
    ++s.filled;
    ++s.types[t];
    if (auto v = credit_value(c)) s.numbers.push_back(*v);
    const auto dot = c.find_first_of(".,");
    if (t == CellType::decimal && dot != std::string::npos && c.size() - dot - 1 == 2) ++s.two_decimals;
    if (t == CellType::text) {
      s.text_length += static_cast<double>(c.size());
      ++texts;
    }
  }
  if (texts > 0) s.text_length /= texts;
  return s;
}

bool is_serial(const std::vector<double>& v) {
  if (v.size() < 3) return false;
  int steps = 0;
  for (size_t i = 1; i < v.size(); ++i) steps += v[i] - v[i - 1] == 1;
  return steps * 10 >= static_cast<int>(v.size() - 1) * 7;
}

bool is_constant(const std::vector<double>& v) {
  if (v.size() < 3) return false;
  std::map<double, int> counts;
  for (double x : v) ++counts[x];
  int most = 0;
  for (const auto& [x, n] : counts) most = std::max(most, n);
  return most * 10 >= static_cast<int>(v.size()) * 8;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

bool numeric_codes(const std::vector<std::string>& cells) {
  static const Regex kDigits(R"(\s*\d{5,10}\s*)");
  std::set<std::string> distinct;
  size_t filled = 0, codes = 0;
  for (const auto& c : cells) {
    if (type_of_cell(c) == CellType::empty) continue;
    ++filled;
    if (std::regex_match(c, kDigits)) {
      ++codes;
      distinct.insert(c);
    }
  }
  return filled >= 3 && codes * 10 >= filled * 6 && distinct.size() * 10 >= codes * 8;
}

// True when a column of words repeats its cells: over eight filled cells or more, fewer than six
// in ten distinct.
bool repeats_words(const std::vector<std::string>& cells) {
  std::set<std::string> distinct;
  size_t filled = 0;
  for (const auto& c : cells) {
    if (type_of_cell(c) != CellType::text) continue;
    ++filled;
    distinct.insert(c);
  }
  return filled >= 8 && distinct.size() * 10 < filled * 6;
}

// The cells holding a result with its date (cell_types.h).
size_t dated_results(const std::vector<std::string>& cells) {
  return static_cast<size_t>(std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return dated_result(c).has_value(); }));
}

// True when the column's letters come from an alphabet of three at most, no + or -, each letter
// repeating (twice as many cells as letters): a status or a kind of course, not a grade scale.
bool tiny_alphabet(const std::vector<std::string>& cells) {
  std::set<std::string> letters;
  size_t filled = 0;
  for (const auto& c : cells) {
    if (type_of_cell(c) != CellType::letter_grade) continue;
    ++filled;
    letters.insert(squeezed_spaces(c));
    if (c.find_first_of("+-") != std::string::npos) return false;
  }
  return !letters.empty() && letters.size() <= 3 && filled >= 2 * letters.size();
}

// True when the column's numbers are printed zero-padded to three or four digits (`001`, `002`,
// `0103`) on eight filled cells in ten (three at least): a section or group number, an identifier.
// Registrars pad identifiers to a fixed width; credits, marks and points are never printed so.
bool zero_padded_numbers(const std::vector<std::string>& cells) {
  static const Regex padded(R"(\s*0\d{2,3}\s*)");
  size_t filled = 0, padded_cells = 0;
  for (const auto& c : cells) {
    if (type_of_cell(c) == CellType::empty) continue;
    ++filled;
    padded_cells += std::regex_match(c, padded);
  }
  return filled >= 3 && padded_cells * 10 >= filled * 8;
}

// True when the column prints bare sums of small whole numbers (`3+2`, `2+0`, `0+6`, `2+1+1`) on
// six filled cells in ten (three at least), no total beside them: the hours a week by kind of
// class (lectures + exercises), the load of the course.
bool bare_sums(const std::vector<std::string>& cells) {
  static const Regex sum(R"(\s*\d{1,2}\s*\+\s*\d{1,2}(\s*\+\s*\d{1,2})?\s*)");
  size_t filled = 0, sums = 0;
  for (const auto& c : cells) {
    if (type_of_cell(c) == CellType::empty) continue;
    ++filled;
    sums += std::regex_match(c, sum);
  }
  return filled >= 3 && sums * 10 >= filled * 6;
}

// True when the column holds whole numbers that could be credits: integers on eight filled cells in
// ten (three at least), credit-like values (few of them, whole or half), a median of 30 at most,
// neither counting rows (a serial) nor the term's count (semester 1 1 2 2), nor only rising.
bool whole_credit_like(const std::vector<std::string>& cells) {
  size_t filled = 0, integers = 0;
  std::vector<double> v;
  for (const auto& c : cells) {
    const CellType t = type_of_cell(c);
    if (t == CellType::empty) continue;
    ++filled;
    if (t != CellType::integer) continue;
    ++integers;
    if (const auto n = cell_number(c)) v.push_back(*n);
  }
  if (filled < 3 || integers * 10 < filled * 8 || credit_likeness(cells) < 0) return false;
  std::vector<double> sorted = v;
  std::sort(sorted.begin(), sorted.end());
  const double mid = sorted[sorted.size() / 2];
  return mid > 0 && mid <= 30 && !is_serial(v) && !is_term_count(cells) && !is_rising_level(cells);
}

// S226: a column of small numbers that follows the marks beside it row by row is a grade scale
// (a class or division of the mark: 1, 2.1, 2.2, 3 by bands of marks), not credits: a course's
// credits do not rise or fall with the mark its student earned. Over the rows where both are
// numbers (six at least), three values or more, one value for one mark (a grade is a function of
// the mark: a course's weight beside its hours, 45 -> 4 and 45 -> 3, is none), and every pair of
// rows of different marks ordered the same way (one direction for the whole column) while at least
// three pairs differ.
bool follows_marks(const std::vector<std::string>& column, const std::vector<std::string>& marks) {
  std::vector<std::pair<double, double>> pairs;
  for (size_t r = 0; r < column.size() && r < marks.size(); ++r) {
    const auto v = cell_number(column[r]);
    const auto m = cell_number(marks[r]);
    if (v && m) pairs.emplace_back(*m, *v);
  }
  if (pairs.size() < 6) return false;
  std::set<double> distinct, marked;
  for (const auto& p : pairs) {
    distinct.insert(p.second);
    marked.insert(p.first);
  }
  // A grade bands the marks: a band holds several marks, so two marks more than grades at least
  // (hours of 60, 75, 90 beside credits of 6, 7, 8 step together one for one: a measure, no band).
  if (distinct.size() < 3 || marked.size() < distinct.size() + 2) return false;
  int up = 0, down = 0;
  for (size_t a = 0; a < pairs.size(); ++a)
    for (size_t b = a + 1; b < pairs.size(); ++b) {
      if (pairs[a].first == pairs[b].first) {
        if (pairs[a].second != pairs[b].second) return false;  // a grade is a function of the mark
        continue;
      }
      const bool mark_up = pairs[b].first > pairs[a].first;
      if (pairs[b].second == pairs[a].second) continue;
      ((pairs[b].second > pairs[a].second) == mark_up ? up : down)++;
    }
  return (up == 0) != (down == 0) && up + down >= 3;
}

// Rows enough to tell a column's role by its content: a column of words repeating, a mark named in
// words (names_its_numbers) show over eight rows.
constexpr size_t kRowsToTellRoles = 8;

bool has(const std::vector<ColumnRole>& roles, ColumnRole r) { return std::find(roles.begin(), roles.end(), r) != roles.end(); }

// True when `words` names the numbers of `figures` row by row: whole numbers of 0-20 beside a word
// (no digit) on eight rows in ten of the filled ones (three at least), the same number always
// beside the same word and two numbers never beside one word, three numbers or more, and names
// repeating (rows two more than the numbers named): a serial number beside titles is no mark.
bool names_its_numbers(const std::vector<std::string>& figures, const std::vector<std::string>& words) {
  std::map<long, std::string> name_of;
  std::map<std::string, long> number_of;
  size_t filled = 0, pairs = 0;
  for (size_t r = 0; r < figures.size() && r < words.size(); ++r) {
    if (figures[r].empty()) continue;
    ++filled;
    const auto n = cell_number(figures[r]);
    const std::string w = letters_lower(words[r]);
    if (!n || *n < 0 || *n > 20 || std::fabs(*n - std::round(*n)) > 1e-9 || w.empty() ||
        std::any_of(words[r].begin(), words[r].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
      continue;
    const long k = std::lround(*n);
    const auto a = name_of.emplace(k, w).first;
    const auto b = number_of.emplace(w, k).first;
    if (a->second != w || b->second != k) return false;
    ++pairs;
  }
  // Two numbers at least named on two rows each: names repeat (serial numbers beside titles never do).
  return pairs >= 3 && pairs * 10 >= filled * 8 && name_of.size() >= 3 && pairs >= name_of.size() + 2;
}

}  // namespace

bool repeats_codes(const std::vector<std::string>& codes, const std::vector<std::string>& titles) {
  std::map<std::string, std::set<std::string>> titles_of;
  size_t coded = 0;
  for (size_t r = 0; r < codes.size() && r < titles.size(); ++r) {
    if (type_of_cell(codes[r]) != CellType::code || titles[r].empty()) continue;
    ++coded;
    titles_of[codes[r]].insert(titles[r]);
  }
  size_t shared = 0;
  for (size_t r = 0; r < codes.size() && r < titles.size(); ++r) {
    const auto it = titles_of.find(codes[r]);
    shared += it != titles_of.end() && it->second.size() >= 2 && !titles[r].empty();
  }
  return coded >= 5 && shared * 10 >= coded * 3;
}

std::vector<ColumnRole> roles_from_content(const std::vector<std::vector<std::string>>& cells, std::vector<ColumnRole> roles,
                                           bool unique) {
  std::vector<ColumnStats> stats;
  for (const auto& c : cells) stats.push_back(stats_of(c));
  auto open = [&](size_t i) { return roles[i] == ColumnRole::unknown && stats[i].filled > 0; };
  std::vector<bool> was_open;
  for (size_t i = 0; i < roles.size(); ++i) was_open.push_back(open(i));
  auto give = [&](size_t i, ColumnRole r) {
    const bool repeats = r == ColumnRole::unknown || r == ColumnRole::remark || r == ColumnRole::points || r == ColumnRole::marks_part ||
                         r == ColumnRole::contact_hours;
    if (unique && !repeats && has(roles, r))
      r = r == ColumnRole::title ? ColumnRole::remark : ColumnRole::unknown;
    roles[i] = r;
  };
  // Calendar years in order, each over several rows (printed on every row, or once on the first row
  // of its run, S121): the rows' term, not marks.
  auto years_at = [&](size_t i) { return is_year_column(cells[i]) || is_year_printed_once(cells[i]); };
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && years_at(i)) give(i, ColumnRole::term);
  // The session beside a year column (`2014 | II`): the term's other part, the row's term the two.
  for (size_t i = 0; i < roles.size(); ++i) {
    const bool beside_year = (i > 0 && roles[i - 1] == ColumnRole::term && is_year_column(cells[i - 1])) ||
                             (i + 1 < roles.size() && roles[i + 1] == ColumnRole::term && is_year_column(cells[i + 1]));
    if (open(i) && beside_year && is_session_of_year(cells[i])) roles[i] = ColumnRole::term;  // the role given twice
  }
  // The part of the year named in words or abbreviated beside the year (`2015/2016 | ZS`, `2015/2016
  // | LS`, `2017 | S1`): the term's other part, each (year, part) one run of rows.
  for (size_t i = 0; i < roles.size(); ++i) {
    if (!open(i)) continue;
    const bool after_year = i > 0 && roles[i - 1] == ColumnRole::term && years_at(i - 1) &&
                            is_part_of_year_in_words(cells[i - 1], cells[i]);
    const bool before_year = i + 1 < roles.size() && roles[i + 1] == ColumnRole::term && years_at(i + 1) &&
                             is_part_of_year_in_words(cells[i + 1], cells[i]);
    if (after_year || before_year) roles[i] = ColumnRole::term;  // the role given twice
  }
  // A year of study and the part of it, printed on every row: the row's term.
  for (size_t i = 0; i + 1 < roles.size(); ++i)
    if (open(i) && open(i + 1) && is_term_pair(cells[i], cells[i + 1])) {
      roles[i] = ColumnRole::term;  // two columns of one term: the role given twice
      roles[i + 1] = ColumnRole::term;
    }
  // A mark printed with its name in words (`9 (девет)`, `16 (dezasseis)`) is a grade.
  auto names_its_marks = [&](size_t i) {
    const auto named = std::count_if(cells[i].begin(), cells[i].end(), [](const std::string& c) { return is_mark_with_name(c); });
    return stats[i].filled >= 3 && named * 10 >= stats[i].filled * 6;
  };
  bool named_marks = false;
  for (size_t i = 0; i < roles.size(); ++i) named_marks = named_marks || (open(i) && names_its_marks(i));
  // Letters of two values at most (`O | I`: a course compulsory or elective; `R | S`) beside a mark
  // printed with its name are a status, no grade scale: the named mark is the grade (S113).
  auto two_letters = [&](size_t i) {
    std::set<std::string> distinct;
    for (const auto& c : cells[i]) {
      const CellType t = type_of_cell(c);
      if (t == CellType::letter_grade || t == CellType::grade_word) distinct.insert(c);  // not the label read with the rows
    }
    return distinct.size() <= 2;
  };
  // The part of the course counted on every row (semester 1 1 1 2 2 ..., or I I II II in roman
  // numerals, which read as codes): the row's term. Codes differ from row to row; a count repeats.
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && is_term_count(cells[i])) give(i, ColumnRole::term);
  // Words: codes, grades, the title (the textual column of longest cells), remarks.
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && stats[i].share({CellType::code}) >= 0.6) give(i, ColumnRole::code);
  // Numeric course codes (`1002101`, `0303101`: five to ten digits, as in Thailand, Iran, Jordan
  // or Korea), different from row to row: far too long for credits, marks or serial numbers.
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && !has(roles, ColumnRole::code) && numeric_codes(cells[i])) give(i, ColumnRole::code);
  // A code printed in two columns, subject and number (`BIOL | 1406`), when no column holds codes.
  for (size_t i = 0; i + 1 < roles.size(); ++i)
    if (open(i) && open(i + 1) && !has(roles, ColumnRole::code) && !has(roles, ColumnRole::dept) && is_split_code(cells[i], cells[i + 1])) {
      give(i, ColumnRole::dept);
      give(i + 1, ColumnRole::number);
    }
  // Results printed with the date they were given (`11.01.2016 výborně (1)`, `23.12.2015 Z`): the
  // grade columns of an examination register (a credit test, then an examination; the last one
  // filled counts: row_fields.h). Beside them a column of letters of a tiny alphabet that repeat
  // (A, B, C: whether a course is compulsory or elective) is a status, no grade: a grade scale of
  // letters takes more values (four or more, or with + and -).
  std::vector<size_t> dated;
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && stats[i].filled >= 3 && dated_results(cells[i]) * 10 >= static_cast<size_t>(stats[i].filled) * 6) dated.push_back(i);
  bool letter_scale = false;
  for (size_t i = 0; i < roles.size(); ++i)
    letter_scale = letter_scale || (open(i) && stats[i].share({CellType::letter_grade}) >= 0.6 && !tiny_alphabet(cells[i]));
  if (!dated.empty() && !letter_scale && !has(roles, ColumnRole::grade)) {
    for (size_t i : dated) roles[i] = ColumnRole::grade;  // one grade in several sittings: the role given twice
    for (size_t i = 0; i < roles.size(); ++i)
      if (open(i) && stats[i].share({CellType::letter_grade}) >= 0.6) give(i, ColumnRole::remark);
  }
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && stats[i].share({CellType::letter_grade, CellType::grade_word}) >= 0.6 && !(named_marks && two_letters(i)))
      give(i, ColumnRole::grade);
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && names_its_marks(i)) give(i, ColumnRole::grade);
  // A mark printed in figures and again in words in the next column (`9 | Nëntë`, `8 | Tetë`): the
  // words are a function of the figures (the same number, the same word; another number, another
  // word) over three numbers or more. Only a grade is spelled out so; credits and hours never are.
  for (size_t i = 0; i + 1 < roles.size(); ++i)
    if (open(i) && open(i + 1) && names_its_numbers(cells[i], cells[i + 1])) {
      give(i, ColumnRole::grade);
      give(i + 1, ColumnRole::remark);
    }
  std::vector<size_t> texts;
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && stats[i].share({CellType::text}) >= 0.6) texts.push_back(i);
  // Course titles differ from row to row; a column of words that repeat (a grade or a result in
  // words, `Cuatro punto uno`, `Aprobado`; a course type) is no title, however long its words.
  auto names_rows = [&](size_t i) { return !repeats_words(cells[i]); };
  std::stable_sort(texts.begin(), texts.end(), [&](size_t a, size_t b) {
    if (names_rows(a) != names_rows(b)) return names_rows(a);
    return stats[a].text_length > stats[b].text_length;
  });
  for (size_t k = 0; k < texts.size(); ++k) {
    const bool title = k == 0 || (!unique && stats[texts[k]].text_length >= 8);
    give(texts[k], title ? ColumnRole::title : ColumnRole::remark);
  }
  for (size_t i = 0; i < roles.size(); ++i) {
    if (!open(i)) continue;
    if (stats[i].share({CellType::percent}) >= 0.6) give(i, ColumnRole::score);
    // Pairs whose first number exceeds the second and whose second varies are no marks of a
    // maximum but the parts of one load (`45/30`: theory and practical hours, S124).
    else if (stats[i].share({CellType::marks_of}) >= 0.6) give(i, loads_in_parts(cells[i]) ? ColumnRole::credits : ColumnRole::marks);
    else if (stats[i].share({CellType::credit_notation}) >= 0.5) {
      // Bare sums (`3+2`: lectures + exercises a week) are the course's load, not its credits, when
      // another column of whole numbers could be the credits (S114); alone they are the credits in
      // parts (`3+1`: theory and practical credit hours).
      bool credits_beside = false;
      for (size_t k = 0; k < roles.size() && bare_sums(cells[i]); ++k)
        credits_beside = credits_beside || (k != i && open(k) && whole_credit_like(cells[k]));
      give(i, credits_beside ? ColumnRole::contact_hours : ColumnRole::credits);
    }
  }
  // Credits beside their hours: two neighbouring columns of numbers, the second the first times
  // one whole factor of 10 to 40 on eight rows in ten (an ECTS credit is 25 to 30 hours of work, a
  // Latin American or Brazilian credit 15 to 18 hours of class: `15 | 450`, `4 | 60`). The first
  // is the credits, however large (a Ukrainian or British module of 15 or 20 credits), the second
  // the hours.
  // The hours may come first (`90 | 6`: hours, then the credits they make, S93).
  for (size_t i = 0; i + 1 < roles.size(); ++i) {
    if (!open(i) || !open(i + 1) || has(roles, ColumnRole::credits)) continue;
    for (const bool hours_first : {false, true}) {
      const size_t credits = hours_first ? i + 1 : i, hours = hours_first ? i : i + 1;
      std::map<long, int> factors;
      int both = 0;
      for (size_t r = 0; r < cells[credits].size() && r < cells[hours].size(); ++r) {
        const auto a = cell_number(cells[credits][r]), b = cell_number(cells[hours][r]);
        if (!a || !b || *a <= 0) continue;
        ++both;
        const double k = *b / *a;
        if (k >= 10 && k <= 40 && std::fabs(k - std::round(k)) < 1e-6) ++factors[std::lround(k)];
      }
      int best = 0;
      for (const auto& [k, n] : factors) best = std::max(best, n);
      if (both < 3 || best * 10 < both * 8) continue;
      if (hours_first && is_constant(stats[hours].numbers)) continue;  // a maximum repeated, no hours
      give(credits, ColumnRole::credits);
      give(hours, ColumnRole::contact_hours);
      break;
    }
  }
  // Numbers.
  std::vector<size_t> numeric;  // the columns of numbers still open, for comparing them row by row
  for (size_t i = 0; i < roles.size(); ++i)
    if (open(i) && stats[i].share({CellType::integer, CellType::decimal, CellType::credit_notation}) >= 0.6 && !is_serial(stats[i].numbers))
      numeric.push_back(i);
  // Whole numbers of a few values beside letter grades that do not follow the grade are the courses'
  // sizes (`18 | 20 | 60` points), not grade points nor marks, however large (S119).
  const auto grade_at = static_cast<size_t>(std::find(roles.begin(), roles.end(), ColumnRole::grade) - roles.begin());
  std::set<size_t> sizes;
  std::vector<size_t> small;
  for (size_t i = 0; i < roles.size(); ++i) {
    if (!open(i) || stats[i].share({CellType::integer, CellType::decimal, CellType::credit_notation}) < 0.6) continue;
    const auto& v = stats[i].numbers;
    const double mid = median(v), top = v.empty() ? 0 : *std::max_element(v.begin(), v.end());
    const bool leftmost_number = std::none_of(roles.begin(), roles.begin() + static_cast<long>(i), [](ColumnRole r) {
      return r == ColumnRole::credits || r == ColumnRole::grade || r == ColumnRole::marks || r == ColumnRole::points;
    });
    // One repeated value is a maximum only when the row's other values stay under it (`20` beside
    // marks of 81 is no maximum: module credits of 20).
    const bool maximum = is_constant(v) && mid >= 20 && !exceeded_on_its_rows(cells, i, numeric);
    const bool sized = grade_at < roles.size() && sizes_not_following_grade(cells[i], cells[grade_at]);
    if (leftmost_number && is_serial(v)) give(i, ColumnRole::serial);
    else if (zero_padded_numbers(cells[i])) give(i, ColumnRole::remark);  // a section's number (S115)
    else if (sized && !has(roles, ColumnRole::credits)) {
      sizes.insert(i);
      small.push_back(i);
    } else if (maximum) give(i, ColumnRole::max_marks);
    else if (const auto m = static_cast<size_t>(std::find(roles.begin(), roles.end(), ColumnRole::marks) - roles.begin());
             m < roles.size() && m != i && mid <= 30 && !has(roles, ColumnRole::grade) && follows_marks(cells[i], cells[m]))
      give(i, ColumnRole::grade);  // S226
    else if (is_constant(v) && mid <= 30 && !has(roles, ColumnRole::credits)) small.push_back(i);
    else if (!has(roles, ColumnRole::grade) && is_decimal_grade_scale(cells[i])) give(i, ColumnRole::grade);
    else if (mid >= 20 || top > 30) give(i, has(roles, ColumnRole::marks) ? ColumnRole::marks_part : ColumnRole::marks);
    else if (stats[i].two_decimals * 2 >= stats[i].filled && mid >= 1 && top <= 5 && !has(roles, ColumnRole::grade))
      give(i, ColumnRole::grade);
    else small.push_back(i);
  }
  // Credits that a points column is a multiple of, one factor per grade, are the credits whatever
  // their place; otherwise the first that looks like credits.
  std::optional<size_t> by_products;
  if (const size_t g = static_cast<size_t>(std::find(roles.begin(), roles.end(), ColumnRole::grade) - roles.begin());
      g < roles.size() && !has(roles, ColumnRole::credits))
    by_products = credits_by_products(cells, small, numeric, &cells[g]);
  if (by_products) give(*by_products, ColumnRole::credits);
  auto few_values = [&](size_t i) {
    const std::set<double> distinct(stats[i].numbers.begin(), stats[i].numbers.end());
    return distinct.size() <= 8;
  };
  // A column that only rises down the table (a level or year of study: 5 5 6 6 7) is no credits
  // while another column of few small numbers could be; that one is, up to 20 (8, 12, 16: credits
  // of ten hours).
  // A count of attempts at the examination (1 on most rows, at most 3: S129) is no credits either
  // while such another column could be.
  auto no_size = [&](size_t i) { return is_rising_level(cells[i]) || is_attempt_count(cells[i]); };
  std::optional<size_t> level;
  std::set<size_t> attempts;
  for (size_t i : small) {
    if (!no_size(i) ||
        !std::any_of(small.begin(), small.end(), [&](size_t j) { return j != i && few_values(j) && !no_size(j); }))
      continue;
    if (is_rising_level(cells[i])) level = i;
    else attempts.insert(i);
  }
  auto credit_like = [&](size_t i) {
    const auto& v = stats[i].numbers;
    // Credits of 15-30 (CATS, ECTS modules) show as one value repeated over the rows, or as a few
    // values in steps of five (10, 15, 20).
    return (few_values(i) && (median(v) <= 10 || (is_constant(v) && median(v) <= 30) || (level && i != *level) ||
                              moves_in_steps_of_five(cells[i]))) ||
           counts_in_half_steps(cells[i]) || sizes.count(i) > 0;
  };
  for (size_t i : small) {
    if (by_products && i == *by_products) continue;
    const bool credits = credit_like(i) && (!level || i != *level) && attempts.count(i) == 0;
    give(i, credits && (!unique || !has(roles, ColumnRole::credits)) ? ColumnRole::credits : ColumnRole::points);
  }
  // The credits counted again in a second measure, a constant multiple of them (`KP 4 | ECTS 6`, 1 :
  // 1.5 on every row): the larger is the credit the document states in the measure common to both
  // (a national credit point is a fraction of an ECTS credit), the other is kept as printed (S118).
  // Every course given one grade, points earned (credits times the grade's value) are such a multiple too.
  const auto credits_at = static_cast<size_t>(std::find(roles.begin(), roles.end(), ColumnRole::credits) - roles.begin());
  const auto graded_at = static_cast<size_t>(std::find(roles.begin(), roles.end(), ColumnRole::grade) - roles.begin());
  const bool one_grade = graded_at < roles.size() && std::set<std::string>(cells[graded_at].begin(), cells[graded_at].end()).size() <= 2;
  for (size_t j = 0; unique && !one_grade && credits_at < roles.size() && was_open[credits_at] && j < roles.size(); ++j) {
    if (j == credits_at || !was_open[j] || (roles[j] != ColumnRole::points && roles[j] != ColumnRole::unknown)) continue;
    if (constant_ratio(cells[credits_at], cells[j])) {
      roles[j] = ColumnRole::credits;
      roles[credits_at] = ColumnRole::remark;
      break;
    }
    if (constant_ratio(cells[j], cells[credits_at])) {
      roles[j] = ColumnRole::remark;
      break;
    }
  }
  // A code the content found beside titles that it is shared by is a sector, not a course's code.
  const auto code = static_cast<size_t>(std::find(roles.begin(), roles.end(), ColumnRole::code) - roles.begin());
  const auto title = static_cast<size_t>(std::find(roles.begin(), roles.end(), ColumnRole::title) - roles.begin());
  if (unique && code < roles.size() && title < roles.size() && was_open[code] && repeats_codes(cells[code], cells[title]))
    roles[code] = ColumnRole::remark;
  return roles;
}

std::vector<std::vector<const Word*>> chunks_of(const TableRow& row, double word_space) {
  std::vector<std::vector<const Word*>> out;
  const double cut = std::max(1.8 * word_space, 0.6 * row.word_height);
  for (size_t i = 0; i < row.words.size(); ++i) {
    if (i == 0 || row.words[i]->box.x0 - row.words[i - 1]->box.x1 > cut) out.emplace_back();
    out.back().push_back(row.words[i]);
  }
  return out;
}

namespace {

// Columns of rows printed without a header: spans between white gutters, and the cells of the
// rows that cut into three cells or more; with `narrow_gutters`, columns set closer than a gutter
// are cut apart too (narrow_gutters.h: a table's own columns, not the tables of a page side by side).
struct ContentColumns {
  std::vector<std::pair<double, double>> spans;
  std::vector<std::vector<std::string>> cells;  // per span, top to bottom
  double top = 0, height = 0;
};

// S225: a column set flush left stands a single space from the longest title before it on a
// monospace page (a registrar's title cut at its width, then the grade): the white between them is
// narrower than a gutter, yet it is a column's edge when the words after it begin at one x (within
// a point) on half the rows or more (three at least) while the words before it end ragged (their
// right edges spread over a gutter or more, as titles of different lengths do). A code's letters
// and figures (`ENGL 1013`) end and begin at one x each: no cut there.
bool flush_left_after_ragged(const std::vector<const TableRow*>& rows, double x, double gutter) {
  size_t starting = 0;
  double min_end = 1e18, max_end = -1e18;
  for (const TableRow* r : rows) {
    const Word* before = nullptr;
    bool starts = false;
    for (const Word* w : r->words) {
      if (std::fabs(w->box.x0 - x) <= 1.0) starts = true;
      if (w->box.x1 <= x + 0.25 && (!before || w->box.x1 > before->box.x1)) before = w;
    }
    if (!starts) continue;
    ++starting;
    if (before) {
      min_end = std::min(min_end, before->box.x1);
      max_end = std::max(max_end, before->box.x1);
    }
  }
  return starting >= 3 && starting * 2 >= rows.size() && max_end - min_end >= gutter;
}

std::optional<ContentColumns> content_columns(const std::vector<TableRow>& rows, bool narrow_gutters) {
  const double space = typical_word_space(rows);
  std::vector<const TableRow*> tabular;
  std::map<size_t, int> shapes;  // rows per number of cells
  for (const auto& r : rows) {
    const std::string text = row_text(r);
    const size_t n = chunks_of(r, space).size();
    if (n < 3 || is_summary_line(text) || is_section_line(text)) continue;
    tabular.push_back(&r);
    ++shapes[n];
  }
  if (tabular.size() < 3) return std::nullopt;
  // The gutters are read over the rows of the table's own shape: the number of cells most rows cut
  // into (one fewer allowed, an empty cell), so that form fields and labels above the rows
  // (`Name : ...`, a header of words wider than the values under them) do not ink them.
  std::vector<const TableRow*> shaped = tabular;
  if (narrow_gutters) {
    size_t mode = 0;
    int most = 0;
    for (const auto& [n, count] : shapes)
      if (count >= most) {
        most = count;
        mode = n;
      }
    std::vector<const TableRow*> kept;
    for (const TableRow* r : tabular)
      if (chunks_of(*r, space).size() + 1 >= mode) kept.push_back(r);
    if (kept.size() >= 3) shaped = std::move(kept);
  }
  double lo = 1e18, hi = -1e18, height = 0;
  for (const TableRow* r : shaped) {
    lo = std::min(lo, r->box.x0);
    hi = std::max(hi, r->box.x1);
    height += r->word_height;
  }
  height /= static_cast<double>(shaped.size());
  constexpr double kStep = 0.5;
  const size_t bins = static_cast<size_t>(std::ceil((hi - lo) / kStep)) + 1;
  std::vector<int> ink(bins, 0);
  for (const TableRow* r : shaped)
    for (const Word* w : r->words)
      for (auto b = static_cast<size_t>((w->box.x0 - lo) / kStep); b < bins && lo + static_cast<double>(b) * kStep < w->box.x1; ++b) ++ink[b];
  const int allowed = static_cast<int>(shaped.size() / 10);
  // Columns: inked runs between gutters at least half a line height wide and wider than a word
  // space and a half (a monospace page's single space between `FOUN` and `1001` is no gutter).
  const double gutter = std::max(0.5 * height, 1.5 * space);
  std::vector<std::pair<double, double>> spans;
  size_t b = 0;
  while (b < bins) {
    while (b < bins && ink[b] <= allowed) ++b;
    if (b >= bins) break;
    size_t e = b;
    for (;;) {
      while (e < bins && ink[e] > allowed) ++e;
      size_t g = e;
      while (g < bins && ink[g] <= allowed) ++g;
      if (g >= bins || static_cast<double>(g - e) * kStep >= gutter) break;
      if (flush_left_after_ragged(shaped, lo + static_cast<double>(g) * kStep, gutter)) break;  // S225
      e = g;  // a gap narrower than a gutter: the same column
    }
    spans.emplace_back(lo + static_cast<double>(b) * kStep, lo + static_cast<double>(e) * kStep);
    b = e;
  }
  if (narrow_gutters) spans = split_at_narrow_gutters(spans, shaped, space);
  if (spans.size() < 3) return std::nullopt;
  std::vector<std::vector<std::string>> cells(spans.size());
  for (const TableRow* r : tabular) {
    std::vector<std::vector<const Word*>> in(spans.size());
    for (const Word* w : r->words)
      for (size_t k = 0; k < spans.size(); ++k)
        if (w->box.center_x() >= spans[k].first && w->box.center_x() <= spans[k].second) in[k].push_back(w);
    for (size_t k = 0; k < spans.size(); ++k) cells[k].push_back(join_words(in[k]));
  }
  return ContentColumns{std::move(spans), std::move(cells), tabular.front()->box.y0, height};
}

// With no column read as credits, a column of numbers adding up to a total printed on a line
// under the table's first row that is not of the table's shape (a summary line, a line of fewer
// than three cells) is the credits (column_arithmetic.h).
void credits_from_printed_total(const std::vector<TableRow>& rows, const ContentColumns& columns, std::vector<ColumnRole>& roles) {
  const double space = typical_word_space(rows);
  std::vector<double> printed;
  for (const auto& r : rows) {
    if (r.box.y0 < columns.top) continue;
    if (chunks_of(r, space).size() >= 3 && !is_summary_line(row_text(r))) continue;
    for (double n : numbers_on(r))
      if (n >= 10) printed.push_back(n);
  }
  std::vector<size_t> candidates;
  for (size_t k = 0; k < roles.size(); ++k)
    if (roles[k] == ColumnRole::points || roles[k] == ColumnRole::unknown) candidates.push_back(k);
  if (const auto k = column_adding_up_to(columns.cells, candidates, printed)) roles[*k] = ColumnRole::credits;
}

// The cells of `rows` (the next page's) in the columns `spans` found on this page: the rows that cut
// into three cells or more, no summary or section line, every word within a column (a row of
// another shape, a paragraph running across the gutters, tells nothing of these columns).
std::vector<std::vector<std::string>> cells_in_spans(const std::vector<TableRow>& rows, const std::vector<std::pair<double, double>>& spans) {
  std::vector<std::vector<std::string>> cells(spans.size());
  const double space = typical_word_space(rows);
  for (const auto& r : rows) {
    const std::string text = row_text(r);
    if (chunks_of(r, space).size() < 3 || is_summary_line(text) || is_section_line(text)) continue;
    std::vector<std::vector<const Word*>> in(spans.size());
    bool fits = true;
    for (const Word* w : r.words) {
      size_t k = 0;
      while (k < spans.size() && !(w->box.center_x() >= spans[k].first && w->box.center_x() <= spans[k].second)) ++k;
      if (k == spans.size()) fits = false;
      else in[k].push_back(w);
    }
    if (!fits) continue;
    for (size_t k = 0; k < spans.size(); ++k) cells[k].push_back(join_words(in[k]));
  }
  return cells;
}

}  // namespace

std::optional<TableHeader> infer_header(const std::vector<TableRow>& rows, const std::vector<TableRow>* next_page) {
  const auto columns = content_columns(rows, true);
  if (!columns) return std::nullopt;
  const auto& spans = columns->spans;
  // Too few rows on this page to tell roles by (a table starting at the foot of a page: three rows
  // cannot show that a column of words repeats or names a column of figures): the rows of the next
  // page that fall in the same columns, where the table runs on, are read with them (S117).
  auto evidence = columns->cells;
  if (next_page && !evidence.empty() && evidence.front().size() < kRowsToTellRoles) {
    const auto more = cells_in_spans(*next_page, spans);
    for (size_t k = 0; k < evidence.size(); ++k) evidence[k].insert(evidence[k].end(), more[k].begin(), more[k].end());
  }
  auto roles = roles_from_content(evidence, std::vector<ColumnRole>(spans.size(), ColumnRole::unknown));
  if (!has(roles, ColumnRole::credits)) credits_from_printed_total(rows, *columns, roles);
  TableHeader header;
  for (size_t k = 0; k < spans.size(); ++k)
    header.cells.push_back({roles[k], Box{spans[k].first, columns->top, spans[k].second, columns->top + columns->height}, ""});
  header.x0 = spans.front().first;
  header.x1 = spans.back().second;
  const bool names = header.has(ColumnRole::code) || header.has(ColumnRole::title);
  const bool values = header.has(ColumnRole::credits) || header.has(ColumnRole::grade) || header.has(ColumnRole::marks);
  if (!names || !values) return std::nullopt;
  return header;
}

std::vector<double> repeated_table_cuts(const std::vector<TableRow>& rows) {
  const auto columns = content_columns(rows, false);
  if (!columns) return {};
  const auto& spans = columns->spans;
  const auto roles = roles_from_content(columns->cells, std::vector<ColumnRole>(spans.size(), ColumnRole::unknown), false);
  auto names = [](ColumnRole r) { return r == ColumnRole::code || r == ColumnRole::title; };
  auto value = [](ColumnRole r) { return r == ColumnRole::credits || r == ColumnRole::grade || r == ColumnRole::marks; };
  std::vector<double> cuts;
  size_t start = 0;
  while (start < roles.size() && !names(roles[start])) ++start;
  // The same run of roles (three or more, names and a value among them) printed again right after
  // itself is the next table.
  while (start < roles.size()) {
    size_t period = 0;
    for (size_t p = 3; start + 2 * p <= roles.size() && period == 0; ++p) {
      bool same = true, has_value = false;
      for (size_t i = 0; i < p && same; ++i) {
        same = roles[start + i] == roles[start + p + i];
        has_value = has_value || value(roles[start + i]);
      }
      if (same && has_value) period = p;
    }
    if (period == 0) break;
    cuts.push_back((spans[start + period - 1].second + spans[start + period].first) / 2);
    start += period;
  }
  return cuts;
}

}  // namespace cc
