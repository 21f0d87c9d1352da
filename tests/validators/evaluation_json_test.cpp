// The dossier sections the validators render (dossier.md): names, value sets and JSON types.
#include <gtest/gtest.h>

#include "validator_fixtures.h"
#include "validators/evaluation_json.h"

namespace cc {
namespace {

using namespace cc::vtest;
using nlohmann::ordered_json;

TEST(EvaluationJson, EvaluationsFollowTheContract) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"));
  const auto j = evaluations_json(evaluate(f, default_rules(), std::string(kAsOf)).evaluations);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 4u);
  const auto& e = j[0];
  std::vector<std::string> keys;
  for (const auto& [key, value] : e.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"board", "credential", "status", "route", "routes"}));
  EXPECT_EQ(e["board"], "ASCPi");
  EXPECT_EQ(e["credential"], "MLS");
  EXPECT_EQ(e["status"], "eligible");
  EXPECT_EQ(e["route"], "MLS-1");
  const auto& route = e["routes"][0];
  EXPECT_EQ(route["id"], "MLS-1");
  EXPECT_EQ(route["met"], true);
  EXPECT_TRUE(route["assumed"].is_boolean());
  const auto& criterion = route["criteria"][1];
  EXPECT_EQ(criterion["id"], "degree.field");
  EXPECT_EQ(criterion["met"], true);
  EXPECT_TRUE(criterion["detail"].get<std::string>().rfind("medical_technology", 0) == 0);
  ASSERT_EQ(criterion["evidence"].size(), 1u);
  const auto& ev = criterion["evidence"][0];
  EXPECT_EQ(ev["file"], "diploma.pdf");
  EXPECT_EQ(ev["page"], 1);
  EXPECT_EQ(ev["bbox"], ordered_json({10.0, 20.0, 200.0, 32.0}));
  EXPECT_TRUE(ev["text"].is_string());
  EXPECT_DOUBLE_EQ(ev["confidence"].get<double>(), 0.95);
}

TEST(EvaluationJson, UndecidedIsNullAndReviewSaysWhy) {
  const auto j = evaluations_json(evaluate(candidate(bs_medtech("2023-06-01", 0.5)), default_rules(), std::string(kAsOf)).evaluations);
  EXPECT_EQ(j[0]["status"], "needs_review");
  EXPECT_TRUE(j[0]["route"].is_null());
  EXPECT_TRUE(j[0]["routes"][0]["met"].is_null());
  EXPECT_TRUE(j[0]["routes"][0]["criteria"][0]["met"].is_null());
  ASSERT_TRUE(j[0]["review_reasons"].is_array());
  EXPECT_FALSE(j[0]["review_reasons"].empty());
}

TEST(EvaluationJson, FlagsTodoAndSummary) {
  CandidateFacts f = candidate(bs_medtech("2012-06-01"), {job("2019-01-01", std::nullopt, 20.0, {})});
  f.documents.diplomas = 0;
  const ValidationResult r = evaluate(f, default_rules(), std::string(kAsOf));
  const auto flags = flags_json(r.flags);
  ASSERT_FALSE(flags.empty());
  for (const auto& flag : flags) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : flag.items()) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"code", "severity", "detail", "evidence"}));
    EXPECT_TRUE(flag["evidence"].is_array());
  }
  EXPECT_EQ(flags[0]["code"], "missing_diploma");
  const auto todo = todo_json(r.todo);
  ASSERT_TRUE(todo.is_array());
  EXPECT_TRUE(todo[0].is_string());
  const auto summary = experience_summary_json(r.experience_summary);
  // 2019-01-01 .. 2026-11-01 at 20 of 40 hours; within 5 years from 2021-11-01.
  EXPECT_DOUBLE_EQ(summary["fte_months_total"].get<double>(), std::floor(2862 * 0.5 / 30.4375 * 100) / 100);
  EXPECT_DOUBLE_EQ(summary["fte_months_within_5y"].get<double>(), std::floor(1827 * 0.5 / 30.4375 * 100) / 100);
  const auto all = validation_sections_json(r);
  std::vector<std::string> keys;
  for (const auto& [key, value] : all.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"experience_summary", "evaluations", "flags", "todo"}));
}

TEST(EvaluationJson, AssumedChecksSaySo) {
  const auto j = evaluations_json(evaluate(candidate(bs_medtech("2023-06-01")), default_rules(), std::string(kAsOf)).evaluations);
  const auto& window = j[0]["routes"][0]["criteria"][4];
  EXPECT_EQ(window["id"], "clinical_training.completed");
  EXPECT_EQ(window["assumed"], true);
  EXPECT_FALSE(j[0]["routes"][0]["criteria"][0].contains("assumed"));
  EXPECT_EQ(j[0]["routes"][0]["assumed"], true);
}

}  // namespace
}  // namespace cc
