#include "pipeline/run/candidate_finisher.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace cc {

CandidateFinisher::CandidateFinisher(std::function<void(size_t, size_t)> finish, size_t threads, size_t capacity)
    : finish_(std::move(finish)), capacity_(std::max(capacity, std::max<size_t>(threads, 1))) {
  for (size_t t = 0; t < std::max<size_t>(threads, 1); ++t) threads_.emplace_back([this, t] { loop(t); });
}

CandidateFinisher::~CandidateFinisher() { stop(); }

void CandidateFinisher::hand_over(size_t candidate) {
  std::unique_lock<std::mutex> lock(mutex_);
  assert(!closing_ && "hand_over after drain");
  changed_.wait(lock, [&] { return waiting_.size() + busy_ < capacity_; });
  waiting_.push_back(candidate);
  lock.unlock();
  changed_.notify_all();
}

void CandidateFinisher::stop() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  for (auto& t : threads_)
    if (t.joinable()) t.join();
}

void CandidateFinisher::drain() {
  stop();
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

void CandidateFinisher::loop(size_t thread) {
  for (;;) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return !waiting_.empty() || closing_; });
    if (waiting_.empty()) return;  // closing, and nothing left
    const size_t candidate = waiting_.front();
    waiting_.pop_front();
    ++busy_;
    const bool failed = failure_ != nullptr;
    lock.unlock();
    std::exception_ptr thrown;
    if (!failed) {
      try {
        finish_(candidate, thread);
      } catch (...) {
        thrown = std::current_exception();
      }
    }
    lock.lock();
    --busy_;
    if (thrown && !failure_) failure_ = thrown;  // the first one, read by drain() after the joins
    lock.unlock();
    changed_.notify_all();
  }
}

}  // namespace cc
