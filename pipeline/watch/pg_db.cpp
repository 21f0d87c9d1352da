// The PostgreSQL engine of the state database (state_db.h): libpq, text parameters, one
// statement executed per step() of a fresh result. A statement with parameters is prepared once
// per connection (protocol-level, named by its text: PgBouncer 1.21+ keeps these across pooled
// connections) and executed by name after, so the server neither parses nor plans it again.
// A connection the server dropped (a restart, a network cut) is reset before the next statement,
// and LISTEN is issued again (and the statements prepared again) after a reset.
#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <unordered_map>
#include <vector>

#include "pipeline/watch/state_db.h"

namespace cc {
namespace {

Error pg_error(PGconn* c, const std::string& what) {
  std::string why = c ? PQerrorMessage(c) : "out of memory";
  while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
  return make_error(ErrorCode::internal, what + ": " + why);
}

// ?1 -> $1 outside quoted literals: the callers' SQL is written once for both engines. A bare ?
// is numbered as SQLite numbers it: one more than the largest number so far.
std::string to_dollar_params(const std::string& sql) {
  std::string out;
  out.reserve(sql.size());
  bool quoted = false;
  int largest = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char ch = sql[i];
    if (ch == '\'') quoted = !quoted;
    if (quoted || ch != '?') {
      out.push_back(ch);
      continue;
    }
    out.push_back('$');
    size_t end = i + 1;
    while (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end]))) ++end;
    if (end == i + 1) {
      out += std::to_string(++largest);
      continue;
    }
    largest = std::max(largest, std::stoi(sql.substr(i + 1, end - i - 1)));
  }
  return out;
}

class PgConnection;

class PgStatement : public StatementImpl {
 public:
  PgStatement(PgConnection& c, std::string sql) : c_(c), sql_(std::move(sql)) {}
  ~PgStatement() override { PQclear(result_); }
  void bind_text(int i, const std::string& v) override { param(i) = v; }
  void bind_int(int i, int64_t v) override { param(i) = std::to_string(v); }
  void bind_real(int i, double v) override {
    char buf[40];
    snprintf(buf, sizeof buf, "%.17g", v);
    param(i) = buf;
  }
  void bind_null(int i) override { param(i).reset(); }
  bool step(std::optional<Error>& error) override;
  int64_t int_at(int col) const override { return std::strtoll(PQgetvalue(result_, row_, col), nullptr, 10); }
  double real_at(int col) const override { return std::strtod(PQgetvalue(result_, row_, col), nullptr); }
  std::string text_at(int col) const override {
    return std::string(PQgetvalue(result_, row_, col), static_cast<size_t>(PQgetlength(result_, row_, col)));
  }
  bool null_at(int col) const override { return PQgetisnull(result_, row_, col) != 0; }

 private:
  std::optional<std::string>& param(int i) {
    if (params_.size() < static_cast<size_t>(i)) params_.resize(static_cast<size_t>(i));
    return params_[static_cast<size_t>(i - 1)];
  }
  PgConnection& c_;
  std::string sql_;
  std::vector<std::optional<std::string>> params_;
  PGresult* result_ = nullptr;
  int row_ = -1;
};

class PgConnection : public Connection {
 public:
  explicit PgConnection(PGconn* c) : c_(c) {}
  ~PgConnection() override { PQfinish(c_); }
  Engine engine() const override { return Engine::postgresql; }

