// Extraction and decision accuracy end to end: `credcheck run` over generated packets, every
// extracted field compared with the generator's ground truth, field-level accuracy printed per
// area; and every decision compared with the decision the validators make on the true facts.
//
// Bars: text-layer documents >= 0.98, scanned ones >= 0.95, on the held-out layout family too
// (samples/README.md lists which layouts are held out). Decisions: on text-layer packets every
// status matches; on scanned packets a status may be needs_review where the truth decides, but
// never eligible where the truth is not.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "tests/e2e/truth_facts.h"
#include "tests/support/test_support.h"
#include "validators/evaluate.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string norm(std::string s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string code_key(const std::string& code) {
  std::string out;
  for (unsigned char c : code)
    if (std::isalnum(c)) out += static_cast<char>(std::toupper(c));
  return out;
}

// A string member, or "" when it is missing or null (a course the dossier has no code for).
std::string text_of(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

bool same_value(const json& got, const json& want) {
  if (want.is_null()) return got.is_null();
  if (got.is_null()) return false;
  if (want.is_number() && got.is_number()) return std::fabs(got.get<double>() - want.get<double>()) < 0.011;
  if (want.is_string() && got.is_string()) return norm(got.get<std::string>()) == norm(want.get<std::string>());
  if (want.is_array() && got.is_array()) {
    std::set<std::string> a, b;
    for (const auto& x : got) a.insert(x.dump());
    for (const auto& x : want) b.insert(x.dump());
    return a == b;
  }
  return got == want;
}

struct Tally {
  size_t right = 0, total = 0;
  std::vector<std::string> misses;
  void add(bool ok, const std::string& what) {
    ++total;
    right += ok;
    if (!ok && misses.size() < 12) misses.push_back(what);
  }
  double accuracy() const { return total ? static_cast<double>(right) / static_cast<double>(total) : 1.0; }
};

struct Report {
  std::map<std::string, Tally> areas;
  size_t decisions = 0, decisions_equal = 0, decisions_review = 0, wrong_eligible = 0;
  // Every decision sent to review that the truth decides, and not_eligible for an eligible
  // candidate, on any set (decisions_review counts the review a scanned set is allowed).
  size_t sent_to_review = 0, not_eligible_for_eligible = 0;
  std::vector<std::string> decision_misses;

  Tally all() const {
    Tally t;
    for (const auto& [_, a] : areas) {
      t.right += a.right;
      t.total += a.total;
    }
    return t;
  }
};

void compare_fields(const std::string& id, const json& d, const json& truth, Report& r) {
  auto field = [&](const std::string& area, const std::string& name, const json& got, const json& want) {
    r.areas[area].add(same_value(got, want), id + " " + name + ": got " + got.dump() + ", want " + want.dump());
  };
  field("identity", "name", d["candidate"]["name"], truth["candidate"]["name"]);

  // Classification: the segment types of each document.
  std::map<std::string, json> docs;
  for (const auto& doc : d["documents"]) docs[doc["file"]] = doc;
  for (const auto& td : truth["documents"]) {
    json want = json::array(), got = json::array();
    for (const auto& s : td["segments"]) want.push_back({s["pages"], s["type"]});
    for (const auto& s : docs[td["file"]].value("segments", json::array())) got.push_back({s["pages"], s["type"]});
    r.areas["classification"].add(got == want, id + " " + td["file"].get<std::string>() + " segments " + got.dump() + " want " + want.dump());
  }

  if (truth["degree"].is_object()) {
    const json got = d["degree"].is_object() ? d["degree"] : json::object();
    for (const char* k : {"level", "years", "title", "field", "institution", "country", "conferred", "clinical_training",
                          "clinical_training_areas"})
      field("degree", std::string("degree.") + k, got.value(k, json()), truth["degree"][k]);
  }

  if (truth["coursework"].is_object() && !truth["coursework"]["courses"].empty()) {
    const json& tc = truth["coursework"];
    const json got = d["coursework"].is_object() ? d["coursework"] : json{{"courses", json::array()}};
    field("coursework", "credit_system", got.value("credit_system", json()), tc["credit_system"]);
    std::vector<bool> used(got["courses"].size(), false);
    for (const auto& want : tc["courses"]) {
      // Match by code, else by title.
      size_t hit = used.size();
      for (size_t i = 0; i < used.size() && hit == used.size(); ++i)
        if (!used[i] && code_key(text_of(got["courses"][i], "code")) == code_key(text_of(want, "code")) &&
            !code_key(text_of(want, "code")).empty())
          hit = i;
      for (size_t i = 0; i < used.size() && hit == used.size(); ++i)
        if (!used[i] && norm(text_of(got["courses"][i], "title")) == norm(text_of(want, "title"))) hit = i;
      const json g = hit < used.size() ? got["courses"][hit] : json::object();
      if (hit < used.size()) used[hit] = true;
      const std::string what = "course " + text_of(want, "code") + " " + text_of(want, "title");
      for (const char* k : {"code", "title", "credits", "semester_hours", "grade"})
        field("coursework", what + "." + k, g.value(k, json()), want[k]);
      if (!want.value("category_ambiguous", false)) field("coursework", what + ".category", g.value("category", json()), want["category"]);
    }
    for (size_t i = 0; i < used.size(); ++i)
      if (!used[i]) r.areas["coursework"].add(false, id + " spurious course " + got["courses"][i].dump().substr(0, 120));
  }

  for (const auto& want : truth["experience"]) {
    json g = json::object();
    for (const auto& job : d.value("experience", json::array()))
      if (text_of(job, "file") == text_of(want, "file") && job.value("start", json()) == want["start"]) g = job;
    if (g.empty())
      for (const auto& job : d.value("experience", json::array()))
        if (text_of(job, "file") == text_of(want, "file")) g = job;
    const std::string what = "job in " + text_of(want, "file");
    for (const char* k : {"employer", "position", "start", "end", "hours_per_week", "departments"})
      field("experience", what + "." + k, g.value(k, json()), want[k]);
  }
}

void compare_decisions(const std::string& id, const json& d, const json& truth, const Ruleset& rules, bool scanned, Report& r) {
  const ValidationResult expected = evaluate(test::truth_to_facts(truth), rules, truth.value("as_of", "2026-11-01"));
  std::map<std::string, std::string> got;
  for (const auto& e : d.value("evaluations", json::array())) got[e["board"].get<std::string>() + " " + e["credential"].get<std::string>()] = e["status"];
  for (const auto& e : expected.evaluations) {
    const std::string key = e.board + " " + e.credential;
    const std::string want(eligibility_name(e.status));
    ++r.decisions;
    const std::string have = got.count(key) ? got[key] : "missing";
    if (have != want && have == "needs_review") ++r.sent_to_review;
    if (have == "not_eligible" && want == "eligible") ++r.not_eligible_for_eligible;
    if (have == want) ++r.decisions_equal;
    else if (scanned && have == "needs_review") ++r.decisions_review;
    else r.decision_misses.push_back(id + " " + key + ": got " + have + ", want " + want + (e.route ? " (" + *e.route + ")" : ""));
    if (have == "eligible" && want != "eligible") ++r.wrong_eligible;
  }
}

// `given_output`: a `credcheck run` output already written over these packets (a baseline, say)
// to score instead of running credcheck again; empty: run it.
Report run_packets(const std::string& packets_dir, bool scanned, const std::string& given_output = "") {
  Report report;
  auto rules = load_ruleset(test::source_dir() + "/rules/boards-2026.12");
  EXPECT_TRUE(rules.ok());
  if (!rules.ok()) return report;
  test::TempDir tmp;
  const fs::path out = given_output.empty() ? fs::path(tmp.path()) : fs::path(given_output);
  if (given_output.empty()) {
    const auto run = test::run_command(test::shell_quote(test::credcheck_exe()) + " run " + test::shell_quote(packets_dir + "/packets") +
                                       " --out " + test::shell_quote(out.string()) + " --no-progress --jobs 2 --as-of 2026-11-01");
    EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 3) << run.output;
  }
  for (const auto& entry : fs::directory_iterator(packets_dir + "/truth")) {
    const json truth = test::read_json(entry.path().string());
    const std::string id = truth["id"];
    const std::string dossier = (out / id / "dossier.json").string();
    if (!fs::exists(dossier)) {
      ADD_FAILURE() << "no dossier for " << id;
      continue;
    }
    const json d = test::read_json(dossier);
    compare_fields(id, d, truth, report);
    compare_decisions(id, d, truth, *rules, scanned, report);
  }
  return report;
}

