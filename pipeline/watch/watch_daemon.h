// `credcheck watch INBOX --out OUT`: the watch-folder daemon. One loop on one thread, each round:
//
//   finish recorded moves -> scan the inbox (settle) -> refuse / take new files (ledger) ->
//   read a batch of due documents (page cache first, then the DocumentReader) -> for every
//   candidate whose documents are all read and none still settling, the candidate flow
//   (pipeline/run/candidate_flow.h, the same code as `credcheck run`) writes its next dossier
//   version -> archive or quarantine its inputs -> wait for inotify or the poll interval.
//
// Several daemons may share one inbox and one PostgreSQL state: each claims what it reads,
// evaluates and moves under a lease its heartbeat (lease_keeper.h) renews, and records it only
// while its attempt token is current (ledger.h); NOTIFY wakes the others when there is work.
//
// Each step is recorded in the ledger (ledger.h) before the next starts, so SIGKILL anywhere
// loses nothing: a restart finishes the moves, rereads (from the cache) what was in flight, and
// redoes an unrecorded evaluation under the same version. SIGTERM/SIGINT stop after the batch in
// flight: its results are recorded, documents whose worker the signal killed are requeued.
// run_watch() sets up (paths, lock, ledger, signals, log file) and runs a WatchDaemon with worker
// processes; tests drive a WatchDaemon round by round with fake Ports (pipeline/run/ports.h).
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "core/expected.h"
#include "pipeline/cache/crop_cache.h"
#include "pipeline/cache/page_cache.h"
#include "pipeline/run/ports.h"
#include "pipeline/run/stage_runner.h"
#include "pipeline/watch/inbox_scanner.h"
#include "pipeline/watch/inbox_watcher.h"
#include "pipeline/watch/ledger.h"
#include "pipeline/watch/password_file.h"
#include "pipeline/watch/watch_options.h"
#include "validators/ruleset.h"

namespace cc {

// Returns the process exit code (core/exit_codes.h).
int run_watch(WatchOptions options);

class WatchDaemon {
 public:
  // `options` with its paths resolved (watch_paths.h) and its folders made.
  WatchDaemon(WatchOptions options, Ruleset rules, Ledger ledger, PasswordFile passwords, Ports ports);

  // Rounds until a stop signal (stop_signals.h) or, with --until-idle, until nothing is left.
  int run();

  struct Round {
    bool did_work = false;       // something was taken, read, evaluated or moved
    bool stopped = false;        // a stop signal arrived during the round
    bool failed = false;         // the ledger could not finish the recorded moves
    bool interrupted = false;    // the state database failed mid-round: the round says nothing of idleness
    size_t settling_files = 0;   // files seen but not yet settled
  };
  // One pass over the inbox and the ledger (the loop above without its wait).
  Round round();

  size_t documents_read() const { return documents_read_; }
  size_t dossiers_written() const { return dossiers_written_; }
  const Ledger& ledger() const { return ledger_; }

 private:
  Status refuse(const RefusedEntry& r, bool& did_work);
  Status take(const InboxEntry& e, bool& did_work);
  Status read_due(bool& did_work);
  Status read_claimed(const std::vector<DocumentRow>& rows);
  Status record_read(const DocumentRow& row, DocumentText&& doc);
  Status record_read_fenced(const DocumentRow& row, DocumentText&& doc);
  Status evaluate_ready(const std::set<std::string>& settling, bool& did_work);
  Status evaluate(const std::string& candidate);
  Status write_version(const std::string& candidate, const JobClaim& claim, const std::vector<DocumentRow>& members,
                       std::vector<DocumentText>&& documents);
  Status finish_moves(bool& did_work);
  std::string plan_destination(const DocumentRow& row);
  bool busy(const Round& round);
  void sweep_abandoned_writes();
  double wait_seconds(const Round& round);

  WatchOptions o_;
  Ruleset rules_;
  Ledger ledger_;
  PasswordFile passwords_;  // --passwords, read again when it changes
  Ports ports_;
  PageCache cache_;
  CropCache crop_cache_;                     // evidence crops of dossier.html, kept beside the page cache
  std::unique_ptr<CropSource> crop_source_;  // renders them (a crop worker of the daemon's own)
  StageRunner stages_;                       // the candidate flow's stage times, over the daemon's life (-v logs them when idle)
  InboxScanner scanner_;
  InboxWatcher watcher_;
  // An inbox entry the ledger would not record (take or refuse failed), by path: how often in a
  // row, and the time before which not to try it again once set aside.
  struct EntryFailures {
    int count = 0;
    double retry_at = 0;
  };
  bool set_aside(const InboxEntry& e) const;
  bool entry_failed(const InboxEntry& e, const Error& error);
  void back_off_move(int64_t id, const Error& error);

  std::map<std::string, double> eval_backoff_;  // candidate -> wall time before which not to retry
  std::map<std::string, EntryFailures> entry_failures_;
  std::map<int64_t, double> move_backoff_;  // document id -> wall time before which its failed move is not retried
  std::atomic<size_t> documents_read_{0}, dossiers_written_{0};  // also read by the heartbeat thread
};

}  // namespace cc
