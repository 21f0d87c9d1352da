#include "pipeline/run/console.h"

#include <spdlog/details/null_mutex.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <mutex>

namespace cc {
namespace {

ProgressBar* g_bar = nullptr;

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

// One JSON object per line: {"time", "level", "msg"}.
class JsonFormatter final : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    const auto t = std::chrono::system_clock::to_time_t(msg.time);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count() % 1000;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char time_buf[96];
    snprintf(time_buf, sizeof time_buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
    const auto level = spdlog::level::to_string_view(msg.level);
    std::string line = std::string("{\"time\":\"") + time_buf + "\",\"level\":\"" + std::string(level.data(), level.size()) +
                       "\",\"msg\":\"" + json_escape(std::string_view(msg.payload.data(), msg.payload.size())) + "\"}\n";
    dest.append(line.data(), line.data() + line.size());
  }
  std::unique_ptr<spdlog::formatter> clone() const override { return std::make_unique<JsonFormatter>(); }
};

// stderr sink that erases and redraws the progress bar around each line.
class ConsoleSink final : public spdlog::sinks::base_sink<std::mutex> {
 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    spdlog::memory_buf_t formatted;
    formatter_->format(msg, formatted);
    if (g_bar) g_bar->clear();
    fwrite(formatted.data(), 1, formatted.size(), stderr);
    if (g_bar) g_bar->redraw();
  }
  void flush_() override { fflush(stderr); }
};

}  // namespace

void setup_logging(LogFormat format, bool verbose) {
  auto sink = std::make_shared<ConsoleSink>();
  if (format == LogFormat::json) sink->set_formatter(std::make_unique<JsonFormatter>());
  else sink->set_pattern("%Y-%m-%d %H:%M:%S %^%-5l%$ %v");
  auto logger = std::make_shared<spdlog::logger>("credcheck", sink);
  logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
  logger->flush_on(spdlog::level::info);
  spdlog::set_default_logger(logger);
}

void set_active_progress_bar(ProgressBar* bar) { g_bar = bar; }

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

ProgressBar::~ProgressBar() {
  if (g_bar == this) g_bar = nullptr;
  if (shown_) fputs("\n", stderr);
}

void ProgressBar::update(size_t cand_done, size_t cand_total, size_t pages_done, size_t pages_known) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const bool last = cand_done == cand_total;
  if (!last && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(pages_done) / elapsed : 0;
  const int width = 24;
  const int filled = cand_total ? static_cast<int>(width * cand_done / cand_total) : 0;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.resize(static_cast<size_t>(width), '.');
  char eta[32] = "--:--";
  if (rate > 0 && pages_known > pages_done) {
    const int left = static_cast<int>(static_cast<double>(pages_known - pages_done) / rate);
    snprintf(eta, sizeof eta, "%d:%02d", left / 60, left % 60);
  }
  char buf[256];
  snprintf(buf, sizeof buf, "[%s] candidates %zu/%zu  pages %zu/%zu  %.1f pages/s  left %s", bar.c_str(), cand_done,
           cand_total, pages_done, pages_known, rate, eta);
  line_ = buf;
  redraw();
}

void ProgressBar::clear() {
  if (!enabled_ || !shown_) return;
  fputs("\r\033[K", stderr);
  shown_ = false;
}

void ProgressBar::redraw() {
  if (!enabled_ || line_.empty()) return;
  fputs(("\r\033[K" + line_).c_str(), stderr);
  fflush(stderr);
  shown_ = true;
}

}  // namespace cc
