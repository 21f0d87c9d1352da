#include "pipeline/watch/ledger.h"

#include <unistd.h>

#include <algorithm>
#include <random>

#include "pipeline/watch/ledger_schema.h"

namespace cc {

const char* const kDocumentColumns =
    "id, candidate, name, inbox_path, size, mtime_ns, sha256, state, attempts, next_attempt, "
    "error_code, error_message, dest_path, moved, seen_at, finished_at, lease_token";
const char* const kWorkChannel = "credcheck_work";

namespace {

constexpr const char* kMembers = "('queued','read','evaluated','done','failed')";
constexpr const char* kLeaseLost = "lease lost: ";

template <class F>
Expected<std::vector<DocumentRow>> rows_of(Database& db, const std::string& sql, F bind) {
  auto s = db.prepare(sql);
  if (!s) return s.error();
  bind(*s);
  std::vector<DocumentRow> out;
  while (s->step()) out.push_back(document_row_from(*s));
  if (s->error()) return *s->error();
  return out;
}

std::string new_holder() {
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  std::random_device rd;
  char tail[16];
  snprintf(tail, sizeof tail, "%08x", rd());
  return std::string(host) + ":" + std::to_string(getpid()) + ":" + tail;
}

}  // namespace

bool lease_lost(const Error& e) { return e.message.rfind(kLeaseLost, 0) == 0; }

DocumentRow document_row_from(const Statement& s) {
  DocumentRow r;
  r.id = s.int_at(0);
  r.candidate = s.text_at(1);
  r.name = s.text_at(2);
  r.inbox_path = s.text_at(3);
  r.size = s.int_at(4);
  r.mtime_ns = s.int_at(5);
  r.sha256 = s.text_at(6);
  r.state = s.text_at(7);
  r.attempts = static_cast<int>(s.int_at(8));
  r.next_attempt = s.real_at(9);
  r.error_code = s.text_at(10);
  r.error_message = s.text_at(11);
  r.dest_path = s.text_at(12);
  r.moved = s.int_at(13) != 0;
  r.seen_at = s.real_at(14);
  r.finished_at = s.real_at(15);
  r.lease_token = s.int_at(16);
  return r;
}

Ledger::Ledger(Database db) : db_(std::move(db)), holder_(new_holder()) {}

Expected<Ledger> Ledger::open(const std::string& state, bool read_only) {
  auto db = Database::open(state, read_only);
  if (!db) return db.error();
  Ledger ledger(std::move(*db));
  auto st = read_only ? check_ledger_schema(ledger.db_) : migrate_ledger(ledger.db_);
  if (!st) return st.error();
  return ledger;
}

Expected<bool> Ledger::known(const std::string& inbox_path, int64_t size, int64_t mtime_ns) {
  auto s = db_.prepare("SELECT 1 FROM documents WHERE inbox_path=?1 AND size=?2 AND mtime_ns=?3 AND moved=0 AND state<>'superseded' LIMIT 1");
  if (!s) return s.error();
  s->bind(1, inbox_path).bind(2, size).bind(3, mtime_ns);
  const bool found = s->step();
  if (s->error()) return *s->error();
  return found;
}

Expected<DocumentRow> Ledger::take(const NewDocument& doc, double now) {
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun().error();
  {
    // The candidate's row, locked on PostgreSQL: takes of one candidate's files by several daemons
    // follow each other, so duplicates and replacements are judged on what the others recorded.
    auto cand = db_.prepare("INSERT INTO candidates(id, updated_at) VALUES(?1, ?2) ON CONFLICT DO NOTHING");
    if (!cand) return cand.error();
    if (auto st = cand->bind(1, doc.candidate).bind(2, now).run(); !st) return st.error();
    if (db_.engine() == Engine::postgresql) {
      auto lock = db_.prepare("SELECT 1 FROM candidates WHERE id=?1 FOR UPDATE");
      if (!lock) return lock.error();
      if (auto st = lock->bind(1, doc.candidate).run(); !st) return st.error();
    }
  }
  std::string state = "queued";
  {
    // The same bytes as a document the candidate has, read or waiting to be: nothing to read. The
    // same bytes as one that failed are read again: dropped anew after, say, adding its password.
    auto dup = db_.prepare(std::string("SELECT 1 FROM documents WHERE candidate=?1 AND sha256=?2 AND error_code='' AND state IN ") +
                           kMembers + " LIMIT 1");
    if (!dup) return dup.error();
    dup->bind(1, doc.candidate).bind(2, doc.sha256);
    if (dup->step()) state = "duplicate";
    if (dup->error()) return *dup->error();
  }
  if (state == "queued") {
    // It replaces the candidate's document of the same name, and a failed copy of itself.
    auto sup = db_.prepare(std::string("UPDATE documents SET state='superseded', finished_at=?3 WHERE candidate=?1 AND "
                                       "(name=?2 OR (?4<>'' AND sha256=?4 AND error_code<>'')) AND state IN ") + kMembers);
    if (!sup) return sup.error();
    if (auto st = sup->bind(1, doc.candidate).bind(2, doc.name).bind(3, now).bind(4, doc.sha256).run(); !st) return st.error();
  }
  // The same input still in place (path, size, time, content) is one row: of several daemons
  // taking it at once, the first inserts and the others insert nothing.
  auto ins = db_.prepare("INSERT INTO documents(candidate, name, inbox_path, size, mtime_ns, sha256, state, seen_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8) "
                         "ON CONFLICT DO NOTHING RETURNING id");
  if (!ins) return ins.error();
  ins->bind(1, doc.candidate).bind(2, doc.name).bind(3, doc.inbox_path).bind(4, doc.size).bind(5, doc.mtime_ns)
      .bind(6, doc.sha256).bind(7, state).bind(8, now);
  DocumentRow row;
  if (ins->step()) row.id = ins->int_at(0);
  if (auto st = ins->run(); !st) return st.error();
  if (row.id == 0) {
    row.state = "taken elsewhere";
    return row;  // the transaction rolls back: nothing of this attempt is recorded
  }
  row.candidate = doc.candidate;
  row.name = doc.name;
  row.inbox_path = doc.inbox_path;
  row.size = doc.size;
  row.mtime_ns = doc.mtime_ns;
  row.sha256 = doc.sha256;
  row.state = state;
  row.seen_at = now;
  if (auto st = db_.notify(kWorkChannel); !st) return st.error();
  if (auto st = tx.commit(); !st) return st.error();
  return row;
}

Status Ledger::refuse(const NewDocument& doc, const std::string& why, const std::string& dest, double now) {
  auto s = db_.prepare("INSERT INTO documents(candidate, name, inbox_path, size, mtime_ns, state, error_code, error_message, dest_path, seen_at) "
                       "VALUES(?1,?2,?3,?4,?5,'refused','refused',?6,?7,?8) ON CONFLICT DO NOTHING");
  if (!s) return s.error();
  return s->bind(1, doc.candidate).bind(2, doc.name).bind(3, doc.inbox_path).bind(4, doc.size).bind(5, doc.mtime_ns)
      .bind(6, why).bind(7, dest).bind(8, now).run();
}

Expected<std::vector<DocumentRow>> Ledger::claim_rows(const std::string& where, const std::string& order, int limit,
                                                      const std::function<void(Statement&)>& bind) {
  const std::string now = db_.now_sql();
  // On PostgreSQL the claim commits without waiting for its WAL to reach the disk (the commit
  // that records a result waits, as always). A claim lost in a server crash only means the
  // document is claimed again: the lost attempt's token and holder are no longer the row's, so
  // the fence refuses whatever it would record; and since WAL is written in order, a result's
  // durable commit makes every claim before it durable too.
  const std::string claim_commits_async =
      db_.engine() == Engine::postgresql ? " FROM (SELECT set_config('synchronous_commit', 'off', true)) AS claim_commit" : "";
  auto rows = rows_of(db_,
                      "UPDATE documents SET lease_holder=?1, lease_token=" + db_.new_token_sql() + ", lease_expires=" + now + "+?2" +
                          claim_commits_async + " WHERE id IN (SELECT id FROM documents WHERE " + where + " AND (lease_expires<" + now +
                          " OR lease_holder=?1) ORDER BY " + order + " LIMIT ?3" + db_.skip_locked_sql() + ") RETURNING " +
                          kDocumentColumns,
                      [&](Statement& s) {
                        s.bind(1, holder_).bind(2, lease_seconds_).bind(3, limit);
                        bind(s);
                      });
  return rows;
}

Expected<std::vector<DocumentRow>> Ledger::due(double now, int limit) {
  auto rows = claim_rows("state='queued' AND next_attempt<=?4", "next_attempt, id", limit, [&](Statement& s) { s.bind(4, now); });
  if (rows) std::sort(rows->begin(), rows->end(), [](const DocumentRow& a, const DocumentRow& b) {
      return a.next_attempt != b.next_attempt ? a.next_attempt < b.next_attempt : a.id < b.id;
    });
  return rows;
}

Expected<int64_t> Ledger::count_in_state(const std::string& state) {
  auto s = db_.prepare("SELECT COUNT(*) FROM documents WHERE state=?1");
  if (!s) return s.error();
  s->bind(1, state);
  const int64_t n = s->step() ? s->int_at(0) : 0;
  if (s->error()) return *s->error();
  return n;
}

Expected<std::optional<double>> Ledger::next_due() {
  // Documents another daemon is reading are not ours to wait for: its NOTIFY wakes us after.
  auto s = db_.prepare("SELECT MIN(next_attempt) FROM documents WHERE state='queued' AND (lease_holder=?1 OR lease_expires<" + db_.now_sql() + ")");
  if (!s) return s.error();
  s->bind(1, holder_);
  std::optional<double> out;
  if (s->step() && !s->null_at(0)) out = s->real_at(0);
  if (s->error()) return *s->error();
  return out;
}

Status Ledger::check_fence(int64_t id, int64_t token) {
  if (token == 0) return ok_status();
  auto s = db_.prepare("SELECT lease_token FROM documents WHERE id=?1");
  if (!s) return s.error();
  s->bind(1, id);
  const int64_t current = s->step() ? s->int_at(0) : 0;
  if (s->error()) return *s->error();
  if (current == token) return ok_status();
  return make_error(ErrorCode::internal, std::string(kLeaseLost) + "document " + std::to_string(id) + " was claimed by another attempt");
}

// The fence is in the statement itself: the row changes only while its token, parameter `n`, is
// still the current one and this ledger's holder, parameter n+1, still holds it (a token alone
// could come again from the sequence after a server crash lost an asynchronous claim).
static std::string fence(int n) {
  const std::string p = "CAST(?" + std::to_string(n) + " AS BIGINT)";
  return " AND (" + p + "=0 OR (lease_token=" + p + " AND lease_holder=?" + std::to_string(n + 1) + ")) RETURNING id";
}

Status Ledger::mark_read(int64_t id, const std::string& sha256, const std::string& error_code, const std::string& error_message, double now,
                         int64_t token) {
  auto s = db_.prepare(std::string("UPDATE documents SET state='read', sha256=CASE WHEN ?2='' THEN sha256 ELSE ?2 END, error_code=?3, "
                                   "error_message=?4, read_at=?5, lease_holder='', lease_expires=0 WHERE id=?1 AND state='queued'") + fence(6));
  if (!s) return s.error();
  s->bind(1, id).bind(2, sha256).bind(3, error_code).bind(4, error_message).bind(5, now).bind(6, token).bind(7, holder_);
  const bool changed = s->step();
  if (auto st = s->run(); !st) return st;
  if (!changed) return check_fence(id, token);
  // Its candidate may be ready. A NOTIFY of its own, after the commit: PostgreSQL commits notifying
  // transactions one at a time (a global lock held through the WAL flush), so a NOTIFY inside the
  // update would stop the completions' commits from sharing a flush (measured: 3x slower).
  return db_.notify(kWorkChannel);
}

Status Ledger::mark_retry(int64_t id, const std::string& error_code, const std::string& error_message, double next_attempt, bool count_attempt,
                          int64_t token) {
  auto s = db_.prepare(std::string("UPDATE documents SET attempts=attempts+?2, error_code=?3, error_message=?4, next_attempt=?5, "
                                   "lease_holder='', lease_expires=0 WHERE id=?1 AND state='queued'") + fence(6));
  if (!s) return s.error();
  s->bind(1, id).bind(2, count_attempt ? 1 : 0).bind(3, error_code).bind(4, error_message).bind(5, next_attempt).bind(6, token).bind(7, holder_);
  const bool changed = s->step();
  if (auto st = s->run(); !st) return st;
  return changed ? ok_status() : check_fence(id, token);
}

Status Ledger::requeue(int64_t id) {
  auto s = db_.prepare("UPDATE documents SET state='queued', next_attempt=0, lease_holder='', lease_expires=0 WHERE id=?1");
  if (!s) return s.error();
  return s->bind(1, id).run();
}

Expected<std::vector<DocumentRow>> Ledger::pending_moves() {
  return claim_rows("moved=0 AND finished_at=0 AND state IN ('evaluated','duplicate','refused')", "id", 100000, [](Statement&) {});
}

Status Ledger::mark_moved(int64_t id, bool moved, double now, int64_t token) {
  auto s = db_.prepare(std::string("UPDATE documents SET moved=?2, finished_at=?3, lease_holder='', lease_expires=0, state=CASE WHEN state='evaluated' THEN "
                                   "(CASE WHEN error_code='' THEN 'done' ELSE 'failed' END) ELSE state END WHERE id=?1") + fence(4));
  if (!s) return s.error();
  s->bind(1, id).bind(2, moved ? 1 : 0).bind(3, now).bind(4, token).bind(5, holder_);
  const bool changed = s->step();
  if (auto st = s->run(); !st) return st;
  return changed ? ok_status() : check_fence(id, token);
}

Expected<int64_t> Ledger::moves_held_elsewhere() {
  auto s = db_.prepare("SELECT COUNT(*) FROM documents WHERE moved=0 AND finished_at=0 AND state IN ('evaluated','duplicate','refused') "
                       "AND lease_holder<>?1");
  if (!s) return s.error();
  s->bind(1, holder_);
  const int64_t n = s->step() ? s->int_at(0) : 0;
  if (auto st = s->run(); !st) return st.error();
  return n;
}

Status Ledger::set_destination(int64_t id, const std::string& dest, int64_t token) {
  auto s = db_.prepare(std::string("UPDATE documents SET dest_path=?2 WHERE id=?1 AND moved=0") + fence(3));
  if (!s) return s.error();
  s->bind(1, id).bind(2, dest).bind(3, token).bind(4, holder_);
  const bool changed = s->step();
  if (auto st = s->run(); !st) return st;
  return changed ? ok_status() : check_fence(id, token);
}

Expected<bool> Ledger::destination_taken(const std::string& dest) {
  auto s = db_.prepare("SELECT 1 FROM documents WHERE dest_path=?1 LIMIT 1");
  if (!s) return s.error();
  s->bind(1, dest);
  const bool found = s->step();
  if (s->error()) return *s->error();
  return found;
}

Expected<std::vector<DocumentRow>> Ledger::all_documents() {
  return rows_of(db_, std::string("SELECT ") + kDocumentColumns + " FROM documents ORDER BY id", [](Statement&) {});
}

}  // namespace cc
