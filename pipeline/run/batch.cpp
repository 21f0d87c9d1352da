#include "pipeline/run/batch.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "core/json_text.h"
#include "core/exit_codes.h"
#include "core/output_files.h"
#include "pipeline/dossier/summary.h"
#include "pipeline/intake/discover.h"
#include "pipeline/intake/passwords.h"
#include "pipeline/run/batch_reading.h"
#include "pipeline/run/stage_runner.h"
#include "validators/rules_loader.h"

namespace cc {
namespace fs = std::filesystem;

namespace {

std::tm utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

bool is_inside(const fs::path& inner, const fs::path& outer) {
  std::error_code ec;
  const fs::path a = fs::weakly_canonical(inner, ec), b = fs::weakly_canonical(outer, ec);
  auto [ai, bi] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return bi == b.end();
}

// A batch that cannot start: the reason is logged, the exit code returned.
int stop(const std::string& message, int exit_code) {
  spdlog::error("{}", message);
  return exit_code;
}

// Per-candidate passwords (pipeline/intake/passwords.h); none without --passwords.
Expected<PasswordBook> load_passwords(const std::string& file) {
  if (file.empty()) return PasswordBook{};
  return PasswordBook::load(file);
}

Status write_summary(const std::string& out_dir, const BatchOutcome& outcome, const BatchContext& context,
                     const StageRunner& stages) {
  const auto json = summary_json(outcome.rows, outcome.totals, context, stages.to_json());
  if (auto st = write_file_atomic(out_dir + "/summary.json", json_text(json, 2) + "\n"); !st) return st;
  return write_file_atomic(out_dir + "/summary.csv", summary_csv(outcome.rows));
}

void log_done(const BatchTotals& t) {
  spdlog::info("done: {} candidates, {} documents ({} failed), {} pages ({} OCR, {} text layer) in {:.1f} s ({:.2f} pages/s)",
               t.candidates, t.documents, t.documents_failed, t.pages, t.pages_ocr, t.pages_text_layer, t.seconds,
               t.seconds > 0 ? static_cast<double>(t.pages) / t.seconds : 0);
}

}  // namespace

std::string default_rules_dir() {
  if (const char* env = std::getenv("CREDCHECK_RULES"); env && *env) return env;
  return CREDCHECK_DEFAULT_RULES_DIR;
}

std::string today_utc() {
  const std::tm tm = utc_now();
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string now_utc_iso() {
  const std::tm tm = utc_now();
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int run_batch(const RunOptions& options) { return run_batch(options, worker_ports(options)); }

// The stages in order; each is named and timed by `stages`, and the times go into summary.json.
int run_batch(const RunOptions& options, const Ports& ports) {
  const auto started = std::chrono::steady_clock::now();
  StageRunner stages;

  // rules: a ruleset that does not validate stops the batch before it starts.
  auto rules = stages.run("rules", [&] { return load_ruleset(options.rules_dir.empty() ? default_rules_dir() : options.rules_dir); });
  if (!rules) return stop(rules.error().message, kExitInvalidRules);
  const BatchContext context{options.as_of.empty() ? today_utc() : options.as_of, now_utc_iso(), rules->id};

  // discover: the candidates and their files; the output folder; the passwords (errors name the
  // line, never a password).
  if (is_inside(options.out_dir, options.input_dir))
    return stop("the output folder " + options.out_dir + " is inside the input folder " + options.input_dir + ": choose another", kExitUsage);
  auto candidates = stages.run("discover", [&] { return discover_candidates(options.input_dir); });
  if (!candidates) return stop(candidates.error().message, kExitUsage);
  if (auto st = ensure_directory(options.out_dir); !st) return stop(st.error().message, kExitOutputNotWritable);
  auto passwords = load_passwords(options.passwords_file);
  if (!passwords) return stop(passwords.error().message, kExitUsage);
  size_t file_count = 0;
  for (const auto& c : *candidates) file_count += c.files.size();
  spdlog::info("{} candidates, {} files in {}", candidates->size(), file_count, options.input_dir);

  // read, and for each candidate as soon as its documents are in, the candidate flow: extract,
  // validate, crops, write (candidate_flow.h).
  auto crop_passwords = [&](const std::string& candidate, const std::string& file) {
    return passwords_to_try(passwords->passwords_for(candidate, file), options.password);
  };
  CandidateFlowContext flow{*rules, context, options.out_dir, 0, nullptr, crop_passwords};
  BatchOutcome outcome = read_and_finish(options, ports, *candidates, *passwords, std::move(flow), stages);

  // summary: summary.json (with the stage times) and summary.csv.
  outcome.totals.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const Status summary_written = stages.run("summary", [&] { return write_summary(options.out_dir, outcome, context, stages); });
  if (!summary_written) {
    spdlog::error("{}", summary_written.error().message);
    outcome.output_failed = true;
  }
  log_done(outcome.totals);
  if (outcome.output_failed) return kExitOutputNotWritable;
  if (stages.failed_checks() > 0) return kExitInternalError;
  return outcome.totals.documents_failed > 0 ? kExitDocumentsFailed : kExitSuccess;
}

}  // namespace cc
