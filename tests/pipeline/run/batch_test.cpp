// `credcheck run` in-process (pipeline/run/batch.h) with fake ports: the files are real (the
// batch discovers and hashes them) but a FakeReader answers for the worker pool and a
// FakeCropSource for the crop workers.
#include "pipeline/run/batch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/exit_codes.h"
#include "tests/pipeline/fake_ports.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

void write(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

struct Batch {
  test::TempDir dir;
  std::shared_ptr<test::FakeReader> reader = std::make_shared<test::FakeReader>();
  RunOptions options;

  Batch() {
    write(dir / "in/ng-ok/diploma.pdf", "%PDF-1.4 diploma");
    write(dir / "in/ng-ok/letter.pdf", "%PDF-1.4 letter");
    write(dir / "in/ng-bad/scan.pdf", "%PDF-1.4 scan");
    reader->canned["diploma.pdf"] = test::diploma();
    reader->canned["letter.pdf"] = test::employment_letter();
    reader->canned["scan.pdf"] = test::failed_document(ErrorCode::corrupt, "the parser cannot make sense of it (fake)");
    options.input_dir = dir / "in";
    options.out_dir = dir / "out";
    options.as_of = "2026-11-01";
    options.rules_dir = test::source_dir() + "/rules/boards-2026.12";
    options.progress = false;
    options.jobs = 1;
  }
};

const nlohmann::json* summary_row(const nlohmann::json& summary, const std::string& id) {
  for (const auto& c : summary["candidates"])
    if (c["id"] == id) return &c;
  return nullptr;
}

TEST(RunBatch, ADocumentErrorLandsInTheDossierAndTheSummaryAndTheBatchGoesOn) {
  Batch b;
  b.options.no_cache = true;
  EXPECT_EQ(run_batch(b.options, test::fake_ports(b.reader)), kExitDocumentsFailed);

  EXPECT_EQ(b.reader->calls(), 1u);
  EXPECT_EQ(b.reader->asked().size(), 3u);
  const auto bad = test::read_json(b.dir / "out/ng-bad/dossier.json");
  ASSERT_EQ(bad["documents"].size(), 1u);
  EXPECT_EQ(bad["documents"][0]["error"]["code"], "corrupt");
  const auto ok = test::read_json(b.dir / "out/ng-ok/dossier.json");
  ASSERT_EQ(ok["documents"].size(), 2u);
  EXPECT_TRUE(ok["documents"][0]["error"].is_null());
  EXPECT_TRUE(fs::exists(b.dir / "out/ng-ok/dossier.html"));

  const auto summary = test::read_json(b.dir / "out/summary.json");
  EXPECT_EQ(summary["totals"]["candidates"], 2);
  EXPECT_EQ(summary["totals"]["documents"], 3);
  EXPECT_EQ(summary["totals"]["documents_failed"], 1);
  const auto* bad_row = summary_row(summary, "ng-bad");
  const auto* ok_row = summary_row(summary, "ng-ok");
  ASSERT_TRUE(bad_row && ok_row) << summary.dump(2);
  ASSERT_EQ((*bad_row)["document_errors"].size(), 1u);
  EXPECT_EQ((*bad_row)["document_errors"][0]["file"], "scan.pdf");
  EXPECT_EQ((*bad_row)["document_errors"][0]["code"], "corrupt");
  EXPECT_TRUE((*ok_row)["document_errors"].empty());
  EXPECT_NE(test::read_file(b.dir / "out/summary.csv").find("ng-bad"), std::string::npos);
}

TEST(RunBatch, NamesAndTimesEveryStageInSummaryJson) {
  Batch b;
  b.options.no_cache = true;
  run_batch(b.options, test::fake_ports(b.reader));
  const auto stages = test::read_json(b.dir / "out/summary.json")["stages"];
  std::map<std::string, int> calls;
  std::vector<std::string> order;
  for (const auto& s : stages) {
    order.push_back(s["stage"]);
    calls[s["stage"]] = s["calls"];
  }
  ASSERT_GE(order.size(), 2u) << stages.dump();
  EXPECT_EQ(order[0], "rules");
  EXPECT_EQ(order[1], "discover");
  EXPECT_EQ(calls["read"], 1) << stages.dump();
  for (const char* per_candidate : {"extract", "validate", "crops", "write"}) EXPECT_EQ(calls[per_candidate], 2) << per_candidate;
}

TEST(RunBatch, AnUnchangedBatchRunAgainIsReadFromThePageCacheAndGivesTheSameDossiers) {
  Batch b;
  run_batch(b.options, test::fake_ports(b.reader));
  const std::string first = test::read_file(b.dir / "out/ng-ok/dossier.json");
  auto again = std::make_shared<test::FakeReader>();
  EXPECT_EQ(run_batch(b.options, test::fake_ports(again)), kExitDocumentsFailed);
  // The corrupt file's permanent error is cached too: nothing is read the second time.
  EXPECT_TRUE(again->asked().empty());
  EXPECT_EQ(test::read_file(b.dir / "out/ng-ok/dossier.json").size(), first.size());
  EXPECT_EQ(test::read_json(b.dir / "out/ng-ok/dossier.json")["documents"], nlohmann::json::parse(first)["documents"]);
}

TEST(RunBatch, AnOutputFolderInsideTheInputIsRefusedBeforeAnythingIsRead) {
  Batch b;
  b.options.out_dir = b.dir / "in/out";
  EXPECT_EQ(run_batch(b.options, test::fake_ports(b.reader)), kExitUsage);
  EXPECT_EQ(b.reader->calls(), 0u);
}

}  // namespace
}  // namespace cc
