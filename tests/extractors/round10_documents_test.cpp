// Round 10 as training data (issue 16): classification, degree fields and letterheads. Each rule
// states a property of documents in general, shown on pages of no generator design: a table whose
// rows end in an exam date is a course table in any script; a laboratory science qualified
// "clinical" names the clinical laboratory degree; the employer is the letterhead line the
// letter's text names again, not the state's name or motto printed above it.
#include <algorithm>

#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "extractors/degree_credentials.h"
#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(Round10Documents, RowsEndingInAnExamDateMakeATranscriptInAnyScript) {
  const auto c = test::classify({test::make_document(
      "record.pdf", {{"УНИВЕРЗИТЕТ У НОВОМ ГРАДУ", "УВЕРЕЊЕ", "Р.бр. Назив предмета Сем. Бодови Оцена Датум",
                      "1. Општа хемија 1 8 9 (девет) 16.02.2016. фебруарски", "2. Биологија ћелије 1 8 8 (осам) 21.06.2016. јунски",
                      "3. Математика 1 6 9 (девет) 08.02.2016. фебруарски", "4. Генетика 3 8 8 (осам) 02.01.2017. јануарски",
                      "5. Микробиологија 3 8 9 (девет) 06.02.2017. фебруарски", "6. Екологија 5 8 8 (осам) 05.02.2018. фебруарски"}})});
  ASSERT_EQ(c.result.kinds.segments.at("record.pdf").size(), 1u);
  EXPECT_EQ(c.result.kinds.segments.at("record.pdf")[0].type, "transcript");
}

TEST(Round10Documents, APageThatSaysItTranslatesFromALanguageContinuesTheLetter) {
  const auto c = test::classify({test::make_document(
      "letter.pdf",
      {{"#Городская клиническая больница № 9", "СПРАВКА С МЕСТА РАБОТЫ",
        "Дана Иванова Анна в том, что она действительно работает в Городская клиническая больница № 9",
        "с 01.03.2022 в должности лаборанта по настоящее время (40 часов в неделю).", "Главный врач Петров П. П."},
       {"Translation from Russian", "City Clinical Hospital No. 9", "CERTIFICATE OF EMPLOYMENT",
        "This is to certify that Ivanova Anna is employed at City Clinical Hospital No. 9 since 01.03.2022",
        "as a laboratory assistant, full-time, 40 hours per week, to the present time.",
        "Chief Physician /signature/ Petrov P. P."}})});
  const auto& segments = c.result.kinds.segments.at("letter.pdf");
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].type, "employment_letter");
  EXPECT_EQ(segments[0].pages, (std::vector<int>{1, 2}));
}

