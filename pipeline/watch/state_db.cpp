#include "pipeline/watch/state_db.h"

namespace cc {

bool is_postgres_url(const std::string& state) {
  return state.rfind("postgresql://", 0) == 0 || state.rfind("postgres://", 0) == 0;
}

Statement& Statement::bind(int index, const std::string& value) {
  impl_->bind_text(index, value);
  return *this;
}
Statement& Statement::bind(int index, int64_t value) {
  impl_->bind_int(index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  impl_->bind_real(index, value);
  return *this;
}
Statement& Statement::bind_null(int index) {
  impl_->bind_null(index);
  return *this;
}

bool Statement::step() {
  if (error_) return false;
  return impl_->step(error_);
}

Status Statement::run() {
  while (step()) {
  }
  if (error_) return *error_;
  return ok_status();
}

Expected<Database> Database::open(const std::string& state, bool read_only) {
  Error error;
  auto c = is_postgres_url(state) ? open_postgres(state, error) : open_sqlite(state, read_only, error);
  if (!c) return error;
  return Database(std::move(c));
}

Expected<Statement> Database::prepare(const std::string& sql) {
  auto impl = c_->prepare(sql);
  if (!impl) return impl.error();
  return Statement(std::move(*impl));
}

std::string Database::now_sql() const {
  return engine() == Engine::postgresql ? "extract(epoch from clock_timestamp())::double precision"
                                        : "((julianday('now') - 2440587.5) * 86400.0)";
}

std::string Database::new_token_sql() const {
  return engine() == Engine::postgresql ? "nextval('lease_tokens')" : "(abs(random() % 9000000000000000) + 1)";
}

std::string Database::skip_locked_sql() const { return engine() == Engine::postgresql ? " FOR UPDATE SKIP LOCKED" : ""; }

Status Database::notify(const std::string& channel) {
  if (engine() != Engine::postgresql) return ok_status();
  return exec("NOTIFY " + channel);
}

Transaction::Transaction(Database& db) : db_(db), begun_(db.connection().begin()) {}

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
