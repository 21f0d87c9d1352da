// Page classification and segmentation: unit cases on synthetic pages, then generated text-layer
// packets of both layout families compared with the truth's segments, and the overall field-level
// accuracy of the extraction (every field the extractors produce) on those packets.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {


const std::vector<std::string> kCover = {"Maria S. Dela Cruz", "March 3, 2026", "Dear Credentials Evaluator,",
                                         "Enclosed please find my diploma, transcript and letters for the evaluation",
                                         "of my eligibility. Respectfully yours,", "Maria S. Dela Cruz"};
const std::vector<std::string> kDiploma = {"#COLEGIO DE SAN AURELIO", "Iloilo City, Iloilo, Philippines",
                                           "DEGREE CERTIFICATE", "This is to certify that", "#MARIA SANTOS DELA CRUZ",
                                           "Bachelor of Science in Medical Technology",
                                           "has been admitted to the said degree.", "Date of award: 15/06/2019"};
const std::vector<std::string> kTranscript1 = {"#COLEGIO DE SAN AURELIO", "OFFICIAL TRANSCRIPT OF RECORDS",
                                               "Name: DELA CRUZ, MARIA S.",
                                               "Course: Bachelor of Science in Medical Technology",
                                               "Course Code Descriptive Title Final Grade Units", "First Semester 2015-2016",
                                               "GE 1 Understanding the Self 1.50 3", "CHEM 11 General Chemistry I 1.75 5",
                                               "BIO 101 General Zoology 1.50 5", "MATH 101 College Algebra 1.25 3"};
const std::vector<std::string> kTranscript2 = {"MT 401 Internship in Clinical Chemistry 1.50 6",
                                               "MT 402 Internship in Microbiology 1.25 6", "MT 403 Internship in Hematology 1.75 6",
                                               "MT 404 Internship in Blood Banking 1.50 6", "Page 2 of 2"};
std::vector<std::string> letter_page(const std::string& employer) {
  return {"#" + employer, "CERTIFICATE OF EMPLOYMENT", "TO WHOM IT MAY CONCERN:",
          "This is to certify that Ms. Maria S. Dela Cruz has been employed as Medical Technologist in",
          "this institution from March 1, 2018 to present. She works 40 hours per week."};
}

std::string describe(const std::vector<Segment>& segments) {
  std::string s;
  for (const auto& seg : segments) {
    s += seg.type + "[";
    for (int p : seg.pages) s += std::to_string(p) + (p == seg.pages.back() ? "" : ",");
    s += "] ";
  }
  return s;
}

TEST(Classify, PagesByCueWordsAndStructure) {
  EXPECT_EQ(classify_page(test::make_page(kCover)).type, "other");
  EXPECT_EQ(classify_page(test::make_page(kDiploma)).type, "diploma");
  EXPECT_EQ(classify_page(test::make_page(kTranscript1)).type, "transcript");
  EXPECT_EQ(classify_page(test::make_page(letter_page("ST. LUKE HOSPITAL"))).type, "employment_letter");
  EXPECT_TRUE(classify_page(test::make_page(letter_page("ST. LUKE HOSPITAL"))).starts_document);
  EXPECT_EQ(classify_page(test::make_page({})).type, "");  // blank: undecided
  // A table of courses without any header word is still a transcript.
  const PageClass rows = classify_page(test::make_page(
      {"BIO 101 General Zoology 1.50 5", "BIO 102 General Botany 1.00 4", "CHM 101 General Chemistry 2.00 3",
       "CHM 102 Organic Chemistry 1.75 3", "MTH 101 Algebra 1.25 3"}));
  EXPECT_EQ(rows.type, "transcript");
}

TEST(Classify, BundleSplitsIntoItsDocuments) {
  std::vector<DocumentText> docs = {test::make_document(
      "application_documents.pdf",
      {kCover, kDiploma, kTranscript1, kTranscript2, letter_page("ST. LUKE HOSPITAL"), letter_page("BAYVIEW CLINIC")})};
  const Classification c = classify_documents(docs);
  EXPECT_EQ(describe(c.kinds.segments.at("application_documents.pdf")),
            "other[1] diploma[2] transcript[3,4] employment_letter[5] employment_letter[6] ");
  EXPECT_EQ(c.kinds.transcripts, 1);
  EXPECT_EQ(c.kinds.diplomas, 1);
  EXPECT_EQ(c.kinds.employment_letters, 2);
  EXPECT_EQ(c.kinds.other, 1);
  ASSERT_EQ(c.segments.size(), 5u);
  EXPECT_EQ(c.segments[2].pages.size(), 2u);
  EXPECT_EQ(c.segments[2].pages[1].page->number, 4);
}

