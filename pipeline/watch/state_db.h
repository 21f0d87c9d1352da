// The watch daemon's state database, over either engine: SQLite (a file, the embedded default) or
// PostgreSQL (a postgresql:// URL that several daemons on several machines share). Callers write
// one SQL text with ?1, ?2 ... placeholders; the few places the dialects differ ask `engine()` or
// the helpers below (the database's clock, a fresh attempt token, FOR UPDATE SKIP LOCKED).
// Failures are values (Status/Expected), never exceptions. Engines: sqlite_db.cpp, pg_db.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/expected.h"

namespace cc {

enum class Engine { sqlite, postgresql };

// True for postgresql:// and postgres:// URLs; anything else is an SQLite file.
bool is_postgres_url(const std::string& state);

// One prepared statement of an engine (sqlite_db.cpp, pg_db.cpp).
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  virtual void bind_text(int index, const std::string& value) = 0;
  virtual void bind_int(int index, int64_t value) = 0;
  virtual void bind_real(int index, double value) = 0;
  virtual void bind_null(int index) = 0;
  // Next row: true when one is there; false when done or failed (then `error` is set).
  virtual bool step(std::optional<Error>& error) = 0;
  virtual int64_t int_at(int col) const = 0;
  virtual double real_at(int col) const = 0;
  virtual std::string text_at(int col) const = 0;
  virtual bool null_at(int col) const = 0;
};

class Statement {
 public:
  Statement() = default;
  explicit Statement(std::unique_ptr<StatementImpl> impl) : impl_(std::move(impl)) {}

  // Binds by 1-based index; returns *this to chain.
  Statement& bind(int index, const std::string& value);
  Statement& bind(int index, const char* value) { return bind(index, std::string(value)); }
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind_null(int index);

  // Steps once: true when a row is available, false when done. Errors become `error()`.
  bool step();
  // Runs to completion (for statements that return no rows, or the rest of a RETURNING).
  // SQLite keeps a statement in progress until then, and a transaction cannot commit meanwhile.
  Status run();
  const std::optional<Error>& error() const { return error_; }

  int64_t int_at(int col) const { return impl_->int_at(col); }
  double real_at(int col) const { return impl_->real_at(col); }
  std::string text_at(int col) const { return impl_->text_at(col); }
  bool null_at(int col) const { return impl_->null_at(col); }

 private:
  std::unique_ptr<StatementImpl> impl_;
  std::optional<Error> error_;
};

// One connection of an engine.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;
  virtual Status exec(const std::string& sql) = 0;
  virtual Expected<std::unique_ptr<StatementImpl>> prepare(const std::string& sql) = 0;
  virtual Status begin() = 0;  // a write transaction
  // Wake-ups (PostgreSQL LISTEN/NOTIFY): a descriptor readable when a notification arrives, -1 when
  // the engine has none; drain() consumes what arrived.
  virtual Status listen(const std::string&) { return ok_status(); }
  virtual int wake_fd() { return -1; }
  virtual void drain() {}
};

class Database {
 public:
  // `state` an SQLite file (opened, created unless read_only, with WAL journaling, full fsync and
  // a busy timeout so a `status` reader and the daemon never fail on each other's locks) or a
  // postgresql:// URL.
  static Expected<Database> open(const std::string& state, bool read_only = false);
  explicit Database(std::unique_ptr<Connection> c) : c_(std::move(c)) {}

  Engine engine() const { return c_->engine(); }
  Status exec(const std::string& sql) { return c_->exec(sql); }
  Expected<Statement> prepare(const std::string& sql);
  Connection& connection() { return *c_; }

  // SQL fragments where the dialects differ.
  std::string now_sql() const;           // the database's clock, seconds since the epoch (leases)
  std::string new_token_sql() const;     // a fresh attempt token
  std::string skip_locked_sql() const;   // " FOR UPDATE SKIP LOCKED" on PostgreSQL, "" on SQLite
  // NOTIFY a channel inside the current transaction (nothing on SQLite).
  Status notify(const std::string& channel);

 private:
  std::unique_ptr<Connection> c_;
};

// A write transaction (BEGIN IMMEDIATE on SQLite); rolled back on destruction unless committed.
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

std::unique_ptr<Connection> open_sqlite(const std::string& path, bool read_only, Error& error);
std::unique_ptr<Connection> open_postgres(const std::string& url, Error& error);

}  // namespace cc