void print(const std::string& title, const Report& r) {
  std::cout << title << "\n";
  for (const auto& [area, t] : r.areas)
    std::cout << "  " << area << ": " << t.right << "/" << t.total << " = " << t.accuracy() << "\n";
  const Tally all = r.all();
  std::cout << "  all fields: " << all.right << "/" << all.total << " = " << all.accuracy() << "\n";
  std::cout << "  decisions: " << r.decisions_equal << "/" << r.decisions << " equal, " << r.sent_to_review
            << " sent to review, " << r.not_eligible_for_eligible << " not_eligible for eligible, " << r.wrong_eligible
            << " wrong eligible\n";
  for (const auto& [area, t] : r.areas)
    for (const auto& m : t.misses) std::cout << "    miss [" << area << "] " << m << "\n";
  for (const auto& m : r.decision_misses) std::cout << "    decision " << m << "\n";
}

class Accuracy : public ::testing::TestWithParam<std::tuple<const char*, bool>> {};

TEST_P(Accuracy, FieldsAndDecisionsMatchTheGroundTruth) {
  const auto [set, scanned] = GetParam();
  const Report r = run_packets(test::fixtures_dir() + "/" + set, scanned);
  print(std::string(set) + (scanned ? " (scanned)" : " (text layer)"), r);
  ASSERT_GT(r.all().total, 100u);
  EXPECT_GE(r.all().accuracy(), scanned ? 0.95 : 0.98);
  EXPECT_EQ(r.wrong_eligible, 0u);
  if (!scanned) {
    EXPECT_EQ(r.decisions_equal, r.decisions);
  } else {
    EXPECT_EQ(r.decisions_equal + r.decisions_review, r.decisions);
  }
}

