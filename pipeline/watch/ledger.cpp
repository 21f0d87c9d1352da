#include "pipeline/watch/ledger.h"

namespace cc {

const char* const kDocumentColumns =
    "id, candidate, name, inbox_path, size, mtime_ns, sha256, state, attempts, next_attempt, "
    "error_code, error_message, dest_path, moved, seen_at, finished_at";

namespace {

constexpr const char* kMembers = "('queued','read','evaluated','done','failed')";

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY,
  candidate TEXT NOT NULL,
  name TEXT NOT NULL,
  inbox_path TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  mtime_ns INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt REAL NOT NULL DEFAULT 0,
  error_code TEXT NOT NULL DEFAULT '',
  error_message TEXT NOT NULL DEFAULT '',
  dest_path TEXT NOT NULL DEFAULT '',
  moved INTEGER NOT NULL DEFAULT 0,
  seen_at REAL NOT NULL DEFAULT 0,
  read_at REAL NOT NULL DEFAULT 0,
  finished_at REAL NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS documents_by_candidate ON documents(candidate, state);
CREATE INDEX IF NOT EXISTS documents_by_path ON documents(inbox_path);
CREATE INDEX IF NOT EXISTS documents_by_state ON documents(state, next_attempt);
CREATE TABLE IF NOT EXISTS candidates(
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 0,
  updated_at REAL NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS jobs(
  id INTEGER PRIMARY KEY,
  candidate TEXT NOT NULL,
  version INTEGER NOT NULL,
  state TEXT NOT NULL,
  documents INTEGER NOT NULL DEFAULT 0,
  started_at REAL NOT NULL DEFAULT 0,
  finished_at REAL NOT NULL DEFAULT 0,
  runs INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES('schema', 'credcheck.ledger/1');
)sql";

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

}  // namespace

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
  return r;
}

Expected<Ledger> Ledger::open(const std::string& path, bool read_only) {
  auto db = Database::open(path, read_only);
  if (!db) return db.error();
  Ledger ledger(std::move(*db));
  if (!read_only)
    if (auto st = ledger.migrate(); !st) return st.error();
  return ledger;
}

Status Ledger::migrate() { return db_.exec(kSchema); }

Expected<bool> Ledger::known(const std::string& inbox_path, int64_t size, int64_t mtime_ns) {
  auto s = db_.prepare("SELECT 1 FROM documents WHERE inbox_path=?1 AND size=?2 AND mtime_ns=?3 AND moved=0 AND state!='superseded' LIMIT 1");
  if (!s) return s.error();
  s->bind(1, inbox_path).bind(2, size).bind(3, mtime_ns);
  const bool found = s->step();
  if (s->error()) return *s->error();
  return found;
}

Expected<DocumentRow> Ledger::take(const NewDocument& doc, double now) {
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun().error();
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
  auto ins = db_.prepare("INSERT INTO documents(candidate, name, inbox_path, size, mtime_ns, sha256, state, seen_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
  if (!ins) return ins.error();
  ins->bind(1, doc.candidate).bind(2, doc.name).bind(3, doc.inbox_path).bind(4, doc.size).bind(5, doc.mtime_ns)
      .bind(6, doc.sha256).bind(7, state).bind(8, now);
  if (auto st = ins->run(); !st) return st.error();
  DocumentRow row;
  row.id = db_.last_insert_id();
  row.candidate = doc.candidate;
  row.name = doc.name;
  row.inbox_path = doc.inbox_path;
  row.size = doc.size;
  row.mtime_ns = doc.mtime_ns;
  row.sha256 = doc.sha256;
  row.state = state;
  row.seen_at = now;
  auto cand = db_.prepare("INSERT OR IGNORE INTO candidates(id, updated_at) VALUES(?1, ?2)");
  if (!cand) return cand.error();
  if (auto st = cand->bind(1, doc.candidate).bind(2, now).run(); !st) return st.error();
  if (auto st = tx.commit(); !st) return st.error();
  return row;
}

Status Ledger::refuse(const NewDocument& doc, const std::string& why, const std::string& dest, double now) {
  auto s = db_.prepare("INSERT INTO documents(candidate, name, inbox_path, size, mtime_ns, state, error_code, error_message, dest_path, seen_at) "
                       "VALUES(?1,?2,?3,?4,?5,'refused','refused',?6,?7,?8)");
  if (!s) return s.error();
  return s->bind(1, doc.candidate).bind(2, doc.name).bind(3, doc.inbox_path).bind(4, doc.size).bind(5, doc.mtime_ns)
      .bind(6, why).bind(7, dest).bind(8, now).run();
}

Expected<std::vector<DocumentRow>> Ledger::due(double now, int limit) {
  return rows_of(db_, std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE state='queued' AND next_attempt<=?1 ORDER BY next_attempt, id LIMIT ?2",
                 [&](Statement& s) { s.bind(1, now).bind(2, limit); });
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
  auto s = db_.prepare("SELECT MIN(next_attempt) FROM documents WHERE state='queued'");
  if (!s) return s.error();
  std::optional<double> out;
  if (s->step() && !s->null_at(0)) out = s->real_at(0);
  if (s->error()) return *s->error();
  return out;
}

Status Ledger::mark_read(int64_t id, const std::string& sha256, const std::string& error_code, const std::string& error_message, double now) {
  auto s = db_.prepare("UPDATE documents SET state='read', sha256=CASE WHEN ?2='' THEN sha256 ELSE ?2 END, error_code=?3, error_message=?4, read_at=?5 WHERE id=?1 AND state='queued'");
  if (!s) return s.error();
  return s->bind(1, id).bind(2, sha256).bind(3, error_code).bind(4, error_message).bind(5, now).run();
}

Status Ledger::mark_retry(int64_t id, const std::string& error_code, const std::string& error_message, double next_attempt, bool count_attempt) {
  auto s = db_.prepare("UPDATE documents SET attempts=attempts+?2, error_code=?3, error_message=?4, next_attempt=?5 WHERE id=?1 AND state='queued'");
  if (!s) return s.error();
  return s->bind(1, id).bind(2, count_attempt ? 1 : 0).bind(3, error_code).bind(4, error_message).bind(5, next_attempt).run();
}

Status Ledger::requeue(int64_t id) {
  auto s = db_.prepare("UPDATE documents SET state='queued', next_attempt=0 WHERE id=?1");
  if (!s) return s.error();
  return s->bind(1, id).run();
}

Expected<std::vector<std::string>> Ledger::candidates_ready() {
  auto s = db_.prepare("SELECT DISTINCT candidate FROM documents d WHERE state='read' AND NOT EXISTS "
                       "(SELECT 1 FROM documents q WHERE q.candidate=d.candidate AND q.state='queued') ORDER BY candidate");
  if (!s) return s.error();
  std::vector<std::string> out;
  while (s->step()) out.push_back(s->text_at(0));
  if (s->error()) return *s->error();
  return out;
}

Expected<std::vector<DocumentRow>> Ledger::members(const std::string& candidate) {
  return rows_of(db_, std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE candidate=?1 AND state IN " + kMembers + " ORDER BY name, id",
                 [&](Statement& s) { s.bind(1, candidate); });
}

Expected<int64_t> Ledger::current_version(const std::string& candidate) {
  auto s = db_.prepare("SELECT version FROM candidates WHERE id=?1");
  if (!s) return s.error();
  s->bind(1, candidate);
  const int64_t v = s->step() ? s->int_at(0) : 0;
  if (s->error()) return *s->error();
  return v;
}

Expected<int64_t> Ledger::begin_job(const std::string& candidate, int documents, double now) {
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun().error();
  int64_t version = 0;
  {
    auto running = db_.prepare("SELECT version FROM jobs WHERE candidate=?1 AND state='running' ORDER BY id DESC LIMIT 1");
    if (!running) return running.error();
    running->bind(1, candidate);
    if (running->step()) version = running->int_at(0);
    if (running->error()) return *running->error();
  }
  if (version > 0) {
    auto s = db_.prepare("UPDATE jobs SET runs=runs+1, documents=?3, started_at=?4 WHERE candidate=?1 AND version=?2 AND state='running'");
    if (!s) return s.error();
    if (auto st = s->bind(1, candidate).bind(2, version).bind(3, documents).bind(4, now).run(); !st) return st.error();
  } else {
    auto v = current_version(candidate);
    if (!v) return v.error();
    version = *v + 1;
    auto s = db_.prepare("INSERT INTO jobs(candidate, version, state, documents, started_at) VALUES(?1,?2,'running',?3,?4)");
    if (!s) return s.error();
    if (auto st = s->bind(1, candidate).bind(2, version).bind(3, documents).bind(4, now).run(); !st) return st.error();
  }
  if (auto st = tx.commit(); !st) return st.error();
  return version;
}

Status Ledger::finish_job(const std::string& candidate, int64_t version, const std::vector<std::pair<int64_t, std::string>>& destinations, double now) {
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun();
  auto job = db_.prepare("UPDATE jobs SET state='done', finished_at=?3 WHERE candidate=?1 AND version=?2 AND state='running'");
  if (!job) return job.error();
  if (auto st = job->bind(1, candidate).bind(2, version).bind(3, now).run(); !st) return st;
  auto cand = db_.prepare("INSERT INTO candidates(id, version, updated_at) VALUES(?1,?2,?3) "
                          "ON CONFLICT(id) DO UPDATE SET version=excluded.version, updated_at=excluded.updated_at");
  if (!cand) return cand.error();
  if (auto st = cand->bind(1, candidate).bind(2, version).bind(3, now).run(); !st) return st;
  for (const auto& [id, dest] : destinations) {
    auto s = db_.prepare("UPDATE documents SET state='evaluated', dest_path=?2 WHERE id=?1 AND state='read'");
    if (!s) return s.error();
    if (auto st = s->bind(1, id).bind(2, dest).run(); !st) return st;
  }
  return tx.commit();
}

Expected<std::vector<DocumentRow>> Ledger::pending_moves() {
  return rows_of(db_, std::string("SELECT ") + kDocumentColumns +
                          " FROM documents WHERE moved=0 AND finished_at=0 AND state IN ('evaluated','duplicate','refused') ORDER BY id",
                 [](Statement&) {});
}

Status Ledger::mark_moved(int64_t id, bool moved, double now) {
  auto s = db_.prepare("UPDATE documents SET moved=?2, finished_at=?3, state=CASE WHEN state='evaluated' THEN "
                       "(CASE WHEN error_code='' THEN 'done' ELSE 'failed' END) ELSE state END WHERE id=?1");
  if (!s) return s.error();
  return s->bind(1, id).bind(2, moved ? 1 : 0).bind(3, now).run();
}

Status Ledger::set_destination(int64_t id, const std::string& dest) {
  auto s = db_.prepare("UPDATE documents SET dest_path=?2 WHERE id=?1 AND moved=0");
  if (!s) return s.error();
  return s->bind(1, id).bind(2, dest).run();
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
