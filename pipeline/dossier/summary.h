// The batch summary: OUT/summary.json and OUT/summary.csv, one row per candidate with its id,
// name, the status of each evaluation, the flag codes and any document errors.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/dossier/candidate_record.h"

namespace cc {

// The review server's columns (pipeline/serve/README.md): empty until an evaluator claims or signs
// off the dossier version the row lists (a live claim: in_review and the evaluator holding it). `run` writes them empty (every dossier it writes is a new
// version); `credcheck serve` fills them in OUT/summary.csv at start, after every sign-off and
// whenever `run` has replaced the file.
struct ReviewCells {
  std::string state;  // in_review (claimed, not signed off) | approved | awaiting_second_approval | returned | escalated
  std::string reviewer, signed_off_at, second_approval_by;
  std::string final_decisions;  // "ASCPi MLS=eligible; AMT MLS=needs_review"
};
constexpr const char* kReviewColumns[] = {"review_state", "reviewer", "signed_off_at", "second_approval_by", "final_decisions"};

struct SummaryRow {
  std::string id;
  std::string name;
  std::vector<std::pair<std::string, std::string>> statuses;  // "ASCPi MLS" -> "eligible"
  std::vector<std::pair<std::string, std::string>> routes;    // "ASCPi MLS" -> "MLS-2", "" when none met
  std::vector<std::string> flags;
  std::vector<std::pair<std::string, std::string>> document_errors;  // file -> "code: message"
  int documents = 0, pages = 0;
  ReviewCells review = {};
};

SummaryRow summary_row(const CandidateRecord& record);

struct BatchTotals {
  size_t candidates = 0, documents = 0, documents_failed = 0, pages = 0, pages_ocr = 0, pages_text_layer = 0;
  double seconds = 0;
};

nlohmann::ordered_json summary_json(const std::vector<SummaryRow>& rows, const BatchTotals& totals,
                                    const BatchContext& context, const nlohmann::ordered_json& stage_timings);
// RFC 4180 (CRLF, quotes doubled): id, name, per credential its status and route, flags,
// documents, pages, document error count and messages, then the review columns (kReviewColumns). Text cells that a spreadsheet would run as
// a formula (starting with = + - @, tab or CR) get a leading ' — names and messages come from
// documents.
std::string summary_csv(const std::vector<SummaryRow>& rows);
std::string csv_cell(const std::string& text);
// The review cells in the order of kReviewColumns.
std::vector<std::string> review_cells(const ReviewCells& review);
// The same five as summary.json fields named as the columns, null when empty.
nlohmann::ordered_json review_fields(const ReviewCells& review);
// The records of an RFC 4180 text (quoted cells, doubled quotes, CRLF or LF); the inverse of
// csv_cell's quoting (a defused formula keeps its leading ').
std::vector<std::vector<std::string>> csv_records(const std::string& text);

}  // namespace cc
