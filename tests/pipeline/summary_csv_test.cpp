// summary.csv: RFC 4180 (CRLF, doubled quotes), a status and a route column per credential, and no
// cell that a spreadsheet would run as a formula.
#include <gtest/gtest.h>

#include "pipeline/dossier/summary.h"

namespace cc {
namespace {

TEST(SummaryCsv, GuardsAgainstFormulaInjection) {
  EXPECT_EQ(csv_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_cell("+1"), "'+1");
  EXPECT_EQ(csv_cell("-2"), "'-2");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_cell("\tx"), "'\tx");
  EXPECT_EQ(csv_cell("Maria = Mary"), "Maria = Mary");
  EXPECT_EQ(csv_cell("a\r\nb"), "\"a\r\nb\"");
}

TEST(SummaryCsv, OneRowPerCandidateWithStatusAndRoutePerCredential) {
  SummaryRow a;
  a.id = "ph-0001";
  a.name = "=cmd|' /C calc'!A0";
  a.statuses = {{"ASCPi MLS", "eligible"}, {"AMT MLS", "needs_review"}};
  a.routes = {{"ASCPi MLS", "MLS-2"}, {"AMT MLS", ""}};
  a.flags = {"name_mismatch", "low_confidence"};
  a.documents = 3;
  a.pages = 5;
  a.document_errors.emplace_back("tor.pdf", "encrypted: the PDF is encrypted");
  SummaryRow b;
  b.id = "us-0002";
  const std::string csv = summary_csv({a, b});
  const std::string header =
      "id,name,ASCPi MLS status,ASCPi MLS route,AMT MLS status,AMT MLS route,flags,documents,pages,"
      "document_errors_count,document_errors,review_state,reviewer,signed_off_at,second_approval_by,final_decisions\r\n";
  EXPECT_EQ(csv.substr(0, header.size()), header);
  EXPECT_NE(csv.find("\r\nph-0001,'=cmd|' /C calc'!A0,eligible,MLS-2,needs_review,,name_mismatch;low_confidence,3,5,1,"
                     "tor.pdf: encrypted: the PDF is encrypted,,,,,\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("\r\nus-0002,,,,,,,0,0,0,,,,,,\r\n"), std::string::npos) << csv;
  EXPECT_EQ(csv.find('\n', csv.size() - 1), csv.size() - 1);
}

TEST(SummaryJson, CarriesTheSameFiveReviewFieldsAsTheCsvNullUntilReviewed) {
  SummaryRow fresh;
  fresh.id = "ph-0001";
  SummaryRow claimed;
  claimed.id = "ph-0002";
  claimed.review.state = "in_review";
  claimed.review.reviewer = "alice";
  const auto j = summary_json({fresh, claimed}, BatchTotals{}, BatchContext{"2026-11-01", "2026-11-22T10:15:00Z", "boards-2026.12"},
                              nlohmann::ordered_json::object());
  const auto& a = j["candidates"][0];
  for (const char* key : kReviewColumns) {
    ASSERT_TRUE(a.contains(key)) << key;
    EXPECT_TRUE(a[key].is_null()) << key;
  }
  const auto& b = j["candidates"][1];
  EXPECT_EQ(b["review_state"], "in_review");
  EXPECT_EQ(b["reviewer"], "alice");
  EXPECT_TRUE(b["signed_off_at"].is_null());
}

}  // namespace
}  // namespace cc
