// The bytes that cross the process boundary between the coordinator and a worker.
//
// A frame is a header line "CCW1 <length>\n" followed by <length> bytes of JSON. "CCW1" is the
// format's version: a worker from another build is refused rather than misread. Frames are
// bounded (kMaxFrameBytes); anything else on the pipe is a protocol error, because the worker
// that wrote it cannot be trusted any more.
//
// Task (coordinator -> worker): {"id": N, "op": "open"|"page", "path", "kind", "password",
//   "force_ocr", "page" (from 0), "limits": {...}}; op "crop" adds "crop": {"box": [x0, y0, x1, y1]
//   (PDF points, top-left origin, page as displayed), "dpi": n, "turn": 0|90|180|270,
//   "region": [x0, y0, x1, y1] (optional)} (pipeline/workers/crop_job.h).
// Result (worker -> coordinator): {"id": N, "ok": true, "pages": n} for open,
//   {"id": N, "ok": true, "crop": {"png": base64, "box": [...], "width": px, "height": px}} for crop,
//   {"id": N, "ok": true, "page": {PageText}} for page, {"id": N, "ok": false, "error": {...},
//   "fatal": bool} on failure; fatal means the worker exits after this frame.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/expected.h"
#include "pipeline/reader/page_reader.h"

namespace cc {

constexpr size_t kMaxFrameBytes = 16u << 20;
constexpr const char* kWireMagic = "CCW1";

std::string encode_frame(const nlohmann::json& message);

// Accumulates bytes from a pipe and yields complete frames.
class FrameDecoder {
 public:
  void feed(const char* data, size_t size) { buffer_.append(data, size); }
  // A complete frame's JSON, nullopt when more bytes are needed, or a worker_protocol Error.
  Expected<std::optional<nlohmann::json>> next();
  bool empty() const { return buffer_.empty(); }

 private:
  std::string buffer_;
};

enum class TaskOp { open, page, crop };

// A region of a page to render as an evidence crop (op "crop").
struct CropSpec {
  Box box;       // PDF points, top-left origin, page as displayed; clamped to the page by the worker
  int dpi = 120;
  int turn = 0;  // degrees clockwise to turn the crop so its text reads upright: 0, 90, 180, 270
  // The part of a PDF page to rasterise once and cut this crop from (points, like `box`): the
  // union of the crops asked of that page together. None: the whole page. A crop's pixels are the
  // same either way; only the work differs (a fifth of the page on average, bench/'s text set).
  std::optional<Box> region;
};

struct WireTask {
  long long id = 0;
  TaskOp op = TaskOp::open;
  DocumentTask doc;
  int page = 0;
  CropSpec crop;  // op == crop only
};

nlohmann::json task_to_json(const WireTask& task);
Expected<WireTask> task_from_json(const nlohmann::json& j);

// A box on the wire: [x0, y0, x1, y1], four finite numbers with x0 < x1 and y0 < y1, or nullopt.
std::optional<Box> box_from_json(const nlohmann::json& j);
nlohmann::json box_to_json(const Box& b);

nlohmann::json limits_to_json(const Limits& limits);
Limits limits_from_json(const nlohmann::json& j);

}  // namespace cc
