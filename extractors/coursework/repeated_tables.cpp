#include "extractors/coursework/repeated_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>

namespace cc {
namespace {

constexpr size_t kMinRun = 5;
// A run this long whose credits, in order, take three values or more is one list on its credits
// alone: two different lists agreeing so on every row do not happen by chance.
constexpr size_t kLongRun = 8;
constexpr size_t kVariedCredits = 3;

std::string key_of(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c)) out += static_cast<char>(std::toupper(c));
    else if (c >= 0x80) out += static_cast<char>(c);
  return out;
}

bool same_number(double a, double b) { return std::fabs(a - b) <= 0.01; }

// The figures a row prints (its evidence text): what a translation leaves as it was.
std::vector<double> printed_figures(const Course& c) {
  std::vector<double> out;
  for (const auto& e : c.evidence) {
    const std::string& t = e.text;
    for (size_t i = 0; i < t.size();) {
      if (!std::isdigit(static_cast<unsigned char>(t[i]))) { ++i; continue; }
      size_t j = i;
      while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
      if (j + 1 < t.size() && (t[j] == '.' || t[j] == ',') && std::isdigit(static_cast<unsigned char>(t[j + 1]))) {
        ++j;
        while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
      }
      std::string number = t.substr(i, j - i);
      std::replace(number.begin(), number.end(), ',', '.');
      out.push_back(std::stod(number));
      i = j;
    }
  }
  return out;
}

bool prints_figure(const Course& c, double value) {
  const auto figures = printed_figures(c);
  return std::any_of(figures.begin(), figures.end(), [&](double f) { return same_number(f, value); });
}

enum class RowMatch { none, unanchored, anchored };

// Whether two rows can be one course in two copies, and whether a figure says so.
RowMatch match_rows(const Course& a, const Course& b) {
  if (!a.code.empty() && !b.code.empty() && key_of(a.code) != key_of(b.code)) return RowMatch::none;
  if (a.credits && b.credits) return same_number(*a.credits, *b.credits) ? RowMatch::anchored : RowMatch::none;
  // One copy's columns read differently (its credits taken for a grade): its row still prints them.
  if (a.credits) return prints_figure(b, *a.credits) ? RowMatch::anchored : RowMatch::none;
  if (b.credits) return prints_figure(a, *b.credits) ? RowMatch::anchored : RowMatch::none;
  if (!a.grade.empty() && key_of(a.grade) == key_of(b.grade)) return RowMatch::anchored;
  return RowMatch::unanchored;
}

// Rows aligned in order, one to one: the alignment that pairs the most rows a figure anchors, then
// the most rows in all (a row with no figure never takes an anchored row's place).
std::vector<std::pair<size_t, size_t>> align(const std::vector<const Course*>& a, const std::vector<const Course*>& b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<RowMatch>> match(n, std::vector<RowMatch>(m));
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < m; ++j) match[i][j] = match_rows(*a[i], *b[j]);
  const auto weight = [](RowMatch r) { return r == RowMatch::anchored ? 4u : r == RowMatch::unanchored ? 1u : 0u; };
  std::vector<std::vector<unsigned>> best(n + 1, std::vector<unsigned>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;) {
      best[i][j] = std::max(best[i + 1][j], best[i][j + 1]);
      if (match[i][j] != RowMatch::none) best[i][j] = std::max(best[i][j], best[i + 1][j + 1] + weight(match[i][j]));
    }
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (match[i][j] != RowMatch::none && best[i][j] == best[i + 1][j + 1] + weight(match[i][j])) pairs.emplace_back(i++, j++);
    else if (best[i + 1][j] >= best[i][j + 1]) ++i;
    else ++j;
  }
  return pairs;
}

std::optional<double> number_of(const std::string& s) {
  if (s.empty() || !std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) || c == '.' || c == ','; }))
    return std::nullopt;
  std::string t = s;
  std::replace(t.begin(), t.end(), ',', '.');
  try {
    return std::stod(t);
  } catch (...) {
    return std::nullopt;
  }
}

