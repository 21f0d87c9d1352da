#include "pipeline/serve/sqlite_review_store.h"

#include <filesystem>

#include "core/private_files.h"
#include "pipeline/serve/audit_chain.h"

namespace cc {
namespace {

// Migration N brings the schema from version N-1 to N. Append only; never edit a shipped one.
const std::vector<std::string>& migrations() {
  static const std::vector<std::string> list = {
      // 1: accounts, sessions, claims, the reviewers' word on facts, sign-offs, the audit trail.
      R"(CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
           password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
           must_change_password INTEGER NOT NULL DEFAULT 0, locked_until INTEGER NOT NULL DEFAULT 0);
         CREATE TABLE login_failures(key TEXT NOT NULL, at INTEGER NOT NULL);
         CREATE INDEX login_failures_key ON login_failures(key, at);
         CREATE TABLE sessions(token_hash TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
           csrf TEXT NOT NULL, created INTEGER NOT NULL, last_seen INTEGER NOT NULL, address TEXT NOT NULL);
         CREATE TABLE claims(dossier_id TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
           expires INTEGER NOT NULL);
         CREATE TABLE overrides(id INTEGER PRIMARY KEY, dossier_id TEXT NOT NULL, dossier_version TEXT NOT NULL,
           fact TEXT NOT NULL, action TEXT NOT NULL, value TEXT NOT NULL, original TEXT NOT NULL, reason TEXT NOT NULL,
           user_id INTEGER NOT NULL REFERENCES users(id), at INTEGER NOT NULL);
         CREATE INDEX overrides_dossier ON overrides(dossier_id, id);
         CREATE TABLE signoffs(dossier_id TEXT PRIMARY KEY, dossier_version TEXT NOT NULL, state TEXT NOT NULL,
           decisions TEXT NOT NULL, reason TEXT NOT NULL, user_id INTEGER NOT NULL, at INTEGER NOT NULL,
           second_user_id INTEGER NOT NULL DEFAULT 0, second_at INTEGER NOT NULL DEFAULT 0);
         CREATE TABLE audit(seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, user TEXT NOT NULL, address TEXT NOT NULL,
           dossier_id TEXT NOT NULL, dossier_version TEXT NOT NULL, fact TEXT NOT NULL, action TEXT NOT NULL,
           old_value TEXT NOT NULL, new_value TEXT NOT NULL, reason TEXT NOT NULL, prev_hash TEXT NOT NULL,
           hash TEXT NOT NULL);
         CREATE INDEX audit_dossier ON audit(dossier_id, seq);
         CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
         CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;)",
  };
  return list;
}

Status migrate(Database& db, const std::string& path) {
  if (auto st = db.exec("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)"); !st) return st;
  auto q = db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version");
  if (!q) return q.error();
  int64_t version = q->step() ? q->int_at(0) : 0;
  const auto& list = migrations();
  if (version > static_cast<int64_t>(list.size()))
    return make_error(ErrorCode::internal, path + " has review schema version " + std::to_string(version) +
                                               ", newer than this credcheck knows (" + std::to_string(list.size()) +
                                               "): use the credcheck that wrote it");
  for (; version < static_cast<int64_t>(list.size()); ++version) {
    Transaction tx(db);
    if (!tx.begun()) return tx.begun();
    if (auto st = db.exec(list[static_cast<size_t>(version)]); !st) return st.error().within("migration " + std::to_string(version + 1));
    auto ins = db.prepare("INSERT INTO schema_version(version) VALUES(?)");
    if (!ins) return ins.error();
    if (auto st = ins->bind(1, version + 1).run(); !st) return st;
    if (auto st = tx.commit(); !st) return st;
  }
  return ok_status();
}

User user_from(const Statement& s) {
  User u;
  u.id = s.int_at(0);
  u.name = s.text_at(1);
  u.role = role_from_name(s.text_at(2)).value_or(Role::evaluator);
  u.password_hash = s.text_at(3);
  u.disabled = s.int_at(4) != 0;
  u.must_change_password = s.int_at(5) != 0;
  u.locked_until = s.int_at(6);
  return u;
}

