// Names, times and checks the stages of a batch. Each stage is run through `run(name, fn)`: its
// wall time is added to the stage's total and a failed check is logged with the stage's name.
// The totals go into summary.json ("stages") so a slow stage shows in every run's output.
// Safe to use from several threads.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cc {

class StageRunner {
 public:
  template <class Fn>
  auto run(const std::string& stage, Fn&& fn) {
    const auto start = std::chrono::steady_clock::now();
    struct Record {
      StageRunner* self;
      const std::string& stage;
      std::chrono::steady_clock::time_point start;
      ~Record() { self->add(stage, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()); }
    } record{this, stage, start};
    return fn();
  }

  // Adds time measured elsewhere (the reading stage runs in worker processes).
  void add(const std::string& stage, double seconds);
  // Records a broken invariant at a stage boundary; returns `ok` so it reads as a condition.
  bool check(const std::string& stage, bool ok, const std::string& what);

  size_t failed_checks() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return failed_checks_;
  }
  nlohmann::ordered_json to_json() const;

 private:
  struct Total {
    double seconds = 0;
    size_t calls = 0;
  };
  mutable std::mutex mutex_;  // stages run on the coordinator and on the finisher thread
  std::vector<std::string> order_;
  std::map<std::string, Total> totals_;
  size_t failed_checks_ = 0;
};

}  // namespace cc
