#include "pipeline/dossier/dossier_json.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/page_text_json.h"
#include "core/text.h"
#include "pipeline/dossier/facts_json.h"
#include "validators/evaluation_json.h"

namespace cc {

using nlohmann::ordered_json;

namespace {

// Text-layer pages holding words read by OCR from a picture placed on them (a table pasted as an
// image, pipeline/reader/pictured_text.h): a text layer's own words have confidence exactly 1.
std::set<std::pair<std::string, int>> pages_with_pictured_text(const std::vector<DocumentText>& documents) {
  std::set<std::pair<std::string, int>> out;
  for (const auto& d : documents)
    for (const auto& p : d.pages)
      if (p.source == TextSource::text_layer &&
          std::any_of(p.words.begin(), p.words.end(), [](const Word& w) { return w.confidence < 1.0f; }))
        out.insert({d.file, p.number});
  return out;
}

// Every evidence item (file, page, bbox, confidence) below full confidence on such a page says
// its words were read by OCR of a picture: `"read_by": "ocr_of_picture"`.
void mark_pictured_evidence(ordered_json& j, const std::set<std::pair<std::string, int>>& pages) {
  if (j.is_array()) {
    for (auto& item : j) mark_pictured_evidence(item, pages);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("file") && j["file"].is_string() && j.contains("page") && j["page"].is_number_integer() &&
      j.contains("bbox") && j.contains("confidence") && j["confidence"].is_number() && j["confidence"].get<double>() < 1.0 &&
      pages.count({j["file"].get<std::string>(), j["page"].get<int>()}))
    j["read_by"] = "ocr_of_picture";
  for (auto& [key, value] : j.items()) mark_pictured_evidence(value, pages);
}

}  // namespace

ordered_json document_json(const DocumentText& doc, const std::vector<Segment>* segments) {
  ordered_json j;
  j["file"] = doc.file;
  j["sha256"] = doc.sha256.empty() ? ordered_json(nullptr) : ordered_json(doc.sha256);
  j["pages"] = doc.page_count;
  j["kind"] = file_kind_name(doc.kind);
  j["segments"] = segments ? segments_json(*segments) : ordered_json::array();
  const std::string source = doc.text_source();
  j["text_source"] = source == "none" ? ordered_json(nullptr) : ordered_json(source);
  const auto conf = doc.ocr_confidence();
  j["ocr_confidence"] = conf ? ordered_json(round_to(*conf, 3)) : ordered_json(nullptr);
  j["error"] = doc.error ? ordered_json({{"code", error_code_name(doc.error->code)}, {"message", doc.error->message}})
                         : ordered_json(nullptr);
  return j;
}

ordered_json dossier_json(const CandidateRecord& record, const BatchContext& context) {
  ordered_json j;
  j["schema"] = kDossierSchema;
  j["ruleset"] = context.ruleset.empty() ? ordered_json(nullptr) : ordered_json(context.ruleset);
  j["as_of"] = context.as_of;
  j["generated_at"] = context.generated_at;
  const CandidateFacts* facts = record.facts ? &*record.facts : nullptr;
  j["candidate"] = candidate_json(record.id, facts ? facts->identity : IdentityFacts{});
  ordered_json docs = ordered_json::array();
  for (const auto& d : record.documents) {
    const std::vector<Segment>* segments = nullptr;
    if (facts)
      if (auto it = facts->documents.segments.find(d.file); it != facts->documents.segments.end()) segments = &it->second;
    docs.push_back(document_json(d, segments));
  }
  j["documents"] = docs;
  if (!facts) return j;
  j["degree"] = degree_json(facts->degree);
  j["degrees"] = degrees_json(facts->degrees, facts->degree);  // every credential, highest first, each shaped like "degree"
  j["coursework"] = coursework_json(facts->coursework);
  j["experience"] = experience_json(facts->experience);
  if (record.validation) {
    const ordered_json sections = validation_sections_json(*record.validation);
    for (auto it = sections.begin(); it != sections.end(); ++it) j[it.key()] = it.value();
  }
  if (const auto pictured = pages_with_pictured_text(record.documents); !pictured.empty()) mark_pictured_evidence(j, pictured);
  return j;
}

std::string document_text_dump(const DocumentText& doc) {
  std::string out = "# " + doc.file + "\n";
  if (doc.error) out += "# error: " + std::string(error_code_name(doc.error->code)) + ": " + doc.error->message + "\n";
  for (const auto& p : doc.pages) {
    char header[200];
    if (p.source == TextSource::ocr)
      snprintf(header, sizeof header, "\n=== page %d (ocr at %d dpi, confidence %.2f, turned %d deg, deskewed %.1f deg) ===\n",
               p.number, p.ocr_dpi, p.ocr_confidence.value_or(0), p.rotation_applied, p.skew_degrees);
    else
      snprintf(header, sizeof header, "\n=== page %d (%s) ===\n", p.number, std::string(text_source_name(p.source)).c_str());
    out += header;
    for (const auto& note : p.notes) out += "# " + note + "\n";
    for (const auto& line : page_lines(p)) out += line + "\n";
  }
  return out;
}

}  // namespace cc
