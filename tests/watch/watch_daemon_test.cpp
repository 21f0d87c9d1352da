// The real daemon, started as a process over a real inbox: packets dropped at once and one by one,
// a file written slowly in chunks, a corrupt file, refusals, the same file twice, a candidate that
// gains a document later, SIGTERM, and `credcheck status`.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "core/sha256.h"
#include "tests/watch/watch_test_env.h"

namespace cc::test {
namespace {
namespace fs = std::filesystem;

void sleep_s(double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); }

// How many evidence pictures a dossier.html embeds (0 when it is missing).
size_t pictures_in(const std::string& html_path) {
  std::ifstream in(html_path);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t n = 0;
  for (size_t at = html.find("data:image/png;base64,"); at != std::string::npos; at = html.find("data:image/png;base64,", at + 1)) ++n;
  return n;
}

TEST(WatchDaemon, PacketsDroppedAtOnceGiveTheRunDossiersAndAreAllArchived) {
  WatchEnv env;
  copy_tree(packets_dir(), env.inbox);
  const auto inputs = files_under(env.inbox);
  ASSERT_GT(inputs.size(), 10u);
  DaemonProcess d;
  d.start(env.args({"--until-idle"}), env.log);
  ASSERT_EQ(d.wait(180), 0) << env.log_text();
  const auto reference = reference_dossiers(packets_dir(), env.tmp / "ref");
  ASSERT_FALSE(reference.empty());
  for (const auto& [id, dossier] : reference) {
    EXPECT_EQ(dossier_without_timestamp(env.out + "/" + id + "/dossier.json"), dossier) << id;
    EXPECT_EQ(files_under(env.out + "/" + id + "/history"), std::vector<std::string>{"dossier-1.json"}) << id;
    EXPECT_GT(pictures_in(env.out + "/" + id + "/dossier.html"), 0u) << id;  // the evaluator's page, with evidence crops
  }
  EXPECT_TRUE(files_under(env.inbox).empty());
  EXPECT_EQ(files_under(env.archive()), inputs);
  const auto st = env.status();
  EXPECT_EQ(st["documents"]["done"].get<size_t>(), inputs.size());
  EXPECT_EQ(st["candidates"]["dossier_versions"].get<size_t>(), reference.size());
}

TEST(WatchDaemon, DocumentsDroppedOneByOneAndALaterDocumentReadsOnlyTheNewOne) {
  WatchEnv env;
  DaemonProcess d;
  d.start(env.args(), env.log);
  const std::string cand = packet_with(2);
  const auto files = files_under(packets_dir() + "/" + cand);
  ASSERT_GE(files.size(), 2u);
  for (const auto& f : files) {
    copy_file(packets_dir() + "/" + cand + "/" + f, env.inbox + "/" + cand + "/" + f);
    sleep_s(0.15);
  }
  ASSERT_TRUE(wait_until([&] { return files_under(env.inbox).empty() && fs::exists(env.out + "/" + cand + "/dossier.json"); }, 60))
      << env.log_text();
  const auto before = read_json(env.out + "/" + cand + "/dossier.json");
  const size_t versions = files_under(env.out + "/" + cand + "/history").size();
  EXPECT_EQ(before["documents"].size(), files.size());

  // A letter arrives later: the candidate is evaluated again with all its documents, and only the
  // new one is read (the others are archived; their pages come from the cache).
  write_file(env.inbox + "/" + cand + "/late_letter.pdf", tiny_pdf({"To whom it may concern", "Employment certificate"}));
  const std::string next = env.out + "/" + cand + "/history/dossier-" + std::to_string(versions + 1) + ".json";
  ASSERT_TRUE(wait_until([&] { return fs::exists(next) && files_under(env.inbox).empty(); }, 60)) << env.log_text();
  const auto after = read_json(env.out + "/" + cand + "/dossier.json");
  EXPECT_EQ(after["documents"].size(), files.size() + 1);
  // The page is redone too, its crops cut from the archived files (or the crop cache).
  EXPECT_GT(pictures_in(env.out + "/" + cand + "/dossier.html"), 0u);
  EXPECT_NE(env.log_text().find(cand + ": dossier version " + std::to_string(versions + 1) + " (" +
                                std::to_string(files.size() + 1) + " documents, 1 new"),
            std::string::npos)
      << env.log_text();
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(30), 0);
}

