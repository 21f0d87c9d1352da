// The SQLite engine of the state database (state_db.h): a file beside the output, WAL journaling.
#include <sqlite3.h>

#include "core/private_files.h"
#include "pipeline/watch/state_db.h"

namespace cc {
namespace {

Error db_error(sqlite3* db, const std::string& what) {
  return make_error(ErrorCode::internal, what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

class SqliteStatement : public StatementImpl {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  void bind_text(int i, const std::string& v) override { sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void bind_int(int i, int64_t v) override { sqlite3_bind_int64(stmt_, i, v); }
  void bind_real(int i, double v) override { sqlite3_bind_double(stmt_, i, v); }
  void bind_null(int i) override { sqlite3_bind_null(stmt_, i); }
  bool step(std::optional<Error>& error) override {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) error = db_error(db_, "database step failed");
    return false;
  }
  int64_t int_at(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double real_at(int col) const override { return sqlite3_column_double(stmt_, col); }
  std::string text_at(int col) const override {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
  }
  bool null_at(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class SqliteConnection : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override { sqlite3_close_v2(db_); }
  Engine engine() const override { return Engine::sqlite; }
  Status exec(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return ok_status();
    std::string why = message ? message : "unknown error";
    sqlite3_free(message);
    return make_error(ErrorCode::internal, "database: " + why);
  }
  Expected<std::unique_ptr<StatementImpl>> prepare(const std::string& sql) override {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return db_error(db_, "cannot prepare " + sql);
    return std::unique_ptr<StatementImpl>(new SqliteStatement(db_, stmt));
  }
  Status begin() override { return exec("BEGIN IMMEDIATE"); }

 private:
  sqlite3* db_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path, bool read_only, Error& error) {
  sqlite3* raw = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
  auto c = std::make_unique<SqliteConnection>(raw);
  if (rc != SQLITE_OK) {
    error = db_error(raw, "cannot open the state database " + path);
    return nullptr;
  }
  sqlite3_busy_timeout(raw, 10000);
  if (!read_only) {
    // The ledger names candidates and files: 0640 (private_files.h). SQLite creates the database
    // under the umask, and its -wal and -shm with the database's mode, so the database is narrowed
    // first; -wal and -shm left by an earlier daemon are narrowed once WAL mode has opened them.
    if (auto st = make_file_private(path); !st) {
      error = st.error();
      return nullptr;
    }
    if (auto st = c->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !st) {
      error = st.error();
      return nullptr;
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"})
      if (auto st = make_file_private(path + suffix); !st) {
        error = st.error();
        return nullptr;
      }
  }
  return c;
}

}  // namespace cc
