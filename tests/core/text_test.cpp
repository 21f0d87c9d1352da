// core/text.h: one folding of Latin letters for every floor (names in Latin Extended among them),
// join, trim, round_to.
#include <gtest/gtest.h>

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