AuditRow audit_from(const Statement& s) {
  AuditRow r;
  r.seq = s.int_at(0);
  r.at = s.int_at(1);
  std::string* fields[] = {&r.user, &r.address, &r.dossier_id, &r.dossier_version, &r.fact, &r.action,
                           &r.old_value, &r.new_value, &r.reason, &r.prev_hash, &r.hash};
  for (int i = 0; i < 11; ++i) *fields[i] = s.text_at(i + 2);
  return r;
}

constexpr const char* kAuditColumns =
    "seq, at, user, address, dossier_id, dossier_version, fact, action, old_value, new_value, reason, prev_hash, hash";

}  // namespace

std::string role_name(Role role) {
  switch (role) {
    case Role::evaluator: return "evaluator";
    case Role::supervisor: return "supervisor";
    case Role::admin: return "admin";
  }
  return "evaluator";
}

std::optional<Role> role_from_name(const std::string& name) {
  if (name == "evaluator") return Role::evaluator;
  if (name == "supervisor") return Role::supervisor;
  if (name == "admin") return Role::admin;
  return std::nullopt;
}

int review_schema_version() { return static_cast<int>(migrations().size()); }

Expected<std::unique_ptr<SqliteReviewStore>> SqliteReviewStore::open(const std::string& path) {
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty())
    if (auto st = create_private_directories(parent.string()); !st) return st.error();
  auto db = Database::open(path);
  if (!db) return db.error();
  if (auto st = migrate(*db, path); !st) return st.error();
  auto reader = Database::open(path);
  if (!reader) return reader.error();
  return std::unique_ptr<SqliteReviewStore>(new SqliteReviewStore(std::move(*db), std::move(*reader)));
}

Expected<int64_t> SqliteReviewStore::add_user(const User& u) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("INSERT INTO users(name, role, password_hash, disabled, must_change_password, locked_until) "
                       "VALUES(?,?,?,?,?,?) RETURNING id");
  if (!s) return s.error();
  s->bind(1, u.name).bind(2, role_name(u.role)).bind(3, u.password_hash).bind(4, u.disabled ? 1 : 0)
      .bind(5, u.must_change_password ? 1 : 0).bind(6, u.locked_until);
  if (!s->step()) return make_error(ErrorCode::internal, "cannot add user " + u.name + " (the name is taken?)");
  const int64_t id = s->int_at(0);
  if (auto st = s->run(); !st) return make_error(ErrorCode::internal, "cannot add user " + u.name + ": " + st.error().message);
  return id;
}

std::vector<User> SqliteReviewStore::select_users(const std::string& where, const std::string& name, int64_t id) {
  std::lock_guard lock(read_mutex_);
  std::vector<User> out;
  auto s = reader_.prepare("SELECT id, name, role, password_hash, disabled, must_change_password, locked_until FROM users " + where);
  if (!s) return out;
  if (where.find("name") != std::string::npos) s->bind(1, name);
  if (where.find("id =") != std::string::npos) s->bind(1, id);
  while (s->step()) out.push_back(user_from(*s));
  return out;
}

std::optional<User> SqliteReviewStore::user_named(const std::string& name) {
  auto list = select_users("WHERE name = ?", name, 0);
  return list.empty() ? std::nullopt : std::optional<User>(list.front());
}

std::optional<User> SqliteReviewStore::user_by_id(int64_t id) {
  auto list = select_users("WHERE id = ?", {}, id);
  return list.empty() ? std::nullopt : std::optional<User>(list.front());
}

std::vector<User> SqliteReviewStore::users() { return select_users("ORDER BY name", {}, 0); }

Status SqliteReviewStore::update_user(const User& u) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("UPDATE users SET role = ?, password_hash = ?, disabled = ?, must_change_password = ?, locked_until = ? WHERE id = ?");
  if (!s) return s.error();
  return s->bind(1, role_name(u.role)).bind(2, u.password_hash).bind(3, u.disabled ? 1 : 0)
      .bind(4, u.must_change_password ? 1 : 0).bind(5, u.locked_until).bind(6, u.id).run();
}

Status SqliteReviewStore::add_login_failure(const std::string& key, int64_t at) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("INSERT INTO login_failures(key, at) VALUES(?, ?)");
  if (!s) return s.error();
  return s->bind(1, key).bind(2, at).run();
}

int SqliteReviewStore::login_failures_since(const std::string& key, int64_t since) {
  std::lock_guard lock(read_mutex_);
  auto s = reader_.prepare("SELECT COUNT(*) FROM login_failures WHERE key = ? AND at >= ?");
  if (!s) return 0;
  s->bind(1, key).bind(2, since);
  return s->step() ? static_cast<int>(s->int_at(0)) : 0;
}

