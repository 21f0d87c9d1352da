#include "validators/marks_loader.h"

#include <algorithm>

namespace cc {
namespace {

Status load_scales(const YamlMap& defs, Definitions& out) {
  const YAML::Node list = defs.get("numeric_marks");
  if (!list.IsSequence()) return yaml_error(defs.context(), list, "numeric_marks must be a list, got " + describe_node(list));
  for (const auto& item : list) {
    auto entry = YamlMap::open(item, defs.context(), "a numeric mark scale", {"top", "fails_below", "passes_from"});
    if (!entry) return entry.error();
    MarkScale scale;
    for (auto [key, target] : {std::pair{"top", &scale.top}, std::pair{"fails_below", &scale.fails_below},
                               std::pair{"passes_from", &scale.passes_from}}) {
      auto value = entry->number(key);
      if (!value) return value.error();
      *target = *value;
    }
    if (scale.top <= 5)
      return yaml_error(defs.context(), item, "numeric_marks: a scale's top must be above 5 (scales up to 5 run either way)");
    if (scale.fails_below < 0 || scale.fails_below > scale.passes_from || scale.passes_from > scale.top)
      return yaml_error(defs.context(), item, "numeric_marks: need 0 <= fails_below <= passes_from <= top");
    if (!out.numeric_marks.empty() && scale.top <= out.numeric_marks.back().top)
      return yaml_error(defs.context(), item, "numeric_marks: scales must be listed by increasing top");
    out.numeric_marks.push_back(scale);
  }
  return ok_status();
}

Status load_legend_patterns(const YamlMap& defs, Definitions& out) {
  auto patterns = read_strings(defs.get("pass_mark_patterns"), defs.context(), "pass_mark_patterns");
  if (!patterns) return patterns.error();
  for (const auto& pattern : *patterns) {
    try {
      Regex regex(pattern, Regex::ECMAScript | Regex::icase);
      if (regex.mark_count() != 1)
        return yaml_error(defs.context(), defs.get("pass_mark_patterns"),
                          "pass_mark_patterns: '" + pattern + "' must capture the pass mark in exactly one group");
      out.pass_mark_patterns.push_back({pattern, std::move(regex), "", 0});
    } catch (const std::regex_error& e) {
      return yaml_error(defs.context(), defs.get("pass_mark_patterns"), "bad regex '" + pattern + "': " + e.what());
    }
  }
  return ok_status();
}

}  // namespace

Status load_numeric_marks(const YamlMap& defs, Definitions& out) {
  if (defs.has("numeric_marks"))
    if (auto s = load_scales(defs, out); !s) return s;
  if (defs.has("pass_mark_patterns"))
    if (auto s = load_legend_patterns(defs, out); !s) return s;
  return ok_status();
}

}  // namespace cc
