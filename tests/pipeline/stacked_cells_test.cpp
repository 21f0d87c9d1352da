// A cell printed on two lines inside a one-line row, read again on its own
// (pipeline/reader/stacked_cells.h): the tall unsure word goes, the two lines read from its box come
// in its place, numbered as a text layer numbers them; sure or ordinary words are left as read.
#include <gtest/gtest.h>

#include "pipeline/reader/stacked_cells.h"

namespace cc {
namespace {

OcrWord word(const std::string& text, int left, int top, int right, int bottom, float confidence, int line) {
  return {text, left, top, right, bottom, confidence, line};
}

// The header line of a table: "Subject", a garbled two-line cell, "Grade"; then a row under it.
std::vector<OcrWord> header_and_row(float cell_confidence) {
  return {word("Subject", 100, 100, 240, 130, 0.96f, 0), word("Ho", 400, 85, 440, 150, cell_confidence, 0),
          word("ada", 445, 85, 520, 150, cell_confidence, 0), word("Grade", 700, 100, 800, 130, 0.96f, 0),
          word("Anatomy", 100, 200, 250, 230, 0.95f, 1), word("14", 700, 200, 740, 230, 0.95f, 1)};
}

struct FakeReader {
  std::vector<OcrWord> answer;  // in the part's pixels
  int calls = 0, width = 0, height = 0;
  ReadPart reader() {
    return [this](Pix* part) -> Expected<std::vector<OcrWord>> {
      ++calls;
      width = static_cast<int>(pixGetWidth(part));
      height = static_cast<int>(pixGetHeight(part));
      return answer;
    };
  }
};

TEST(StackedCells, ATallUnsureWordIsReadAgainAsTwoLines) {
  PixPtr page(pixCreate(1000, 400, 1));
  FakeReader fake;
  fake.answer = {word("Credit", 10, 5, 100, 30, 0.95f, 0), word("Hours", 12, 40, 98, 65, 0.94f, 1)};
  std::vector<OcrWord> words = header_and_row(0.4f);
  EXPECT_EQ(reread_stacked_cells(page.get(), fake.reader(), words), 1);
  EXPECT_EQ(fake.calls, 1);
  EXPECT_GE(fake.height, 65) << "the whole height of the two lines is read";
  EXPECT_LT(fake.width, 700 - 240) << "never into the neighbouring words";
  ASSERT_EQ(words.size(), 6u);
  EXPECT_EQ(words[1].text, "Credit");
  EXPECT_EQ(words[1].line, 0) << "the cell's top line stays in its row's line";
  EXPECT_EQ(words[2].text, "Grade");
  EXPECT_EQ(words[3].text, "Hours");
  EXPECT_EQ(words[3].line, 1) << "its next line follows the row's";
  EXPECT_EQ(words[4].text, "Anatomy");
  EXPECT_EQ(words[4].line, 2);
  EXPECT_GT(words[1].left, 300) << "boxes back in the page's pixels";
}

TEST(StackedCells, ASureTallWordOrAWorseReadingIsLeftAsRead) {
  PixPtr page(pixCreate(1000, 400, 1));
  FakeReader fake;
  fake.answer = {word("Credit", 10, 5, 100, 30, 0.95f, 0), word("Hours", 12, 40, 98, 65, 0.94f, 1)};
  std::vector<OcrWord> sure = header_and_row(0.9f);
  EXPECT_EQ(reread_stacked_cells(page.get(), fake.reader(), sure), 0);
  EXPECT_EQ(fake.calls, 0);

  fake.answer = {word("Cr", 10, 5, 100, 30, 0.5f, 0), word("Hrs", 12, 40, 98, 65, 0.5f, 1)};
  std::vector<OcrWord> unsure = header_and_row(0.4f);
  EXPECT_EQ(reread_stacked_cells(page.get(), fake.reader(), unsure), 0);
  EXPECT_EQ(unsure[1].text, "Ho");

  fake.answer = {word("Credit", 10, 5, 100, 30, 0.95f, 0)};  // one line only: no stacked cell
  EXPECT_EQ(reread_stacked_cells(page.get(), fake.reader(), unsure), 0);
  EXPECT_EQ(unsure.size(), 6u);
}

TEST(StackedCells, ARowOfContentOrABoxReachingIntoAnotherLineIsLeftAsRead) {
  PixPtr page(pixCreate(1000, 400, 1));
  FakeReader fake;
  fake.answer = {word("Credit", 10, 5, 100, 30, 0.95f, 0), word("Hours", 12, 40, 98, 65, 0.94f, 1)};
  std::vector<OcrWord> content = header_and_row(0.4f);
  content[3].text = "14";  // a figure in the line: a row of content, the tall word spans rows
  EXPECT_EQ(reread_stacked_cells(page.get(), fake.reader(), content), 0);
  std::vector<OcrWord> crowded = header_and_row(0.4f);
  crowded[4].top = 140;  // the next line's first word reaches under the cell
  crowded[4].left = 380;
  crowded[4].right = 430;
  EXPECT_EQ(reread_stacked_cells(page.get(), fake.reader(), crowded), 0);
  EXPECT_EQ(fake.calls, 0);
}

}  // namespace
}  // namespace cc
