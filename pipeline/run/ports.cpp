#include "pipeline/run/ports.h"

#include "pipeline/workers/crop_client.h"

namespace cc {

Ports worker_ports(const ReadingOptions& options) {
  const std::string executable = options.worker_executable.empty() ? current_executable() : options.worker_executable;
  Ports ports;
  ports.reader = std::make_shared<WorkerPoolReader>(ReaderOptions{options.jobs, options.limits, options.force_ocr, executable});
  ports.new_crop_source = [executable, limits = options.limits]() -> std::unique_ptr<CropSource> {
    return std::make_unique<CropClient>(executable, limits);
  };
  return ports;
}

}  // namespace cc
