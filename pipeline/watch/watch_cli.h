// The `watch` and `status` subcommands of credcheck's command line, kept here so that
// pipeline/cli/main.cpp only registers and dispatches them.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>

#include "pipeline/watch/watch_options.h"

namespace cc {

class WatchCommands {
 public:
  using AddLimits = std::function<void(CLI::App&, Limits&, int& max_file_mb)>;
  WatchCommands(CLI::App& app, int default_jobs, const AddLimits& add_limits);
  // The exit code when `watch` or `status` was the command given, else nullopt.
  std::optional<int> dispatch();

 private:
  CLI::App* watch_ = nullptr;
  CLI::App* status_ = nullptr;
  WatchOptions options_;
  int max_file_mb_ = 100;
  std::string log_format_ = "text";
  std::string status_state_;
  bool status_json_ = false;
};

}  // namespace cc
