// Letters as round 4 of the blind designs showed them, stated as general properties: a service
// form's "Label / Translation : value" rows with the colon printed apart, an end-of-service label
// ending the period, periods and posts stated in Spanish, Portuguese and Indonesian prose, lab areas
// named in those languages, a list of areas in parentheses (no check boxes), hours a month, and the
// employee's name on such a form or after abbreviated titles.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "extractors/identity.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

test::Classified read(const std::vector<std::string>& lines) {
  return test::classify({test::make_document("letter.pdf", {lines})});
}

std::vector<SegmentView> letters_of(const test::Classified& c) { return segments_of_type(c.result.segments, "employment_letter"); }

const std::vector<std::string> kServiceForm = {
    "#RUMAH SAKIT UMUM DAERAH SEJAHTERA", "SURAT KETERANGAN KERJA", "Certificate of Employment",
    "Yang bertanda tangan di bawah ini menerangkan bahwa / The undersigned hereby certifies that:",
    "Nama / Name   : PUTRI SUSANTI", "Jabatan / Position   : Medical Laboratory Technologist",
    "Unit Kerja / Unit   : Instalasi Laboratorium Klinik (Hematologi, Bank Darah",
    "(Blood Bank), Kimia Klinik, Mikrobiologi)", "Mulai Bekerja / Start of Service   : 25-10-2018",
    "Akhir Bekerja / End of Service   : 25-10-2020",
    "Jam Kerja / Working Hours   : Paruh waktu, 20 jam/minggu (part-time, 20 hours/week)"};

TEST(ServiceForms, TranslatedLabelsWithTheColonApartEndLabelAndAreasInParentheses) {
  const test::Classified c = read(kServiceForm);
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const Job j = extract_job(letters.front(), "2026-11-01");
  ASSERT_TRUE(j.position);
  EXPECT_EQ(*j.position, "Medical Laboratory Technologist");
  EXPECT_EQ(j.start, "2018-10-25");
  EXPECT_EQ(j.end, "2020-10-25");
  EXPECT_EQ(j.hours_per_week, 20);
  // "(Hematologi, ..." is a list in parentheses, not a row of check boxes: every area counts.
  EXPECT_EQ(j.departments, (std::vector<std::string>{"hematology", "blood_bank", "chemistry", "microbiology"}));
  EXPECT_GE(j.confidence, 0.8);
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Putri Susanti");
}

TEST(ServiceForms, AnEnglishFormWithTheColonApartGivesItsName) {
  const test::Classified c = read({"#SAGAING REGIONAL PUBLIC HEALTH LABORATORY", "RECOMMENDATION AND SERVICE CERTIFICATE",
                                   "This is to certify that the following staff member is serving at this institution:",
                                   "Name   : Phyu Phyu Soe", "Father's Name   : U Kyaw Soe", "Position   : Laboratory Assistant",
                                   "Start of Service   : 04-11-2023", "Working Hours   : Full-time"});
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Phyu Phyu Soe");
}

TEST(ServiceForms, SpanishProseStatesPeriodPostAreasAndMonthlyHours) {
  const test::Classified c = read(
      {"#LABORATORIO CLÍNICO BIOLAB ANDINO S.A.C.", "CONSTANCIA DE TRABAJO",
       "El que suscribe, Jefe de la Oficina de Recursos Humanos, hace constar:",
       "Que el Lic. T.M. JOSÉ LUIS GUTIÉRREZ SALAZAR, identificado con DNI N° 48369260, laboró en esta institución desde",
       "el 21 de julio de 2022 hasta el 15 de setiembre de 2025, en el Servicio de Patología Clínica, en el cargo de Tecnólogo",
       "Médico, bajo la modalidad de contrato CAS, con una jornada de 173 horas mensuales, rotando por las áreas de",
       "Bioquímica, Inmunoserología y Anatomía Patológica.", "Arequipa, 31 de octubre de 2025"});
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const Job j = extract_job(letters.front(), "2026-11-01");
  EXPECT_EQ(j.start, "2022-07-21");
  EXPECT_EQ(j.end, "2025-09-15");
  ASSERT_TRUE(j.position);
  EXPECT_EQ(*j.position, "Tecnólogo Médico");
  EXPECT_EQ(j.hours_per_week, 40);  // 173 = 40 x 52 / 12, rounded
  EXPECT_EQ(j.departments, (std::vector<std::string>{"chemistry", "immunology", "other"}));
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "José Luis Gutiérrez Salazar");
}

