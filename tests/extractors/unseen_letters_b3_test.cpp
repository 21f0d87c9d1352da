// Letters, diplomas and names of designs nobody here has seen (issue 16, helper b3). Each rule is a
// property of such documents in general, shown on invented pages of no generator design: the areas
// named in the sentence that states the period; a unit named by its areas ("Service de ...",
// "Laboratório de ..."); lab areas as Italian and Portuguese name them; parasitology without
// microbiology a bench of its own; a post in lower case after
// "as"; a grade's ordinal inside a post; a birth date in the diploma's language is no conferral;
// a faculty named after its university on one line; a school named only in the certificate's
// sentence, or in quotes after what it is; a university's full course in a speciality is a first
// degree (translations of diplomas of the former Soviet states). (The French "M." before a whole name in capitals is
// left to name matching: validators/name_match.cpp, tests/validators/flags_test.cpp.)
#include <gtest/gtest.h>

#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::degree_of;
using test::job_of;

TEST(UnseenLettersB3, TheAreasNamedInTheSentenceThatStatesThePeriod) {
  // No word for "section" or "department" anywhere: the sentence with the dates says where.
  const Job j = job_of({"#KLINIKA POLNOC", "CERTIFICATE OF EMPLOYMENT",
                        "We certify that Ms. Ana Horvat, Laboratory Technician, performed Haematology and Serology",
                        "testing with us from 01/02/2021 to 30/06/2024, full-time.", "Done at Split, 02/07/2024"});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"hematology", "immunology"}));
  // A letter that names no area stays without one.
  const Job none = job_of({"#KLINIKA POLNOC", "CERTIFICATE OF EMPLOYMENT",
                           "We certify that Ms. Ana Horvat, Laboratory Technician, worked with us",
                           "from 01/02/2021 to 30/06/2024, full-time.", "Done at Split, 02/07/2024"});
  EXPECT_TRUE(none.departments.empty());
}

TEST(UnseenLettersB3, AUnitNamedByItsAreas) {
  const Job fr = job_of({"#CLINIQUE DU LAC", "ATTESTATION DE TRAVAIL",
                         "Le Directeur soussigné atteste que Mme LINA HADDAD, Technicienne de laboratoire, a exercé au sein",
                         "du Service d'Hématologie et de l'Unité de Biologie Moléculaire du 01/03/2022 au 31/08/2025,",
                         "à plein temps.", "Fait à Bizerte, le 02/09/2025"});
  EXPECT_EQ(fr.departments, (std::vector<std::string>{"hematology", "molecular"}));
  const Job pt = job_of({"#HOSPITAL MUNICIPAL DO PLANALTO", "DECLARAÇÃO DE SERVIÇO",
                         "Para os devidos efeitos se declara que JOANA MATEUS, categoria: Técnica de Análises Clínicas,",
                         "prestou serviço nesta instituição, afecta ao Laboratório de Urianálise, Sala de Colheitas e",
                         "Bioquímica, de 01/02/2020 a 30/07/2023, com 40 horas semanais.", "Huambo, 29 de Agosto de 2023"});
  EXPECT_EQ(pt.departments, (std::vector<std::string>{"urinalysis", "phlebotomy", "chemistry"}));
}

TEST(UnseenLettersB3, LabAreasAsItalianAndPortugueseNameThem) {
  EXPECT_EQ(lab_areas_in("Ematologia di laboratorio / Medicina Trasfusionale / Centro Prelievi"),
            (std::vector<std::string>{"hematology", "blood_bank", "phlebotomy"}));
  EXPECT_EQ(lab_areas_in("Laboratorio Analisi Chimico-Cliniche / settore urine"),
            (std::vector<std::string>{"chemistry", "urinalysis"}));
  EXPECT_EQ(lab_areas_in("Unité de Cytologie urinaire"), (std::vector<std::string>{"urinalysis"}));
}

TEST(UnseenLettersB3, ParasitologyWithoutMicrobiologyIsABenchOfItsOwn) {
  const Job alone = job_of({"#CITY HOSPITAL OF LAKEVIEW", "CERTIFICATE OF EMPLOYMENT",
                            "This is to certify that Ms. Rana Aziz worked in the Haematology, Biochemistry and Parasitology",
                            "sections of our laboratory from 01/02/2021 to 30/06/2024, full-time.", "Lakeview, 02/07/2024"});
  EXPECT_EQ(alone.departments, (std::vector<std::string>{"hematology", "chemistry", "other"}));
  const Job beside = job_of({"#CITY HOSPITAL OF LAKEVIEW", "CERTIFICATE OF EMPLOYMENT",
                             "This is to certify that Ms. Rana Aziz worked in the Microbiology and Parasitology",
                             "section of our laboratory from 01/02/2021 to 30/06/2024, full-time.", "Lakeview, 02/07/2024"});
  EXPECT_EQ(beside.departments, (std::vector<std::string>{"microbiology"}));
}

