#include "core/error_codes.h"

#include <array>
#include <utility>

namespace cc {
namespace {

constexpr std::array<std::pair<ErrorCode, std::string_view>, 24> kNames{{
    {ErrorCode::empty_file, "empty_file"},
    {ErrorCode::unreadable, "unreadable"},
    {ErrorCode::file_too_large, "file_too_large"},
    {ErrorCode::unsupported_format, "unsupported_format"},
    {ErrorCode::not_a_document, "not_a_document"},
    {ErrorCode::encrypted, "encrypted"},
    {ErrorCode::corrupt, "corrupt"},
    {ErrorCode::truncated, "truncated"},
    {ErrorCode::file_name_not_utf8, "file_name_not_utf8"},
    {ErrorCode::parse_error_flood, "parse_error_flood"},
    {ErrorCode::xfa_form, "xfa_form"},
    {ErrorCode::no_pages, "no_pages"},
    {ErrorCode::too_many_pages, "too_many_pages"},
    {ErrorCode::page_size_invalid, "page_size_invalid"},
    {ErrorCode::page_too_large, "page_too_large"},
    {ErrorCode::page_timeout, "page_timeout"},
    {ErrorCode::document_timeout, "document_timeout"},
    {ErrorCode::cpu_limit, "cpu_limit"},
    {ErrorCode::memory_limit, "memory_limit"},
    {ErrorCode::worker_crashed, "worker_crashed"},
    {ErrorCode::worker_protocol, "worker_protocol"},
    {ErrorCode::ocr_failed, "ocr_failed"},
    {ErrorCode::output_not_writable, "output_not_writable"},
    {ErrorCode::internal, "internal"},
}};

}  // namespace

std::string_view error_code_name(ErrorCode code) {
  for (const auto& [c, name] : kNames)
    if (c == code) return name;
  return "internal";
}

std::optional<ErrorCode> error_code_from_name(std::string_view name) {
  for (const auto& [c, n] : kNames)
    if (n == name) return c;
  return std::nullopt;
}

}  // namespace cc