TEST(ServiceForms, PortugueseDeclarationPeriodWithA) {
  const test::Classified c = read(
      {"#LABORATÓRIO DE ANÁLISES CLÍNICAS VITALAB LTDA.", "DECLARAÇÃO DE VÍNCULO EMPREGATÍCIO",
       "Declaramos para os devidos fins que LETÍCIA DA SILVA SANTOS, portadora do CPF nº ***.527.794-**, foi funcionária",
       "desta instituição no período de 01/04/2020 a 03/06/2021, tendo exercido o cargo de Biomédico Analista Clínico,",
       "com carga horária de 40 horas semanais, no setor de Análises Clínicas (Hematologia, Microbiologia e Imunologia).",
       "Campinas, 19 de julho de 2021."});
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const Job j = extract_job(letters.front(), "2026-11-01");
  EXPECT_EQ(j.start, "2020-04-01");
  EXPECT_EQ(j.end, "2021-06-03");
  ASSERT_TRUE(j.position);
  EXPECT_EQ(*j.position, "Biomédico Analista Clínico");
  EXPECT_EQ(j.hours_per_week, 40);
  EXPECT_EQ(j.departments, (std::vector<std::string>{"hematology", "microbiology", "immunology"}));
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Letícia Da Silva Santos");  // (capitals give no case for "DA")
}

TEST(ServiceForms, AreasNamedAfterExaminationsIn) {
  const test::Classified c = read(
      {"#NILE CREST MEDICAL LABORATORIES", "CERTIFICATE OF EMPLOYMENT", "TO WHOM IT MAY CONCERN:",
       "This is to certify that Ms. Safaa Musa was employed as Medical Laboratory Scientist at the Department of Pathology",
       "of the Nile Crest Medical Laboratories from 21 December 2019 to 21 June 2021. She worked part-time, 16 hours a week.",
       "She performed routine and special laboratory examinations in Microbiology and Clinical Chemistry."});
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const Job j = extract_job(letters.front(), "2026-11-01");
  EXPECT_EQ(j.departments, (std::vector<std::string>{"microbiology", "chemistry"}));
}

TEST(ServiceForms, BilingualFormWithoutColonsTakesTheEnglishHalf) {
  const test::Classified c = read(
      {"#TOKAT STATE HOSPITAL", "Sayı: 895/2023   25.03.2023", "ÇALIŞMA BELGESİ / CERTIFICATE OF EMPLOYMENT",
       "Adı Soyadı / Name Surname   Özge GÜNEŞ",
       "Görevi / Position   Tıbbi Laboratuvar Teknisyeni / Laboratory Technician (Medical Laboratory)", "İşe Giriş Tarihi / Start Date   19.10.2020",
       "Çıkış Tarihi / End Date   19.03.2023",
       "Çalışma Süresi / Working Time   Yarı zamanlı, haftalık 16 saat / Part-time, 16 hours per week",
       "Çalıştığı Bölümler / Sections   Kan Merkezi, Biyokimya, Mikrobiyoloji, Hematoloji, Kan Alma Birimi, İdrar Analizi"});
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const Job j = extract_job(letters.front(), "2026-11-01");
  ASSERT_TRUE(j.position);
  EXPECT_EQ(*j.position, "Laboratory Technician (Medical Laboratory)");
  // "Start Date" is a start though its label ends in "Date"; the letter's own date stays apart.
  EXPECT_EQ(j.start, "2020-10-19");
  EXPECT_EQ(j.end, "2023-03-19");
  EXPECT_EQ(j.hours_per_week, 16);
  EXPECT_EQ(j.departments, (std::vector<std::string>{"blood_bank", "chemistry", "microbiology", "hematology",
                                                     "phlebotomy", "urinalysis"}));
}

TEST(ServiceForms, AreaWordsInOtherLanguagesMatchWordStartsOnly) {
  EXPECT_EQ(lab_areas_in("Citología, Sitologi"), (std::vector<std::string>{"other"}));
  EXPECT_EQ(lab_areas_in("Parasitology and Urinalysis"), (std::vector<std::string>{"microbiology", "urinalysis"}));
}

