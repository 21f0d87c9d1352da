#include "pipeline/watch/watch_daemon.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>

#include "core/exit_codes.h"
#include "core/output_files.h"
#include "core/sha256.h"
#include "pipeline/intake/passwords.h"
#include "pipeline/run/batch.h"
#include "pipeline/run/candidate_flow.h"
#include "pipeline/watch/candidate_docs.h"
#include "pipeline/watch/file_moves.h"
#include "pipeline/watch/stop_signals.h"

namespace cc {
namespace fs = std::filesystem;
namespace {

double wall_now() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}
double steady_now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool quarantined(const DocumentRow& row) {
  return row.state == "refused" || (!row.error_code.empty() && row.state != "duplicate");
}

bool stopping() { return stop_signal() != 0; }

constexpr int kMaxEntryFailures = 5;
constexpr double kSetAsideSeconds = 60;

// A file the scan saw but that is no longer there: another daemon sharing the inbox took it and
// moved it to the archive (it renames the file before recording the move, and our known() ran
// after that record), or it was deleted. Nothing to take.
bool gone_since_scan(const std::string& path) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path, ec))) return false;
  spdlog::debug("{}: gone since the scan (taken by another daemon, or deleted)", path);
  return true;
}

// Another daemon's attempt took over this work (our lease ran out): nothing of ours was recorded.
Status unless_lease_lost(Status st, const std::string& what) {
  if (st || !lease_lost(st.error())) return st;
  spdlog::warn("{}: {}: left to the daemon that holds it now", what, st.error().message);
  return ok_status();
}

}  // namespace

WatchDaemon::WatchDaemon(WatchOptions options, Ruleset rules, Ledger ledger, PasswordFile passwords, Ports ports)
    : o_(std::move(options)),
      rules_(std::move(rules)),
      ledger_(std::move(ledger)),
      passwords_(std::move(passwords)),
      ports_(std::move(ports)),
      cache_(o_.cache_dir, reader_settings_key(o_.limits, o_.force_ocr)),
      crop_cache_(o_.cache_dir),
      crop_source_(ports_.new_crop_source()),
      scanner_(o_.inbox, o_.settle_seconds),
      watcher_(o_.inbox, !o_.poll) {}

std::string WatchDaemon::plan_destination(const DocumentRow& row) {
  if (o_.keep_inputs) return {};
  const std::string& root = quarantined(row) ? o_.quarantine_dir : o_.archive_dir;
  std::string dest = destination_path(root, row.candidate, row.name, "");
  std::error_code ec;
  auto taken = ledger_.destination_taken(dest);
  if (fs::exists(fs::symlink_status(dest, ec)) || !taken || *taken)
    dest = destination_path(root, row.candidate, row.name, std::to_string(row.id));
  return dest;
}

// The refused entry is recorded first; finish_moves() plans its quarantine path and moves it.
Status WatchDaemon::refuse(const RefusedEntry& r, bool& did_work) {
  auto known = ledger_.known(r.entry.path, r.entry.size, r.entry.mtime_ns);
  if (!known) return known.error();
  if (*known || gone_since_scan(r.entry.path)) return ok_status();
  did_work = true;
  spdlog::warn("{}: refused: {}", r.entry.path, r.why);
  return ledger_.refuse({r.entry.candidate, r.entry.name, r.entry.path, "", r.entry.size, r.entry.mtime_ns}, r.why, "", wall_now());
}

Status WatchDaemon::take(const InboxEntry& e, bool& did_work) {
  auto known = ledger_.known(e.path, e.size, e.mtime_ns);
  if (!known) return known.error();
  if (*known || gone_since_scan(e.path)) return ok_status();
  did_work = true;
  auto sha = sha256_file(e.path);  // an unreadable file is taken anyway: reading it fails and is retried
  auto row = ledger_.take({e.candidate, e.name, e.path, sha ? *sha : "", e.size, e.mtime_ns}, wall_now());
  if (!row) return row.error();
  if (row->state == "taken elsewhere") spdlog::debug("{}/{}: taken by another daemon", e.candidate, e.name);
  else if (row->state == "duplicate") spdlog::info("{}/{}: same content as a document the candidate already has: archived, not read", e.candidate, e.name);
  else spdlog::info("{}/{}: taken ({} bytes)", e.candidate, e.name, e.size);
  return ok_status();
}

