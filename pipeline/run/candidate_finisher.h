// Finishing candidates off the coordinator's thread. When a candidate's last document is read,
// the coordinator hands its index over and goes back to feeding the workers; a thread of its own
// extracts, judges, crops and writes each handed-over candidate in turn. Without it the workers
// sat idle while the coordinator was busy with a candidate (a scanned batch: 2-3 s in 30).
// At most `capacity` candidates wait: handing over another blocks until one is done, so the pages
// held in memory stay bounded whatever the relative speeds. An exception thrown while finishing
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

namespace cc {

class CandidateFinisher {
 public:
  CandidateFinisher(std::function<void(size_t)> finish, size_t capacity);
  ~CandidateFinisher();
  CandidateFinisher(const CandidateFinisher&) = delete;
  CandidateFinisher& operator=(const CandidateFinisher&) = delete;

  void hand_over(size_t candidate);
  // Waits until every candidate handed over is finished and stops the thread; rethrows the first
  // exception the finishing function threw. Nothing may be handed over afterwards.
  void drain();

 private:
  void loop();

  std::function<void(size_t)> finish_;
  size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<size_t> waiting_;
  bool closing_ = false;
  std::exception_ptr failure_;
  std::thread thread_;
};

}  // namespace cc
