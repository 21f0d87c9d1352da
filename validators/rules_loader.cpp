#include "validators/rules_loader.h"

#include <algorithm>
#include <set>

#include "validators/board_loader.h"
#include "validators/marks_loader.h"
#include "validators/text_util.h"
#include "validators/yaml_reader.h"

namespace cc {
namespace {

// A list of distinct names, each one of `known` (when given).
Expected<std::vector<std::string>> names_from(const YamlMap& map, const std::string& key,
                                              const std::vector<std::string>& known, const std::string& what) {
  if (auto present = map.require(key); !present) return present.error();
  const YAML::Node list = map.get(key);
  auto names = read_strings(list, map.context(), key);
  if (!names) return names.error();
  std::set<std::string> seen;
  for (size_t i = 0; i < names->size(); ++i) {
    const std::string& name = (*names)[i];
    if (!known.empty() && !contains(known, name))
      return yaml_error(map.context(), list[i], "unknown " + what + " " + name + " in " + key + " (known: " + join(known) + ")");
    if (!seen.insert(name).second) return yaml_error(map.context(), list[i], "duplicate " + what + " " + name + " in " + key);
  }
  if (names->empty()) return yaml_error(map.context(), list, key + " must not be empty");
  return names;
}

Expected<TitlePattern> compile_pattern(const YAML::Node& node, const YamlContext& at, const std::string& value_key,
                                       const std::vector<std::string>& known_values, const std::string& what) {
  auto entry = YamlMap::open(node, at, "a pattern", {"match", value_key});
  if (!entry) return entry.error();
  auto pattern = entry->string("match");
  if (!pattern) return pattern.error();
  auto value = entry->string(value_key);
  if (!value) return value.error();
  if (!contains(known_values, *value))
    return yaml_error(at, entry->get(value_key), "unknown " + what + " " + *value + " (known: " + join(known_values) + ")");
  TitlePattern out;
  out.pattern = *pattern;
  out.value = *value;
  out.line = line_of(entry->get("match"));
  try {
    out.regex = Regex(*pattern, Regex::ECMAScript | Regex::icase);
    out.gate = LiteralGate(*pattern, true);
  } catch (const std::regex_error& e) {
    return yaml_error(at, entry->get("match"), "bad regex '" + *pattern + "': " + e.what());
  }
  return out;
}

Status load_patterns(const YamlMap& map, const std::string& key, const std::string& value_key,
                     const std::vector<std::string>& known_values, const std::string& what,
                     std::vector<TitlePattern>& out) {
  if (auto present = map.require(key); !present) return present;
  const YAML::Node list = map.get(key);
  if (!list.IsSequence()) return yaml_error(map.context(), list, key + " must be a list, got " + describe_node(list));
  for (const auto& item : list) {
    auto pattern = compile_pattern(item, map.context(), value_key, known_values, what);
    if (!pattern) return pattern.error();
    out.push_back(std::move(*pattern));
  }
  return ok_status();
}

Status load_hours(const YamlMap& defs, Definitions& out) {
  const YAML::Node node = defs.get("full_time_hours_per_week");
  auto hours = YamlMap::open(node, defs.context(), "full_time_hours_per_week", {});
  if (!hours) return hours.error();
  for (const auto& board : hours->keys()) {
    auto value = hours->number(board);
    if (!value) return value.error();
    if (*value <= 0 || *value > 168)
      return yaml_error(defs.context(), hours->get(board), "full_time_hours_per_week." + board + " must be between 0 and 168");
    out.full_time_hours_per_week[board] = *value;
  }
  return ok_status();
}

Status load_fields(const YamlMap& defs, Definitions& out) {
  auto fields = names_from(defs, "fields", {}, "field");
  if (!fields) return fields.error();
  out.fields = *fields;
  auto groups = YamlMap::open(defs.get("field_groups"), defs.context(), "field_groups", {});
  if (!groups) return groups.error();
  for (const auto& group : groups->keys()) {
    if (contains(out.fields, group))
      return yaml_error_at_line(defs.context(), groups->key_line(group), "field group " + group + " has the name of a field");
    auto members = names_from(*groups, group, out.fields, "field");
    if (!members) return members.error();
    out.field_groups[group] = *members;
  }
  if (auto s = load_patterns(defs, "field_title_patterns", "field", out.fields, "field", out.field_title_patterns); !s) return s;
  if (!defs.has("level_doubt_title_patterns")) return ok_status();
  return load_patterns(defs, "level_doubt_title_patterns", "level", out.degree_levels, "degree level",
                       out.level_doubt_title_patterns);
}

Status load_credit_systems(const YamlMap& defs, Definitions& out) {
  auto systems = YamlMap::open(defs.get("semester_hours_per_credit"), defs.context(), "semester_hours_per_credit", {});
  if (!systems) return systems.error();
  for (const auto& system : systems->keys()) {
    const YAML::Node value = systems->get(system);
    if (value.IsNull()) {
      out.semester_hours_per_credit[system] = std::nullopt;
      continue;
    }
    auto factor = read_ratio(value, defs.context(), "semester_hours_per_credit." + system);
    if (!factor) return factor.error();
    if (*factor < 0) return yaml_error(defs.context(), value, "semester_hours_per_credit." + system + " must not be negative");
    out.semester_hours_per_credit[system] = *factor;
  }
  return ok_status();
}

// The plausibility rules on credits as printed: a range per credit system, the row counts that
// make a credits column serial numbers or grades, the ratio to a printed total.
Status load_credit_limits(const YamlMap& p, const YamlContext& at, Definitions& out) {
  if (p.has("max_credits_per_course")) {
    std::vector<std::string> systems;
    for (const auto& [system, factor] : out.semester_hours_per_credit) systems.push_back(system);
    auto limits = YamlMap::open(p.get("max_credits_per_course"), at, "plausibility.max_credits_per_course", systems);
    if (!limits) return limits.error();
    for (const auto& system : limits->keys()) {
      auto value = limits->number(system);
      if (!value) return value.error();
      if (*value <= 0)
        return yaml_error(at, limits->get(system), "plausibility.max_credits_per_course." + system + " must be positive");
      out.max_credits_per_course[system] = *value;
    }
  }
  for (auto [key, target] : {std::pair{"serial_credits_run", &out.serial_credits_run},
                             std::pair{"grades_as_credits_rows", &out.grades_as_credits_rows}}) {
    auto value = p.optional_integer(key);
    if (!value) return value.error();
    if (*value && **value < 2) return yaml_error(at, p.get(key), std::string("plausibility.") + key + " must be at least 2");
    *target = *value;
  }
  auto ratio = p.optional_number("printed_total_ratio");
  if (!ratio) return ratio.error();
  if (*ratio && **ratio <= 1) return yaml_error(at, p.get("printed_total_ratio"), "plausibility.printed_total_ratio must be above 1");
  out.printed_total_ratio = *ratio;
  return ok_status();
}

Status load_plausibility(const YamlMap& defs, Definitions& out) {
  if (!defs.has("plausibility")) return ok_status();
  auto p = YamlMap::open(defs.get("plausibility"), defs.context(), "plausibility",
                         {"max_semester_hours_per_course", "max_semester_hours_per_term", "max_semester_hours_total",
                          "conferral_not_before_first_term", "max_credits_per_course", "serial_credits_run",
                          "grades_as_credits_rows", "printed_total_ratio", "min_program_years",
                          "max_median_semester_hours_per_course", "max_mls_professional_sh_of_other_field",
                          "max_unrecognised_share_of_other_field", "min_science_share_of_other_field"});
  if (!p) return p.error();
  if (p->has("min_program_years")) {
    auto years = YamlMap::open(p->get("min_program_years"), defs.context(), "plausibility.min_program_years", out.degree_levels);
    if (!years) return years.error();
    for (const auto& level : years->keys()) {
      auto value = years->integer(level);
      if (!value) return value.error();
      if (*value < 1) return yaml_error(defs.context(), years->get(level), "plausibility.min_program_years." + level + " must be at least 1");
      out.min_program_years[level] = *value;
    }
  }
  if (auto s = load_credit_limits(*p, defs.context(), out); !s) return s;
  for (auto [key, target] : {std::pair{"max_semester_hours_per_course", &out.max_semester_hours_per_course},
                             std::pair{"max_semester_hours_per_term", &out.max_semester_hours_per_term},
                             std::pair{"max_semester_hours_total", &out.max_semester_hours_total},
                             std::pair{"max_median_semester_hours_per_course", &out.max_median_semester_hours_per_course},
                             std::pair{"max_mls_professional_sh_of_other_field", &out.max_mls_professional_sh_of_other_field},
                             std::pair{"max_unrecognised_share_of_other_field", &out.max_unrecognised_share_of_other_field},
                             std::pair{"min_science_share_of_other_field", &out.min_science_share_of_other_field}}) {
    auto value = p->optional_number(key);
    if (!value) return value.error();
    if (*value && **value <= 0) return yaml_error(defs.context(), p->get(key), std::string("plausibility.") + key + " must be positive");
    *target = *value;
  }
  if (p->has("conferral_not_before_first_term")) {
    const YAML::Node flag = p->get("conferral_not_before_first_term");
    bool value = false;
    if (!flag.IsScalar() || !YAML::convert<bool>::decode(flag, value))
      return yaml_error(defs.context(), flag, "plausibility.conferral_not_before_first_term must be true or false");
    out.conferral_not_before_first_term = value;
  }
  return ok_status();
}

Status load_program_years(const YamlMap& defs, Definitions& out) {
  if (!defs.has("default_program_years")) return ok_status();
  auto years = YamlMap::open(defs.get("default_program_years"), defs.context(), "default_program_years", out.degree_levels);
  if (!years) return years.error();
  for (const auto& level : years->keys()) {
    auto value = years->integer(level);
    if (!value) return value.error();
    if (*value <= 0) return yaml_error(defs.context(), years->get(level), "default_program_years." + level + " must be positive");
    out.default_program_years[level] = *value;
  }
  return ok_status();
}

bool is_known_assumption(const std::string& key, const Definitions& d) {
  static const std::set<std::string> kPlain{"confidence_threshold", "fte_month_days", "course_categories",
                                            "field_title_patterns", "field_groups", "core_lab_areas",
                                            "clinical_training_areas"};
  if (kPlain.count(key)) return true;
  const auto dot = key.find('.');
  if (dot == std::string::npos) return false;
  const std::string head = key.substr(0, dot), tail = key.substr(dot + 1);
  if (head == "semester_hours_per_credit") return d.semester_hours_per_credit.count(tail) > 0;
  if (head == "full_time_hours_per_week") return d.full_time_hours_per_week.count(tail) > 0;
  if (head == "default_program_years") return d.default_program_years.count(tail) > 0;
  return false;
}

Status load_definitions(const YAML::Node& node, const YamlContext& at, Definitions& out) {
  auto defs = YamlMap::open(node, at, "definitions",
                            {"confidence_threshold", "full_time_hours_per_week", "fte_month_days", "degree_levels",
                             "default_program_years", "fields", "field_groups", "field_title_patterns",
                             "level_doubt_title_patterns", "lab_areas",
                             "core_lab_areas", "semester_hours_per_credit", "plausibility", "assumed", "failing_grades",
                             "numeric_marks", "pass_mark_patterns"});
  if (!defs) return defs.error();
  auto threshold = defs->number("confidence_threshold");
  if (!threshold) return threshold.error();
  if (*threshold <= 0 || *threshold > 1)
    return yaml_error(at, defs->get("confidence_threshold"), "confidence_threshold must be in (0, 1]");
  out.confidence_threshold = *threshold;
  if (auto s = load_hours(*defs, out); !s) return s;
  auto month_days = defs->number("fte_month_days");
  if (!month_days) return month_days.error();
  if (*month_days <= 0) return yaml_error(at, defs->get("fte_month_days"), "fte_month_days must be positive");
  out.fte_month_days = *month_days;
  auto levels = names_from(*defs, "degree_levels", {}, "degree level");
  if (!levels) return levels.error();
  out.degree_levels = *levels;
  if (auto s = load_program_years(*defs, out); !s) return s;
  if (auto s = load_fields(*defs, out); !s) return s;
  auto areas = names_from(*defs, "lab_areas", {}, "lab area");
  if (!areas) return areas.error();
  out.lab_areas = *areas;
  auto core = names_from(*defs, "core_lab_areas", out.lab_areas, "lab area");
  if (!core) return core.error();
  out.core_lab_areas = *core;
  if (auto s = load_credit_systems(*defs, out); !s) return s;
  if (defs->has("failing_grades")) {
    auto grades = read_strings(defs->get("failing_grades"), at, "failing_grades");
    if (!grades) return grades.error();
    out.failing_grades = *grades;
  }
  if (auto s = load_numeric_marks(*defs, out); !s) return s;
  if (auto s = load_plausibility(*defs, out); !s) return s;
  if (!defs->has("assumed")) return ok_status();
  auto assumed = YamlMap::open(defs->get("assumed"), at, "assumed", {});
  if (!assumed) return assumed.error();
  for (const auto& key : assumed->keys()) {
    if (!is_known_assumption(key, out))
      return yaml_error_at_line(at, assumed->key_line(key), "assumed: " + key + " is not a definition of this file");
    auto why = assumed->string(key);
    if (!why) return why.error();
    out.assumed[key] = *why;
  }
  return ok_status();
}

Status load_course_categories(const std::string& path, Ruleset& rules) {
  auto root = load_yaml_file(path);
  if (!root) return root.error();
  const YamlContext at{path, ""};
  auto file = YamlMap::open(*root, at, "the file", {"categories", "fallback", "patterns"});
  if (!file) return file.error();
  auto categories = names_from(*file, "categories", {}, "category");
  if (!categories) return categories.error();
  rules.course_categories.categories = *categories;
  auto fallback = file->string("fallback");
  if (!fallback) return fallback.error();
  if (!contains(*categories, *fallback))
    return yaml_error(at, file->get("fallback"), "unknown category " + *fallback + " in fallback (known: " + join(*categories) + ")");
  rules.course_categories.fallback = *fallback;
  return load_patterns(*file, "patterns", "category", *categories, "category", rules.course_categories.patterns);
}

Status load_todos(const std::string& path, Ruleset& rules) {
  auto root = load_yaml_file(path);
  if (!root) return root.error();
  const YamlContext at{path, ""};
  auto file = YamlMap::open(*root, at, "the file", {"todos"});
  if (!file) return file.error();
  if (auto present = file->require("todos"); !present) return present;
  const YAML::Node list = file->get("todos");
  if (!list.IsSequence()) return yaml_error(at, list, "todos must be a list, got " + describe_node(list));
  std::vector<std::string> conditions{"always", "foreign_education", "has_experience"};
  for (const auto& code : flag_codes()) conditions.push_back(code);
  std::set<std::string> ids;
  for (const auto& item : list) {
    auto entry = YamlMap::open(item, at, "a to-do", {"id", "when", "text"});
    if (!entry) return entry.error();
    TodoRule todo;
    auto id = entry->string("id");
    if (!id) return id.error();
    if (!ids.insert(*id).second) return yaml_error(at, entry->get("id"), "duplicate to-do id " + *id);
    auto when = entry->string("when");
    if (!when) return when.error();
    if (!contains(conditions, *when))
      return yaml_error(at, entry->get("when"), "to-do " + *id + ": unknown condition " + *when + " (known: " + join(conditions) + ")");
    auto text = entry->string("text");
    if (!text) return text.error();
    rules.todos.push_back({*id, *when, *text});
  }
  return ok_status();
}

Status load_flag_severity(const YamlMap& file, Ruleset& rules) {
  for (const auto& code : flag_codes()) rules.flag_severity[code] = "warning";
  if (!file.has("flag_severity")) return ok_status();
  auto map = YamlMap::open(file.get("flag_severity"), file.context(), "flag_severity", flag_codes());
  if (!map) return map.error();
  for (const auto& code : map->keys()) {
    auto severity = map->string(code);
    if (!severity) return severity.error();
    if (*severity != "info" && *severity != "warning" && *severity != "error")
      return yaml_error(file.context(), map->get(code), "flag_severity." + code + " must be info, warning or error, got \"" + *severity + "\"");
    rules.flag_severity[code] = *severity;
  }
  return ok_status();
}

Status load_boards(const YamlMap& file, const std::string& dir, Ruleset& rules) {
  auto names = names_from(file, "boards", {}, "board file");
  if (!names) return names.error();
  const YAML::Node list = file.get("boards");
  std::set<std::string> ids;
  for (size_t i = 0; i < names->size(); ++i) {
    auto board = load_board(dir + "/" + (*names)[i], rules);
    if (!board) return board.error();
    if (!ids.insert(board->id).second)
      return yaml_error(file.context(), list[i], "board " + board->id + " is defined twice");
    if (auto refs = check_board_references(*board); !refs) return refs;
    rules.boards.push_back(std::move(*board));
  }
  return ok_status();
}

Expected<Ruleset> load_ruleset_checked(const std::string& dir) {
  const std::string path = dir + "/" + kRulesetFile;
  auto root = load_yaml_file(path);
  if (!root) return root.error();
  const YamlContext at{path, ""};
  auto file = YamlMap::open(*root, at, "the file",
                            {"id", "title", "boards", "course_categories", "todos", "definitions", "flag_severity", "notes"});
  if (!file) return file.error();
  Ruleset rules;
  rules.dir = dir;
  auto id = file->string("id");
  if (!id) return id.error();
  rules.id = *id;
  auto title = file->optional_string("title");
  if (!title) return title.error();
  rules.title = title->value_or("");
  auto notes = file->optional_strings("notes");
  if (!notes) return notes.error();
  rules.notes = *notes;
  if (auto present = file->require("definitions"); !present) return present.error();
  if (auto s = load_definitions(file->get("definitions"), at, rules.definitions); !s) return s.error();
  if (auto s = load_flag_severity(*file, rules); !s) return s.error();
  auto categories_file = file->string("course_categories");
  if (!categories_file) return categories_file.error();
  if (auto s = load_course_categories(dir + "/" + *categories_file, rules); !s) return s.error();
  auto todos_file = file->string("todos");
  if (!todos_file) return todos_file.error();
  if (auto s = load_todos(dir + "/" + *todos_file, rules); !s) return s.error();
  if (auto s = load_boards(*file, dir, rules); !s) return s.error();
  for (const auto& [board, hours] : rules.definitions.full_time_hours_per_week) {
    (void)hours;
    if (!rules.board(board))
      return yaml_error(at, file->get("definitions"), "full_time_hours_per_week names board " + board + ", which no board file defines");
  }
  return rules;
}

}  // namespace

Expected<Ruleset> load_ruleset(const std::string& dir) {
  // The one place yaml-cpp (or the regex library) may still throw past the checked reads.
  try {
    return load_ruleset_checked(dir);
  } catch (const YAML::Exception& e) {
    return make_error(ErrorCode::corrupt, dir + ": ruleset could not be read: " + e.what());
  } catch (const std::regex_error& e) {
    return make_error(ErrorCode::corrupt, dir + ": ruleset has a bad regex: " + e.what());
  }
}

}  // namespace cc