Status WatchDaemon::record_read(const DocumentRow& row, DocumentText&& doc) {
  return unless_lease_lost(record_read_fenced(row, std::move(doc)), row.candidate + "/" + row.name);
}

Status WatchDaemon::record_read_fenced(const DocumentRow& row, DocumentText&& doc) {
  ++documents_read_;
  const int64_t token = row.lease_token;
  if (doc.error && is_transient_error(doc.error->code)) {
    const std::string code(error_code_name(doc.error->code));
    if (stopping()) return ledger_.mark_retry(row.id, code, doc.error->message, 0, false, token);  // the signal may have killed its worker
    if (row.attempts + 1 >= o_.max_attempts) {
      spdlog::warn("{}/{}: {}: {} (giving up after {} attempts)", row.candidate, row.name, code, doc.error->message, row.attempts + 1);
      return ledger_.mark_read(row.id, doc.sha256, code, doc.error->message + " (after " + std::to_string(row.attempts + 1) + " attempts)", wall_now(),
                               token);
    }
    const double delay = o_.retry_seconds * std::pow(2.0, row.attempts);
    spdlog::warn("{}/{}: {}: {} (retry in {:.0f} s)", row.candidate, row.name, code, doc.error->message, delay);
    return ledger_.mark_retry(row.id, code, doc.error->message, wall_now() + delay, true, token);
  }
  if (auto st = cache_.store(doc); !st) {
    spdlog::error("page cache: {}", st.error().message);
    return ledger_.mark_retry(row.id, "output_not_writable", st.error().message, wall_now() + o_.retry_seconds, true, token);
  }
  if (doc.error) spdlog::warn("{}/{}: {}: {}", row.candidate, row.name, error_code_name(doc.error->code), doc.error->message);
  return ledger_.mark_read(row.id, doc.sha256, doc.error ? std::string(error_code_name(doc.error->code)) : "",
                           doc.error ? doc.error->message : "", wall_now(), token);
}

// Up to --batch documents a round. With a shared state they are claimed a few at a time, as many
// as the workers read at once: a claim of the whole batch would leave the other daemons idle
// while this one reads it in turn.
Status WatchDaemon::read_due(bool& did_work) {
  const int step = ledger_.engine() == Engine::sqlite ? o_.batch : std::min(o_.batch, std::max(1, o_.jobs));
  for (int done = 0; done < o_.batch && !stopping();) {
    auto rows = ledger_.due(wall_now(), std::min(step, o_.batch - done));
    if (!rows) return rows.error();
    if (rows->empty()) return ok_status();
    did_work = true;
    done += static_cast<int>(rows->size());
    if (auto st = read_claimed(*rows); !st) return st;
  }
  return ok_status();
}

Status WatchDaemon::read_claimed(const std::vector<DocumentRow>& rows) {
  std::vector<ReadRequest> requests;
  std::vector<size_t> owner;
  const PasswordBook& book = passwords_.current();
  for (size_t i = 0; i < rows.size(); ++i) {
    const DocumentRow& row = rows[i];
    std::vector<std::string> file_passwords = book.passwords_for(row.candidate, row.name);
    if (auto hit = cache_.lookup(row.sha256, !o_.password.empty() || !file_passwords.empty())) {
      spdlog::debug("{}/{}: page cache hit", row.candidate, row.name);
      if (auto st = record_read(row, std::move(*hit)); !st) return st;
      continue;
    }
    requests.push_back({row.current_path(), row.name, o_.password, std::move(file_passwords)});
    owner.push_back(i);
  }
  if (requests.empty()) return ok_status();
  Status failed = ok_status();
  ports_.reader->read(
      requests,
      [&](size_t i, DocumentText&& text) {
        if (auto st = record_read(rows[owner[i]], std::move(text)); !st && failed) failed = st;
      },
      [](const ReadProgress&) {});
  return failed;
}

