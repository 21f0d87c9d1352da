// The `watch` and `status` subcommands of credcheck's command line, kept here so that
// pipeline/cli/main.cpp only registers and dispatches them.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "pipeline/run/reading_options_cli.h"
#include "pipeline/watch/watch_options.h"

namespace cc {

class WatchCommands {
 public:
  explicit WatchCommands(CLI::App& app);
  // The exit code when `watch` or `status` was the command given, else nullopt.
  std::optional<int> dispatch();

 private:
  CLI::App* watch_ = nullptr;
  CLI::App* status_ = nullptr;
  WatchOptions options_;
  std::optional<ReadingOptionsCli> reading_;  // the options shared with `run`
  std::string status_state_;
  bool status_json_ = false;
};

}  // namespace cc
