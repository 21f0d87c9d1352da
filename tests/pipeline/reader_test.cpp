// The page reader in-process with real Poppler and Tesseract, on the generated intake fixtures
// (samples/intake_fixtures.py): text layer vs OCR, blank pages, rotated pages, images, passwords,
// refusals, and boxes that land where the words are.
#include <gtest/gtest.h>

#include "pipeline/intake/sniff.h"
#include "pipeline/reader/page_reader.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

using nlohmann::json;

class ReaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = PageReader::create(OcrOptions{}, nullptr);
    ASSERT_TRUE(r.ok()) << r.error().message;
    reader_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() {
    delete reader_;
    reader_ = nullptr;
  }

  static std::string fixture(const std::string& name) { return test::fixtures_dir() + "/intake/" + name; }

  static DocumentTask task(const std::string& name, const std::string& password = "") {
    DocumentTask t;
    t.path = fixture(name);
    auto kind = sniff_file(t.path);
    EXPECT_TRUE(kind.ok()) << name;
    t.kind = kind.ok() ? *kind : FileKind::unknown;
    t.password = password;
    return t;
  }

  static std::vector<PageText> read_all(const DocumentTask& t) {
    auto pages = reader_->open(t);
    EXPECT_TRUE(pages.ok()) << t.path << ": " << (pages.ok() ? "" : pages.error().message);
    std::vector<PageText> out;
    for (int i = 0; pages.ok() && i < *pages; ++i) {
      auto p = reader_->read(t, i);
      EXPECT_TRUE(p.ok()) << t.path << " page " << i + 1 << ": " << (p.ok() ? "" : p.error().message);
      if (p.ok()) out.push_back(std::move(p).value());
    }
    return out;
  }

  static std::string all_text(const std::vector<PageText>& pages) {
    std::string s;
    for (const auto& p : pages)
      for (const auto& line : page_lines(p)) s += line + "\n";
    return s;
  }

  static const Word* find_word(const PageText& page, const std::string& text) {
    for (const auto& w : page.words)
      if (w.text == text) return &w;
    return nullptr;
  }

  static PageReader* reader_;
};

PageReader* ReaderTest::reader_ = nullptr;

TEST_F(ReaderTest, EveryFixtureYieldsItsExpectedSourceAndText) {
  const json expected = test::read_json(fixture("expected.json"));
  int checked = 0;
  for (const auto& [name, want] : expected.items()) {
    if (!want.contains("source")) continue;
    SCOPED_TRACE(name);
    auto pages = read_all(task(name));
    ASSERT_EQ(static_cast<int>(pages.size()), want["pages"].get<int>());
    for (const auto& p : pages) EXPECT_EQ(text_source_name(p.source), want["source"].get<std::string>());
    if (want.contains("contains")) {
      EXPECT_NE(all_text(pages).find(want["contains"].get<std::string>()), std::string::npos) << all_text(pages);
    }
    ++checked;
  }
  EXPECT_GE(checked, 8);
}

TEST_F(ReaderTest, OcrBoxesLandWhereTheTextLayerPutsTheWord) {
  const auto text = read_all(task("text.pdf"));
  const auto scan = read_all(task("scan.png"));
  ASSERT_EQ(text.size(), 1u);
  ASSERT_EQ(scan.size(), 1u);
  for (const char* w : {"Zoology", "Hematology", "Graduation:"}) {
    SCOPED_TRACE(w);
    const Word* a = find_word(text[0], w);
    const Word* b = find_word(scan[0], w);
    ASSERT_TRUE(a && b);
    // The scan is the text page at 200 dpi turned 1.5 degrees: boxes agree to a few points.
    EXPECT_NEAR(a->box.center_x(), b->box.center_x(), 12);
    EXPECT_NEAR(a->box.center_y(), b->box.center_y(), 12);
    EXPECT_GT(b->confidence, 0.6f);
  }
  EXPECT_NEAR(scan[0].width_pt, 612, 1);
  EXPECT_NEAR(scan[0].height_pt, 792, 1);
}

TEST_F(ReaderTest, SidewaysPageIsTurnedBeforeOcr) {
  const auto pages = read_all(task("two-pages.tif"));
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].rotation_applied, 0);
  EXPECT_NE(pages[1].rotation_applied, 0);
  for (const char* text : {"Organic Chemistry", "Zoology", "College Algebra"})
    EXPECT_NE(all_text({pages[1]}).find(text), std::string::npos) << all_text({pages[1]});
  // Page 2 is landscape: its boxes stay inside its own (landscape) size.
  EXPECT_GT(pages[1].width_pt, pages[1].height_pt);
  for (const auto& w : pages[1].words) {
    EXPECT_LE(w.box.x1, pages[1].width_pt + 0.5);
    EXPECT_LE(w.box.y1, pages[1].height_pt + 0.5);
  }
}

