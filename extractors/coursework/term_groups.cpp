#include "extractors/coursework/term_groups.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "extractors/coursework/coursework_fields.h"
#include "extractors/tables/cell_types.h"

namespace cc {
namespace {

// The numbers a line prints ("Credits earned: 60", "TCU: 14 TGP: 48 GPA: 3.43").
std::vector<double> numbers_in(const std::string& text) {
  std::vector<double> out;
  for (size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == '.' || text[j] == ',')) ++j;
    std::string n = text.substr(i, j - i);
    while (!n.empty() && (n.back() == '.' || n.back() == ',')) n.pop_back();
    std::replace(n.begin(), n.end(), ',', '.');
    out.push_back(std::strtod(n.c_str(), nullptr));
    i = j;
  }
  return out;
}

bool closes_a_term(const SummaryLine& s) {
  return s.kind != "page" && s.kind != "end" && s.kind != "note" && s.kind != "carried";
}

}  // namespace

std::vector<std::string> term_groups_by_totals(const TranscriptRows& rows) {
  std::vector<std::string> none(rows.rows.size());
  if (rows.rows.empty() || std::any_of(rows.rows.begin(), rows.rows.end(), [](const RawCourseRow& r) { return !r.term.empty(); }))
    return none;
  std::vector<const SummaryLine*> totals;
  for (const auto& s : rows.summaries)
    if (closes_a_term(s)) totals.push_back(&s);
  std::stable_sort(totals.begin(), totals.end(), [](const SummaryLine* a, const SummaryLine* b) { return a->order < b->order; });
  if (totals.size() < 2) return none;
  std::vector<size_t> group(rows.rows.size());
  std::vector<double> sums(totals.size() + 1, 0);
  std::vector<int> counts(totals.size() + 1, 0);
  for (size_t r = 0; r < rows.rows.size(); ++r) {
    const auto& row = rows.rows[r];
    group[r] = static_cast<size_t>(std::count_if(totals.begin(), totals.end(), [&](const SummaryLine* s) { return s->order < row.order; }));
    auto credits = read_number(row.credits);
    if (!credits) credits = credit_value(row.credits);
    if (credits) sums[group[r]] += *credits;
    ++counts[group[r]];
  }
  // The arithmetic: a group of rows closed by a line printing its sum.
  size_t closed = 0, adding_up = 0;
  for (size_t g = 0; g < totals.size(); ++g) {
    if (counts[g] == 0) continue;
    ++closed;
    const auto printed = numbers_in(totals[g]->text);
    adding_up += std::any_of(printed.begin(), printed.end(), [&](double n) { return std::fabs(n - sums[g]) < 0.01; });
  }
  if (adding_up < 2 || adding_up * 2 < closed) return none;
  std::vector<std::string> out;
  for (size_t r = 0; r < rows.rows.size(); ++r) out.push_back("#" + std::to_string(group[r]));
  return out;
}

}  // namespace cc
