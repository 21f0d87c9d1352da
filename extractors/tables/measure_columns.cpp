#include "extractors/tables/measure_columns.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "core/regex.h"
#include "core/text.h"

namespace cc {

void set_role(ColumnLayout& layout, size_t k, ColumnRole role) {
  layout.columns[k].role = role;
  if (k < layout.header.cells.size()) layout.header.cells[k].role = role;
  layout.from_content.resize(layout.columns.size(), false);
  layout.from_content[k] = true;
}

std::vector<std::string> cells_of(const ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t k) {
  std::vector<std::string> out;
  for (const TableRow* r : body) out.push_back(join_words(assign_columns(*r, layout)[k]));
  return out;
}

namespace {

constexpr auto kIcase = Regex::ECMAScript | Regex::icase;

bool role_from_content(const ColumnLayout& layout, size_t k) {
  return (k < layout.from_content.size() && layout.from_content[k]) ||
         (k < layout.header.cells.size() && layout.header.cells[k].text.empty());
}

std::optional<double> plain_whole(const std::string& text) {
  static const Regex whole(R"(^\s*(\d{1,3})\s*$)");
  std::smatch m;
  if (!std::regex_match(text, m, whole)) return std::nullopt;
  return std::strtod(m[1].str().c_str(), nullptr);
}

// A label naming hours, in the languages transcripts print ("Heures", "Vol. horaire", "Horas",
// "Hours", "Hrs"), its accents folded.
bool label_names_hours(const std::string& label) {
  static const Regex hours(R"(heure|horaire|\bhoras?\b|\bhours?\b|\bhrs?\b)", kIcase);
  return std::regex_search(fold_latin(label), hours);
}

size_t first_with_role(const ColumnLayout& layout, ColumnRole role) {
  for (size_t k = 0; k < layout.columns.size(); ++k)
    if (layout.columns[k].role == role) return k;
  return layout.columns.size();
}

// A label naming credits in the languages transcripts print ("Credits", "Créditos", "Kredit", "ECTS",
// "Units"), its accents folded.
bool label_names_credits(const std::string& label) {
  static const Regex credits(R"(cr(e|é)d|kred|\bects\b|\bakts\b|\bunits?\b|\bcr\b)", kIcase);
  return std::regex_search(fold_latin(label), credits);
}

// Another column than `h` and `w` of whole numbers in fives up to 400, some 10 or more, on half the
// rows: hours of class printed in parts (lectures, exercises, practice).
bool hours_in_parts(const ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t h, size_t w) {
  for (size_t k = 0; k < layout.columns.size(); ++k) {
    if (k == h || k == w) continue;
    size_t in_fives = 0, large = 0;
    for (const auto& cell : cells_of(layout, body, k)) {
      const auto v = plain_whole(cell);
      if (!v || *v > 400 || std::lround(*v) % 5 != 0) continue;
      ++in_fives;
      if (*v >= 10) ++large;
    }
    if (in_fives * 2 >= body.size() && large * 4 >= body.size()) return true;
  }
  return false;
}

}  // namespace

double hours_in_cell(const std::string& text) {
  static const Regex hours(R"(^\s*(\d{1,3})\s*(h|hrs?|hours?|heures?|horas?)\.?\s*$)", kIcase);
  std::smatch m;
  if (!std::regex_match(text, m, hours)) return 0;
  return std::strtod(m[1].str().c_str(), nullptr);
}

bool hours_over_derived_weight(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  const size_t c = first_with_role(layout, ColumnRole::credits);
  if (c == layout.columns.size() || !role_from_content(layout, c) || body.size() < 3) return false;
  const std::vector<std::string> weights = cells_of(layout, body, c);
  for (size_t h = 0; h < layout.columns.size(); ++h) {
    if (h == c) continue;
    const ColumnRole role = layout.columns[h].role;
    if (role != ColumnRole::unknown && role != ColumnRole::contact_hours && role != ColumnRole::remark) continue;
    const std::vector<std::string> hours = cells_of(layout, body, h);
    const std::string label = h < layout.header.cells.size() ? layout.header.cells[h].text : "";
    size_t with_unit = 0, filled = 0;
    std::map<long, size_t> rates;
    size_t pairs = 0;
    for (size_t i = 0; i < body.size(); ++i) {
      double value = hours_in_cell(hours[i]);
      if (value > 0) ++with_unit;
      if (value == 0) value = plain_whole(hours[i]).value_or(0);
      if (value > 0) ++filled;
      const auto weight = plain_whole(weights[i]);
      if (value <= 0 || !weight || *weight <= 0) continue;
      ++pairs;
      const double rate = value / *weight;
      if (std::fabs(rate - std::round(rate)) < 1e-9) ++rates[std::lround(rate)];
    }
    if (filled < 3 || pairs < 3) continue;
    const bool hours_told = with_unit * 10 >= filled * 8 || label_names_hours(label);
    if (!hours_told) continue;
    for (const auto& [rate, n] : rates) {
      if (rate < 10 || rate > 20 || n * 10 < pairs * 9) continue;
      set_role(layout, h, ColumnRole::credits);
      set_role(layout, c, ColumnRole::remark);
      return true;
    }
  }
  return false;
}

bool hours_beside_their_weight(ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t* hours_at) {
  // A credits column the header named stays; one the content chose may be the weight itself.
  const size_t credits = first_with_role(layout, ColumnRole::credits);
  const bool has_credits = credits < layout.columns.size();
  if ((has_credits && !role_from_content(layout, credits)) || body.size() < 3) return false;
  auto labelled = [&](size_t k) { return k < layout.header.cells.size() && !layout.header.cells[k].text.empty(); };
  auto may_hold_numbers = [&](size_t k) {
    const ColumnRole role = layout.columns[k].role;
    return role != ColumnRole::title && role != ColumnRole::code && role != ColumnRole::grade && role != ColumnRole::term &&
           role != ColumnRole::credits;
  };
  for (size_t h = 0; h < layout.columns.size(); ++h) {
    if (!may_hold_numbers(h)) continue;
    const std::vector<std::string> hours = cells_of(layout, body, h);
    std::vector<double> values(body.size(), 0);
    size_t filled = 0, in_fives = 0;
    for (size_t i = 0; i < body.size(); ++i) {
      double v = hours_in_cell(hours[i]);
      if (v == 0) v = plain_whole(hours[i]).value_or(0);
      if (v < 10 || v > 400) continue;
      values[i] = v;
      ++filled;
      if (std::lround(v) % 5 == 0) ++in_fives;
    }
    if (filled < 3 || filled * 10 < body.size() * 5 || in_fives * 10 < filled * 8) continue;
    for (size_t w = 0; w < layout.columns.size(); ++w) {
      // Credits the content chose are taken for a weight only under a printed header naming both
      // columns (a table with no header found keeps its credits: nothing printed tells more).
      if (w == h || (has_credits ? w != credits || !labelled(w) || !labelled(h) : !may_hold_numbers(w))) continue;
      // Hours printed in parts (lectures | exercises) beside credits: no one column is the measure,
      // and credits follow the sum, not a part. A label naming credits is no weight either.
      if (hours_in_parts(layout, body, h, w) || label_names_credits(w < layout.header.cells.size() ? layout.header.cells[w].text : ""))
        continue;
      const std::vector<std::string> weights = cells_of(layout, body, w);
      size_t pairs = 0;
      std::map<int, size_t> follows;  // rate -> rows whose weight is hours / rate, rounded
      for (size_t i = 0; i < body.size(); ++i) {
        const auto weight = plain_whole(weights[i]);
        if (values[i] == 0 || !weight || *weight < 1 || *weight > 10) continue;
        ++pairs;
        for (int rate = 10; rate <= 20; ++rate)
          if (std::lround(values[i] / rate) == std::lround(*weight)) ++follows[rate];
      }
      if (pairs < 3 || pairs * 10 < filled * 8) continue;
      for (const auto& [rate, n] : follows) {
        if (n * 10 < pairs * 8) continue;
        set_role(layout, h, ColumnRole::credits);
        set_role(layout, w, ColumnRole::remark);
        if (hours_at) *hours_at = h;
        return true;
      }
    }
  }
  return false;
}

namespace {

// A mark printed with a point or a comma for its decimals ("15,5", "9"), 0-999.
std::optional<double> plain_number(const std::string& text) {
  static const Regex number(R"(^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*\*?\s*$)");
  std::smatch m;
  if (!std::regex_match(text, m, number)) return std::nullopt;
  std::string s = m[1].str();
  if (m[2].matched) s += "." + m[2].str();
  return std::strtod(s.c_str(), nullptr);
}

// The mark the weight multiplies into another column (the weighted mark: points = mark x weight),
// given the grade role, that column the points. Only in a table with no grade column.
void mark_times_weight_is_grade(ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t weight, size_t h) {
  if (first_with_role(layout, ColumnRole::grade) < layout.columns.size()) return;
  const auto weights = cells_of(layout, body, weight);
  for (size_t g = 0; g < layout.columns.size(); ++g) {
    if (g == weight || g == h || g == h + 1 || !role_from_content(layout, g)) continue;
    const ColumnRole rg = layout.columns[g].role;
    if (rg == ColumnRole::title || rg == ColumnRole::code || rg == ColumnRole::term || rg == ColumnRole::credits) continue;
    const auto marks = cells_of(layout, body, g);
    for (size_t p = 0; p < layout.columns.size(); ++p) {
      if (p == g || p == weight || p == h || p == h + 1 || !role_from_content(layout, p)) continue;
      const auto products = cells_of(layout, body, p);
      size_t pairs = 0, hits = 0;
      for (size_t i = 0; i < body.size(); ++i) {
        const auto w = plain_whole(weights[i]);
        const auto m = plain_number(marks[i]);
        const auto q = plain_number(products[i]);
        if (!w || !m || !q || *w <= 0 || *m > 20) continue;
        ++pairs;
        hits += std::fabs(*m * *w - *q) < 0.01;
      }
      if (pairs < 3 || hits * 10 < pairs * 9 || pairs * 10 < body.size() * 8) continue;
      set_role(layout, g, ColumnRole::grade);
      set_role(layout, p, ColumnRole::points);
      return;
    }
  }
}

}  // namespace

bool hours_in_parts_over_their_weight(ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t* hours_at) {
  // A credits column the header named stays; one the content chose may be a part or the weight.
  const size_t credits = first_with_role(layout, ColumnRole::credits);
  if ((credits < layout.columns.size() && !role_from_content(layout, credits)) || body.size() < 3) return false;
  auto may_hold_numbers = [&](size_t k) {
    const ColumnRole role = layout.columns[k].role;
    return role_from_content(layout, k) && role != ColumnRole::title && role != ColumnRole::code && role != ColumnRole::grade &&
           role != ColumnRole::term;
  };
  for (size_t h = 0; h + 1 < layout.columns.size(); ++h) {
    if (!may_hold_numbers(h) || !may_hold_numbers(h + 1)) continue;
    const auto first = cells_of(layout, body, h), second = cells_of(layout, body, h + 1);
    std::vector<double> sums(body.size(), 0);
    size_t filled = 0, in_fives = 0;
    for (size_t i = 0; i < body.size(); ++i) {
      const auto a = plain_whole(first[i]), b = plain_whole(second[i]);
      if (!a || !b || *a + *b < 10 || *a + *b > 400) continue;
      sums[i] = *a + *b;
      ++filled;
      in_fives += std::lround(sums[i]) % 5 == 0;
    }
    if (filled < 3 || filled * 10 < body.size() * 8 || in_fives * 10 < filled * 8) continue;
    for (size_t w = 0; w < layout.columns.size(); ++w) {
      if (w == h || w == h + 1 || !may_hold_numbers(w)) continue;
      const auto weights = cells_of(layout, body, w);
      size_t pairs = 0;
      std::map<long, size_t> rates;
      for (size_t i = 0; i < body.size(); ++i) {
        const auto weight = plain_whole(weights[i]);
        if (sums[i] == 0 || !weight || *weight <= 0) continue;
        ++pairs;
        const double rate = sums[i] / *weight;
        if (std::fabs(rate - std::round(rate)) < 1e-9) ++rates[std::lround(rate)];
      }
      if (pairs < 3 || pairs * 10 < filled * 8) continue;
      for (const auto& [rate, n] : rates) {
        if (rate < 10 || rate > 20 || n * 10 < pairs * 9) continue;
        int group = 0;
        for (const auto& cell : layout.header.cells) group = std::max(group, cell.group + 1);
        for (size_t k = 0; k < layout.columns.size(); ++k)
          if (layout.columns[k].role == ColumnRole::credits) set_role(layout, k, ColumnRole::remark);
        set_role(layout, h, ColumnRole::credits);
        set_role(layout, h + 1, ColumnRole::credits);
        if (h + 1 < layout.header.cells.size()) layout.header.cells[h].group = layout.header.cells[h + 1].group = group;
        set_role(layout, w, ColumnRole::remark);
        mark_times_weight_is_grade(layout, body, w, h);
        if (hours_at) *hours_at = h;
        return true;
      }
    }
  }
  return false;
}

namespace {

// The column of marks 0-20 (`g`) and the column of their products (`p`) with the weight in column
// `w` on nine rows in ten of the rows with all three printed (eight in ten of the body, three at
// least), the marks above 5 on half of them (a mark out of 20 or 10, never a grade point of 0-5,
// whose products with credits are quality points). Nullopt when no pair of columns does so.
std::optional<std::pair<size_t, size_t>> marks_weighted_by(const ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t w,
                                                             size_t h) {
  const auto weights = cells_of(layout, body, w);
  for (size_t g = 0; g < layout.columns.size(); ++g) {
    const ColumnRole rg = layout.columns[g].role;
    if (g == w || g == h || rg == ColumnRole::title || rg == ColumnRole::code || rg == ColumnRole::term) continue;
    const auto marks = cells_of(layout, body, g);
    for (size_t p = 0; p < layout.columns.size(); ++p) {
      const ColumnRole rp = layout.columns[p].role;
      if (p == g || p == w || p == h || rp == ColumnRole::title || rp == ColumnRole::code || rp == ColumnRole::term) continue;
      const auto products = cells_of(layout, body, p);
      size_t pairs = 0, hits = 0, above_five = 0;
      for (size_t i = 0; i < body.size(); ++i) {
        const auto weight = plain_whole(weights[i]);
        const auto m = plain_number(marks[i]);
        const auto q = plain_number(products[i]);
        if (!weight || !m || !q || *weight <= 0 || *m > 20) continue;
        ++pairs;
        hits += std::fabs(*m * *weight - *q) < 0.01;
        above_five += *m > 5;
      }
      if (pairs >= 3 && hits * 10 >= pairs * 9 && pairs * 10 >= body.size() * 8 && above_five * 2 >= pairs) return std::make_pair(g, p);
    }
  }
  return std::nullopt;
}

}  // namespace

bool hours_beside_a_weight_of_marks(ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t* hours_at) {
  const size_t credits = first_with_role(layout, ColumnRole::credits);
  if ((credits < layout.columns.size() && !role_from_content(layout, credits)) || body.size() < 3) return false;
  auto labelled = [&](size_t k) { return k < layout.header.cells.size() && !layout.header.cells[k].text.empty(); };
  auto label = [&](size_t k) { return k < layout.header.cells.size() ? layout.header.cells[k].text : std::string(); };
  auto may_hold_numbers = [&](size_t k) {
    const ColumnRole role = layout.columns[k].role;
    return role_from_content(layout, k) && role != ColumnRole::title && role != ColumnRole::code && role != ColumnRole::term;
  };
  for (size_t h = 0; h < layout.columns.size(); ++h) {
    if (!may_hold_numbers(h) || !labelled(h) || label_names_credits(label(h))) continue;
    const auto hours = cells_of(layout, body, h);
    size_t filled = 0, in_fives = 0;
    for (const auto& cell : hours) {
      double v = hours_in_cell(cell);
      if (v == 0) v = plain_whole(cell).value_or(0);
      if (v < 10 || v > 400) continue;
      ++filled;
      in_fives += std::lround(v) % 5 == 0;
    }
    if (filled < 3 || filled * 10 < body.size() * 5 || in_fives * 10 < filled * 8) continue;
    for (size_t w = 0; w < layout.columns.size(); ++w) {
      // Hours printed in parts (theory | practice) are no one column's measure (S93 reads their sum).
      if (w == h || !may_hold_numbers(w) || !labelled(w) || label_names_credits(label(w)) || hours_in_parts(layout, body, h, w)) continue;
      size_t weights = 0, rows = 0;
      for (const auto& cell : cells_of(layout, body, w)) {
        if (cell.empty()) continue;
        ++rows;
        const auto v = plain_whole(cell);
        weights += v && *v >= 1 && *v <= 10;
      }
      if (rows < 3 || weights * 10 < rows * 9) continue;
      const auto weighted = marks_weighted_by(layout, body, w, h);
      if (!weighted) continue;
      for (size_t k = 0; k < layout.columns.size(); ++k)
        if (layout.columns[k].role == ColumnRole::credits || layout.columns[k].role == ColumnRole::grade) set_role(layout, k, ColumnRole::remark);
      set_role(layout, h, ColumnRole::credits);
      set_role(layout, w, ColumnRole::remark);
      set_role(layout, weighted->first, ColumnRole::grade);
      set_role(layout, weighted->second, ColumnRole::points);
      if (hours_at) *hours_at = h;
      return true;
    }
  }
  return false;
}

bool credit_points_are_credits(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  if (first_with_role(layout, ColumnRole::credits) < layout.columns.size() || body.size() < 3) return false;
  for (size_t k = 0; k < layout.columns.size(); ++k) {
    if (layout.columns[k].role != ColumnRole::points || k >= layout.header.cells.size()) continue;
    const std::string label = lower_utf8(fold_latin(layout.header.cells[k].text));
    if (label.find("credit") == std::string::npos || label.find("point") == std::string::npos) continue;
    std::set<double> distinct;
    size_t filled = 0;
    bool whole = true;
    for (const auto& cell : cells_of(layout, body, k)) {
      if (cell.empty()) continue;
      const auto v = plain_whole(cell);
      if (!v || *v <= 0) whole = false;
      else distinct.insert(*v);
      ++filled;
    }
    if (!whole || filled * 10 < body.size() * 8 || distinct.empty() || distinct.size() > 8) continue;
    set_role(layout, k, ColumnRole::credits);
    return true;
  }
  return false;
}

}  // namespace cc
