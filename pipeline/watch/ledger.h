// The watch daemon's ledger: a database holding every document taken from the inbox and every
// candidate evaluation, so that a restart after SIGKILL or power loss resumes with nothing lost and
// nothing done twice. The state is an SQLite file (one daemon; the embedded default) or a
// PostgreSQL database that several daemons on several machines share (state_db.h); the SQL and
// its meaning are the same on both. Each step of a document is one transaction:
//
//   queued -> read -> evaluated -> done (archived or left in place) | failed (quarantined)
//   duplicate (same content already in the candidate), refused (symlink out of the inbox, not a
//   regular file), superseded (a later file of the same name replaced it)
//
// A document's destination (archive or quarantine path) is recorded before it is moved, so an
// interrupted move is finished on restart. A candidate job records the dossier version it writes;
// a job interrupted before it was recorded done is redone with the same version number, and since
// a dossier is a pure function of its documents the redo writes the same dossier.
//
// Several daemons: work is claimed, never assigned. due(), pending_moves() and claim_job() give
// what they return a lease (this ledger's holder, a fresh attempt token, an expiry on the
// database's clock; FOR UPDATE SKIP LOCKED on PostgreSQL, so claimers never wait on each other);
// renew_leases() (the heartbeat, from another connection) keeps them while OCR runs; an expired
// lease is claimed by whoever comes next. Fencing: a read, a dossier version or a move is recorded
// only while the token passed is still the row's current one, in the same statement or transaction
// as the change, else the call fails with a lease-lost error (lease_lost()) and records nothing.
// Token 0 means unfenced (one process, tests).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/expected.h"
#include "pipeline/watch/state_db.h"

namespace cc {

struct DocumentRow {
  int64_t id = 0;
  std::string candidate, name, inbox_path;
  int64_t size = 0, mtime_ns = 0;
  std::string sha256;
  std::string state;
  int attempts = 0;
  double next_attempt = 0;
  std::string error_code, error_message;  // empty when none
  std::string dest_path;                  // planned archive/quarantine path; empty = left in place
  bool moved = false;
  double seen_at = 0, finished_at = 0;
  int64_t lease_token = 0;                // the attempt token of the claim that returned this row
  // Where the file is now.
  const std::string& current_path() const { return moved ? dest_path : inbox_path; }
};

struct NewDocument {
  std::string candidate, name, inbox_path, sha256;
  int64_t size = 0, mtime_ns = 0;
};

// A candidate job claimed by this ledger's holder: the dossier version to write and its token.
struct JobClaim {
  int64_t version = 0;
  int64_t token = 0;
};

// The error a fenced call returns when its token is no longer current.
bool lease_lost(const Error& e);

class Ledger {
 public:
  // `state`: an SQLite file or a postgresql:// URL. The schema is created or migrated unless
  // read_only (ledger_schema.h); a newer schema than this binary knows is refused either way.
  static Expected<Ledger> open(const std::string& state, bool read_only = false);
  Database& db() { return db_; }
  Engine engine() const { return db_.engine(); }
  // Who claims: host:pid:random, unique per process; the heartbeat's ledger is given the same.
  const std::string& holder() const { return holder_; }
  void set_holder(std::string holder) { holder_ = std::move(holder); }
  void set_lease_seconds(double seconds) { lease_seconds_ = seconds; }
  double lease_seconds() const { return lease_seconds_; }

  // True when a row already stands for this file at this path with this size and time and the
  // file was not moved away (it is still the same input).
  Expected<bool> known(const std::string& inbox_path, int64_t size, int64_t mtime_ns);

  // Takes a settled file: a duplicate (same content already a member of the candidate) is recorded
  // as such; a member with the same name is superseded; otherwise the file is queued. When another
  // daemon took the same file first, the row has id 0 and state "taken elsewhere".
  Expected<DocumentRow> take(const NewDocument& doc, double now);
  // Records a refused input (symlink out of the inbox, not a regular file) with its destination.
  Status refuse(const NewDocument& doc, const std::string& why, const std::string& dest, double now);

  // Claims queued documents whose next attempt is due, oldest first: those with no live lease or
  // a lease of this holder's (an attempt of its own that ended unrecorded).
  Expected<std::vector<DocumentRow>> due(double now, int limit);
  Expected<int64_t> count_in_state(const std::string& state);
  Expected<std::optional<double>> next_due();

