#include "validators/plausibility.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>

namespace cc {
namespace {

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string name_of(const Course& c) { return c.title.empty() ? c.code : c.title; }

std::optional<int> first_year_in(const std::string& text) {
  static const std::regex year("(19|20)[0-9]{2}");
  std::optional<int> first;
  for (std::sregex_iterator it(text.begin(), text.end(), year), end; it != end; ++it) {
    const int y = std::stoi(it->str());
    if (!first || y < *first) first = y;
  }
  return first;
}

// A course of a semester-hour scale carries 1-6 SH; when the typical one (the median of a whole
// transcript's courses, at least 12, so that a thesis or an internship of many hours, or a short
// extract, does not decide) converts to more, every course is on another scale: Tanzanian credits
// of 10 notional hours (10, 12, 15 a course) taken for semester credits, contact hours, marks.
// Each total would be several times too high, which no single-course or per-term limit catches
// when the terms are short.
constexpr std::size_t kMedianCourses = 12;

void check_median_course(CourseworkReading& out, const Definitions& defs) {
  if (!defs.max_median_semester_hours_per_course) return;
  // Only credits meant as hours of a week over a term (semester, quarter, units): ECTS and UK-style
  // modules of 15-30 credits (7.5 SH) are real courses, and their conversion already scales them.
  static const std::set<std::string> hour_scales = {"semester", "quarter", "units"};
  if (!out.credit_system || !hour_scales.count(*out.credit_system)) return;
  std::vector<double> hours;
  for (const auto& r : out.courses)
    if (r.semester_hours && *r.semester_hours > 0) hours.push_back(*r.semester_hours);
  if (hours.size() < kMedianCourses) return;
  std::nth_element(hours.begin(), hours.begin() + static_cast<std::ptrdiff_t>(hours.size() / 2), hours.end());
  const double median = hours[hours.size() / 2];
  if (median <= *defs.max_median_semester_hours_per_course + 1e-9) return;
  out.implausible.push_back("the typical course converts to " + number_text(median) + " SH (median of " +
                            std::to_string(hours.size()) + " courses; more than " +
                            number_text(*defs.max_median_semester_hours_per_course) +
                            " SH for a typical course cannot be true: the credits are on another scale)");
}

void check_hours(CourseworkReading& out, const Definitions& defs) {
  std::map<std::string, double> per_term;
  std::vector<std::string> terms;  // in order of appearance
  double total = 0;
  for (const auto& r : out.courses) {
    if (auto y = first_year_in(r.course->term); y && (!out.first_term_year || *y < *out.first_term_year))
      out.first_term_year = y;
    if (!r.semester_hours) continue;
    const double sh = *r.semester_hours;
    total += sh;
    if (!per_term.count(r.course->term)) terms.push_back(r.course->term);
    per_term[r.course->term] += sh;
    if (defs.max_semester_hours_per_course && sh > *defs.max_semester_hours_per_course + 1e-9)
      out.implausible.push_back("the course \"" + name_of(*r.course) + "\" carries " + number_text(sh) +
                                " SH (more than " + number_text(*defs.max_semester_hours_per_course) +
                                " SH for one course cannot be true)");
  }
  if (defs.max_semester_hours_per_term)
    for (const auto& term : terms)
      if (!term.empty() && per_term[term] > *defs.max_semester_hours_per_term + 1e-9)
        out.implausible.push_back("the term \"" + term + "\" adds up to " + number_text(per_term[term]) + " SH (more than " +
                                  number_text(*defs.max_semester_hours_per_term) + " SH in one term cannot be true)");
  check_median_course(out, defs);
  if (defs.max_semester_hours_total && total > *defs.max_semester_hours_total + 1e-9)
    out.implausible.push_back("the courses add up to " + number_text(total) + " SH (more than " +
                              number_text(*defs.max_semester_hours_total) + " SH in all cannot be true)");
}

// Credits above what one course carries in the transcript's credit system (a mark or a row total
// read as credits).
void check_credit_range(CourseworkReading& out, const CourseworkFacts& c, const Definitions& defs) {
  if (!c.credit_system) return;
  const auto limit = defs.max_credits_per_course.find(*c.credit_system);
  if (limit == defs.max_credits_per_course.end()) return;
  for (const auto& course : c.courses) {
    if (!course.credits || *course.credits <= limit->second + 1e-9) continue;
    out.implausible.push_back("the course \"" + name_of(course) + "\" shows " + number_text(*course.credits) + " " +
                              *c.credit_system + " credits (more than " + number_text(limit->second) +
                              " for one course cannot be true in that system)");
    return;  // one is enough: the whole column is suspect
  }
}

// Credits printed on a scale the extractor could not tell (its words and its credit magnitudes
// disagree: "1 credit = 10 notional hours" over courses of 3 credits): no semester hours can be
// counted, so the coursework goes to review rather than counting as none.
void check_unknown_scale(CourseworkReading& out, const CourseworkFacts& c) {
  if (c.credit_system) return;
  const bool any_credits = std::any_of(c.courses.begin(), c.courses.end(), [](const Course& course) {
    return course.credits.has_value();
  });
  if (!any_credits) return;
  out.implausible.push_back("the credits' scale is not known (" +
                            c.credit_system_evidence.value_or("no credit system could be told") +
                            "): semester hours cannot be counted");
}

// Credits that count up by one from row to row are the rows' serial numbers.
void check_serial_credits(CourseworkReading& out, const CourseworkFacts& c, const Definitions& defs) {
  if (!defs.serial_credits_run) return;
  int run = 1;
  for (size_t i = 1; i < c.courses.size(); ++i) {
    const auto& a = c.courses[i - 1].credits;
    const auto& b = c.courses[i].credits;
    const bool next = a && b && std::fabs(*a - std::round(*a)) < 1e-9 && std::fabs(*b - (*a + 1)) < 1e-9;
    run = next ? run + 1 : 1;
    if (run < *defs.serial_credits_run) continue;
    out.implausible.push_back(std::to_string(run) + " courses in a row show credits " + number_text(*b - run + 1) + ", " +
                              number_text(*b - run + 2) + " ... " + number_text(*b) +
                              ": the credits column counts the rows (serial numbers read as credits cannot be true)");
    return;
  }
}

std::optional<double> numeric(const std::string& text) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return v;
}

// Every course's credits equal to its numeric grade: the grade column was read as the credits.
void check_grades_as_credits(CourseworkReading& out, const CourseworkFacts& c, const Definitions& defs) {
  if (!defs.grades_as_credits_rows) return;
  int graded = 0;
  std::vector<double> values;
  for (const auto& course : c.courses) {
    const auto grade = numeric(course.grade);
    if (!grade || !course.credits) continue;
    ++graded;
    if (std::fabs(*grade - *course.credits) > 1e-9) return;
    if (std::find(values.begin(), values.end(), *grade) == values.end()) values.push_back(*grade);
  }
  if (graded < *defs.grades_as_credits_rows || values.size() < 2) return;
  out.implausible.push_back("all " + std::to_string(graded) +
                            " courses with a numeric grade show credits equal to that grade: the grade column was "
                            "read as the credits, which cannot be true");
}

bool is_credit_measure(const std::string& measure) { return measure.rfind("credits", 0) == 0; }

bool same_line(const Evidence& a, const Evidence& b) { return a.file == b.file && a.page == b.page && a.text == b.text; }

// Every number printed in a line of text ("Credits obtained 2018: 120" gives 2018 and 120).
std::vector<double> numbers_in(const std::string& text) {
  static const std::regex number(R"((\d+(?:[.,]\d+)?))");
  std::vector<double> out;
  for (std::sregex_iterator it(text.begin(), text.end(), number), end; it != end; ++it) {
    std::string n = it->str();
    std::replace(n.begin(), n.end(), ',', '.');
    out.push_back(std::strtod(n.c_str(), nullptr));
  }
  return out;
}

// The smallest credit sum a printed line can vouch for: below it, a rows' sum may meet a level, a
// count or a row number on the line by chance.
constexpr double kLeastVouchedCredits = 10;
// How far apart a figure must be from the rows to be another number of its line, when the ruleset
// sets no printed_total_ratio.
constexpr double kDefaultFarApart = 1.5;

// A credit figure too far from the rows to total them (more than `ratio` times apart) is set aside
// when its own printed line also prints exactly the credits the rows add up to: the line agrees
// with the rows, and the figure taken from it was another number of the line (a year, a level).
// Figures closer than that (15 earned of 18 attempted) stay: they may be the total.
bool line_prints_rows_credits(const TotalCheck& check, double ratio) {
  if (!is_credit_measure(check.measure) || !check.expected || *check.expected < kLeastVouchedCredits) return false;
  const double expected = *check.expected;
  if (check.printed > 0 && expected <= check.printed * ratio && expected * ratio >= check.printed) return false;
  for (double n : numbers_in(check.evidence.text))
    if (std::fabs(n - expected) < 1e-6) return true;
  return false;
}

// "Total Credits: 78 (GPA credits: 74, NGPA credits: 4)": the other credit figures of a line
// whose total reconciles with the rows, adding up to that total, are its parts (graded and
// ungraded, in the major and outside), not totals of all the rows.
bool part_of_reconciled_total(const TotalCheck& check, const TableReconciliation& table) {
  if (!is_credit_measure(check.measure)) return false;
  for (const auto& whole : table.checks) {
    if (&whole == &check || whole.status != "reconciled" || !is_credit_measure(whole.measure) ||
        !same_line(whole.evidence, check.evidence))
      continue;
    double parts = 0;
    int count = 0;
    for (const auto& other : table.checks) {
      if (&other == &whole || !is_credit_measure(other.measure) || !same_line(other.evidence, whole.evidence)) continue;
      if (other.status == "reconciled" && other.printed == whole.printed) continue;  // the same total again
      parts += other.printed;
      ++count;
    }
    if (count >= 2 && std::fabs(parts - whole.printed) < 1e-6) return true;
  }
  return false;
}

// A mismatched check is set aside when the same printed line also gives a figure of the same
// measure, scope and term that the same rows reconcile with: one line cannot print two totals of
// the same rows in the same unit, so the other figure is something else (the ECTS beside the
// credit hours).
bool set_aside(const TotalCheck& check, const TableReconciliation& table, double ratio) {
  if (check.status != "mismatch" || !check.expected) return false;
  if (line_prints_rows_credits(check, ratio)) return true;
  if (part_of_reconciled_total(check, table)) return true;
  for (const auto& other : table.checks) {
    if (other.status != "reconciled" || !other.expected || &other == &check) continue;
    if (other.measure == check.measure && other.scope == check.scope && other.term == check.term &&
        std::fabs(*other.expected - *check.expected) < 1e-6 && same_line(other.evidence, check.evidence))
      return true;
  }
  return false;
}

// Whether a check says the rows do not add up to what the transcript prints.
bool contradicts_rows(const TotalCheck& check, const TableReconciliation& table, double ratio) {
  return check.status == "mismatch" && check.expected && !set_aside(check, table, ratio);
}

// Rows adding up to a multiple (or a fraction) of the credits the transcript itself prints.
void check_printed_totals(CourseworkReading& out, const CourseworkFacts& c, const Definitions& defs) {
  if (!defs.printed_total_ratio) return;
  const double ratio = *defs.printed_total_ratio;
  for (const auto& table : c.reconciliation)
    for (const auto& check : table.checks) {
      if (!is_credit_measure(check.measure) || !contradicts_rows(check, table, ratio) || check.printed <= 0) continue;
      const double expected = *check.expected;
      if (expected <= check.printed * ratio && expected * ratio >= check.printed) continue;
      out.implausible.push_back("the rows of " + table.file + " add up to " + number_text(expected) + " credits where it prints " +
                                number_text(check.printed) + " (\"" + check.evidence.text + "\", page " +
                                std::to_string(check.evidence.page) + "): more than " + number_text(ratio) +
                                " times apart cannot be a misread row, the rows are not what they seem");
      return;
    }
}

bool in_table(const Course& course, const TableReconciliation& table) {
  for (const auto& e : course.evidence)
    if (e.file == table.file && std::find(table.pages.begin(), table.pages.end(), e.page) != table.pages.end()) return true;
  return false;
}

// The check that puts a table's semester hours in doubt, if any: a credit total the rows contradict;
// or, when the table prints no credit total the rows reconcile with, any total they contradict (a
// grade average or a marks total off may be a row missed or read twice). Grades decide no route:
// with every credit total reconciled, a grade total off doubts the grades, not the hours.
std::optional<TotalCheck> hours_doubt(const TableReconciliation& table, double ratio) {
  if (table.status != "mismatch") return std::nullopt;
  bool credits_reconciled = false, any_mismatch = false;
  std::optional<TotalCheck> other;
  for (const auto& check : table.checks) {
    const bool credit = is_credit_measure(check.measure);
    if (credit && check.status == "reconciled") credits_reconciled = true;
    if (check.status != "mismatch") continue;
    any_mismatch = true;
    if (set_aside(check, table, ratio)) continue;
    if (credit) return check;
    if (!other) other = check;
  }
  if (!any_mismatch) return TotalCheck{};  // the table says mismatch without saying where: still a doubt
  return credits_reconciled ? std::nullopt : other;
}

}  // namespace

