// core/text.h: one folding of Latin letters for every floor (names in Latin Extended among them),
// the case of Latin letters, join, trim, round_to.
#include <gtest/gtest.h>

#include <cstdint>

#include "core/json_text.h"
#include "core/text.h"

namespace cc {
namespace {

TEST(FoldLatin, NamesInLatinExtended) {
  EXPECT_EQ(fold_latin("Ọlámidé"), "olamide");                        // Yoruba: subdot, acute
  EXPECT_EQ(fold_latin("Adébáyọ̀"), "adebayo");                        // ọ + combining grave
  EXPECT_EQ(fold_latin("Nguyễn Thị"), "nguyen thi");                  // Vietnamese, Extended Additional
  EXPECT_EQ(fold_latin("Đặng"), "dang");                              // Đ (Extended-A), ặ
  EXPECT_EQ(fold_latin("Łukasz Wiśniewski"), "lukasz wisniewski");    // Polish
  EXPECT_EQ(fold_latin("Şükrü Öztürk"), "sukru ozturk");              // Turkish
  EXPECT_EQ(fold_latin("ŞÜKRÜ ÖZTÜRK"), "sukru ozturk");
  EXPECT_EQ(fold_latin("Ɓala Ɗanjuma"), "bala danjuma");              // Hausa hooked letters
  EXPECT_EQ(fold_latin("Peñaflor Straße Æsir"), "penaflor strasse aesir");
  EXPECT_EQ(fold_latin("O’Brien"), "o'brien");
}

TEST(LatinCase, NamesInLatinExtendedChangeCaseBothWays) {
  EXPECT_EQ(lower_utf8("NGUYỄN THỊ ĐẶNG"), "nguyễn thị đặng");  // Vietnamese: Extended Additional, Đ
  EXPECT_EQ(upper_utf8("nguyễn thị đặng"), "NGUYỄN THỊ ĐẶNG");
  EXPECT_EQ(lower_utf8("ỌLÁMIDÉ ADÉBÁYỌ"), "ọlámidé adébáyọ");  // Yoruba subdots
  EXPECT_EQ(upper_utf8("łukasz wiśniewski"), "ŁUKASZ WIŚNIEWSKI");  // Extended-A, odd and even capitals
  EXPECT_EQ(lower_utf8("ŽELJKO ĆOSIĆ"), "željko ćosić");
  EXPECT_EQ(lower_utf8("ȘTEFAN ȚURCAN"), "ștefan țurcan");  // Romanian, Extended-B
  EXPECT_EQ(upper_utf8("ɓala ɗanjuma ƙasimu"), "ƁALA ƊANJUMA ƘASIMU");  // Hausa hooked letters
  EXPECT_EQ(upper_utf8("phạm ương"), "PHẠM ƯƠNG");  // Ư, Ơ
  EXPECT_EQ(upper_utf8("Straße"), "STRAßE");  // no one-letter capital
  EXPECT_EQ(lower_utf8("PEÑAFLOR × 2"), "peñaflor × 2");
  EXPECT_EQ(upper_utf8("a\xFF" "b"), "A\xFF" "B");  // an undecodable byte is kept
}

TEST(LatinCase, EveryCapitalOfTheLatinBlocksComesBackFromItsSmallLetter) {
  size_t capitals = 0;
  for (uint32_t cp = 0x41; cp <= 0x1EFF; ++cp) {
    if (cp == 0x130 || cp == 0x1E9E) continue;  // İ and ẞ: their small letters are i and ß
    std::string c;
    if (cp < 0x80) c = std::string(1, static_cast<char>(cp));
    else if (cp < 0x800) c = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    else c = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    const Utf8Char ch = utf8_char_at(c, 0);
    ASSERT_EQ(ch.length, c.size());
    if (ch.letter_case != LetterCase::upper) continue;
    ++capitals;
    const std::string small = lower_utf8(c);
    EXPECT_NE(small, c) << std::hex << cp;
    EXPECT_EQ(utf8_char_at(small, 0).letter_case, LetterCase::lower) << std::hex << cp;
    EXPECT_EQ(upper_utf8(small), c) << std::hex << cp;
  }
  EXPECT_GT(capitals, 26u + 30u + 60u + 120u);  // ASCII, Latin-1, Extended-A, Extended Additional
}

TEST(FoldLatin, OtherCharactersAreWordBreaks) {
  EXPECT_EQ(fold_latin("Li Ωmega"), "li  mega");
  EXPECT_EQ(fold_latin("a\xFF" "b"), "a b");  // undecodable byte
  EXPECT_EQ(fold_latin("1–2"), "1 2");        // en dash
}

TEST(FoldLatin, SourceOffsetsMapTheFoldedTextBack) {
  const std::string text = "Phlébotomy – Łódź";
  std::vector<std::size_t> source;
  const std::string folded = fold_latin(text, &source);
  EXPECT_EQ(folded, "phlebotomy   lodz");
  ASSERT_EQ(source.size(), folded.size() + 1);
  EXPECT_EQ(source.back(), text.size());
  const std::size_t l = folded.find("lodz");
  EXPECT_EQ(text.substr(source[l], source[l + 4] - source[l]), "Łódź");
  EXPECT_EQ(text.substr(source[0], source[10] - source[0]), "Phlébotomy");
}

TEST(Join, SeparatorBetweenItemsFromAnItemOn) {
  EXPECT_EQ(join({"a", "b", "c"}), "a, b, c");
  EXPECT_EQ(join({"a", "b", "c"}, " "), "a b c");
  EXPECT_EQ(join({"a", "b", "c"}, " ", 1), "b c");
  EXPECT_EQ(join({}, "; "), "");
  EXPECT_EQ(join({"", "a"}, "; "), "a");
}

TEST(Trim, WhiteSpaceAtBothEnds) {
  EXPECT_EQ(trim("  a b \t\n"), "a b");
  EXPECT_EQ(trim("   "), "");
  EXPECT_EQ(trim("x"), "x");
}

TEST(RoundTo, Decimals) {
  EXPECT_DOUBLE_EQ(round_to(1.23456, 2), 1.23);
  EXPECT_DOUBLE_EQ(round_to(0.8766, 3), 0.877);
  EXPECT_DOUBLE_EQ(round_to(-2.5, 0), -3.0);
  EXPECT_DOUBLE_EQ(round_to(12.25, 1), 12.3);
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

TEST(Utf8Prefix, NeverEndsInsideACharacter) {
  const std::string cyrillic = "ab\xd0\xbf\xd1\x80";  // "abпр"
  EXPECT_EQ(utf8_prefix(cyrillic, 3), "ab");            // would cut п in half
  EXPECT_EQ(utf8_prefix(cyrillic, 4), "ab\xd0\xbf");
  EXPECT_EQ(utf8_prefix(cyrillic, 5), "ab\xd0\xbf");
  EXPECT_EQ(utf8_prefix(cyrillic, 99), cyrillic);
  EXPECT_EQ(utf8_prefix("\xe2\x84\x96", 2), "");       // № is three bytes
}

TEST(JsonText, BytesThatAreNotUtf8AreReplacedAndReported) {
  bool replaced = true;
  EXPECT_EQ(json_text(nlohmann::json("ab\xd0\xbf"), -1, &replaced), "\"ab\xd0\xbf\"");
  EXPECT_FALSE(replaced);
  EXPECT_EQ(json_text(nlohmann::json("ab\xd0"), -1, &replaced), "\"ab\xef\xbf\xbd\"");
  EXPECT_TRUE(replaced);
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

TEST(ValidUtf8, TellsFileNamesJsonCanHoldFromOthers) {
  for (const char* ok : {"", "diploma.pdf", "caf\xc3\xa9.pdf", "\xd0\xa1\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xba\xd0\xb0.pdf",
                         "\xe2\x82\xac", "\xf0\x9f\x93\x84"})
    EXPECT_TRUE(is_valid_utf8(ok)) << ok;
  for (const char* bad : {"caf\xe9.pdf", "\x80", "\xc3", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xff"})
    EXPECT_FALSE(is_valid_utf8(bad)) << bad;
}

}  // namespace
}  // namespace cc
