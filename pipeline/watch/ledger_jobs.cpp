// The ledger's candidate jobs (ledger.h): which candidates are ready, their members, and the
// claimed, fenced job that writes each dossier version.
#include "pipeline/watch/ledger.h"

namespace cc {

Expected<std::vector<std::string>> Ledger::candidates_ready() {
  auto s = db_.prepare("SELECT DISTINCT candidate FROM documents d WHERE state='read' AND NOT EXISTS "
                       "(SELECT 1 FROM documents q WHERE q.candidate=d.candidate AND q.state='queued') AND NOT EXISTS "
                       "(SELECT 1 FROM jobs j WHERE j.candidate=d.candidate AND j.state='running' AND j.lease_holder<>?1 AND j.lease_expires>=" +
                       db_.now_sql() + ") ORDER BY candidate");
  if (!s) return s.error();
  s->bind(1, holder_);
  std::vector<std::string> out;
  while (s->step()) out.push_back(s->text_at(0));
  if (s->error()) return *s->error();
  return out;
}

Expected<std::vector<DocumentRow>> Ledger::members(const std::string& candidate) {
  auto s = db_.prepare(std::string("SELECT ") + kDocumentColumns +
                       " FROM documents WHERE candidate=?1 AND state IN ('queued','read','evaluated','done','failed') ORDER BY name, id");
  if (!s) return s.error();
  s->bind(1, candidate);
  std::vector<DocumentRow> out;
  while (s->step()) out.push_back(document_row_from(*s));
  if (s->error()) return *s->error();
  return out;
}

Expected<int64_t> Ledger::current_version(const std::string& candidate) {
  auto s = db_.prepare("SELECT version FROM candidates WHERE id=?1");
  if (!s) return s.error();
  s->bind(1, candidate);
  const int64_t v = s->step() ? s->int_at(0) : 0;
  if (s->error()) return *s->error();
  return v;
}

Expected<std::optional<JobClaim>> Ledger::claim_job(const std::string& candidate, int documents, double now) {
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun().error();
  if (db_.engine() == Engine::postgresql) {
    // Whoever holds the candidate's row (taking a file, claiming the job) goes first; we come back.
    auto lock = db_.prepare("SELECT 1 FROM candidates WHERE id=?1" + db_.skip_locked_sql());
    if (!lock) return lock.error();
    lock->bind(1, candidate);
    const bool locked = lock->step();
    if (auto st = lock->run(); !st) return st.error();
    if (!locked) return std::optional<JobClaim>();
  }
  {
    // Still ready: another daemon may have evaluated it since our candidates_ready().
    auto ready = db_.prepare("SELECT COUNT(*) FROM documents WHERE candidate=?1 AND state='read' AND NOT EXISTS "
                             "(SELECT 1 FROM documents q WHERE q.candidate=?1 AND q.state='queued')");
    if (!ready) return ready.error();
    ready->bind(1, candidate);
    const bool still_ready = ready->step() && ready->int_at(0) > 0;
    if (auto st = ready->run(); !st) return st.error();
    if (!still_ready) return std::optional<JobClaim>();
  }
  JobClaim claim;
  bool live_elsewhere = false;
  {
    auto running = db_.prepare("SELECT version, CASE WHEN lease_holder<>?2 AND lease_expires>=" + db_.now_sql() +
                               " THEN 1 ELSE 0 END FROM jobs WHERE candidate=?1 AND state='running' ORDER BY id DESC LIMIT 1");
    if (!running) return running.error();
    running->bind(1, candidate).bind(2, holder_);
    if (running->step()) {
      claim.version = running->int_at(0);
      live_elsewhere = running->int_at(1) != 0;
    }
    if (auto st = running->run(); !st) return st.error();
  }
  if (live_elsewhere) return std::optional<JobClaim>();
  const std::string token = db_.new_token_sql(), expires = db_.now_sql() + "+?6";
  std::optional<Statement> s;
  if (claim.version > 0) {  // an interrupted job, or one whose holder's lease ran out: the same version
    auto p = db_.prepare("UPDATE jobs SET runs=runs+1, documents=?3, started_at=?4, lease_holder=?5, lease_token=" + token + ", lease_expires=" + expires +
                         " WHERE candidate=?1 AND version=?2 AND state='running' RETURNING lease_token");
    if (!p) return p.error();
    s = std::move(*p);
  } else {
    auto v = current_version(candidate);
    if (!v) return v.error();
    claim.version = *v + 1;
    auto p = db_.prepare("INSERT INTO jobs(candidate, version, state, documents, started_at, lease_holder, lease_token, lease_expires) "
                         "VALUES(?1,?2,'running',?3,?4,?5," + token + "," + expires + ") RETURNING lease_token");
    if (!p) return p.error();
    s = std::move(*p);
  }
  s->bind(1, candidate).bind(2, claim.version).bind(3, documents).bind(4, now).bind(5, holder_).bind(6, lease_seconds_);
  if (s->step()) claim.token = s->int_at(0);
  if (auto st = s->run(); !st) return st.error();
  if (auto st = tx.commit(); !st) return st.error();
  return std::optional<JobClaim>(claim);
}

Expected<int64_t> Ledger::begin_job(const std::string& candidate, int documents, double now) {
  auto claim = claim_job(candidate, documents, now);
  if (!claim) return claim.error();
  if (!*claim) return make_error(ErrorCode::internal, candidate + ": another daemon holds its job");
  return (*claim)->version;
}

Expected<int64_t> Ledger::running_jobs() {
  auto s = db_.prepare("SELECT COUNT(*) FROM jobs WHERE state='running'");
  if (!s) return s.error();
  const int64_t n = s->step() ? s->int_at(0) : 0;
  if (auto st = s->run(); !st) return st.error();
  return n;
}

Status Ledger::release_job(const std::string& candidate, int64_t token) {
  auto s = db_.prepare("UPDATE jobs SET lease_holder='', lease_expires=0 WHERE candidate=?1 AND state='running' AND lease_token=?2");
  if (!s) return s.error();
  return s->bind(1, candidate).bind(2, token).run();
}

Expected<bool> Ledger::job_current(const std::string& candidate, int64_t token) {
  auto s = db_.prepare("SELECT 1 FROM jobs WHERE candidate=?1 AND state='running' AND lease_token=?2");
  if (!s) return s.error();
  s->bind(1, candidate).bind(2, token);
  const bool found = s->step();
  if (s->error()) return *s->error();
  return found;
}

Status Ledger::finish_job(const std::string& candidate, int64_t version, const std::vector<std::pair<int64_t, std::string>>& destinations,
                          double now, int64_t token) {
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun();
  // Fenced: the job is closed only by its current attempt; a stale one records nothing below.
  auto job = db_.prepare("UPDATE jobs SET state='done', finished_at=?3, lease_holder='', lease_expires=0 WHERE candidate=?1 AND version=?2 "
                         "AND state='running' AND (CAST(?4 AS BIGINT)=0 OR lease_token=CAST(?4 AS BIGINT)) RETURNING id");
  if (!job) return job.error();
  job->bind(1, candidate).bind(2, version).bind(3, now).bind(4, token);
  const bool closed = job->step();
  if (auto st = job->run(); !st) return st;
  if (!closed && token != 0)
    return make_error(ErrorCode::internal, "lease lost: " + candidate + " version " + std::to_string(version) + " is another attempt's");
  auto cand = db_.prepare("INSERT INTO candidates(id, version, updated_at) VALUES(?1,?2,?3) "
                          "ON CONFLICT(id) DO UPDATE SET version=excluded.version, updated_at=excluded.updated_at");
  if (!cand) return cand.error();
  if (auto st = cand->bind(1, candidate).bind(2, version).bind(3, now).run(); !st) return st;
  for (const auto& [id, dest] : destinations) {
    auto s = db_.prepare("UPDATE documents SET state='evaluated', dest_path=?2 WHERE id=?1 AND state='read'");
    if (!s) return s.error();
    if (auto st = s->bind(1, id).bind(2, dest).run(); !st) return st;
  }
  if (auto st = db_.notify(kWorkChannel); !st) return st;  // its moves
  return tx.commit();
}

}  // namespace cc
