// Claims, leases and fencing (pipeline/watch/ledger.h) with two daemons' ledgers on one state, on
// both engines: a live lease keeps others off, an expired one is taken over with a new token, and
// the stale token records nothing; the heartbeat keeps a lease alive. Then intake on a shared
// inbox (PostgreSQL) and the schema's versions (a newer one is refused, an old file migrated).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "pipeline/watch/lease_keeper.h"
#include "pipeline/watch/ledger.h"
#include "pipeline/watch/ledger_schema.h"
#include "pipeline/watch/watch_status.h"
#include "tests/support/state_engines.h"

namespace cc {
namespace {

constexpr double kLease = 1.0;

NewDocument doc(const std::string& cand, const std::string& name, char content) {
  return {cand, name, "/inbox/" + cand + "/" + name, std::string(64, content), 10, 1};
}

void sleep_past_lease() { std::this_thread::sleep_for(std::chrono::duration<double>(kLease + 0.3)); }

class Leases : public test::StateEngines {
 protected:
  // Two daemons on the same state, each its own holder.
  Ledger open() {
    auto l = Ledger::open(state());
    EXPECT_TRUE(l) << l.error().message;
    l->set_lease_seconds(kLease);
    return std::move(*l);
  }
};
CC_INSTANTIATE_STATE_ENGINES(Leases);

TEST_P(Leases, AnExpiredDocumentLeaseIsTakenOverAndTheStaleTokenRecordsNothing) {
  Ledger a = open(), b = open();
  ASSERT_NE(a.holder(), b.holder());
  auto row = a.take(doc("c1", "tor.pdf", 'a'), 1);
  ASSERT_TRUE(row);
  auto mine = a.due(10, 8);
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_TRUE(b.due(10, 8)->empty()) << "a live lease was claimed twice";
  sleep_past_lease();  // a stalls past its lease
  auto theirs = b.due(10, 8);
  ASSERT_EQ(theirs->size(), 1u);
  EXPECT_NE((*theirs)[0].lease_token, (*mine)[0].lease_token);
  // a comes back: its read is refused, b's is recorded.
  auto stale = a.mark_read(row->id, std::string(64, 'a'), "", "", 11, (*mine)[0].lease_token);
  ASSERT_FALSE(stale);
  EXPECT_TRUE(lease_lost(stale.error())) << stale.error().message;
  EXPECT_EQ(*a.count_in_state("read"), 0);
  ASSERT_TRUE(b.mark_read(row->id, std::string(64, 'a'), "", "", 12, (*theirs)[0].lease_token));
  EXPECT_EQ(*a.count_in_state("read"), 1);
  EXPECT_EQ(*a.count_in_state("queued"), 0);
}

TEST_P(Leases, AStaleJobAttemptCannotRecordItsDossierVersion) {
  Ledger a = open(), b = open();
  auto row = a.take(doc("c1", "tor.pdf", 'a'), 1);
  ASSERT_TRUE(a.mark_read(row->id, std::string(64, 'a'), "", "", 2));
  auto first = a.claim_job("c1", 1, 3);
  ASSERT_TRUE(first && *first);
  EXPECT_EQ((*first)->version, 1);
  EXPECT_TRUE(b.candidates_ready()->empty()) << "b sees a candidate whose job a holds";
  auto blocked = b.claim_job("c1", 1, 3);
  ASSERT_TRUE(blocked);
  EXPECT_FALSE(*blocked);
  sleep_past_lease();
  auto second = b.claim_job("c1", 1, 4);
  ASSERT_TRUE(second && *second);
  EXPECT_EQ((*second)->version, 1) << "a taken-over job writes the same version";
  EXPECT_FALSE(*a.job_current("c1", (*first)->token));
  auto stale = a.finish_job("c1", 1, {{row->id, "/archive/c1/tor.pdf"}}, 5, (*first)->token);
  ASSERT_FALSE(stale);
  EXPECT_TRUE(lease_lost(stale.error()));
  EXPECT_EQ(*a.current_version("c1"), 0) << "the stale attempt recorded a version";
  EXPECT_EQ(*a.count_in_state("evaluated"), 0);
  ASSERT_TRUE(b.finish_job("c1", 1, {{row->id, "/archive/c1/tor.pdf"}}, 6, (*second)->token));
  EXPECT_EQ(*a.current_version("c1"), 1);
  // The move is claimed too: b holds it, a's fenced record of it fails.
  auto moves = b.pending_moves();
  ASSERT_EQ(moves->size(), 1u);
  EXPECT_TRUE(a.pending_moves()->empty());
  EXPECT_FALSE(a.mark_moved(row->id, true, 7, (*moves)[0].lease_token + 1));
  ASSERT_TRUE(b.mark_moved(row->id, true, 7, (*moves)[0].lease_token));
  EXPECT_EQ(*a.count_in_state("done"), 1);
}

TEST_P(Leases, MovesAnotherDaemonRecordedButNobodyClaimedYetKeepAnIdleDaemonBusy) {
  // b's job records its dossier and the documents' moves a moment after a's last claim of moves;
  // b is killed before it claims them. a must not take itself for idle (--until-idle would exit
  // with the inputs left in the inbox): the moves are pending and nobody holds them.
  Ledger a = open(), b = open();
  auto row = b.take(doc("c1", "tor.pdf", 'a'), 1);
  ASSERT_TRUE(b.mark_read(row->id, std::string(64, 'a'), "", "", 2));
  EXPECT_TRUE(a.pending_moves()->empty());
  auto job = b.claim_job("c1", 1, 3);
  ASSERT_TRUE(job && *job);
  ASSERT_TRUE(b.finish_job("c1", 1, {{row->id, "/archive/c1/tor.pdf"}}, 4, (*job)->token));
  EXPECT_EQ(*a.moves_held_elsewhere(), 1) << "a move nobody holds yet was not counted";
  auto mine = a.pending_moves();
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(*a.moves_held_elsewhere(), 0) << "a's own claimed move counted as another's";
  EXPECT_EQ(*b.moves_held_elsewhere(), 1);
}

TEST_P(Leases, TheHeartbeatKeepsALeaseAlive) {
  Ledger a = open(), b = open();
  auto heartbeat = Ledger::open(state());
  ASSERT_TRUE(heartbeat);
  heartbeat->set_holder(a.holder());
  heartbeat->set_lease_seconds(kLease);
  ASSERT_TRUE(a.take(doc("c1", "tor.pdf", 'a'), 1));
  ASSERT_EQ(a.due(10, 8)->size(), 1u);
  for (int i = 0; i < 6; ++i) {  // twice the lease, renewed every third of it
    std::this_thread::sleep_for(std::chrono::duration<double>(kLease / 3));
    ASSERT_TRUE(heartbeat->renew_leases());
  }
  EXPECT_TRUE(b.due(10, 8)->empty()) << "a renewed lease was taken over";
  ASSERT_TRUE(heartbeat->heartbeat(1, 0, 0));
}

TEST_P(Leases, StatusShowsTheDaemonsAliveAndTheLeasesHeldAndExpired) {
  Ledger a = open(), b = open();
  ASSERT_TRUE(a.take(doc("c1", "tor.pdf", 'a'), 1));
  ASSERT_TRUE(a.take(doc("c2", "tor.pdf", 'b'), 1));
  ASSERT_EQ(b.due(10, 1)->size(), 1u);  // b claims one and goes quiet: its lease expires
  sleep_past_lease();
  ASSERT_EQ(a.due(10, 1)->size(), 1u);  // a claims the other (b's expired one is older: a takes it over)
  ASSERT_TRUE(a.heartbeat(3, 1, 0));
  const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  auto j = watch_status_json(state(), now);
  ASSERT_TRUE(j) << j.error().message;
  ASSERT_EQ((*j)["daemons"].size(), 1u);
  EXPECT_EQ((*j)["daemons"][0]["holder"], a.holder());
  EXPECT_TRUE((*j)["daemons"][0]["alive"].get<bool>());
  EXPECT_EQ((*j)["daemons"][0]["documents_read"], 3);
  EXPECT_EQ((*j)["leases"]["documents"]["held"], 1);
  EXPECT_EQ((*j)["leases"]["documents"]["expired"], 0) << "a took b's expired lease over";
  sleep_past_lease();
  j = watch_status_json(state(), now + kLease + 0.3);
  ASSERT_TRUE(j);
  EXPECT_EQ((*j)["leases"]["documents"]["held"], 0);
  EXPECT_EQ((*j)["leases"]["documents"]["expired"], 1);
  EXPECT_NE(watch_status_text(*j).find("alive"), std::string::npos);
}

TEST_P(Leases, ACleanStopShowsTheDaemonStoppedAtOnceAndFreesItsLeases) {
  Ledger a = open(), b = open();
  ASSERT_TRUE(a.take(doc("c1", "tor.pdf", 'a'), 1));
  ASSERT_EQ(a.due(10, 8)->size(), 1u);
  {
    auto beat = Ledger::open(state());
    ASSERT_TRUE(beat);
    beat->set_holder(a.holder());
    beat->set_lease_seconds(30);  // far longer than the test: only the stop can free the lease
    LeaseKeeper keeper(std::move(*beat), [] { return std::pair<int64_t, int64_t>(2, 1); });
    // The keeper's first heartbeat comes from its own thread: wait for it (up to 20 s on a loaded
    // machine; a fixed 200 ms sleep failed in a fresh clone's run beside other builds).
    auto j = watch_status_json(state(), 0);
    for (int i = 0; i < 200; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
      j = watch_status_json(state(), now);
      ASSERT_TRUE(j) << j.error().message;
      if (!(*j)["daemons"].empty()) break;
    }
    ASSERT_EQ((*j)["daemons"].size(), 1u) << "no heartbeat in 20 s";
    EXPECT_EQ((*j)["daemons"][0]["state"], "alive");
    EXPECT_TRUE(b.due(10, 8)->empty()) << "a live lease was claimed";
  }  // the daemon exits cleanly
  const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  auto j = watch_status_json(state(), now);
  ASSERT_TRUE(j) << j.error().message;
  ASSERT_EQ((*j)["daemons"].size(), 1u);
  EXPECT_EQ((*j)["daemons"][0]["state"], "stopped");
  EXPECT_FALSE((*j)["daemons"][0]["alive"].get<bool>()) << "a daemon stopped cleanly shown alive";
  EXPECT_EQ((*j)["daemons"][0]["documents_read"], 2);
  EXPECT_NE(watch_status_text(*j).find("stopped cleanly"), std::string::npos) << watch_status_text(*j);
  EXPECT_EQ(b.due(10, 8)->size(), 1u) << "the stopped daemon's lease was not given up";
  // A killed daemon is not stopped: gone once its heartbeat is old, with the heartbeat's age.
  ASSERT_TRUE(b.heartbeat(0, 0, 0));
  j = watch_status_json(state(), now + 120);
  ASSERT_TRUE(j);
  for (const auto& d : (*j)["daemons"])
    if (d["holder"] == b.holder()) {
      EXPECT_EQ(d["state"], "gone");
      EXPECT_GE(d["seconds_since_heartbeat"].get<double>(), 119.0);
    }
}

TEST_P(Leases, OnlyOneDaemonTakesANewFileOfASharedInbox) {
  if (!postgres()) GTEST_SKIP() << "one daemon per SQLite state (its lock file): nothing to share";
  Ledger a = open(), b = open();
  auto first = a.take(doc("c1", "tor.pdf", 'a'), 1);
  auto second = b.take(doc("c1", "tor.pdf", 'a'), 1);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->state, "queued");
  EXPECT_EQ(second->state, "taken elsewhere");
  EXPECT_EQ(a.all_documents()->size(), 1u);
}

TEST_P(Leases, AConnectionLostInsideATransactionFailsItAndTheNextStatementReconnects) {
  if (!postgres()) GTEST_SKIP() << "an SQLite file has no connection to lose";
  Ledger a = open();
  ASSERT_TRUE(a.take(doc("c1", "tor.pdf", 'a'), 1));
  {
    Transaction tx(a.db());
    ASSERT_TRUE(tx.begun());
    ASSERT_TRUE(server()->restart());  // the server goes away mid-transaction
    EXPECT_FALSE(a.db().exec("UPDATE documents SET attempts=7"));
    EXPECT_FALSE(a.db().exec("UPDATE documents SET attempts=8")) << "the rest of a cut transaction ran on a new connection";
    EXPECT_FALSE(tx.commit());
  }
  auto rows = a.due(10, 8);  // the next statement reconnects
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].attempts, 0);
}

