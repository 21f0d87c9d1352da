// The ledger's heartbeat (ledger.h): leases extended while their holder is alive, and the daemons
// table `credcheck status` reads (who is alive, since when, how much each has done).
#include <unistd.h>

#include "pipeline/watch/ledger.h"

namespace cc {

Status Ledger::renew_leases() {
  const std::string until = db_.now_sql() + "+?2";
  auto docs = db_.prepare("UPDATE documents SET lease_expires=" + until + " WHERE lease_holder=?1 AND lease_expires>0");
  if (!docs) return docs.error();
  if (auto st = docs->bind(1, holder_).bind(2, lease_seconds_).run(); !st) return st;
  auto jobs = db_.prepare("UPDATE jobs SET lease_expires=" + until + " WHERE lease_holder=?1 AND state='running' AND lease_expires>0");
  if (!jobs) return jobs.error();
  return jobs->bind(1, holder_).bind(2, lease_seconds_).run();
}

Status Ledger::release_all_leases() {
  return db_.exec("UPDATE documents SET lease_holder='', lease_expires=0 WHERE lease_expires>0; "
                  "UPDATE jobs SET lease_holder='', lease_expires=0 WHERE lease_expires>0");
}

Status Ledger::heartbeat(int64_t documents_read, int64_t dossiers_written, double started_at) {
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  auto s = db_.prepare("INSERT INTO daemons(holder, host, pid, started_at, heartbeat_at, documents_read, dossiers_written) VALUES(?1,?2,?3,?4," +
                       db_.now_sql() + ",?5,?6) ON CONFLICT(holder) DO UPDATE SET heartbeat_at=excluded.heartbeat_at, "
                       "documents_read=excluded.documents_read, dossiers_written=excluded.dossiers_written");
  if (!s) return s.error();
  return s->bind(1, holder_).bind(2, std::string(host)).bind(3, static_cast<int64_t>(getpid())).bind(4, started_at)
      .bind(5, documents_read).bind(6, dossiers_written).run();
}

Status Ledger::mark_stopped() {
  Transaction tx(db_);
  if (!tx.begun()) return tx.begun();
  for (const char* table : {"documents", "jobs"}) {
    auto s = db_.prepare(std::string("UPDATE ") + table + " SET lease_holder='', lease_expires=0 WHERE lease_holder=?1");
    if (!s) return s.error();
    if (auto st = s->bind(1, holder_).run(); !st) return st;
  }
  auto s = db_.prepare("UPDATE daemons SET stopped_at=" + db_.now_sql() + ", heartbeat_at=" + db_.now_sql() + " WHERE holder=?1");
  if (!s) return s.error();
  if (auto st = s->bind(1, holder_).run(); !st) return st;
  if (auto st = db_.notify(kWorkChannel); !st) return st;  // what it held is free now
  return tx.commit();
}

Status Ledger::listen_for_work() { return db_.connection().listen(kWorkChannel); }

}  // namespace cc
