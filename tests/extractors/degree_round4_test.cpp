// Certificates and letters of countries first seen in blind round 4, written here by hand in other
// wordings than the round's designs: dates spelled out in Spanish and Portuguese legal prose, a
// Brazilian diploma whose conferral is the completion date in its text (not the date it was
// issued), a bilingual Indonesian ijazah, a Turkish diploma ("Lisans"), a diploma that prints only
// its date of issue, and a Portuguese declaration of employment.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/dates.h"
#include "extractors/degree.h"
#include "extractors/degree_foreign.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::degree_of;

std::string first_date(const std::string& text) {
  const auto found = find_dates(text, DayOrderInfo{});
  return found.empty() || !found[0].date ? "" : found[0].date->iso();
}

TEST(DegreeRound4, DatesSpelledOutInSpanishAndPortuguese) {
  EXPECT_EQ(first_date("Dado en Cusco, a los veinticuatro días del mes de marzo de dos mil veintitrés."), "2023-03-24");
  EXPECT_EQ(first_date("Expedido el primer día del mes de julio del año dos mil diecinueve"), "2019-07-01");
  EXPECT_EQ(first_date("aos vinte e oito dias do mês de fevereiro de dois mil e vinte"), "2020-02-28");
  EXPECT_EQ(first_date("a los treinta y un días del mes de agosto de mil novecientos noventa y nueve"), "1999-08-31");
  // Not a date: a count of days, a month that is no month, no year.
  EXPECT_EQ(first_date("durante quince días del mes de prácticas de laboratorio"), "");
  EXPECT_EQ(first_date("a los doce días del mes de marzo de este año"), "");
  // The year ends where the words of numbers do; a misread word is no year 2000.
  EXPECT_EQ(first_date("a los diez días del mes de mayo de dos mil."), "2000-05-10");
  EXPECT_EQ(first_date("a los diez días del mes de mayo de dos mil veintid6s, en Lima"), "2022-05-10");  // one letter off
  EXPECT_EQ(first_date("a los diez días del mes de mayo de dos mil vxintid6s, en Lima"), "");
}

TEST(DegreeRound4, MonthNamesInIndonesianAndTurkish) {
  EXPECT_EQ(first_date("Jakarta, 17 Agustus 2021"), "2021-08-17");
  EXPECT_EQ(first_date("Diberikan di Medan pada tanggal 3 Desember 2019"), "2019-12-03");
  EXPECT_EQ(first_date("İzmir, 5 Kasım 2020"), "2020-11-05");
}

TEST(DegreeRound4, PortugueseDiplomaConferredOnCompletion) {
  const auto d = degree_of({"REPÚBLICA FEDERATIVA DO BRASIL", "#FACULDADE DE CIÊNCIAS DA SAÚDE DO PLANALTO", "DIPLOMA",
                            "O Diretor Geral, tendo em vista a colação de grau realizada em 3 de março de 2017,",
                            "confere a JOÃO PEDRO ALMEIDA o título de", "BACHAREL EM BIOMEDICINA",
                            "e outorga-lhe o presente Diploma para que possa gozar de todos os direitos legais.",
                            "Goiânia, 20 de junho de 2017."});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_laboratory_science");
  EXPECT_EQ(lower_utf8(d->title.value_or("")), "bacharel em biomedicina");
  EXPECT_EQ(d->conferred, "2017-03-03");  // the colação, not the date the diploma was issued
  EXPECT_EQ(lower_utf8(d->institution.value_or("")), "faculdade de ciências da saúde do planalto");
}