TEST_F(ReaderTest, RotatedPageIsMeasuredAsDisplayedWithBoxesInside) {
  // MediaBox 792 x 612 with /Rotate 90: displayed (and boxed) as a 612 x 792 portrait page.
  const auto pages = read_all(task("rotated.pdf"));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_NEAR(pages[0].width_pt, 612, 0.5);
  EXPECT_NEAR(pages[0].height_pt, 792, 0.5);
  for (const auto& w : pages[0].words) {
    EXPECT_GE(w.box.x0, -0.5);
    EXPECT_LE(w.box.x1, 612.5);
    EXPECT_GE(w.box.y0, -0.5);
    EXPECT_LE(w.box.y1, 792.5);
  }
  EXPECT_NE(all_text(pages).find("Clinical Chemistry 1 1.25 4"), std::string::npos) << all_text(pages);
}

TEST_F(ReaderTest, PasswordOpensEncryptedPdf) {
  auto wrong = reader_->open(task("encrypted.pdf", "guess"));
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::encrypted);
  EXPECT_NE(wrong.error().message.find("password given"), std::string::npos);
  const auto pages = read_all(task("encrypted.pdf", "s3cret"));
  EXPECT_NE(all_text(pages).find("Certificate of Employment"), std::string::npos);
}

// A 250 dpi scan of a grade table in 10 pt Helvetica (samples/intake_fixtures.py, GRADE_ROWS):
// Tesseract's noise removal drops the minus of "B-", "A-", "C-"; the reader puts it back from
// the page (pipeline/reader/lost_signs.h), and bare grades and a dash a space away stay as printed.
TEST_F(ReaderTest, LetterGradesKeepTheirMinusSigns) {
  const auto pages = read_all(task("grades-scan.png"));
  ASSERT_EQ(pages.size(), 1u);
  std::vector<std::string> grades;  // the words of the grade column (printed at 390 pt of 612)
  const double to_page = 612.0 / (pages[0].width_pt > 0 ? pages[0].width_pt : 612.0);
  for (const auto& w : pages[0].words)
    if (w.box.x0 * to_page > 380 && w.box.x0 * to_page < 420) grades.push_back(w.text);
  const std::vector<std::string> printed = {"B-", "A-", "B", "C-", "A", "B-", "C+", "A-", "B"};
  int right = 0, bare_kept = 0;
  for (size_t i = 0; i < printed.size() && i < grades.size(); ++i) right += grades[i] == printed[i];
  for (size_t i : {2, 4, 8}) bare_kept += i < grades.size() && grades[i] == printed[i];
  EXPECT_EQ(grades.size(), printed.size()) << all_text(pages);
  EXPECT_GE(right, 8) << all_text(pages);
  EXPECT_EQ(bare_kept, 3) << "a grade printed without a sign gets none: " << all_text(pages);
  const std::string text = all_text(pages);
  EXPECT_EQ(text.find("A- Theory"), std::string::npos) << "a dash a word space away is no minus: " << text;
  EXPECT_EQ(text.find("B- Practical"), std::string::npos) << text;
}

TEST_F(ReaderTest, RefusalsCarrySpecificCodes) {
  const json expected = test::read_json(fixture("expected.json"));
  for (const char* name : {"encrypted.pdf", "truncated.pdf", "corrupt.pdf", "bomb.png", "cut.png", "tiny-page.pdf"}) {
    SCOPED_TRACE(name);
    const json& want = expected[name];
    const DocumentTask t = task(name);
    Error error;
    if (auto pages = reader_->open(t); !pages.ok()) {
      error = pages.error();
    } else {
      auto page = reader_->read(t, 0);
      ASSERT_FALSE(page.ok()) << "page 1 should fail";
      error = page.error();
    }
    const std::string code(error_code_name(error.code));
    if (want.contains("error")) {
      EXPECT_EQ(code, want["error"].get<std::string>()) << error.message;
    } else {
      EXPECT_NE(std::find(want["error_any"].begin(), want["error_any"].end(), code), want["error_any"].end()) << code << ": " << error.message;
    }
    EXPECT_FALSE(error.message.empty());
  }
}

}  // namespace
}  // namespace cc
