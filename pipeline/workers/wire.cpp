#include "pipeline/workers/wire.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

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
  // Integer fields take integers in range, double fields finite numbers: converting 1e30 or a
  // NaN to an int is undefined behaviour (fuzz/regressions/wire/). Others keep their defaults.
  auto take = [&j](const char* key, auto& field) {
    using T = std::decay_t<decltype(field)>;
    if (!j.contains(key) || !j[key].is_number()) return;
    if constexpr (std::is_integral_v<T>) {
      if (!j[key].is_number_integer()) return;
      if (j[key].is_number_unsigned()) {
        if (j[key].get<unsigned long long>() <= static_cast<unsigned long long>(std::numeric_limits<T>::max()))
          field = static_cast<T>(j[key].get<unsigned long long>());
        return;
      }
      const long long v = j[key].get<long long>();
      if (v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max()) field = static_cast<T>(v);
    } else {
      const double v = j[key].get<double>();
      if (std::isfinite(v)) field = v;
    }
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

std::optional<Box> box_from_json(const json& j) {
  if (!j.is_array() || j.size() != 4) return std::nullopt;
  double v[4];
  for (size_t i = 0; i < 4; ++i) {
    if (!j[i].is_number()) return std::nullopt;
    v[i] = j[i].get<double>();
    if (!std::isfinite(v[i])) return std::nullopt;
  }
  if (!(v[0] < v[2] && v[1] < v[3])) return std::nullopt;
  return Box{v[0], v[1], v[2], v[3]};
}

json box_to_json(const Box& b) { return json::array({b.x0, b.y0, b.x1, b.y1}); }

namespace {

const char* op_name(TaskOp op) {
  if (op == TaskOp::open) return "open";
  return op == TaskOp::page ? "page" : "crop";
}

// The crop of a crop task: a box (box_from_json), a resolution in a sane range, a quarter turn.
bool crop_from_json(const json& j, CropSpec& out) {
  if (!j.is_object() || !j.contains("box") || !j.contains("dpi") || !j["dpi"].is_number_integer()) return false;
  auto box = box_from_json(j["box"]);
  if (!box) return false;
  out.box = *box;
  if (j.contains("region")) {
    out.region = box_from_json(j["region"]);
    if (!out.region) return false;
  }
  out.dpi = j["dpi"].get<int>();
  out.turn = j.contains("turn") && j["turn"].is_number_integer() ? j["turn"].get<int>() : 0;
  if (out.turn != 0 && out.turn != 90 && out.turn != 180 && out.turn != 270) return false;
  return out.dpi >= 36 && out.dpi <= 300;
}

}  // namespace

json task_to_json(const WireTask& t) {
  json j = {{"id", t.id},
            {"op", op_name(t.op)},
            {"path", t.doc.path},
            {"kind", file_kind_name(t.doc.kind)},
            {"password", t.doc.password},
            {"force_ocr", t.doc.force_ocr},
            {"page", t.page},
            {"limits", limits_to_json(t.doc.limits)}};
  if (t.op == TaskOp::crop) {
    j["crop"] = {{"box", box_to_json(t.crop.box)}, {"dpi", t.crop.dpi}, {"turn", t.crop.turn}};
    if (t.crop.region) j["crop"]["region"] = box_to_json(*t.crop.region);
  }
  return j;
}

Expected<WireTask> task_from_json(const json& j) {
  auto bad = [] { return make_error(ErrorCode::worker_protocol, "malformed task"); };
  if (!j.contains("id") || !j["id"].is_number_integer() || !j.contains("op") || !j["op"].is_string() ||
      !j.contains("path") || !j["path"].is_string() || !j.contains("kind") || !j["kind"].is_string())
    return bad();
  WireTask t;
  t.id = j["id"].get<long long>();
  const std::string op = j["op"].get<std::string>();
  if (op != "open" && op != "page" && op != "crop") return bad();
  t.op = op == "open" ? TaskOp::open : op == "page" ? TaskOp::page : TaskOp::crop;
  if (t.op == TaskOp::crop && (!j.contains("crop") || !crop_from_json(j["crop"], t.crop))) return bad();
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
