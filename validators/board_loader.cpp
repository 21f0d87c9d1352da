#include "validators/board_loader.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "validators/criterion_loader.h"
#include "validators/rules_loader.h"
#include "validators/text_util.h"
#include "validators/yaml_reader.h"

namespace cc {
namespace {

Expected<Route> load_route(const YAML::Node& node, const YamlContext& at, const Ruleset& rules) {
  auto loose = YamlMap::open(node, at, "a route", {});  // any keys: first learn its id for messages
  if (!loose) return loose.error();
  Route route;
  route.line = line_of(node);
  auto id = loose->string("id");
  if (!id) return id.error();
  route.id = *id;
  const YamlContext route_at{at.path, "route " + route.id};  // route ids are unique within a board
  auto route_map = YamlMap::open(node, route_at, "the route", {"id", "summary", "source", "confidence", "criteria"});
  if (!route_map) return route_map.error();
  auto summary = route_map->optional_string("summary");
  if (!summary) return summary.error();
  route.summary = summary->value_or("");
  auto source = route_map->string("source");
  if (!source) return source.error();
  route.source = *source;
  auto confidence = route_map->string("confidence");
  if (!confidence) return confidence.error();
  if (*confidence == "official") route.confidence = SourceConfidence::official;
  else if (*confidence == "secondary") route.confidence = SourceConfidence::secondary;
  else if (*confidence == "assumed") route.confidence = SourceConfidence::assumed;
  else if (*confidence == "unconfirmed") route.confidence = SourceConfidence::unconfirmed;
  else
    return yaml_error(route_at, route_map->get("confidence"),
                      "confidence must be official, secondary, assumed or unconfirmed, got \"" + *confidence + "\"");
  if (auto s = route_map->require("criteria"); !s) return s.error();
  auto criteria = load_criteria(route_map->get("criteria"), route_at, rules);
  if (!criteria) return criteria.error();
  route.criteria = std::move(*criteria);
  return route;
}

Expected<Credential> load_credential(const YAML::Node& node, const YamlContext& at, const Ruleset& rules,
                                     std::map<std::string, int>& route_lines) {
  auto map = YamlMap::open(node, at, "a credential", {"id", "name", "accepted_names", "routes"});
  if (!map) return map.error();
  Credential credential;
  auto id = map->string("id");
  if (!id) return id.error();
  credential.id = *id;
  const YamlContext cred_at = at.within("credential " + credential.id);
  auto name = map->string("name");
  if (!name) return name.error();
  credential.name = *name;
  auto accepted = map->optional_strings("accepted_names");
  if (!accepted) return accepted.error();
  credential.accepted_names = *accepted;
  if (auto s = map->require("routes"); !s) return s.error();
  const YAML::Node routes = map->get("routes");
  if (!routes.IsSequence() || routes.size() == 0)
    return yaml_error(cred_at, routes, "routes must be a non-empty list, got " + describe_node(routes));
  for (const auto& item : routes) {
    auto route = load_route(item, cred_at, rules);
    if (!route) return route.error();
    if (auto first = route_lines.find(route->id); first != route_lines.end())
      return yaml_error_at_line(cred_at, route->line,
                                "duplicate route id " + route->id + " (first defined at line " + std::to_string(first->second) + ")");
    route_lines[route->id] = route->line;
    credential.routes.push_back(std::move(*route));
  }
  return credential;
}

// Calls `visit` on every criterion of `criteria`, nested ones included.
void for_each_criterion(const std::vector<Criterion>& criteria, const std::function<void(const Criterion&)>& visit) {
  for (const auto& c : criteria) {
    visit(c);
    if (const auto* any = std::get_if<AnyOfParams>(&c.params))
      for (const auto& option : any->options) for_each_criterion(option, visit);
  }
}

}  // namespace

Expected<Board> load_board(const std::string& path, const Ruleset& rules) {
  auto root = load_yaml_file(path);
  if (!root) return root.error();
  const YamlContext at{path, ""};
  auto file = YamlMap::open(*root, at, "the file", {"board", "name", "credentials"});
  if (!file) return file.error();
  Board board;
  board.file = path;
  auto id = file->string("board");
  if (!id) return id.error();
  board.id = *id;
  if (!rules.definitions.full_time_hours_per_week.count(board.id))
    return yaml_error(at, file->get("board"), "board " + board.id + " has no full_time_hours_per_week in " + std::string(kRulesetFile));
  auto name = file->optional_string("name");
  if (!name) return name.error();
  board.name = name->value_or(board.id);
  if (auto s = file->require("credentials"); !s) return s.error();
  const YAML::Node credentials = file->get("credentials");
  if (!credentials.IsSequence() || credentials.size() == 0)
    return yaml_error(at, credentials, "credentials must be a non-empty list, got " + describe_node(credentials));
  std::map<std::string, int> route_lines;
  for (const auto& item : credentials) {
    auto credential = load_credential(item, at, rules, route_lines);
    if (!credential) return credential.error();
    if (board.credential(credential->id))
      return yaml_error(at, item, "duplicate credential id " + credential->id);
    board.credentials.push_back(std::move(*credential));
  }
  return board;
}

Status check_board_references(const Board& board) {
  // Edges between routes: alternative_of -> that route; meets_credential -> every route of it.
  std::map<std::string, std::vector<std::string>> edges;
  for (const auto& credential : board.credentials) {
    for (const auto& route : credential.routes) {
      const YamlContext at{board.file, "route " + route.id};
      std::optional<Error> problem;
      for_each_criterion(route.criteria, [&](const Criterion& c) {
        if (problem) return;
        if (const auto* alt = std::get_if<AlternativeOfParams>(&c.params)) {
          for (const auto& target : alt->routes) {
            if (target == route.id) problem = yaml_error_at_line(at, c.line, "alternative_of names the route itself");
            else if (!board.route(target)) problem = yaml_error_at_line(at, c.line, "alternative_of names unknown route " + target);
            else edges[route.id].push_back(target);
          }
        }
        if (const auto* meets = std::get_if<MeetsCredentialParams>(&c.params)) {
          const Credential* target = board.credential(meets->credential);
          if (meets->credential == credential.id)
            problem = yaml_error_at_line(at, c.line, "meets_credential names the route's own credential");
          else if (!target)
            problem = yaml_error_at_line(at, c.line, "meets_credential names unknown credential " + meets->credential);
          else
            for (const auto& r : target->routes) edges[route.id].push_back(r.id);
        }
      });
      if (problem) return *problem;
    }
  }
  // Depth-first search for a cycle.
  std::map<std::string, int> state;  // 0 unvisited, 1 on the stack, 2 done
  std::function<std::optional<std::string>(const std::string&)> visit = [&](const std::string& id) -> std::optional<std::string> {
    state[id] = 1;
    for (const auto& next : edges[id]) {
      if (state[next] == 1) return next;
      if (state[next] == 0)
        if (auto cycle = visit(next)) return cycle;
    }
    state[id] = 2;
    return std::nullopt;
  };
  for (const auto& credential : board.credentials)
    for (const auto& route : credential.routes)
      if (state[route.id] == 0)
        if (auto cycle = visit(route.id))
          return yaml_error_at_line({board.file, "route " + route.id}, route.line,
                                    "circular reference between routes (through " + *cycle + ")");
  return ok_status();
}

}  // namespace cc
