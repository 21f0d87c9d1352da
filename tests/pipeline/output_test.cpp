// Output files: atomic writes, safe names, the summary's CSV quoting and the dossier's shape.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/dossier/dossier_json.h"
#include "pipeline/dossier/summary.h"
#include "core/output_files.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

TEST(WriteFileAtomic, ReplacesWholeAndLeavesNoTemporaries) {
  test::TempDir dir;
  ASSERT_TRUE(write_file_atomic(dir / "d.json", "first").ok());
  ASSERT_TRUE(write_file_atomic(dir / "d.json", "second").ok());
  EXPECT_EQ(test::read_file(dir / "d.json"), "second");
  size_t files = 0;
  for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u);
}

TEST(WriteFileAtomic, ReportsAnUnwritableFolder) {
  auto st = write_file_atomic("/proc/credcheck-cannot-write-here/x.json", "x");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::output_not_writable);
}

TEST(RemoveAbandonedTemporaries, RemovesOnlyOldTemporariesOfAtomicWrites) {
  namespace fs = std::filesystem;
  test::TempDir dir;
  ASSERT_TRUE(ensure_directory(dir / "ab").ok());
  auto put = [](const std::string& path, const std::string& content) { ASSERT_TRUE(write_file_atomic(path, content).ok()); };
  put(dir / "ab/ab12.json.tmp-99-0", "{\"half");   // a killed writer's, two hours old
  put(dir / "top.json.tmp-99-1", "{");               // same, in the folder itself
  put(dir / "ab/ab34.json.tmp-100-0", "{\"fresh");  // another process writing now
  put(dir / "ab/ab12.json", "{}");                    // an entry, however old
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(2);
  for (const char* f : {"ab/ab12.json.tmp-99-0", "top.json.tmp-99-1", "ab/ab12.json"}) fs::last_write_time(dir / f, old);
  EXPECT_EQ(remove_abandoned_temporaries(dir.path(), std::chrono::hours(1)), 2u);
  EXPECT_FALSE(fs::exists(dir / "ab/ab12.json.tmp-99-0"));
  EXPECT_FALSE(fs::exists(dir / "top.json.tmp-99-1"));
  EXPECT_TRUE(fs::exists(dir / "ab/ab34.json.tmp-100-0"));
  EXPECT_TRUE(fs::exists(dir / "ab/ab12.json"));
  EXPECT_EQ(remove_abandoned_temporaries(dir / "no-such-folder", std::chrono::hours(1)), 0u);
}

TEST(FlatFileName, KeepsNamesInOneFolder) {
  EXPECT_EQ(flat_file_name("letters/job1.pdf"), "letters__job1.pdf");
  EXPECT_EQ(flat_file_name(".."), "_..");
  EXPECT_EQ(flat_file_name("a\nb"), "a_b");
}

TEST(SummaryCsv, QuotesFieldsThatNeedIt) {
  SummaryRow row;
  row.id = "ph-0007";
  row.name = "Dela Cruz, Maria";
  row.document_errors.emplace_back("tor.pdf", "encrypted: the PDF is \"locked\"");
  const std::string csv = summary_csv({row});
  EXPECT_NE(csv.find("\"Dela Cruz, Maria\""), std::string::npos);
  EXPECT_NE(csv.find("\"tor.pdf: encrypted: the PDF is \"\"locked\"\"\""), std::string::npos);
}

TEST(DossierJson, CarriesTheContractsDocumentFields) {
  CandidateRecord record;
  record.id = "ph-0007";
  DocumentText doc;
  doc.file = "tor.pdf";
  doc.sha256 = "abc";
  doc.page_count = 2;
  PageText p1;
  p1.number = 1;
  p1.source = TextSource::text_layer;
  PageText p2;
  p2.number = 2;
  p2.source = TextSource::ocr;
  p2.words.push_back({"x", {}, 0.5f, 0});
  doc.pages = {p1, p2};
  record.documents.push_back(doc);
  DocumentText bad;
  bad.file = "locked.pdf";
  bad.error = make_error(ErrorCode::encrypted, "needs a password");
  record.documents.push_back(bad);

  auto j = dossier_json(record, {"2026-11-01", "2026-11-22T10:15:00Z", ""});
  EXPECT_EQ(j["schema"], "credcheck.dossier/1");
  EXPECT_EQ(j["as_of"], "2026-11-01");
  EXPECT_EQ(j["candidate"]["id"], "ph-0007");
  const auto& d0 = j["documents"][0];
  EXPECT_EQ(d0["file"], "tor.pdf");
  EXPECT_EQ(d0["pages"], 2);
  EXPECT_EQ(d0["text_source"], "mixed");
  EXPECT_DOUBLE_EQ(d0["ocr_confidence"].get<double>(), 0.5);
  EXPECT_TRUE(d0["error"].is_null());
  const auto& d1 = j["documents"][1];
  EXPECT_EQ(d1["error"]["code"], "encrypted");
  EXPECT_TRUE(d1["ocr_confidence"].is_null());
  EXPECT_TRUE(d1["text_source"].is_null());
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

// Words read by OCR from a picture pasted into a text-layer page (pipeline/reader/pictured_text.h)
// carry a confidence below 1, a text layer's exactly 1: evidence from them says how it was read.
TEST(DossierJson, EvidenceReadFromAPictureOnATextLayerPageSaysSo) {
  CandidateRecord record;
  record.id = "bj-0009";
  DocumentText doc;
  doc.file = "tor.pdf";
  doc.page_count = 1;
  PageText page;
  page.number = 1;
  page.source = TextSource::text_layer;
  page.words.push_back({"Licence", {}, 1.0f, 0});
  page.words.push_back({"ABM", {}, 0.91f, 1});
  doc.pages = {page};
  record.documents.push_back(doc);
  CandidateFacts facts;
  DegreeFacts degree;
  degree.level = "bachelor";
  degree.evidence = {Evidence{"tor.pdf", 1, {40, 250, 530, 256}, "ABM 1101 Biologie", 0.91},
                     Evidence{"tor.pdf", 1, {40, 100, 300, 110}, "Licence", 1.0}};
  facts.degree = degree;
  record.facts = facts;
  const auto j = dossier_json(record, {"2026-11-01", "2026-11-22T10:15:00Z", ""});
  const auto& evidence = j["degree"]["evidence"];
  ASSERT_EQ(evidence.size(), 2u);
  EXPECT_EQ(evidence[0]["read_by"], "ocr_of_picture");
  EXPECT_FALSE(evidence[1].contains("read_by"));
}

}  // namespace
}  // namespace cc
