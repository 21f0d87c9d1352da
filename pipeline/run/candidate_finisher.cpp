#include "pipeline/run/candidate_finisher.h"

#include <cassert>
#include <utility>

namespace cc {

CandidateFinisher::CandidateFinisher(std::function<void(size_t)> finish, size_t capacity)
    : finish_(std::move(finish)), capacity_(capacity > 0 ? capacity : 1), thread_([this] { loop(); }) {}

CandidateFinisher::~CandidateFinisher() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void CandidateFinisher::hand_over(size_t candidate) {
  std::unique_lock<std::mutex> lock(mutex_);
  assert(!closing_ && "hand_over after drain");
  changed_.wait(lock, [&] { return waiting_.size() < capacity_; });
  waiting_.push_back(candidate);
  lock.unlock();
  changed_.notify_all();
}

void CandidateFinisher::drain() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

void CandidateFinisher::loop() {
  for (;;) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return !waiting_.empty() || closing_; });
    if (waiting_.empty()) return;  // closing, and all done
    const size_t candidate = waiting_.front();
    lock.unlock();
    if (!failure_) {
      try {
        finish_(candidate);
      } catch (...) {
        failure_ = std::current_exception();  // read by drain() after the join
      }
    }
    lock.lock();
    waiting_.pop_front();  // popped only when done: a waiting hand_over counts it until then
    lock.unlock();
    changed_.notify_all();
  }
}

}  // namespace cc
