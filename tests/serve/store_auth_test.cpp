// The review server's state on both engines, a real SQLite file and a real PostgreSQL database
// (the one the watch daemons share; tests/support/state_engines.h): migrations (a newer schema
// refused), users, Argon2id hashes, login throttling and lockout, session expiry and rotation, the
// audit chain.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "pipeline/serve/audit_chain.h"
#include "pipeline/serve/auth.h"
#include "pipeline/serve/password_hash.h"
#include "pipeline/serve/sqlite_review_store.h"
#include "pipeline/watch/state_db.h"
#include "tests/support/state_engines.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

// A statement run on the store's database directly (not through the store), on either engine.
void sql(const std::string& state, const std::string& statement) {
  auto db = Database::open(state);
  ASSERT_TRUE(db) << db.error().message;
  auto st = db->exec(statement);
  ASSERT_TRUE(st) << st.error().message;
}

bool sql_refused(const std::string& state, const std::string& statement) {
  auto db = Database::open(state);
  return db && !db->exec(statement);
}

class ServeStore : public test::StateEngines {
 protected:
  void SetUp() override {
    test::StateEngines::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(init_crypto());
    auto s = SqliteReviewStore::open(db_path());
    ASSERT_TRUE(s) << s.error().message;
    store = std::move(*s);
  }
  // The review database: a file in a folder the store makes, or the PostgreSQL database.
  std::string db_path() const { return postgres() ? state() : dir / "state/review.sqlite"; }
  std::string drop_trigger(const std::string& name) const { return "DROP TRIGGER " + name + (postgres() ? " ON audit" : ""); }
  User add(const std::string& name, const std::string& password, Role role = Role::evaluator) {
    User u;
    u.name = name;
    u.role = role;
    u.password_hash = hash_password(password).value();
    u.id = store->add_user(u).value();
    return u;
  }

  test::TempDir dir;
  std::unique_ptr<SqliteReviewStore> store;
  int64_t now = 1'800'000'000;
  Clock clock = [this] { return now; };
};

CC_INSTANTIATE_STATE_ENGINES(ServeStore);

