#include "extractors/coursework/repeated_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace cc {
namespace {

constexpr size_t kMinRun = 5;

std::string key_of(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c)) out += static_cast<char>(std::toupper(c));
    else if (c >= 0x80) out += static_cast<char>(c);
  return out;
}

bool same_course(const Course& a, const Course& b) {
  if (a.credits.has_value() != b.credits.has_value()) return false;
  if (a.credits && std::fabs(*a.credits - *b.credits) > 0.01) return false;
  if (key_of(a.grade) != key_of(b.grade)) return false;
  if (!a.code.empty() && !b.code.empty() && key_of(a.code) != key_of(b.code)) return false;
  return true;
}

size_t ascii_titles(const std::vector<const Course*>& run) {
  return static_cast<size_t>(std::count_if(run.begin(), run.end(), [](const Course* c) {
    return std::all_of(c->title.begin(), c->title.end(), [](unsigned char ch) { return ch < 0x80; });
  }));
}

int page_of(const Course& c) { return c.evidence.empty() ? 0 : c.evidence.front().page; }

}  // namespace

bool same_course_run(const std::vector<const Course*>& a, const std::vector<const Course*>& b) {
  if (a.size() != b.size() || a.size() < kMinRun) return false;
  size_t informative = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!same_course(*a[i], *b[i])) return false;
    informative += a[i]->credits.has_value() || !a[i]->grade.empty();
  }
  return informative * 10 >= a.size() * 8;
}

std::vector<size_t> repeated_half(const std::vector<Course>& courses) {
  const size_t n = courses.size();
  if (n % 2 != 0 || n < 2 * kMinRun) return {};
  const size_t half = n / 2;
  if (page_of(courses[half]) <= page_of(courses[half - 1])) return {};  // the copy starts on a page of its own
  std::vector<const Course*> first, second;
  for (size_t i = 0; i < half; ++i) first.push_back(&courses[i]);
  for (size_t i = half; i < n; ++i) second.push_back(&courses[i]);
  if (!same_course_run(first, second)) return {};
  std::vector<size_t> drop;
  const size_t from = prefer_copy(second, first) ? 0 : half;
  for (size_t i = from; i < from + half; ++i) drop.push_back(i);
  return drop;
}

bool prefer_copy(const std::vector<const Course*>& candidate, const std::vector<const Course*>& kept) {
  return ascii_titles(candidate) > ascii_titles(kept);
}

}  // namespace cc
