// `credcheck run` end to end over a small generated packet: a text PDF, a scanned PDF and an
// image for one candidate, bad files for another; dossiers, text dumps, summary, exit codes, and
// the input folder left exactly as it was.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/sha256.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string fixture(const std::string& name) { return test::fixtures_dir() + "/intake/" + name; }

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* f : {"text.pdf", "scan.pdf", "scan.png"}) test::copy_file(fixture(f), input_ / (std::string("ph-0001/") + f));
    for (const char* f : {"encrypted.pdf", "empty.pdf", "letter.docx"}) test::copy_file(fixture(f), input_ / (std::string("bad-0002/") + f));
    test::copy_file(fixture("blank.pdf"), input_ / "loose-blank.pdf");
  }

  test::CommandResult run(const std::string& args) {
    return test::run_command(test::shell_quote(test::credcheck_exe()) + " run " + test::shell_quote(input_.path()) + " --out " +
                             test::shell_quote(out_.path() + "/out") + " --no-progress " + args);
  }

  std::map<std::string, std::string> input_hashes() {
    std::map<std::string, std::string> hashes;
    for (auto& e : fs::recursive_directory_iterator(input_.path()))
      if (e.is_regular_file()) hashes[e.path().string()] = *sha256_file(e.path().string());
    return hashes;
  }

  test::TempDir input_, out_;
};

TEST_F(CliTest, WritesDossiersSummaryAndTextAndKeepsInputs) {
  const auto before = input_hashes();
  auto r = run("--jobs 2 --as-of 2026-11-01");
  EXPECT_EQ(r.exit_code, 3) << r.output;  // some documents failed
  EXPECT_EQ(input_hashes(), before) << "the input folder must not change";

  const std::string out = out_.path() + "/out";
  const json d = test::read_json(out + "/ph-0001/dossier.json");
  EXPECT_EQ(d["schema"], "credcheck.dossier/1");
  EXPECT_EQ(d["as_of"], "2026-11-01");
  EXPECT_EQ(d["candidate"]["id"], "ph-0001");
  std::map<std::string, json> docs;
  for (const auto& doc : d["documents"]) docs[doc["file"]] = doc;
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs["text.pdf"]["text_source"], "text_layer");
  EXPECT_TRUE(docs["text.pdf"]["ocr_confidence"].is_null());
  EXPECT_EQ(docs["scan.pdf"]["text_source"], "ocr");
  EXPECT_GT(docs["scan.pdf"]["ocr_confidence"].get<double>(), 0.8);
  EXPECT_EQ(docs["scan.png"]["text_source"], "ocr");
  for (auto& [name, doc] : docs) {
    EXPECT_TRUE(doc["error"].is_null()) << name;
    EXPECT_EQ(doc["sha256"].get<std::string>().size(), 64u);
    EXPECT_EQ(doc["pages"], 1);
  }
  EXPECT_NE(test::read_file(out + "/ph-0001/text/scan.pdf.txt").find("Organic Chemistry"), std::string::npos);

  const json bad = test::read_json(out + "/bad-0002/dossier.json");
  std::map<std::string, std::string> codes;
  for (const auto& doc : bad["documents"]) codes[doc["file"]] = doc["error"]["code"];
  EXPECT_EQ(codes["encrypted.pdf"], "encrypted");
  EXPECT_EQ(codes["empty.pdf"], "empty_file");
  EXPECT_EQ(codes["letter.docx"], "unsupported_format");

  const json summary = test::read_json(out + "/summary.json");
  EXPECT_EQ(summary["totals"]["candidates"], 3);
  EXPECT_EQ(summary["totals"]["documents"], 7);
  EXPECT_EQ(summary["totals"]["documents_failed"], 3);
  bool found_bad = false;
  for (const auto& c : summary["candidates"])
    if (c["id"] == "bad-0002") {
      found_bad = true;
      EXPECT_EQ(c["document_errors"].size(), 3u);
    }
  EXPECT_TRUE(found_bad);
  const std::string csv = test::read_file(out + "/summary.csv");
  EXPECT_NE(csv.find("bad-0002"), std::string::npos);
  EXPECT_NE(csv.find("encrypted.pdf: encrypted"), std::string::npos);
  EXPECT_NE(csv.find("loose-blank"), std::string::npos);
}

TEST_F(CliTest, JsonLogLinesAreJson) {
  auto r = run("--jobs 1 --log-format json");
  EXPECT_EQ(r.exit_code, 3) << r.output;
  size_t lines = 0;
  std::istringstream in(r.output);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const json j = json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    EXPECT_TRUE(j.contains("level") && j.contains("msg") && j.contains("time")) << line;
    ++lines;
  }
  EXPECT_GE(lines, 3u);
}

TEST_F(CliTest, ExitCodesFollowTheTable) {
  const std::string exe = test::shell_quote(test::credcheck_exe());
  EXPECT_EQ(test::run_command(exe + " run " + test::shell_quote(input_.path())).exit_code, 2);  // no --out
  EXPECT_EQ(run("--as-of 01/11/2026").exit_code, 2);
  EXPECT_EQ(test::run_command(exe + " frobnicate").exit_code, 2);
  EXPECT_EQ(test::run_command(exe + " run " + test::shell_quote(input_.path()) + " --out " +
                              test::shell_quote(input_.path() + "/out"))
                .exit_code,
            2);  // OUT inside INPUT
  EXPECT_EQ(test::run_command(exe + " run " + test::shell_quote(input_.path()) + " --out /proc/credcheck/out").exit_code, 4);
  EXPECT_EQ(test::run_command(exe + " --help").exit_code, 0);

  test::TempDir good;
  test::copy_file(fixture("text.pdf"), good / "c1/text.pdf");
  EXPECT_EQ(test::run_command(exe + " run " + test::shell_quote(good.path()) + " --no-progress --out " + test::shell_quote(out_.path() + "/good")).exit_code, 0);
}

}  // namespace
}  // namespace cc