TEST_P(Leases, ASchemaNewerThanThisBinaryIsRefused) {
  { Ledger a = open(); ASSERT_TRUE(a.db().exec("UPDATE meta SET value='99' WHERE key='schema_version'")); }
  auto refused = Ledger::open(state());
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("newer than this credcheck knows"), std::string::npos) << refused.error().message;
  EXPECT_FALSE(Ledger::open(state(), true)) << "status read a newer schema";
}

TEST(LedgerSchema, AStateFileFromBeforeVersionedMigrationsIsMigrated) {
  test::TempDir dir;
  {
    auto db = Database::open(dir / "state.sqlite");
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("CREATE TABLE documents(id INTEGER PRIMARY KEY, candidate TEXT, state TEXT); "
                         "CREATE TABLE jobs(id INTEGER PRIMARY KEY, candidate TEXT, state TEXT); "
                         "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES('schema','credcheck.ledger/1'); "
                         "INSERT INTO documents(candidate, state) VALUES('c1', 'done')"));
  }
  auto ledger = Ledger::open(dir / "state.sqlite");
  ASSERT_TRUE(ledger) << ledger.error().message;
  EXPECT_EQ(*ledger_schema_version(ledger->db()), kLedgerSchemaVersion);
  EXPECT_TRUE(ledger->db().exec("SELECT lease_token, lease_expires FROM documents"));
  EXPECT_EQ(*ledger->count_in_state("done"), 1);
}

}  // namespace
}  // namespace cc