void check_plausibility(CourseworkReading& reading, const CourseworkFacts& coursework, const Definitions& defs) {
  check_hours(reading, defs);
  check_unknown_scale(reading, coursework);
  check_credit_range(reading, coursework, defs);
  check_serial_credits(reading, coursework, defs);
  check_grades_as_credits(reading, coursework, defs);
  check_printed_totals(reading, coursework, defs);
}

void apply_reconciliation(CourseworkReading& reading, const CourseworkFacts& coursework, const Definitions& defs) {
  const double ratio = defs.printed_total_ratio.value_or(kDefaultFarApart);
  for (const auto& table : coursework.reconciliation) {
    const std::optional<TotalCheck> first = hours_doubt(table, ratio);
    if (!first) continue;
    std::string why = "the rows read from " + table.file + " do not add up to the totals it prints";
    if (!first->measure.empty())
      why += " (\"" + first->evidence.text + "\", page " + std::to_string(first->evidence.page) + ": " + first->measure +
             " " + number_text(first->printed) + ", the rows give " +
             (first->expected ? number_text(*first->expected) : "?") + ")";
    reading.unreconciled.push_back({why, first->evidence});
    for (auto& course : reading.courses)
      if (in_table(*course.course, table)) course.confident = false;
  }
}

}  // namespace cc
