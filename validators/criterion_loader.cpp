#include "validators/criterion_loader.h"

#include <map>
#include <string>

#include "validators/text_util.h"

namespace cc {
namespace {

std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (auto k : {CriterionKind::degree, CriterionKind::clinical_training, CriterionKind::experience,
                 CriterionKind::coursework, CriterionKind::graduated_within, CriterionKind::any_of,
                 CriterionKind::alternative_of, CriterionKind::meets_credential})
    out.emplace_back(criterion_kind_name(k));
  return out;
}

// Names from `key`, each in `known` or an alias expanding to several (e.g. "core", "mls").
Expected<std::vector<std::string>> resolve_names(const YamlMap& map, const std::string& key,
                                                 const std::vector<std::string>& known,
                                                 const std::map<std::string, std::vector<std::string>>& aliases,
                                                 const std::string& what) {
  const YAML::Node list = map.get(key);
  auto names = read_strings(list, map.context(), key);
  if (!names) return names.error();
  std::vector<std::string> out;
  for (size_t i = 0; i < names->size(); ++i) {
    const std::string& name = (*names)[i];
    std::vector<std::string> expanded{name};
    if (auto alias = aliases.find(name); alias != aliases.end()) expanded = alias->second;
    else if (!contains(known, name)) {
      std::vector<std::string> all = known;
      for (const auto& [alias_name, members] : aliases) all.push_back(alias_name);
      return yaml_error(map.context(), list[i], "unknown " + what + " " + name + " in " + key + " (known: " + join(all) + ")");
    }
    for (const auto& e : expanded)
      if (!contains(out, e)) out.push_back(e);
  }
  return out;
}

Expected<std::vector<std::string>> optional_areas(const YamlMap& map, const Definitions& defs) {
  if (!map.has("areas")) return std::vector<std::string>();
  return resolve_names(map, "areas", defs.lab_areas, {{"core", defs.core_lab_areas}}, "lab area");
}

Expected<CriterionParams> degree_params(const YamlMap& map, const Definitions& defs) {
  DegreeParams p;
  if (auto s = map.require("levels"); !s) return s.error();
  auto levels = resolve_names(map, "levels", defs.degree_levels, {}, "degree level");
  if (!levels) return levels.error();
  p.levels = *levels;
  if (map.has("fields")) {
    auto written = map.strings("fields");
    if (!written) return written.error();
    p.fields_as_written = *written;
    auto fields = resolve_names(map, "fields", defs.fields, defs.field_groups, "field");
    if (!fields) return fields.error();
    p.fields = *fields;
  }
  if (map.has("held")) {
    auto held = map.string("held");
    if (!held) return held.error();
    if (*held != "any" && *held != "highest")
      return yaml_error(map.context(), map.get("held"), "held must be highest or any, got \"" + *held + "\"");
    p.any_held = *held == "any";
  }
  if (!map.has("min_years")) return CriterionParams(p);
  auto years = YamlMap::open(map.get("min_years"), map.context(), "min_years", p.levels);
  if (!years) return years.error();
  for (const auto& level : years->keys()) {
    auto value = years->integer(level);
    if (!value) return value.error();
    if (*value <= 0) return yaml_error(map.context(), years->get(level), "min_years." + level + " must be positive");
    p.min_years[level] = *value;
  }
  return CriterionParams(p);
}

Expected<CriterionParams> experience_params(const YamlMap& map, const Definitions& defs) {
  ExperienceParams p;
  auto months = map.number("min_fte_months");
  if (!months) return months.error();
  if (*months < 0) return yaml_error(map.context(), map.get("min_fte_months"), "min_fte_months must not be negative");
  p.min_fte_months = *months;
  auto years = map.optional_integer("within_years");
  if (!years) return years.error();
  if (*years && **years <= 0) return yaml_error(map.context(), map.get("within_years"), "within_years must be positive");
  p.within_years = *years;
  auto areas = optional_areas(map, defs);
  if (!areas) return areas.error();
  p.areas = *areas;
  return CriterionParams(p);
}

Expected<CriterionParams> coursework_params(const YamlMap& map, const Ruleset& rules) {
  CourseworkParams p;
  if (auto s = map.require("min_semester_hours"); !s) return s.error();
  const YAML::Node list = map.get("min_semester_hours");
  if (!list.IsSequence() || list.size() == 0)
    return yaml_error(map.context(), list, "min_semester_hours must be a non-empty list, got " + describe_node(list));
  for (const auto& item : list) {
    auto entry = YamlMap::open(item, map.context(), "a min_semester_hours entry", {"categories", "min"});
    if (!entry) return entry.error();
    HoursMinimum minimum;
    auto min = entry->number("min");
    if (!min) return min.error();
    if (*min < 0) return yaml_error(map.context(), entry->get("min"), "min must not be negative");
    minimum.min_semester_hours = *min;
    if (auto s = entry->require("categories"); !s) return s.error();
    const YAML::Node categories = entry->get("categories");
    if (!(categories.IsScalar() && categories.Scalar() == "all")) {
      auto names = resolve_names(*entry, "categories", rules.course_categories.categories, {}, "category");
      if (!names) return names.error();
      if (names->empty()) return yaml_error(map.context(), categories, "categories must not be empty (use all)");
      minimum.categories = *names;
    }
    p.minimums.push_back(minimum);
  }
  return CriterionParams(p);
}

Expected<CriterionParams> graduated_within_params(const YamlMap& map) {
  GraduatedWithinParams p;
  auto years = map.integer("years");
  if (!years) return years.error();
  if (*years <= 0) return yaml_error(map.context(), map.get("years"), "years must be positive");
  p.years = *years;
  p.dates = {DateKind::conferred};
  if (!map.has("dates")) return CriterionParams(p);
  auto names = resolve_names(map, "dates", {"conferred", "courses_completed"}, {}, "date");
  if (!names) return names.error();
  if (names->empty()) return yaml_error(map.context(), map.get("dates"), "dates must not be empty");
  p.dates.clear();
  for (const auto& n : *names) p.dates.push_back(n == "conferred" ? DateKind::conferred : DateKind::courses_completed);
  return CriterionParams(p);
}

Expected<CriterionParams> any_of_params(const YamlMap& map, const Ruleset& rules) {
  AnyOfParams p;
  if (auto s = map.require("options"); !s) return s.error();
  const YAML::Node options = map.get("options");
  if (!options.IsSequence() || options.size() == 0)
    return yaml_error(map.context(), options, "options must be a non-empty list of criteria lists, got " + describe_node(options));
  for (const auto& option : options) {
    auto criteria = load_criteria(option, map.context(), rules);
    if (!criteria) return criteria.error();
    p.options.push_back(std::move(*criteria));
  }
  return CriterionParams(p);
}

Expected<CriterionParams> alternative_of_params(const YamlMap& map) {
  AlternativeOfParams p;
  auto routes = map.strings("routes");
  if (!routes) return routes.error();
  if (routes->empty()) return yaml_error(map.context(), map.get("routes"), "routes must not be empty");
  p.routes = *routes;
  if (!map.has("except_kinds")) return CriterionParams(p);
  auto kinds = resolve_names(map, "except_kinds", kind_names(), {}, "criterion kind");
  if (!kinds) return kinds.error();
  for (const auto& k : *kinds) p.except_kinds.push_back(*criterion_kind_from_name(k));
  return CriterionParams(p);
}

Expected<CriterionParams> params_of(CriterionKind kind, const YamlMap& map, const Ruleset& rules) {
  const Definitions& defs = rules.definitions;
  switch (kind) {
    case CriterionKind::degree: return degree_params(map, defs);
    case CriterionKind::clinical_training: {
      auto areas = optional_areas(map, defs);
      if (!areas) return areas.error();
      return CriterionParams(ClinicalTrainingParams{*areas});
    }
    case CriterionKind::experience: return experience_params(map, defs);
    case CriterionKind::coursework: return coursework_params(map, rules);
    case CriterionKind::graduated_within: return graduated_within_params(map);
    case CriterionKind::any_of: return any_of_params(map, rules);
    case CriterionKind::alternative_of: return alternative_of_params(map);
    case CriterionKind::meets_credential: {
      auto credential = map.string("credential");
      if (!credential) return credential.error();
      return CriterionParams(MeetsCredentialParams{*credential});
    }
  }
  return yaml_error(map.context(), map.node(), "unhandled criterion kind");
}

std::string default_criterion_id(CriterionKind kind, const CriterionParams& params) {
  if (kind == CriterionKind::graduated_within) {
    const auto& p = std::get<GraduatedWithinParams>(params);
    return p.dates.front() == DateKind::conferred ? "degree.conferred" : "coursework.completed";
  }
  return std::string(criterion_kind_name(kind));
}

Expected<Criterion> load_criterion(const YAML::Node& node, const YamlContext& at, const Ruleset& rules) {
  auto loose = YamlMap::open(node, at, "a criterion", {});
  if (!loose) return loose.error();
  auto kind_name = loose->string("kind");
  if (!kind_name) return kind_name.error();
  const auto kind = criterion_kind_from_name(*kind_name);
  if (!kind)
    return yaml_error(at, loose->get("kind"), "unknown criterion kind " + *kind_name + " (known: " + join(kind_names()) + ")");
  std::vector<std::string> allowed{"kind", "id", "assumed", "note"};
  for (const auto& p : criterion_param_names(*kind)) allowed.push_back(p);
  auto map = YamlMap::open(node, at, *kind_name + " criterion", allowed);
  if (!map) return map.error();
  Criterion c;
  c.kind = *kind;
  c.line = line_of(node);
  auto params = params_of(*kind, *map, rules);
  if (!params) return params.error();
  c.params = std::move(*params);
  auto id = map->optional_string("id");
  if (!id) return id.error();
  c.id = id->value_or(default_criterion_id(*kind, c.params));
  auto note = map->optional_string("note");
  if (!note) return note.error();
  c.note = note->value_or("");
  auto assumed = map->optional_strings("assumed");
  if (!assumed) return assumed.error();
  for (const auto& param : *assumed) {
    if (!map->has(param) || param == "kind" || param == "id" || param == "assumed" || param == "note")
      return yaml_error(at, map->get("assumed"), "assumed names " + param + ", which is not a parameter of this " + *kind_name + " criterion");
  }
  c.assumed = *assumed;
  return c;
}

}  // namespace

Expected<std::vector<Criterion>> load_criteria(const YAML::Node& list, const YamlContext& at, const Ruleset& rules) {
  if (!list.IsSequence() || list.size() == 0)
    return yaml_error(at, list, "criteria must be a non-empty list, got " + describe_node(list));
  std::vector<Criterion> out;
  for (const auto& item : list) {
    auto c = load_criterion(item, at, rules);
    if (!c) return c.error();
    out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace cc
