// credcheck's command line: parses arguments, converts anything thrown into an exit code at this
// one boundary, and hands over to the command. Exit codes: core/exit_codes.h.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <exception>

#include "pipeline/cli/version.h"
#include "core/exit_codes.h"
#include "core/private_files.h"
#include "pipeline/run/batch.h"
#include "pipeline/run/explain.h"
#include "pipeline/run/reading_options_cli.h"
#include "pipeline/serve/serve_cli.h"
#include "pipeline/run/tables_command.h"
#include "pipeline/watch/watch_cli.h"
#include "validators/rules_listing.h"
#include "validators/rules_loader.h"
#include "validators/ruleset_keys.h"
#include "pipeline/workers/worker_main.h"

namespace {

int list_rules(const std::string& dir, bool as_json, bool keys) {
  if (keys) {  // the catalogue of keys: no ruleset needed
    if (as_json) printf("%s\n", cc::ruleset_keys_json().dump(2).c_str());
    else fputs(cc::ruleset_keys_listing().c_str(), stdout);
    return cc::kExitSuccess;
  }
  auto rules = cc::load_ruleset(dir);
  if (!rules) {
    fprintf(stderr, "credcheck rules: %s\n", rules.error().message.c_str());
    return cc::kExitInvalidRules;
  }
  if (as_json) printf("%s\n", cc::rules_listing_json(*rules).dump(2).c_str());
  else fputs(cc::rules_listing(*rules).c_str(), stdout);
  return cc::kExitSuccess;
}

int run_cli(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[1]) == "__worker") return cc::worker_main();

  CLI::App app{"credcheck: reads candidates' transcripts, diplomas and employment letters and writes an evaluation dossier per candidate"};
  app.require_subcommand(1);
  app.set_version_flag("--version", [] { return cc::version_text(); },
                       "Print the versions of credcheck, its default ruleset, Tesseract, Leptonica and Poppler, and exit");

  cc::RunOptions run;
  bool no_progress = false;
  CLI::App* run_cmd = app.add_subcommand("run", "Evaluate every candidate in INPUT_DIR once and write dossiers to OUT_DIR");
  run_cmd->add_option("INPUT_DIR", run.input_dir, "A folder per candidate (or loose files, one candidate each)")->required()->check(CLI::ExistingDirectory);
  run_cmd->add_option("--out", run.out_dir, "Where dossiers and the summary are written")->required();
  cc::ReadingOptionsCli run_reading(*run_cmd, run, cc::ReadingCommand::run);  // shared with `watch`
  run_cmd->add_flag("--no-progress", no_progress, "No progress bar even on a terminal");
  run_cmd->add_option("--cache", run.cache_dir, "Page-text cache: an unchanged document is not read again (default: OUT/.credcheck/cache)");
  run_cmd->add_flag("--no-cache", run.no_cache, "Read every document, neither using nor filling the cache");

  std::string rules_dir;
  bool rules_json = false;
  CLI::App* rules_cmd = app.add_subcommand("rules", "List the routes of the ruleset with their parameters and sources");
  rules_cmd->add_option("--rules", rules_dir, "Ruleset folder (default: $CREDCHECK_RULES or the shipped boards ruleset)")->check(CLI::ExistingDirectory);
  rules_cmd->add_flag("--json", rules_json, "JSON instead of text");
  bool rules_keys = false;
  rules_cmd->add_flag("--keys", rules_keys, "List every key a ruleset may hold, file by file, with what it means");

  std::string dossier_path;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Print a short summary of a dossier");
  explain_cmd->add_option("DOSSIER", dossier_path, "OUT/<id>/dossier.json")->required()->check(CLI::ExistingFile);

  cc::TablesCommandOptions tables;
  CLI::App* tables_cmd = app.add_subcommand("tables", "Print the tables found in one document: cells with boxes, column roles, terms");
  tables_cmd->add_option("FILE", tables.file, "A PDF or image")->required()->check(CLI::ExistingFile);
  tables_cmd->add_option("--pages", tables.pages, "Only pages N-M (or N), from 1");
  tables_cmd->add_option("--format", tables.format, "csv or json")->check(CLI::IsMember({"csv", "json"}))->capture_default_str();
  tables_cmd->add_option("--password", tables.password, "Password of an encrypted PDF (never logged)");
  tables_cmd->add_flag("--force-ocr", tables.force_ocr, "OCR every page even when it has a text layer");
  tables_cmd->add_option("--page-timeout", tables.limits.page_timeout_s, "Seconds one page may take (a loaded machine needs more)")->capture_default_str();

  cc::WatchCommands watch_commands(app);
  cc::ServeCommands serve_commands(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? cc::kExitSuccess : cc::kExitUsage;
  }
  run_reading.apply();
  run.progress = !no_progress;
  cc::setup_logging(run.log_format, run.verbose);
  if (auto code = watch_commands.dispatch()) return *code;
  if (auto code = serve_commands.dispatch()) return *code;
  if (run_cmd->parsed()) return cc::run_batch(run);
  if (tables_cmd->parsed()) return cc::run_tables_command(tables);
  if (rules_cmd->parsed()) return list_rules(rules_dir.empty() ? cc::default_rules_dir() : rules_dir, rules_json, rules_keys);
  if (explain_cmd->parsed()) {
    auto text = cc::explain_dossier_file(dossier_path);
    if (!text) {
      fprintf(stderr, "credcheck explain: %s\n", text.error().message.c_str());
      return cc::kExitUsage;
    }
    fputs(text->c_str(), stdout);
    return cc::kExitSuccess;
  }
  return cc::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  // Everything written holds personal data: 0640 files, 0750 folders whatever the umask we were
  // given (core/private_files.h; each write site also sets its mode explicitly).
  cc::restrict_umask();
  try {
    return run_cli(argc, argv);
  } catch (const std::exception& e) {
    fprintf(stderr, "credcheck: internal error: %s\n", e.what());
  } catch (...) {
    fprintf(stderr, "credcheck: internal error\n");
  }
  return cc::kExitInternalError;
}
