#include "pipeline/watch/watch_daemon.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>

#include "pipeline/cache/crop_cache.h"
#include "pipeline/cache/page_cache.h"
#include "pipeline/dossier/dossier_html.h"
#include "pipeline/intake/passwords.h"
#include "pipeline/watch/password_file.h"
#include "pipeline/run/dossier_crops.h"
#include "core/exit_codes.h"
#include "core/sha256.h"
#include "pipeline/run/batch.h"
#include "pipeline/run/candidate_output.h"
#include "pipeline/run/evaluate_candidate.h"
#include "core/private_files.h"
#include "core/output_files.h"
#include "pipeline/watch/candidate_docs.h"
#include "pipeline/watch/file_moves.h"
#include "pipeline/watch/inbox_scanner.h"
#include "pipeline/watch/inbox_watcher.h"
#include "pipeline/watch/ledger.h"
#include "pipeline/watch/watch_paths.h"
#include "pipeline/workers/worker_pool.h"
#include "validators/rules_loader.h"

namespace cc {
namespace fs = std::filesystem;
namespace {

volatile sig_atomic_t g_stop = 0;
int g_wake_pipe[2] = {-1, -1};

void on_signal(int sig) {
  g_stop = sig;
  const char c = 's';
  if (g_wake_pipe[1] >= 0) (void)!::write(g_wake_pipe[1], &c, 1);
}

void install_signal_handlers() {
  if (::pipe2(g_wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) g_wake_pipe[0] = g_wake_pipe[1] = -1;
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

double wall_now() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}
double steady_now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void add_log_file(const std::string& path) {
  if (auto st = ensure_directory(fs::path(path).parent_path().string()); !st) return;
  // The log names candidates and files: 0640 like every output (private_files.h). Created here so
  // its mode does not depend on the umask spdlog's fopen would apply; rotated files keep it and the
  // fresh one after a rotation is opened under the CLI's umask 027.
  if (const int fd = open_private_file(path, O_WRONLY | O_APPEND); fd >= 0) ::close(fd);
  for (int i = 1; i <= 5; ++i) (void)make_file_private(spdlog::sinks::rotating_file_sink_mt::calc_filename(path, static_cast<size_t>(i)));
  try {
    auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 10 * 1024 * 1024, 5);
    sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %-5l [%P] %v");
    spdlog::default_logger()->sinks().push_back(sink);
  } catch (const spdlog::spdlog_ex& e) {
    spdlog::warn("cannot log to {}: {}", path, e.what());
  }
}

bool quarantined(const DocumentRow& row) {
  return row.state == "refused" || (!row.error_code.empty() && row.state != "duplicate");
}

class Daemon {
 public:
  Daemon(WatchOptions options, Ruleset rules, Ledger ledger, PasswordFile passwords)
      : o_(std::move(options)),
        rules_(std::move(rules)),
        ledger_(std::move(ledger)),
        passwords_(std::move(passwords)),
        cache_(o_.cache_dir, reader_settings_key(o_.limits, o_.force_ocr)),
        crop_cache_(o_.cache_dir),
        crop_client_(o_.worker_executable.empty() ? current_executable() : o_.worker_executable, o_.limits),
        scanner_(o_.inbox, o_.settle_seconds),
        watcher_(o_.inbox, !o_.poll) {}

  int run();

 private:
  Status refuse(const RefusedEntry& r, bool& did_work);
  Status take(const InboxEntry& e, bool& did_work);
  Status read_due(bool& did_work);
  Status record_read(const DocumentRow& row, DocumentText&& doc);
  Status evaluate_ready(const std::set<std::string>& settling, bool& did_work);
  Status evaluate(const std::string& candidate);
  Status finish_moves(bool& did_work);
  std::string plan_destination(const DocumentRow& row);
  bool stopping() const { return g_stop != 0; }

