// The classification cues are searched only on pages holding one of the literals each cue's
// pattern requires (core/regex_literals.h). That must change no answer: every cue is searched
// both ways, gated and plain, over every page of a generated set (all layouts and languages of
// the generator, accented pages included) and over the same pages with their accents kept,
// folded and cut in pieces.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/classify_cues.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

std::string page_text_as_classified(const PageText& page) {
  std::string text;
  for (const TextRun& run : page_line_runs(PageRef{nullptr, &page})) text += run.text + '\n';
  return lower_ascii(text);
}

TEST(ClassifyCues, GatedMatchingFindsExactlyWhatSearchingEveryCueFinds) {
  const test::TempDir dir;
  ASSERT_TRUE(test::generate_packets(dir.path(), 24, 4511, "all", "text"));
  int pages = 0, hits = 0, misses = 0;
  for (const std::string& id : test::candidate_ids(dir.path())) {
    for (const DocumentText& doc : test::read_packet(dir.path() + "/packets/" + id)) {
      for (const PageText& page : doc.pages) {
        const std::string text = page_text_as_classified(page);
        // The page, its first and second halves (cues cut at the edge), and its first line alone.
        for (const std::string& piece : {text, text.substr(0, text.size() / 2), text.substr(text.size() / 2),
                                         text.substr(0, text.find('\n'))}) {
          const std::string plain = cue_hits(piece, false);
          ASSERT_EQ(cue_hits(piece, true), plain) << id << " " << doc.file << " page " << page.number << "\n" << piece;
          for (char c : plain) {
            if (c == '1') ++hits;
            if (c == '0') ++misses;
          }
        }
        ++pages;
      }
    }
  }
  EXPECT_GE(pages, 40);
  // Not a vacuous comparison: cues are found and cues are missed.
  EXPECT_GT(hits, 200);
  EXPECT_GT(misses, 1000);
}

TEST(ClassifyCues, CuesAreFoundWithOrWithoutTheirAccents) {
  // Accented and folded spellings of the same cue, written by hand: each must score the same
  // gated and plain.
  for (const std::string& text :
       {std::string("certificado de calificaciones\nhistórico escolar\nrelevé de notes\n"),
        std::string("a quien corresponda: se hace constar que labora como tecnóloga médica hasta la fecha\n"),
        std::string("il est délivré à m. x le grade de licence, pour en jouir avec les droits et prérogatives\n"),
        std::string("\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xba\xd0\xb0 \xd1\x81 \xd0\xbc\xd0\xb5\xd1\x81\xd1\x82\xd0\xb0 "
                    "\xd1\x80\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x82\xd1\x8b\n"),
        std::string("term\n"), std::string("the degree of\n"), std::string("b.sc medical laboratory science\n"),
        std::string("from 1 march 2018 to present\n"), std::string(""), std::string("\n")}) {
    EXPECT_EQ(cue_hits(text, true), cue_hits(text, false)) << text;
  }
  // The hand-written pages do hit: the gate lets a cue through where it occurs.
  EXPECT_NE(cue_hits("to whom it may concern\n", true).find('1'), std::string::npos);
}

}  // namespace
}  // namespace cc
