#include "pipeline/reader/parser_diagnostics.h"

#include <poppler-global.h>

namespace cc {
namespace {

void poppler_callback(const std::string& message, void* closure) {
  static_cast<ParserDiagnostics*>(closure)->record(message);
}

constexpr size_t kKeptMessages = 5;

}  // namespace

ParserDiagnostics& ParserDiagnostics::instance() {
  static ParserDiagnostics diagnostics;
  return diagnostics;
}

void ParserDiagnostics::reset(int max_errors, std::function<void(int)> on_flood) {
  if (!installed_) {
    poppler::set_debug_error_function(&poppler_callback, this);
    installed_ = true;
  }
  count_ = 0;
  max_errors_ = max_errors;
  first_.clear();
  on_flood_ = std::move(on_flood);
}

void ParserDiagnostics::record(const std::string& message) {
  ++count_;
  if (first_.size() < kKeptMessages) first_.push_back(message.substr(0, 200));
  if (count_ == max_errors_ + 1 && on_flood_) on_flood_(count_);
}

}  // namespace cc