// Any generated folder, on request (a blind round's first sight, say): prints the same report and
// holds it to the one bar that applies to documents of any kind, no wrong `eligible`.
//   CC_ACCURACY_PACKETS=DIR [CC_ACCURACY_SCANNED=1] [CC_ACCURACY_OUTPUT=RUN_OUT] accuracy_tests --gtest_filter='*OnRequest*'
TEST(AccuracyOnRequest, AnyGeneratedFolderHasNoWrongEligible) {
  const char* dir = std::getenv("CC_ACCURACY_PACKETS");
  if (!dir || !*dir) GTEST_SKIP() << "set CC_ACCURACY_PACKETS=DIR (a samples/generate.py packets folder) to run";
  const char* scanned_env = std::getenv("CC_ACCURACY_SCANNED");
  const bool scanned = scanned_env && std::string(scanned_env) == "1";
  const char* output = std::getenv("CC_ACCURACY_OUTPUT");
  const Report r = run_packets(dir, scanned, output ? output : "");
  print(std::string(dir) + (scanned ? " (scanned)" : ""), r);
  EXPECT_EQ(r.wrong_eligible, 0u);
}

INSTANTIATE_TEST_SUITE_P(Packets, Accuracy,
                         ::testing::Values(std::make_tuple("packets-text-train", false), std::make_tuple("packets-text-heldout", false),
                                           std::make_tuple("packets-scan-train", true),
                                           std::make_tuple("packets-scan-heldout", true)),
                         [](const auto& param_info) {
                           std::string name = std::get<0>(param_info.param);
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace cc