Status WatchDaemon::evaluate(const std::string& candidate) {
  auto members = ledger_.members(candidate);
  if (!members) return members.error();
  CandidateDocs docs = load_candidate_docs(*members, cache_);
  if (!docs.missing.empty()) {
    spdlog::warn("{}: {} read results missing from the page cache: reading them again", candidate, docs.missing.size());
    for (int64_t id : docs.missing)
      if (auto st = ledger_.requeue(id); !st) return st;
    return ok_status();
  }
  auto claim = ledger_.claim_job(candidate, static_cast<int>(docs.documents.size()), wall_now());
  if (!claim) return claim.error();
  if (!*claim) return ok_status();  // another daemon is evaluating it
  auto st = write_version(candidate, **claim, *members, std::move(docs.documents));
  if (!st && !lease_lost(st.error())) (void)ledger_.release_job(candidate, (*claim)->token);  // others may try it now
  return unless_lease_lost(st, candidate + " version " + std::to_string((*claim)->version));
}

// Writes the claimed version's dossier, then records it (fenced by the claim's token).
Status WatchDaemon::write_version(const std::string& candidate, const JobClaim& claim, const std::vector<DocumentRow>& members,
                                  std::vector<DocumentText>&& documents) {
  const int64_t version = claim.version;
  // Temporaries of an atomic write that a killed daemon left in the candidate's folders (with a
  // shared state, only old ones: another daemon's stalled attempt may still be writing).
  const auto min_age = std::chrono::seconds(ledger_.engine() == Engine::sqlite ? 0 : static_cast<long>(2 * o_.lease_seconds));
  remove_abandoned_temporaries((fs::path(o_.out_dir) / candidate).string(), min_age);
  CandidateRecord record;
  record.id = candidate;
  record.documents = std::move(documents);
  // The as-of date is today at each evaluation unless --as-of says otherwise. dossier.html's
  // evidence crops are cut from the files where the ledger says they are (inbox or archive).
  const std::string as_of = o_.as_of.empty() ? today_utc() : o_.as_of;
  const PasswordBook& book = passwords_.current();
  auto crop_passwords = [&](const std::string& id, const std::string& file) {
    return passwords_to_try(book.passwords_for(id, file), o_.password);
  };
  if (auto current = ledger_.job_current(candidate, claim.token); current && !*current)  // stalled past the lease
    return make_error(ErrorCode::internal, "lease lost: another daemon took the job over");
  const CandidateFlowContext flow{rules_, BatchContext{as_of, now_utc_iso(), rules_.id}, o_.out_dir, version, &crop_cache_, crop_passwords};
  if (auto st = run_candidate_flow(record, flow, *crop_source_, stages_).written; !st) return st;
  const std::string dir = (fs::path(o_.out_dir) / candidate).string();
  sync_directory(dir + "/history");
  sync_directory(dir);
  std::vector<std::pair<int64_t, std::string>> destinations;
  size_t failed = 0;
  for (const auto& row : members) {
    if (row.state != "read") continue;
    destinations.emplace_back(row.id, plan_destination(row));
    failed += !row.error_code.empty();
  }
  if (auto st = ledger_.finish_job(candidate, version, destinations, wall_now(), claim.token); !st) return st;
  ++dossiers_written_;
  spdlog::info("{}: dossier version {} ({} documents, {} new, {} failed)", candidate, version, record.documents.size(),
               destinations.size(), failed);
  return ok_status();
}

Status WatchDaemon::evaluate_ready(const std::set<std::string>& settling, bool& did_work) {
  auto ready = ledger_.candidates_ready();
  if (!ready) return ready.error();
  for (const auto& candidate : *ready) {
    if (stopping()) break;
    if (settling.count(candidate)) continue;  // more of its files are still arriving
    if (auto it = eval_backoff_.find(candidate); it != eval_backoff_.end() && it->second > wall_now()) continue;
    did_work = true;
    if (auto st = evaluate(candidate); !st) {
      spdlog::error("{}: {}", candidate, st.error().message);
      eval_backoff_[candidate] = wall_now() + 30;
    }
  }
  return ok_status();
}

