// Every file of ../shared/corpus (real PDFs and images from other projects' test suites) through
// `credcheck run`, as loose files of one batch: each must come out processed or rejected with a
// clear error as MANIFEST.tsv says; none may crash a worker, hang past the limits or stop the batch.
// Skips with a message when ../shared is absent (a user's clone); CI always has it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "tests/support/test_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct ManifestRow {
  std::string path, expected;
};

std::vector<ManifestRow> read_manifest(const std::string& file) {
  std::vector<ManifestRow> rows;
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> cols;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) cols.push_back(line.substr(start, tab - start));
    cols.push_back(line.substr(start));
    if (cols.size() >= 5) rows.push_back({cols[0], cols[4]});
  }
  return rows;
}

TEST(Corpus, EveryFileProcessedOrRejectedAsTheManifestSays) {
  const std::string corpus = test::shared_dir() + "/corpus";
  if (!fs::exists(corpus + "/MANIFEST.tsv")) GTEST_SKIP() << "../shared/corpus not found beside the checkout: corpus test skipped";
  const auto rows = read_manifest(corpus + "/MANIFEST.tsv");
  ASSERT_GE(rows.size(), 80u);

  // One folder per file keeps candidate ids unambiguous (linn.pdf and linn.png share a stem).
  test::TempDir input, out;
  std::map<std::string, std::string> candidate_of;  // manifest path -> candidate id
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string id = "c" + std::to_string(1000 + i);
    test::copy_file(corpus + "/" + rows[i].path, input / (id + "/" + fs::path(rows[i].path).filename().string()));
    candidate_of[rows[i].path] = id;
  }
  const auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " run " + test::shell_quote(input.path()) +
                                   " --out " + test::shell_quote(out.path()) +
                                   " --no-progress --jobs 2");
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 3) << r.output;

  const std::set<std::string> crash_codes = {"worker_crashed", "worker_protocol", "internal"};
  int processed = 0, rejected = 0;
  for (const auto& row : rows) {
    SCOPED_TRACE(row.path);
    const json d = test::read_json(out / (candidate_of[row.path] + "/dossier.json"));
    ASSERT_EQ(d["documents"].size(), 1u);
    const json& error = d["documents"][0]["error"];
    if (row.expected == "reject") {
      ASSERT_FALSE(error.is_null()) << "should be rejected";
      EXPECT_FALSE(error["message"].get<std::string>().empty());
      ++rejected;
    } else {
      EXPECT_TRUE(error.is_null()) << "should be processed: " << error.dump();
      EXPECT_GE(d["documents"][0]["pages"].get<int>(), 1);
      ++processed;
    }
    if (!error.is_null()) {
      EXPECT_EQ(crash_codes.count(error["code"].get<std::string>()), 0u) << error.dump();
    }
  }
  const json summary = test::read_json(out / "summary.json");
  EXPECT_EQ(summary["totals"]["candidates"].get<size_t>(), rows.size());
  std::cout << "corpus: " << processed << " processed, " << rejected << " rejected, " << summary["totals"]["pages"]
            << " pages in " << summary["totals"]["seconds"] << " s\n";
}

}  // namespace
}  // namespace cc
