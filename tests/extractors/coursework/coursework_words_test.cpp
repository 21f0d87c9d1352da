// Tests of title repairs that must leave printed words alone (a number in brackets is no roman
// numeral, two forms of one word are no misreading of each other, a lower-case l before a vowel
// stays, a mark that a course is out of the GPA is no part of its title) and of categories of
// titles with accents.
#include <gtest/gtest.h>

#include "extractors/coursework/coursework_categories.h"
#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/coursework_grades.h"
#include "extractors/coursework/coursework_titles.h"

namespace cc {
namespace {

TEST(CourseworkWords, NumberInBracketsIsNoNumeral) {
  EXPECT_EQ(read_title("General Chemistry (1)").value, "General Chemistry (1)");
  EXPECT_EQ(repair_term_heading("Level 4 (Year 1) 2016/17"), "Level 4 (Year 1) 2016/17");
  EXPECT_EQ(read_title("Anatomy and Physiology Ill").value, "Anatomy and Physiology III");  // still repaired
}

TEST(CourseworkWords, InflectedFormsAreNoMisreading) {
  std::vector<std::string> titles = {"Química Clínica", "Microbiología Clínica", "Hematología Clínica",
                                     "Control de Calidad en el Laboratorio Clínico", "Inmunología Clínica"};
  harmonise_title_words(titles);
  EXPECT_EQ(titles[3], "Control de Calidad en el Laboratorio Clínico");
  std::vector<std::string> misread = {"Clinical Chemistry", "Clinical Microscopy", "Clinical Hematology", "Clinicel Practice"};
  harmonise_title_words(misread);
  EXPECT_EQ(misread[3], "Clinical Practice");  // a misread letter inside a word is still fixed
}

TEST(CourseworkWords, MarkOfACourseLeftOutOfTheGpaIsNoTitle) {
  EXPECT_EQ(read_title("English Language I (NGPA)").value, "English Language I");
  EXPECT_EQ(read_title("Information Technology (Non-GPA)").value, "Information Technology");
  EXPECT_EQ(read_title("Statistics (GPA Methods)").value, "Statistics (GPA Methods)");  // words of the title stay
}

// A title in sentence case keeps its lower-case l ("English language"); a capital I misread as l
// before a consonant is still repaired.
TEST(CourseworkWords, LowerCaseLBeforeAVowelStays) {
  EXPECT_EQ(read_title("English language").value, "English language");
  EXPECT_EQ(read_title("Clinical laboratory practice").value, "Clinical laboratory practice");
  EXPECT_EQ(read_title("Clinical lmmunology").value, "Clinical Immunology");
  EXPECT_EQ(read_title("lntroduction to Biology").value, "Introduction to Biology");
}

// Titles are matched as printed and folded to ASCII, so patterns need no accented letters.
TEST(CourseworkWords, CategoriesOfTitlesWithAccents) {
  const CourseCategorizer c({{"mls_professional", "qu[i]mica\\s+cl[i]nica"}, {"chemistry", "quimica"}, {"biology", "biolog"}});
  EXPECT_EQ(c.category_of("QUÍMICA GENERAL"), "chemistry");
  EXPECT_EQ(c.category_of("Química Clínica"), "mls_professional");
  EXPECT_EQ(c.category_of("BIOLOGÍA CELULAR"), "biology");
  EXPECT_EQ(c.category_of("Física I"), "other");
}

// OCR drops the period after an abbreviation ending a title with the specks; the transcript prints
// the same abbreviation with its period in other titles, so it is put back, on OCR'd titles only,
// and only where the word is not also printed without it.
TEST(CourseworkWords, AbbreviationPointDroppedByOcrIsPutBack) {
  std::vector<std::string> titles = {"Analytical Chem", "Organic Chem. Lab", "Gen. Chem. Lab II", "Physical Chem",
                                     "Clinical Chem", "Intro. to Med. Lab. Sci"};
  std::vector<bool> changed;
  EXPECT_EQ(restore_abbreviation_points(titles, {true, true, true, true, true, true}, &changed), 0);  // "Chem" printed 3 times
  titles = {"Analytical Chem", "Organic Chem. Lab", "Gen. Chem. Lab II", "Intro. to Med. Lab. Sci"};
  EXPECT_EQ(restore_abbreviation_points(titles, {true, true, true, true}, &changed), 1);
  EXPECT_EQ(titles[0], "Analytical Chem.");
  EXPECT_TRUE(changed[0]);
  EXPECT_EQ(titles[3], "Intro. to Med. Lab. Sci");  // "Sci." printed nowhere else
  std::vector<std::string> printed = {"Analytical Chem", "Organic Chem. Lab", "Gen. Chem. Lab II"};
  EXPECT_EQ(restore_abbreviation_points(printed, {false, false, false}), 0);  // a text layer is as printed
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

// A text layer gives the printed letters: a word printed once beside a more common one a letter
// apart (`CLÍNICO` beside many `CLÍNICA`) is another word, and only titles read by OCR are
// harmonised; a misread word of an OCR'd row still is.
TEST(CourseworkWords, TextLayerTitlesAreNotHarmonised) {
  const std::vector<std::string> printed = {"QUIMICA CLINICA", "INMUNOLOGIA CLINICA", "HEMATOLOGIA CLINICA",
                                            "ADMINISTRACION DE LABORATORIO CLINICO", "CLINICAL PRACTICE"};
  std::vector<std::string> titles = printed;
  const std::vector<bool> text_layer(titles.size(), false);
  harmonise_title_words(titles, nullptr, &text_layer);
  EXPECT_EQ(titles[3], "ADMINISTRACION DE LABORATORIO CLINICO");
  std::vector<std::string> scanned = printed;
  const std::vector<bool> ocr(titles.size(), true);
  harmonise_title_words(scanned, nullptr, &ocr);
  EXPECT_EQ(scanned[3], "ADMINISTRACION DE LABORATORIO CLINICA");
}

// A subject abbreviated with points keeps them, as printed (`QUIM. 100`, `T.MED. 455`).
TEST(CourseworkWords, AbbreviatedSubjectsKeepTheirPoints) {
  EXPECT_EQ(read_code("QUIM. 100").value, "QUIM. 100");
  EXPECT_EQ(read_code("T.MED. 455").value, "T.MED. 455");
  EXPECT_EQ(read_code("BIO 101").value, "BIO 101");
}

// A department, a slash and the course keep their letters and figures as printed (`UKL/ZLAB1`: no
// L-for-1 or B-for-8 repairs, which had read it `UKLZLA81`).
TEST(CourseworkWords, DepartmentSlashCodesAreKeptAsPrinted) {
  EXPECT_EQ(read_code("UKL/ZLAB1").value, "UKL/ZLAB1");
  EXPECT_EQ(read_code("KBI/BIOL1").value, "KBI/BIOL1");
  EXPECT_EQ(read_code("KAN/ANAT").value, "KAN/ANAT");
  EXPECT_TRUE(read_code("KAN/ANAT").valid);
}

// A module numbered within its group keeps its points (`M 2.3`, the third module of the second).
TEST(CourseworkWords, ModulesNumberedWithinTheirGroupKeepTheirPoints) {
  EXPECT_EQ(read_code("M 2.3").value, "M 2.3");
  EXPECT_EQ(read_code("MOD 1.4.2").value, "MOD 1.4.2");
  EXPECT_TRUE(read_code("M 1.1").valid);
}

// A grade's name first, then its number ("NOTABLE 7,8", "SUSPENSO 3,2"): one grade, the number.
TEST(CourseworkWords, GradeNameBeforeItsNumberIsTheNumber) {
  EXPECT_EQ(read_grade("NOTABLE 7,8", GradeStyle::other).value, "7,8");
  EXPECT_EQ(read_grade("SUSPENSO 3,2", GradeStyle::other).value, "3,2");
  EXPECT_EQ(read_grade("MATRÍCULA DE HONOR 9,5", GradeStyle::other).value, "9,5");
  EXPECT_EQ(read_grade("B+", GradeStyle::other).value, "B+");
}

}  // namespace
}  // namespace cc
