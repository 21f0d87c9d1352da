// Round 7 as training data (issues 15/16): general properties of documents that round 7's designs
// showed unread, each on a page written for this test (no generator layout): a French record and a
// French diploma recognised, the holder's "Licencié(e) en" read as the "Licence en" degree, a
// sentence's article before a school's name, Japan's places and calendar eras, a title whose last
// word is on the next line, a form's colon printed alone between label and value, a position that
// ends with its sentence, and the lists of lab areas French and Spanish letters and a post's
// "Specialty" give.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/experience.h"
#include "extractors/gazetteer.h"
#include "extractors/identity.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

TEST(Round7Training, AFrenchRecordOfMarksIsATranscript) {
  const PageClass pc = classify_page(test::make_page(
      {"RÉPUBLIQUE DU SÉNÉGAL", "#INSTITUT SUPÉRIEUR DES SCIENCES DE LA SANTÉ DE THIÈS", "RELEVÉ DE NOTES",
       "Nom : Awa Diop", "Matières   Coefficient   Heures   Note /20", "Biochimie structurale   2   45   13,50",
       "Hématologie générale   3   60   12,00", "Moyenne générale : 12,80/20"}));
  EXPECT_EQ(pc.type, "transcript") << pc.transcript << " " << pc.diploma << " " << pc.letter;
}

