#include "pipeline/workers/crop_client.h"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <utility>

#include "core/page_text_json.h"

namespace cc {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

bool write_all(int fd, const std::string& bytes) {
  size_t off = 0;
  while (off < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    off += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

CropClient::CropClient(std::string worker_executable, Limits limits)
    : executable_(std::move(worker_executable)), limits_(limits) {}

CropClient::~CropClient() { stop(); }

bool CropClient::start() {
  auto w = spawn_worker_process(executable_, limits_.worker_memory_mb);
  if (!w) return false;
  worker_ = *w;
  decoder_ = FrameDecoder{};
  ++workers_started_;
  return true;
}

void CropClient::stop() { stop_worker_process(worker_); }

Expected<CropImage> CropClient::exchange(const CropRequest& request, const std::string& password, double timeout_seconds) {
  if (worker_.pid <= 0 && !start()) return make_error(ErrorCode::worker_crashed, "the crop worker cannot be started");
  WireTask task;
  task.id = next_id_++;
  task.op = TaskOp::crop;
  task.doc.path = request.path;
  task.doc.kind = request.kind;
  task.doc.password = password;
  task.doc.limits = limits_;
  task.page = request.page - 1;
  task.crop = request.spec;
  auto fail = [this](ErrorCode code, const std::string& why) {
    stop();  // a worker that misbehaved once is not trusted with the next crop
    return make_error(code, why);
  };
  if (!write_all(worker_.to, encode_frame(task_to_json(task)))) return fail(ErrorCode::worker_crashed, "the crop worker stopped accepting work");
  const auto started = Clock::now();
  char buf[1 << 16];
  for (;;) {
    auto frame = decoder_.next();
    if (!frame) return fail(ErrorCode::worker_protocol, frame.error().message);
    if (frame->has_value()) {
      const auto& msg = **frame;
      if (!msg.contains("id") || !msg["id"].is_number_integer() || msg["id"].get<long long>() != task.id)
        return fail(ErrorCode::worker_protocol, "the crop worker answered a task it was not given");
      if (msg.value("fatal", false)) stop();
      if (!msg.value("ok", false)) {
        auto e = msg.contains("error") ? error_from_json(msg["error"]) : std::nullopt;
        return e ? *e : make_error(ErrorCode::worker_protocol, "the crop worker failed without a valid error");
      }
      if (!msg.contains("crop")) return fail(ErrorCode::worker_protocol, "the crop worker sent no crop");
      auto crop = crop_image_from_json(msg["crop"]);
      if (!crop) return fail(crop.error().code, crop.error().message);
      return crop;
    }
    const double left = timeout_seconds - seconds_since(started);
    if (left <= 0) return fail(ErrorCode::page_timeout, "the crop took longer than its deadline");
    pollfd pfd{worker_.from, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, static_cast<int>(std::ceil(left * 1000)));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    const ssize_t n = ::read(worker_.from, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail(ErrorCode::worker_crashed, "the crop worker exited");
    decoder_.feed(buf, static_cast<size_t>(n));
  }
}

std::vector<Expected<CropImage>> CropClient::render(const std::vector<CropRequest>& requests, double budget_seconds) {
  signal(SIGPIPE, SIG_IGN);
  std::vector<Expected<CropImage>> out;
  out.reserve(requests.size());
  std::map<std::string, std::string> opened_with;  // path -> the password that opened it
  const auto started = Clock::now();
  for (const auto& r : requests) {
    const double left = budget_seconds - seconds_since(started);
    if (left <= 0) {
      out.push_back(make_error(ErrorCode::document_timeout, "the time for this dossier's crops was spent"));
      continue;
    }
    const double timeout = std::min(left, static_cast<double>(limits_.page_timeout_s));
    std::vector<std::string> order = r.passwords.empty() ? std::vector<std::string>{""} : r.passwords;
    if (auto known = opened_with.find(r.path); known != opened_with.end())
      std::stable_partition(order.begin(), order.end(), [&](const std::string& p) { return p == known->second; });
    Expected<CropImage> result = make_error(ErrorCode::encrypted, "the PDF is encrypted");
    for (const auto& password : order) {
      result = exchange(r, password, timeout);
      if (result || result.error().code != ErrorCode::encrypted) {
        opened_with[r.path] = password;
        break;
      }
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace cc
