// Names in the orders of other customs (name_order.h) and names found by labels and prose in
// other languages (identity.h): East Asian family name first, the surname in capitals before
// given names, Vietnamese middle names, Spanish double surnames across documents, honorifics of
// other languages, labels with a translation after a slash.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/identity.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(NameOrder, EastAsianFamilyNameFirstIsTurnedAround) {
  EXPECT_EQ(natural_name("KHOO WEI JIE"), "Wei Jie Khoo");
  EXPECT_EQ(natural_name("Li Zhiqiang"), "Zhiqiang Li");
  EXPECT_EQ(natural_name("Lee Yu-Na"), "Yu-Na Lee");
  EXPECT_EQ(natural_name("Kim Min-jun"), "Min-jun Kim");
  EXPECT_EQ(natural_name("Teh Li Wen"), "Li Wen Teh");
  EXPECT_EQ(natural_name("Ooi Wei Ting"), "Wei Ting Ooi");
}

TEST(NameOrder, NamesAlreadyInNaturalOrderStay) {
  EXPECT_EQ(natural_name("Wei Jie Khoo"), "Wei Jie Khoo");  // ends with a family name, begins with a given syllable
  EXPECT_EQ(natural_name("Li Wen Teh"), "Li Wen Teh");
  EXPECT_EQ(natural_name("Zhiqiang Li"), "Zhiqiang Li");
  EXPECT_EQ(natural_name("Lee Anderson"), "Lee Anderson");  // not East Asian given syllables
  EXPECT_EQ(natural_name("Kim Johnson"), "Kim Johnson");
  EXPECT_EQ(natural_name("KULKARNI PRIYA RAMESH"), "Kulkarni Priya Ramesh");  // no custom tells: left to other documents
}

TEST(NameOrder, VietnameseGivenNameComesFirstMiddleNamesStay) {
  EXPECT_EQ(natural_name("Trần Văn Tuấn"), "Tuấn Văn Trần");
  EXPECT_EQ(natural_name("PHAN THỊ THU NGỌC"), "Ngọc Thị Thu Phan");
  EXPECT_EQ(natural_name("Nguyen Van An"), "An Van Nguyen");
}

TEST(NameOrder, SurnameInCapitalsBeforeGivenNamesIsTurnedAround) {
  EXPECT_EQ(natural_name("NDJOCK Mireille Michelle"), "Mireille Michelle Ndjock");
  EXPECT_EQ(natural_name("Mme NDJOCK Mireille Michelle"), "Mireille Michelle Ndjock");
  EXPECT_EQ(natural_name("M. AYUK Landry Roland"), "Landry Roland Ayuk");
  EXPECT_EQ(natural_name("CONSTANTINESCU Raluca"), "Raluca Constantinescu");
  EXPECT_EQ(natural_name("Mireille Michelle NDJOCK"), "Mireille Michelle Ndjock");
  EXPECT_EQ(natural_name("M. Santos Cruz"), "M. Santos Cruz");  // an initial, not Monsieur
}

TEST(NameOrder, HonorificsOfOtherLanguages) {
  EXPECT_EQ(strip_honorific("Pani Joanna Ewa Mazur"), "Joanna Ewa Mazur");
  EXPECT_EQ(strip_honorific("señora Natalia Suárez Giraldo"), "Natalia Suárez Giraldo");
  EXPECT_EQ(strip_honorific("Doamna Raluca Constantinescu"), "Raluca Constantinescu");
}

TEST(NameOrder, ARotationTakesTheOrderOfAKnownPrint) {
  EXPECT_EQ(order_like("García Martínez Alejandra", "Alejandra García Martínez"), "Alejandra García Martínez");
  EXPECT_EQ(order_like("GONZÁLEZ REYES PAOLA", "Paola Gonzalez Reyes"), "PAOLA GONZÁLEZ REYES");
  EXPECT_EQ(order_like("Maria Reyes", "Ana Reyes"), "Maria Reyes");  // other words: unchanged
}

using test::classify;

NameSighting name_on(const std::string& file, const std::vector<std::string>& lines, const std::string& type) {
  const auto c = classify({test::make_document(file, {lines})});
  for (const auto& s : c.result.segments)
    if (s.type == type || type.empty())
      if (auto n = find_name(s)) return *n;
  ADD_FAILURE() << "no " << type << " name in " << file;
  return {};
}

TEST(NameOrder, LabelsAndProseInOtherLanguages) {
  const std::vector<std::string> courses = {"Código Asignatura Créditos Nota", "BIO101 Biología celular 4 4.5",
                                            "QUI102 Química general 4 4.0", "MAT103 Matemáticas 3 3.8",
                                            "MIC201 Microbiología 4 4.2", "HEM202 Hematología 4 4.6"};
  std::vector<std::string> tor = {"#UNIVERSIDAD DEL VALLE", "CERTIFICADO DE NOTAS",
                                  "Estudiante: SUÁREZ GIRALDO, NATALIA - Código: 2019197783"};
  tor.insert(tor.end(), courses.begin(), courses.end());
  EXPECT_EQ(name_on("tor.pdf", tor, "transcript").natural, "Natalia Suárez Giraldo");

  std::vector<std::string> releve = {"#UNIVERSITÉ DE BUEA", "RELEVÉ DE NOTES / TRANSCRIPT",
                                     "Noms et prénoms / Surname and given names: FOTSO Thierry Roland"};
  releve.insert(releve.end(), courses.begin(), courses.end());
  EXPECT_EQ(name_on("releve.pdf", releve, "transcript").natural, "Thierry Roland Fotso");

  const auto letter = name_on("coe.pdf",
                              {"#HOSPITAL GENERAL REGIONAL", "CONSTANCIA DE TRABAJO", "A QUIEN CORRESPONDA:",
                               "Por medio de la presente se hace constar que la C. Q.F.B. PAOLA GONZÁLEZ REYES labora en esta",
                               "institución como Químico de Laboratorio desde el 16 de agosto de 2018 a la fecha.",
                               "Employment certificate: employed in the clinical laboratory."},
                              "");  // whatever the page is classified as
  EXPECT_EQ(letter.natural, "Paola González Reyes");

  const auto service = name_on("coe.pdf",
                               {"#LANNA MEDICAL CENTRE", "SERVICE CERTIFICATE",
                                "This is to certify that the following person is / was in the service of this organisation:",
                                "Name : Miss Nattaya Kaewmanee Employee No. : TH68038",
                                "Position : Medical Technologist", "Period of employment : 1 June 2019 to present"},
                               "employment_letter");
  EXPECT_EQ(service.natural, "Nattaya Kaewmanee");

  const auto sentence = name_on("coe.pdf",
                                {"#CAIRO SPECIALIZED HOSPITAL", "CERTIFICATE OF EMPLOYMENT", "TO WHOM IT MAY CONCERN",
                                 "This is to certify that Ms. Salma Ashraf El-Naggar. Egyptian nationality, has worked",
                                 "as Laboratory Specialist from 1 March 2019 to 30 June 2023."},
                                "");
  EXPECT_EQ(sentence.natural, "Salma Ashraf El-Naggar");
}

}  // namespace
}  // namespace cc
