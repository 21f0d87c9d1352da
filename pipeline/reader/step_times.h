// Wall time spent in each step of reading a page (prepare, OSD, recognise...), summed per thread,
// for profiling the reader (bench/read_pages prints them). A step is timed by a StepTimer in scope;
// it costs two clock reads, so it stays in production code.
#pragma once

#include <chrono>
#include <map>
#include <string>

namespace cc {

// Step name -> (seconds, calls).
using StepTable = std::map<std::string, std::pair<double, int>>;

inline StepTable& step_times() {
  thread_local StepTable table;
  return table;
}

class StepTimer {
 public:
  explicit StepTimer(const char* name) : name_(name), start_(std::chrono::steady_clock::now()) {}
  ~StepTimer() {
    auto& slot = step_times()[name_];
    slot.first += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    ++slot.second;
  }
  StepTimer(const StepTimer&) = delete;
  StepTimer& operator=(const StepTimer&) = delete;

 private:
  const char* name_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace cc
