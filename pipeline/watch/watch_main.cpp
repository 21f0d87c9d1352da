// run_watch(): what `credcheck watch` does before its first round: resolve and check the paths,
// make the folders, open the log file, load the rules, take the state's lock (one daemon per
// SQLite state; a PostgreSQL state is shared by claims), open the ledger and the passwords file,
// install the stop signals, start the heartbeat (lease_keeper.h); then it runs a WatchDaemon
// (watch_daemon.h) whose documents are read and crops rendered by worker processes.
#include <fcntl.h>
#include <sys/file.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "core/exit_codes.h"
#include "core/output_files.h"
#include "core/private_files.h"
#include "pipeline/run/batch.h"
#include "pipeline/watch/lease_keeper.h"
#include "pipeline/watch/stop_signals.h"
#include "pipeline/watch/watch_daemon.h"
#include "pipeline/watch/watch_paths.h"
#include "validators/rules_loader.h"

namespace cc {
namespace fs = std::filesystem;
namespace {

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

}  // namespace

int run_watch(WatchOptions options) {
  setup_logging(options.log_format, options.verbose);
  if (auto st = resolve_watch_paths(options); !st) {
    spdlog::error("{}", st.error().message);
    return kExitUsage;
  }
  const bool shared_state = is_postgres_url(options.state_file);
  for (const auto& dir : {options.out_dir, shared_state ? options.out_dir : fs::path(options.state_file).parent_path().string(), options.cache_dir})
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
  // One daemon per SQLite state: a second one would take the same files. The kernel drops the
  // lock when the holder dies, SIGKILL included. A PostgreSQL state is shared: daemons claim.
  if (!shared_state) {
    const std::string lock_path = options.state_file + ".lock";
    const int lock_fd = open_private_file(lock_path, O_RDWR);
    if (lock_fd < 0 || ::flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
      spdlog::error("another credcheck watch is using {} (lock {})", options.state_file, lock_path);
      return kExitUsage;
    }
  }
  auto ledger = Ledger::open(options.state_file);
  if (!ledger) {
    spdlog::error("{}", ledger.error().message);
    return kExitOutputNotWritable;
  }
  auto heartbeat_ledger = Ledger::open(options.state_file);  // a connection of its own
  if (!heartbeat_ledger) {
    spdlog::error("{}", heartbeat_ledger.error().message);
    return kExitOutputNotWritable;
  }
  if (!shared_state)
    if (auto st = ledger->release_all_leases(); !st) spdlog::warn("{}", st.error().message);
  ledger->set_lease_seconds(options.lease_seconds);
  heartbeat_ledger->set_lease_seconds(options.lease_seconds);
  heartbeat_ledger->set_holder(ledger->holder());
  if (size_t n = remove_abandoned_temporaries(options.cache_dir, std::chrono::hours(1)); n > 0)
    spdlog::info("removed {} half-written cache entries left by a killed process", n);
  auto passwords = PasswordFile::open(options.passwords_file);
  if (!passwords) {
    spdlog::error("{}", passwords.error().message);
    return kExitUsage;
  }
  install_stop_signals();
  Ports ports = worker_ports(options);
  WatchDaemon daemon(std::move(options), std::move(*rules), std::move(*ledger), std::move(*passwords), std::move(ports));
  spdlog::info("daemon {}", daemon.ledger().holder());
  LeaseKeeper heartbeat(std::move(*heartbeat_ledger), [&daemon] {
    return std::pair<int64_t, int64_t>(static_cast<int64_t>(daemon.documents_read()), static_cast<int64_t>(daemon.dossiers_written()));
  });
  return daemon.run();
}

}  // namespace cc