TEST(ServiceForms, FullAndPartTimeInTheLettersLanguages) {
  EXPECT_TRUE(hours_in("bajo la modalidad de contrato CAS, a tiempo completo, rotando").full_time);
  EXPECT_TRUE(hours_in("em regime de tempo integral").full_time);
  EXPECT_TRUE(hours_in("Penuh waktu").full_time);
  const auto part = hours_in("неповний робочий день / part-time");  // holds "повний робочий день"
  EXPECT_FALSE(part.full_time);
  EXPECT_TRUE(part.part_time);
  EXPECT_FALSE(hours_in("a tiempo parcial").full_time);
}

TEST(ServiceForms, AnOpenEndInTheLettersLanguagesOrABlankEndField) {
  const test::Classified c = read(
      {"#HOSPITAL NACIONAL ARZOBISPO LOAYZA", "CONSTANCIA DE TRABAJO", "El que suscribe hace constar:",
       "Que la Lic. ANA PÉREZ QUISPE labora en esta institución desde el 23 de setiembre de 2025 hasta la fecha, en el",
       "cargo de Tecnóloga Médica, a tiempo completo.", "Lima, 2 de octubre de 2026"});
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const Job j = extract_job(letters.front(), "2026-11-01");
  EXPECT_EQ(j.start, "2025-09-23");
  EXPECT_TRUE(j.to_present);
  EXPECT_TRUE(j.full_time_stated);
  const test::Classified form = read({"#PATHEIN GENERAL HOSPITAL", "RECOMMENDATION AND SERVICE CERTIFICATE",
                                      "This is to certify that the following staff member is serving at this institution:",
                                      "Name   : Aye Aye Win", "Position   : Medical Technologist",
                                      "Start of Service   : 19-05-2018", "End of Service   : -", "Working Hours   : Full-time"});
  const auto forms = letters_of(form);
  ASSERT_EQ(forms.size(), 1u);
  const Job k = extract_job(forms.front(), "2026-11-01");
  EXPECT_EQ(k.start, "2018-05-19");
  EXPECT_TRUE(k.to_present);
}

TEST(ServiceForms, MonthlyHoursRoundToTheWholeWeekTheyCameFrom) {
  EXPECT_EQ(hours_in("con una jornada de 173 horas mensuales").hours_per_week, 40);
  EXPECT_EQ(hours_in("con una jornada de 87 horas mensuales").hours_per_week, 20);
  const auto odd = hours_in("con una jornada de 150 horas mensuales");  // no whole week rounds to 150
  ASSERT_TRUE(odd.hours_per_week);
  EXPECT_NEAR(*odd.hours_per_week, 34.6, 0.05);
}

TEST(ServiceForms, NameInTwoScriptsKeepsItsLatinWords) {
  const test::Classified c = read({"#ZHYTOMYR REGIONAL PERINATAL CENTRE", "CERTIFICATE OF EMPLOYMENT",
                                   "Full name:   ЮЛІЯ / Yuliia ГРИЦЕНКО / Hrytsenko",
                                   "Position:   Laboratory Technician", "Period: from 25.01.2025 to 30.06.2026"});
  const auto letters = letters_of(c);
  ASSERT_EQ(letters.size(), 1u);
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Yuliia Hrytsenko");
  // A diploma supplement's surname and given-name fields, each in both scripts.
  const test::Classified s = test::classify({test::make_document(
      "supplement.pdf", {{"#DIPLOMA SUPPLEMENT", "1.1 Прізвище / Family name(s): ГРИЦЕНКО / HRYTSENKO",
                          "1.2 Ім'я (імена) / Given name(s): ЮЛІЯ / YULIIA", "2.1 Qualification: Bachelor of Medicine"}})});
  std::optional<NameSighting> from_fields;
  for (const SegmentView& seg : s.result.segments)
    if (!from_fields) from_fields = find_name(seg);
  ASSERT_TRUE(from_fields);
  EXPECT_EQ(from_fields->natural, "Yuliia Hrytsenko");
}

}  // namespace
}  // namespace cc