TEST(Round7Training, AFrenchDiplomaConfersTheGradeAndNamesTheLicence) {
  const auto d = test::degree_of({"RÉPUBLIQUE DU BÉNIN", "#UNIVERSITÉ DES SCIENCES DE PORTO-NOVO", "DIPLÔME",
                                  "Le Recteur, vu les procès-verbaux du jury, confère à", "#Koffi Mensah",
                                  "le grade de", "#LICENCIÉ EN TECHNOLOGIE MÉDICALE",
                                  "pour en jouir avec les droits et prérogatives qui y sont attachés.",
                                  "Fait à Porto-Novo, le 3 août 2020"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->title);
  EXPECT_EQ(lower_utf8(*d->title), lower_utf8("Licence en Technologie Médicale"));
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_technology");
}

TEST(Round7Training, ASentencesArticleIsNoPartOfTheSchoolsName) {
  const auto d = test::degree_of({"REPÚBLICA DOMINICANA", "#La Universidad Autónoma del Cibao", "confiere a",
                                  "#ANA LUCÍA PERALTA", "el título de", "#LICENCIADA EN BIOANÁLISIS",
                                  "En testimonio de lo cual se expide el presente en Santiago, 12 de mayo de 2021",
                                  "Rector   Secretario General"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->institution);
  EXPECT_EQ(*d->institution, "Universidad Autónoma del Cibao");
}

TEST(Round7Training, JapansPlacesAndErasNameItsDocuments) {
  EXPECT_EQ(country_from_text("Date of Graduation: Reiwa 3 (2021) March 20   Okayama, Japan"), "JP");
  // A course in another country's language does not outweigh the country itself.
  EXPECT_EQ(country_from_text("Chinese I   Chinese II   The Constitution of Japan   Heisei 30 (2018) April 1"), "JP");
  EXPECT_EQ(country_from_text("Kochi, Kerala, India"), "IN");  // a Japanese prefecture's name shared with India stays India's
}

TEST(Round7Training, ALaboratoryDegreeThatNamesNoTechnologyIsLaboratoryScience) {
  EXPECT_EQ(field_of_title("Bachelor of Science in Medical Laboratory"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor of Science in Medical Laboratory Technology"), "medical_technology");
  EXPECT_EQ(field_of_title("Licence en Technologie Médicale"), "medical_technology");
}

TEST(Round7Training, ATitlesLastWordAloneOnTheNextLine) {
  const auto d = test::degree_of({"#LAKESIDE UNIVERSITY OF HEALTH", "This is to certify that", "#JEAN PAUL MUGISHA",
                                  "has been awarded the degree of",
                                  "Bachelor of Science with Honours in Clinical Laboratory", "Sciences",
                                  "Given at Gisenyi on 14 October 2022"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->title);
  EXPECT_EQ(*d->title, "Bachelor of Science with Honours in Clinical Laboratory Sciences");
  EXPECT_EQ(d->field, "medical_laboratory_science");
}

TEST(Round7Training, AFormsColonPrintedAloneBetweenLabelAndValue) {
  const Job j = job_of({"#MOUNTAIN VIEW REFERRAL HOSPITAL", "CERTIFICATE OF SERVICE", "Names   :   MUGABO Eric",
                        "Position   :   Laboratory Technologist", "Date of appointment   :   02/05/2019",
                        "Date of leaving   :   30/06/2022", "Issued for whatever purpose it may serve.",
                        "Mr. Patrick Nshuti", "Hospital Director"});
  EXPECT_EQ(j.position, "Laboratory Technologist");
  const auto c = test::classify({test::make_document(
      "letter.pdf", {{"#MOUNTAIN VIEW REFERRAL HOSPITAL", "CERTIFICATE OF SERVICE", "Names   :   MUGABO Eric",
                      "Position   :   Laboratory Technologist", "Date of appointment   :   02/05/2019",
                      "Mr. Patrick Nshuti", "Hospital Director"}})});
  const auto letters = segments_of_type(c.result.segments, "employment_letter");
  ASSERT_EQ(letters.size(), 1u);
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Eric Mugabo");
}

TEST(Round7Training, APositionEndsWithItsSentence) {
  const Job j = job_of({"#RIVERBANK GENERAL HOSPITAL", "TO WHOM IT MAY CONCERN",
                        "This is to certify that Mr. Ibrahim Kamara has worked in our laboratory from June 2020",
                        "to May 2023, as a Senior Laboratory", "Technologist.", "He worked full-time, 40 hours a week.",
                        "Hospital Administrator"});
  EXPECT_EQ(j.position, "Senior Laboratory Technologist");
}

TEST(Round7Training, LabAreasListedInFrenchSpanishAndUnderASpecialty) {
  const Job fr = job_of({"#CLINIQUE DU LITTORAL", "ATTESTATION DE TRAVAIL",
                         "Nous attestons que Madame Aminata Sow travaille dans notre laboratoire en qualité de",
                         "Technicienne de Laboratoire depuis le 1er mars 2021, à raison de 40 heures par semaine.",
                         "Elle est affectée aux services suivants : Biochimie, Hématologie et Banque de sang.",
                         "Fait à Dakar, le 4 mai 2026"});
  EXPECT_EQ(fr.departments, (std::vector<std::string>{"chemistry", "hematology", "blood_bank"}));
  const Job es = job_of({"#HOSPITAL REGIONAL DE TALCA", "CERTIFICADO LABORAL",
                         "El Hospital Regional de Talca certifica que don Pedro Soto se desempeñó como Tecnólogo",
                         "Médico en la Unidad de Microbiología y Toma de Muestras desde el 01-03-2019 hasta el",
                         "30-04-2022, con jornada completa de 44 horas semanales.", "Talca, 2 de mayo de 2022"});
  EXPECT_EQ(es.departments, (std::vector<std::string>{"microbiology", "phlebotomy"}));
  const Job post = job_of({"#AL-SALAM SPECIALIZED HOSPITAL", "EXPERIENCE CERTIFICATE", "Name:   Mariam Haddad",
                           "Position:   Laboratory Technologist",
                           "Specialty:   Laboratory Medicine — Clinical Chemistry, Hematology", "Period of service:",
                           "From 01/02/2020 to 31/01/2024, full time (40 hours per week)"});
  EXPECT_EQ(post.departments, (std::vector<std::string>{"chemistry", "hematology"}));
}

TEST(Round7Training, YearsOfStudyNamedInFrenchOrNumberedInRomanFigures) {
  EXPECT_EQ(years_from_terms({"PREMIÈRE ANNÉE — Année académique 2015-2016", "Biochimie   2   45   13,50",
                              "DEUXIÈME ANNÉE — Année académique 2016-2017", "TROISIÈME ANNÉE — Année académique 2017-2018",
                              "QUATRIÈME ANNÉE — Année académique 2018-2019"}),
            4);
  EXPECT_EQ(years_from_terms({"YEAR I 2018/2019", "First Semester", "YEAR II 2019/2020", "YEAR III 2020/2021"}), 3);
}

TEST(Round7Training, BioanalysisIsTheClinicalLaboratoryDegreeAndCarreraLabelsIt) {
  EXPECT_EQ(field_of_title("Licenciado en Bioanálisis"), "medical_laboratory_science");
  const auto c = test::classify({test::make_document(
      "record.pdf", {{"#UNIVERSIDAD CENTRAL DEL ESTE", "RÉCORD DE CALIFICACIONES", "Nombre:   PEDRO ANTONIO REYES",
                      "Carrera:   Licenciatura en Bioanálisis", "Enero-Abril 2016",
                      "Clave   Asignatura   Cr.   Calif.", "BIO-101   Biología General   4   88",
                      "QUI-101   Química General   4   85", "Créditos del período: 8   Índice del período: 3.40"}})});
  ASSERT_EQ(c.result.kinds.transcripts, 1);
  const auto d = extract_degree({}, segments_of_type(c.result.segments, "transcript"));
  ASSERT_TRUE(d && d->title);
  EXPECT_EQ(lower_utf8(*d->title), lower_utf8("Licenciatura en Bioanálisis"));
  EXPECT_EQ(d->field, "medical_laboratory_science");
}

TEST(Round7Training, TermsNamedByTheirMonthsCountAcademicYears) {
  EXPECT_EQ(years_from_terms({"Septiembre-Diciembre 2016", "Enero-Abril 2017", "Mayo-Agosto 2017",
                              "Septiembre-Diciembre 2017", "Enero-Abril 2018", "Mayo-Agosto 2018",
                              "Septiembre-Diciembre 2018", "Enero-Abril 2019"}),
            3);
}

TEST(Round7Training, AHospitalStageOrPasantiaIsClinicalTrainingAndItsAreasCount) {
  const auto c = test::classify({test::make_document(
      "releve.pdf", {{"#UNIVERSITÉ DE LA CÔTE", "RELEVÉ DE NOTES", "Nom : Marie Joseph", "Programme : Licence en Technologie Médicale",
                      "Matières   Coefficient   Heures   Note /20", "Hématologie   3   60   13,00",
                      "Stage hospitalier (biochimie, banque du sang)   4   240   15,00", "Moyenne générale : 13,40/20"}})});
  ASSERT_EQ(c.result.kinds.transcripts, 1);
  const auto d = extract_degree({}, segments_of_type(c.result.segments, "transcript"));
  ASSERT_TRUE(d && d->clinical_training);
  EXPECT_TRUE(*d->clinical_training);
  EXPECT_EQ(d->clinical_training_areas, (std::vector<std::string>{"chemistry", "blood_bank"}));
}

TEST(Round7Training, TheDateTheEmployeeLeftWithEffectFromEndsTheJob) {
  const Job j = job_of({"#EASTERN STATE SPECIALIST HOSPITAL", "LETTER OF SERVICE",
                        "This is to certify that Mrs. Ngozi Eze was employed as Medical Laboratory Scientist on",
                        "3rd March 2020. She resigned her appointment with effect from 28th February 2023.",
                        "She worked full-time (40 hours per week) in Haematology and Chemical Pathology.",
                        "Chief Medical Director"});
  EXPECT_EQ(j.start, "2020-03-03");
  EXPECT_EQ(j.end, "2023-02-28");
}

TEST(Round7Training, ABroadTitlesFieldIsTheDepartmentsItWasTakenIn) {
  const auto d = test::degree_of({"#HOKURIKU COLLEGE OF HEALTH SCIENCES", "DIPLOMA",
                                  "This is to certify that the above-named person has completed the course of the",
                                  "Department of Medical Technology, Faculty of Health Sciences of this College and is",
                                  "hereby awarded the degree of Bachelor of Health Science.", "March 20, 2023", "President"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->title);
  EXPECT_EQ(*d->title, "Bachelor of Health Science");
  EXPECT_EQ(d->field, "medical_technology");
  // A title that names its field keeps it, whatever the department.
  const auto n = test::degree_of({"#HOKURIKU COLLEGE OF HEALTH SCIENCES", "DIPLOMA",
                                  "This is to certify that the above-named person has completed the course of the",
                                  "Department of Medical Technology and is hereby awarded the degree of",
                                  "Bachelor of Science in Nursing", "March 20, 2023", "President"});
  ASSERT_TRUE(n);
  EXPECT_EQ(n->field, "nursing");
}

}  // namespace
}  // namespace cc
