// Diplomas of kinds no generated round has had: a conferral dated by "the decision of the State
// Examination Commission dated ...", a "Date of University Council approval", a session ("Session:
// Juin 2019", "in the academic year 2018-2019", a semester of an academic year), and titles in
// French ("Licence en ..."), Spanish ("Licenciado en ..."), Vietnamese ("Cử nhân"), Russian ("бакалавр").
#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(WorldDiplomas, StateExaminationCommissionDecisionDate) {
  const auto d = test::degree_of({"#Kazakh National Medical University", "DIPLOMA", "of Bachelor",
                                  "This is to certify that Aigerim Nurlanovna Bekova",
                                  "has completed the educational programme Medical Laboratory Science",
                                  "By the decision of the State Examination Commission dated 24 June 2019",
                                  "she is awarded the degree of Bachelor of Healthcare"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2019-06-24");
}

TEST(WorldDiplomas, UniversityCouncilApprovalDate) {
  const auto d = test::degree_of({"#Eastern Desert University of Science and Technology", "BACHELOR'S DEGREE CERTIFICATE",
                                  "The Council of the University has conferred upon Rana Haddad",
                                  "the degree of Bachelor of Science in Medical Laboratory Sciences",
                                  "Date of University Council approval: 12/07/2020"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2020-07-12");
}

TEST(WorldDiplomas, ConferralGivenOnlyAsASession) {
  const auto semester = test::degree_of({"#Eastern Desert University of Science and Technology",
                                         "The Council of the University has conferred the degree of",
                                         "Bachelor of Science in Medical Laboratory Sciences upon Ms. Tasneem Al-Shami",
                                         "in the second semester of the academic year 2020/2021."});
  ASSERT_TRUE(semester);
  EXPECT_EQ(semester->conferred, "2021-06-30");
  // The day is not printed: the session's end, less sure than a printed date.
  EXPECT_LE(semester->confidence, 0.85);
  const auto month = test::degree_of({"#Université Cheikh Anta Diop de Dakar", "DIPLÔME DE LICENCE",
                                      "Le Recteur confère à Madame Awa Diop le diplôme de",
                                      "Licence en Biologie Médicale", "Session : Juin 2019"});
  ASSERT_TRUE(month);
  EXPECT_EQ(month->conferred, "2019-06-30");
  const auto year = test::degree_of({"#Université de Yaoundé I", "DIPLÔME DE LICENCE",
                                     "Le Recteur confère à Monsieur Thierry Fotso le diplôme de Licence en Biochimie",
                                     "au titre de l'année académique 2018-2019."});
  ASSERT_TRUE(year);
  EXPECT_EQ(year->conferred, "2019-06-30");
}

TEST(WorldDiplomas, TitlesInFrenchAndSpanish) {
  const auto fr = test::degree_of({"#Université Cheikh Anta Diop de Dakar", "DIPLÔME DE LICENCE",
                                   "Le Recteur confère à Madame Awa Diop le diplôme de",
                                   "Licence en Biologie Médicale", "Fait à Dakar, le 15 juillet 2019"});
  ASSERT_TRUE(fr);
  EXPECT_EQ(fr->level, "bachelor");
  EXPECT_EQ(fr->conferred, "2019-07-15");
  const auto es = test::degree_of({"#Universidad Central de Venezuela", "REPÚBLICA BOLIVARIANA DE VENEZUELA",
                                   "confiere a María Pérez el título de", "LICENCIADA EN BIOANÁLISIS",
                                   "En Caracas, a los 15 días del mes de julio de 2018"});
  ASSERT_TRUE(es);
  EXPECT_EQ(es->level, "bachelor");
  EXPECT_EQ(es->conferred, "2018-07-15");
  EXPECT_EQ(es->country, "VE");
  // Vietnamese and Russian first degrees.
  EXPECT_EQ(level_of_title(degree_title_in("BẰNG CỬ NHÂN / Cử nhân Kỹ thuật Xét nghiệm Y học")), "bachelor");
  EXPECT_EQ(level_of_title("бакалавр медико-профилактического дела"), "bachelor");
  EXPECT_EQ(level_of_title(degree_title_in("Licence en Biologie Médicale")), "bachelor");
}

TEST(WorldDiplomas, ProgrammeLengthInSemesters) {
  EXPECT_EQ(stated_program_years("el programa de Bacteriología (metodología presencial, 10 semestres)"), 5);
  EXPECT_EQ(stated_program_years("a programme of 8 semesters"), 4);
  EXPECT_EQ(stated_program_years("Créditos del semestre: 17"), 0);
}

// The level word before "Degree" ("Associate Degree in ...", "Bachelor's Degree of ..."), the English
// order of many community colleges and universities: a title, read at its level.
TEST(WorldDiplomas, LevelWordThenDegree) {
  EXPECT_EQ(degree_title_in("Associate Degree in Applied Science (Clinical Chemistry) with Distinction"),
            "Associate Degree in Applied Science (Clinical Chemistry)");
  EXPECT_EQ(level_of_title(degree_title_in("Bachelor's Degree in Microbiology")), "bachelor");
  EXPECT_EQ(level_of_title(degree_title_in("Associate Degree in Natural Sciences")), "associate");
  const auto d = test::degree_of({"#Harbour View Community College", "This is to certify that", "Ana Lima",
                                  "has completed the requirements for the", "Associate Degree in Medical Laboratory Technology",
                                  "with Merit", "June 2021"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "associate");
  EXPECT_EQ(d->field, "medical_technology");
}

// A title awarded in a sentence ("... is awarded the title Bachelor of ...", Dutch "verleent de graad
// Bachelor of Science"), and a generic title whose programme (Dutch "opleiding") names the field.
TEST(WorldDiplomas, TitleAwardedInASentence) {
  const auto en = test::degree_of({"#State University of the North", "DIPLOMA", "Jon Berisha",
                                   "has completed the undergraduate studies (180 ECTS) and is awarded the title Bachelor of",
                                   "Medical Sciences in Laboratory Diagnostics", "Tirana, 12.07.2019"});
  ASSERT_TRUE(en);
  EXPECT_EQ(en->level, "bachelor");
  const auto nl = test::degree_of({"#Hogeschool Noord", "GETUIGSCHRIFT",
                                   "De examencommissie van de opleiding Medisch Laboratoriumonderzoek verklaart dat",
                                   "Els Smit het afsluitend examen met goed gevolg heeft afgelegd, en verleent de graad",
                                   "Bachelor of Science.", "Groningen, 5 juli 2020"});
  ASSERT_TRUE(nl);
  EXPECT_EQ(nl->level, "bachelor");
  EXPECT_EQ(nl->field, "medical_laboratory_science");
}

// The first level of a Slovene or Croatian study programme ("študijskem programu prve stopnje",
// "prvog stupnja") is the first cycle: a bachelor's, its field the programme's.
TEST(WorldDiplomas, AProgrammeOfTheFirstLevelIsABachelors) {
  const auto d = test::degree_of({"#UNIVERZA V MARIBORU", "DIPLOMA", "Univerza v Mariboru podeljuje diplomo", "Maja Kranjc",
                                  "rojeni 4. 5. 1997 v Celju, ker je na Fakulteti za zdravstvene vede po",
                                  "univerzitetnem študijskem programu prve stopnje Laboratorijska biomedicina opravila",
                                  "vse obveznosti in si pridobila strokovni naslov",
                                  "diplomirana inženirka laboratorijske biomedicine (UN)", "Maribor, 30. 9. 2019"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_laboratory_science");
}

}  // namespace
}  // namespace cc
