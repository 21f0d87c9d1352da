// The batch summary: OUT/summary.json and OUT/summary.csv, one row per candidate with its id,
// name, the status of each evaluation, the flag codes and any document errors.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/dossier/candidate_record.h"

namespace cc {

struct SummaryRow {
  std::string id;
  std::string name;
  std::vector<std::pair<std::string, std::string>> statuses;  // "ASCPi MLS" -> "eligible"
  std::vector<std::pair<std::string, std::string>> routes;    // "ASCPi MLS" -> "MLS-2", "" when none met
  std::vector<std::string> flags;
  std::vector<std::pair<std::string, std::string>> document_errors;  // file -> "code: message"
  int documents = 0, pages = 0;
};

SummaryRow summary_row(const CandidateRecord& record);

struct BatchTotals {
  size_t candidates = 0, documents = 0, documents_failed = 0, pages = 0, pages_ocr = 0, pages_text_layer = 0;
  double seconds = 0;
};

nlohmann::ordered_json summary_json(const std::vector<SummaryRow>& rows, const BatchTotals& totals,
                                    const BatchContext& context, const nlohmann::ordered_json& stage_timings);
// RFC 4180 (CRLF, quotes doubled): id, name, per credential its status and route, flags,
// documents, pages, document error count and messages. Text cells that a spreadsheet would run as
// a formula (starting with = + - @, tab or CR) get a leading ' — names and messages come from
// documents.
std::string summary_csv(const std::vector<SummaryRow>& rows);
std::string csv_cell(const std::string& text);

}  // namespace cc
