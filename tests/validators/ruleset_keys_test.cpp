// `credcheck rules` against what the loader accepts. The catalogue of keys (validators/ruleset_keys.h,
// `credcheck rules --keys`) is checked against the loader itself, not against a copy of its lists:
// every mapping of the shipped ruleset's files (ruleset.yaml, course_categories.yaml, todos.yaml,
// each board file; one mapping per path, one per criterion kind) gets an unknown key added, and the
// loader's refusal names the keys it accepts there. Each must be in the catalogue with a meaning
// (or the mapping's keys are names, described by one `<...>` entry), and every key the catalogue
// names there must be one the loader accepts. So a key added to the loader without its line in the
// catalogue fails here. The listing then shows every `definitions` key of the loaded ruleset
// under its own name, and a ruleset without a credit factor says so in the dossier's reasons.
#include <gtest/gtest.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "validator_fixtures.h"
#include "validators/criteria.h"
#include "validators/rules_listing.h"
#include "validators/ruleset_keys.h"

namespace cc {
namespace {

namespace fs = std::filesystem;
using namespace vtest;

constexpr const char* kProbe = "zz_probe_key";

// A mapping of one file: its catalogue path and how to reach it from the file's root ("#3" is the
// fourth item of a list).
struct Mapping {
  std::string file, label, path;
  std::vector<std::string> address;
};

std::string joined(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

void collect(const YAML::Node& node, const Mapping& at, std::map<std::string, Mapping>& out) {
  if (node.IsMap()) {
    Mapping here = at;
    if (at.label == "board file" && node["kind"] && node["kind"].IsScalar()) here.path = "criteria[kind=" + node["kind"].as<std::string>() + "]";
    out.emplace(here.file + "|" + here.path, here);
    for (const auto& pair : node) {
      Mapping child = here;
      child.path = joined(here.path, pair.first.as<std::string>());
      child.address.push_back(pair.first.as<std::string>());
      collect(pair.second, child, out);
    }
  } else if (node.IsSequence()) {
    for (size_t i = 0; i < node.size(); ++i) {
      Mapping child = at;
      child.path = at.path + "[]";
      child.address.push_back("#" + std::to_string(i));
      collect(node[i], child, out);
    }
  }
}

// (Node::reset rebinds the handle: `node = child` would assign the child's content to the node.)
YAML::Node reach(YAML::Node root, const std::vector<std::string>& address) {
  YAML::Node node = root;
  for (const auto& step : address) node.reset(step[0] == '#' ? node[std::stoul(step.substr(1))] : node[step]);
  return node;
}

void write_yaml(const std::string& path, const YAML::Node& root) {
  YAML::Emitter e;
  e << root;
  std::ofstream(path) << e.c_str() << "\n";
}

// The keys the loader's refusal of `kProbe` names ("... (known: a, b, c)"); nullopt when it was
// not refused as an unknown key (the mapping's keys are names: boards, credit systems...).
std::optional<std::set<std::string>> accepted_keys(const std::string& message) {
  if (message.find("unknown key " + std::string(kProbe)) == std::string::npos) return std::nullopt;
  const auto open = message.find("(known: ");
  const auto close = message.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return std::set<std::string>{};
  std::set<std::string> keys;
  std::string list = message.substr(open + 8, close - open - 8);
  for (size_t at = 0; at <= list.size();) {
    const size_t comma = list.find(", ", at);
    keys.insert(list.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
    if (comma == std::string::npos) break;
    at = comma + 2;
  }
  return keys;
}

class RulesetKeys : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("credcheck-keys-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::copy(CREDCHECK_RULES_DIR, dir_, fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Every mapping of the shipped ruleset's files.
  std::map<std::string, Mapping> mappings() const {
    const YAML::Node ruleset = YAML::LoadFile((dir_ / "ruleset.yaml").string());
    std::vector<std::pair<std::string, std::string>> files{{"ruleset.yaml", "ruleset.yaml"},
                                                           {ruleset["course_categories"].as<std::string>(), "course_categories.yaml"},
                                                           {ruleset["todos"].as<std::string>(), "todos.yaml"}};
    for (const auto& board : ruleset["boards"]) files.emplace_back(board.as<std::string>(), "board file");
    std::map<std::string, Mapping> out;
    for (const auto& [file, label] : files) collect(YAML::LoadFile((dir_ / file).string()), Mapping{file, label, "", {}}, out);
    return out;
  }

  // The loader's answer with `kProbe` added to `m` (the file is restored after).
  std::string probe(const Mapping& m) const {
    const std::string path = (dir_ / m.file).string();
    const std::string original = read_all(path);
    YAML::Node root = YAML::Load(original);
    reach(root, m.address)[kProbe] = 1;
    write_yaml(path, root);
    auto loaded = load_ruleset(dir_.string());
    std::ofstream(path) << original;
    return loaded ? "" : loaded.error().message;
  }

  static std::string read_all(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  fs::path dir_;
};

// The catalogue's entries of `label`, path -> meaning.
std::map<std::string, std::string> catalogue(const std::string& label) {
  std::map<std::string, std::string> out;
  for (const auto& key : ruleset_keys())
    if (key.file == label) out[key.path] = key.meaning;
  return out;
}

bool has_name_entry(const std::map<std::string, std::string>& entries, const std::string& path) {
  const std::string prefix = joined(path, "<");
  for (const auto& [p, _] : entries)
    if (p.rfind(prefix, 0) == 0) return true;
  return false;
}

TEST_F(RulesetKeys, EveryKeyTheLoaderAcceptsIsInTheCatalogueWithAMeaning) {
  // The files as the probes write them (comments and flow style gone) still load unchanged.
  std::set<std::string> files;
  for (const auto& [_, m] : mappings()) files.insert(m.file);
  for (const auto& file : files) write_yaml((dir_ / file).string(), YAML::LoadFile((dir_ / file).string()));
  ASSERT_TRUE(load_ruleset(dir_.string()).ok());
  std::set<std::string> kinds_probed;
  size_t probed = 0, keys_checked = 0;
  for (const auto& [where, m] : mappings()) {
    SCOPED_TRACE(m.file + ": " + (m.path.empty() ? "(top level)" : m.path));
    const auto entries = catalogue(m.label);
    const std::string message = probe(m);
    const auto accepted = accepted_keys(message);
    ++probed;
    if (!accepted || has_name_entry(entries, m.path)) {
      // Keys that are names (a board, a credit system, a flag code): one <...> entry describes them.
      EXPECT_TRUE(has_name_entry(entries, m.path)) << "the loader takes names here (" << message << "): the catalogue needs "
                                                   << joined(m.path, "<...>");
      continue;
    }
    const bool criterion = m.path.rfind("criteria[kind=", 0) == 0 && m.path.find('.') == std::string::npos;
    if (criterion) kinds_probed.insert(m.path);
    for (const auto& key : *accepted) {
      ++keys_checked;
      auto it = entries.find(joined(m.path, key));
      if (it == entries.end() && criterion) it = entries.find("criteria[]." + key);
      ASSERT_NE(it, entries.end()) << "the loader accepts " << joined(m.path, key) << " in a " << m.label
                                   << ", which validators/ruleset_keys.cpp does not list";
      EXPECT_GE(it->second.size(), 10u) << it->first << " has no meaning";
    }
    // And nothing listed at this level that the loader refuses.
    for (const auto& [path, _] : entries) {
      const std::string prefix = criterion && path.rfind("criteria[].", 0) == 0 ? "criteria[]." : m.path + ".";
      if ((m.path.empty() && path.find('.') == std::string::npos && path.find('[') == std::string::npos) ||
          (!m.path.empty() && path.rfind(prefix, 0) == 0)) {
        const std::string key = m.path.empty() ? path : path.substr(prefix.size());
        if (key.find_first_of(".[<") != std::string::npos) continue;  // deeper, or names
        EXPECT_TRUE(accepted->count(key)) << path << " is listed but the loader refuses it (" << message << ")";
      }
    }
  }
  EXPECT_GE(probed, 30u);
  EXPECT_GE(keys_checked, 80u);
  EXPECT_GE(kinds_probed.size(), 6u);  // the shipped ruleset uses most kinds; the rest below
}

TEST(RulesetKeysCatalogue, EveryParameterOfEveryCriterionKindIsListed) {
  const auto entries = catalogue("board file");
  for (const char* name : {"degree", "clinical_training", "experience", "coursework", "graduated_within", "any_of",
                           "alternative_of", "meets_credential"}) {
    const auto kind = criterion_kind_from_name(name);
    ASSERT_TRUE(kind) << name;
    for (const auto& param : criterion_param_names(*kind))
      EXPECT_TRUE(entries.count("criteria[kind=" + std::string(name) + "]." + param)) << name << "." << param;
  }
}

TEST(RulesetKeysCatalogue, TheListingShowsEveryDefinitionKeyUnderItsOwnName) {
  const Ruleset& rules = default_rules();
  const std::string text = rules_listing(rules);
  const auto json = rules_listing_json(rules);
  size_t checked = 0;
  for (const auto& [path, _] : catalogue("ruleset.yaml")) {
    const std::string head = "definitions.";
    if (path.rfind(head, 0) != 0 || path.find_first_of("[<") != std::string::npos) continue;
    const std::string key = path.substr(head.size());
    if (key == "assumed") {
      EXPECT_NE(text.find("Assumed definitions (definitions.assumed)"), std::string::npos);
      continue;
    }
    ++checked;
    if (key.rfind("plausibility.", 0) == 0) {
      EXPECT_NE(text.find("\n    " + key.substr(13) + " "), std::string::npos) << key << "\n" << text;
      EXPECT_TRUE(json["definitions"]["plausibility"].contains(key.substr(13))) << key;
    } else {
      EXPECT_NE(text.find("\n  " + key + " "), std::string::npos) << key << "\n" << text;
      EXPECT_TRUE(json["definitions"].contains(key)) << key;
    }
  }
  EXPECT_GE(checked, 26u);
  // The values the task named: numeric mark bounds, legend patterns, credit factors.
  EXPECT_NE(text.find("numeric_marks              top 7: fails below 4, passes from 4; top 10: fails below 4, passes from 7"),
            std::string::npos);
  EXPECT_NE(text.find("pass_mark_patterns         7 (a printed pass mark decides alone)"), std::string::npos);
  EXPECT_NE(text.find("ects 0.5 [assumed]"), std::string::npos);
  EXPECT_NE(text.find("hours 0.0667 [assumed]"), std::string::npos);
  EXPECT_NE(text.find("a system not listed gets no semester hours"), std::string::npos);
  EXPECT_EQ(json["definitions"]["numeric_marks"][2]["passes_from"], 10.5);
  EXPECT_EQ(json["flag_severity"]["unreadable_document"], "error");
  EXPECT_NE(ruleset_keys_listing().find("definitions.numeric_marks[].passes_from"), std::string::npos);
}

// boards-2026.11 is the ruleset as it was (dossiers judged by it must stay reproducible): it has
// no factor for ECTS, UK or Mexican credits or contact hours. Courses in them count no hours, and
// the reason says it is the ruleset, naming the key, rather than "no credits, or marks".
TEST(RulesetKeysCatalogue, ARulesetWithoutAFactorSaysSoInTheReason) {
  const Ruleset previous = load_rules_or_fail(CREDCHECK_PREVIOUS_RULES_DIR);
  ASSERT_EQ(previous.id, "boards-2026.11");
  EXPECT_EQ(previous.definitions.semester_hours_per_credit.count("ects"), 0u);
  const std::string listing = rules_listing(previous);
  EXPECT_EQ(listing.find("ects"), std::string::npos);
  EXPECT_NE(listing.find("a system not listed gets no semester hours (review where its courses could decide)"), std::string::npos);
  std::vector<Course> courses;
  for (const char* title : {"General Biology", "General Chemistry"})
    for (int i = 0; i < 4; ++i) courses.push_back(course(std::string(title) + " " + std::to_string(i), 10));
  const CandidateFacts f = candidate(degree("bachelor", "Bachelor of Science in Biology", "2015-04-01"),
                                     {job_of_days(days_for(12), 40.0)}, courses, "ects");
  const CivilDate as_of = *parse_iso_date("2026-11-01");
  const ValidationResult old_result = evaluate(f, previous, as_of);
  const RouteResult& old_route = route_of(old_result, "AMT", "MLS", "MLS-EXP");
  EXPECT_EQ(old_route.outcome, Outcome::undecided);
  const CheckResult& biology = check_of(old_route, "education.2.coursework.biology");
  EXPECT_NE(biology.detail.find("4 course(s) without semester hours: ruleset boards-2026.11 has no semester-hour factor for ects "
                                "credits (definitions.semester_hours_per_credit.ects)"),
            std::string::npos)
      << biology.detail;
  // The default ruleset converts them (40 ECTS = 20 SH a subject): met, and no such reason.
  const ValidationResult result = evaluate(f, default_rules(), as_of);
  const RouteResult& route = route_of(result, "AMT", "MLS", "MLS-EXP");
  EXPECT_EQ(route.outcome, Outcome::met);
  EXPECT_EQ(check_of(route, "education.2.coursework.biology").detail.find("no semester-hour factor"), std::string::npos);
}

}  // namespace
}  // namespace cc
