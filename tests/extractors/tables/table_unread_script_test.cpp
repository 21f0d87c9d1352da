// Words of a script no OCR model reads (unread_script.h): on a scan of a bilingual table whose
// other script has no model, each of its words comes out as Latin letters at low confidence, glued
// before the English title; their boxes stand as tall as that script's ink, twice the letters read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "extractors/tables/unread_script.h"

namespace cc {
namespace {

constexpr double kCap = 5.4;  // a capital's height on the scan, pt

// A word as Tesseract boxes it: its ink, from the baseline up `span` capital heights (a descender
// included), at `confidence`.
Word ink(const std::string& text, double x, double width, double baseline, int line, double span, float confidence = 0.96f) {
  return {text, {x, baseline - span * kCap, x + width, baseline + 0.28 * kCap * (span > 1.1 ? 1 : 0)}, confidence, line};
}

PageText scanned_page() {
  PageText page;
  page.number = 1;
  page.width_pt = 842;
  page.height_pt = 595;
  page.source = TextSource::ocr;
  return page;
}

struct Course {
  std::string other_script;  // what the English model made of the word in the other script
  float confidence;
  std::vector<std::string> title;
};

// No. | Subject (another script, then English) | Credits | Grade: ten courses.
PageText bilingual_table(bool other_script_tall) {
  PageText page = scanned_page();
  double y = 100;
  int line = 0;
  for (auto [w, x, width] : std::vector<std::tuple<std::string, double, double>>{
           {"No.", 38, 11}, {"Subject", 60, 24}, {"Credits", 421, 23}, {"Grade", 466, 20}})
    page.words.push_back(ink(w, x, width, y, line, 1.0));
  const std::vector<Course> courses = {
      {"ony", 0.45f, {"General", "Biology"}},  {"Mra", 0.00f, {"General", "Chemistry"}}, {"nhs", 0.34f, {"Human", "Anatomy"}},
      {"ore", 0.16f, {"Histology"}},           {"omfey", 0.0f, {"Pharmacology"}},        {"han", 0.24f, {"Medical", "Parasitology"}},
      {"nee", 0.27f, {"Immunology"}},          {"ANA", 0.29f, {"Epidemiology"}},         {"OAD", 0.79f, {"Biostatistics"}},
      {"meer", 0.19f, {"Serology"}}};
  for (size_t k = 0; k < courses.size(); ++k) {
    ++line;
    y += 12;
    page.words.push_back(ink(std::to_string(k + 1), 40, 5, y, line, 1.0));
    page.words.push_back(ink(courses[k].other_script, 58, 20, y, line, other_script_tall ? 2.3 : 1.0, courses[k].confidence));
    double x = 83;
    for (const auto& w : courses[k].title) {
      page.words.push_back(ink(w, x, 5.0 * static_cast<double>(w.size()), y, line, 1.3));
      x += 5.0 * static_cast<double>(w.size()) + 2;
    }
    page.words.push_back(ink("3", 430, 4, y, line, 1.0));
    page.words.push_back(ink("B", 472, 5, y, line, 1.0));
  }
  return page;
}

std::vector<std::string> titles_of(const TableReading& r) {
  std::vector<std::string> out;
  for (const auto& t : r.tables)
    for (const auto& rec : t.rows) out.push_back(rec.fields.title);
  return out;
}

TEST(UnreadScript, LatinSpanOfLetters) {
  EXPECT_DOUBLE_EQ(latin_span("on"), 0.7);
  EXPECT_DOUBLE_EQ(latin_span("ony"), 1.28);  // a letter with a descender counts at full height: never too short
  EXPECT_DOUBLE_EQ(latin_span("Mra"), 1.0);
  EXPECT_DOUBLE_EQ(latin_span("Biology"), 1.28);
  EXPECT_DOUBLE_EQ(latin_span("Química"), 1.3);
}

TEST(UnreadScript, TallLowConfidenceWordsOfAnotherScriptLeaveTheTitles) {
  const PageText page = bilingual_table(true);
  EXPECT_EQ(words_in_unread_script(page).size(), 10u);
  const auto titles = titles_of(read_tables({&page}));
  ASSERT_EQ(titles.size(), 10u);
  EXPECT_EQ(titles[0], "General Biology");
  EXPECT_EQ(titles[3], "Histology");
  EXPECT_EQ(titles[8], "Biostatistics");
}

TEST(UnreadScript, MisreadWordsOfTheLetterHeightStay) {
  // The same words misread, but as tall as the letters read: Latin read badly, kept.
  const PageText page = bilingual_table(false);
  EXPECT_TRUE(words_in_unread_script(page).empty());
  EXPECT_EQ(titles_of(read_tables({&page}))[0], "ony General Biology");
}

TEST(UnreadScript, AFewTallBoxesAreNoOtherScript) {
  // Tesseract runs a few boxes into the line below: fewer than eight on a page is no script.
  PageText page = bilingual_table(true);
  int tall = 0;
  for (Word& w : page.words)
    if (w.confidence < 0.8f && ++tall > 3) w.box.y0 = w.box.y1 - 1.0 * kCap - 0.28 * kCap;
  EXPECT_TRUE(words_in_unread_script(page).empty());
}

TEST(UnreadScript, PiecesTouchingSuchAWordGoWithIt) {
  PageText page = bilingual_table(true);
  // "mm) Ninn": OCR split one word in two; the piece is read at low confidence and touches it.
  page.words.push_back({"mm)", {50, 112 - 1.0 * kCap, 57, 112 + 0.28 * kCap}, 0.1f, 1});
  const auto off = words_in_unread_script(page);
  EXPECT_EQ(off.size(), 11u);
  EXPECT_EQ(off.back(), page.words.size() - 1);
}

TEST(UnreadScript, TextLayerPagesAreLeftAlone) {
  PageText page = bilingual_table(true);
  page.source = TextSource::text_layer;
  EXPECT_TRUE(words_in_unread_script(page).empty());
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

TEST(UnreadScript, CodesWithTallBoxesAreNoOtherScript) {
  // Codes whose boxes took in a grey rule's stroke, read at middling confidence: figures are read
  // as figures in any script, so a word holding one is never taken for another script.
  PageText page = bilingual_table(true);
  const std::vector<std::string> codes = {"BIOL101", "QUIM101", "MICR301", "MATE101", "BIOL103", "ESTA1O1", "QUIM201", "SEMIS01", "FISI101", "INGL101"};
  size_t k = 0;
  for (Word& w : page.words)
    if (w.confidence < 0.8f && k < codes.size()) w.text = codes[k++];
  EXPECT_TRUE(words_in_unread_script(page).empty());
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

TEST(UnreadScript, OneWordRepeatedOnEveryRowIsThePagesOwnPrint) {
  // A grade read `Cc` in a tall box on every row: one word eleven times is no script's words.
  PageText page = bilingual_table(true);
  for (Word& w : page.words)
    if (w.confidence < 0.8f) w.text = "Cc";
  EXPECT_TRUE(words_in_unread_script(page).empty());
}

}  // namespace
}  // namespace cc
