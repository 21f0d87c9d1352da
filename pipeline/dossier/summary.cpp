#include "pipeline/dossier/summary.h"

#include <algorithm>

#include "pipeline/dossier/dossier_json.h"

namespace cc {

using nlohmann::ordered_json;

SummaryRow summary_row(const CandidateRecord& record) {
  SummaryRow row;
  row.id = record.id;
  row.documents = static_cast<int>(record.documents.size());
  if (record.facts && record.facts->identity.name) row.name = *record.facts->identity.name;
  if (record.validation) {
    for (const auto& e : record.validation->evaluations)
      row.statuses.emplace_back(e.board + " " + e.credential, std::string(eligibility_name(e.status)));
    for (const auto& f : record.validation->flags)
      if (std::find(row.flags.begin(), row.flags.end(), f.code) == row.flags.end()) row.flags.push_back(f.code);
  }
  for (const auto& d : record.documents) {
    row.pages += static_cast<int>(d.pages.size());
    if (d.error) row.document_errors.emplace_back(d.file, std::string(error_code_name(d.error->code)) + ": " + d.error->message);
  }
  return row;
}

ordered_json summary_json(const std::vector<SummaryRow>& rows, const BatchTotals& t, const BatchContext& context,
                          const ordered_json& stage_timings) {
  ordered_json j;
  j["schema"] = "credcheck.summary/1";
  j["ruleset"] = context.ruleset.empty() ? ordered_json(nullptr) : ordered_json(context.ruleset);
  j["as_of"] = context.as_of;
  j["generated_at"] = context.generated_at;
  j["totals"] = {{"candidates", t.candidates}, {"documents", t.documents}, {"documents_failed", t.documents_failed},
                 {"pages", t.pages}, {"pages_ocr", t.pages_ocr}, {"pages_text_layer", t.pages_text_layer},
                 {"seconds", t.seconds}};
  j["stages"] = stage_timings;
  ordered_json candidates = ordered_json::array();
  for (const auto& r : rows) {
    ordered_json c;
    c["id"] = r.id;
    c["name"] = r.name.empty() ? ordered_json(nullptr) : ordered_json(r.name);
    ordered_json evaluations = ordered_json::object();
    for (const auto& [k, v] : r.statuses) evaluations[k] = v;
    c["evaluations"] = evaluations;
    c["flags"] = r.flags;
    ordered_json errors = ordered_json::array();
    for (const auto& [file, msg] : r.document_errors) {
      const auto colon = msg.find(':');
      errors.push_back({{"file", file}, {"code", msg.substr(0, colon)}, {"message", colon == std::string::npos ? "" : msg.substr(colon + 2)}});
    }
    c["document_errors"] = errors;
    c["documents"] = r.documents;
    c["pages"] = r.pages;
    candidates.push_back(c);
  }
  j["candidates"] = candidates;
  return j;
}

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string summary_csv(const std::vector<SummaryRow>& rows) {
  // Status columns come from the first row that has them, so every row shares one header.
  std::vector<std::string> status_columns;
  for (const auto& r : rows)
    if (!r.statuses.empty()) {
      for (const auto& [k, _] : r.statuses) status_columns.push_back(k);
      break;
    }
  std::string out = "id,name";
  for (const auto& c : status_columns) out += "," + csv_field(c);
  out += ",flags,documents,pages,document_errors\n";
  for (const auto& r : rows) {
    out += csv_field(r.id) + "," + csv_field(r.name);
    for (const auto& c : status_columns) {
      std::string v;
      for (const auto& [k, s] : r.statuses)
        if (k == c) v = s;
      out += "," + csv_field(v);
    }
    std::string flags, errors;
    for (const auto& f : r.flags) flags += (flags.empty() ? "" : ";") + f;
    for (const auto& [file, msg] : r.document_errors) errors += (errors.empty() ? "" : "; ") + file + ": " + msg;
    out += "," + csv_field(flags) + "," + std::to_string(r.documents) + "," + std::to_string(r.pages) + "," + csv_field(errors) + "\n";
  }
  return out;
}

}  // namespace cc
