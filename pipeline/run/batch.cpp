#include "pipeline/run/batch.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>

#include "pipeline/cache/crop_cache.h"
#include "pipeline/cache/page_cache.h"
#include "core/exit_codes.h"
#include "core/sha256.h"
#include "pipeline/dossier/dossier_html.h"
#include "pipeline/dossier/dossier_json.h"
#include "pipeline/dossier/summary.h"
#include "pipeline/intake/discover.h"
#include "pipeline/intake/passwords.h"
#include "pipeline/run/candidate_finisher.h"
#include "pipeline/run/candidate_output.h"
#include "pipeline/run/dossier_crops.h"
#include "core/output_files.h"
#include "pipeline/run/stage_runner.h"
#include "pipeline/run/evaluate_candidate.h"
#include "pipeline/workers/worker_pool.h"
#include "validators/evaluate.h"
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

// A candidate whose documents are being read; written out and dropped once all are in.
struct Pending {
  CandidateRecord record;
  std::vector<std::optional<DocumentText>> documents;
  size_t remaining = 0;
};

// The page cache's result for a file (same bytes, same reader settings), under this run's path and
// name; nullopt when it was never read or cannot be hashed.
std::optional<DocumentText> cached_document(const PageCache& cache, const InputFile& file, bool passwords_offered) {
  auto sha = sha256_file(file.path);
  if (!sha) return std::nullopt;
  auto doc = cache.lookup(*sha, passwords_offered);
  if (!doc) return std::nullopt;
  doc->path = file.path;
  doc->file = file.name;
  return doc;
}