// Moves the inputs of recorded results to the archive or quarantine. Only the ledger's errors
// end the pass (the state database); a file that cannot be moved (or its note written) is logged
// and tried again after a back-off, not in every round: a round that did nothing else waits.
Status WatchDaemon::finish_moves(bool& did_work) {
  auto rows = ledger_.pending_moves();
  if (!rows) return rows.error();
  const double now = wall_now();
  for (auto& row : *rows) {
    if (auto it = move_backoff_.find(row.id); it != move_backoff_.end() && it->second > now) continue;
    did_work = true;
    if (quarantined(row)) {
      const std::string note_at = row.dest_path.empty() ? destination_path(o_.quarantine_dir, row.candidate, row.name, "") : row.dest_path;
      if (auto st = write_error_note(note_at, row.inbox_path, row.error_code, row.error_message); !st) {
        back_off_move(row.id, st.error());
        continue;
      }
    }
    const std::string what = row.candidate + "/" + row.name;
    if (o_.keep_inputs) {
      if (auto st = unless_lease_lost(ledger_.mark_moved(row.id, false, wall_now(), row.lease_token), what); !st) return st;
      continue;
    }
    if (row.dest_path.empty()) {  // recorded before its destination was planned (refused or duplicate)
      row.dest_path = plan_destination(row);
      auto st = ledger_.set_destination(row.id, row.dest_path, row.lease_token);
      if (!st && lease_lost(st.error())) continue;
      if (!st) return st;
    }
    auto moved = move_file(row.inbox_path, row.dest_path);
    if (!moved) {
      back_off_move(row.id, moved.error());
      continue;
    }
    move_backoff_.erase(row.id);
    if (*moved == MoveOutcome::source_missing) spdlog::warn("{}: gone from the inbox before it could be moved to {}", row.inbox_path, row.dest_path);
    else spdlog::debug("{} -> {}", row.inbox_path, row.dest_path);
    if (auto st = unless_lease_lost(ledger_.mark_moved(row.id, *moved != MoveOutcome::source_missing, wall_now(), row.lease_token), what); !st)
      return st;
  }
  return ok_status();
}

void WatchDaemon::back_off_move(int64_t id, const Error& error) {
  const double retry = std::max(1.0, o_.retry_seconds);
  spdlog::error("{} (tried again in {:.0f} s)", error.message, retry);
  move_backoff_[id] = wall_now() + retry;
}

// An inbox entry that failed to be recorded in each of its last kMaxEntryFailures rounds, within
// its back-off: not tried in this round.
bool WatchDaemon::set_aside(const InboxEntry& e) const {
  const auto it = entry_failures_.find(e.path);
  return it != entry_failures_.end() && it->second.count >= kMaxEntryFailures && it->second.retry_at > wall_now();
}

// The ledger would not take or refuse `e`. True while that interrupts the round (the state database
// failing: it says nothing of idleness, and the entry is tried in the next round); after
// kMaxEntryFailures rounds in a row the failure is the entry's own (the database rejects it),
// and the entry is set aside, tried again every kSetAsideSeconds: a daemon with --until-idle ends.
bool WatchDaemon::entry_failed(const InboxEntry& e, const Error& error) {
  EntryFailures& f = entry_failures_[e.path];
  ++f.count;
  if (f.count < kMaxEntryFailures) {
    spdlog::error("{}: {}", e.path, error.message);
    return true;
  }
  f.retry_at = wall_now() + kSetAsideSeconds;
  spdlog::error("{}: {} ({} times in a row: left in the inbox, tried again in {:.0f} s)", e.path, error.message, f.count,
                kSetAsideSeconds);
  return false;
}

WatchDaemon::Round WatchDaemon::round() {
  Round r;
  if (auto st = finish_moves(r.did_work); !st) {
    spdlog::error("{}", st.error().message);
    // A broken SQLite ledger stops the daemon; a shared database that is restarting or out of
    // reach is tried again after the usual wait (its connection is reset on the next statement).
    r.failed = ledger_.engine() == Engine::sqlite;
    r.interrupted = true;
    return r;
  }
  const ScanResult scan = scanner_.scan(steady_now());
  r.settling_files = scan.settling_files;
  // take() and refuse() fail only when the ledger does: the round is interrupted (see entry_failed).
  for (const auto& refused : scan.refused) {
    if (set_aside(refused.entry)) continue;
    if (auto st = refuse(refused, r.did_work); !st) r.interrupted |= entry_failed(refused.entry, st.error());
    else entry_failures_.erase(refused.entry.path);
  }
  for (const auto& e : scan.ready) {
    if (stopping()) break;
    if (set_aside(e)) continue;
    if (auto st = take(e, r.did_work); !st) r.interrupted |= entry_failed(e, st.error());
    else entry_failures_.erase(e.path);
  }
  if ((r.stopped = stopping())) return r;
  if (auto st = read_due(r.did_work); !st) spdlog::error("{}", st.error().message);
  if ((r.stopped = stopping())) return r;
  if (auto st = evaluate_ready(scan.settling_candidates, r.did_work); !st) spdlog::error("{}", st.error().message);
  if (auto st = finish_moves(r.did_work); !st) {
    spdlog::error("{}", st.error().message);
    r.interrupted = true;
  }
  r.stopped = stopping();
  return r;
}

