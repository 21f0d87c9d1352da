// The daemon's heartbeat: a thread with a connection of its own that, every third of the lease,
// extends the leases its daemon holds (ledger.h renew_leases) and records it alive with its counts
// (the daemons table `credcheck status` reads). Reading a document can take minutes; its lease
// lasts as long as the daemon's process is alive and can reach the database. A stopped process
// (SIGSTOP, a paused VM) stops beating too, so its leases expire and others take its work.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

#include "pipeline/watch/ledger.h"

namespace cc {

class LeaseKeeper {
 public:
  // `counts`: documents read and dossiers written so far (read from the heartbeat thread).
  using Counts = std::function<std::pair<int64_t, int64_t>()>;
  LeaseKeeper(Ledger ledger, Counts counts);
  // Stops and joins the thread; then records the daemon stopped and gives its leases up
  // (Ledger::mark_stopped): run on a clean exit, never after SIGKILL.
  ~LeaseKeeper();
  LeaseKeeper(const LeaseKeeper&) = delete;
  LeaseKeeper& operator=(const LeaseKeeper&) = delete;

 private:
  void loop();
  Ledger ledger_;
  Counts counts_;
  double started_at_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace cc