TEST(Round10Documents, ALaboratoryScienceQualifiedClinicalIsTheLaboratoryDegree) {
  EXPECT_EQ(field_of_title("Licenciatura en Microbiología y Química Clínica"), "medical_laboratory_science");
  // The English "Clinical Biochemistry" is a science degree in many countries: not an MLS field.
  EXPECT_NE(field_of_title("Bachelor of Science in Clinical Biochemistry"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Licence en Biologie clinique"), "medical_laboratory_science");
  // Sciences not so qualified keep their own field.
  EXPECT_EQ(field_of_title("Bachelor of Science in Microbiology and Chemistry"), "biology");
  EXPECT_EQ(field_of_title("Licenciatura en Química"), "chemistry");
}

TEST(Round10Documents, ADiplomasTitleAndTheTranscriptsCutShortAreOneCredential) {
  const auto c = test::classify(
      {test::make_document("diploma.pdf", {{"UNIVERSIDAD NACIONAL DEL NORTE", "#TÍTULO", "le confiere el título de",
                                            "#LICENCIADA EN MICROBIOLOGÍA Y QUÍMICA CLÍNICA", "en el grado académico de Licenciatura.",
                                            "Dado en Ciudad Norte, a nueve de febrero de dos mil veinticinco."}}),
       test::make_document("record.pdf", {{"UNIVERSIDAD NACIONAL DEL NORTE", "CERTIFICACIÓN DE CALIFICACIONES",
                                           "que la estudiante, de la carrera de Licenciatura en Microbiología y Química",
                                           "Clínica, ha cursado y aprobado las asignaturas siguientes:",
                                           "BI-121 Biología General 5 I PAC 2020 86 APR", "QQ-110 Química General 5 I PAC 2020 80 APR",
                                           "MF-410 Bacteriología Clínica 5 I PAC 2024 77 APR", "MF-411 Inmunología Clínica 4 I PAC 2024 89 APR",
                                           "MF-420 Práctica Profesional Supervisada 5 III PAC 2024 80 APR"}})});
  const auto degrees = extract_degrees(segments_of_type(c.result.segments, "diploma"), segments_of_type(c.result.segments, "transcript"));
  ASSERT_EQ(degrees.size(), 1u);
  EXPECT_EQ(degrees[0].field, "medical_laboratory_science");
  EXPECT_EQ(degrees[0].clinical_training, true);
}

TEST(Round10Documents, TheEmployerIsTheLetterheadLineTheTextNamesAgain) {
  const Job j = test::job_of({"#FEDERAL STATE OF ARDENIA", "Unity Labour Progress", "Ardenia Coastal Diagnostic Laboratory",
                              "CERTIFICATE OF EMPLOYMENT",
                              "The Director of Ardenia Coastal Diagnostic Laboratory certifies that Ms. Mira Tal worked as",
                              "Medical Technologist, full-time (40 hours per week), from 01/03/2021 to 28/02/2024.",
                              "Dr. Ilan Vos, Director"});
  EXPECT_EQ(j.employer, "Ardenia Coastal Diagnostic Laboratory");
  // A letterhead the text does not repeat keeps its most prominent line.
  const Job plain = test::job_of({"#NORTHGATE GENERAL HOSPITAL", "Department of Pathology", "CERTIFICATE OF EMPLOYMENT",
                                  "This is to certify that Ms. Mira Tal worked in our laboratory as",
                                  "Medical Technologist, full-time (40 hours per week), from 01/03/2021 to 28/02/2024.",
                                  "Dr. Ilan Vos, Director"});
  EXPECT_EQ(plain.employer, "Northgate General Hospital");
}

TEST(Round10Documents, TheDateOfANumberedOrderIsNoPartOfThePeriod) {
  const Job j = test::job_of({"#Northgate City Clinical Hospital No. 4", "CERTIFICATE OF EMPLOYMENT",
                              "This is to certify that Ivanova Anna really is employed at Northgate City Clinical",
                              "Hospital No. 4 since 01.03.2022 (order No. 184-k of 26.02.2022) as a laboratory assistant",
                              "at the full-time rate, 40 hours per week, to the present time.", "Chief Physician Petrov P. P."});
  EXPECT_EQ(j.start, "2022-03-01");
  EXPECT_TRUE(j.to_present);
  EXPECT_GE(j.confidence, 0.8);
  // A period printed after "no" with no figure is read all the same.
  const Job pt = test::job_of({"#HOSPITAL CENTRAL DO NORTE", "DECLARAÇÃO",
                               "Declaramos que Ana Souza exerceu funções de técnica de laboratório no período de",
                               "01/03/2019 a 31/12/2022, em regime de 40 horas semanais.", "Dr. João Lima, Diretor"});
  EXPECT_EQ(pt.start, "2019-03-01");
  EXPECT_EQ(pt.end, "2022-12-31");
}

TEST(Round10Documents, AnOrdinalDateKeepsItsStopAndItsWordForYearBeforeTheJoiner) {
  const Job j = test::job_of({"#Дом здравља Нови Град", "ПОТВРДА О РАДНОМ СТАЖУ / CERTIFICATE OF EMPLOYMENT",
                              "Потврђује се да је Ана Јовић била запослена у Дом здравља Нови Град на радном месту",
                              "лаборант од 01.07.2021. године до 23.10.2025. године, са радним временом од 40 часова недељно.",
                              "Руководилац службе"});
  EXPECT_EQ(j.start, "2021-07-01");
  EXPECT_EQ(j.end, "2025-10-23");
}

TEST(Round10Documents, ATrainingsListOfAreasRunningOnToTheNextLineIsReadWhole) {
  // A list cut by the line's end ("... Hematología y" / "Uroanálisis") is the training's too, and
  // immunohaematology in Spanish is the blood bank: read in part, MLS-1 would fail on a misreading.
  const auto c = test::classify(
      {test::make_document("diploma.pdf", {{"UNIVERSIDAD ANDINA DEL SUR", "#TÍTULO", "le confiere el título de",
                                            "#BACTERIÓLOGA Y LABORATORISTA CLÍNICA",
                                            "Dado en Ciudad Sur, a nueve de febrero de dos mil veinticinco."}}),
       test::make_document("record.pdf", {{"UNIVERSIDAD ANDINA DEL SUR", "CERTIFICADO DE NOTAS",
                                           "programa de Bacteriología y Laboratorio Clínico, las asignaturas que siguen:",
                                           "BL-101 Biología General 4 2019-I 4,1", "QU-110 Química General 4 2019-I 3,9",
                                           "PP-901 Práctica Profesional I: Química Clínica, Hematología y",
                                           "Uroanálisis 12 2023-II 4,5",
                                           "PP-902 Práctica Profesional II: Microbiología e Inmunohematología 12 2024-I 4,4"}})});
  const auto degrees = extract_degrees(segments_of_type(c.result.segments, "diploma"), segments_of_type(c.result.segments, "transcript"));
  ASSERT_EQ(degrees.size(), 1u);
  ASSERT_TRUE(degrees[0].clinical_training);
  const auto& areas = degrees[0].clinical_training_areas;
  for (const char* area : {"chemistry", "hematology", "urinalysis", "microbiology", "blood_bank"})
    EXPECT_NE(std::find(areas.begin(), areas.end(), area), areas.end()) << area;
  EXPECT_FALSE(degrees[0].clinical_training_areas_doubt);
}

TEST(Round10Documents, ALabelledAsideAfterTheTitleIsNoPartOfIt) {
  const auto d = test::degree_of({"#NORTHERN STATE UNIVERSITY", "#DIPLOMA", "This is to certify that", "#Aibek Usenov",
                                  "By the decision of the State Attestation Commission of 14 June 2021 he is",
                                  "awarded the academic degree of Bachelor of Biology (field of study: Biology).", "Rector"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "Bachelor of Biology");
  EXPECT_EQ(d->field, "biology");
}

TEST(Round10Documents, ATrainingsListThatRunsOnPastWhatWasReadIsInDoubt) {
  // The list ends in "y" and the next line names no area (a column's remainder, a page break): the
  // areas were read in part, which the validators must not take for absent ones.
  const auto c = test::classify(
      {test::make_document("diploma.pdf", {{"UNIVERSIDAD ANDINA DEL SUR", "#TÍTULO", "le confiere el título de",
                                            "#BACTERIÓLOGA Y LABORATORISTA CLÍNICA",
                                            "Dado en Ciudad Sur, a nueve de febrero de dos mil veinticinco."}}),
       test::make_document("record.pdf", {{"UNIVERSIDAD ANDINA DEL SUR", "CERTIFICADO DE NOTAS",
                                           "programa de Bacteriología y Laboratorio Clínico, las asignaturas que siguen:",
                                           "BL-101 Biología General 4 2019-I 4,1", "QU-110 Química General 4 2019-I 3,9",
                                           "PP-901 Práctica Profesional I: Química Clínica, Hematología y",
                                           "12 2023-II 4,5"}})});
  const auto degrees = extract_degrees(segments_of_type(c.result.segments, "diploma"), segments_of_type(c.result.segments, "transcript"));
  ASSERT_EQ(degrees.size(), 1u);
  ASSERT_TRUE(degrees[0].clinical_training_areas_doubt);
  EXPECT_NE(degrees[0].clinical_training_areas_doubt->find("runs on"), std::string::npos);
}

}  // namespace
}  // namespace cc