TEST(WatchDaemon, AFileWrittenSlowlyInChunksIsTakenOnlyWhenComplete) {
  WatchEnv env;
  DaemonProcess d;
  d.start(env.args({}, "0.6"), env.log);
  const std::string cand = packet_with(1);
  ASSERT_FALSE(cand.empty());
  const std::string source = packets_dir() + "/" + cand + "/" + files_under(packets_dir() + "/" + cand)[0];
  const std::string bytes = read_file(source);
  const std::string target = env.inbox + "/slow/doc.pdf";
  fs::create_directories(env.inbox + "/slow");
  {
    std::ofstream out(target, std::ios::binary);
    const size_t chunk = bytes.size() / 8 + 1;
    for (size_t off = 0; off < bytes.size(); off += chunk) {
      out.write(bytes.data() + off, static_cast<std::streamsize>(std::min(chunk, bytes.size() - off)));
      out.flush();
      sleep_s(0.25);  // shorter than the settle time
    }
  }
  // The dossier is written first, then the file is archived and the ledger closes the document:
  // wait for the end of that journey, not only its first step (under load the steps lie apart).
  auto closed = [&] {
    auto st = env.status();
    return st.is_object() && st["documents"]["done"].get<int>() + st["documents"]["failed"].get<int>() >= 1;
  };
  ASSERT_TRUE(wait_until([&] { return fs::exists(env.out + "/slow/dossier.json") && closed(); }, 60)) << env.log_text();
  const auto dossier = read_json(env.out + "/slow/dossier.json");
  ASSERT_EQ(dossier["documents"].size(), 1u);
  const auto archived = sha256_file(env.archive() + "/slow/doc.pdf");
  ASSERT_TRUE(archived) << env.log_text();
  EXPECT_EQ(dossier["documents"][0]["sha256"], *archived);
  EXPECT_EQ(dossier["documents"][0]["sha256"], sha256_hex(bytes.data(), bytes.size()));
  EXPECT_TRUE(dossier["documents"][0]["error"].is_null());
  const auto st = env.status();
  EXPECT_EQ(st["documents"]["done"], 1);
  EXPECT_EQ(st["documents"]["failed"], 0);
  EXPECT_EQ(st["documents"]["superseded"], 0);
  d.signal(SIGINT);
  EXPECT_EQ(d.wait(30), 0);
}

TEST(WatchDaemon, CorruptFilesAndRefusedInputsGoToQuarantineWithTheReason) {
  WatchEnv env;
  write_file(env.inbox + "/c1/good.pdf", tiny_pdf({"Certificate of Employment"}));
  write_file(env.inbox + "/c1/broken.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\x01\x02 no xref");
  write_file(env.tmp / "outside/secret.pdf", tiny_pdf({"not yours"}));
  fs::create_directories(env.inbox + "/c2");
  fs::create_symlink(env.tmp / "outside/secret.pdf", env.inbox + "/c2/link.pdf");
  ASSERT_EQ(::mkfifo((env.inbox + "/c2/pipe.pdf").c_str(), 0644), 0);
  DaemonProcess d;
  d.start(env.args({"--until-idle"}), env.log);
  ASSERT_EQ(d.wait(120), 0) << env.log_text();
  EXPECT_TRUE(files_under(env.inbox).empty());
  EXPECT_EQ(files_under(env.archive()), std::vector<std::string>{"c1/good.pdf"});
  EXPECT_EQ(files_under(env.quarantine()),
            (std::vector<std::string>{"c1/broken.pdf", "c1/broken.pdf.error.txt", "c2/link.pdf", "c2/link.pdf.error.txt",
                                      "c2/pipe.pdf", "c2/pipe.pdf.error.txt"}));
  const std::string why = read_file(env.quarantine() + "/c1/broken.pdf.error.txt");
  const auto dossier = read_json(env.out + "/c1/dossier.json");
  ASSERT_EQ(dossier["documents"].size(), 2u);
  const auto& broken = dossier["documents"][0]["file"] == "broken.pdf" ? dossier["documents"][0] : dossier["documents"][1];
  ASSERT_TRUE(broken["error"].is_object());
  EXPECT_NE(why.find(broken["error"]["code"].get<std::string>()), std::string::npos) << why;
  EXPECT_NE(read_file(env.quarantine() + "/c2/link.pdf.error.txt").find("symlink"), std::string::npos);
  EXPECT_NE(read_file(env.quarantine() + "/c2/pipe.pdf.error.txt").find("not a regular file"), std::string::npos);
  EXPECT_TRUE(fs::exists(env.tmp / "outside/secret.pdf"));  // a link's target is never touched
  EXPECT_FALSE(fs::exists(env.out + "/c2/dossier.json"));
}

TEST(WatchDaemon, TheSameFileTwiceIsReadAndEvaluatedOnce) {
  WatchEnv env;
  const std::string pdf = tiny_pdf({"Diploma", "Bachelor of Science in Medical Technology"});
  DaemonProcess d;
  d.start(env.args(), env.log);
  write_file(env.inbox + "/c1/diploma.pdf", pdf);
  ASSERT_TRUE(wait_until([&] { return files_under(env.archive()).size() == 1; }, 60)) << env.log_text();
  write_file(env.inbox + "/c1/diploma.pdf", pdf);
  ASSERT_TRUE(wait_until([&] { return files_under(env.archive()).size() == 2; }, 60)) << env.log_text();
  sleep_s(1.0);
  EXPECT_EQ(files_under(env.out + "/c1/history"), std::vector<std::string>{"dossier-1.json"});
  const auto st = env.status();
  EXPECT_EQ(st["documents"]["duplicate"], 1);
  EXPECT_EQ(st["documents"]["done"], 1);
  EXPECT_TRUE(files_under(env.inbox).empty());
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(30), 0);
}