TEST_P(ServeStore, CreatesAPrivateDatabaseAndRefusesANewerSchema) {
  if (!postgres()) {  // a file and its folder; a PostgreSQL database's access is the server's
    struct stat st {};
    ASSERT_EQ(stat(db_path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
    ASSERT_EQ(stat((dir / "state").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0750u);
  }
  store.reset();
  // Opening again is a no-op migration; a version from the future is refused.
  ASSERT_TRUE(SqliteReviewStore::open(db_path()));
  sql(db_path(), "INSERT INTO schema_version(version) VALUES(" + std::to_string(review_schema_version() + 1) + ")");
  auto again = SqliteReviewStore::open(db_path());
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().message.find("newer"), std::string::npos) << again.error().message;
}

TEST_P(ServeStore, HashesWithArgon2idAndChecksPasswords) {
  const auto hash = hash_password("correct horse battery").value();
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_TRUE(verify_password(hash, "correct horse battery"));
  EXPECT_FALSE(verify_password(hash, "correct horse batterz"));
  EXPECT_NE(hash, hash_password("correct horse battery").value());  // salted
  EXPECT_FALSE(password_problem("short").empty());
  EXPECT_EQ(one_time_password().size(), 16u);
}

TEST_P(ServeStore, UsersAreUniqueByName) {
  add("alice", "alice-password");
  User again;
  again.name = "alice";
  again.password_hash = "x";
  EXPECT_FALSE(store->add_user(again));
  auto u = store->user_named("alice");
  ASSERT_TRUE(u);
  EXPECT_EQ(store->user_by_id(u->id)->name, "alice");
  EXPECT_EQ(store->users().size(), 1u);
}

TEST_P(ServeStore, LoginMakesANewSessionEachTimeAndLogoutEndsIt) {
  add("alice", "alice-password");
  Auth auth(*store, {}, clock);
  auto first = auth.login("alice", "alice-password", "127.0.0.1");
  ASSERT_EQ(first.outcome, LoginOutcome::ok);
  ASSERT_TRUE(auth.session(first.token));
  // A second login from the same browser rotates the token: the old one is dead (no fixation).
  auto second = auth.login("alice", "alice-password", "127.0.0.1", first.token);
  ASSERT_EQ(second.outcome, LoginOutcome::ok);
  EXPECT_NE(first.token, second.token);
  EXPECT_FALSE(auth.session(first.token));
  EXPECT_TRUE(auth.session(second.token));
  EXPECT_NE(auth.session(second.token)->row.csrf.size(), 0u);
  auth.logout(second.token);
  EXPECT_FALSE(auth.session(second.token));
  // The store never holds the token itself.
  EXPECT_FALSE(store->session(second.token));
}

TEST_P(ServeStore, SessionsExpireWhenIdleAndAfterTheirAbsoluteLifetime) {
  add("alice", "alice-password");
  AuthPolicy policy;
  Auth auth(*store, policy, clock);
  auto login = auth.login("alice", "alice-password", "127.0.0.1");
  now += policy.session_idle_s - 10;
  ASSERT_TRUE(auth.session(login.token));  // touched: idle time starts again
  now += policy.session_idle_s - 10;
  ASSERT_TRUE(auth.session(login.token));
  now += policy.session_idle_s + 1;
  EXPECT_FALSE(auth.session(login.token));

  auto busy = auth.login("alice", "alice-password", "127.0.0.1");
  for (int64_t t = 0; t < policy.session_absolute_s; t += policy.session_idle_s / 2) {
    now += policy.session_idle_s / 2;
    if (t + policy.session_idle_s / 2 < policy.session_absolute_s) {
      ASSERT_TRUE(auth.session(busy.token)) << t;
    }
  }
  now += 60;
  EXPECT_FALSE(auth.session(busy.token));
}

TEST_P(ServeStore, RepeatedFailuresLockTheAccountThenItOpensAgain) {
  add("alice", "alice-password");
  AuthPolicy policy;
  Auth auth(*store, policy, clock);
  for (int i = 0; i < policy.account_failures - 1; ++i)
    EXPECT_EQ(auth.login("alice", "wrong", "10.0.0.1").outcome, LoginOutcome::wrong);
  EXPECT_EQ(auth.login("alice", "wrong", "10.0.0.1").outcome, LoginOutcome::locked);
  // Locked: even the right password is refused, from any address.
  EXPECT_EQ(auth.login("alice", "alice-password", "10.0.0.2").outcome, LoginOutcome::locked);
  now += policy.lockout_s + 1;
  EXPECT_EQ(auth.login("alice", "alice-password", "10.0.0.2").outcome, LoginOutcome::ok);
}

TEST_P(ServeStore, OneAddressTryingManyAccountsIsThrottled) {
  AuthPolicy policy;
  Auth auth(*store, policy, clock);
  add("alice", "alice-password");
  for (int i = 0; i < policy.address_failures; ++i) auth.login("nobody" + std::to_string(i), "guess", "10.9.9.9");
  EXPECT_EQ(auth.login("alice", "alice-password", "10.9.9.9").outcome, LoginOutcome::throttled);
  EXPECT_EQ(auth.login("alice", "alice-password", "10.1.1.1").outcome, LoginOutcome::ok);
  now += policy.failure_window_s + 1;
  EXPECT_EQ(auth.login("alice", "alice-password", "10.9.9.9").outcome, LoginOutcome::ok);
}

TEST_P(ServeStore, DisabledUsersCannotLogInAndLoseTheirSessions) {
  User u = add("alice", "alice-password");
  Auth auth(*store, {}, clock);
  auto login = auth.login("alice", "alice-password", "127.0.0.1");
  u.disabled = true;
  ASSERT_TRUE(store->update_user(u));
  EXPECT_FALSE(auth.session(login.token));
  EXPECT_EQ(auth.login("alice", "alice-password", "127.0.0.1").outcome, LoginOutcome::disabled);
}

TEST_P(ServeStore, ChangingThePasswordClearsTheOneTimeMarkAndEndsSessions) {
  User u = add("bob", "one-time-pass1");
  u.must_change_password = true;
  ASSERT_TRUE(store->update_user(u));
  Auth auth(*store, {}, clock);
  auto login = auth.login("bob", "one-time-pass1", "127.0.0.1");
  ASSERT_TRUE(login.user->must_change_password);
  EXPECT_FALSE(auth.change_password(*login.user, "short").empty());
  EXPECT_TRUE(auth.change_password(*login.user, "bobs-own-password").empty());
  EXPECT_FALSE(auth.session(login.token));
  EXPECT_FALSE(store->user_named("bob")->must_change_password);
  EXPECT_EQ(auth.login("bob", "bobs-own-password", "127.0.0.1").outcome, LoginOutcome::ok);
}

AuditRow row(const std::string& fact, const std::string& old_value, const std::string& new_value) {
  AuditRow r;
  r.at = 1'800'000'000;
  r.user = "alice";
  r.address = "127.0.0.1";
  r.dossier_id = "ph-0001";
  r.dossier_version = "0123456789abcdef";
  r.fact = fact;
  r.action = "correct";
  r.old_value = old_value;
  r.new_value = new_value;
  r.reason = "read again";
  return r;
}

TEST_P(ServeStore, TheAuditChainIsAppendOnlyAndDetectsAChangedRow) {
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(store->append_audit(row("course." + std::to_string(i) + ".credits", "3", "4")));
  auto rows = store->audit_rows();
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].prev_hash, kAuditGenesis);
  EXPECT_EQ(rows[1].prev_hash, rows[0].hash);
  EXPECT_TRUE(verify_audit_chain(rows).ok);
  EXPECT_EQ(store->audit_rows("ph-0001").size(), 5u);
  EXPECT_TRUE(store->audit_rows("other").empty());

  // The database itself refuses changes...
  store.reset();
  EXPECT_TRUE(sql_refused(db_path(), "UPDATE audit SET new_value = '40' WHERE seq = 3"));
  EXPECT_TRUE(sql_refused(db_path(), "DELETE FROM audit WHERE seq = 3"));
  // ...and someone who drops the trigger to change a row is caught by the chain.
  sql(db_path(), drop_trigger("audit_no_update") + "; UPDATE audit SET new_value = '40' WHERE seq = 3");
  store = std::move(SqliteReviewStore::open(db_path()).value());
  auto verdict = verify_audit_chain(store->audit_rows());
  EXPECT_FALSE(verdict.ok);
  EXPECT_EQ(verdict.first_bad_seq, 3);
  // A removed row is caught too.
  sql(db_path(), drop_trigger("audit_no_delete") + "; DELETE FROM audit WHERE seq = 2");
  verdict = verify_audit_chain(store->audit_rows());
  EXPECT_FALSE(verdict.ok);
  EXPECT_EQ(verdict.first_bad_seq, 3);
}

