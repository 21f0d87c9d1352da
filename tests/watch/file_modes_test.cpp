// Everything credcheck writes holds personal data: under umask 000, `credcheck run` (dossiers, text
// dumps, summary, page and crop caches) and a `credcheck watch` pass that archives and quarantines
// (dossiers, history, caches, the SQLite ledger with its -wal and -shm, lock, log, archived and
// quarantined inputs, error notes) leave only 0640 files and 0750 folders (core/private_files.h).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/watch/watch_test_env.h"

namespace cc::test {
namespace {
namespace fs = std::filesystem;

mode_t mode_of(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 07777;
}

// Every folder (the root included) and file under `root` whose mode is not 0750 / 0640, as
// "path mode"; symlinks (quarantined, never followed) have no mode of their own and are skipped.
// `seen` counts what was checked.
std::vector<std::string> wrong_modes(const std::string& root, size_t& seen) {
  std::vector<std::string> wrong;
  auto check = [&](const fs::path& p) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || S_ISLNK(st.st_mode)) return;
    ++seen;
    const mode_t mode = st.st_mode & 07777;
    const mode_t want = S_ISDIR(st.st_mode) ? 0750 : 0640;
    if ((mode & 027) != 0 || mode != want) {
      char buf[16];
      snprintf(buf, sizeof buf, " %04o", static_cast<unsigned>(mode));
      wrong.push_back(p.string() + buf);
    }
  };
  check(root);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    check(it->path());
  EXPECT_FALSE(ec) << root << ": " << ec.message();
  return wrong;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + "\n";
  return s;
}

class FileModes : public ::testing::Test {
 protected:
  void SetUp() override { old_umask_ = ::umask(0); }  // inherited by the credcheck processes
  void TearDown() override { ::umask(old_umask_); }
  mode_t old_umask_ = 022;
};

TEST_F(FileModes, RunWritesOnly0640FilesAnd0750FoldersUnderUmask000) {
  TempDir tmp;
  const std::string cand = packet_with(2);
  ASSERT_FALSE(cand.empty());
  copy_tree(packets_dir() + "/" + cand, tmp / ("input/" + cand));
  const std::string out = tmp / "out/nested";  // credcheck creates both folders
  const std::string cmd = shell_quote(credcheck_exe()) + " run " + shell_quote(tmp / "input") + " --out " + shell_quote(out) +
                          " --as-of 2026-11-01 -j 2 --no-progress";
  auto r = run_command(cmd);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // What must be there for the check to mean something: dossiers, page and crop caches, summary.
  ASSERT_TRUE(fs::exists(out + "/" + cand + "/dossier.html"));
  ASSERT_TRUE(fs::exists(out + "/summary.csv"));
  size_t cache_entries = 0, crop_entries = 0;
  for (const auto& e : fs::recursive_directory_iterator(out + "/.credcheck/cache")) {
    const std::string name = e.path().filename().string();
    if (!e.is_regular_file()) continue;
    (name.find("-crops.json") != std::string::npos ? crop_entries : cache_entries)++;
  }
  EXPECT_GT(cache_entries, 0u);
  EXPECT_GT(crop_entries, 0u);
  size_t seen = 0;
  EXPECT_EQ(joined(wrong_modes(tmp / "out", seen)), "");
  EXPECT_GT(seen, 10u);
  // A second run over the same folder (cache hits, files replaced) keeps them so.
  r = run_command(cmd);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  seen = 0;
  EXPECT_EQ(joined(wrong_modes(tmp / "out", seen)), "");
}

TEST_F(FileModes, WatchArchiveQuarantineLedgerAndCachesAre0640And0750UnderUmask000) {
  WatchEnv env;
  const std::string cand = packet_with(1);
  ASSERT_FALSE(cand.empty());
  copy_tree(packets_dir() + "/" + cand, env.inbox + "/" + cand);
  for (const auto& f : files_under(env.inbox)) ASSERT_EQ(::chmod((env.inbox + "/" + f).c_str(), 0666), 0);
  write_file(env.inbox + "/c1/good.pdf", tiny_pdf({"Certificate of Employment"}));  // 0666 under umask 000
  write_file(env.inbox + "/c1/broken.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\x01\x02 no xref");
  ASSERT_EQ(mode_of(env.inbox + "/c1/good.pdf"), 0666u);
  write_file(env.tmp / "outside/secret.pdf", tiny_pdf({"not yours"}));
  ASSERT_EQ(::chmod((env.tmp / "outside/secret.pdf").c_str(), 0644), 0);
  fs::create_directories(env.inbox + "/c2");
  fs::create_symlink(env.tmp / "outside/secret.pdf", env.inbox + "/c2/link.pdf");
  ASSERT_EQ(::mkfifo((env.inbox + "/c2/pipe.pdf").c_str(), 0666), 0);
  const size_t inputs = files_under(env.inbox).size();

  DaemonProcess d;
  d.start(env.args(), env.log);
  auto all_dealt_with = [&] {
    auto st = env.status();
    if (!st.is_object()) return false;
    const auto& docs = st["documents"];
    const size_t settled = docs["done"].get<size_t>() + docs["failed"].get<size_t>() + docs["refused"].get<size_t>() +
                           docs["duplicate"].get<size_t>();
    return settled == inputs && files_under(env.inbox).empty() && fs::exists(env.quarantine() + "/c1/broken.pdf.error.txt");
  };
  ASSERT_TRUE(wait_until(all_dealt_with, 120)) << env.log_text();
  // While the daemon runs the ledger is open in WAL mode: its -wal and -shm are there.
  EXPECT_TRUE(fs::exists(env.state() + "-wal"));
  EXPECT_TRUE(fs::exists(env.state() + "-shm"));
  for (const std::string& f : {env.archive() + "/c1/good.pdf", env.quarantine() + "/c1/broken.pdf", env.quarantine() + "/c2/pipe.pdf",
                               env.state(), env.state() + ".lock", env.out + "/.credcheck/watch.log", env.out + "/c1/dossier.html"})
    EXPECT_EQ(mode_of(f), 0640u) << f;
  EXPECT_EQ(mode_of(env.tmp / "outside/secret.pdf"), 0644u) << "a quarantined link's target is not ours to change";
  size_t seen = 0;
  EXPECT_EQ(joined(wrong_modes(env.out, seen)), "") << env.log_text();
  EXPECT_GT(seen, 20u);
  d.signal(SIGTERM);
  ASSERT_EQ(d.wait(30), 0) << env.log_text();
  seen = 0;
  EXPECT_EQ(joined(wrong_modes(env.out, seen)), "");
}

}  // namespace
}  // namespace cc::test
