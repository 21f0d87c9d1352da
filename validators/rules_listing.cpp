#include "validators/rules_listing.h"

#include "validators/criterion_text.h"
#include "validators/text_util.h"

namespace cc {

using nlohmann::ordered_json;

namespace {

std::string assumed_suffix(const Definitions& defs, const std::string& key) {
  return defs.assumed.count(key) ? "  [assumed]" : "";
}

// "course <= 15 SH, term <= 60 SH, total <= 300 SH, conferral not before the first term", or "not checked".
std::string plausibility_text(const Definitions& d) {
  std::vector<std::string> limits;
  if (d.max_semester_hours_per_course) limits.push_back("course <= " + plain_number(*d.max_semester_hours_per_course) + " SH");
  if (d.max_semester_hours_per_term) limits.push_back("term <= " + plain_number(*d.max_semester_hours_per_term) + " SH");
  if (d.max_semester_hours_total) limits.push_back("total <= " + plain_number(*d.max_semester_hours_total) + " SH");
  if (d.max_median_semester_hours_per_course)
    limits.push_back("median course <= " + plain_number(*d.max_median_semester_hours_per_course) + " SH");
  if (d.conferral_not_before_first_term) limits.push_back("conferral not before the first term");
  for (const auto& [system, max] : d.max_credits_per_course)
    limits.push_back(system + " course <= " + plain_number(max) + " credits");
  if (d.serial_credits_run) limits.push_back("no " + std::to_string(*d.serial_credits_run) + " courses in a row counting up by one");
  if (d.grades_as_credits_rows)
    limits.push_back("credits not all equal to the grades (" + std::to_string(*d.grades_as_credits_rows) + "+ courses)");
  if (d.printed_total_ratio) limits.push_back("rows within x" + plain_number(*d.printed_total_ratio) + " of the printed total");
  for (const auto& [level, years] : d.min_program_years)
    limits.push_back(level + " program >= " + std::to_string(years) + " years");
  if (d.max_mls_professional_sh_of_other_field)
    limits.push_back("a degree of no known field with <= " + plain_number(*d.max_mls_professional_sh_of_other_field) +
                     " SH of MLS professional courses");
  if (d.max_unrecognised_share_of_other_field)
    limits.push_back("a degree of no known field with <= " + plain_number(*d.max_unrecognised_share_of_other_field) +
                     " of its transcript's SH in no course category");
  if (d.min_science_share_of_other_field)
    limits.push_back("a degree of no known field with <= " + plain_number(*d.min_science_share_of_other_field) +
                     " of its transcript's SH in science and MLS courses for science routes");
  return limits.empty() ? "not checked" : join(limits);
}

// "marks none, quarter 0.6667, semester 1 [assumed]": each credit system with its factor.
std::string credit_factors_text(const Definitions& d) {
  std::vector<std::string> credits;
  for (const auto& [system, factor] : d.semester_hours_per_credit)
    credits.push_back(system + " " + (factor ? plain_number(*factor) : "none") + (d.assumed.count("semester_hours_per_credit." + system) ? " [assumed]" : ""));
  return join(credits) + "; a system not listed gets no semester hours (review where its courses could decide)";
}

// "top 7: fails below 4, passes from 4; top 10: ...", or what their absence means.
std::string numeric_marks_text(const Definitions& d) {
  if (d.numeric_marks.empty()) return "none (numeric marks are not judged)";
  std::vector<std::string> scales;
  for (const auto& scale : d.numeric_marks)
    scales.push_back("top " + plain_number(scale.top) + ": fails below " + plain_number(scale.fails_below) + ", passes from " +
                     plain_number(scale.passes_from));
  return join(scales, "; ");
}

// Each plausibility key the ruleset sets, with its value, under the summary line.
std::string plausibility_keys_text(const Definitions& d) {
  std::vector<std::pair<std::string, std::string>> keys;
  const auto number = [&](const char* key, const std::optional<double>& v) {
    if (v) keys.emplace_back(key, plain_number(*v));
  };
  number("max_semester_hours_per_course", d.max_semester_hours_per_course);
  number("max_semester_hours_per_term", d.max_semester_hours_per_term);
  number("max_semester_hours_total", d.max_semester_hours_total);
  number("max_median_semester_hours_per_course", d.max_median_semester_hours_per_course);
  keys.emplace_back("conferral_not_before_first_term", d.conferral_not_before_first_term ? "true" : "false");
  std::vector<std::string> limits;
  for (const auto& [system, max] : d.max_credits_per_course) limits.push_back(system + " " + plain_number(max));
  if (!limits.empty()) keys.emplace_back("max_credits_per_course", join(limits));
  if (d.serial_credits_run) keys.emplace_back("serial_credits_run", std::to_string(*d.serial_credits_run));
  if (d.grades_as_credits_rows) keys.emplace_back("grades_as_credits_rows", std::to_string(*d.grades_as_credits_rows));
  number("printed_total_ratio", d.printed_total_ratio);
  std::vector<std::string> years;
  for (const auto& [level, y] : d.min_program_years) years.push_back(level + " " + std::to_string(y));
  if (!years.empty()) keys.emplace_back("min_program_years", join(years));
  number("max_mls_professional_sh_of_other_field", d.max_mls_professional_sh_of_other_field);
  number("max_unrecognised_share_of_other_field", d.max_unrecognised_share_of_other_field);
  number("min_science_share_of_other_field", d.min_science_share_of_other_field);
  std::string out;
  for (const auto& [key, value] : keys) out += "    " + key + " " + value + "\n";
  return out;
}

// One line per key of `definitions`, labelled with the key itself (ruleset_keys.h describes them).
std::string definitions_text(const Definitions& d) {
  const auto line = [](const std::string& name, const std::string& value) {
    return "  " + name + std::string(name.size() < 27 ? 27 - name.size() : 1, ' ') + value + "\n";
  };
  std::vector<std::string> hours, years, groups;
  for (const auto& [board, h] : d.full_time_hours_per_week) hours.push_back(board + " " + plain_number(h));
  for (const auto& [level, y] : d.default_program_years) years.push_back(level + " " + std::to_string(y));
  for (const auto& [group, fields] : d.field_groups) groups.push_back(group + ": " + join(fields));
  std::string out = "Definitions\n";
  out += line("confidence_threshold", plain_number(d.confidence_threshold) + assumed_suffix(d, "confidence_threshold"));
  out += line("full_time_hours_per_week", join(hours));
  out += line("fte_month_days", plain_number(d.fte_month_days) + " days" + assumed_suffix(d, "fte_month_days"));
  out += line("degree_levels", join(d.degree_levels));
  out += line("default_program_years", years.empty() ? "none" : join(years));
  out += line("fields", join(d.fields));
  out += line("field_groups", join(groups, "; "));
  out += line("field_title_patterns", std::to_string(d.field_title_patterns.size()) + " (first match wins)");
  out += line("level_doubt_title_patterns", std::to_string(d.level_doubt_title_patterns.size()));
  out += line("lab_areas", join(d.lab_areas));
  out += line("core_lab_areas", join(d.core_lab_areas));
  out += line("failing_grades", d.failing_grades.empty() ? "none" : join(d.failing_grades) + " (0 SH)");
  out += line("numeric_marks", numeric_marks_text(d));
  out += line("pass_mark_patterns", std::to_string(d.pass_mark_patterns.size()) + (d.pass_mark_patterns.empty() ? "" : " (a printed pass mark decides alone)"));
  for (const auto& p : d.pass_mark_patterns) out += "    " + p.pattern + "\n";
  out += line("semester_hours_per_credit", credit_factors_text(d));
  out += line("plausibility", plausibility_text(d));
  out += plausibility_keys_text(d);
  return out;
}

std::string criterion_line(const Criterion& c, const std::string& indent) {
  std::vector<std::string> params;
  for (const auto& [name, value] : criterion_params_text(c))
    params.push_back(name + " " + value + (contains(c.assumed, name) ? " [assumed]" : ""));
  const std::string kind(criterion_kind_name(c.kind));
  std::string out = indent + "- " + kind + (c.id == kind ? "" : " (" + c.id + ")");
  if (!params.empty()) out += ": " + join(params, "; ");
  if (!c.note.empty()) out += "  -- " + c.note;
  return out + "\n";
}

ordered_json criterion_json(const Criterion& c) {
  ordered_json params = ordered_json::object();
  for (const auto& [name, value] : criterion_params_text(c)) params[name] = value;
  ordered_json j;
  j["kind"] = criterion_kind_name(c.kind);
  j["id"] = c.id;
  j["params"] = params;
  j["assumed"] = c.assumed;
  if (!c.note.empty()) j["note"] = c.note;
  if (const auto* any = std::get_if<AnyOfParams>(&c.params)) {
    ordered_json options = ordered_json::array();
    for (const auto& option : any->options) {
      ordered_json criteria = ordered_json::array();
      for (const auto& sub : option) criteria.push_back(criterion_json(sub));
      options.push_back(criteria);
    }
    j["options"] = options;
  }
  return j;
}

}  // namespace

std::string rules_listing(const Ruleset& rules) {
  std::string out = "Ruleset " + rules.id + (rules.title.empty() ? "" : ": " + rules.title) + "\n";
  out += "Loaded from " + rules.dir + "\n\n" + definitions_text(rules.definitions);
  std::vector<std::string> severities;
  for (const auto& [code, severity] : rules.flag_severity) severities.push_back(code + " " + severity);
  out += "  flag_severity              " + join(severities) + "\n";
  out += "  course_categories          " + join(rules.course_categories.categories) + " (" +
         std::to_string(rules.course_categories.patterns.size()) + " title patterns, else " +
         rules.course_categories.fallback + ")" + assumed_suffix(rules.definitions, "course_categories") + "\n";
  std::vector<std::string> todo_ids;
  for (const auto& todo : rules.todos) todo_ids.push_back(todo.id);
  out += "  todos                      " + join(todo_ids) + "\n";
  for (const auto& board : rules.boards) {
    out += "\n" + board.id + ": " + board.name + " (" + board.file + ")\n";
    for (const auto& credential : board.credentials) {
      out += "  " + credential.name;
      if (!credential.accepted_names.empty()) out += "  (accepted names: " + join(credential.accepted_names) + ")";
      out += "\n";
      for (const auto& route : credential.routes) {
        out += "    " + route.id + "  [" + std::string(source_confidence_name(route.confidence)) + "]  " + route.summary + "\n";
        out += "      source: " + route.source + "\n";
        for (const auto& c : route.criteria) out += criterion_line(c, "      ");
      }
    }
  }
  if (!rules.definitions.assumed.empty()) {
    out += "\nAssumed definitions (definitions.assumed)\n";
    for (const auto& [key, why] : rules.definitions.assumed) out += "  " + key + ": " + why + "\n";
  }
  if (!rules.notes.empty()) {
    out += "\nNotes\n";
    for (const auto& note : rules.notes) out += "  - " + note + "\n";
  }
  return out;
}

ordered_json rules_listing_json(const Ruleset& rules) {
  const Definitions& d = rules.definitions;
  ordered_json credits = ordered_json::object();
  for (const auto& [system, factor] : d.semester_hours_per_credit)
    credits[system] = factor ? ordered_json(*factor) : ordered_json(nullptr);
  ordered_json definitions;
  definitions["confidence_threshold"] = d.confidence_threshold;
  definitions["full_time_hours_per_week"] = d.full_time_hours_per_week;
  definitions["fte_month_days"] = d.fte_month_days;
  definitions["degree_levels"] = d.degree_levels;
  definitions["default_program_years"] = d.default_program_years;
  definitions["fields"] = d.fields;
  definitions["field_groups"] = d.field_groups;
  definitions["lab_areas"] = d.lab_areas;
  if (!d.failing_grades.empty()) definitions["failing_grades"] = d.failing_grades;
  definitions["core_lab_areas"] = d.core_lab_areas;
  definitions["semester_hours_per_credit"] = credits;
  ordered_json scales = ordered_json::array();
  for (const auto& scale : d.numeric_marks)
    scales.push_back({{"top", scale.top}, {"fails_below", scale.fails_below}, {"passes_from", scale.passes_from}});
  definitions["numeric_marks"] = scales;
  ordered_json patterns = ordered_json::array();
  for (const auto& p : d.pass_mark_patterns) patterns.push_back(p.pattern);
  definitions["pass_mark_patterns"] = patterns;
  ordered_json title_patterns = ordered_json::array();
  for (const auto& p : d.field_title_patterns) title_patterns.push_back({{"match", p.pattern}, {"field", p.value}});
  definitions["field_title_patterns"] = title_patterns;
  ordered_json level_doubts = ordered_json::array();
  for (const auto& p : d.level_doubt_title_patterns) level_doubts.push_back({{"match", p.pattern}, {"level", p.value}});
  definitions["level_doubt_title_patterns"] = level_doubts;
  ordered_json plausibility = ordered_json::object();
  if (d.max_semester_hours_per_course) plausibility["max_semester_hours_per_course"] = *d.max_semester_hours_per_course;
  if (d.max_semester_hours_per_term) plausibility["max_semester_hours_per_term"] = *d.max_semester_hours_per_term;
  if (d.max_semester_hours_total) plausibility["max_semester_hours_total"] = *d.max_semester_hours_total;
  if (d.max_median_semester_hours_per_course)
    plausibility["max_median_semester_hours_per_course"] = *d.max_median_semester_hours_per_course;
  plausibility["conferral_not_before_first_term"] = d.conferral_not_before_first_term;
  if (!d.max_credits_per_course.empty()) plausibility["max_credits_per_course"] = d.max_credits_per_course;
  if (d.serial_credits_run) plausibility["serial_credits_run"] = *d.serial_credits_run;
  if (d.grades_as_credits_rows) plausibility["grades_as_credits_rows"] = *d.grades_as_credits_rows;
  if (d.printed_total_ratio) plausibility["printed_total_ratio"] = *d.printed_total_ratio;
  if (!d.min_program_years.empty()) plausibility["min_program_years"] = d.min_program_years;
  if (d.max_mls_professional_sh_of_other_field)
    plausibility["max_mls_professional_sh_of_other_field"] = *d.max_mls_professional_sh_of_other_field;
  if (d.max_unrecognised_share_of_other_field)
    plausibility["max_unrecognised_share_of_other_field"] = *d.max_unrecognised_share_of_other_field;
  if (d.min_science_share_of_other_field)
    plausibility["min_science_share_of_other_field"] = *d.min_science_share_of_other_field;
  definitions["plausibility"] = plausibility;
  definitions["assumed"] = d.assumed;
  ordered_json boards = ordered_json::array();
  for (const auto& board : rules.boards) {
    ordered_json credentials = ordered_json::array();
    for (const auto& credential : board.credentials) {
      ordered_json routes = ordered_json::array();
      for (const auto& route : credential.routes) {
        ordered_json criteria = ordered_json::array();
        for (const auto& c : route.criteria) criteria.push_back(criterion_json(c));
        routes.push_back({{"id", route.id}, {"summary", route.summary}, {"source", route.source},
                          {"confidence", source_confidence_name(route.confidence)}, {"criteria", criteria}});
      }
      credentials.push_back({{"id", credential.id}, {"name", credential.name},
                             {"accepted_names", credential.accepted_names}, {"routes", routes}});
    }
    boards.push_back({{"id", board.id}, {"name", board.name}, {"file", board.file}, {"credentials", credentials}});
  }
  ordered_json j;
  j["id"] = rules.id;
  j["title"] = rules.title;
  j["dir"] = rules.dir;
  j["definitions"] = definitions;
  j["flag_severity"] = rules.flag_severity;
  j["course_categories"] = {{"categories", rules.course_categories.categories},
                            {"fallback", rules.course_categories.fallback},
                            {"patterns", rules.course_categories.patterns.size()}};
  ordered_json todos = ordered_json::array();
  for (const auto& todo : rules.todos) todos.push_back({{"id", todo.id}, {"when", todo.when}, {"text", todo.text}});
  j["todos"] = todos;
  j["boards"] = boards;
  j["notes"] = rules.notes;
  return j;
}

}  // namespace cc
