#include "pipeline/cache/page_cache.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/json_text.h"
#include "core/page_text_json.h"
#include "core/sha256.h"
#include "core/output_files.h"

namespace cc {
namespace {

using nlohmann::json;

constexpr const char* kFormat = "credcheck.pagecache/1";
constexpr size_t kMaxCachedWords = 20000;

std::optional<FileKind> kind_from_name(const std::string& name) {
  for (FileKind k : {FileKind::pdf, FileKind::png, FileKind::jpeg, FileKind::tiff, FileKind::unknown})
    if (file_kind_name(k) == name) return k;
  return std::nullopt;
}

std::optional<DocumentText> decode(const json& j, const std::string& sha256, const std::string& settings) {
  if (!j.is_object() || j.value("format", "") != kFormat || j.value("settings", "") != settings ||
      j.value("sha256", "") != sha256)
    return std::nullopt;
  if (!j.contains("kind") || !j["kind"].is_string() || !j.contains("bytes") || !j["bytes"].is_number_integer() ||
      !j.contains("page_count") || !j["page_count"].is_number_integer() || !j.contains("pages") || !j["pages"].is_array())
    return std::nullopt;
  DocumentText d;
  d.sha256 = sha256;
  const auto kind = kind_from_name(j["kind"].get<std::string>());
  if (!kind) return std::nullopt;
  d.kind = *kind;
  d.bytes = j["bytes"].get<long long>();
  d.page_count = j["page_count"].get<int>();
  for (const auto& p : j["pages"]) {
    auto page = page_text_from_json(p, kMaxCachedWords);
    if (!page) return std::nullopt;
    d.pages.push_back(std::move(*page));
  }
  if (j.contains("error") && !j["error"].is_null()) {
    d.error = error_from_json(j["error"]);
    if (!d.error) return std::nullopt;
  }
  return d;
}

}  // namespace

std::string reader_settings_key(const Limits& limits, bool force_ocr) {
  std::ostringstream s;
  s << "reader=" << kReaderSettingsVersion << ";force_ocr=" << force_ocr << ";dpi=" << limits.ocr_dpi
    << ";max_mp=" << limits.max_megapixels << ";max_pages=" << limits.max_pages << ";max_in=" << limits.max_page_inches
    << ";max_file=" << limits.max_file_bytes << ";max_parser=" << limits.max_parser_errors
    << ";max_words=" << limits.max_words_per_page;
  return s.str();
}

bool is_transient_error(ErrorCode code) {
  switch (code) {
    case ErrorCode::unreadable:
    case ErrorCode::page_timeout:
    case ErrorCode::document_timeout:
    case ErrorCode::cpu_limit:
    case ErrorCode::memory_limit:
    case ErrorCode::worker_crashed:
    case ErrorCode::worker_protocol:
    case ErrorCode::ocr_failed:
    case ErrorCode::output_not_writable:
    case ErrorCode::internal:
      return true;
    default:
      return false;
  }
}

PageCache::PageCache(std::string dir, std::string settings_key)
    : dir_(std::move(dir)), settings_key_(std::move(settings_key)),
      settings_digest_(sha256_hex(settings_key_.data(), settings_key_.size()).substr(0, 16)) {}

std::string PageCache::entry_path(const std::string& sha256) const {
  return dir_ + "/" + sha256.substr(0, 2) + "/" + sha256 + "-" + settings_digest_ + ".json";
}

bool PageCache::cacheable(const DocumentText& doc) {
  if (!is_sha256_hex(doc.sha256)) return false;
  return !doc.error || !is_transient_error(doc.error->code);
}

std::optional<DocumentText> PageCache::lookup(const std::string& sha256, bool passwords_offered) const {
  if (!is_sha256_hex(sha256)) return std::nullopt;
  std::ifstream in(entry_path(sha256), std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buf;
  buf << in.rdbuf();
  const json j = json::parse(buf.str(), nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  auto doc = decode(j, sha256, settings_key_);
  if (!doc) return std::nullopt;
  if (doc->error && doc->error->code == ErrorCode::encrypted && passwords_offered) return std::nullopt;
  return doc;
}

Status PageCache::store(const DocumentText& doc) const {
  if (!cacheable(doc)) return ok_status();
  json pages = json::array();
  for (const auto& p : doc.pages) pages.push_back(page_text_to_json(p));
  json j = {{"format", kFormat},
            {"settings", settings_key_},
            {"sha256", doc.sha256},
            {"kind", file_kind_name(doc.kind)},
            {"bytes", doc.bytes},
            {"page_count", doc.page_count},
            {"pages", std::move(pages)}};
  j["error"] = doc.error ? error_to_json(*doc.error) : json(nullptr);
  const std::string path = entry_path(doc.sha256);
  if (auto st = ensure_directory(dir_ + "/" + doc.sha256.substr(0, 2)); !st) return st;
  return write_file_atomic(path, json_text(j), Durability::unsynced);
}

}  // namespace cc