Status SqliteReviewStore::clear_login_failures(const std::string& key) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("DELETE FROM login_failures WHERE key = ?");
  if (!s) return s.error();
  return s->bind(1, key).run();
}

Status SqliteReviewStore::put_session(const SessionRow& r) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("INSERT OR REPLACE INTO sessions(token_hash, user_id, csrf, created, last_seen, address) VALUES(?,?,?,?,?,?)");
  if (!s) return s.error();
  return s->bind(1, r.token_hash).bind(2, r.user_id).bind(3, r.csrf).bind(4, r.created).bind(5, r.last_seen).bind(6, r.address).run();
}

std::optional<SessionRow> SqliteReviewStore::session(const std::string& token_hash) {
  std::lock_guard lock(read_mutex_);
  auto s = reader_.prepare("SELECT token_hash, user_id, csrf, created, last_seen, address FROM sessions WHERE token_hash = ?");
  if (!s || !s->bind(1, token_hash).step()) return std::nullopt;
  return SessionRow{s->text_at(0), s->int_at(1), s->text_at(2), s->int_at(3), s->int_at(4), s->text_at(5)};
}

Status SqliteReviewStore::touch_session(const std::string& token_hash, int64_t at) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("UPDATE sessions SET last_seen = ? WHERE token_hash = ?");
  if (!s) return s.error();
  return s->bind(1, at).bind(2, token_hash).run();
}

Status SqliteReviewStore::delete_session(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("DELETE FROM sessions WHERE token_hash = ?");
  if (!s) return s.error();
  return s->bind(1, token_hash).run();
}

Status SqliteReviewStore::delete_sessions_of(int64_t user_id) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("DELETE FROM sessions WHERE user_id = ?");
  if (!s) return s.error();
  return s->bind(1, user_id).run();
}

std::optional<Claim> SqliteReviewStore::claim(const std::string& dossier_id) {
  std::lock_guard lock(read_mutex_);
  auto s = reader_.prepare("SELECT dossier_id, user_id, expires FROM claims WHERE dossier_id = ?");
  if (!s || !s->bind(1, dossier_id).step()) return std::nullopt;
  return Claim{s->text_at(0), s->int_at(1), s->int_at(2)};
}

std::vector<Claim> SqliteReviewStore::claims() {
  std::lock_guard lock(read_mutex_);
  std::vector<Claim> out;
  auto s = reader_.prepare("SELECT dossier_id, user_id, expires FROM claims");
  if (!s) return out;
  while (s->step()) out.push_back(Claim{s->text_at(0), s->int_at(1), s->int_at(2)});
  return out;
}

Status SqliteReviewStore::put_claim(const Claim& c) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("INSERT OR REPLACE INTO claims(dossier_id, user_id, expires) VALUES(?,?,?)");
  if (!s) return s.error();
  return s->bind(1, c.dossier_id).bind(2, c.user_id).bind(3, c.expires).run();
}

Status SqliteReviewStore::delete_claim(const std::string& dossier_id) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("DELETE FROM claims WHERE dossier_id = ?");
  if (!s) return s.error();
  return s->bind(1, dossier_id).run();
}

Status SqliteReviewStore::insert_override(const FactOverride& o) {
  auto s = db_.prepare("INSERT INTO overrides(dossier_id, dossier_version, fact, action, value, original, reason, user_id, at) VALUES(?,?,?,?,?,?,?,?,?)");
  if (!s) return s.error();
  return s->bind(1, o.dossier_id).bind(2, o.dossier_version).bind(3, o.fact).bind(4, o.action).bind(5, o.value)
      .bind(6, o.original).bind(7, o.reason).bind(8, o.user_id).bind(9, o.at).run();
}

Status SqliteReviewStore::add_override(const FactOverride& o) {
  std::lock_guard lock(mutex_);
  return insert_override(o);
}

Expected<AuditRow> SqliteReviewStore::add_override_audited(const FactOverride& o, AuditRow row) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun().error();
  if (auto st = insert_override(o); !st) return st.error();
  auto written = insert_audit(std::move(row));
  if (!written) return written.error();
  if (auto st = tx.commit(); !st) return st.error();
  return written;
}

