// OCR accuracy on generated scanned pages (samples/generate.py pages: 300 dpi, skew up to 3
// degrees, noise, blur and JPEG artefacts, pages turned 90 and 270 degrees, a multi-page TIFF):
// the text read must match the printed text with at most 2% character errors, measured with the
// reading-order-independent flexible CER (tools/text_accuracy.h). The strict reading-order CER is
// printed beside it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "pipeline/intake/sniff.h"
#include "pipeline/reader/page_reader.h"
#include "tests/support/test_support.h"
#include "tools/text_accuracy.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> printed_lines(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (line != "\f") lines.push_back(line);
  return lines;
}

TEST(OcrAccuracy, GeneratedScansReadWithAtMostTwoPercentCharacterErrors) {
  const std::string dir = test::fixtures_dir() + "/pages";
  const auto info = test::read_json(dir + "/pages.json");
  auto reader = PageReader::create(OcrOptions{}, nullptr);
  ASSERT_TRUE(reader.ok()) << reader.error().message;

  AccuracyCount total;
  size_t strict_errors = 0, pages_read = 0, turned = 0;
  for (const auto& page : info["pages"]) {
    const std::string file = page["file"];
    SCOPED_TRACE(file);
    DocumentTask task;
    task.path = dir + "/" + file;
    auto kind = sniff_file(task.path);
    ASSERT_TRUE(kind.ok());
    task.kind = *kind;
    auto count = (*reader)->open(task);
    ASSERT_TRUE(count.ok()) << count.error().message;
    std::vector<std::string> ocr;
    for (int i = 0; i < *count; ++i) {
      auto text = (*reader)->read(task, i);
      ASSERT_TRUE(text.ok()) << text.error().message;
      turned += text->rotation_applied != 0;
      for (auto& line : page_lines(*text)) ocr.push_back(std::move(line));
      ++pages_read;
    }
    const auto printed = printed_lines(dir + "/" + page["text"].get<std::string>());
    const auto flex = flexible_character_errors(printed, ocr);
    std::string printed_text, ocr_text;
    for (const auto& l : printed) printed_text += l + "\n";
    for (const auto& l : ocr) ocr_text += l + "\n";
    const auto strict = strict_character_errors(printed_text, ocr_text);
    std::cout << file << " (" << page["layout"].get<std::string>() << "): flexible CER " << flex.cer() << ", strict CER "
              << strict.cer() << "\n";
    total.errors += flex.errors;
    total.reference += flex.reference;
    strict_errors += strict.errors;
  }
  std::cout << "pages " << pages_read << ", characters " << total.reference << ", flexible CER " << total.cer()
            << ", strict CER " << static_cast<double>(strict_errors) / static_cast<double>(total.reference) << "\n";
  EXPECT_GE(pages_read, 12u);
  EXPECT_GE(turned, 2u) << "the set has pages turned 90 and 270 degrees; OSD must turn them";
  EXPECT_LE(total.cer(), 0.02);
}

}  // namespace
}  // namespace cc
