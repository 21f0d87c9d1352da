#include "validators/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <system_error>

namespace cc {

YamlContext YamlContext::within(const std::string& inner) const {
  return {path, scope.empty() ? inner : scope + ": " + inner};
}

int line_of(const YAML::Node& node) {
  if (!node.IsDefined()) return 0;
  const YAML::Mark mark = node.Mark();
  return mark.is_null() ? 0 : mark.line + 1;
}

Error yaml_error_at_line(const YamlContext& at, int line, const std::string& message) {
  std::string where = at.path;
  if (line > 0) where += ":" + std::to_string(line);
  if (!at.scope.empty()) where += ": " + at.scope;
  return make_error(ErrorCode::corrupt, where + ": " + message);
}

Error yaml_error(const YamlContext& at, const YAML::Node& node, const std::string& message) {
  return yaml_error_at_line(at, line_of(node), message);
}

std::string describe_node(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  return "\"" + node.Scalar() + "\"";
}

Expected<YAML::Node> load_yaml_file(const std::string& path) {
  std::ifstream probe(path);
  if (!probe) return make_error(ErrorCode::unreadable, path + ": cannot be opened");
  try {
    return YAML::LoadFile(path);
  } catch (const YAML::ParserException& e) {
    return make_error(ErrorCode::corrupt,
                      path + ":" + std::to_string(e.mark.line + 1) + ": not valid YAML: " + e.msg);
  } catch (const YAML::Exception& e) {
    return make_error(ErrorCode::corrupt, path + ": not valid YAML: " + e.msg);
  }
}

Expected<std::string> read_string(const YAML::Node& node, const YamlContext& at, const std::string& what) {
  if (!node.IsScalar()) return yaml_error(at, node, what + " must be a text, got " + describe_node(node));
  return node.Scalar();
}

Expected<double> read_number(const YAML::Node& node, const YamlContext& at, const std::string& what) {
  const std::string wrong = what + " must be a number, got " + describe_node(node);
  if (!node.IsScalar()) return yaml_error(at, node, wrong);
  const std::string& text = node.Scalar();
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return yaml_error(at, node, wrong);
  return value;
}

Expected<double> read_ratio(const YAML::Node& node, const YamlContext& at, const std::string& what) {
  const std::string wrong = what + " must be a number or a fraction like 2/3, got " + describe_node(node);
  if (!node.IsScalar()) return yaml_error(at, node, wrong);
  const std::string& text = node.Scalar();
  const auto slash = text.find('/');
  if (slash == std::string::npos) {
    auto number = read_number(node, at, what);
    if (!number) return yaml_error(at, node, wrong);
    return number;
  }
  double numerator = 0, denominator = 0;
  const auto a = std::from_chars(text.data(), text.data() + slash, numerator);
  const auto b = std::from_chars(text.data() + slash + 1, text.data() + text.size(), denominator);
  if (a.ec != std::errc() || a.ptr != text.data() + slash || b.ec != std::errc() ||
      b.ptr != text.data() + text.size() || denominator == 0)
    return yaml_error(at, node, wrong);
  return numerator / denominator;
}

Expected<int> read_integer(const YAML::Node& node, const YamlContext& at, const std::string& what) {
  const std::string wrong = what + " must be a whole number, got " + describe_node(node);
  if (!node.IsScalar()) return yaml_error(at, node, wrong);
  const std::string& text = node.Scalar();
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return yaml_error(at, node, wrong);
  return value;
}

Expected<std::vector<std::string>> read_strings(const YAML::Node& node, const YamlContext& at,
                                                const std::string& what) {
  if (!node.IsSequence()) return yaml_error(at, node, what + " must be a list, got " + describe_node(node));
  std::vector<std::string> out;
  for (const auto& item : node) {
    if (!item.IsScalar())
      return yaml_error(at, item, what + " must list texts, got " + describe_node(item));
    out.push_back(item.Scalar());
  }
  return out;
}

Expected<YamlMap> YamlMap::open(const YAML::Node& node, const YamlContext& at, const std::string& what,
                                const std::vector<std::string>& allowed) {
  if (!node.IsMap()) return yaml_error(at, node, what + " must be a mapping, got " + describe_node(node));
  std::vector<Entry> entries;
  std::set<std::string> seen;
  for (const auto& pair : node) {
    if (!pair.first.IsScalar())
      return yaml_error(at, pair.first, what + ": keys must be names, got " + describe_node(pair.first));
    const std::string key = pair.first.Scalar();
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string known;
      for (const auto& k : allowed) known += (known.empty() ? "" : ", ") + k;
      return yaml_error(at, pair.first, "unknown key " + key + " in " + what + " (known: " + known + ")");
    }
    if (!seen.insert(key).second) return yaml_error(at, pair.first, "duplicate key " + key + " in " + what);
    entries.push_back({key, pair.first, pair.second});
  }
  return YamlMap(node, at, std::move(entries));
}

bool YamlMap::has(const std::string& key) const {
  for (const auto& e : entries_)
    if (e.key == key) return true;
  return false;
}

YAML::Node YamlMap::get(const std::string& key) const {
  for (const auto& e : entries_)
    if (e.key == key) return e.value;
  return YAML::Node(YAML::NodeType::Undefined);
}

std::vector<std::string> YamlMap::keys() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) out.push_back(e.key);
  return out;
}

int YamlMap::key_line(const std::string& key) const {
  for (const auto& e : entries_)
    if (e.key == key) return line_of(e.key_node);
  return line_of(node_);
}

Status YamlMap::require(const std::string& key) const {
  if (has(key)) return ok_status();
  return yaml_error(at_, node_, "missing required key " + key);
}

Expected<std::string> YamlMap::string(const std::string& key) const {
  if (auto present = require(key); !present) return present.error();
  return read_string(get(key), at_, key);
}

Expected<std::optional<std::string>> YamlMap::optional_string(const std::string& key) const {
  if (!has(key)) return std::optional<std::string>();
  auto value = read_string(get(key), at_, key);
  if (!value) return value.error();
  return std::optional<std::string>(*value);
}

Expected<double> YamlMap::number(const std::string& key) const {
  if (auto present = require(key); !present) return present.error();
  return read_number(get(key), at_, key);
}

Expected<std::optional<double>> YamlMap::optional_number(const std::string& key) const {
  if (!has(key)) return std::optional<double>();
  auto value = read_number(get(key), at_, key);
  if (!value) return value.error();
  return std::optional<double>(*value);
}

Expected<int> YamlMap::integer(const std::string& key) const {
  if (auto present = require(key); !present) return present.error();
  return read_integer(get(key), at_, key);
}

Expected<std::optional<int>> YamlMap::optional_integer(const std::string& key) const {
  if (!has(key)) return std::optional<int>();
  auto value = read_integer(get(key), at_, key);
  if (!value) return value.error();
  return std::optional<int>(*value);
}

Expected<std::vector<std::string>> YamlMap::strings(const std::string& key) const {
  if (auto present = require(key); !present) return present.error();
  return read_strings(get(key), at_, key);
}

Expected<std::vector<std::string>> YamlMap::optional_strings(const std::string& key) const {
  if (!has(key)) return std::vector<std::string>();
  return read_strings(get(key), at_, key);
}

}  // namespace cc
