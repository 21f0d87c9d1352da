#include "pipeline/watch/sqlite_db.h"

#include "core/private_files.h"

namespace cc {
namespace {

Error db_error(sqlite3* db, const std::string& what) {
  return make_error(ErrorCode::internal, what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Statement& Statement::operator=(Statement&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    db_ = o.db_;
    stmt_ = o.stmt_;
    o.stmt_ = nullptr;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, const std::string& value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int index, const char* value) { return bind(index, std::string(value)); }
Statement& Statement::bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}
Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) error_ = db_error(db_, "database step failed");
  return false;
}

Status Statement::run() {
  while (step()) {
  }
  if (error_) return *error_;
  return ok_status();
}

std::string Statement::text_at(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

Expected<Database> Database::open(const std::string& path, bool read_only) {
  sqlite3* raw = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
  Database db(raw);
  if (rc != SQLITE_OK) return db_error(raw, "cannot open the state database " + path);
  sqlite3_busy_timeout(raw, 10000);
  if (!read_only) {
    // The ledger names candidates and files: 0640 (private_files.h). SQLite creates the database
    // under the umask, and its -wal and -shm with the database's mode, so the database is narrowed
    // first; -wal and -shm left by an earlier daemon are narrowed once WAL mode has opened them.
    if (auto st = make_file_private(path); !st) return st.error();
    if (auto st = db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !st) return st.error();
    for (const char* suffix : {"-wal", "-shm", "-journal"})
      if (auto st = make_file_private(path + suffix); !st) return st.error();
  }
  return db;
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return ok_status();
  std::string why = message ? message : "unknown error";
  sqlite3_free(message);
  return make_error(ErrorCode::internal, "database: " + why);
}

Expected<Statement> Database::prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return db_error(db_, "cannot prepare " + sql);
  return Statement(db_, stmt);
}

Transaction::Transaction(Database& db) : db_(db), begun_(db.exec("BEGIN IMMEDIATE")) {}

Transaction::~Transaction() {
  if (begun_ && !done_) (void)db_.exec("ROLLBACK");
}

Status Transaction::commit() {
  if (!begun_) return begun_;
  auto st = db_.exec("COMMIT");
  if (st) done_ = true;
  return st;
}

}  // namespace cc
