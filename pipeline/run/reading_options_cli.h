// Puts the shared reading options (reading_options.h) on a subcommand of credcheck's command line:
// --jobs, --as-of, --password, --passwords, --force-ocr, --rules, --log-format, --verbose and the
// limits (--max-pages, --max-megapixels, --page-timeout, --doc-timeout, --worker-memory-mb,
// --max-file-mb, --ocr-dpi). `run` and `watch` call it, so both spell and check them alike.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "pipeline/run/reading_options.h"

namespace cc {

// Which command the options are for: the help of --as-of and --passwords says what `watch` does
// differently (today at each evaluation; the passwords file read again when it changes).
enum class ReadingCommand { run, watch };

class ReadingOptionsCli {
 public:
  // Registers the options on `command`, writing into `options` (which must outlive the parse);
  // sets options.jobs to its default, the core count.
  ReadingOptionsCli(CLI::App& command, ReadingOptions& options, ReadingCommand which);
  // After parsing: the values given as text or in other units (--log-format, --max-file-mb).
  void apply();

 private:
  ReadingOptions& options_;
  std::string log_format_ = "text";
  int max_file_mb_;
};

// The default of --jobs: the core count.
int default_jobs();

}  // namespace cc
