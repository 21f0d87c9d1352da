// Which models read a page again, in which order, and the figures the first reading keeps.
#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/reader/second_reading.h"

namespace cc {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

OcrWord word(std::string text, int left, float confidence, int right = -1) {
  return {std::move(text), left, 100, right < 0 ? left + 40 : right, 130, confidence, 1};
}

// A Bulgarian record as the English model reads it: its garbage holds "no", "e", "Ha", "na",
// enough Portuguese function words to pass for Portuguese; its script is tried first.
TEST(SecondReading, CyrillicGarbageIsReadInItsScriptBeforeItsLatinFunctionWords) {
  const auto models = second_models(words_of(
      "MEJAMIIMHCKM VHWHBEPCHTET Dopma Ha oÓyueHHe penosHa DakyyrrereH Tonmma Ha nocrbaBaHe "
      "AHarToM1HA H PH3HONOTHA Ha 40Beka Oómau HeopraHHuHa XHMHg MenuuHHcka 6Honorua JarHHckH e3uk "
      "na e do da no e da em OrnnueH MHoro n106bp"));
  ASSERT_EQ(models.size(), 2u);
  EXPECT_EQ(models[0].model, "eng+Cyrillic");
  EXPECT_TRUE(models[0].by_script);
  EXPECT_EQ(models[1].model, "por");
  EXPECT_FALSE(models[1].by_script);
}

TEST(SecondReading, LatinPageIsReadInItsLanguageOnly) {
  const auto models = second_models(words_of(
      "El Secretario General de la Facultad certifica que la señorita ha cursado y aprobado en esta "
      "Facultad las asignaturas del plan con las calificaciones"));
  ASSERT_EQ(models.size(), 1u);
  EXPECT_EQ(models[0].model, "spa");
}

// The French model read a coefficient "1" as "Î" and "15" as "I5": the English reading's numbers
// come back; a word that is a number in both, or longer text, is left.
TEST(SecondReading, NumbersOfTheFirstReadingReplaceLettersReadOnTheSameInk) {
  const std::vector<OcrWord> first = {word("1", 100, 0.90f), word("15", 200, 0.88f), word("12,50", 300, 0.95f),
                                      word("4", 400, 0.90f)};
  std::vector<OcrWord> second = {word("Î", 102, 0.60f, 138), word("I5", 200, 0.70f), word("12,50", 300, 0.96f),
                                 word("Biologie", 400, 0.85f, 440)};
  EXPECT_EQ(keep_first_reading_figures(first, second), 2);
  EXPECT_EQ(second[0].text, "1");
  EXPECT_EQ(second[1].text, "15");
  EXPECT_EQ(second[2].text, "12,50");
  EXPECT_EQ(second[3].text, "Biologie");
}

// A letter grade the second model reads surely stays, though the English model read a figure there
// less surely; so does a letter on other ink.
TEST(SecondReading, SurerLettersAndLettersElsewhereStay) {
  const std::vector<OcrWord> first = {word("8", 100, 0.60f), word("5", 200, 0.90f)};
  std::vector<OcrWord> second = {word("B", 100, 0.92f), word("S", 300, 0.50f)};
  EXPECT_EQ(keep_first_reading_figures(first, second), 0);
  EXPECT_EQ(second[0].text, "B");
  EXPECT_EQ(second[1].text, "S");
}

// An Albanian record and a Croatian one as the English model reads them (rounds 13-14 scans): no
// installed language's function words claim them, and their "ë", "č", "ć", "š" come out as "é",
// "¢", "$". They are read with the Latin-script model.
TEST(SecondReading, LettersTheEnglishModelLacksAreReadWithTheLatinScriptModel) {
  const auto albanian = second_models(words_of(
      "VITI I PARE (2022-2023) Nr. Lénda Kredite Nota Nota me fjalé Data e provimit 1 Anatomi 90 6 9 Néntë "
      "2 Kimi e pérgjithshme 90 6 8 Teté 4 Fizikë mjekésore 60 4 7 Shtaté 5 Gjuhé e huaj (anglisht) I 60 4 9 "
      "6 Hyrje né teknikat laboratorike 60 4 7 Shtaté 7 Fiziologji 90 6 7 Shtaté 8 Biokimi 90 6 8 Teté"));
  ASSERT_EQ(albanian.size(), 1u);
  EXPECT_EQ(albanian[0].model, "Latin");
  EXPECT_TRUE(albanian[0].by_letters);
  const auto croatian = second_models(words_of(
      "SVEUCILISTE JADRAN U RIJECI Studij: Preddiplomski sveuili$ni studij 183401 Opéa kemija 1 Z 6 vrlo dobar (4) "
      "doc. dr. sc. Katarina Grgi¢ 183402 Anatomija 1 Z 5 prof. dr. sc. Josip Vukovié 183403 Biologija stanice "
      "izv. prof. dr. sc. Maja Kovacevi¢ 183422 Klini¢ka kemija I 2 Z 6 izvrstan (5)"));
  ASSERT_EQ(croatian.size(), 1u);
  EXPECT_EQ(croatian[0].model, "Latin");
}

// An English page with a few accented names, a page of another script's garbage with a stray
// symbol or two, and money are not read again; a page its function words give a language to is
// read in that language only.
TEST(SecondReading, AccentedNamesMoneyAndStraySymbolsAreNoMissingLetters) {
  EXPECT_TRUE(second_models(words_of(
                  "This is to certify that Marie-Héléne Légaré was employed by the Centre in Montréal as a medical "
                  "laboratory technologist from 2019 to 2023 and that her salary was $4,200 a month with the "
                  "benefits of the hospital staff"))
                  .empty());
  EXPECT_TRUE(second_models(words_of("Yy4$2 Aiox¥ nmnaj 1 Histology 4 A Biochemistry 3 B Anatomy 4 A Physiology 4 B "
                                     "Microbiology 3 A Parasitology 2 B Haematology 4 A Immunology 3 B"))
                  .empty());
  const auto french = second_models(words_of(
      "Le Recteur de l'Université, vu les procés-verbaux des examens et sur proposition du Doyen de la Faculté, "
      "confére le grade de Licenciée en Technologie Médicale avec la mention Assez Bien pour en jouir avec les "
      "droits et prérogatives qui y sont attachés"));
  ASSERT_EQ(french.size(), 1u);
  EXPECT_EQ(french[0].model, "fra");
}

}  // namespace
}  // namespace cc