TEST(DegreeRound4, BilingualIndonesianIjazah) {
  const auto d = degree_of({"#SEKOLAH TINGGI ILMU KESEHATAN BHAKTI NUSANTARA", "IJAZAH",
                            "menyatakan bahwa / certifies that", "#DEWI LESTARI",
                            "telah menyelesaikan Program Studi Analis Kesehatan dan kepadanya diberikan gelar",
                            "has completed the Health Analyst study programme and is awarded the degree",
                            "SARJANA TERAPAN KESEHATAN (S.Tr.Kes.)",
                            "Diberikan di Bandung pada tanggal 2 Oktober 2020 / Given in Bandung on 2 October 2020"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_laboratory_science");
  EXPECT_EQ(d->institution, "Sekolah Tinggi Ilmu Kesehatan Bhakti Nusantara");
  EXPECT_EQ(d->conferred, "2020-10-02");
  EXPECT_EQ(d->country, "ID");
}

TEST(DegreeRound4, TurkishDiplomaLisans) {
  const auto d = degree_of({"T.C.", "#ANADOLU BOZKIR ÜNİVERSİTESİ", "DİPLOMA",
                            "Sağlık Bilimleri Fakültesi Biyoloji Bölümü'nden 30.06.2021 tarihinde mezun olan",
                            "#Mehmet YILMAZ", "Lisans diplomasını almaya hak kazanmıştır.",
                            "This certifies that Mehmet YILMAZ has been awarded the Bachelor's Degree (Lisans) of the",
                            "Department of Biology, Faculty of Health Sciences, on 30.06.2021.",
                            "T.C. Kimlik No: 11*******22"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "biology");
  EXPECT_EQ(d->conferred, "2021-06-30");
  EXPECT_EQ(d->country, "TR");
  ASSERT_TRUE(d->institution);
  EXPECT_NE(d->institution->find("niversitesi"), std::string::npos);
  // "Yüksek lisans" is the master's, "ön lisans" the associate's.
  const auto master = stated_qualification("yüksek lisans diplomasını almaya hak kazanmıştır, Department of Biochemistry");
  ASSERT_TRUE(master);
  EXPECT_EQ(master->level, "master");
}

TEST(DegreeRound4, OnlyTheDateOfIssue) {
  const auto d = degree_of({"#Kharkiv Medical Institute of Laboratory Sciences", "BACHELOR'S DIPLOMA",
                            "Iryna Bondarenko", "in 2021 completed the full course of study and obtained a bachelor's degree",
                            "Qualification: Bachelor of Laboratory Diagnostics", "Date of issue 30 June 2021", "Rector"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->field, "medical_laboratory_science");
  EXPECT_EQ(d->conferred, "2021-06-30");
  // Beside a conferral date, the date of issue is never the conferral.
  const auto e = degree_of({"#Kharkiv Medical Institute of Laboratory Sciences", "BACHELOR'S DIPLOMA",
                            "Iryna Bondarenko was awarded the degree of Bachelor of Laboratory Diagnostics on 12 June 2021",
                            "Date of issue 30 June 2021", "Rector"});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->conferred, "2021-06-12");
}

TEST(DegreeRound4, PortugueseDeclarationOfEmployment) {
  const PageClass pc = classify_page(test::make_page(
      {"#HOSPITAL REGIONAL DO VALE", "DECLARAÇÃO",
       "Declaramos para os devidos fins que ANA PAULA SOUZA, portadora do CPF nº ***.111.222-**, trabalhou nesta",
       "instituição de 02/05/2019 a 30/11/2022, tendo exercido o cargo de Biomédica, com carga horária de 30 horas",
       "semanais, no setor de Análises Clínicas.", "Por ser verdade, firmamos a presente.",
       "Belo Horizonte, 4 de janeiro de 2023.", "Gerente de Recursos Humanos"}));
  EXPECT_EQ(pc.type, "employment_letter");
}

TEST(DegreeRound4, TwoUkrainianEmployerCertificatesInOneFile) {
  auto letter = [](const std::string& employer, const std::string& start) {
    return std::vector<std::string>{"#" + employer, "Вих. № 101/2025   12.03.2025", "ДОВІДКА / REFERENCE",
                                    "Прізвище, ім'я / Surname, name   Коваль Ірина / Iryna Koval",
                                    "Посада / Position   Лаборант / Laboratory Assistant",
                                    "Дата прийняття / Start date   " + start, "Дата звільнення / End date   to date",
                                    "Режим роботи / Working time   full-time, 40 hours per week",
                                    "Начальник відділу кадрів / Head of Human Resources"};
  };
  const auto c = test::classify({test::make_document(
      "letters.pdf", {letter("KYIV CITY CLINICAL HOSPITAL NO. 4", "01.09.2019"),
                      letter("LVIV REGIONAL PERINATAL CENTRE", "14.05.2022")})});
  const auto letters = segments_of_type(c.result.segments, "employment_letter");
  EXPECT_EQ(letters.size(), 2u);
}

}  // namespace
}  // namespace cc
