// The `serve`, `users` and `audit` subcommands of credcheck's command line, kept here so that
// pipeline/cli/main.cpp only registers and dispatches them (like watch/watch_cli.h).
//   credcheck serve --out OUT [--db FILE] [--listen 127.0.0.1:8470] [--tls-cert F --tls-key F] [--insecure-http] [--rules DIR]
//                   [--input DIR]
//   credcheck users add|passwd|disable|enable|list [NAME] [--role R] [--one-time] (--db FILE | --out OUT)
//   credcheck audit verify|export [--format csv|json] [--dossier ID] (--db FILE | --out OUT)
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace cc {

class ServeCommands {
 public:
  explicit ServeCommands(CLI::App& app);
  // The exit code when one of these commands was given, else nullopt.
  std::optional<int> dispatch();

 private:
  int serve();
  int users();
  int audit();

  CLI::App* serve_ = nullptr;
  CLI::App* users_ = nullptr;
  CLI::App* audit_ = nullptr;
  std::string out_, db_, listen_ = "127.0.0.1:8470", tls_cert_, tls_key_, rules_, input_, passwords_;
  bool insecure_http_ = false;
  std::string users_action_, user_name_, role_ = "evaluator";
  bool one_time_ = false;
  std::string audit_action_, format_ = "csv", dossier_;
};

// OUT/.credcheck/review.sqlite, the default database of `serve`.
std::string default_review_db(const std::string& out_dir);

}  // namespace cc
