#include "pipeline/run/stage_runner.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace cc {

void StageRunner::add(const std::string& stage, double seconds) {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (std::find(order_.begin(), order_.end(), stage) == order_.end()) order_.push_back(stage);
  auto& t = totals_[stage];
  t.seconds += seconds;
  ++t.calls;
}

bool StageRunner::check(const std::string& stage, bool ok, const std::string& what) {
  if (!ok) {
    const std::lock_guard<std::mutex> lock(mutex_);
    ++failed_checks_;
    spdlog::error("stage {}: check failed: {}", stage, what);
  }
  return ok;
}

nlohmann::ordered_json StageRunner::to_json() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& name : order_) {
    const auto& t = totals_.at(name);
    j.push_back({{"stage", name}, {"seconds", std::round(t.seconds * 1000) / 1000}, {"calls", t.calls}});
  }
  return j;
}

}  // namespace cc