TEST(WatchDaemon, AnEncryptedFileReadsOnceItsPasswordIsAddedAndItIsDroppedAgain) {
  if (run_command("command -v qpdf").exit_code != 0) GTEST_SKIP() << "qpdf is not installed (scripts/setup.sh --tests)";
  WatchEnv env;
  const std::string gen = env.tmp / "encrypted", passwords = env.tmp / "passwords.tsv";
  const auto made = run_command(python() + " " + shell_quote(source_dir() + "/samples/encrypted_fixtures.py") + " --out " + shell_quote(gen));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  write_file(passwords, "# c1's password is not known yet\n");
  DaemonProcess d;
  d.start(env.args({"--passwords", passwords}), env.log);
  copy_file(gen + "/r4-aes.pdf", env.inbox + "/c1/transcript.pdf");
  ASSERT_TRUE(wait_until([&] { return fs::exists(env.quarantine() + "/c1/transcript.pdf.error.txt"); }, 60)) << env.log_text();
  EXPECT_NE(read_file(env.quarantine() + "/c1/transcript.pdf.error.txt").find("error: encrypted"), std::string::npos);

  // The agency adds the password (the running daemon reads the file again) and drops the file anew.
  write_file(passwords, "c1\tplain-pw\n");
  copy_file(gen + "/r4-aes.pdf", env.inbox + "/c1/transcript.pdf");
  ASSERT_TRUE(wait_until([&] { return fs::exists(env.archive() + "/c1/transcript.pdf"); }, 60)) << env.log_text();
  ASSERT_TRUE(wait_until([&] { return fs::exists(env.out + "/c1/history/dossier-2.json"); }, 30)) << env.log_text();
  const auto dossier = read_json(env.out + "/c1/dossier.json");
  ASSERT_EQ(dossier["documents"].size(), 1u) << dossier.dump(1);
  EXPECT_TRUE(dossier["documents"][0]["error"].is_null()) << dossier["documents"][0].dump(1);
  EXPECT_EQ(dossier["documents"][0]["pages"], 1);
  const auto st = env.status();
  EXPECT_EQ(st["documents"]["superseded"], 1) << st.dump(1);
  EXPECT_EQ(st["documents"]["duplicate"], 0) << st.dump(1);
  EXPECT_EQ(env.log_text().find("plain-pw"), std::string::npos);  // never logged
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(30), 0);
}

TEST(WatchDaemon, SigtermStopsCleanlyAndARestartFinishesTheWork) {
  WatchEnv env;
  copy_tree(packets_dir(), env.inbox);
  const auto inputs = files_under(env.inbox);
  DaemonProcess d;
  d.start(env.args({"--batch", "2"}), env.log);
  ASSERT_TRUE(wait_until([&] { return files_under(env.archive()).size() >= 2; }, 60)) << env.log_text();
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(60), 0) << env.log_text();
  EXPECT_NE(env.log_text().find("stopping on signal"), std::string::npos);
  DaemonProcess again;
  again.start(env.args({"--until-idle"}), env.log);
  ASSERT_EQ(again.wait(180), 0) << env.log_text();
  EXPECT_TRUE(files_under(env.inbox).empty());
  EXPECT_EQ(files_under(env.archive()), inputs);
  for (const auto& e : fs::directory_iterator(env.out)) {
    if (!e.is_directory() || e.path().filename().string()[0] == '.') continue;
    EXPECT_EQ(files_under(e.path().string() + "/history"), std::vector<std::string>{"dossier-1.json"}) << e.path();
  }
}

TEST(WatchDaemon, RefusesAnOutputFolderInsideTheInboxAndTheReverse) {
  WatchEnv env;
  auto inside = run_command(shell_quote(credcheck_exe()) + " watch " + shell_quote(env.inbox) + " --out " + shell_quote(env.inbox + "/out") + " --until-idle 2>&1");
  EXPECT_EQ(inside.exit_code, 2) << inside.output;
  EXPECT_NE(inside.output.find("inside the inbox"), std::string::npos);
  auto reverse = run_command(shell_quote(credcheck_exe()) + " watch " + shell_quote(env.inbox) + " --out " + shell_quote(env.tmp.path()) + " --until-idle 2>&1");
  EXPECT_EQ(reverse.exit_code, 2) << reverse.output;
}

TEST(WatchDaemon, StatusShowsQueueFailuresAndRates) {
  WatchEnv env;
  write_file(env.inbox + "/c1/good.pdf", tiny_pdf({"Certificate of Employment"}));
  write_file(env.inbox + "/c1/notes.pdf", "this is plain text, not a PDF");
  DaemonProcess d;
  d.start(env.args({"--until-idle"}), env.log);
  ASSERT_EQ(d.wait(60), 0) << env.log_text();
  auto r = run_command(shell_quote(credcheck_exe()) + " status --state " + shell_quote(env.state()) + " 2>&1");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("done 1 failed 1"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("c1/notes.pdf  not_a_document"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("last_5_min: 2 documents finished"), std::string::npos) << r.output;
  EXPECT_NE(read_file(env.out + "/.credcheck/watch.log").find("c1: dossier version 1"), std::string::npos);
}

}  // namespace
}  // namespace cc::test
