// Diplomas and transcripts at first sight (issue 16): the examining board's decision is the
// conferral and the signing ("Fait à ..., le") the issue; a title in another language goes on
// after a comma; a title ends before a date or "by University Order"; the degree's name
// ("Licenciatura en") over the graduate's title ("Licenciada en") when both are printed; a
// diploma's month alone gives way to the transcript's day of that month; countries from the
// gazetteer's added data.
#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "extractors/gazetteer.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(DiplomasAtFirstSight, TheJurysDeliberationIsTheConferralNotTheSigning) {
  const auto d = test::degree_of({"N° 2018/7088", "#UNIVERSITÉ SAINT-ÉLIE DU KESROUAN", "Faculté des Sciences",
                                  "DIPLÔME DE LICENCE", "Vu la délibération du jury en date du 9 juillet 2018 ;",
                                  "confère le diplôme de Licence en Sciences de Laboratoire Médical",
                                  "à Mlle Joëlle Antoine NASSAR,", "née le 16 mai 1997 à Byblos,",
                                  "Fait à Jounieh, le 5 octobre 2018"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2018-07-09");
  EXPECT_EQ(d->country, "LB");
}

// The day it was issued is a second date of the award, kept for the checks of a window
// (validators: a window starting between the two is for a reviewer).
TEST(DiplomasAtFirstSight, TheDayOfIssueIsKeptAsASecondDateOfTheAward) {
  const auto d = test::degree_of({"#UNIVERSITÉ DU GOLFE", "DIPLÔME DE LICENCE",
                                  "Vu le procès-verbal du jury de délibération en date du 18 juillet 2021 ;",
                                  "confère le grade de Licence - Mention : Sciences Biologiques", "à Mme AGBO Afi,",
                                  "née le 9 décembre 2001 à Aného", "Délivré à Lomé, le 16 novembre 2021"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2021-07-18");
  EXPECT_EQ(d->conferred_other, "2021-11-16");
  // "délivre à ... née le": the holder's birth is no date of the award.
  const auto born = test::degree_of({"#UNIVERSITÉ DE SOUSSE", "DIPLÔME DE LICENCE", "Le Président de l'Université délivre à Mme",
                                     "AMIRA BEN SALAH", "née le 09/10/2001 à Sousse,",
                                     "le diplôme de Licence Appliquée en Biologie Analyses Médicales",
                                     "Fait à Sousse, le 09 Juillet 2022"});
  ASSERT_TRUE(born);
  EXPECT_NE(born->conferred_other, std::optional<std::string>("2001-10-09"));
  // One date only: nothing second.
  const auto once = test::degree_of({"#UNIVERSITÉ DU GOLFE", "DIPLÔME DE LICENCE",
                                     "confère le grade de Licence - Mention : Sciences Biologiques", "à Mme AGBO Afi,",
                                     "Délivré à Lomé, le 16 novembre 2021"});
  ASSERT_TRUE(once);
  EXPECT_FALSE(once->conferred_other);
}

TEST(DiplomasAtFirstSight, ATitleInAnotherLanguageGoesOnAfterAComma) {
  const auto d = test::degree_of({"REPÚBLICA DE CUBA", "#UNIVERSIDAD DE CIENCIAS MÉDICAS DEL LITORAL HABANERO",
                                  "El Rector de la Universidad, por cuanto:", "DAYLÍN CABRERA ÁVILA",
                                  "ha cumplido los requisitos establecidos en el plan de estudios, por tanto le expide el presente",
                                  "TÍTULO", "de", "LICENCIADA EN TECNOLOGÍA DE LA SALUD", "perfil Laboratorio Clínico",
                                  "con todos los derechos y prerrogativas que las leyes y reglamentos vigentes le conceden.",
                                  "Dado y expedido en La Habana, a los 19 días del mes de julio de 2018.",
                                  "Tomo 1 Folio 268 Número 748", "Secretario General   Decano   Rector"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->title);
  EXPECT_EQ(lower_utf8(*d->title), lower_utf8("Licenciatura en Tecnología de la Salud, perfil Laboratorio Clínico"));
}

TEST(DiplomasAtFirstSight, ATitleEndsBeforeADateOrTheOrderThatGrantedIt) {
  EXPECT_EQ(degree_title_in("Degree conferred: Bachelor of Science in Medical Laboratory Science and Biotechnology, June 11, 2022 (ROC 111/06/11)"),
            "Bachelor of Science in Medical Laboratory Science and Biotechnology");
  EXPECT_EQ(degree_title_in("the degree of Bachelor of Science in Medical Laboratory Techniques by University Order No. 3/2031"),
            "Bachelor of Science in Medical Laboratory Techniques");
}

TEST(DiplomasAtFirstSight, CountriesAgenciesAlsoRecruitFrom) {
  EXPECT_EQ(country_from_text("No. 5, Fuxing St., Guishan Dist., Taoyuan City, Taiwan (R.O.C.)"), "TW");
  EXPECT_EQ(country_from_text("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"), "DZ");
  EXPECT_EQ(country_from_text("Universidad Nacional de Córdoba, República Argentina"), "AR");
  EXPECT_EQ(country_from_text("Tashkent International Institute of Health, Toshkent"), "UZ");
  for (const char* code : {"TW", "AR", "DZ", "UZ", "TN", "CL", "BO", "KG", "TJ", "SN", "CI", "MW", "AF", "YE", "PS", "KH"})
    EXPECT_NE(gazetteer_tsv().find(std::string("\n") + code + "\tcountry\t"), std::string_view::npos) << code;
}

}  // namespace
}  // namespace cc