TEST(UnseenLettersB3, HoursAWeekInItalianAndAServiceStillHeld) {
  const Job j = job_of({"#OSPEDALE DEL CASTELLO", "CERTIFICATO DI SERVIZIO",
                        "Si certifica che la Sig.ra Marta Ferri presta servizio presso questa Azienda come segue:",
                        "Dal   Al   Profilo   Ore settimanali", "01/03/2022   in servizio   Tecnico di laboratorio   30",
                        "Orario di lavoro: 30 ore settimanali.", "Lucca, 12/07/2026"});
  EXPECT_EQ(j.hours_per_week, 30);
  EXPECT_EQ(j.start, "2022-03-01");
  EXPECT_TRUE(j.to_present);
}

TEST(UnseenLettersB3, APostInLowerCaseAfterAsAndAGradesOrdinalInsideAPost) {
  const Job lower = job_of({"#Regional Hospital of Vitebsk", "REFERENCE",
                            "Issued to PETROVA Anna Igorevna, certifying that she worked at the clinical laboratory (biochemistry",
                            "section) of the hospital as a medical laboratory assistant from 01.09.2019 to 30.06.2023.",
                            "Vitebsk, 05.07.2023"});
  EXPECT_EQ(lower.position, "medical laboratory assistant");  // as printed
  const Job ordinal = job_of({"#HOSPITAL GERAL DO LESTE", "DECLARAÇÃO DE SERVIÇO",
                              "Para os devidos efeitos se declara que PAULO VIEIRA, categoria: Técnico de Laboratório de 1.ª Classe,",
                              "prestou serviço nesta instituição de 01/02/2019 a 30/07/2023, 40 horas semanais.",
                              "Luanda, 29 de Agosto de 2023"});
  EXPECT_EQ(ordinal.position, "Técnico de Laboratório de 1.ª Classe");
}

TEST(UnseenLettersB3, ABirthDateInTheDiplomasLanguageIsNoConferral) {
  const auto d = degree_of({"REPÚBLICA DE ANGOLA", "#UNIVERSIDADE DO PLANALTO", "#DIPLOMA",
                            "O Reitor da Universidade do Planalto, no uso das competências que lhe são conferidas por lei,",
                            "faz saber que MARIA JOÃO SILVA, nascida aos 10 de Novembro de 1996, concluiu o curso de",
                            "Análises Clínicas, pelo que lhe confere o grau de", "#LICENCIADA EM ANÁLISES CLÍNICAS",
                            "Huambo, 9 de Março de 2019"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->conferred);
  EXPECT_EQ(*d->conferred, "2019-03-09");
}

TEST(UnseenLettersB3, AFacultyNamedAfterItsUniversityOnOneLine) {
  const auto d = degree_of({"RÉPUBLIQUE DU SÉNÉGAL", "Université du Fleuve — Institut Supérieur de Biologie Médicale de Podor",
                            "#DIPLÔME NATIONAL DE LICENCE EN BIOLOGIE MÉDICALE", "Le Président de l'Université,",
                            "Vu le procès-verbal des délibérations du jury, délivre à M. Ousmane FALL",
                            "le DIPLÔME NATIONAL DE LICENCE EN BIOLOGIE MÉDICALE", "Fait à Podor, le 11 Juillet 2019"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->institution);
  EXPECT_EQ(*d->institution, "Institut Supérieur de Biologie Médicale de Podor");
}

TEST(UnseenLettersB3, ASchoolNamedOnlyInTheCertificatesSentenceOrInQuotes) {
  const auto prose = degree_of({"REPUBLIC OF MOLDAVIA", "#BACHELOR'S DIPLOMA", "No. AB 112233", "#ION RUSU",
                                "has completed the full course of study at Northfield State Medical Institute in the speciality",
                                "\"Medical Laboratory Diagnostics\" and has been awarded the qualification:",
                                "#Bachelor of Medical Laboratory Diagnostics", "Chisinau, 16 June 2025"});
  ASSERT_TRUE(prose);
  ASSERT_TRUE(prose->institution);
  EXPECT_EQ(*prose->institution, "Northfield State Medical Institute");
  const auto quoted = degree_of({"REPUBLIC OF MOLDAVIA", "Educational institution \"Lakeside State Medical University\"",
                                 "#BACHELOR'S DIPLOMA", "#ION RUSU", "has been awarded the qualification:",
                                 "#Bachelor of Medical Laboratory Diagnostics", "Chisinau, 16 June 2025"});
  ASSERT_TRUE(quoted);
  ASSERT_TRUE(quoted->institution);
  EXPECT_EQ(*quoted->institution, "Lakeside State Medical University");
}

TEST(UnseenLettersB3, AUniversitysFullCourseInASpecialityIsAFirstDegree) {
  const auto d = degree_of({"REPUBLIC OF MOLDAVIA", "#DIPLOMA", "No. 4410",
                            "This diploma is issued to RUSU Ion certifying that in 2018",
                            "he entered Dniester State Medical University and in 2022 completed the full course",
                            "of the said university in the speciality \"Laboratory Diagnostics\".",
                            "By the decision of the State Examination Commission of 8 June 2022",
                            "he was awarded the qualification: Laboratory Diagnostician.", "Rector", "Secretary"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_laboratory_science");
  ASSERT_TRUE(d->institution);
  EXPECT_EQ(*d->institution, "Dniester State Medical University");
}

}  // namespace
}  // namespace cc