bool has_letters_only_grade(const std::string& grade) {
  const std::string k = key_of(grade);
  return !k.empty() && std::none_of(k.begin(), k.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Grades equal pair by pair (a copy), or grade words mapped one to one (a translation: figures and
// letter grades are not translated, so at least one copy prints its grades in words).
bool grades_agree(const std::vector<const Course*>& a, const std::vector<const Course*>& b, const CopyAlignment& al) {
  std::map<std::string, std::string> forward, backward;
  bool equal = true, bijective = true;
  size_t worded = 0, compared = 0;
  for (const auto& [i, j] : al.pairs) {
    const std::string ga = key_of(a[i]->grade), gb = key_of(b[j]->grade);
    if (ga.empty() && gb.empty()) continue;
    // A grade that is the pair's credits is the credits column read as grades: no grade to compare.
    const auto& credits = a[i]->credits ? a[i]->credits : b[j]->credits;
    const auto credits_as_grade = [&](const std::string& g) {
      const auto v = number_of(g);
      return credits && v && same_number(*v, *credits) && !(a[i]->credits && b[j]->credits);
    };
    if (credits_as_grade(a[i]->grade) || credits_as_grade(b[j]->grade)) continue;
    ++compared;
    equal = equal && ga == gb;
    worded += (has_letters_only_grade(a[i]->grade) && ga.size() > 2) || (has_letters_only_grade(b[j]->grade) && gb.size() > 2);
    const auto f = forward.emplace(ga, gb).first, r = backward.emplace(gb, ga).first;
    bijective = bijective && f->second == gb && r->second == ga;
  }
  if (equal) return true;
  return bijective && worded * 2 >= compared;
}

bool long_varied_run(const std::vector<const Course*>& a, const std::vector<const Course*>& b, const CopyAlignment& al) {
  if (al.pairs.size() < kLongRun) return false;
  std::set<long> credits;
  for (const auto& [i, j] : al.pairs) {
    const auto& c = a[i]->credits ? a[i]->credits : b[j]->credits;
    if (c) credits.insert(std::lround(*c * 100));
  }
  return credits.size() >= kVariedCredits;
}

// Where both copies name their terms, a new term starts at the same row in both.
bool same_term_structure(const std::vector<const Course*>& a, const std::vector<const Course*>& b, const CopyAlignment& al) {
  std::set<std::string> terms_a, terms_b;
  for (const auto& [i, j] : al.pairs) {
    terms_a.insert(a[i]->term);
    terms_b.insert(b[j]->term);
  }
  if (terms_a.size() < 2 || terms_b.size() < 2) return true;
  for (size_t k = 1; k < al.pairs.size(); ++k) {
    const auto [i0, j0] = al.pairs[k - 1];
    const auto [i1, j1] = al.pairs[k];
    if ((a[i0]->term == a[i1]->term) != (b[j0]->term == b[j1]->term)) return false;
  }
  return true;
}

size_t ascii_titles(const std::vector<const Course*>& run) {
  return static_cast<size_t>(std::count_if(run.begin(), run.end(), [](const Course* c) {
    return std::all_of(c->title.begin(), c->title.end(), [](unsigned char ch) { return ch < 0x80; });
  }));
}

size_t categorised_titles(const std::vector<const Course*>& run) {
  return static_cast<size_t>(
      std::count_if(run.begin(), run.end(), [](const Course* c) { return !c->category.empty() && c->category != "other"; }));
}

int page_of(const Course& c) { return c.evidence.empty() ? 0 : c.evidence.front().page; }

}  // namespace

// S196: the rows of `run` after its last paired row (`last`) that sit under sections none of its
// paired rows sits under: sections read in one copy only (practice, term papers, examinations
// listed under the table, S193, where the other copy's were not read), no disagreement of the
// copies. 0 when any row after `last` shares a paired row's section, or has none.
static size_t sections_read_in_one_copy(const std::vector<const Course*>& run, size_t last, const std::vector<size_t>& paired) {
  std::set<std::string> paired_terms;
  for (size_t i : paired) paired_terms.insert(run[i]->term);
  for (size_t i = last + 1; i < run.size(); ++i)
    if (run[i]->term.empty() || paired_terms.count(run[i]->term)) return 0;
  return run.size() - last - 1;
}

std::optional<CopyAlignment> align_copies(const std::vector<const Course*>& a, const std::vector<const Course*>& b) {
  if (a.size() < kMinRun || b.size() < kMinRun) return std::nullopt;
  CopyAlignment al{align(a, b)};
  const size_t matched = al.pairs.size();
  if (matched < kMinRun) return std::nullopt;
  std::vector<size_t> in_a, in_b;
  for (const auto& [i, j] : al.pairs) in_a.push_back(i), in_b.push_back(j);
  const size_t extra_a = sections_read_in_one_copy(a, al.pairs.back().first, in_a);
  const size_t extra_b = sections_read_in_one_copy(b, al.pairs.back().second, in_b);
  if (matched * 10 < (a.size() - extra_a) * 8 || matched * 10 < (b.size() - extra_b) * 8) return std::nullopt;
  size_t anchored = 0;
  for (const auto& [i, j] : al.pairs) anchored += match_rows(*a[i], *b[j]) == RowMatch::anchored;
  if (anchored * 10 < matched * 8) return std::nullopt;
  if (!same_term_structure(a, b, al)) return std::nullopt;
  if (!grades_agree(a, b, al) && !long_varied_run(a, b, al)) return std::nullopt;
  return al;
}

bool same_course_run(const std::vector<const Course*>& a, const std::vector<const Course*>& b) {
  return align_copies(a, b).has_value();
}

RepeatedRows repeated_half(const std::vector<Course>& courses) {
  const size_t n = courses.size();
  RepeatedRows out;
  if (n < 2 * kMinRun) return out;
  std::optional<CopyAlignment> best;
  size_t best_split = 0;
  for (size_t split = kMinRun; split + kMinRun <= n; ++split) {
    if (page_of(courses[split]) <= page_of(courses[split - 1])) continue;  // a copy starts on a page of its own
    std::vector<const Course*> first, second;
    for (size_t i = 0; i < split; ++i) first.push_back(&courses[i]);
    for (size_t i = split; i < n; ++i) second.push_back(&courses[i]);
    auto al = align_copies(first, second);
    if (al && (!best || al->pairs.size() > best->pairs.size())) {
      best = std::move(al);
      best_split = split;
    }
  }
  if (!best) return out;
  std::vector<const Course*> first, second;
  for (size_t i = 0; i < best_split; ++i) first.push_back(&courses[i]);
  for (size_t i = best_split; i < n; ++i) second.push_back(&courses[i]);
  const bool keep_second = prefer_copy(second, first);
  size_t from = keep_second ? 0 : best_split, to = keep_second ? best_split : n;
  // Rows between the two copies that neither pairs nor credits (a page number, a footer) go with
  // the dropped copy: they are no course of the kept one.
  if (keep_second)
    while (to < best_split + best->pairs.front().second && !courses[to].credits) ++to;
  else
    while (from > best->pairs.back().first + 1 && !courses[from - 1].credits) --from;
  for (size_t i = from; i < to; ++i) out.drop.push_back(i);
  for (const auto& [i, j] : best->pairs)
    out.kept_for_dropped.emplace_back(keep_second ? best_split + j : i, keep_second ? i : best_split + j);
  return out;
}

bool prefer_copy(const std::vector<const Course*>& candidate, const std::vector<const Course*>& kept) {
  const size_t a = categorised_titles(candidate), b = categorised_titles(kept);
  if (a != b) return a > b;
  return ascii_titles(candidate) > ascii_titles(kept);
}

void note_dropped_twin(Course& kept, const Course& dropped) {
  for (Evidence e : dropped.evidence) {
    e.text = "not counted, the same course in another copy of this list (a translation or a copy sent twice), row read \"" +
             e.text + "\"";
    kept.evidence.push_back(std::move(e));
  }
}

}  // namespace cc
