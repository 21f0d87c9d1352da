// The watch daemon's scheduling in-process (pipeline/watch/watch_daemon.h), round by round, with
// fake ports: real files in a temporary inbox, the real ledger (SQLite and PostgreSQL), scanner, page cache and
// candidate flow; a FakeReader instead of the worker pool and a FakeCropSource instead of the
// crop worker. The daemon as a process is tested in tests/watch/.
#include "pipeline/watch/watch_daemon.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "core/output_files.h"
#include "pipeline/watch/state_db.h"
#include "pipeline/watch/watch_paths.h"
#include "tests/pipeline/fake_ports.h"
#include "tests/support/state_engines.h"
#include "tests/support/test_support.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

constexpr double kSettle = 0.3;

void write(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

void wait_past_settle() { std::this_thread::sleep_for(std::chrono::duration<double>(kSettle + 0.15)); }

struct Rounds {
  test::TempDir dir;
  std::shared_ptr<test::FakeReader> reader = std::make_shared<test::FakeReader>();
  std::unique_ptr<WatchDaemon> daemon;
  std::string inbox = dir / "inbox", out = dir / "out";
  std::string state_file;  // as resolved

  // `state`: empty for the default SQLite file under OUT, or a postgresql:// URL.
  explicit Rounds(const std::string& state) {
    fs::create_directories(inbox);
    reader->canned["diploma.pdf"] = test::diploma();
    reader->canned["letter.pdf"] = test::employment_letter();
    reader->canned["scan.pdf"] = test::failed_document(ErrorCode::corrupt, "the parser cannot make sense of it (fake)");
    WatchOptions o;
    o.inbox = inbox;
    o.out_dir = out;
    o.settle_seconds = kSettle;
    o.poll = true;
    o.as_of = "2026-11-01";
    o.state_file = state;
    EXPECT_TRUE(resolve_watch_paths(o));
    state_file = o.state_file;
    for (const auto& d : {o.out_dir, is_postgres_url(o.state_file) ? o.out_dir : fs::path(o.state_file).parent_path().string(), o.cache_dir})
      EXPECT_TRUE(ensure_directory(d));
    auto rules = load_ruleset(test::source_dir() + "/rules/boards-2026.12");
    auto ledger = Ledger::open(o.state_file);
    auto passwords = PasswordFile::open("");
    EXPECT_TRUE(rules && ledger && passwords);
    daemon = std::make_unique<WatchDaemon>(o, std::move(*rules), std::move(*ledger), std::move(*passwords),
                                           test::fake_ports(reader));
  }
  std::string dossier(const std::string& id) const { return out + "/" + id + "/dossier.json"; }
};

// The same rounds on both engines of the state (SQLite, PostgreSQL).
class WatchDaemonRounds : public test::StateEngines {
 protected:
  std::string state() const { return postgres() ? test::StateEngines::state() : std::string(); }
};
CC_INSTANTIATE_STATE_ENGINES(WatchDaemonRounds);

TEST_P(WatchDaemonRounds, TakesACandidateOnlyOnceAllItsFilesHaveSettled) {
  Rounds w(state());
  write(w.inbox + "/ng-1/diploma.pdf", "%PDF-1.4 diploma");
  auto r = w.daemon->round();  // first sight: settling
  EXPECT_EQ(r.settling_files, 1u);
  EXPECT_TRUE(w.reader->asked().empty());

  wait_past_settle();
  write(w.inbox + "/ng-1/letter.pdf", "%PDF-1.4 letter");
  r = w.daemon->round();  // the diploma has settled and is read; the letter is still arriving
  EXPECT_TRUE(r.did_work);
  EXPECT_EQ(r.settling_files, 1u);
  EXPECT_EQ(w.reader->asked(), std::vector<std::string>{"diploma.pdf"});
  EXPECT_FALSE(fs::exists(w.dossier("ng-1"))) << "evaluated while one of its files was still settling";
  EXPECT_EQ(w.daemon->dossiers_written(), 0u);

  wait_past_settle();
  r = w.daemon->round();  // the letter has settled: read, then the candidate evaluated with both
  EXPECT_EQ(r.settling_files, 0u);
  EXPECT_EQ(w.reader->asked(), (std::vector<std::string>{"diploma.pdf", "letter.pdf"}));
  ASSERT_TRUE(fs::exists(w.dossier("ng-1")));
  EXPECT_EQ(test::read_json(w.dossier("ng-1"))["documents"].size(), 2u);
  EXPECT_TRUE(fs::exists(w.out + "/ng-1/history/dossier-1.json"));
  EXPECT_TRUE(fs::exists(w.out + "/ng-1/dossier.html"));
  EXPECT_EQ(w.daemon->dossiers_written(), 1u);
  // Its inputs went to the archive once the dossier was written.
  EXPECT_FALSE(fs::exists(w.inbox + "/ng-1/diploma.pdf"));
  EXPECT_TRUE(fs::exists(w.out + "/.credcheck/archive/ng-1/diploma.pdf"));

  r = w.daemon->round();  // nothing new: nothing read again, no new version
  EXPECT_FALSE(r.did_work);
  EXPECT_EQ(w.reader->asked().size(), 2u);
  EXPECT_EQ(w.daemon->dossiers_written(), 1u);
}

TEST_P(WatchDaemonRounds, AFailedDocumentIsInTheDossierAndItsFileQuarantined) {
  Rounds w(state());
  write(w.inbox + "/ng-2/letter.pdf", "%PDF-1.4 letter");
  write(w.inbox + "/ng-2/scan.pdf", "%PDF-1.4 scan");
  w.daemon->round();
  wait_past_settle();
  w.daemon->round();
  ASSERT_TRUE(fs::exists(w.dossier("ng-2")));
  const auto dossier = test::read_json(w.dossier("ng-2"));
  ASSERT_EQ(dossier["documents"].size(), 2u);
  EXPECT_EQ(dossier["documents"][1]["file"], "scan.pdf");
  EXPECT_EQ(dossier["documents"][1]["error"]["code"], "corrupt");
  EXPECT_TRUE(fs::exists(w.out + "/.credcheck/quarantine/ng-2/scan.pdf"));
  EXPECT_TRUE(fs::exists(w.out + "/.credcheck/archive/ng-2/letter.pdf"));
}

TEST_P(WatchDaemonRounds, ALaterDocumentMakesANewVersionWithoutReadingTheOthersAgain) {
  Rounds w(state());
  write(w.inbox + "/ng-3/diploma.pdf", "%PDF-1.4 diploma");
  w.daemon->round();
  wait_past_settle();
  w.daemon->round();
  ASSERT_TRUE(fs::exists(w.out + "/ng-3/history/dossier-1.json"));
  write(w.inbox + "/ng-3/letter.pdf", "%PDF-1.4 letter");
  w.daemon->round();
  wait_past_settle();
  w.daemon->round();
  EXPECT_EQ(w.reader->asked(), (std::vector<std::string>{"diploma.pdf", "letter.pdf"}));  // the diploma from the page cache
  EXPECT_TRUE(fs::exists(w.out + "/ng-3/history/dossier-2.json"));
  EXPECT_EQ(test::read_json(w.dossier("ng-3"))["documents"].size(), 2u);
}

// What the daemon does when the ledger or the file system fails, on SQLite (a trigger makes the
// ledger refuse one file, as a database that cannot record it would).
void exec_sql(const std::string& state_file, const std::string& sql) {
  auto db = Database::open(state_file);
  ASSERT_TRUE(db) << db.error().message;
  ASSERT_TRUE(db->exec(sql)) << sql;
}

constexpr const char* kRejectLetter =
    "CREATE TRIGGER reject_letter BEFORE INSERT ON documents WHEN NEW.name='letter.pdf' "
    "BEGIN SELECT RAISE(ABORT, 'the test rejects letter.pdf'); END";

TEST(WatchDaemonFailures, ALedgerThatCannotTakeAFileInterruptsTheRoundAndTheNextTakesIt) {
  Rounds w("");
  write(w.inbox + "/ng-4/letter.pdf", "%PDF-1.4 letter");
  w.daemon->round();
  wait_past_settle();
  exec_sql(w.state_file, kRejectLetter);
  auto r = w.daemon->round();
  EXPECT_TRUE(r.interrupted) << "a take the ledger failed must not let the round count as idle";
  EXPECT_TRUE(w.reader->asked().empty());
  exec_sql(w.state_file, "DROP TRIGGER reject_letter");
  r = w.daemon->round();
  EXPECT_FALSE(r.interrupted);
  EXPECT_TRUE(r.did_work);
  EXPECT_EQ(w.reader->asked(), std::vector<std::string>{"letter.pdf"});
  EXPECT_TRUE(fs::exists(w.dossier("ng-4")));
}

TEST(WatchDaemonFailures, AFileTheLedgerKeepsRejectingIsSetAsideSoTheDaemonCanGoIdle) {
  Rounds w("");
  write(w.inbox + "/ng-5/letter.pdf", "%PDF-1.4 letter");
  write(w.inbox + "/ng-5/diploma.pdf", "%PDF-1.4 diploma");
  w.daemon->round();
  wait_past_settle();
  exec_sql(w.state_file, kRejectLetter);
  int interrupted = 0, rounds = 0;
  bool idle = false;
  while (!idle && rounds < 20) {
    const auto r = w.daemon->round();
    ++rounds;
    interrupted += r.interrupted;
    idle = !r.did_work && !r.interrupted;
  }
  EXPECT_TRUE(idle) << "the rejected file kept every round busy (" << rounds << " rounds): --until-idle would never end";
  EXPECT_GE(interrupted, 1);
  EXPECT_LE(rounds, 8);
  EXPECT_TRUE(fs::exists(w.inbox + "/ng-5/letter.pdf")) << "left in the inbox";
  EXPECT_EQ(w.reader->asked(), std::vector<std::string>{"diploma.pdf"});
}

TEST(WatchDaemonFailures, AMoveThatKeepsFailingWaitsForItsBackOffInsteadOfSpinning) {
  Rounds w("");
  // A file where the candidate's archive folder should be: every move into it fails.
  write(w.out + "/.credcheck/archive/ng-6", "not a folder");
  write(w.inbox + "/ng-6/letter.pdf", "%PDF-1.4 letter");
  w.daemon->round();
  wait_past_settle();
  auto r = w.daemon->round();  // taken, read, evaluated; its move fails
  EXPECT_TRUE(r.did_work);
  ASSERT_TRUE(fs::exists(w.dossier("ng-6")));
  EXPECT_TRUE(fs::exists(w.inbox + "/ng-6/letter.pdf"));
  r = w.daemon->round();
  EXPECT_FALSE(r.did_work) << "the failed move was tried again at once: the daemon loop would spin";
  EXPECT_FALSE(r.interrupted);
  EXPECT_FALSE(r.failed) << "a file that cannot be moved is no reason to stop the daemon";
  EXPECT_TRUE(fs::exists(w.inbox + "/ng-6/letter.pdf"));
}

TEST(WatchDaemonFailures, AFileWhoseNameIsNotUtf8IsQuarantinedWithThatReason) {
  Rounds w("");
  const std::string name = "caf\xe9.pdf";  // Latin-1
  write(w.inbox + "/ng-7/" + name, "%PDF-1.4 letter");
  w.daemon->round();
  wait_past_settle();
  w.daemon->round();
  EXPECT_TRUE(w.reader->asked().empty()) << "never sent to a worker";
  EXPECT_FALSE(fs::exists(w.inbox + "/ng-7/" + name));
  const std::string quarantined = w.out + "/.credcheck/quarantine/ng-7/" + name;
  EXPECT_TRUE(fs::exists(quarantined));
  std::ifstream note(quarantined + ".error.txt");
  const std::string text((std::istreambuf_iterator<char>(note)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("file_name_not_utf8"), std::string::npos) << text;
  EXPECT_EQ(text.find("truncated"), std::string::npos) << text;
}

}  // namespace
}  // namespace cc
