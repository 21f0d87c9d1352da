// Intake: type sniffing from content and candidate discovery.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "pipeline/intake/discover.h"
#include "pipeline/intake/sniff.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

using namespace std::string_literals;

ErrorCode sniff_error(const std::string& head, long long size) {
  auto r = sniff_bytes(head, size);
  EXPECT_FALSE(r.ok()) << "expected an error for " << head.substr(0, 8);
  return r.ok() ? ErrorCode::internal : r.error().code;
}

TEST(Sniff, RecognisesDocumentsByContentNotName) {
  EXPECT_EQ(*sniff_bytes("%PDF-1.7\n...", 100), FileKind::pdf);
  EXPECT_EQ(*sniff_bytes("\x89PNG\r\n\x1a\n...."s, 100), FileKind::png);
  EXPECT_EQ(*sniff_bytes("\xff\xd8\xff\xe0...."s, 100), FileKind::jpeg);
  EXPECT_EQ(*sniff_bytes("II*\0...."s, 100), FileKind::tiff);
  EXPECT_EQ(*sniff_bytes("MM\0*...."s, 100), FileKind::tiff);
}

TEST(Sniff, AcceptsJunkBeforeThePdfHeader) {
  EXPECT_EQ(*sniff_bytes(std::string(500, '\0') + "%PDF-1.4", 1000), FileKind::pdf);
  EXPECT_FALSE(sniff_bytes(std::string(1100, 'x') + "%PDF-1.4", 2000).ok());
}

TEST(Sniff, GivesSpecificErrorsForWhatItDoesNotRead) {
  EXPECT_EQ(sniff_error("", 0), ErrorCode::empty_file);
  EXPECT_EQ(sniff_error("PK\x03\x04rest", 100), ErrorCode::unsupported_format);
  EXPECT_EQ(sniff_error("\xd0\xcf\x11\xe0....", 100), ErrorCode::unsupported_format);
  EXPECT_EQ(sniff_error("GIF89a....", 100), ErrorCode::unsupported_format);
  EXPECT_EQ(sniff_error("Dear recruiter, here are my files", 100), ErrorCode::not_a_document);
  EXPECT_EQ(sniff_error("\x01\x02\x03\x04\x05\x06\x07\x08\x09", 100), ErrorCode::not_a_document);
  auto docx = sniff_bytes("PK\x03\x04", 10);
  EXPECT_NE(docx.error().message.find("PDF, PNG, JPEG or TIFF"), std::string::npos);
}

TEST(Discover, SkipsHiddenAndPartialFiles) {
  for (const char* name : {".DS_Store", ".hidden.pdf", "tor.pdf.part", "tor.pdf.crdownload", "~$letter.docx", "Thumbs.db"})
    EXPECT_TRUE(is_skipped_name(name)) << name;
  for (const char* name : {"tor.pdf", "diploma.PNG", "letter 1.pdf"}) EXPECT_FALSE(is_skipped_name(name)) << name;
}

void touch(const std::string& path) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path) << "x";
}

TEST(Discover, FoldersAreCandidatesAndLooseFilesTheirOwn) {
  test::TempDir dir;
  touch(dir / "ph-0007/tor.pdf");
  touch(dir / "ph-0007/letters/job1.pdf");
  touch(dir / "ph-0007/.DS_Store");
  touch(dir / "ph-0007/diploma.jpg.part");
  touch(dir / "in-0002/diploma.png");
  touch(dir / "loose.pdf");
  touch(dir / "linn.pdf");
  touch(dir / "linn.png");
  touch(dir / ".hidden/secret.pdf");
  std::filesystem::create_directories(dir / "empty-candidate");

  auto found = discover_candidates(dir.path());
  ASSERT_TRUE(found.ok());
  std::vector<std::string> ids;
  for (const auto& c : *found) ids.push_back(c.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"empty-candidate", "in-0002", "linn", "linn.png", "loose", "ph-0007"}));

  const Candidate& ph = found->back();
  ASSERT_EQ(ph.files.size(), 2u);
  EXPECT_EQ(ph.files[0].name, "letters/job1.pdf");
  EXPECT_EQ(ph.files[1].name, "tor.pdf");
  EXPECT_TRUE((*found)[0].files.empty());
}

TEST(Discover, MissingFolderIsAnError) {
  auto found = discover_candidates("/nonexistent/credcheck/input");
  ASSERT_FALSE(found.ok());
  EXPECT_NE(found.error().message.find("does not exist"), std::string::npos);
}

}  // namespace
}  // namespace cc