TEST(Classify, ALettersSecondPageStaysWithIt) {
  std::vector<DocumentText> docs = {test::make_document(
      "letter.pdf", {letter_page("ST. LUKE HOSPITAL"), {"Yours faithfully,", "Lourdes G. Pimentel", "Medical Director"}})};
  const Classification c = classify_documents(docs);
  EXPECT_EQ(describe(c.kinds.segments.at("letter.pdf")), "employment_letter[1,2] ");
}

TEST(Classify, UnreadableDocumentsAreListed) {
  std::vector<DocumentText> docs = {test::make_document("tor.pdf", {kTranscript1}), test::make_document("broken.pdf", {})};
  docs[1].error = Error{ErrorCode::encrypted, "the file is password protected"};
  const Classification c = classify_documents(docs);
  EXPECT_EQ(c.kinds.unreadable, std::vector<std::string>{"broken.pdf"});
  EXPECT_EQ(c.kinds.transcripts, 1);
  EXPECT_EQ(c.kinds.segments.count("broken.pdf"), 0u);
}

// --- text geometry: what OCR hands over is not always a tidy page ----------------------------------

Word word_at(const std::string& text, double x0, double y0, double x1, double y1, int line, float confidence = 0.9f) {
  Word w;
  w.text = text;
  w.box = Box{x0, y0, x1, y1};
  w.line = line;
  w.confidence = confidence;
  return w;
}

std::vector<std::string> texts(const std::vector<TextRun>& runs) {
  std::vector<std::string> out;
  for (const auto& r : runs) out.push_back(r.text);
  return out;
}

TEST(TextGeometry, FormLabelsAndValuesReadAsSeparateBlocksAreRowsAgain) {
  PageText page;
  page.number = 1;
  page.width_pt = 612;
  page.height_pt = 792;
  page.source = TextSource::ocr;
  // OCR order: the label column first, then the value column.
  page.words = {word_at("Employee", 50, 100, 100, 110, 0), word_at("Name", 104, 100, 130, 110, 0),
                word_at("Job", 50, 124, 70, 134, 1),       word_at("Title", 74, 124, 100, 134, 1),
                word_at("Kyle", 230, 100, 254, 110, 2),    word_at("A.", 258, 100, 268, 110, 2),
                word_at("Hendricks", 276, 100, 330, 110, 2), word_at("MLT", 230, 124, 250, 134, 3)};
  DocumentText doc;
  doc.file = "form.pdf";
  const auto lines = page_line_runs(PageRef{&doc, &page});
  EXPECT_EQ(texts(lines), (std::vector<std::string>{"Employee Name Kyle A. Hendricks", "Job Title MLT"}));
  EXPECT_EQ(texts(line_cells(lines[0])), (std::vector<std::string>{"Employee Name", "Kyle A. Hendricks"}));
}

TEST(TextGeometry, ASidewaysPageReadWithoutTurningIsReadInItsOwnFrame) {
  // Text running down the page (content turned 90 degrees), lines from right to left.
  PageText page;
  page.number = 1;
  page.width_pt = 792;
  page.height_pt = 612;
  page.source = TextSource::ocr;
  page.words = {word_at("Crestview", 780, 70, 800, 140, 0), word_at("Medical", 780, 146, 800, 200, 0),
                word_at("Employee", 740, 70, 752, 130, 1),  word_at("Name", 740, 134, 752, 170, 1),
                word_at("Temitope", 740, 260, 752, 320, 1), word_at("Adebisi", 740, 326, 752, 380, 1)};
  DocumentText doc;
  const PageRef ref{&doc, &page};
  const auto lines = page_line_runs(ref);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "Crestview Medical");
  EXPECT_EQ(texts(line_cells(lines[1])), (std::vector<std::string>{"Employee Name", "Temitope Adebisi"}));
  EXPECT_NEAR(lines[0].height(), 20, 0.01);                  // the upright height, not the word length
  EXPECT_EQ(lines[0].evidence().front().bbox.x0, 780);        // evidence stays on the displayed page
}

