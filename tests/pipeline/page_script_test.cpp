// Which pages the English model read are Cyrillic, so read again with the Cyrillic-script model.
#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/reader/page_script.h"

namespace cc {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// A Serbian record of exams as the English model read it (round 10 scan).
TEST(PageScript, CyrillicRecordReadByTheEnglishModel) {
  EXPECT_EQ(page_script_model(words_of(
                "Crygent Huxkona Koctuh, ume oa Henag, pohex 03.09.1994. roqune, 6poj uHAeKca 210/2012 "
                "1 MJI91001 Anatomnja 1 7 10 (gecer) 04.06.2013 jYHCKH 3 MJI1003 Onuura 4 HeopraHcka xemuja "
                "5 MJ121005 Meguuyitcka craTuctTHka 4 HHOpMaTHka 24.01.2013 jaHyapcKn 8 MJ11008 OpraHcxa xemnja "
                "10 MJ11010 Ocnosu nabopatopuijcke TexHuke u Ge36eqHOCT y 06.02.2014 de6pyapcku")),
            "eng+Cyrillic");
}

// An English transcript with names and codes in capitals: no capital follows a small letter.
TEST(PageScript, LatinTranscriptStaysWithTheEnglishModel) {
  EXPECT_EQ(page_script_model(words_of(
                "UNIVERSITY OF NAIROBI Academic Transcript Name: Mary McDonald Wanjiru Registration BMLS/2015 "
                "MLS101 Human Anatomy 3 A- MLS102 Medical Physics 2 B+ MLS103 General Chemistry 3 B "
                "MLS104 Cell Biology and Genetics 3 A MLS105 Biostatistics 2 B- Clinical Chemistry Haematology")),
            "");
}

// Too few counted words to tell: a short caption or a stamp.
TEST(PageScript, TooFewWordsToTell) {
  EXPECT_EQ(page_script_model(words_of("HeopraHcka xemuja jYHCKH")), "");
}

// The mixed reading's Latin O in a Cyrillic code, Latin twins in a Cyrillic title.
TEST(CyrillicTwins, LatinLettersOfTheSameShapeInACyrillicWord) {
  EXPECT_EQ(cyrillic_twins_in_cyrillic_word("\u041C\u041B\u04141O01"), "\u041C\u041B\u04141\u041E01");
  EXPECT_EQ(cyrillic_twins_in_cyrillic_word("Op\u0433\u0430\u043D\u0441\u043A\u0430"),
            "\u041E\u0440\u0433\u0430\u043D\u0441\u043A\u0430");
}

TEST(CyrillicTwins, LatinWordsAndMixedWordsStay) {
  EXPECT_EQ(cyrillic_twins_in_cyrillic_word("MLT101"), "MLT101");
  EXPECT_EQ(cyrillic_twins_in_cyrillic_word("Biology"), "Biology");
  // A Latin letter with no Cyrillic twin (l, g): not a Cyrillic word read with twins.
  EXPECT_EQ(cyrillic_twins_in_cyrillic_word("\u0411\u0438ology"), "\u0411\u0438ology");
  // One Cyrillic letter is too little to tell.
  EXPECT_EQ(cyrillic_twins_in_cyrillic_word("\u0411OA"), "\u0411OA");
}

// Roman numerals of a Bulgarian record as the mixed reading gave them (round 12 scan): "П семестър",
// "Ш семестър", "Хематология І част", "УІ семестър".
TEST(CyrillicRomanNumerals, NumeralsReadAsCyrillicLettersOfTheirShape) {
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u041F"), "II");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u0428"), "III");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u0406"), "I");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u0423\u0406"), "VI");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u0406\u0423"), "IV");
  // A lone "У" is a preposition ("Универзитет у Смедереву" in capitals), not V; in brackets it is V.
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u0423"), "\u0423");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("(\u0423)"), "(V)");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("(\u0425\u0406)."), "(XI).");
}

TEST(CyrillicRomanNumerals, WordsAndNonNumeralsStay) {
  // "ПУХ" reads IIVX, no numeral; a Cyrillic word with other letters; Latin numerals as they are.
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u041F\u0423\u0425"), "\u041F\u0423\u0425");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u0427\u0430\u0441\u0442"), "\u0427\u0430\u0441\u0442");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("II"), "II");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("Biology"), "Biology");
  EXPECT_EQ(roman_numeral_read_as_cyrillic("\u041F\u0428"), "\u041F\u0428");
}

}  // namespace
}  // namespace cc
