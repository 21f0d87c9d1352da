// The review state in one SQLite file (the default) or, given a postgresql:// URL, in a PostgreSQL
// database, the same one the watch daemons' ledger uses (its tables sit beside the ledger's; the
// class kept its name from when SQLite was the only engine). Both go through watch/state_db.h.
// Opening a file creates it 0640 in a 0750 folder; either engine's schema is brought up to date
// through numbered migrations (PostgreSQL: once, however many servers start together); a database
// written by a newer credcheck (a higher schema version) is refused rather than guessed at. Two
// connections, each used under its own mutex: one writes (each method one transaction, committed
// with a full sync; on PostgreSQL the audit trail's appenders take turns across servers too), the
// other only reads, so a page load's reads (its session, claims, words) never wait behind another
// request's commit and sync (SQLite's WAL lets a reader go on beside the writer, and it sees every
// committed change).
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "pipeline/serve/review_store.h"
#include "pipeline/watch/state_db.h"

namespace cc {

// The schema version this binary writes (the number of migrations it knows).
int review_schema_version();

class SqliteReviewStore : public ReviewStore {
 public:
  static Expected<std::unique_ptr<SqliteReviewStore>> open(const std::string& path);

  Expected<int64_t> add_user(const User& user) override;
  std::optional<User> user_named(const std::string& name) override;
  std::optional<User> user_by_id(int64_t id) override;
  Status update_user(const User& user) override;
  std::vector<User> users() override;

  Status add_login_failure(const std::string& key, int64_t at) override;
  int login_failures_since(const std::string& key, int64_t since) override;
  Status clear_login_failures(const std::string& key) override;

  Status put_session(const SessionRow& session) override;
  std::optional<SessionRow> session(const std::string& token_hash) override;
  Status touch_session(const std::string& token_hash, int64_t at) override;
  Status delete_session(const std::string& token_hash) override;
  Status delete_sessions_of(int64_t user_id) override;

  std::optional<Claim> claim(const std::string& dossier_id) override;
  std::vector<Claim> claims() override;
  Status put_claim(const Claim& claim) override;
  Status delete_claim(const std::string& dossier_id) override;

  Status add_override(const FactOverride& o) override;
  Expected<AuditRow> add_override_audited(const FactOverride& o, AuditRow row) override;
  std::vector<FactOverride> overrides(const std::string& dossier_id) override;

  Status put_signoff(const SignOff& s) override;
  std::optional<SignOff> signoff(const std::string& dossier_id) override;
  std::vector<SignOff> signoffs() override;

  Expected<AuditRow> append_audit(AuditRow row) override;
  std::vector<AuditRow> audit_rows(const std::string& dossier_id = {}) override;

 private:
  SqliteReviewStore(Database db, Database reader) : db_(std::move(db)), reader_(std::move(reader)) {}
  std::vector<User> select_users(const std::string& where, const std::string& name, int64_t id);
  std::vector<SignOff> select_signoffs(const std::string& dossier_id);
  // Inside a transaction the caller holds (with mutex_ locked).
  Status insert_override(const FactOverride& o);
  Expected<AuditRow> insert_audit(AuditRow row);

  std::mutex mutex_;
  Database db_;
  std::mutex read_mutex_;
  Database reader_;
};

}  // namespace cc