std::vector<FactOverride> SqliteReviewStore::overrides(const std::string& dossier_id) {
  std::lock_guard lock(read_mutex_);
  std::vector<FactOverride> out;
  auto s = reader_.prepare("SELECT dossier_id, dossier_version, fact, action, value, original, reason, user_id, at FROM overrides WHERE dossier_id = ? ORDER BY id");
  if (!s) return out;
  s->bind(1, dossier_id);
  while (s->step())
    out.push_back(FactOverride{s->text_at(0), s->text_at(1), s->text_at(2), s->text_at(3), s->text_at(4), s->text_at(5),
                               s->text_at(6), s->int_at(7), s->int_at(8)});
  return out;
}

Status SqliteReviewStore::put_signoff(const SignOff& o) {
  std::lock_guard lock(mutex_);
  auto s = db_.prepare("INSERT OR REPLACE INTO signoffs(dossier_id, dossier_version, state, decisions, reason, user_id, at, second_user_id, second_at) VALUES(?,?,?,?,?,?,?,?,?)");
  if (!s) return s.error();
  return s->bind(1, o.dossier_id).bind(2, o.dossier_version).bind(3, o.state).bind(4, o.decisions).bind(5, o.reason)
      .bind(6, o.user_id).bind(7, o.at).bind(8, o.second_user_id).bind(9, o.second_at).run();
}

std::vector<SignOff> SqliteReviewStore::select_signoffs(const std::string& dossier_id) {
  std::lock_guard lock(read_mutex_);
  std::vector<SignOff> out;
  auto s = reader_.prepare(std::string("SELECT dossier_id, dossier_version, state, decisions, reason, user_id, at, second_user_id, second_at FROM signoffs") +
                       (dossier_id.empty() ? "" : " WHERE dossier_id = ?"));
  if (!s) return out;
  if (!dossier_id.empty()) s->bind(1, dossier_id);
  while (s->step())
    out.push_back(SignOff{s->text_at(0), s->text_at(1), s->text_at(2), s->text_at(3), s->text_at(4), s->int_at(5),
                          s->int_at(6), s->int_at(7), s->int_at(8)});
  return out;
}

std::optional<SignOff> SqliteReviewStore::signoff(const std::string& dossier_id) {
  auto list = select_signoffs(dossier_id);
  return list.empty() ? std::nullopt : std::optional<SignOff>(list.front());
}

std::vector<SignOff> SqliteReviewStore::signoffs() { return select_signoffs({}); }

Expected<AuditRow> SqliteReviewStore::insert_audit(AuditRow row) {
  auto last = db_.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
  if (!last) return last.error();
  row.seq = 1;
  row.prev_hash = kAuditGenesis;
  if (last->step()) {
    row.seq = last->int_at(0) + 1;
    row.prev_hash = last->text_at(1);
  }
  row.hash = audit_row_hash(row.prev_hash, row);
  auto s = db_.prepare(std::string("INSERT INTO audit(") + kAuditColumns + ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!s) return s.error();
  s->bind(1, row.seq).bind(2, row.at);
  const std::string* fields[] = {&row.user, &row.address, &row.dossier_id, &row.dossier_version, &row.fact, &row.action,
                                 &row.old_value, &row.new_value, &row.reason, &row.prev_hash, &row.hash};
  for (int i = 0; i < 11; ++i) s->bind(i + 3, *fields[i]);
  if (auto st = s->run(); !st) return st.error();
  return row;
}

Expected<AuditRow> SqliteReviewStore::append_audit(AuditRow row) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun().error();
  auto written = insert_audit(std::move(row));
  if (!written) return written.error();
  if (auto st = tx.commit(); !st) return st.error();
  return written;
}

std::vector<AuditRow> SqliteReviewStore::audit_rows(const std::string& dossier_id) {
  std::lock_guard lock(read_mutex_);
  std::vector<AuditRow> out;
  auto s = reader_.prepare(std::string("SELECT ") + kAuditColumns + " FROM audit" +
                       (dossier_id.empty() ? "" : " WHERE dossier_id = ?") + " ORDER BY seq");
  if (!s) return out;
  if (!dossier_id.empty()) s->bind(1, dossier_id);
  while (s->step()) out.push_back(audit_from(*s));
  return out;
}

}  // namespace cc
