#include "core/page_text_json.h"

#include <algorithm>
#include <cmath>

namespace cc {
namespace {

using nlohmann::json;

Error bad(const std::string& what) { return make_error(ErrorCode::worker_protocol, "malformed page result: " + what); }

bool finite_number(const json& j) { return j.is_number() && std::isfinite(j.get<double>()); }

// An integer that fits an int with room to spare. A float such as 1e30 in an int field is refused
// here: converting it would be undefined behaviour (fuzz/regressions/wire/float-in-int-fields).
bool small_integer(const json& j) {
  if (!j.is_number_integer()) return false;
  if (j.is_number_unsigned()) return j.get<unsigned long long>() <= 1000000000ULL;
  const long long v = j.get<long long>();
  return v >= -1000000000LL && v <= 1000000000LL;
}

}  // namespace

json page_text_to_json(const PageText& p) {
  json words = json::array();
  for (const auto& w : p.words)
    words.push_back({w.text, w.box.x0, w.box.y0, w.box.x1, w.box.y1, w.confidence, w.line});
  json j = {{"number", p.number},
            {"width_pt", p.width_pt},
            {"height_pt", p.height_pt},
            {"source", text_source_name(p.source)},
            {"words", std::move(words)},
            {"rotation", p.rotation_applied},
            {"skew", p.skew_degrees},
            {"dpi", p.ocr_dpi},
            {"seconds", p.seconds},
            {"notes", p.notes}};
  j["ocr_confidence"] = p.ocr_confidence ? json(*p.ocr_confidence) : json(nullptr);
  if (!p.box_marks.empty()) {
    json marks = json::array();
    for (const auto& m : p.box_marks) {
      json mark = {m.box.x0, m.box.y0, m.box.x1, m.box.y1, m.ink};
      if (m.circled) mark.push_back(1);
      marks.push_back(std::move(mark));
    }
    j["box_marks"] = std::move(marks);
  }
  return j;
}

Expected<PageText> page_text_from_json(const json& j, size_t max_words) {
  if (!j.is_object()) return bad("not an object");
  PageText p;
  for (const char* key : {"width_pt", "height_pt", "skew", "seconds"})
    if (!j.contains(key) || !finite_number(j[key])) return bad(std::string("field ") + key);
  for (const char* key : {"number", "rotation", "dpi"})
    if (!j.contains(key) || !small_integer(j[key])) return bad(std::string("field ") + key);
  p.number = j["number"].get<int>();
  p.width_pt = j["width_pt"].get<double>();
  p.height_pt = j["height_pt"].get<double>();
  p.rotation_applied = j["rotation"].get<int>();
  p.skew_degrees = j["skew"].get<double>();
  p.ocr_dpi = j["dpi"].get<int>();
  p.seconds = j["seconds"].get<double>();
  if (!j.contains("source") || !j["source"].is_string()) return bad("field source");
  auto source = text_source_from_name(j["source"].get<std::string>());
  if (!source) return bad("unknown source");
  p.source = *source;
  if (j.contains("ocr_confidence") && finite_number(j["ocr_confidence"]))
    p.ocr_confidence = j["ocr_confidence"].get<double>();
  if (j.contains("notes") && j["notes"].is_array())
    for (const auto& n : j["notes"])
      if (n.is_string() && p.notes.size() < 50) p.notes.push_back(n.get<std::string>());
  if (j.contains("box_marks")) {
    if (!j["box_marks"].is_array() || j["box_marks"].size() > kMaxBoxMarks) return bad("field box_marks");
    for (const auto& m : j["box_marks"]) {
      if (!m.is_array() || m.size() < 5 || m.size() > 6) return bad("box mark");  // the 6th: circled
      for (const auto& v : m)
        if (!finite_number(v)) return bad("box mark number");
      p.box_marks.push_back({{m[0].get<double>(), m[1].get<double>(), m[2].get<double>(), m[3].get<double>()},
                             std::clamp(m[4].get<double>(), 0.0, 1.0), m.size() == 6 && m[5].get<double>() != 0});
    }
  }
  if (!j.contains("words") || !j["words"].is_array()) return bad("field words");
  const auto& words = j["words"];
  if (words.size() > max_words) return bad("too many words");
  p.words.reserve(words.size());
  for (const auto& w : words) {
    if (!w.is_array() || w.size() != 7 || !w[0].is_string()) return bad("word entry");
    for (size_t k = 1; k < 6; ++k)
      if (!finite_number(w[k])) return bad("word number");
    if (!small_integer(w[6])) return bad("word line");
    Word word;
    word.text = w[0].get<std::string>();
    word.box = {w[1].get<double>(), w[2].get<double>(), w[3].get<double>(), w[4].get<double>()};
    word.confidence = static_cast<float>(std::clamp(w[5].get<double>(), 0.0, 1.0));  // no float overflow
    word.line = w[6].get<int>();
    p.words.push_back(std::move(word));
  }
  return p;
}

json error_to_json(const Error& e) { return {{"code", error_code_name(e.code)}, {"message", e.message}}; }

std::optional<Error> error_from_json(const json& j) {
  if (!j.is_object() || !j.contains("code") || !j["code"].is_string() || !j.contains("message") ||
      !j["message"].is_string())
    return std::nullopt;
  auto code = error_code_from_name(j["code"].get<std::string>());
  if (!code) return std::nullopt;
  return Error{*code, j["message"].get<std::string>()};
}

}  // namespace cc
