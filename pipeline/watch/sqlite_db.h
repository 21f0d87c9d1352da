// A small RAII wrapper over SQLite's C API for the watch daemon's ledger: a connection, prepared
// statements with typed binding, and transactions that roll back unless committed. Failures are
// values (Status/Expected), never exceptions.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "core/expected.h"

namespace cc {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binds by 1-based index; returns *this to chain.
  Statement& bind(int index, const std::string& value);
  Statement& bind(int index, const char* value);
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind_null(int index);

  // Steps once: true when a row is available, false when done. Errors become `error()`.
  bool step();
  // Runs to completion (for statements that return no rows).
  Status run();
  const std::optional<Error>& error() const { return error_; }

  int64_t int_at(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real_at(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string text_at(int col) const;
  bool null_at(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::optional<Error> error_;
};

class Database {
 public:
  // Opens (creating unless read_only) with WAL journaling, full fsync on commit and a busy
  // timeout so a `status` reader and the daemon never fail on each other's locks.
  static Expected<Database> open(const std::string& path, bool read_only = false);
  Database(Database&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Database& operator=(Database&&) = delete;
  Database(const Database&) = delete;
  ~Database();

  Status exec(const std::string& sql);
  Expected<Statement> prepare(const std::string& sql);
  int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  const Status& begun() const { return begun_; }
  Status commit();

 private:
  Database& db_;
  Status begun_;
  bool done_ = false;
};

}  // namespace cc