TEST_P(ServeStore, AuditExportsQuoteAndDefuseCells) {
  ASSERT_TRUE(store->append_audit(row("candidate.name", "=HYPERLINK(\"x\")", "Dela Cruz, Maria")));
  const std::string csv = audit_csv(store->audit_rows());
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"Dela Cruz, Maria\""), std::string::npos);
  const auto json = nlohmann::json::parse(audit_json(store->audit_rows()));
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["old_value"], "=HYPERLINK(\"x\")");
  EXPECT_EQ(json[0]["hash"].get<std::string>().size(), 64u);
}

TEST_P(ServeStore, ClaimsOverridesAndSignOffsRoundTrip) {
  User u = add("alice", "alice-password");
  ASSERT_TRUE(store->put_claim(Claim{"ph-0001", u.id, now + 100}));
  EXPECT_EQ(store->claim("ph-0001")->user_id, u.id);
  ASSERT_TRUE(store->delete_claim("ph-0001"));
  EXPECT_FALSE(store->claim("ph-0001"));
  ASSERT_TRUE(store->add_override(FactOverride{"ph-0001", "v1", "course.1.credits", "correct", "4", "3", "why", u.id, now}));
  ASSERT_TRUE(store->add_override(FactOverride{"ph-0001", "v1", "course.1.credits", "confirm", "", "3", "", u.id, now + 1}));
  ASSERT_EQ(store->overrides("ph-0001").size(), 2u);
  ASSERT_TRUE(store->put_signoff(SignOff{"ph-0001", "v1", "approved", "[]", "", u.id, now, 0, 0}));
  EXPECT_EQ(store->signoff("ph-0001")->state, "approved");
  EXPECT_EQ(store->signoffs().size(), 1u);
}

}  // namespace
}  // namespace cc
