// Checks on the degree, its clinical training, graduation recency and coursework.
#include <algorithm>
#include <map>
#include <set>

#include "validators/checks.h"
#include "validators/experience_math.h"
#include "validators/text_util.h"

namespace cc {
namespace {

Doubt degree_missing(const std::string& fact, const std::string& detail, const DegreeReading& d) {
  return {Doubt::Kind::missing, fact, detail, d.evidence};
}

// Undecided checks shared by every degree-based check: no degree, or read below the threshold.
std::optional<CheckResult> degree_unusable(const std::string& id, const std::string& what, const EvaluationContext& ctx) {
  const DegreeReading& d = ctx.degree;
  if (!d.present) {
    const std::string detail = "no degree found in the documents";
    return make_check(id, Outcome::undecided, detail, {}, {degree_missing("degree", detail, d)});
  }
  if (!d.confident) {
    const std::string detail = what + ", " + confidence_text(d.confidence, ctx.rules.definitions.confidence_threshold);
    return make_check(id, Outcome::undecided, detail, d.evidence,
                      {{Doubt::Kind::low_confidence, "degree", "the degree was " + confidence_text(d.confidence, ctx.rules.definitions.confidence_threshold), d.evidence}});
  }
  return std::nullopt;
}

// No internship or practicum recognised on the transcript. For a program outside the MLS fields that
// settles it (clinical training counts only inside an MLS program); an MLS-field program normally
// includes one, under names no pattern knows in every language, so there its absence is not shown.
CheckResult no_training_shown(const std::string& id, const EvaluationContext& ctx) {
  const DegreeReading& d = ctx.degree;
  const bool mls_program = d.field && is_mls_field(*d.field, ctx.rules.definitions);
  if (d.field_doubt) {
    // The field is not known, so neither is whether the program should hold a training.
    const std::string detail = "no internship or clinical practicum recognised on the transcript, and " + *d.field_doubt;
    return make_check(id, Outcome::undecided, detail, d.evidence, {degree_missing("clinical_training", detail, d)});
  }
  if (!mls_program) {
    const bool read_as_none = ctx.facts.degree->clinical_training == false;
    return make_check(id, Outcome::not_met,
                      read_as_none ? "no clinical training in the program" : "no clinical training found on the transcript",
                      d.evidence);
  }
  std::vector<std::string> transcripts;
  for (const auto& [file, segments] : ctx.facts.documents.segments)
    for (const auto& segment : segments)
      if (segment.type == "transcript" && !contains(transcripts, file)) transcripts.push_back(file);
  const std::string where = transcripts.empty() ? "the transcript" : join(transcripts);
  const std::string detail = "no internship or clinical practicum recognised on the transcript of this " + *d.field +
                             " program, which normally includes one: check " + where + " for it";
  return make_check(id, Outcome::undecided, detail, d.evidence, {degree_missing("clinical_training", detail, d)});
}

// Where some courses were read, for a reviewer: "tor.pdf p. 1, 2: \"Anatomy\", \"Physiology\",
// \"Botany\" and 12 more".
std::string courses_where(const std::vector<const Course*>& courses) {
  std::map<std::string, std::set<int>> pages;
  for (const Course* c : courses)
    for (const auto& e : c->evidence) pages[e.file].insert(e.page);
  std::string out;
  for (const auto& [file, numbers] : pages) {
    std::vector<std::string> listed;
    for (int n : numbers) listed.push_back(std::to_string(n));
    out += (out.empty() ? "" : "; ") + file + " p. " + join(listed);
  }
  constexpr size_t kNamed = 3;
  std::vector<std::string> names;
  for (size_t i = 0; i < courses.size() && i < kNamed; ++i)
    names.push_back("\"" + (courses[i]->title.empty() ? courses[i]->code : courses[i]->title) + "\"");
  out += (out.empty() ? "" : ": ") + join(names);
  if (courses.size() > kNamed) out += " and " + std::to_string(courses.size() - kNamed) + " more";
  return out;
}

// The first evidence of the first few courses, for the reviewer to open.
std::vector<Evidence> first_evidence(const std::vector<const Course*>& courses) {
  std::vector<Evidence> out;
  for (size_t i = 0; i < courses.size() && out.size() < 3; ++i)
    if (!courses[i]->evidence.empty()) out.push_back(courses[i]->evidence.front());
  return out;
}

CheckResult level_check(const std::string& id, const DegreeParams& p, const EvaluationContext& ctx) {
  const DegreeReading& d = ctx.degree;
  if (d.present && !d.level) {
    const std::string detail = "degree level not read";
    return make_check(id, Outcome::undecided, detail, d.evidence, {degree_missing("degree.level", detail, d)});
  }
  if (auto unusable = degree_unusable(id, d.level.value_or("degree"), ctx)) return *unusable;
  const std::string& level = *d.level;
  if (!contains(p.levels, level) && d.level_doubt)
    return make_check(id, Outcome::undecided, *d.level_doubt, d.evidence, {degree_missing("degree.level", *d.level_doubt, d)});
  if (!contains(p.levels, level))
    return make_check(id, Outcome::not_met, level + " (accepted: " + join(p.levels) + ")", d.evidence);
  const auto min = p.min_years.find(level);
  if (min == p.min_years.end()) {
    const std::string years = d.years && !d.years_from_default ? ", " + std::to_string(*d.years) + "-year program" : "";
    return make_check(id, Outcome::met, level + years, d.evidence);
  }
  const std::string need = " (at least " + std::to_string(min->second) + " years needed)";
  if (d.years_implausible) {
    const std::string detail = level + ", " + *d.years_implausible + need;
    return make_check(id, Outcome::undecided, detail, d.evidence, {degree_missing("degree.years", detail, d)});
  }
  // Two lengths read, the minimum met by one and not the other: the documents contradict each other.
  if (d.years && d.years_conflict && d.years_conflicting && !d.years_from_default &&
      (std::min(*d.years, *d.years_conflicting) < min->second) != (std::max(*d.years, *d.years_conflicting) < min->second)) {
    const std::string detail = level + ", the documents disagree on the program's length: " + *d.years_conflict + need;
    return make_check(id, Outcome::undecided, detail, d.evidence, {degree_missing("degree.years", detail, d)});
  }
  if (!d.years) {
    std::vector<std::string> files;
    for (const auto& e : d.evidence)
      if (!e.file.empty() && !contains(files, e.file)) files.push_back(e.file);
    const std::string where = files.empty() ? "" : " on " + join(files);
    const std::string detail = level + ", program length not stated" + where + need;
    return make_check(id, Outcome::undecided, detail, d.evidence, {degree_missing("degree.years", detail, d)});
  }
  const std::string program = level + ", " + std::to_string(*d.years) + "-year program";
  const std::string defaulted =
      d.years_from_default ? " (length not stated: the ruleset's default)" +
                                 assumption_note(ctx.rules.definitions, "default_program_years." + level)
                           : "";
  if (*d.years < min->second) return make_check(id, Outcome::not_met, program + defaulted + need, d.evidence);
  return make_check(id, Outcome::met, program + defaulted, d.evidence);
}

// Whether a route's accepted fields include a science one (the ruleset's `science` field group).
bool accepts_a_science_field(const std::vector<std::string>& fields, const Definitions& defs) {
  const auto science = defs.field_groups.find("science");
  if (science == defs.field_groups.end()) return false;
  return std::any_of(science->second.begin(), science->second.end(), [&](const std::string& f) { return contains(fields, f); });
}

CheckResult field_check(const std::string& id, const DegreeParams& p, const EvaluationContext& ctx) {
  const DegreeReading& d = ctx.degree;
  if (d.present && !d.field) {
    const std::string detail = d.title ? "degree field not recognised in the title \"" + *d.title + "\"" : "degree field not read";
    return make_check(id, Outcome::undecided, detail, d.evidence, {degree_missing("degree.field", detail, d)});
  }
  if (auto unusable = degree_unusable(id, d.field.value_or("field"), ctx)) return *unusable;
  if (d.field_doubt && !contains(p.fields, *d.field))
    return make_check(id, Outcome::undecided, *d.field_doubt, d.evidence, {degree_missing("degree.field", *d.field_doubt, d)});
  if (d.field_science_doubt && *d.field == kUnrecognisedField && accepts_a_science_field(p.fields, ctx.rules.definitions))
    return make_check(id, Outcome::undecided, *d.field_science_doubt, d.evidence,
                      {degree_missing("degree.field", *d.field_science_doubt, d)});
  const std::string source = d.field_from_title && d.title ? " (from the title \"" + *d.title + "\")" : "";
  const std::string note = d.field_from_title ? assumption_note(ctx.rules.definitions, "field_title_patterns") : "";
  if (contains(p.fields, *d.field)) return make_check(id, Outcome::met, *d.field + source + note, d.evidence);
  return make_check(id, Outcome::not_met, *d.field + source + " (accepted: " + join(p.fields_as_written) + ")" + note,
                    d.evidence);
}

// Why counted courses have no semester hours. Credits in a system the ruleset gives no factor
// (an older ruleset, boards-2026.11 for ECTS, UK credits, Mexican credits and contact hours; or an
// agency's edit) are said to be that, naming the ruleset and the missing key, so the evaluator
// knows the transcript was read and the ruleset is what stops the count.
std::string without_hours_reason(const CourseworkReading& cw, const Ruleset& rules) {
  if (cw.credit_system && !rules.definitions.semester_hours_per_credit.count(*cw.credit_system))
    return "without semester hours: ruleset " + rules.id + " has no semester-hour factor for " + *cw.credit_system +
           " credits (definitions.semester_hours_per_credit." + *cw.credit_system + ")";
  return "without semester hours (no credits, or marks)";
}

}  // namespace

CriterionResult degree_checks(const Criterion& c, const DegreeParams& p, const EvaluationContext& ctx) {
  const auto one = [&](const EvaluationContext& on) {
    std::vector<CheckResult> checks{level_check(c.id + ".level", p, on)};
    if (!p.fields.empty()) checks.push_back(field_check(c.id + ".field", p, on));
    return from_checks(std::move(checks));
  };
  if (!p.any_held) return one(ctx);
  // Any credential held: the first that meets it; else the first undecided; else the first that fails.
  const std::vector<DegreeReading> held = read_degrees(ctx.facts, ctx.rules);
  if (held.empty()) return one(ctx);  // no degree at all: the usual "no degree found"
  std::optional<CriterionResult> undecided, failed;
  for (const auto& reading : held) {
    const EvaluationContext on{ctx.facts, ctx.rules, ctx.board, ctx.as_of, reading, ctx.coursework, ctx.credential};
    CriterionResult r = one(on);
    const std::string title = reading.title.value_or(reading.level.value_or("credential"));
    for (auto& check : r.checks) check.detail += " [" + title + "]";
    if (r.outcome == Outcome::met) return r;
    if (r.outcome == Outcome::undecided && !undecided) undecided = std::move(r);
    else if (r.outcome == Outcome::not_met && !failed) failed = std::move(r);
  }
  if (undecided) return *undecided;
  for (auto& check : failed->checks)
    if (check.outcome == Outcome::not_met) check.detail += " (none of the " + std::to_string(held.size()) + " credentials found qualifies)";
  return *failed;
}

CriterionResult clinical_training_checks(const Criterion& c, const ClinicalTrainingParams& p, const EvaluationContext& ctx) {
  const std::string present_id = c.id + ".present", areas_id = c.id + ".areas";
  const DegreeReading& d = ctx.degree;
  CheckResult present = make_check(present_id, Outcome::undecided, "");
  if (auto unusable = degree_unusable(present_id, "clinical training", ctx)) present = *unusable;
  else if (ctx.facts.degree->clinical_training == true)
    present = make_check(present_id, Outcome::met, "internship / clinical practicum in the program", d.evidence);
  else if (ctx.facts.degree->clinical_training == false || ctx.coursework.present)
    present = no_training_shown(present_id, ctx);
  else {
    const std::string detail = "clinical training not shown (no transcript courses read)";
    present = make_check(present_id, Outcome::undecided, detail, d.evidence, {degree_missing("clinical_training", detail, d)});
  }
  if (p.areas.empty()) return from_checks({present});

  CheckResult areas = make_check(areas_id, present.outcome, "", present.evidence, present.doubts);
  if (present.outcome != Outcome::met) {
    areas.detail = present.outcome == Outcome::not_met ? "no clinical training" : "clinical training not established";
    return from_checks({present, areas});
  }
  const auto& covered = ctx.facts.degree->clinical_training_areas;
  if (covered.empty()) {
    areas.outcome = Outcome::undecided;
    areas.detail = "the lab areas of the clinical training are not shown";
    areas.doubts = {degree_missing("clinical_training.areas", areas.detail, d)};
    return from_checks({present, areas});
  }
  std::vector<std::string> missing;
  for (const auto& area : p.areas)
    if (!contains(covered, area)) missing.push_back(area);
  areas.outcome = missing.empty() ? Outcome::met : Outcome::not_met;
  areas.detail = "covers " + join(covered) + (missing.empty() ? "" : "; missing " + join(missing));
  // Each case below finds the areas missing from what was read not shown absent: the check is
  // undecided and says why (the first case that applies; later ones see it undecided already).
  const auto still_absent = [&] { return !missing.empty() && areas.outcome == Outcome::not_met; };
  const auto not_shown_absent = [&](const std::string& why) {
    areas.outcome = Outcome::undecided;
    areas.detail += why;
    areas.doubts = {degree_missing("clinical_training.areas", areas.detail, d)};
  };
  // A training row names no area we know: the missing ones may be in it.
  const auto& unnamed = ctx.facts.degree->clinical_training_rows_without_area;
  if (still_absent() && !unnamed.empty())
    not_shown_absent(", but the training row \"" + unnamed.front() + "\"" +
                     (unnamed.size() > 1 ? " and " + std::to_string(unnamed.size() - 1) + " more" : "") +
                     " names no lab area we know: check it for " + join(missing));
  // The list of areas was read with doubt (cut short, or read below the confidence threshold): an
  // area missing from what was read is unknown, not absent.
  const auto& doubt = ctx.facts.degree->clinical_training_areas_doubt;
  if (still_absent() && doubt)
    not_shown_absent(", but the list of areas was read with doubt (" + *doubt + "): check it for " + join(missing));
  // An area the training's rows leave out that a course of the program teaches ("Haematology" beside
  // rotations in chemistry and microbiology) may have been trained in that course's laboratory
  // sessions.
  std::vector<std::string> taught_missing;
  for (const auto& area : missing)
    if (contains(ctx.facts.degree->clinical_training_areas_taught, area)) taught_missing.push_back(area);
  if (still_absent() && !taught_missing.empty())
    not_shown_absent(", but the program's courses teach " + join(taught_missing) + ": check whether its training covered them");
  // The training's rows were read beside a transcript whose table gave no course (none at all, or
  // one transcript of several): its list of rotations may be partial.
  if (still_absent() && (!ctx.coursework.present || !ctx.coursework.unread_transcripts.empty()))
    not_shown_absent(", but no course row was read from " +
                     std::string(ctx.coursework.present ? "one of the transcripts" : "the transcript") +
                     ": its training may name more; check it for " + join(missing));
  if (ctx.facts.degree->clinical_training_areas_from_program_courses) {
    areas.detail += " (the training names no area: those the program's MLS professional courses teach)" +
                    assumption_note(ctx.rules.definitions, "clinical_training_areas");
    areas.assumed = areas.assumed || ctx.rules.definitions.assumed.count("clinical_training_areas") > 0;
    // Areas inferred from the program's course titles can show an area covered, never one absent:
    // the area's course may carry a title we do not read as that area ("Clin. Chem. I"), or sit in
    // another category, and the rotation itself names nothing. A missing one is unknown.
    if (still_absent())
      not_shown_absent(": no course title names " + join(missing) + ", which does not show the training lacked it");
  }
  return from_checks({present, areas});
}

CriterionResult graduated_within_checks(const Criterion& c, const GraduatedWithinParams& p, const EvaluationContext& ctx) {
  const CivilDate start = years_before(ctx.as_of, p.years);
  std::optional<CivilDate> date;
  bool confident = false;
  std::vector<Evidence> evidence;
  std::string label, skipped;
  for (DateKind kind : p.dates) {
    const bool conferred = kind == DateKind::conferred;
    const auto& candidate = conferred ? ctx.degree.conferred : ctx.coursework.completed;
    if (!candidate) {
      skipped += std::string(skipped.empty() ? "" : ", ") + (conferred ? "conferral date" : "course completion date");
      continue;
    }
    if (conferred && ctx.degree.conferred_implausible) {
      const std::string& why = *ctx.degree.conferred_implausible;
      return from_checks({make_check(c.id, Outcome::undecided, why, ctx.degree.evidence,
                                     {{Doubt::Kind::missing, "degree.conferred", why, ctx.degree.evidence}})});
    }
    date = candidate;
    confident = conferred ? ctx.degree.present && ctx.degree.confident : ctx.coursework.completed_confident;
    evidence = conferred ? ctx.degree.evidence : ctx.coursework.completed_evidence;
    label = conferred ? "conferred" : "courses completed";
    break;
  }
  const std::string window = std::to_string(p.years) + "-year window (since " + to_iso(start) + ")";
  if (!date) {
    const std::string detail = skipped + " not read";
    return from_checks({make_check(c.id, Outcome::undecided, detail, {}, {{Doubt::Kind::missing, c.id, detail, {}}})});
  }
  const std::string fallback = label == "conferred" && !skipped.empty() ? " (" + skipped + " not read)" : "";
  const std::string what = label + " " + to_iso(*date) + fallback;
  if (!confident) {
    const std::string detail =
        what + ", read below the confidence threshold (" + plain_number(ctx.rules.definitions.confidence_threshold) + ")";
    return from_checks({make_check(c.id, Outcome::undecided, detail, evidence,
                                   {{Doubt::Kind::low_confidence, c.id, "the date " + detail, evidence}})});
  }
  if (*date > ctx.as_of)
    return from_checks({make_check(c.id, Outcome::not_met, what + ", after the as-of date " + to_iso(ctx.as_of), evidence)});
  // The diploma dates the award twice (the jury's decision, the issue) and the window starts
  // between the two: which date the board takes is for a reviewer.
  if (label == "conferred" && ctx.degree.conferred_other &&
      (std::min(*date, *ctx.degree.conferred_other) < start) != (std::max(*date, *ctx.degree.conferred_other) < start)) {
    const std::string detail = what + ", but the diploma also dates the award " + to_iso(*ctx.degree.conferred_other) +
                               ": the " + window + " starts between the two";
    return from_checks({make_check(c.id, Outcome::undecided, detail, evidence, {{Doubt::Kind::missing, c.id, detail, evidence}})});
  }
  if (*date < start) return from_checks({make_check(c.id, Outcome::not_met, what + ", before the " + window, evidence)});
  return from_checks({make_check(c.id, Outcome::met, what + ", within the " + window, evidence)});
}

CriterionResult coursework_checks(const Criterion& c, const CourseworkParams& p, const EvaluationContext& ctx) {
  const CourseworkReading& cw = ctx.coursework;
  const Definitions& defs = ctx.rules.definitions;
  std::vector<CheckResult> checks;
  std::string notes = assumption_note(defs, "course_categories");
  if (cw.credit_system) notes += assumption_note(defs, "semester_hours_per_credit." + *cw.credit_system);
  for (const auto& minimum : p.minimums) {
    const std::string id = c.id + "." + minimum.label();
    if (!cw.present) {
      const std::string detail = "no transcript courses read";
      checks.push_back(make_check(id, Outcome::undecided, detail, {}, {{Doubt::Kind::missing, "coursework", detail, {}}}));
      continue;
    }
    if (!cw.implausible.empty()) {  // facts that cannot be true are not facts
      std::vector<Doubt> doubts;
      for (const auto& why : cw.implausible) doubts.push_back({Doubt::Kind::missing, "coursework", why, {}});
      checks.push_back(make_check(id, Outcome::undecided, minimum.label() + ": not counted, " + cw.implausible.front(), {},
                                  doubts));
      continue;
    }
    double certain = 0;
    int doubtful = 0, without_hours = 0, pass_unknown = 0;
    std::vector<const Course*> doubtful_courses, hourless_courses, pass_unknown_courses;
    std::vector<Evidence> evidence;
    for (const auto& course : cw.courses) {
      const bool counted = minimum.categories.empty() || contains(minimum.categories, course.category);
      if (!course.confident) {  // its category and hours may be anything
        ++doubtful;
        doubtful_courses.push_back(course.course);
      } else if (counted && !course.semester_hours) {
        ++without_hours;
        hourless_courses.push_back(course.course);
      } else if (counted && course.pass_doubt && *course.semester_hours > 0) {  // passed or failed: possible only
        ++pass_unknown;
        pass_unknown_courses.push_back(course.course);
      }
      else if (counted) {
        certain += *course.semester_hours;
        if (!course.course->evidence.empty()) evidence.push_back(course.course->evidence.front());
      }
    }
    const std::string detail = minimum.label() + ": " + fixed_down(certain, 1) + " SH (need " +
                               plain_number(minimum.min_semester_hours) + ")" + notes;
    if (certain + 1e-9 >= minimum.min_semester_hours) {
      checks.push_back(make_check(id, Outcome::met, detail, evidence));
      continue;
    }
    // A shortfall is shown only on a record read in full: rows read without their grade (a column
    // unread, so their credits may be another column's) or a transcript that gave no row at all
    // leave it unshown (needs_review), never not met.
    std::vector<const Course*> in_part_courses;
    for (const auto& course : cw.courses)
      if (course.confident && course.read_in_part && course.semester_hours &&
          (minimum.categories.empty() || contains(minimum.categories, course.category)))
        in_part_courses.push_back(course.course);
    const bool read_in_full = in_part_courses.empty() && cw.unread_transcripts.empty();
    if (doubtful == 0 && without_hours == 0 && pass_unknown == 0 && read_in_full) {
      checks.push_back(make_check(id, Outcome::not_met, detail, evidence));
      continue;
    }
    std::vector<Doubt> doubts;
    // A table whose rows do not add up to its printed totals: the reason comes first.
    if (doubtful > 0)
      for (const auto& u : cw.unreconciled) doubts.push_back({Doubt::Kind::low_confidence, "coursework", u.why, {u.line}});
    if (doubtful > 0)
      doubts.push_back({Doubt::Kind::low_confidence, "coursework",
                        std::to_string(doubtful) + " course(s) read below the confidence threshold" +
                            (cw.unreconciled.empty() ? "" : " or from such a table") + " (" + courses_where(doubtful_courses) + ")",
                        first_evidence(doubtful_courses)});
    if (without_hours > 0)
      doubts.push_back({Doubt::Kind::missing, "coursework",
                        std::to_string(without_hours) + " course(s) " + without_hours_reason(cw, ctx.rules) + " (" +
                            courses_where(hourless_courses) + ")",
                        first_evidence(hourless_courses)});
    if (pass_unknown > 0)
      doubts.push_back({Doubt::Kind::low_confidence, "coursework",
                        std::to_string(pass_unknown) + " course(s) whose numeric mark may be a failing one: the transcript " +
                            "prints no pass mark and the mark lies where pass marks differ between schools (" +
                            courses_where(pass_unknown_courses) + ")",
                        first_evidence(pass_unknown_courses)});
    for (const auto& why : cw.unread_transcripts) doubts.push_back({Doubt::Kind::missing, "coursework", why, {}});
    if (!in_part_courses.empty())
      doubts.push_back({Doubt::Kind::missing, "coursework",
                        std::to_string(in_part_courses.size()) + " course(s) read without their grade, so a column of their " +
                            "rows went unread and their credits may be another column's (" + courses_where(in_part_courses) + ")",
                        first_evidence(in_part_courses)});
    checks.push_back(make_check(id, Outcome::undecided, detail + "; not counted: " + doubts.front().detail, evidence, doubts));
  }
  return from_checks(std::move(checks));
}

}  // namespace cc
