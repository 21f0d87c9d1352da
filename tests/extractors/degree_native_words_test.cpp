// Diplomas at first sight (issue 16): a degree named by its country's word for the first degree
// and glossed in English ("the Degree (Ptychio) in ..."), and the conferral told from the other
// dates a diploma carries by the verb of conferral beside it, not by being the latest date.
#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::degree_of;

TEST(DegreeNativeWords, ADegreeGlossedByItsCountrysWordIsABachelor) {
  const auto d = degree_of({"TRANSLATION", "#UNIVERSITY OF THE WESTERN ISLES", "School of Health Sciences",
                            "DEGREE CERTIFICATE", "#MARIA PAPADAKI",
                            "having successfully completed the programme of studies of the Department, was",
                            "awarded the Degree (Ptychio) in Biomedical Sciences - Medical Laboratories",
                            "with grade 7.10 'Very Good'", "Chania, 14/7/2024"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_laboratory_science");
}

TEST(DegreeNativeWords, LevelOfATitleNamedByTheFirstDegreesWord) {
  EXPECT_EQ(level_of_title("Laurea in Tecniche di Laboratorio Biomedico"), "bachelor");
  EXPECT_EQ(level_of_title("Degree (Ptychio) in Biomedical Sciences"), "bachelor");
  EXPECT_EQ(level_of_title("Grado en Biología"), "bachelor");
  EXPECT_EQ(level_of_title("Laurea magistrale in Biologia"), "");
}

// The degree granted on one day, the title signed months later: the date beside the verb of
// conferral is the conferral, though the signing date is later.
TEST(DegreeNativeWords, TheDateBesideTheVerbOfConferralNotTheLatest) {
  const auto d = degree_of({"#UNIVERSIDAD DEL ALTIPLANO", "TÍTULO PROFESIONAL", "POR CUANTO: la señorita", "#ANA QUISPE MAMANI",
                            "ha obtenido el Diploma Académico de Licenciada en Bioquímica",
                            "otorgado por esta Universidad en fecha 19 de mayo de 2018, habiendo cumplido los requisitos.",
                            "se le confiere el presente TÍTULO de", "#LICENCIADA EN BIOQUÍMICA",
                            "Dado y firmado en la ciudad de Oruro, el 4 de agosto de 2018."});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->conferred);
  EXPECT_EQ(*d->conferred, "2018-05-19");
}


// The verb of conferral ends its line, the date follows on the next one in the same sentence.
TEST(DegreeNativeWords, TheConferralsSentenceGoesOnOnTheNextLine) {
  const auto d = degree_of({"#UNIVERSIDAD DEL ALTIPLANO", "TÍTULO PROFESIONAL", "POR CUANTO: la señorita", "#ANA QUISPE MAMANI",
                            "ha obtenido el Diploma Académico de Licenciada en Biología otorgado",
                            "por esta Universidad en fecha 22 de mayo de 2019, habiendo cumplido los requisitos.",
                            "se le confiere el presente TÍTULO de", "#LICENCIADA EN BIOLOGÍA",
                            "Dado y firmado en la ciudad de Oruro, a los treinta y uno días del mes de julio de dos mil diecinueve."});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->conferred);
  EXPECT_EQ(*d->conferred, "2019-05-22");
}

}  // namespace
}  // namespace cc