  // The read finished: `error_code` empty for success. A transient failure stays queued with
  // `next_attempt` (or is final once attempts run out: the caller decides and passes final=true).
  // Both release the lease; `token` fences (0: unfenced).
  Status mark_read(int64_t id, const std::string& sha256, const std::string& error_code, const std::string& error_message, double now,
                   int64_t token = 0);
  Status mark_retry(int64_t id, const std::string& error_code, const std::string& error_message, double next_attempt, bool count_attempt,
                    int64_t token = 0);
  Status requeue(int64_t id);  // a member whose cached read is gone: read it again

  // Candidates with at least one document read but not evaluated, none queued, and no job under
  // another holder's live lease.
  Expected<std::vector<std::string>> candidates_ready();
  // Members of a candidate: documents that take part in its dossier, ordered by name.
  Expected<std::vector<DocumentRow>> members(const std::string& candidate);
  Expected<int64_t> current_version(const std::string& candidate);

  // Claims the candidate's job for the next dossier version (reusing an interrupted job's version,
  // taking it over when its lease has expired); nullopt when another holder's lease is live.
  Expected<std::optional<JobClaim>> claim_job(const std::string& candidate, int documents, double now);
  // claim_job() for one daemon: the version, or an error when another holder has the job.
  Expected<int64_t> begin_job(const std::string& candidate, int documents, double now);
  // Jobs claimed and not yet recorded done, by any daemon (live, stalled or killed).
  Expected<int64_t> running_jobs();
  // Gives a job up (its evaluation failed): whoever comes next may claim it.
  Status release_job(const std::string& candidate, int64_t token);
  // True while `token` is the job's current attempt (checked before publishing the dossier).
  Expected<bool> job_current(const std::string& candidate, int64_t token);
  // The dossier is written: the job is done, the version current, and the read members become
  // `evaluated` with their planned destinations (dest empty = left in place). Fenced by `token`.
  Status finish_job(const std::string& candidate, int64_t version, const std::vector<std::pair<int64_t, std::string>>& destinations, double now,
                    int64_t token = 0);
  // Claims documents evaluated, duplicate or refused whose move is not yet recorded.
  Expected<std::vector<DocumentRow>> pending_moves();
  Status mark_moved(int64_t id, bool moved, double now, int64_t token = 0);
  // Pending moves this daemon does not hold: another daemon's (alive, or dead with its lease not
  // yet expired) or nobody's yet (recorded by another daemon's job after our last claim). An
  // --until-idle daemon is not idle while there are any: it takes them over or waits them out.
  Expected<int64_t> moves_held_elsewhere();
  Status set_destination(int64_t id, const std::string& dest, int64_t token = 0);
  // Any path recorded as a destination already?
  Expected<bool> destination_taken(const std::string& dest);

  Expected<std::vector<DocumentRow>> all_documents();

  // The heartbeat (ledger_leases.cpp): extends every lease this holder has, and records the
  // daemon alive with its counts. Run from a connection of its own while the daemon reads.
  Status renew_leases();
  // Drops every lease (SQLite: the lock file makes this process the state's only daemon, so the
  // leases a killed predecessor held mean nothing and need not be waited out).
  Status release_all_leases();
  Status heartbeat(int64_t documents_read, int64_t dossiers_written, double started_at);
  // A clean stop: the leases this holder still has are given up at once (whoever comes next may
  // claim them) and the daemon is recorded stopped, so `status` shows it gone without waiting.
  Status mark_stopped();
  // Wake-ups: on PostgreSQL, LISTEN for new work; wake_fd() becomes readable on a NOTIFY.
  Status listen_for_work();
  int wake_fd() { return db_.connection().wake_fd(); }
  void drain_wakeups() { db_.connection().drain(); }

 private:
  explicit Ledger(Database db);
  // Claims documents matching `where` (binds from ?4 on), in `order`, at most `limit`.
  Expected<std::vector<DocumentRow>> claim_rows(const std::string& where, const std::string& order, int limit,
                                                const std::function<void(Statement&)>& bind);
  // After a fenced UPDATE that changed nothing: lease lost when the row's token is not `token`.
  Status check_fence(int64_t id, int64_t token);
  Database db_;
  std::string holder_;
  double lease_seconds_ = 60;
};

extern const char* const kWorkChannel;  // the NOTIFY channel of new work

DocumentRow document_row_from(const Statement& s);
extern const char* const kDocumentColumns;

}  // namespace cc
