#include "validators/fact_readings.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "core/grades.h"
#include "core/text.h"
#include "validators/plausibility.h"

namespace cc {

std::optional<std::string> field_from_title(const std::string& title, const Definitions& defs) {
  // As printed, or folded to ASCII: case-insensitive matching folds no accented capital
  // ("QUÍMICO BIÓLOGO" against "qu(i|í)mic").
  const std::string folded = fold_latin(title);
  for (const auto& p : defs.field_title_patterns)
    if (std::regex_search(title, p.regex) || std::regex_search(folded, p.regex)) return p.value;
  return std::nullopt;
}

std::optional<std::string> level_doubt_of_title(const std::string& title, const std::optional<std::string>& level,
                                                const std::optional<int>& stated_years, const Definitions& defs) {
  if (!level) return std::nullopt;
  // A stated length under three years (the shortest first-cycle degree, 180 ECTS) settles it: the
  // award is the short one.
  constexpr int kShortestBachelorYears = 3;
  if (stated_years && *stated_years < kShortestBachelorYears) return std::nullopt;
  const std::string folded = fold_latin(title);
  for (const auto& p : defs.level_doubt_title_patterns) {
    if (p.value != *level) continue;
    if (!std::regex_search(title, p.regex) && !std::regex_search(folded, p.regex)) continue;
    return "the title \"" + title + "\" names a " + *level + " that some systems award at bachelor's level and " +
           "others after a shorter program, and no length shows which: check the level";
  }
  return std::nullopt;
}

std::string category_of(const Course& course, const CourseCategories& categories) {
  if (course.title.empty()) {
    const auto& known = categories.categories;
    const bool valid = std::find(known.begin(), known.end(), course.category) != known.end();
    return valid ? course.category : categories.fallback;
  }
  // As the extractor does (coursework_categories.h): the title as printed or folded to ASCII.
  const std::string folded = fold_latin(course.title);
  for (const auto& p : categories.patterns)
    if ((p.gate.may_match(course.title) && std::regex_search(course.title, p.regex)) ||
        (p.gate.may_match(folded) && std::regex_search(folded, p.regex)))
      return p.value;
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
  out.years_conflict = d.years_conflict;
  out.years_conflicting = d.years_conflicting;
  if (!out.years && out.level) {
    const auto fallback = defs.default_program_years.find(*out.level);
    if (fallback != defs.default_program_years.end()) {
      out.years = fallback->second;
      out.years_from_default = true;
    }
  }
  if (d.years && out.level) {
    const auto shortest = defs.min_program_years.find(*out.level);
    if (shortest != defs.min_program_years.end() && *d.years < shortest->second)
      out.years_implausible = "a " + std::to_string(*d.years) + "-year " + *out.level + " program was read, but no " +
                              *out.level + " program is shorter than " + std::to_string(shortest->second) +
                              " years: the length is misread";
  }
  out.title = d.title;
  out.field = d.field;
  if (d.title) {
    if (auto normalised = field_from_title(*d.title, defs)) {
      out.field = normalised;
      out.field_from_title = true;
    }
    out.level_doubt = level_doubt_of_title(*d.title, out.level, d.years, defs);
  }
  if (d.conferred) out.conferred = parse_iso_date(*d.conferred);
  if (d.conferred_other) out.conferred_other = parse_iso_date(*d.conferred_other);
  out.evidence = d.evidence;
  return out;
}

double non_qualifying_course_field_share(const CourseworkReading& coursework, const Definitions& defs) {
  std::map<std::string, double> hours_by_field;
  for (const auto& c : coursework.courses) {
    if (!c.semester_hours || !c.course || c.course->title.empty()) continue;
    const auto field = field_from_title(c.course->title, defs);
    if (field && !is_qualifying_field(*field, defs)) hours_by_field[*field] += *c.semester_hours;
  }
  double most = 0;
  for (const auto& [field, hours] : hours_by_field) most = std::max(most, hours);
  return most;
}

void check_field_plausible(DegreeReading& degree, const CourseworkReading& coursework, const Definitions& defs) {
  const auto& limit = defs.max_mls_professional_sh_of_other_field;
  if (!limit || degree.field != kUnrecognisedField || degree.field_from_title) return;
  const std::string title = degree.title ? " \"" + *degree.title + "\"" : "";
  if (!coursework.present) {
    // Nothing but a title no pattern knows: no evidence of what the program taught either way.
    degree.field_doubt = "the degree's title" + title + " names no field the ruleset knows, and no transcript " +
                         "courses were read to show what the program taught: check the program's field";
    return;
  }
  double professional = 0, unrecognised = 0, all = 0, science = 0;
  for (const auto& c : coursework.courses) {
    if (!c.semester_hours) continue;
    all += *c.semester_hours;
    if (c.category == "mls_professional" || c.category == "biology" || c.category == "chemistry") science += *c.semester_hours;
    if (c.category == "mls_professional") professional += *c.semester_hours;
    if (c.category == "other") unrecognised += *c.semester_hours;
  }
  // The courses show the program outside the MLS fields only when they were read in full (no row
  // without its grade, no transcript without rows: j5's rule for shortfalls) and recognised.
  const bool read_in_part = !coursework.unread_transcripts.empty() ||
                            std::any_of(coursework.courses.begin(), coursework.courses.end(),
                                        [](const CourseReading& c) { return c.read_in_part && c.semester_hours; });
  const auto& share = defs.max_unrecognised_share_of_other_field;
  const bool unrecognised_mostly = share && all > 0 && unrecognised > *share * all;
  // k5: courses that name the program's field themselves show it. When over half of the
  // hours read (in full) lie in courses whose titles name one field the ruleset knows and does
  // not qualify ("Fundamentals of Nursing", "Nursing in Surgery", "Enfermería Comunitaria"), the
  // transcript shows a program of that field: the unrecognised share no longer makes it undecided.
  const bool field_named_by_courses = !read_in_part && all > 0 && non_qualifying_course_field_share(coursework, defs) > 0.5 * all;
  if (professional <= *limit && (all == 0 || read_in_part || (unrecognised_mostly && !field_named_by_courses))) {
    std::ostringstream why;
    why << "the degree's title" << title << " names no field the ruleset knows, and ";
    if (all == 0)
      why << "no semester hours were read from its transcript's courses (credit system unknown)";
    else if (unrecognised_mostly)
      why << unrecognised << " of the " << all << " SH read on its transcript fall in no course category";
    else
      why << "its transcript was read in part (rows without their grade, or a transcript without rows)";
    why << ": the courses cannot show the program lies outside the MLS fields; check the program's field";
    degree.field_doubt = why.str();
    return;
  }
  if (professional <= *limit) {
    // Courses read in full that are mostly science show a science (or MLS) program, not one outside
    // the fields: only a route accepting MLS alone may still fail on "other".
    const auto& science_share = defs.min_science_share_of_other_field;
    if (science_share && all > 0 && !field_named_by_courses && science > *science_share * all) {
      std::ostringstream why;
      why << "the degree's title" << title << " names no field the ruleset knows, and " << science << " of the " << all
          << " SH read on its transcript are biology, chemistry and MLS courses: it may be a science program; check the "
          << "program's field";
      degree.field_science_doubt = why.str();
    }
    return;
  }
  std::ostringstream hours;
  hours << professional;
  degree.field_contradicted = true;
  degree.field_doubt = "the degree's title" + title + " names no field the ruleset knows, but its transcript carries " +
                       hours.str() + " SH of medical laboratory professional courses: check whether it is an MLS program";
}

void check_conferral_plausible(DegreeReading& degree, const CourseworkReading& coursework, const Definitions& defs) {
  if (!defs.conferral_not_before_first_term || !degree.conferred || !coursework.first_term_year) return;
  if (degree.conferred->year >= *coursework.first_term_year) return;
  degree.conferred_implausible = "the conferral date " + to_iso(*degree.conferred) + " lies before the first term (" +
                                 std::to_string(*coursework.first_term_year) + ") and cannot be true";
}

bool earns_no_credit(const Course& course, const Definitions& defs, bool five_fails) {
  if (grade_in_list(course.grade, defs.failing_grades)) return true;
  const auto mark = numeric_mark(course.grade);
  return five_fails && mark && *mark == 5.0;
}

std::set<std::string> transcripts_where_five_fails(const CourseworkFacts& coursework) {
  std::map<std::string, std::vector<std::string>> marks;  // transcript file -> its courses' grades
  for (const auto& course : coursework.courses)
    marks[course.evidence.empty() ? "" : course.evidence.front().file].push_back(course.grade);
  std::set<std::string> out;
  for (const auto& [file, grades] : marks)
    if (five_fails_on_these_marks(grades)) out.insert(file);
  return out;
}

namespace {
const std::string& file_of(const Course& course) {
  static const std::string none;
  return course.evidence.empty() ? none : course.evidence.front().file;
}

bool five_fails_for(const Course& course, const std::set<std::string>& files) { return files.count(file_of(course)) > 0; }

// Files the classifier holds a transcript segment of from which no course was read (no course's
// evidence names them), while other transcripts gave courses: the record was read in part.
std::vector<std::string> transcripts_without_courses(const DocumentKinds& documents, const CourseworkFacts& coursework) {
  std::set<std::string> read;
  for (const auto& course : coursework.courses)
    for (const auto& e : course.evidence) read.insert(e.file);
  std::vector<std::string> unread;
  bool some_read = false;
  for (const auto& [file, segments] : documents.segments) {
    const bool transcript = std::any_of(segments.begin(), segments.end(), [](const Segment& s) { return s.type == "transcript"; });
    if (!transcript) continue;
    if (read.count(file)) some_read = true;
    else unread.push_back("no course row was read from the transcript " + file);
  }
  // Courses that name none of the documents (facts built by hand) say nothing of what was read.
  return some_read ? unread : std::vector<std::string>{};
}
}  // namespace

std::vector<MarkStatus> mark_statuses(const CourseworkFacts& coursework, const Definitions& defs) {
  // transcript file -> its numeric marks, those printed with their name in words too: they show
  // the scale (a failed `4.3`, read as its figures, among passes printed `7.2 (SIETE PUNTO DOS)`).
  std::map<std::string, std::vector<double>> marks;
  for (const auto& course : coursework.courses)
    if (const auto mark = mark_figures(course.grade)) marks[file_of(course)].push_back(*mark);
  std::map<std::string, double> printed;  // transcript file -> the pass mark its legend prints
  for (const auto& p : coursework.pass_marks) printed.emplace(p.evidence.file, p.value);
  std::vector<MarkStatus> out;
  for (const auto& course : coursework.courses) {
    const auto mark = numeric_mark(course.grade);
    if (!mark) {
      out.push_back(MarkStatus::passed);
      continue;
    }
    const auto pass = printed.find(file_of(course));
    out.push_back(numeric_mark_status(*mark, marks[file_of(course)], defs.numeric_marks,
                                      pass == printed.end() ? std::nullopt : std::optional<double>(pass->second)));
  }
  return out;
}

CourseworkReading read_coursework(const CandidateFacts& facts, const Ruleset& rules) {
  CourseworkReading out;
  if (!facts.coursework || facts.coursework->courses.empty()) return out;
  const CourseworkFacts& c = *facts.coursework;
  const double threshold = rules.definitions.confidence_threshold;
  out.present = true;
  out.credit_system = c.credit_system;
  double confidence_sum = 0;
  const std::set<std::string> five_fails = transcripts_where_five_fails(c);
  const std::vector<MarkStatus> marks = mark_statuses(c, rules.definitions);
  for (size_t i = 0; i < c.courses.size(); ++i) {
    const Course& course = c.courses[i];
    CourseReading reading;
    reading.course = &course;
    reading.category = category_of(course, rules.course_categories);
    reading.semester_hours = semester_hours_of(course, c.credit_system, rules.definitions);
    const bool failed = earns_no_credit(course, rules.definitions, five_fails_for(course, five_fails)) ||
                        marks[i] == MarkStatus::failed;
    if (reading.semester_hours && failed) reading.semester_hours = 0.0;
    if (reading.semester_hours && !failed && marks[i] == MarkStatus::doubtful)
      reading.pass_doubt = "mark " + trim(course.grade) + ": its scale's pass mark is not printed on the transcript";
    reading.confident = course.confidence >= threshold;
    reading.read_in_part = trim(course.grade).empty();
    confidence_sum += course.confidence;
    out.courses.push_back(reading);
  }
  check_plausibility(out, c, rules.definitions);
  apply_reconciliation(out, c, rules.definitions);
  out.unread_transcripts = transcripts_without_courses(facts.documents, c);
  if (c.completed) out.completed = parse_iso_date(*c.completed);
  // CourseworkFacts carries no confidence of its own for `completed`: the transcript's mean.
  out.completed_confident = confidence_sum / static_cast<double>(c.courses.size()) >= threshold;
  out.completed_evidence = c.courses.back().evidence;
  return out;
}

std::map<std::string, double> coursework_totals(const CourseworkFacts& coursework, const Ruleset& rules) {
  std::map<std::string, double> totals;
  for (const auto& category : rules.course_categories.categories) totals[category] = 0;
  const std::set<std::string> five_fails = transcripts_where_five_fails(coursework);
  const std::vector<MarkStatus> marks = mark_statuses(coursework, rules.definitions);
  for (size_t i = 0; i < coursework.courses.size(); ++i) {
    const Course& course = coursework.courses[i];
    const auto hours = semester_hours_of(course, coursework.credit_system, rules.definitions);
    if (hours && !earns_no_credit(course, rules.definitions, five_fails_for(course, five_fails)) &&
        marks[i] != MarkStatus::failed)
      totals[category_of(course, rules.course_categories)] += *hours;
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

bool is_mls_field(const std::string& field, const Definitions& defs) {
  const auto group = defs.field_groups.find("mls");
  return group != defs.field_groups.end() && std::find(group->second.begin(), group->second.end(), field) != group->second.end();
}

}  // namespace cc