void add_totals(BatchTotals& totals, const CandidateRecord& record) {
  ++totals.candidates;
  for (const auto& d : record.documents) {
    ++totals.documents;
    totals.documents_failed += d.error.has_value();
    for (const auto& p : d.pages) {
      ++totals.pages;
      totals.pages_ocr += p.source == TextSource::ocr;
      totals.pages_text_layer += p.source == TextSource::text_layer;
    }
  }
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

int run_batch(const RunOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  StageRunner stages;
  // Stage 0: the rules. A ruleset that does not validate stops the batch before it starts.
  const std::string rules_dir = options.rules_dir.empty() ? default_rules_dir() : options.rules_dir;
  auto rules = stages.run("rules", [&] { return load_ruleset(rules_dir); });
  if (!rules) {
    spdlog::error("{}", rules.error().message);
    return kExitInvalidRules;
  }
  const BatchContext context{options.as_of.empty() ? today_utc() : options.as_of, now_utc_iso(), rules->id};

  // Stage 1: discover the candidates and their files.
  if (is_inside(options.out_dir, options.input_dir)) {
    spdlog::error("the output folder {} is inside the input folder {}: choose another", options.out_dir, options.input_dir);
    return kExitUsage;
  }
  auto candidates = stages.run("discover", [&] { return discover_candidates(options.input_dir); });
  if (!candidates) {
    spdlog::error("{}", candidates.error().message);
    return kExitUsage;
  }
  if (auto st = ensure_directory(options.out_dir); !st) {
    spdlog::error("{}", st.error().message);
    return kExitOutputNotWritable;
  }
  // Passwords for encrypted PDFs, per candidate or file. Errors name the line, never a password.
  PasswordBook passwords;
  if (!options.passwords_file.empty()) {
    auto book = PasswordBook::load(options.passwords_file);
    if (!book) {
      spdlog::error("{}", book.error().message);
      return kExitUsage;
    }
    passwords = std::move(*book);
  }
  size_t file_count = 0;
  for (const auto& c : *candidates) file_count += c.files.size();
  spdlog::info("{} candidates, {} files in {}", candidates->size(), file_count, options.input_dir);

  // Stage 2: read every document; as each candidate completes, stage 3 writes its dossier.
  std::vector<Pending> pending(candidates->size());
  std::vector<ReadRequest> requests;
  std::vector<std::pair<size_t, size_t>> owner;  // request -> (candidate, file)
  // Documents read before (same bytes, same reader settings) come from the page cache.
  std::optional<PageCache> cache;
  if (!options.no_cache)
    cache.emplace(options.cache_dir.empty() ? options.out_dir + "/.credcheck/cache" : options.cache_dir,
                  reader_settings_key(options.limits, options.force_ocr));
  size_t cache_hits = 0;
  for (size_t c = 0; c < candidates->size(); ++c) {
    const Candidate& cand = (*candidates)[c];
    pending[c].record.id = cand.id;
    pending[c].documents.resize(cand.files.size());
    pending[c].remaining = cand.files.size();
    for (size_t f = 0; f < cand.files.size(); ++f) {
      if (auto hit = cache ? cached_document(*cache, cand.files[f], !options.password.empty() || !options.passwords_file.empty()) : std::nullopt) {
        pending[c].documents[f] = std::move(*hit);
        --pending[c].remaining;
        ++cache_hits;
        continue;
      }
      requests.push_back({cand.files[f].path, cand.files[f].name, options.password,
                          passwords.passwords_for(cand.id, cand.files[f].name)});
      owner.emplace_back(c, f);
    }
  }

  std::vector<SummaryRow> rows(candidates->size());
  BatchTotals totals;
  bool output_failed = false;
  ProgressBar bar(options.progress && options.log_format == LogFormat::text);
  set_active_progress_bar(&bar);
  std::atomic<size_t> candidates_done{0};
  // Evidence crops for dossier.html: rendered by a worker process of their own, never here, and
  // kept beside the page cache so an unchanged document's crops are not rendered again.
  std::optional<CropCache> crop_cache;
  if (cache) crop_cache.emplace(cache->dir());
  // Stages 3-5 run on finisher threads while the workers go on reading, each with a crop worker of
  // its own: twice --jobs, because a finisher and its crop worker take turns (one waits while the
  // other works). On the 588-page text-layer set, --jobs 2: 2 finishers kept the two cores 1.7
  // busy, 4 kept them 1.9 busy and finished in 6.1-6.4 s instead of 6.9-8.6 s.
  const size_t finishers = 2 * static_cast<size_t>(std::max(1, options.jobs));
  std::vector<std::unique_ptr<CropClient>> crop_clients;
  for (size_t t = 0; t < finishers; ++t)
    crop_clients.push_back(std::make_unique<CropClient>(
        options.worker_executable.empty() ? current_executable() : options.worker_executable, options.limits));

  std::mutex totals_mutex;  // rows are per candidate; these are shared by the finisher threads
  size_t crops_rendered = 0, crops_cached = 0;
  auto finish_candidate = [&](size_t c, size_t thread) {
    Pending& p = pending[c];
    for (auto& d : p.documents) p.record.documents.push_back(std::move(*d));
    p.documents.clear();
    stages.check("read", p.record.documents.size() == (*candidates)[c].files.size(), "every file of " + p.record.id + " has a result");
    // Stages 3 and 4: facts, then decisions.
    p.record.facts = stages.run("extract", [&] { return extract_facts(p.record.id, p.record.documents, *rules, context.as_of); });
    p.record.validation = stages.run("validate", [&] { return evaluate(*p.record.facts, *rules, context.as_of); });
    stages.check("validate", p.record.validation->evaluations.size() >= 2, "every board is evaluated for " + p.record.id);
    const auto crops = stages.run("crops", [&] { return render_evidence_crops(
        p.record, *crop_clients[thread],
        [&](const std::string& file) { return passwords_to_try(passwords.passwords_for(p.record.id, file), options.password); },
        crop_cache ? &*crop_cache : nullptr);
    });
    const Status written = stages.run("write", [&] {
      const std::string html = dossier_html(p.record, context, crops, &*rules);
      return write_candidate_output(options.out_dir, p.record, context, 0, &html);
    });
    if (!written) spdlog::error("{}", written.error().message);
    rows[c] = summary_row(p.record);
    {
      const std::lock_guard<std::mutex> lock(totals_mutex);
      output_failed = output_failed || !written;
      add_totals(totals, p.record);
      for (const auto& crop : crops) {
        crops_cached += crop.ok() && crop.from_cache;
        crops_rendered += crop.ok() && !crop.from_cache;
      }
    }
    for (const auto& d : p.record.documents)
      if (d.error) spdlog::warn("{}/{}: {}: {}", p.record.id, d.file, error_code_name(d.error->code), d.error->message);
    spdlog::debug("candidate {} done: {} documents", p.record.id, p.record.documents.size());
    p.record = CandidateRecord{};  // release the pages: memory stays bounded by what is in flight
    ++candidates_done;
  };
  if (cache) spdlog::info("{} of {} documents from the page cache {}", cache_hits, file_count, cache->dir());
  CandidateFinisher finisher(finish_candidate, finishers, 2 * finishers);
  for (size_t c = 0; c < pending.size(); ++c)
    if (pending[c].remaining == 0) finisher.hand_over(c);

  ReaderOptions reader{options.jobs, options.limits, options.force_ocr,
                       options.worker_executable.empty() ? current_executable() : options.worker_executable};
  ReadProgress last_progress;
  const ReadStats read_stats = stages.run("read", [&] {
    return read_documents(
        requests, reader,
        [&](size_t i, DocumentText&& text) {
          auto [c, f] = owner[i];
          if (cache)
            if (auto st = cache->store(text); !st) spdlog::warn("page cache: {}", st.error().message);
          pending[c].documents[f] = std::move(text);
          if (--pending[c].remaining == 0) finisher.hand_over(c);
        },
        [&](const ReadProgress& progress) {
          last_progress = progress;
          bar.update(candidates_done, candidates->size(), progress.pages_done, progress.pages_known);
        });
  });
  finisher.drain();
  bar.update(candidates_done, candidates->size(), last_progress.pages_done, last_progress.pages_known);
  set_active_progress_bar(nullptr);
  if (crop_cache) spdlog::info("evidence crops: {} rendered, {} from the crop cache", crops_rendered, crops_cached);
  if (read_stats.workers_lost > 0) spdlog::info("{} worker processes were lost and replaced", read_stats.workers_lost);

  // Stage 4: the batch summary.
  totals.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const Status summary_written = stages.run("summary", [&]() -> Status {
    if (auto st = write_file_atomic(options.out_dir + "/summary.json", summary_json(rows, totals, context, stages.to_json()).dump(2) + "\n"); !st) return st;
    return write_file_atomic(options.out_dir + "/summary.csv", summary_csv(rows));
  });
  if (!summary_written) {
    spdlog::error("{}", summary_written.error().message);
    output_failed = true;
  }
  spdlog::info("done: {} candidates, {} documents ({} failed), {} pages ({} OCR, {} text layer) in {:.1f} s ({:.2f} pages/s)",
               totals.candidates, totals.documents, totals.documents_failed, totals.pages, totals.pages_ocr,
               totals.pages_text_layer, totals.seconds, totals.seconds > 0 ? static_cast<double>(totals.pages) / totals.seconds : 0);
  if (output_failed) return kExitOutputNotWritable;
  if (stages.failed_checks() > 0) return kExitInternalError;
  return totals.documents_failed > 0 ? kExitDocumentsFailed : kExitSuccess;
}

}  // namespace cc
