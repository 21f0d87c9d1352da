// Names at first sight (issue 16): the customs and prints name_order.cpp and identity.cpp read
// without a generator's design: surname, given name, patronymic; a bilingual print of the same name
// twice; a comma that ends the name before the next field's label; the French "M. SURNAME Given";
// a form's surname and given-name fields on one line; a diploma's holder on a line of their own.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/identity.h"
#include "extractors/name_order.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(NamesAtFirstSight, SurnameGivenPatronymicIsTurnedAround) {
  EXPECT_EQ(natural_name("Shevchuk Svetlana Sergeevna"), "Svetlana Sergeevna Shevchuk");
  EXPECT_EQ(natural_name("ABYLAI ASEL MURATOVNA"), "Asel Muratovna Abylai");
  EXPECT_EQ(natural_name("Tokhtar Gulnara Yerlanovna"), "Gulnara Yerlanovna Tokhtar");
  EXPECT_EQ(natural_name("Akhmetzhan Yerlan Muratovich"), "Yerlan Muratovich Akhmetzhan");
  // already in natural order: the patronymic is not last
  EXPECT_EQ(natural_name("Svetlana Sergeevna Shevchuk"), "Svetlana Sergeevna Shevchuk");
  EXPECT_EQ(natural_name("Ivan Petrovich"), "Ivan Petrovich");  // two words: no surname to move
}

TEST(NamesAtFirstSight, ANamePrintedTwiceInTwoLanguagesIsOneName) {
  EXPECT_EQ(natural_name("YUSUPOVA KAMOLA YUSUPOVA KAMOLA"), "Kamola Yusupova");
  EXPECT_EQ(natural_name("Phan Thị Kim Linh Bà Phan Thị"), natural_name("Phan Thị Kim Linh"));  // second print cut short
  EXPECT_EQ(natural_name("Ms. Trần Thị Vy Bà Trần Thị Vy"), "Vy Thị Trần");
  EXPECT_EQ(natural_name("Anna Maria Anna Maria"), "Anna Maria");
  EXPECT_EQ(natural_name("Maria Anna Maria"), "Maria Anna Maria");  // not a repetition
}

TEST(NamesAtFirstSight, AHyphenatedPairOfSyllablesIsTheGivenName) {
  EXPECT_EQ(natural_name("CHOU YA-WEN"), "Ya-Wen Chou");
  EXPECT_EQ(natural_name("Kim Min-jun"), "Min-jun Kim");
  EXPECT_EQ(natural_name("Ya-Wen Chou"), "Ya-Wen Chou");
  EXPECT_EQ(natural_name("Anna Smith-Jones"), "Anna Smith-Jones");  // a double-barrelled surname stays
}

TEST(NamesAtFirstSight, ASlavicSurnameEndingPrintedFirst) {
  EXPECT_EQ(natural_name("Jo'rayeva Sevara"), "Sevara Jo'rayeva");
  EXPECT_EQ(natural_name("Kamola Yusupova"), "Kamola Yusupova");
  EXPECT_EQ(natural_name("Lev Ivanov"), "Lev Ivanov");
}

TEST(NamesAtFirstSight, ACommaBeforeTheNextFieldsLabelEndsTheName) {
  EXPECT_EQ(natural_name("LUCIANA BELÉN LEDESMA, CUIL N°"), "Luciana Belén Ledesma");
  EXPECT_EQ(natural_name("LEDESMA, LUCIANA BELÉN"), "Luciana Belén Ledesma");
}

TEST(NamesAtFirstSight, FrenchMonsieurBeforeASurnameOfTwoWordsInCapitals) {
  EXPECT_EQ(natural_name("M. AIT OUHMANE Youssef"), "Youssef Ait Ouhmane");
}

TEST(NamesAtFirstSight, SurnameAndGivenNameFieldsOnOneLine) {
  const auto c = test::classify({test::make_document(
      "diploma.pdf", {{"#ROYAUME DU MAROC", "UNIVERSITÉ IBN TOFAIL", "DIPLÔME DE LICENCE FONDAMENTALE",
                       "Nom : AIT OUHMANE Prénom : Youssef", "Filière : Sciences de la Vie",
                       "Le diplôme de Licence Fondamentale en Sciences de la Vie est délivré à l'intéressé.",
                       "Fait à Kénitra, le 27 juillet 2022"}})});
  const auto diplomas = segments_of_type(c.result.segments, "diploma");
  ASSERT_EQ(diplomas.size(), 1u);
  const auto name = find_name(diplomas.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Youssef Ait Ouhmane");
}

TEST(NamesAtFirstSight, ADiplomasHolderOnALineOfTheirOwn) {
  const auto c = test::classify({test::make_document(
      "diploma.pdf", {{"REPÚBLICA DEL ECUADOR", "#UNIVERSIDAD TÉCNICA DE LOS VOLCANES", "Riobamba - Ecuador",
                       "En nombre de la República y por autoridad de la Ley, y en atención a que ha",
                       "cumplido con todos los requisitos académicos y legales establecidos,", "confiere el título de",
                       "#LICENCIADA EN LABORATORIO CLÍNICO", "a", "#PAOLA FERNANDA QUISHPE TOAPANTA",
                       "Cédula de ciudadanía N.° 559991376", "Riobamba, 18 de septiembre de 2025",
                       "Dra. Patricia Salvador Recalde   Lcda. Mónica Vaca Endara", "RECTOR   SECRETARIO GENERAL"}})});
  const auto diplomas = segments_of_type(c.result.segments, "diploma");
  ASSERT_EQ(diplomas.size(), 1u);
  const auto name = find_name(diplomas.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Paola Fernanda Quishpe Toapanta");
}

}  // namespace
}  // namespace cc
