// Degree titles in their own language (issue 16, helper m4): the field and level a title names in
// the words of more languages, kept as data (extractors/data/document_words.tsv, classes field_*
// and level_*), and the places of more countries in the gazetteer (data/gazetteer.tsv). Each word
// is the word for that thing in its language, never one design's phrase; each test holds titles of
// several languages, and the English built-in patterns still decide first.
#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "extractors/document_words.h"
#include "extractors/text_utils.h"

namespace cc {
namespace {

TEST(DegreeTitleWords, FieldOfTheMedicalLaboratoryProfessionInMoreLanguages) {
  // The biomedical laboratory scientist named "bioanalyst" (Nordic and Baltic) or "bioingeniør".
  EXPECT_EQ(field_of_title("Professionsbachelor i bioanalytisk diagnostik"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Rakenduskõrghariduse diplom, õppekava Bioanalüütik"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor i bioingeniørfag"), "medical_laboratory_science");
  // Laboratory (bio)medicine; the medical laboratory in Dutch, Turkish and Spanish; the laborant.
  EXPECT_EQ(field_of_title("diplomirana inženirka laboratorijske biomedicine (UN)"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Licențiat în Medicină de laborator"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor Medisch Laboratoriumonderzoek"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Tıbbi Laboratuvar Bilimleri Lisans Programı"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Licenciatura en Análisis Clínicos"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor in Medical Laboratories"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor i Shkencave Mjekësore — Laborant i Mjekësisë"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Profesionālais bakalaura grāds veselības aprūpē un biomedicīnas laboranta kvalifikācija"),
            "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Laboratoriýa işi"), "medical_laboratory_science");
  // Not a laboratory profession: bioengineering in English, a laboratory word inside a longer
  // title of another field, a science named first.
  EXPECT_EQ(field_of_title("Bachelor of Science in Bioengineering"), "other");
  EXPECT_EQ(field_of_title("Bachelor of Science in Chemistry and Laboratory Management"), "chemistry");
  // The built-in English patterns decide first: Medical Laboratory Technology stays medical_technology.
  EXPECT_EQ(field_of_title("Bachelor of Science in Medical Laboratory Technology"), "medical_technology");
}

TEST(DegreeTitleWords, NursingAndBiologyInMoreLanguages) {
  EXPECT_EQ(field_of_title("Bachelor primijenjene zdravstvene njege"), "nursing");
  EXPECT_EQ(field_of_title("Visokošolski strokovni program Zdravstvena nega"), "nursing");
  EXPECT_EQ(field_of_title("diplomirana medicinska sestra (VS)"), "nursing");
  EXPECT_EQ(field_of_title("Profesionālais bakalaura grāds veselības aprūpē un māsas kvalifikācija"), "nursing");
  EXPECT_EQ(field_of_title("Loodusteaduste bakalaureus (bioloogia)"), "biology");
  // Two sciences: the first printed is the major, whichever list names it.
  EXPECT_EQ(field_of_title("Bachelor in bioloog en chemie"), "biology");
  EXPECT_EQ(field_of_title("Chemistry and Bioloogia"), "chemistry");
}

TEST(DegreeTitleWords, LevelNamedInsideTheTitle) {
  EXPECT_EQ(level_of_title("Professionsbachelor i bioanalytisk diagnostik"), "bachelor");
  EXPECT_EQ(level_of_title("Loodusteaduste bakalaureus (bioloogia)"), "bachelor");
  EXPECT_EQ(level_of_title("Medicine kandidatexamen med huvudområdet biomedicinsk laboratorievetenskap"), "bachelor");
  EXPECT_EQ(level_of_title("Rakenduskõrghariduse diplom, õppekava Bioanalüütik"), "bachelor");
  EXPECT_EQ(level_of_title("diplomirani inženir laboratorijske biomedicine (UN)"), "bachelor");
  EXPECT_EQ(level_of_title("Дипломиран биолог"), "bachelor");
  EXPECT_EQ(level_of_title("Diplôme de Technicien Supérieur en Analyses Biomédicales"), "diploma");
  EXPECT_EQ(level_of_title("Technicien·ne en analyses biomédicales diplômé·e ES"), "diploma");
  EXPECT_EQ(level_of_title("Infirmier·ère diplômé·e ES"), "diploma");
  // A master's word anywhere: not decided by the inner words; a level word at the start wins.
  EXPECT_EQ(level_of_title("Magistri kraad (bakalaureuse järel)"), "");
  EXPECT_EQ(level_of_title("Master of Science (after the Professionsbachelor)"), "master");
}

TEST(DegreeTitleWords, WhereTheTitleStarts) {
  // The associate's degree named with the word degree. "Bachelor degree in" alone on a line is read
  // too, as the last way tried (m5, WorldDiplomas.LevelWordThenDegree: where no "Bachelor of ..." is
  // printed; the merge of m4 and m5 keeps m5's reading, at the cost of five round 8 titles' wording).
  EXPECT_EQ(degree_title_in("Associate Degree in Natural Sciences (Biology)"), "Associate Degree in Natural Sciences (Biology)");
  EXPECT_EQ(degree_title_in("Bachelor degree in Biology"), "Bachelor degree in Biology");
  // The Nordic and Albanian "i", and a bachelor's in a compound, read as native titles.
  EXPECT_EQ(degree_title_in("Bachelor i bioingeniørfag"), "Bachelor i bioingeniørfag");
  EXPECT_EQ(level_of_title(degree_title_in("Professionsbachelor i bioanalytisk diagnostik")), "bachelor");
}

TEST(DegreeTitleWords, TheWordsAreData) {
  for (const char* c : {"field_mls", "field_nursing", "field_biology", "level_bachelor", "level_diploma"})
    EXPECT_FALSE(document_words(c).empty()) << c;
}

TEST(DegreeTitleWords, PlacesOfMoreCountries) {
  EXPECT_EQ(country_from_text("Universität Salzachtal\nSalzburg, am 23. Juni 2018"), "AT");
  EXPECT_EQ(country_from_text("Route de Frontenex 12, 1207 Genève"), "CH");
  EXPECT_EQ(country_from_text("Republika e Kosovës – Republic of Kosovo"), "XK");
  EXPECT_EQ(country_from_text("Prishtinë, 24.10.2018"), "XK");
  EXPECT_EQ(country_from_text("Crna Gora\nUNIVERZITET SJEVER"), "ME");
  EXPECT_EQ(country_from_text("Puşkin köçesi 21, Türkmenabat"), "TM");
  EXPECT_EQ(country_from_text("Degnevej 16, 6705 Esbjerg Ø"), "DK");
  EXPECT_EQ(country_from_text("Postboks 1490, 8049 Bodø"), "NO");
  EXPECT_EQ(country_from_text("Emajõe Tervishoiu Kõrgkool, Viljandi"), "EE");
  EXPECT_EQ(country_from_text("Rua Larga, 3004-516 Coimbra"), "PT");
  // A name also a person's or a word of another language is left out: no country.
  EXPECT_EQ(country_from_text("Mary Johnson, Bar Council"), "");
}

}  // namespace
}  // namespace cc
