#include "pipeline/workers/wire.h"

#include <cstring>

namespace cc {

using nlohmann::json;

std::string encode_frame(const json& message) {
  std::string payload = message.dump(-1, ' ', false, json::error_handler_t::replace);
  return std::string(kWireMagic) + " " + std::to_string(payload.size()) + "\n" + payload;
}

Expected<std::optional<json>> FrameDecoder::next() {
  const size_t newline = buffer_.find('\n');
  if (newline == std::string::npos) {
    if (buffer_.size() > 32) return make_error(ErrorCode::worker_protocol, "worker wrote bytes that are not a frame header");
    return std::optional<json>();
  }
  const std::string header = buffer_.substr(0, newline);
  const size_t magic_len = std::strlen(kWireMagic);
  if (header.size() < magic_len + 2 || header.compare(0, magic_len, kWireMagic) != 0 || header[magic_len] != ' ')
    return make_error(ErrorCode::worker_protocol, "worker wrote a frame with a bad header");
  size_t length = 0;
  for (size_t i = magic_len + 1; i < header.size(); ++i) {
    if (header[i] < '0' || header[i] > '9' || length > kMaxFrameBytes)
      return make_error(ErrorCode::worker_protocol, "worker wrote a frame with a bad length");
    length = length * 10 + static_cast<size_t>(header[i] - '0');
  }
  if (length > kMaxFrameBytes) return make_error(ErrorCode::worker_protocol, "worker result exceeds the frame size limit");
  if (buffer_.size() < newline + 1 + length) return std::optional<json>();
  json message = json::parse(buffer_.begin() + static_cast<long>(newline) + 1,
                             buffer_.begin() + static_cast<long>(newline + 1 + length), nullptr, false);
  buffer_.erase(0, newline + 1 + length);
  if (message.is_discarded() || !message.is_object())
    return make_error(ErrorCode::worker_protocol, "worker wrote a frame that is not valid JSON");
  return std::optional<json>(std::move(message));
}

json limits_to_json(const Limits& l) {
  return {{"max_file_bytes", l.max_file_bytes}, {"max_pages", l.max_pages},
          {"max_page_inches", l.max_page_inches}, {"max_megapixels", l.max_megapixels},
          {"page_timeout_s", l.page_timeout_s}, {"doc_timeout_s", l.doc_timeout_s},
          {"worker_memory_mb", l.worker_memory_mb}, {"max_parser_errors", l.max_parser_errors},
          {"max_words_per_page", l.max_words_per_page}, {"ocr_dpi", l.ocr_dpi}};
}

Limits limits_from_json(const json& j) {
  Limits l;
  auto take = [&j](const char* key, auto& field) {
    if (j.contains(key) && j[key].is_number()) field = j[key].get<std::decay_t<decltype(field)>>();
  };
  take("max_file_bytes", l.max_file_bytes);
  take("max_pages", l.max_pages);
  take("max_page_inches", l.max_page_inches);
  take("max_megapixels", l.max_megapixels);
  take("page_timeout_s", l.page_timeout_s);
  take("doc_timeout_s", l.doc_timeout_s);
  take("worker_memory_mb", l.worker_memory_mb);
  take("max_parser_errors", l.max_parser_errors);
  take("max_words_per_page", l.max_words_per_page);
  take("ocr_dpi", l.ocr_dpi);
  return l;
}

json task_to_json(const WireTask& t) {
  return {{"id", t.id},
          {"op", t.op == TaskOp::open ? "open" : "page"},
          {"path", t.doc.path},
          {"kind", file_kind_name(t.doc.kind)},
          {"password", t.doc.password},
          {"force_ocr", t.doc.force_ocr},
          {"page", t.page},
          {"limits", limits_to_json(t.doc.limits)}};
}

Expected<WireTask> task_from_json(const json& j) {
  auto bad = [] { return make_error(ErrorCode::worker_protocol, "malformed task"); };
  if (!j.contains("id") || !j["id"].is_number_integer() || !j.contains("op") || !j["op"].is_string() ||
      !j.contains("path") || !j["path"].is_string() || !j.contains("kind") || !j["kind"].is_string())
    return bad();
  WireTask t;
  t.id = j["id"].get<long long>();
  const std::string op = j["op"].get<std::string>();
  if (op != "open" && op != "page") return bad();
  t.op = op == "open" ? TaskOp::open : TaskOp::page;
  t.doc.path = j["path"].get<std::string>();
  const std::string kind = j["kind"].get<std::string>();
  for (FileKind k : {FileKind::pdf, FileKind::png, FileKind::jpeg, FileKind::tiff})
    if (kind == file_kind_name(k)) t.doc.kind = k;
  if (t.doc.kind == FileKind::unknown) return bad();
  if (j.contains("password") && j["password"].is_string()) t.doc.password = j["password"].get<std::string>();
  if (j.contains("force_ocr") && j["force_ocr"].is_boolean()) t.doc.force_ocr = j["force_ocr"].get<bool>();
  if (j.contains("page") && j["page"].is_number_integer()) t.page = j["page"].get<int>();
  if (j.contains("limits") && j["limits"].is_object()) t.doc.limits = limits_from_json(j["limits"]);
  return t;
}

}  // namespace cc