  // A dropped connection is reset before the next statement, outside a transaction only: the rest
  // of a transaction cut in the middle must fail (its first statements died with the connection;
  // running the others alone would record, say, a dossier version without its fenced job update).
  Status ensure_connected() {
    if (PQstatus(c_) == CONNECTION_OK) return ok_status();
    if (in_transaction_) return make_error(ErrorCode::internal, "the state database connection was lost inside a transaction");
    PQreset(c_);
    prepared_.clear();  // a new session has none
    if (PQstatus(c_) != CONNECTION_OK) return pg_error(c_, "the state database is unreachable");
    for (const auto& ch : channels_) PQclear(PQexec(c_, ("LISTEN " + ch).c_str()));
    return ok_status();
  }
  PGresult* run(const std::string& sql, const std::vector<std::optional<std::string>>& params, Error& error) {
    if (auto st = ensure_connected(); !st) {
      error = st.error();
      return nullptr;
    }
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    // Without parameters PQexec, which also runs several statements (a migration) in one go.
    PGresult* r = nullptr;
    if (params.empty()) {
      r = PQexec(c_, sql.c_str());
    } else {
      const std::string* name = prepared_name(sql, error);
      if (!name) return nullptr;
      r = PQexecPrepared(c_, name->c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
    }
    const auto st = PQresultStatus(r);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return r;
    error = make_error(ErrorCode::internal, std::string("state database: ") + (r ? PQresultErrorMessage(r) : PQerrorMessage(c_)));
    while (!error.message.empty() && error.message.back() == '\n') error.message.pop_back();
    PQclear(r);
    return nullptr;
  }
  // The name `sql` is prepared under on this connection, preparing it the first time.
  const std::string* prepared_name(const std::string& sql, Error& error) {
    if (auto it = prepared_.find(sql); it != prepared_.end()) return &it->second;
    const std::string name = "cc" + std::to_string(prepared_.size() + 1);
    PGresult* r = PQprepare(c_, name.c_str(), sql.c_str(), 0, nullptr);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) {
      error = make_error(ErrorCode::internal, std::string("state database: ") + (r ? PQresultErrorMessage(r) : PQerrorMessage(c_)));
      while (!error.message.empty() && error.message.back() == '\n') error.message.pop_back();
    }
    PQclear(r);
    if (!ok) return nullptr;
    return &prepared_.emplace(sql, name).first->second;
  }
  Status exec(const std::string& sql) override {
    if (sql == "COMMIT" || sql == "ROLLBACK") {
      const bool was_connected = PQstatus(c_) == CONNECTION_OK;
      in_transaction_ = false;
      if (!was_connected) return make_error(ErrorCode::internal, "the state database connection was lost inside a transaction");
    }
    Error error;
    PGresult* r = run(sql, {}, error);
    if (!r) return error;
    PQclear(r);
    return ok_status();
  }
  Expected<std::unique_ptr<StatementImpl>> prepare(const std::string& sql) override {
    return std::unique_ptr<StatementImpl>(new PgStatement(*this, to_dollar_params(sql)));
  }
  Status begin() override {
    auto st = exec("BEGIN");
    in_transaction_ = static_cast<bool>(st);
    return st;
  }
  Status listen(const std::string& channel) override {
    channels_.insert(channel);
    return exec("LISTEN " + channel);
  }
  int wake_fd() override { return PQsocket(c_); }
  void drain() override {
    PQconsumeInput(c_);
    while (PGnotify* n = PQnotifies(c_)) PQfreemem(n);
  }

 private:
  PGconn* c_;
  std::set<std::string> channels_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL text -> its prepared statement's name
  bool in_transaction_ = false;
};

bool PgStatement::step(std::optional<Error>& error) {
  if (!result_) {
    Error e;
    result_ = c_.run(sql_, params_, e);
    if (!result_) {
      error = e;
      return false;
    }
  }
  ++row_;
  return row_ < PQntuples(result_);
}

}  // namespace

std::unique_ptr<Connection> open_postgres(const std::string& url, Error& error) {
  PGconn* raw = PQconnectdb(url.c_str());
  auto c = std::make_unique<PgConnection>(raw);
  if (PQstatus(raw) != CONNECTION_OK) {
    error = pg_error(raw, "cannot connect to the state database");
    return nullptr;
  }
  PQclear(PQexec(raw, "SET client_min_messages TO warning"));
  return c;
}

}  // namespace cc