  WatchOptions o_;
  Ruleset rules_;
  Ledger ledger_;
  PasswordFile passwords_;  // --passwords, read again when it changes
  PageCache cache_;
  CropCache crop_cache_;    // evidence crops of dossier.html, kept beside the page cache
  CropClient crop_client_;  // renders them in a worker process of its own
  InboxScanner scanner_;
  InboxWatcher watcher_;
  std::map<std::string, double> eval_backoff_;  // candidate -> wall time before which not to retry
  size_t documents_read_ = 0, dossiers_written_ = 0;
};

std::string Daemon::plan_destination(const DocumentRow& row) {
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
Status Daemon::refuse(const RefusedEntry& r, bool& did_work) {
  auto known = ledger_.known(r.entry.path, r.entry.size, r.entry.mtime_ns);
  if (!known) return known.error();
  if (*known) return ok_status();
  did_work = true;
  spdlog::warn("{}: refused: {}", r.entry.path, r.why);
  return ledger_.refuse({r.entry.candidate, r.entry.name, r.entry.path, "", r.entry.size, r.entry.mtime_ns}, r.why, "", wall_now());
}

Status Daemon::take(const InboxEntry& e, bool& did_work) {
  auto known = ledger_.known(e.path, e.size, e.mtime_ns);
  if (!known) return known.error();
  if (*known) return ok_status();
  did_work = true;
  auto sha = sha256_file(e.path);  // an unreadable file is taken anyway: reading it fails and is retried
  auto row = ledger_.take({e.candidate, e.name, e.path, sha ? *sha : "", e.size, e.mtime_ns}, wall_now());
  if (!row) return row.error();
  if (row->state == "duplicate") spdlog::info("{}/{}: same content as a document the candidate already has: archived, not read", e.candidate, e.name);
  else spdlog::info("{}/{}: taken ({} bytes)", e.candidate, e.name, e.size);
  return ok_status();
}

Status Daemon::record_read(const DocumentRow& row, DocumentText&& doc) {
  ++documents_read_;
  if (doc.error && is_transient_error(doc.error->code)) {
    const std::string code(error_code_name(doc.error->code));
    if (stopping()) return ledger_.mark_retry(row.id, code, doc.error->message, 0, false);  // the signal may have killed its worker
    if (row.attempts + 1 >= o_.max_attempts) {
      spdlog::warn("{}/{}: {}: {} (giving up after {} attempts)", row.candidate, row.name, code, doc.error->message, row.attempts + 1);
      return ledger_.mark_read(row.id, doc.sha256, code, doc.error->message + " (after " + std::to_string(row.attempts + 1) + " attempts)", wall_now());
    }
    const double delay = o_.retry_seconds * std::pow(2.0, row.attempts);
    spdlog::warn("{}/{}: {}: {} (retry in {:.0f} s)", row.candidate, row.name, code, doc.error->message, delay);
    return ledger_.mark_retry(row.id, code, doc.error->message, wall_now() + delay, true);
  }
  if (auto st = cache_.store(doc); !st) {
    spdlog::error("page cache: {}", st.error().message);
    return ledger_.mark_retry(row.id, "output_not_writable", st.error().message, wall_now() + o_.retry_seconds, true);
  }
  if (doc.error) spdlog::warn("{}/{}: {}: {}", row.candidate, row.name, error_code_name(doc.error->code), doc.error->message);
  return ledger_.mark_read(row.id, doc.sha256, doc.error ? std::string(error_code_name(doc.error->code)) : "",
                           doc.error ? doc.error->message : "", wall_now());
}

Status Daemon::read_due(bool& did_work) {
  auto rows = ledger_.due(wall_now(), o_.batch);
  if (!rows) return rows.error();
  if (rows->empty()) return ok_status();
  did_work = true;
  std::vector<ReadRequest> requests;
  std::vector<size_t> owner;
  const PasswordBook& book = passwords_.current();
  for (size_t i = 0; i < rows->size(); ++i) {
    const DocumentRow& row = (*rows)[i];
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
  ReaderOptions reader{o_.jobs, o_.limits, o_.force_ocr, o_.worker_executable.empty() ? current_executable() : o_.worker_executable};
  Status failed = ok_status();
  read_documents(
      requests, reader,
      [&](size_t i, DocumentText&& text) {
        if (auto st = record_read((*rows)[owner[i]], std::move(text)); !st && failed) failed = st;
      },
      [](const ReadProgress&) {});
  return failed;
}

Status Daemon::evaluate(const std::string& candidate) {
  auto members = ledger_.members(candidate);
  if (!members) return members.error();
  CandidateDocs docs = load_candidate_docs(*members, cache_);
  if (!docs.missing.empty()) {
    spdlog::warn("{}: {} read results missing from the page cache: reading them again", candidate, docs.missing.size());
    for (int64_t id : docs.missing)
      if (auto st = ledger_.requeue(id); !st) return st;
    return ok_status();
  }
  auto version = ledger_.begin_job(candidate, static_cast<int>(docs.documents.size()), wall_now());
  if (!version) return version.error();
  // Temporaries of an atomic write that a killed daemon left in the candidate's folders.
  remove_abandoned_temporaries((fs::path(o_.out_dir) / candidate).string(), std::chrono::seconds(0));
  CandidateRecord record;
  record.id = candidate;
  record.documents = std::move(docs.documents);
  const std::string as_of = o_.as_of.empty() ? today_utc() : o_.as_of;
  CandidateEvaluation evaluation = evaluate_candidate(candidate, record.documents, rules_, as_of);
  record.facts = std::move(evaluation.facts);
  record.validation = std::move(evaluation.validation);
  const BatchContext context{as_of, now_utc_iso(), rules_.id};
  // dossier.html with its evidence crops; the archived files are where the ledger says they are.
  const PasswordBook& book = passwords_.current();
  const auto crops = render_evidence_crops(
      record, crop_client_,
      [&](const std::string& file) { return passwords_to_try(book.passwords_for(candidate, file), o_.password); }, &crop_cache_);
  const std::string html = dossier_html(record, context, crops, &rules_);
  if (auto st = write_candidate_output(o_.out_dir, record, context, *version, &html); !st) return st;
  const std::string dir = (fs::path(o_.out_dir) / candidate).string();
  sync_directory(dir + "/history");
  sync_directory(dir);
  std::vector<std::pair<int64_t, std::string>> destinations;
  size_t failed = 0;
  for (const auto& row : *members) {
    if (row.state != "read") continue;
    destinations.emplace_back(row.id, plan_destination(row));
    failed += !row.error_code.empty();
  }
  if (auto st = ledger_.finish_job(candidate, *version, destinations, wall_now()); !st) return st;
  ++dossiers_written_;
  spdlog::info("{}: dossier version {} ({} documents, {} new, {} failed)", candidate, *version, record.documents.size(),
               destinations.size(), failed);
  return ok_status();
}

Status Daemon::evaluate_ready(const std::set<std::string>& settling, bool& did_work) {
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

Status Daemon::finish_moves(bool& did_work) {
  auto rows = ledger_.pending_moves();
  if (!rows) return rows.error();
  for (auto& row : *rows) {
    did_work = true;
    if (quarantined(row)) {
      const std::string note_at = row.dest_path.empty() ? destination_path(o_.quarantine_dir, row.candidate, row.name, "") : row.dest_path;
      if (auto st = write_error_note(note_at, row.inbox_path, row.error_code, row.error_message); !st) return st;
    }
    if (o_.keep_inputs) {
      if (auto st = ledger_.mark_moved(row.id, false, wall_now()); !st) return st;
      continue;
    }
    if (row.dest_path.empty()) {  // recorded before its destination was planned (refused or duplicate)
      row.dest_path = plan_destination(row);
      if (auto st = ledger_.set_destination(row.id, row.dest_path); !st) return st;
    }
    auto moved = move_file(row.inbox_path, row.dest_path);
    if (!moved) {
      spdlog::error("{}", moved.error().message);
      continue;
    }
    if (*moved == MoveOutcome::source_missing) spdlog::warn("{}: gone from the inbox before it could be moved to {}", row.inbox_path, row.dest_path);
    else spdlog::debug("{} -> {}", row.inbox_path, row.dest_path);
    if (auto st = ledger_.mark_moved(row.id, *moved != MoveOutcome::source_missing, wall_now()); !st) return st;
  }
  return ok_status();
}

int Daemon::run() {
  spdlog::info("watching {} ({}), dossiers to {}, state {}, {}", o_.inbox,
               watcher_.using_inotify() ? "inotify" : "polling every " + std::to_string(o_.poll_seconds) + " s", o_.out_dir,
               o_.state_file, o_.keep_inputs ? "inputs left in place" : "inputs archived to " + o_.archive_dir);
  const double started = steady_now();
  bool idle_reported = false;
  while (true) {
    bool did_work = false;
    if (auto st = finish_moves(did_work); !st) {
      spdlog::error("{}", st.error().message);
      return kExitInternalError;
    }
    const ScanResult scan = scanner_.scan(steady_now());
    for (const auto& r : scan.refused)
      if (auto st = refuse(r, did_work); !st) spdlog::error("{}", st.error().message);
    for (const auto& e : scan.ready) {
      if (stopping()) break;
      if (auto st = take(e, did_work); !st) spdlog::error("{}", st.error().message);
    }
    if (stopping()) break;
    if (auto st = read_due(did_work); !st) spdlog::error("{}", st.error().message);
    if (stopping()) break;
    if (auto st = evaluate_ready(scan.settling_candidates, did_work); !st) spdlog::error("{}", st.error().message);
    if (auto st = finish_moves(did_work); !st) spdlog::error("{}", st.error().message);
    if (stopping()) break;

    auto queued = ledger_.count_in_state("queued");
    auto ready = ledger_.candidates_ready();
    auto next = ledger_.next_due();
    const bool busy = (queued && *queued > 0) || (ready && !ready->empty()) || scan.settling_files > 0;
    if (!busy && !did_work) {
      if (!idle_reported)
        spdlog::info("idle: {} documents read, {} dossiers written in {:.1f} s", documents_read_, dossiers_written_, steady_now() - started);
      idle_reported = true;
      if (o_.until_idle) break;  // nothing new, nothing pending: every input seen is dealt with
    } else {
      idle_reported = false;
    }
    if (did_work) continue;
    double timeout = o_.poll_seconds;
    if (scan.settling_files > 0) timeout = std::min(timeout, std::max(0.05, o_.settle_seconds / 4));
    if (next && *next) timeout = std::min(timeout, std::max(0.05, **next - wall_now()));
    watcher_.wait(timeout, g_wake_pipe[0]);
  }
  if (stopping()) spdlog::info("stopping on signal {}: work in flight recorded, the rest stays queued", static_cast<int>(g_stop));
  return kExitSuccess;
}

}  // namespace

int run_watch(WatchOptions options) {
  setup_logging(options.log_format, options.verbose);
  if (auto st = resolve_watch_paths(options); !st) {
    spdlog::error("{}", st.error().message);
    return kExitUsage;
  }
  for (const auto& dir : {options.out_dir, fs::path(options.state_file).parent_path().string(), options.cache_dir})
    if (auto st = ensure_directory(dir); !st) {
      spdlog::error("{}", st.error().message);
      return kExitOutputNotWritable;
    }
  add_log_file(options.log_file);
  auto rules = load_ruleset(options.rules_dir.empty() ? default_rules_dir() : options.rules_dir);
  if (!rules) {
    spdlog::error("{}", rules.error().message);
    return kExitInvalidRules;
  }
  // One daemon per state: a second one would take the same files. The kernel drops the lock when
  // the holder dies, SIGKILL included.
  const std::string lock_path = options.state_file + ".lock";
  const int lock_fd = open_private_file(lock_path, O_RDWR);
  if (lock_fd < 0 || ::flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
    spdlog::error("another credcheck watch is using {} (lock {})", options.state_file, lock_path);
    return kExitUsage;
  }
  auto ledger = Ledger::open(options.state_file);
  if (!ledger) {
    spdlog::error("{}", ledger.error().message);
    return kExitOutputNotWritable;
  }
  if (size_t n = remove_abandoned_temporaries(options.cache_dir, std::chrono::hours(1)); n > 0)
    spdlog::info("removed {} half-written cache entries left by a killed process", n);
  auto passwords = PasswordFile::open(options.passwords_file);
  if (!passwords) {
    spdlog::error("{}", passwords.error().message);
    return kExitUsage;
  }
  install_signal_handlers();
  Daemon daemon(std::move(options), std::move(*rules), std::move(*ledger), std::move(*passwords));
  return daemon.run();
}

}  // namespace cc