TEST(TextGeometry, OcrLetterConfusionsInsideWords) {
  EXPECT_EQ(repair_ocr_letters("Medica!"), "Medical");
  EXPECT_EQ(repair_ocr_letters("Ekit!"), "Ekiti");
  EXPECT_EQ(repair_ocr_letters("EKIT!"), "EKITI");
  EXPECT_EQ(repair_ocr_letters("I!"), "II");
  EXPECT_EQ(repair_ocr_letters("{1"), "{1");  // not a word with a roman numeral's letters
  EXPECT_EQ(repair_ocr_letters("lmmunohematology"), "Immunohematology");
  EXPECT_EQ(repair_ocr_letters("lfeanyi"), "Ifeanyi");
  EXPECT_EQ(repair_ocr_letters("Wi|son"), "Wilson");
  EXPECT_EQ(repair_ocr_letters("A|"), "A|");  // only between letters
  EXPECT_EQ(repair_ocr_letters("laboratory"), "laboratory");
  EXPECT_EQ(repair_ocr_letters("0."), "O.");  // a middle initial read as a digit
  EXPECT_EQ(repair_ocr_letters("Haemato1ogy"), "Haematology");
  EXPECT_EQ(repair_ocr_letters("01.06.2019"), "01.06.2019");
  EXPECT_EQ(repair_ocr_letters("Anatomy-!"), "Anatomy-I");  // a numeral after a hyphen
  EXPECT_EQ(repair_ocr_letters("Anatomy-li"), "Anatomy-II");
  EXPECT_EQ(repair_ocr_letters("Rotation-!!"), "Rotation-II");
  EXPECT_EQ(repair_ocr_letters("Anatomy-III"), "Anatomy-III");
  EXPECT_EQ(repair_ocr_letters("Mentally-ill"), "Mentally-ill");  // a word, no stroke glyph
  EXPECT_EQ(repair_ocr_letters("Type-1"), "Type-1");
  EXPECT_EQ(repair_ocr_letters("A-i"), "A-i");  // fewer than three letters before the hyphen
  EXPECT_EQ(ocr_distance("Ogunieye", "ogunleye"), 0.5);
  EXPECT_EQ(ocr_distance("kyle", "kylie"), 1.0);
}

void expect_accuracy(const test::ExtractedSet& set, const std::string& title, double minimum, bool all_fields) {
  ASSERT_FALSE(set.candidates.empty());
  test::Tally t;
  for (const auto& c : set.candidates) {
    test::score_classification(c, t);
    if (!all_fields) continue;
    test::score_identity(c, t);
    test::score_degree(c, t);
    test::score_experience(c, t);
  }
  std::cout << t.report((all_fields ? "all fields, " : "segments, ") + title);
  EXPECT_GE(t.accuracy(), minimum);
}

TEST(ClassifyAccuracy, TrainTextLayer) { expect_accuracy(test::text_set("train"), "train text layer", 0.98, false); }
TEST(ClassifyAccuracy, HeldoutTextLayer) { expect_accuracy(test::text_set("heldout"), "heldout text layer", 0.98, false); }
TEST(ExtractionAccuracy, TrainTextLayer) { expect_accuracy(test::text_set("train"), "train text layer", 0.98, true); }
TEST(ExtractionAccuracy, HeldoutTextLayer) {
  expect_accuracy(test::text_set("heldout"), "heldout text layer", 0.98, true);
}

// Scanned packets go through OCR: minutes of work, so only on request (CREDCHECK_EXTRACT_SCANS=N).
TEST(ExtractionAccuracy, TrainScanned) {
  if (test::scanned_count() <= 0) GTEST_SKIP() << "set CREDCHECK_EXTRACT_SCANS=N to read N scanned candidates";
  expect_accuracy(test::scanned_set("train"), "train scanned", 0.95, true);
}
TEST(ExtractionAccuracy, HeldoutScanned) {
  if (test::scanned_count() <= 0) GTEST_SKIP() << "set CREDCHECK_EXTRACT_SCANS=N to read N scanned candidates";
  expect_accuracy(test::scanned_set("heldout"), "heldout scanned", 0.95, true);
}
TEST(ExtractionAccuracy, TrainPhotos) {
  if (test::scanned_count() <= 0) GTEST_SKIP() << "set CREDCHECK_EXTRACT_SCANS=N to read N scanned candidates";
  expect_accuracy(test::scanned_set("train", "image"), "train photos/images", 0.95, true);
}
TEST(ExtractionAccuracy, HeldoutPhotos) {
  if (test::scanned_count() <= 0) GTEST_SKIP() << "set CREDCHECK_EXTRACT_SCANS=N to read N scanned candidates";
  expect_accuracy(test::scanned_set("heldout", "image"), "heldout photos/images", 0.95, true);
}

}  // namespace
}  // namespace cc
