// BoundedMemo: answers of a pure function of a string, remembered up to a bound (then forgotten
// all at once). For lookups the table reader asks of the same lines many times over (is a line a
// section? its repaired term heading?); declare one `thread_local` per function, so workers share
// nothing and no lock is needed.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

namespace cc {

template <class Value>
class BoundedMemo {
 public:
  explicit BoundedMemo(std::size_t bound = 4096) : bound_(bound) {}

  // The remembered answer for `key`, or compute(key) remembered.
  template <class Compute>
  Value get(const std::string& key, Compute&& compute) {
    if (const auto it = known_.find(key); it != known_.end()) return it->second;
    Value answer = compute(key);
    if (known_.size() >= bound_) known_.clear();
    known_.emplace(key, answer);
    return answer;
  }

 private:
  std::size_t bound_;
  std::unordered_map<std::string, Value> known_;
};

}  // namespace cc
