#include "pipeline/run/batch_reading.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

#include "core/sha256.h"
#include "pipeline/cache/crop_cache.h"
#include "pipeline/cache/page_cache.h"
#include "pipeline/run/candidate_finisher.h"

namespace cc {
namespace {

// A candidate whose documents are being read; finished and dropped once all are in.
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

class BatchReading {
 public:
  BatchReading(const RunOptions& options, const Ports& ports, const std::vector<Candidate>& candidates,
               const PasswordBook& passwords, CandidateFlowContext flow, StageRunner& stages)
      : options_(options), ports_(ports), candidates_(candidates), passwords_(passwords), flow_(std::move(flow)),
        stages_(stages), pending_(candidates.size()), bar_(options.progress && options.log_format == LogFormat::text) {
    outcome_.rows.resize(candidates.size());
    if (options.no_cache) return;
    cache_.emplace(options.cache_dir.empty() ? options.out_dir + "/.credcheck/cache" : options.cache_dir,
                   reader_settings_key(options.limits, options.force_ocr));
    // Evidence crops for dossier.html are kept beside the page cache, so an unchanged document's
    // crops are not rendered again.
    crop_cache_.emplace(cache_->dir());
    flow_.crop_cache = &*crop_cache_;
  }

  BatchOutcome run();

 private:
  void take_cached_or_request();
  void finish(size_t c, size_t thread);

  const RunOptions& options_;
  const Ports& ports_;
  const std::vector<Candidate>& candidates_;
  const PasswordBook& passwords_;
  CandidateFlowContext flow_;
  StageRunner& stages_;
  std::vector<Pending> pending_;
  std::vector<ReadRequest> requests_;
  std::vector<std::pair<size_t, size_t>> owner_;  // request -> (candidate, file)
  std::optional<PageCache> cache_;
  std::optional<CropCache> crop_cache_;
  size_t cache_hits_ = 0, files_ = 0;
  std::vector<std::unique_ptr<CropSource>> crop_sources_;  // one per finisher thread
  ProgressBar bar_;
  std::atomic<size_t> candidates_done_{0};
  std::mutex outcome_mutex_;  // rows are per candidate; the rest is shared by the finisher threads
  BatchOutcome outcome_;
  size_t crops_rendered_ = 0, crops_cached_ = 0;
};

void BatchReading::take_cached_or_request() {
  const bool passwords_offered = !options_.password.empty() || !options_.passwords_file.empty();
  for (size_t c = 0; c < candidates_.size(); ++c) {
    const Candidate& cand = candidates_[c];
    pending_[c].record.id = cand.id;
    pending_[c].documents.resize(cand.files.size());
    pending_[c].remaining = cand.files.size();
    files_ += cand.files.size();
    for (size_t f = 0; f < cand.files.size(); ++f) {
      if (auto hit = cache_ ? cached_document(*cache_, cand.files[f], passwords_offered) : std::nullopt) {
        pending_[c].documents[f] = std::move(*hit);
        --pending_[c].remaining;
        ++cache_hits_;
        continue;
      }
      requests_.push_back({cand.files[f].path, cand.files[f].name, options_.password,
                           passwords_.passwords_for(cand.id, cand.files[f].name)});
      owner_.emplace_back(c, f);
    }
  }
}

// On a finisher thread: the candidate flow, then the candidate's summary row and totals.
void BatchReading::finish(size_t c, size_t thread) {
  Pending& p = pending_[c];
  for (auto& d : p.documents) p.record.documents.push_back(std::move(*d));
  p.documents.clear();
  stages_.check("read", p.record.documents.size() == candidates_[c].files.size(), "every file of " + p.record.id + " has a result");
  const CandidateFlowResult result = run_candidate_flow(p.record, flow_, *crop_sources_[thread], stages_);
  if (!result.written) spdlog::error("{}", result.written.error().message);
  outcome_.rows[c] = summary_row(p.record);
  {
    const std::lock_guard<std::mutex> lock(outcome_mutex_);
    outcome_.output_failed = outcome_.output_failed || !result.written;
    add_totals(outcome_.totals, p.record);
    crops_cached_ += result.crops_cached;
    crops_rendered_ += result.crops_rendered;
  }
  for (const auto& d : p.record.documents)
    if (d.error) spdlog::warn("{}/{}: {}: {}", p.record.id, d.file, error_code_name(d.error->code), d.error->message);
  spdlog::debug("candidate {} done: {} documents", p.record.id, p.record.documents.size());
  p.record = CandidateRecord{};  // release the pages: memory stays bounded by what is in flight
  ++candidates_done_;
}

BatchOutcome BatchReading::run() {
  take_cached_or_request();
  set_active_progress_bar(&bar_);
  // A finisher and its crop worker take turns (one waits while the other works), hence twice
  // --jobs: on the 588-page text-layer set, --jobs 2: 2 finishers kept the two cores 1.7 busy, 4
  // kept them 1.9 busy and finished in 6.1-6.4 s instead of 6.9-8.6 s.
  const size_t finishers = 2 * static_cast<size_t>(std::max(1, options_.jobs));
  for (size_t t = 0; t < finishers; ++t) crop_sources_.push_back(ports_.new_crop_source());
  if (cache_) spdlog::info("{} of {} documents from the page cache {}", cache_hits_, files_, cache_->dir());
  CandidateFinisher finisher([this](size_t c, size_t thread) { finish(c, thread); }, finishers, 2 * finishers);
  for (size_t c = 0; c < pending_.size(); ++c)
    if (pending_[c].remaining == 0) finisher.hand_over(c);

  ReadProgress last_progress;
  const ReadStats read_stats = stages_.run("read", [&] {
    return ports_.reader->read(
        requests_,
        [&](size_t i, DocumentText&& text) {
          auto [c, f] = owner_[i];
          if (cache_)
            if (auto st = cache_->store(text); !st) spdlog::warn("page cache: {}", st.error().message);
          pending_[c].documents[f] = std::move(text);
          if (--pending_[c].remaining == 0) finisher.hand_over(c);
        },
        [&](const ReadProgress& progress) {
          last_progress = progress;
          bar_.update(candidates_done_, candidates_.size(), progress.pages_done, progress.pages_known);
        });
  });
  finisher.drain();
  bar_.update(candidates_done_, candidates_.size(), last_progress.pages_done, last_progress.pages_known);
  set_active_progress_bar(nullptr);
  if (crop_cache_) spdlog::info("evidence crops: {} rendered, {} from the crop cache", crops_rendered_, crops_cached_);
  if (read_stats.workers_lost > 0) spdlog::info("{} worker processes were lost and replaced", read_stats.workers_lost);
  return std::move(outcome_);
}

}  // namespace

BatchOutcome read_and_finish(const RunOptions& options, const Ports& ports, const std::vector<Candidate>& candidates,
                             const PasswordBook& passwords, CandidateFlowContext flow, StageRunner& stages) {
  return BatchReading(options, ports, candidates, passwords, std::move(flow), stages).run();
}

}  // namespace cc
