// Checked reads from yaml-cpp nodes for the rules loader. Nothing here throws: a wrong type, a
// missing or unknown key becomes an Error whose message names file, line and what was being read,
// e.g. "rules/x/ascpi.yaml:42: route MLS-2: min_fte_months must be a number, got "thirty"".
// load_yaml_file is where yaml-cpp's exceptions are turned into Errors.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "core/expected.h"

namespace cc {

// Where we are: the file, and what part of it ("route MLS-2") for messages.
struct YamlContext {
  std::string path;
  std::string scope;
  YamlContext within(const std::string& inner) const;
};

int line_of(const YAML::Node& node);  // from 1; 0 when unknown
Error yaml_error(const YamlContext& at, const YAML::Node& node, const std::string& message);
Error yaml_error_at_line(const YamlContext& at, int line, const std::string& message);
// `"thirty"`, `a list`, `a mapping`, `nothing`: what a node is, for "got ..." messages.
std::string describe_node(const YAML::Node& node);

Expected<YAML::Node> load_yaml_file(const std::string& path);

Expected<std::string> read_string(const YAML::Node& node, const YamlContext& at, const std::string& what);
Expected<double> read_number(const YAML::Node& node, const YamlContext& at, const std::string& what);
// A number or a fraction written "2/3".
Expected<double> read_ratio(const YAML::Node& node, const YamlContext& at, const std::string& what);
Expected<int> read_integer(const YAML::Node& node, const YamlContext& at, const std::string& what);
Expected<std::vector<std::string>> read_strings(const YAML::Node& node, const YamlContext& at, const std::string& what);

// A mapping whose keys have been checked against the allowed ones (unknown and duplicate keys are
// errors). Accessors for required and optional values of each type.
class YamlMap {
 public:
  static Expected<YamlMap> open(const YAML::Node& node, const YamlContext& at, const std::string& what,
                                const std::vector<std::string>& allowed);

  const YamlContext& context() const { return at_; }
  const YAML::Node& node() const { return node_; }
  bool has(const std::string& key) const;
  // The value of `key`; an undefined node when absent.
  YAML::Node get(const std::string& key) const;
  std::vector<std::string> keys() const;
  int key_line(const std::string& key) const;

  Status require(const std::string& key) const;
  Expected<std::string> string(const std::string& key) const;
  Expected<std::optional<std::string>> optional_string(const std::string& key) const;
  Expected<double> number(const std::string& key) const;
  Expected<std::optional<double>> optional_number(const std::string& key) const;
  Expected<int> integer(const std::string& key) const;
  Expected<std::optional<int>> optional_integer(const std::string& key) const;
  Expected<std::vector<std::string>> strings(const std::string& key) const;
  Expected<std::vector<std::string>> optional_strings(const std::string& key) const;  // empty when absent

 private:
  struct Entry {
    std::string key;
    YAML::Node key_node;
    YAML::Node value;
  };
  YamlMap(YAML::Node node, YamlContext at, std::vector<Entry> entries)
      : node_(std::move(node)), at_(std::move(at)), entries_(std::move(entries)) {}

  YAML::Node node_;
  YamlContext at_;
  std::vector<Entry> entries_;
};

}  // namespace cc
