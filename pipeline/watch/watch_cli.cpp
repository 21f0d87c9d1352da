#include "pipeline/watch/watch_cli.h"

#include "pipeline/watch/watch_daemon.h"
#include "pipeline/watch/watch_status.h"

namespace cc {

WatchCommands::WatchCommands(CLI::App& app) {
  WatchOptions& o = options_;
  watch_ = app.add_subcommand("watch", "Watch INBOX and evaluate candidates as their documents arrive (a daemon)");
  watch_->add_option("INBOX", o.inbox, "Folder where candidate folders and loose files are dropped")->required()->check(CLI::ExistingDirectory);
  watch_->add_option("--out", o.out_dir, "Where dossiers are written")->required();
  watch_->add_option("--state", o.state_file, "Ledger of documents and jobs: an SQLite file (default: OUT/.credcheck/state.sqlite) or a "
                  "postgresql:// URL that several daemons on several machines share");
  watch_->add_option("--lease", o.lease_seconds, "Seconds a claim on a document or job lasts without a heartbeat (shared state)")
      ->check(CLI::Range(2.0, 3600.0))->capture_default_str();
  watch_->add_option("--archive", o.archive_dir, "Where processed inputs are moved (default: OUT/.credcheck/archive)");
  watch_->add_option("--quarantine", o.quarantine_dir, "Where failed inputs are moved, with a .error.txt (default: OUT/.credcheck/quarantine)");
  watch_->add_option("--cache", o.cache_dir, "Page-text cache folder (default: OUT/.credcheck/cache)");
  watch_->add_option("--log-file", o.log_file, "Rotating log file (default: OUT/.credcheck/watch.log)");
  watch_->add_flag("--keep-inputs", o.keep_inputs, "Leave inputs in the inbox instead of moving them to the archive");
  watch_->add_flag("--poll", o.poll, "Poll the inbox instead of using inotify (network shares)");
  watch_->add_option("--poll-interval", o.poll_seconds, "Seconds between scans when polling (and idle rescans)")->check(CLI::Range(0.05, 3600.0))->capture_default_str();
  watch_->add_option("--settle", o.settle_seconds, "Seconds a file's size and time must stay unchanged before it is taken")->check(CLI::Range(0.0, 3600.0))->capture_default_str();
  watch_->add_option("--batch", o.batch, "Documents read per round (bounds how long SIGTERM waits)")->check(CLI::Range(1, 4096))->capture_default_str();
  watch_->add_option("--max-attempts", o.max_attempts, "Attempts for a transient failure before the file is quarantined")->check(CLI::Range(1, 100))->capture_default_str();
  watch_->add_option("--retry-after", o.retry_seconds, "First back-off after a transient failure, doubled each time")->check(CLI::Range(0.0, 86400.0))->capture_default_str();
  watch_->add_flag("--until-idle", o.until_idle, "Exit once everything in the inbox is dealt with");
  reading_.emplace(*watch_, o, ReadingCommand::watch);

  status_ = app.add_subcommand("status", "Show the watch daemon's queue, what is done, what failed and recent rates");
  status_->add_option("--state", status_state_, "The daemons' state: an SQLite file or a postgresql:// URL")->required();
  status_->add_flag("--json", status_json_, "JSON instead of text");
}

std::optional<int> WatchCommands::dispatch() {
  if (status_->parsed()) return run_status(status_state_, status_json_);
  if (!watch_->parsed()) return std::nullopt;
  reading_->apply();
  return run_watch(options_);
}

}  // namespace cc
