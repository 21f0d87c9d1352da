// Where `run` and `watch` meet the outside world: a DocumentReader reads documents
// (pipeline/workers/document_reader.h) and each CropSource renders evidence crops
// (pipeline/workers/crop_source.h). worker_ports() gives the real ones, worker processes of this
// executable; tests give fakes answering in-process, so the batch, the candidate flow and the
// daemon's scheduling are tested without spawning anything.
#pragma once

#include <functional>
#include <memory>

#include "pipeline/run/reading_options.h"
#include "pipeline/workers/crop_source.h"
#include "pipeline/workers/document_reader.h"

namespace cc {

struct Ports {
  std::shared_ptr<DocumentReader> reader;
  // A crop source of its own for each thread that finishes candidates (run: one per finisher).
  std::function<std::unique_ptr<CropSource>()> new_crop_source;
};

// `options.jobs` reading workers and a crop worker per crop source, all running
// `options.worker_executable` (default: this executable) under `options.limits`.
Ports worker_ports(const ReadingOptions& options);

}  // namespace cc
