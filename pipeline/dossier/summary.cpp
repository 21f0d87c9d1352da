#include "pipeline/dossier/summary.h"

#include <algorithm>
#include <string_view>

#include "pipeline/dossier/dossier_json.h"

namespace cc {

using nlohmann::ordered_json;

SummaryRow summary_row(const CandidateRecord& record) {
  SummaryRow row;
  row.id = record.id;
  row.documents = static_cast<int>(record.documents.size());
  if (record.facts && record.facts->identity.name) row.name = *record.facts->identity.name;
  if (record.validation) {
    for (const auto& e : record.validation->evaluations) {
      row.statuses.emplace_back(e.board + " " + e.credential, std::string(eligibility_name(e.status)));
      row.routes.emplace_back(e.board + " " + e.credential, e.route.value_or(""));
    }
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
    const ordered_json review = review_fields(r.review);
    for (const auto& [key, value] : review.items()) c[key] = value;
    candidates.push_back(c);
  }
  j["candidates"] = candidates;
  return j;
}

std::string csv_cell(const std::string& text) {
  std::string s = text;
  if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) s.insert(0, 1, '\'');
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

std::string value_for(const std::vector<std::pair<std::string, std::string>>& values, const std::string& key) {
  for (const auto& [k, v] : values)
    if (k == key) return v;
  return {};
}

}  // namespace

std::vector<std::string> review_cells(const ReviewCells& r) {
  return {r.state, r.reviewer, r.signed_off_at, r.second_approval_by, r.final_decisions};
}

ordered_json review_fields(const ReviewCells& r) {
  const auto cells = review_cells(r);
  ordered_json j = ordered_json::object();
  for (size_t i = 0; i < cells.size(); ++i) j[kReviewColumns[i]] = cells[i].empty() ? ordered_json(nullptr) : ordered_json(cells[i]);
  return j;
}

std::vector<std::vector<std::string>> csv_records(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string cell;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += text[++i];
      else if (c == '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      record.push_back(std::move(cell));
      cell.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !cell.empty()) record.push_back(std::move(cell));
      if (!record.empty()) records.push_back(std::move(record));
      record.clear();
      cell.clear();
      any = false;
    } else {
      cell += c;
      any = true;
    }
  }
  if (any || !cell.empty()) record.push_back(std::move(cell));
  if (!record.empty()) records.push_back(std::move(record));
  return records;
}

std::string summary_csv(const std::vector<SummaryRow>& rows) {
  // One column pair per credential seen in any row, in the order first seen.
  std::vector<std::string> credentials;
  for (const auto& r : rows)
    for (const auto& [k, _] : r.statuses)
      if (std::find(credentials.begin(), credentials.end(), k) == credentials.end()) credentials.push_back(k);
  std::string out = "id,name";
  for (const auto& c : credentials) out += "," + csv_cell(c + " status") + "," + csv_cell(c + " route");
  out += ",flags,documents,pages,document_errors_count,document_errors";
  for (const char* c : kReviewColumns) out += std::string(",") + c;
  out += "\r\n";
  for (const auto& r : rows) {
    out += csv_cell(r.id) + "," + csv_cell(r.name);
    for (const auto& c : credentials) out += "," + csv_cell(value_for(r.statuses, c)) + "," + csv_cell(value_for(r.routes, c));
    std::string flags, errors;
    for (const auto& f : r.flags) flags += (flags.empty() ? "" : ";") + f;
    for (const auto& [file, msg] : r.document_errors) errors += (errors.empty() ? "" : "; ") + file + ": " + msg;
    out += "," + csv_cell(flags) + "," + std::to_string(r.documents) + "," + std::to_string(r.pages) + "," +
           std::to_string(r.document_errors.size()) + "," + csv_cell(errors);
    for (const auto& cell : review_cells(r.review)) out += "," + csv_cell(cell);
    out += "\r\n";
  }
  return out;
}

}  // namespace cc
