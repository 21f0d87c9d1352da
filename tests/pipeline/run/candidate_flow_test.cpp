// The candidate flow in-process (pipeline/run/candidate_flow.h): canned pages in, a fake crop
// source, real extractors, validators and dossier writers, files out in a temporary folder.
#include "pipeline/run/candidate_flow.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/base64.h"
#include "tests/support/test_support.h"
#include "tests/pipeline/fake_ports.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

const Ruleset& rules() {
  static const Ruleset r = [] {
    auto loaded = load_ruleset(test::source_dir() + "/rules/boards-2026.12");
    EXPECT_TRUE(loaded) << loaded.error().message;
    return *loaded;
  }();
  return r;
}

CandidateRecord candidate(const std::string& id) {
  CandidateRecord record;
  record.id = id;
  record.documents = {test::diploma(), test::employment_letter()};
  record.documents[0].file = "diploma.pdf";
  record.documents[1].file = "letter.pdf";
  return record;
}

CandidateFlowContext context_for(const std::string& out_dir, long long history_version = 0) {
  return CandidateFlowContext{rules(), BatchContext{"2026-11-01", "2026-11-01T00:00:00Z", rules().id}, out_dir, history_version,
                              nullptr, nullptr};
}

TEST(CandidateFlow, RunsItsStagesInOrderAndTimesEachOnce) {
  test::TempDir out;
  CandidateRecord record = candidate("ng-1");
  test::FakeCropSource crops;
  StageRunner stages;
  const CandidateFlowResult result = run_candidate_flow(record, context_for(out.path()), crops, stages);
  ASSERT_TRUE(result.written) << result.written.error().message;

  const auto timings = stages.to_json();
  ASSERT_EQ(timings.size(), 4u) << timings.dump();
  const std::vector<std::string> expected = {"extract", "validate", "crops", "write"};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(timings[i]["stage"], expected[i]) << timings.dump();
    EXPECT_EQ(timings[i]["calls"], 1) << timings.dump();
  }
  EXPECT_EQ(stages.failed_checks(), 0u);
  // Each stage left its result: facts, decisions for both boards, crops asked for, files written.
  ASSERT_TRUE(record.facts);
  ASSERT_TRUE(record.validation);
  EXPECT_GE(record.validation->evaluations.size(), 2u);
  EXPECT_GT(crops.asked(), 0u);
  EXPECT_EQ(result.crops_rendered, crops.asked());
  const auto dossier = test::read_json(out / "ng-1/dossier.json");
  EXPECT_EQ(dossier["candidate"]["id"], "ng-1");
  EXPECT_EQ(dossier["as_of"], "2026-11-01");
  EXPECT_EQ(dossier["documents"].size(), 2u);
  EXPECT_TRUE(fs::exists(out / "ng-1/text/diploma.pdf.txt"));
  EXPECT_TRUE(fs::exists(out / "ng-1/text/letter.pdf.txt"));
  const std::string html = test::read_file(out / "ng-1/dossier.html");
  EXPECT_NE(html.find("data:image/png;base64," + base64_encode("fake-png")), std::string::npos);
  EXPECT_FALSE(fs::exists(out / "ng-1/history"));  // a one-shot run keeps no history
}

TEST(CandidateFlow, ACropFailureLeavesTheEvidenceAsTextAndTheDossierIsWritten) {
  test::TempDir out;
  CandidateRecord record = candidate("ng-2");
  test::FakeCropSource crops("crop worker crashed (fake)");
  StageRunner stages;
  const CandidateFlowResult result = run_candidate_flow(record, context_for(out.path()), crops, stages);
  ASSERT_TRUE(result.written) << result.written.error().message;
  EXPECT_GT(crops.asked(), 0u);
  EXPECT_EQ(result.crops_rendered, 0u);
  const std::string html = test::read_file(out / "ng-2/dossier.html");
  EXPECT_EQ(html.find("data:image/png"), std::string::npos);
  EXPECT_NE(html.find("no picture: crop worker crashed (fake)"), std::string::npos);
  EXPECT_NE(html.find("<ul class=\"ev-text\">"), std::string::npos);
  EXPECT_TRUE(fs::exists(out / "ng-2/dossier.json"));
}

TEST(CandidateFlow, AVersionedWriteKeepsTheHistoryCopyBesideTheDossier) {
  test::TempDir out;
  CandidateRecord record = candidate("ng-3");
  test::FakeCropSource crops;
  StageRunner stages;
  ASSERT_TRUE(run_candidate_flow(record, context_for(out.path(), 3), crops, stages).written);
  EXPECT_EQ(test::read_file(out / "ng-3/history/dossier-3.json"), test::read_file(out / "ng-3/dossier.json"));
}

TEST(CandidateFlow, AFailedDocumentIsInTheDossierWithItsError) {
  test::TempDir out;
  CandidateRecord record = candidate("ng-4");
  record.documents.push_back(test::failed_document(ErrorCode::encrypted, "needs a password"));
  record.documents.back().file = "transcript.pdf";
  test::FakeCropSource crops;
  StageRunner stages;
  ASSERT_TRUE(run_candidate_flow(record, context_for(out.path()), crops, stages).written);
  const auto dossier = test::read_json(out / "ng-4/dossier.json");
  ASSERT_EQ(dossier["documents"].size(), 3u);
  EXPECT_EQ(dossier["documents"][2]["file"], "transcript.pdf");
  EXPECT_EQ(dossier["documents"][2]["error"]["code"], "encrypted");
  EXPECT_TRUE(dossier["documents"][0]["error"].is_null());
}

}  // namespace
}  // namespace cc
