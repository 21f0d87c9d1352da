#include "pipeline/run/reading_options_cli.h"

#include <regex>
#include <thread>

namespace cc {
namespace {

void add_limit_options(CLI::App& cmd, Limits& limits, int& max_file_mb) {
  cmd.add_option("--max-pages", limits.max_pages, "Pages per file beyond which the file is refused")->check(CLI::PositiveNumber)->capture_default_str();
  cmd.add_option("--max-megapixels", limits.max_megapixels, "Pixels per rendered page or image, in millions")->check(CLI::PositiveNumber)->capture_default_str();
  cmd.add_option("--page-timeout", limits.page_timeout_s, "Seconds one page may take")->check(CLI::PositiveNumber)->capture_default_str();
  cmd.add_option("--doc-timeout", limits.doc_timeout_s, "Seconds one document may take in all")->check(CLI::PositiveNumber)->capture_default_str();
  cmd.add_option("--worker-memory-mb", limits.worker_memory_mb, "Address-space limit of each worker process")->check(CLI::Range(256, 65536))->capture_default_str();
  cmd.add_option("--max-file-mb", max_file_mb, "File size beyond which a file is refused")->check(CLI::PositiveNumber)->capture_default_str();
  cmd.add_option("--ocr-dpi", limits.ocr_dpi, "Resolution scanned pages are read at")->check(CLI::Range(100, 600))->capture_default_str();
}

}  // namespace

int default_jobs() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

ReadingOptionsCli::ReadingOptionsCli(CLI::App& cmd, ReadingOptions& o, ReadingCommand which)
    : options_(o), max_file_mb_(static_cast<int>(o.limits.max_file_bytes >> 20)) {
  const bool watch = which == ReadingCommand::watch;
  o.jobs = default_jobs();
  cmd.add_option("--jobs,-j", o.jobs, "Worker processes (default: the core count)")->check(CLI::Range(1, 256));
  cmd.add_option("--as-of", o.as_of, watch ? "Date every window is counted back from (default: today at each evaluation)"
                                           : "Date every window is counted back from (default: today)")
      ->check(CLI::Validator([](std::string& s) { return std::regex_match(s, std::regex(R"(\d{4}-\d{2}-\d{2})")) ? std::string() : "expected YYYY-MM-DD"; }, "YYYY-MM-DD"));
  cmd.add_option("--password", o.password, "Password tried on encrypted PDFs (never logged)");
  cmd.add_option("--passwords", o.passwords_file,
                 watch ? "File of CANDIDATE[/FILE]<TAB>PASSWORD lines for encrypted PDFs, read again when it changes (never logged)"
                       : "File of CANDIDATE[/FILE]<TAB>PASSWORD lines for encrypted PDFs (never logged)")
      ->check(CLI::ExistingFile);
  cmd.add_flag("--force-ocr", o.force_ocr, "OCR every page even when it has a text layer");
  cmd.add_option("--rules", o.rules_dir, "Ruleset folder (default: $CREDCHECK_RULES or the shipped boards ruleset)")->check(CLI::ExistingDirectory);
  cmd.add_option("--log-format", log_format_, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd.add_flag("--verbose,-v", o.verbose, "Debug logging");
  add_limit_options(cmd, o.limits, max_file_mb_);
}

void ReadingOptionsCli::apply() {
  options_.limits.max_file_bytes = static_cast<long long>(max_file_mb_) << 20;
  options_.log_format = log_format_ == "json" ? LogFormat::json : LogFormat::text;
}

}  // namespace cc