// Work left: documents queued or read but not yet evaluated (by this daemon or another), moves
// another daemon claimed, or files still settling.
bool WatchDaemon::busy(const Round& round) {
  auto queued = ledger_.count_in_state("queued");
  auto read = ledger_.count_in_state("read");
  auto moves = ledger_.moves_held_elsewhere();  // a dead daemon's: ours once its lease expires
  if (!queued || !read || !moves) return true;  // the state cannot say (a database restarting): not idle
  return *queued > 0 || *read > 0 || *moves > 0 || round.settling_files > 0;
}

// Idle, with no job running on any daemon: a dossier temporary (`*.tmp-*`) still in a candidate's
// folders is a write that a killed daemon left behind, however young (while jobs run, evaluate()
// spares young ones: another daemon may be writing them). Removed, so the output holds only
// dossier versions.
void WatchDaemon::sweep_abandoned_writes() {
  auto running = ledger_.running_jobs();
  if (!running || *running > 0) return;
  std::error_code ec;
  size_t removed = 0;
  for (fs::directory_iterator it(o_.out_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e;
    if (it->path().filename().string().rfind('.', 0) == 0) continue;  // .credcheck: caches other daemons may be writing
    if (it->is_directory(e) && !it->is_symlink(e)) removed += remove_abandoned_temporaries(it->path().string(), std::chrono::seconds(0));
  }
  if (removed > 0) spdlog::info("removed {} half-written dossier files left by a killed daemon", removed);
}

// Until the next poll, the next settle check, or the next retry due, whichever comes first.
double WatchDaemon::wait_seconds(const Round& round) {
  double timeout = o_.poll_seconds;
  if (round.settling_files > 0) timeout = std::min(timeout, std::max(0.05, o_.settle_seconds / 4));
  auto next = ledger_.next_due();
  if (next && *next) timeout = std::min(timeout, std::max(0.05, **next - wall_now()));
  for (const auto& [id, at] : move_backoff_) timeout = std::min(timeout, std::max(0.05, at - wall_now()));
  return timeout;
}

int WatchDaemon::run() {
  spdlog::info("watching {} ({}), dossiers to {}, state {}, {}", o_.inbox,
               watcher_.using_inotify() ? "inotify" : "polling every " + std::to_string(o_.poll_seconds) + " s", o_.out_dir,
               o_.state_file, o_.keep_inputs ? "inputs left in place" : "inputs archived to " + o_.archive_dir);
  const double started = steady_now();
  if (auto st = ledger_.listen_for_work(); !st) spdlog::warn("no wake-ups from the state database (polling only): {}", st.error().message);
  bool idle_reported = false;
  while (true) {
    const Round r = round();
    if (r.failed) return kExitInternalError;
    if (r.stopped) break;
    // A round cut short by the database may have claimed a move it could not finish: this
    // daemon's own claims are not counted by busy(), so such a round is never taken for idle.
    if (!busy(r) && !r.did_work && !r.interrupted) {
      if (!idle_reported) {
        sweep_abandoned_writes();
        spdlog::info("idle: {} documents read, {} dossiers written in {:.1f} s", documents_read_, dossiers_written_, steady_now() - started);
        spdlog::debug("candidate flow stage times so far: {}", stages_.to_json().dump());
      }
      idle_reported = true;
      if (o_.until_idle) break;  // nothing new, nothing pending: every input seen is dealt with
    } else {
      idle_reported = false;
    }
    if (r.did_work) continue;
    watcher_.wait(wait_seconds(r), stop_wake_fd(), ledger_.wake_fd());
    ledger_.drain_wakeups();
  }
  if (stopping()) spdlog::info("stopping on signal {}: work in flight recorded, the rest stays queued", stop_signal());
  return kExitSuccess;
}

}  // namespace cc
