#include "pipeline/watch/lease_keeper.h"

#include <spdlog/spdlog.h>

#include <chrono>

namespace cc {

LeaseKeeper::LeaseKeeper(Ledger ledger, Counts counts)
    : ledger_(std::move(ledger)),
      counts_(std::move(counts)),
      started_at_(std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count()),
      thread_([this] { loop(); }) {}

LeaseKeeper::~LeaseKeeper() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
  const auto [read, written] = counts_();  // the last counts, at exit
  (void)ledger_.heartbeat(read, written, started_at_);
  if (auto st = ledger_.mark_stopped(); !st) spdlog::warn("recording the stop: {}", st.error().message);
}

void LeaseKeeper::loop() {
  const auto period = std::chrono::duration<double>(ledger_.lease_seconds() / 3);
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_) {
    lock.unlock();
    const auto [read, written] = counts_();
    if (auto st = ledger_.renew_leases(); !st) spdlog::warn("heartbeat: {}", st.error().message);
    if (auto st = ledger_.heartbeat(read, written, started_at_); !st) spdlog::warn("heartbeat: {}", st.error().message);
    lock.lock();
    wake_.wait_for(lock, period, [this] { return stop_; });
  }
}

}  // namespace cc
