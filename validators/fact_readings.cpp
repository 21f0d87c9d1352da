#include "validators/fact_readings.h"

#include <algorithm>
#include <regex>

namespace cc {

std::optional<std::string> field_from_title(const std::string& title, const Definitions& defs) {
  for (const auto& p : defs.field_title_patterns)
    if (std::regex_search(title, p.regex)) return p.value;
  return std::nullopt;
}

std::string category_of(const Course& course, const CourseCategories& categories) {
  if (course.title.empty()) {
    const auto& known = categories.categories;
    const bool valid = std::find(known.begin(), known.end(), course.category) != known.end();
    return valid ? course.category : categories.fallback;
  }
  for (const auto& p : categories.patterns)
    if (std::regex_search(course.title, p.regex)) return p.value;
  return categories.fallback;
}

std::optional<double> semester_hours_of(const Course& course, const std::optional<std::string>& credit_system,
                                        const Definitions& defs) {
  if (course.credits && credit_system) {
    const auto factor = defs.semester_hours_per_credit.find(*credit_system);
    if (factor != defs.semester_hours_per_credit.end()) {
      if (!factor->second) return std::nullopt;  // marks: no semester hours
      return *course.credits * *factor->second;
    }
  }
  return course.semester_hours;  // the extractor's own conversion, if any
}

DegreeReading read_degree(const CandidateFacts& facts, const Ruleset& rules) {
  if (!facts.degree) return {};
  return read_degree(*facts.degree, rules);
}

std::vector<DegreeReading> read_degrees(const CandidateFacts& facts, const Ruleset& rules) {
  std::vector<DegreeReading> out;
  for (const auto& d : facts.degrees) out.push_back(read_degree(d, rules));
  if (out.empty() && facts.degree) out.push_back(read_degree(*facts.degree, rules));
  return out;
}

DegreeReading read_degree(const DegreeFacts& d, const Ruleset& rules) {
  DegreeReading out;
  const Definitions& defs = rules.definitions;
  out.present = true;
  out.confidence = d.confidence;
  out.confident = d.confidence >= defs.confidence_threshold;
  out.level = d.level;
  out.years = d.years;
  if (!out.years && out.level) {
    const auto fallback = defs.default_program_years.find(*out.level);
    if (fallback != defs.default_program_years.end()) {
      out.years = fallback->second;
      out.years_from_default = true;
    }
  }
  out.title = d.title;
  out.field = d.field;
  if (d.title) {
    if (auto normalised = field_from_title(*d.title, defs)) {
      out.field = normalised;
      out.field_from_title = true;
    }
  }
  if (d.conferred) out.conferred = parse_iso_date(*d.conferred);
  out.evidence = d.evidence;
  return out;
}

namespace {

std::optional<int> first_year_in(const std::string& text) {
  static const std::regex year("(19|20)[0-9]{2}");
  std::optional<int> first;
  for (std::sregex_iterator it(text.begin(), text.end(), year), end; it != end; ++it) {
    const int y = std::stoi(it->str());
    if (!first || y < *first) first = y;
  }
  return first;
}

std::string sh_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void check_plausible_hours(CourseworkReading& out, const Definitions& defs) {
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
      out.implausible.push_back("the course \"" + (r.course->title.empty() ? r.course->code : r.course->title) +
                                "\" carries " + sh_text(sh) + " SH (more than " + sh_text(*defs.max_semester_hours_per_course) +
                                " SH for one course cannot be true)");
  }
  if (defs.max_semester_hours_per_term)
    for (const auto& term : terms)
      if (!term.empty() && per_term[term] > *defs.max_semester_hours_per_term + 1e-9)
        out.implausible.push_back("the term \"" + term + "\" adds up to " + sh_text(per_term[term]) + " SH (more than " +
                                  sh_text(*defs.max_semester_hours_per_term) + " SH in one term cannot be true)");
  if (defs.max_semester_hours_total && total > *defs.max_semester_hours_total + 1e-9)
    out.implausible.push_back("the courses add up to " + sh_text(total) + " SH (more than " +
                              sh_text(*defs.max_semester_hours_total) + " SH in all cannot be true)");
}

}  // namespace

void check_conferral_plausible(DegreeReading& degree, const CourseworkReading& coursework, const Definitions& defs) {
  if (!defs.conferral_not_before_first_term || !degree.conferred || !coursework.first_term_year) return;
  if (degree.conferred->year >= *coursework.first_term_year) return;
  degree.conferred_implausible = "the conferral date " + to_iso(*degree.conferred) + " lies before the first term (" +
                                 std::to_string(*coursework.first_term_year) + ") and cannot be true";
}

CourseworkReading read_coursework(const CandidateFacts& facts, const Ruleset& rules) {
  CourseworkReading out;
  if (!facts.coursework || facts.coursework->courses.empty()) return out;
  const CourseworkFacts& c = *facts.coursework;
  const double threshold = rules.definitions.confidence_threshold;
  out.present = true;
  out.credit_system = c.credit_system;
  double confidence_sum = 0;
  for (const auto& course : c.courses) {
    CourseReading reading;
    reading.course = &course;
    reading.category = category_of(course, rules.course_categories);
    reading.semester_hours = semester_hours_of(course, c.credit_system, rules.definitions);
    reading.confident = course.confidence >= threshold;
    confidence_sum += course.confidence;
    out.courses.push_back(reading);
  }
  check_plausible_hours(out, rules.definitions);
  if (c.completed) out.completed = parse_iso_date(*c.completed);
  // CourseworkFacts carries no confidence of its own for `completed`: the transcript's mean.
  out.completed_confident = confidence_sum / static_cast<double>(c.courses.size()) >= threshold;
  out.completed_evidence = c.courses.back().evidence;
  return out;
}

std::map<std::string, double> coursework_totals(const CourseworkFacts& coursework, const Ruleset& rules) {
  std::map<std::string, double> totals;
  for (const auto& category : rules.course_categories.categories) totals[category] = 0;
  for (const auto& course : coursework.courses) {
    const auto hours = semester_hours_of(course, coursework.credit_system, rules.definitions);
    if (hours) totals[category_of(course, rules.course_categories)] += *hours;
  }
  return totals;
}

bool is_qualifying_field(const std::string& field, const Definitions& defs) {
  for (const auto& [group, members] : defs.field_groups) {
    (void)group;
    if (std::find(members.begin(), members.end(), field) != members.end()) return true;
  }
  return false;
}

}  // namespace cc
