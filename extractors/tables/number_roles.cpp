#include "extractors/tables/number_roles.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "core/regex.h"
#include "extractors/tables/cell_types.h"

namespace cc {
namespace {

std::vector<std::optional<double>> numbers_of(const std::vector<std::string>& cells) {
  std::vector<std::optional<double>> out;
  for (const auto& c : cells) out.push_back(type_of_cell(c) == CellType::empty ? std::nullopt : credit_value(c));
  return out;
}

// A part of the year as calendars abbreviate or name it: a short word with no figure (`ZS`, `LS`,
// `WS`, `Fall`, `Güz`), or a letter and one figure (`S1`, `T2`, `Q3`: semester, trimester, quarter).
bool is_part_of_year_token(const std::string& part) {
  static const Regex lettered(R"([A-Za-z]\d)");
  if (std::regex_match(part, lettered)) return true;
  return part.size() <= 12 && std::none_of(part.begin(), part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

std::optional<long> academic_year_of(const std::string& cell) {
  // A calendar year (`2015`), or an academic year: two calendar years in a row joined by a slash or a
  // dash, the second in full or by its last two digits (`2015/2016`, `2015-16`).
  static const Regex range(R"(\s*((?:19|20)\d\d)\s*[/-]\s*(\d\d|\d{4})\s*)");
  std::smatch m;
  if (std::regex_match(cell, m, range)) {
    const long first = std::stol(m[1].str()), second = std::stol(m[2].str());
    const bool next = m[2].length() == 4 ? second == first + 1 : second == (first + 1) % 100;
    return next ? std::optional<long>(first) : std::nullopt;
  }
  if (type_of_cell(cell) != CellType::integer) return std::nullopt;
  return std::lround(*cell_number(cell));
}

bool is_year_column(const std::vector<std::string>& cells) {
  std::vector<long> years;
  size_t others = 0;  // words (a header cell above the years)
  for (const auto& c : cells) {
    const CellType t = type_of_cell(c);
    if (t == CellType::empty) continue;
    const auto year = academic_year_of(c);
    if (!year) {
      ++others;
      continue;
    }
    const long y = *year;
    if (y < 1950 || y > 2099) return false;
    years.push_back(y);
  }
  if (years.size() < 3 || others * 5 > years.size() + others) return false;
  // In order (either way), and repeated: a year holds several courses.
  const bool up = std::is_sorted(years.begin(), years.end());
  const bool down = std::is_sorted(years.rbegin(), years.rend());
  const std::set<long> distinct(years.begin(), years.end());
  return (up || down) && distinct.size() * 2 <= years.size();
}

bool is_year_printed_once(const std::vector<std::string>& cells) {
  std::vector<long> years;
  size_t rows = 0, others = 0;
  bool first = true;
  for (const auto& c : cells) {
    const bool blank = type_of_cell(c) == CellType::empty;
    if (first && blank) return false;  // the column opens with the first year
    first = false;
    ++rows;
    if (blank) continue;
    const auto year = academic_year_of(c);
    if (!year) {
      if (++others > 1) return false;  // one label read with the rows at most
      continue;
    }
    if (*year < 1950 || *year > 2099) return false;
    years.push_back(*year);
  }
  if (years.size() < 2) return false;
  // Each year once, in order: a new year starts a new run of rows.
  for (size_t i = 1; i < years.size(); ++i)
    if (years[i] <= years[i - 1]) return false;
  // Three rows a year at least on average: a year holds several courses.
  return rows >= 3 * years.size() && rows >= 8;
}

bool is_split_code(const std::vector<std::string>& subject, const std::vector<std::string>& number) {
  // Subjects are often abbreviated with points (`QUIM.`, `T.MED.`); numbers may end in a letter of
  // either case (`315a`, `101L`).
  static const Regex kSubject(R"(\s*([A-Z]{1,3}\.)?[A-Z]{2,6}\.?\s*)");
  static const Regex kNumber(R"(\s*\d{2,4}[A-Za-z]?\s*)");
  int rows = 0, both = 0;
  for (size_t r = 0; r < subject.size() && r < number.size(); ++r) {
    if (type_of_cell(subject[r]) == CellType::empty && type_of_cell(number[r]) == CellType::empty) continue;
    ++rows;
    both += std::regex_match(subject[r], kSubject) && std::regex_match(number[r], kNumber);
  }
  return rows >= 3 && both * 10 >= rows * 8;
}

bool exceeded_on_its_rows(const ColumnCells& cells, size_t i, const std::vector<size_t>& values) {
  const auto mine = numbers_of(cells[i]);
  int rows = 0, exceeded = 0;
  for (size_t r = 0; r < mine.size(); ++r) {
    if (!mine[r]) continue;
    ++rows;
    for (size_t j : values) {
      if (j == i || r >= cells[j].size()) continue;
      if (const auto other = numbers_of({cells[j][r]}).front(); other && *other > *mine[r]) {
        ++exceeded;
        break;
      }
    }
  }
  return exceeded >= 2 && exceeded * 5 >= rows;
}

std::optional<size_t> credits_by_products(const ColumnCells& cells, const std::vector<size_t>& candidates,
                                          const std::vector<size_t>& others, const std::vector<std::string>* grades) {
  if (grades == nullptr) return std::nullopt;
  for (size_t c : candidates) {
    const auto credits = numbers_of(cells[c]);
    for (size_t p : others) {
      if (p == c) continue;
      const auto points = numbers_of(cells[p]);
      // Rows where both are printed and credits are positive: the factor points / credits must be
      // one grade value (0-5) per grade.
      std::map<std::string, std::map<long, int>> factors;
      int rows = 0;
      std::set<double> credit_values;
      for (size_t r = 0; r < credits.size() && r < points.size(); ++r) {
        if (!credits[r] || !points[r] || *credits[r] <= 0) continue;
        ++rows;
        const double k = *points[r] / *credits[r];
        if (k < 0 || k > 5.01) continue;
        credit_values.insert(*credits[r]);
        const std::string g = r < grades->size() ? (*grades)[r] : "";
        ++factors[g][std::lround(k * 100)];
      }
      if (rows < 3) continue;
      int agreeing = 0;
      for (const auto& [g, ks] : factors) {
        int best = 0;
        for (const auto& [k, n] : ks) best = std::max(best, n);
        agreeing += best;
      }
      // A factor that is one per grade on all but the odd row (a repeat, a transfer) and credits
      // that vary (else any column of one value would pass).
      // Grades must repeat for the factor to say anything: no more grades than half the rows.
      const bool ok = agreeing * 10 >= rows * 9 && credit_values.size() >= 2 && factors.size() * 2 <= static_cast<size_t>(rows);
      if (ok) return c;
    }
  }
  return std::nullopt;
}

double credit_likeness(const std::vector<std::string>& cells) {
  std::vector<double> v;
  for (const auto& n : numbers_of(cells))
    if (n) v.push_back(*n);
  if (v.empty()) return -1;
  const auto halves = std::count_if(v.begin(), v.end(), [](double x) { return std::fabs(x * 2 - std::round(x * 2)) < 1e-6; });
  if (halves * 10 < static_cast<long>(v.size()) * 9) return -1;
  const std::set<double> distinct(v.begin(), v.end());
  if (distinct.size() > 8) return -1;
  return 10.0 - static_cast<double>(distinct.size());
}

namespace {

// A whole number or an ordinal of 1 to 12 (`2`, `2.º`, `2º`, `2nd`, `2e`); nullopt for anything else.
std::optional<int> small_ordinal(const std::string& cell) {
  static const Regex ordinal(R"(\s*(1[0-2]|0?[1-9])\s*(\.?\s*(º|°|ª|o|a)|st|nd|rd|th|er|re|e|ème)?\.?\s*)", Regex::ECMAScript | Regex::icase);
  std::smatch m;
  if (!std::regex_match(cell, m, ordinal)) return std::nullopt;
  return std::stoi(m[1].str());
}

}  // namespace

bool is_term_pair(const std::vector<std::string>& first, const std::vector<std::string>& second) {
  std::optional<int> a, b;
  std::set<int> as, bs;
  size_t rows = 0;
  bool restarts = false;
  for (size_t r = 0; r < first.size() && r < second.size(); ++r) {
    if (first[r].empty() && second[r].empty()) continue;
    const auto x = first[r].empty() ? a : small_ordinal(first[r]);
    const auto y = second[r].empty() ? b : small_ordinal(second[r]);
    if (!x || !y) return false;
    if (a && (*x < *a || (*x == *a && *y < *b))) return false;
    restarts = restarts || (a && *x > *a && *y < *b);
    a = x;
    b = y;
    as.insert(*x);
    bs.insert(*y);
    ++rows;
  }
  return rows >= 8 && as.size() >= 2 && bs.size() >= 2 && restarts;
}

namespace {

// A roman numeral of I to XII (`I`, `II`, `IV`, `V`, `XII`), upper case, a point allowed after it.
std::optional<int> small_roman(const std::string& cell) {
  static const Regex roman(R"(\s*(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?\s*)");
  std::smatch m;
  if (!std::regex_match(cell, m, roman)) return std::nullopt;
  static const std::vector<std::string> order{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
  return static_cast<int>(std::find(order.begin(), order.end(), m[1].str()) - order.begin()) + 1;
}

}  // namespace

bool is_session_of_year(const std::vector<std::string>& cells) {
  std::set<int> values;
  size_t rows = 0, others = 0;
  for (const auto& c : cells) {
    if (c.empty()) continue;
    auto x = small_roman(c);
    if (!x) x = small_ordinal(c);
    if (!x) {
      if (std::any_of(c.begin(), c.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; })) return false;
      ++others;  // a label read with the rows (the column's own header word)
      continue;
    }
    values.insert(*x);
    ++rows;
  }
  return rows >= 8 && others * 10 <= rows && values.size() >= 2 && values.size() <= 4;
}

bool is_part_of_year_in_words(const std::vector<std::string>& years, const std::vector<std::string>& cells) {
  // The pairs (year, part) in order down the table; a blank part repeats the one above.
  std::vector<std::pair<long, std::string>> pairs;
  std::string last;
  std::optional<long> last_year;
  bool labels_seen = false;
  for (size_t r = 0; r < years.size() && r < cells.size(); ++r) {
    auto year = academic_year_of(years[r]);
    std::string part = squeezed_spaces(cells[r]);
    if (!year && part.empty()) continue;
    // A blank year cell repeats the year above (a year printed on the first row of its run).
    if (!year && type_of_cell(years[r]) == CellType::empty) year = last_year;
    // The columns' own labels read with the rows, above the first year.
    if (!year && !last_year && !labels_seen) {
      labels_seen = true;
      continue;
    }
    if (!year) return false;
    last_year = year;
    if (part.empty()) part = last;
    if (part.empty() || !is_part_of_year_token(part)) return false;
    pairs.emplace_back(*year, part);
    last = part;
  }
  if (pairs.size() < 8) return false;
  std::set<std::pair<long, std::string>> seen;
  std::set<std::string> parts;
  std::map<long, std::set<std::string>> parts_of_year;
  std::map<std::string, std::set<long>> years_of_part;
  for (size_t r = 0; r < pairs.size(); ++r) {
    // Each (year, part) is one run of rows: a part seen again within its year after another part is no term.
    if (r > 0 && pairs[r] == pairs[r - 1]) continue;
    if (!seen.insert(pairs[r]).second) return false;
    parts.insert(pairs[r].second);
    parts_of_year[pairs[r].first].insert(pairs[r].second);
    years_of_part[pairs[r].second].insert(pairs[r].first);
  }
  const bool splits_a_year = std::any_of(parts_of_year.begin(), parts_of_year.end(), [](const auto& y) { return y.second.size() >= 2; });
  const bool recurs = std::any_of(years_of_part.begin(), years_of_part.end(), [](const auto& p) { return p.second.size() >= 2; });
  return parts.size() >= 2 && parts.size() <= 4 && splits_a_year && recurs;
}

bool is_term_count(const std::vector<std::string>& cells) {
  std::optional<int> last;
  std::set<int> values;
  size_t rows = 0;
  size_t others = 0;
  for (const auto& c : cells) {
    if (c.empty()) continue;
    auto x = small_ordinal(c);
    if (!x) x = small_roman(c);  // the semester in roman numerals (I I I II II ...), as often printed
    if (!x && std::none_of(c.begin(), c.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; })) {
      ++others;  // a label read with the rows (the column's own header word)
      continue;
    }
    if (!x || (last && (*x < *last || *x > *last + 1))) return false;
    last = x;
    values.insert(*x);
    ++rows;
  }
  return rows >= 8 && others * 10 <= rows && values.size() >= 2 && rows >= 3 * values.size();
}

bool is_rising_level(const std::vector<std::string>& cells) {
  std::vector<double> v;
  for (const auto& n : numbers_of(cells))
    if (n) v.push_back(*n);
  if (v.size() < 6 || !std::is_sorted(v.begin(), v.end())) return false;
  const std::set<double> distinct(v.begin(), v.end());
  return distinct.size() >= 2 && distinct.size() <= 5;
}

bool is_attempt_count(const std::vector<std::string>& cells) {
  size_t rows = 0, ones = 0;
  for (const auto& c : cells) {
    if (c.empty()) continue;
    const auto n = cell_number(c);
    if (!n || *n != std::floor(*n) || *n < 1 || *n > 3) return false;
    ++rows;
    ones += *n == 1;
  }
  return rows >= 8 && ones < rows && ones * 10 >= rows * 7;
}

bool is_decimal_grade_scale(const std::vector<std::string>& cells) {
  std::vector<double> v;
  int decimals = 0, rows = 0;
  for (const auto& c : cells) {
    const CellType t = type_of_cell(c);
    if (t == CellType::empty) continue;
    ++rows;
    if (t != CellType::decimal) continue;
    ++decimals;
    v.push_back(*cell_number(c));
  }
  if (rows < 3 || decimals * 10 < rows * 8) return false;
  if (std::any_of(v.begin(), v.end(), [](double x) { return x < 1 || x > 5; })) return false;
  const std::set<double> distinct(v.begin(), v.end());
  const bool quarters = std::any_of(v.begin(), v.end(), [](double x) {
    const double f = x - std::floor(x);
    return std::fabs(f - 0.25) < 1e-6 || std::fabs(f - 0.75) < 1e-6;
  });
  return distinct.size() >= 4 && quarters;
}

bool hours_are_credit_sized(const std::vector<std::string>& cells) {
  size_t filled = 0, sized = 0;
  for (const auto& v : numbers_of(cells)) {
    if (!v) continue;
    ++filled;
    sized += *v >= 0.5 && *v <= 6 && std::fmod(*v * 2, 1.0) == 0;
  }
  return filled >= 3 && sized * 10 >= filled * 9;
}

bool hours_are_term_hours(const std::vector<std::string>& cells) {
  std::vector<double> values;
  size_t filled = 0;
  for (const auto& v : numbers_of(cells)) {
    if (!v) continue;
    ++filled;
    if (*v >= 8 && *v <= 400 && std::fmod(*v, 1.0) == 0) values.push_back(*v);
  }
  if (filled < 3 || values.size() * 10 < filled * 9) return false;
  std::sort(values.begin(), values.end());
  return values[values.size() / 2] >= 16;
}

bool moves_in_steps_of_five(const std::vector<std::string>& cells) {
  std::vector<double> v;
  for (const auto& n : numbers_of(cells))
    if (n) v.push_back(*n);
  if (v.size() < 4) return false;
  const bool fives = std::all_of(v.begin(), v.end(), [](double x) { return x > 0 && x <= 30 && std::fmod(x, 5.0) == 0; });
  const std::set<double> distinct(v.begin(), v.end());
  return fives && distinct.size() >= 2 && distinct.size() <= 4;
}

bool counts_in_half_steps(const std::vector<std::string>& cells) {
  std::vector<double> v;
  for (const auto& n : numbers_of(cells))
    if (n) v.push_back(*n);
  if (v.size() < 4) return false;
  const bool halves = std::all_of(v.begin(), v.end(), [](double x) { return x > 0 && x <= 12 && std::fmod(x * 2, 1.0) == 0; });
  const bool some_half = std::any_of(v.begin(), v.end(), [](double x) { return std::fmod(x, 1.0) != 0; });
  const std::set<double> distinct(v.begin(), v.end());
  std::sort(v.begin(), v.end());
  return halves && some_half && distinct.size() <= 12 && v[v.size() / 2] <= 6;
}

}  // namespace cc

namespace cc {

bool sizes_not_following_grade(const std::vector<std::string>& numbers, const std::vector<std::string>& grades) {
  std::map<std::string, std::map<long, size_t>> by_grade;
  std::set<long> values;
  size_t rows = 0;
  for (size_t r = 0; r < numbers.size() && r < grades.size(); ++r) {
    const std::string grade = squeezed_spaces(grades[r]);
    const CellType g = type_of_cell(grade);
    if (g != CellType::letter_grade && g != CellType::grade_word) continue;
    if (type_of_cell(numbers[r]) == CellType::empty) continue;
    const auto n = cell_number(numbers[r]);
    if (!n || *n < 1 || *n > 99 || std::fabs(*n - std::round(*n)) > 1e-9) return false;
    ++rows;
    values.insert(std::lround(*n));
    ++by_grade[grade][std::lround(*n)];
  }
  if (rows < 6 || values.size() > 5) return false;
  // Grades printed with two numbers or more, and the most grades one number is printed with.
  size_t split_grades = 0;
  std::map<long, size_t> grades_of_value;
  for (const auto& [grade, counts] : by_grade) {
    split_grades += counts.size() >= 2;
    for (const auto& [v, n] : counts) ++grades_of_value[v];
  }
  size_t widest = 0;
  for (const auto& [v, n] : grades_of_value) widest = std::max(widest, n);
  return widest >= 3 && (values.size() == 1 || split_grades >= 2);
}

std::optional<double> constant_ratio(const std::vector<std::string>& smaller, const std::vector<std::string>& larger) {
  std::set<double> distinct;
  std::optional<double> ratio;
  size_t rows = 0;
  for (size_t r = 0; r < smaller.size() && r < larger.size(); ++r) {
    const auto a = cell_number(smaller[r]), b = cell_number(larger[r]);
    if (!a && !b) continue;  // no number in either: blank, or the columns' labels read with the rows
    if (!a || !b || *a <= 0 || *b <= 0) return std::nullopt;
    const double k = *b / *a;
    if (!ratio) ratio = k;
    if (std::fabs(k - *ratio) > 1e-6) return std::nullopt;
    distinct.insert(*a);
    ++rows;
  }
  if (!ratio || rows < 5 || distinct.size() < 2 || *ratio < 1.2 || *ratio > 4) return std::nullopt;
  return ratio;
}

}  // namespace cc
