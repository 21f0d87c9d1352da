// Volume: 500 files dropped into the inbox at once are all processed, none lost, and the ledger
// and the output agree file by file. And the page cache seen from `credcheck run`: rerunning an
// unchanged batch reads nothing and writes the same dossiers.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>
#include <iostream>
#include <map>

#include "pipeline/watch/ledger.h"
#include "tests/watch/watch_test_env.h"

namespace cc::test {
namespace {
namespace fs = std::filesystem;

TEST(WatchLoad, FiveHundredFilesDroppedAtOnceAreAllProcessed) {
  WatchEnv env;
  const int candidates = 100, per_candidate = 5;
  const std::string staging = env.tmp / "staging";
  for (int c = 0; c < candidates; ++c)
    for (int f = 0; f < per_candidate; ++f) {
      char id[32];
      snprintf(id, sizeof id, "cand-%03d", c);
      write_file(staging + "/" + id + "/doc" + std::to_string(f) + ".pdf",
                 tiny_pdf({"Certificate of Employment", std::string("Candidate ") + id + " document " + std::to_string(f)}));
    }
  DaemonProcess d;
  d.start(env.args({"--batch", "64"}), env.log);
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto& e : fs::directory_iterator(staging)) fs::rename(e.path(), env.inbox + "/" + e.path().filename().string());
  ASSERT_TRUE(wait_until(
      [&] {
        const auto st = env.status();
        return st.is_object() && st["documents"]["done"] == candidates * per_candidate && files_under(env.inbox).empty() &&
               st["candidates"]["with_dossier"] == candidates;
      },
      200))
      << env.log_text();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(30), 0);
  std::cout << "500 files: all processed in " << seconds << " s\n";
  RecordProperty("seconds", std::to_string(seconds));

  EXPECT_EQ(files_under(env.archive()).size(), static_cast<size_t>(candidates * per_candidate));
  auto ledger = Ledger::open(env.state(), true);
  ASSERT_TRUE(ledger);
  auto rows = ledger->all_documents();
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), static_cast<size_t>(candidates * per_candidate));
  std::map<std::string, nlohmann::json> dossiers;
  for (const auto& row : *rows) {
    EXPECT_EQ(row.state, "done") << row.candidate << "/" << row.name;
    EXPECT_TRUE(fs::exists(row.dest_path)) << row.dest_path;
    if (!dossiers.count(row.candidate)) dossiers[row.candidate] = read_json(env.out + "/" + row.candidate + "/dossier.json");
    bool listed = false;
    for (const auto& doc : dossiers[row.candidate]["documents"])
      listed = listed || (doc["file"] == row.name && doc["sha256"] == row.sha256 && doc["error"].is_null());
    EXPECT_TRUE(listed) << row.candidate << "/" << row.name;
  }
  ASSERT_EQ(dossiers.size(), static_cast<size_t>(candidates));
  for (const auto& [id, j] : dossiers) EXPECT_EQ(j["documents"].size(), static_cast<size_t>(per_candidate)) << id;
}

// The PNGs a dossier.html embeds, in order.
std::vector<std::string> embedded_pictures(const std::string& html_path) {
  std::ifstream in(html_path);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> out;
  const std::string marker = "data:image/png;base64,";
  for (size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1))
    out.push_back(html.substr(at, html.find('"', at) - at));
  return out;
}

TEST(RunCache, RerunningAnUnchangedBatchReadsNothingAndWritesTheSameDossiers) {
  TempDir tmp;
  const std::string cmd = shell_quote(credcheck_exe()) + " run " + shell_quote(packets_dir()) + " --out " + shell_quote(tmp / "out") +
                          " --as-of 2026-11-01 -j 2 --no-progress 2>&1";
  auto first = run_command(cmd);
  ASSERT_EQ(first.exit_code, 0) << first.output;
  std::map<std::string, std::string> before;
  std::map<std::string, std::vector<std::string>> pictures_before;
  for (const auto& e : fs::directory_iterator(tmp / "out"))
    if (e.is_directory() && e.path().filename().string()[0] != '.') {
      before[e.path().filename().string()] = dossier_without_timestamp(e.path().string() + "/dossier.json");
      pictures_before[e.path().filename().string()] = embedded_pictures(e.path().string() + "/dossier.html");
    }
  EXPECT_NE(first.output.find(" 0 of "), std::string::npos) << first.output;
  auto second = run_command(cmd);
  ASSERT_EQ(second.exit_code, 0) << second.output;
  const size_t files = files_under(packets_dir()).size();
  EXPECT_NE(second.output.find(std::to_string(files) + " of " + std::to_string(files) + " documents from the page cache"), std::string::npos)
      << second.output;
  for (const auto& [id, dossier] : before) EXPECT_EQ(dossier_without_timestamp(tmp / "out" + "/" + id + "/dossier.json"), dossier) << id;
  // The evidence crops of dossier.html come from the crop cache too: none is rendered again.
  EXPECT_EQ(first.output.find("evidence crops: 0 rendered"), std::string::npos) << first.output;
  EXPECT_NE(second.output.find("evidence crops: 0 rendered, "), std::string::npos) << second.output;
  EXPECT_EQ(second.output.find(", 0 from the crop cache"), std::string::npos) << second.output;
  for (const auto& [id, pictures] : pictures_before) {
    EXPECT_FALSE(pictures.empty()) << id;
    EXPECT_EQ(embedded_pictures(tmp / "out" + "/" + id + "/dossier.html"), pictures) << id;
  }
  // --no-cache reads everything again.
  auto third = run_command(cmd + " --no-cache");
  EXPECT_EQ(third.output.find("from the page cache"), std::string::npos);
}

}  // namespace
}  // namespace cc::test
