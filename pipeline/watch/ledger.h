// The watch daemon's ledger: an SQLite database (WAL) holding every document taken from the inbox
// and every candidate evaluation, so that a restart after SIGKILL or power loss resumes with
// nothing lost and nothing done twice. Each step of a document is one transaction:
//
//   queued -> read -> evaluated -> done (archived or left in place) | failed (quarantined)
//   duplicate (same content already in the candidate), refused (symlink out of the inbox, not a
//   regular file), superseded (a later file of the same name replaced it)
//
// A document's destination (archive or quarantine path) is recorded before it is moved, so an
// interrupted move is finished on restart. A candidate job records the dossier version it writes;
// a job interrupted before it was recorded done is redone with the same version number, and since
// a dossier is a pure function of its documents the redo writes the same dossier.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/expected.h"
#include "pipeline/watch/sqlite_db.h"

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
  // Where the file is now.
  const std::string& current_path() const { return moved ? dest_path : inbox_path; }
};

struct NewDocument {
  std::string candidate, name, inbox_path, sha256;
  int64_t size = 0, mtime_ns = 0;
};

class Ledger {
 public:
  static Expected<Ledger> open(const std::string& path, bool read_only = false);
  Database& db() { return db_; }

  // True when a row already stands for this file at this path with this size and time and the
  // file was not moved away (it is still the same input).
  Expected<bool> known(const std::string& inbox_path, int64_t size, int64_t mtime_ns);

  // Takes a settled file: a duplicate (same content already a member of the candidate) is recorded
  // as such; a member with the same name is superseded; otherwise the file is queued.
  Expected<DocumentRow> take(const NewDocument& doc, double now);
  // Records a refused input (symlink out of the inbox, not a regular file) with its destination.
  Status refuse(const NewDocument& doc, const std::string& why, const std::string& dest, double now);

  // Queued documents whose next attempt is due, oldest first.
  Expected<std::vector<DocumentRow>> due(double now, int limit);
  Expected<int64_t> count_in_state(const std::string& state);
  Expected<std::optional<double>> next_due();

  // The read finished: `error_code` empty for success. A transient failure stays queued with
  // `next_attempt` (or is final once attempts run out: the caller decides and passes final=true).
  Status mark_read(int64_t id, const std::string& sha256, const std::string& error_code, const std::string& error_message, double now);
  Status mark_retry(int64_t id, const std::string& error_code, const std::string& error_message, double next_attempt, bool count_attempt);
  Status requeue(int64_t id);  // a member whose cached read is gone: read it again

  // Candidates with at least one document read but not evaluated, and none queued.
  Expected<std::vector<std::string>> candidates_ready();
  // Members of a candidate: documents that take part in its dossier, ordered by name.
  Expected<std::vector<DocumentRow>> members(const std::string& candidate);
  Expected<int64_t> current_version(const std::string& candidate);

  // Starts a job for the next dossier version (reusing an interrupted job's version).
  Expected<int64_t> begin_job(const std::string& candidate, int documents, double now);
  // The dossier is written: the job is done, the version current, and the read members become
  // `evaluated` with their planned destinations (dest empty = left in place).
  Status finish_job(const std::string& candidate, int64_t version, const std::vector<std::pair<int64_t, std::string>>& destinations, double now);
  // Documents evaluated, duplicate or refused whose move is not yet recorded.
  Expected<std::vector<DocumentRow>> pending_moves();
  Status mark_moved(int64_t id, bool moved, double now);
  Status set_destination(int64_t id, const std::string& dest);
  // Any path recorded as a destination already?
  Expected<bool> destination_taken(const std::string& dest);

  Expected<std::vector<DocumentRow>> all_documents();

 private:
  explicit Ledger(Database db) : db_(std::move(db)) {}
  Status migrate();
  Database db_;
};

DocumentRow document_row_from(const Statement& s);
extern const char* const kDocumentColumns;

}  // namespace cc
