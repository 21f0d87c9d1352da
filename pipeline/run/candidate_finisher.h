// Finishing candidates off the coordinator's thread. When a candidate's last document is read,
// the coordinator hands its index over and goes back to feeding the workers; `threads` threads of
// their own extract, judge, crop and write the handed-over candidates, each taking the next one
// waiting. Without it the workers sat idle while the coordinator was busy with a candidate (a
// scanned batch: 2-3 s in 30); with one thread a text-layer batch waited on that thread alone.
// The finishing function gets the candidate and the index of the thread running it (for state
// kept per thread, like a crop worker). At most `capacity` candidates are waiting or being
// finished: handing over another blocks until one is done, so the pages held in memory stay
// bounded whatever the relative speeds. An exception thrown while finishing
// is kept and rethrown by drain(), on the coordinator's thread (the one boundary that converts
// exceptions to exit codes is in main).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace cc {

class CandidateFinisher {
 public:
  CandidateFinisher(std::function<void(size_t candidate, size_t thread)> finish, size_t threads, size_t capacity);
  ~CandidateFinisher();
  CandidateFinisher(const CandidateFinisher&) = delete;
  CandidateFinisher& operator=(const CandidateFinisher&) = delete;

  void hand_over(size_t candidate);
  // Waits until every candidate handed over is finished and stops the thread; rethrows the first
  // exception the finishing function threw. Nothing may be handed over afterwards.
  void drain();

 private:
  void loop(size_t thread);
  void stop();

  std::function<void(size_t, size_t)> finish_;
  size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<size_t> waiting_;
  size_t busy_ = 0;  // candidates being finished
  bool closing_ = false;
  std::exception_ptr failure_;
  std::vector<std::thread> threads_;
};

}  // namespace cc
