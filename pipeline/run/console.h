// What a person or a log collector sees while a batch runs: spdlog lines (plain text, or one JSON
// object per line with --log-format json) and, on a terminal, a progress bar (candidates, pages,
// rate, time left) that log lines do not tear.
#pragma once

#include <chrono>
#include <string>

namespace cc {

enum class LogFormat { text, json };

// Sets up the "credcheck" default logger on stderr. `verbose` lowers the level to debug.
void setup_logging(LogFormat format, bool verbose);

class ProgressBar {
 public:
  // Draws only when stderr is a terminal and the log format is text.
  explicit ProgressBar(bool enabled);
  ~ProgressBar();
  void update(size_t candidates_done, size_t candidates_total, size_t pages_done, size_t pages_known);
  void clear();   // erase the bar (before a log line)
  void redraw();  // draw it again (after a log line)
  bool enabled() const { return enabled_; }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_draw_;
  std::string line_;
  bool shown_ = false;
};

// The bar log lines must step around (null when none).
void set_active_progress_bar(ProgressBar* bar);

}  // namespace cc
