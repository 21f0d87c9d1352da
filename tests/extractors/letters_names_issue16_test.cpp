// Letters, names and titles at first sight (issue 16), each rule on a page of no generator design:
// the one a letter is about is named in its subject line, and the one who signs it never is; a
// diploma's title printed alone and large is no holder's name; a number's label after a comma is
// no part of a name; the graduate's title names the degree; the level's initials inside a title and
// an English rendering after it are no part of it; a translator's note above a letterhead, an
// issuer printed above its address at the foot of a letter, a state's hospital, a form's "Place of
// Work" field name the employer.
#include <gtest/gtest.h>

#include "extractors/dates.h"
#include "extractors/degree.h"
#include "extractors/experience.h"
#include "extractors/identity.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

std::optional<NameSighting> name_in(const std::string& kind, const std::vector<std::string>& lines) {
  const auto c = test::classify({test::make_document(kind + ".pdf", {lines})});
  const auto segments = segments_of_type(c.result.segments, kind);
  EXPECT_EQ(segments.size(), 1u) << "not read as " << kind;
  if (segments.empty()) return std::nullopt;
  return find_name(segments.front());
}

const std::vector<std::string> kSubjectLetter = {
    "#LAKE VIEW DISTRICT HOSPITAL", "Private Bag 12, Lakeside, Malawi", "Ref. LVDH/HR/88 3rd March 2025",
    "TO WHOM IT MAY CONCERN", "RE: CONFIRMATION OF SERVICE - CHISOMO GRACE BANDA",
    "This is to confirm that the above named has worked in our laboratory as a Laboratory Technician",
    "from 2nd January 2021 to 28th February 2025. She worked full-time, 40 hours per week, in", "Haematology and Microbiology.",
    "Yours faithfully,", "Mrs. Thokozani P. Mwale", "For: HOSPITAL ADMINISTRATOR"};

TEST(LettersNamesAtFirstSight, TheSubjectLineNamesTheOneTheLetterIsAbout) {
  const auto name = name_in("employment_letter", kSubjectLetter);
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Chisomo Grace Banda");
}

TEST(LettersNamesAtFirstSight, TheSignatoryIsNeverTheEmployee) {
  std::vector<std::string> lines = kSubjectLetter;
  lines[4] = "RE: CONFIRMATION OF SERVICE";  // no name in the subject: only the signatory is named
  const auto name = name_in("employment_letter", lines);
  EXPECT_FALSE(name && name->natural == "Thokozani P. Mwale");
  // An employee named with an honorific in the body is read all the same.
  lines[5] = "This is to confirm that Ms. Chisomo Grace Banda has worked in our laboratory as a Laboratory Technician";
  const auto named = name_in("employment_letter", lines);
  ASSERT_TRUE(named);
  EXPECT_EQ(named->natural, "Chisomo Grace Banda");
}

TEST(LettersNamesAtFirstSight, ADiplomasTitlePrintedAloneIsNoName) {
  const auto name = name_in("diploma", {"#UNIVERSIDAD DEL VALLE ALTO", "POR CUANTO", "#MARÍA JOSÉ ROJAS PEÑA",
                                        "ha cumplido los requisitos académicos para optar por el título",
                                        "POR TANTO: le confiere el título de", "#LICENCIADA EN BIOANALISIS",
                                        "Dado en Valle Alto, a los doce (12) días del mes de mayo del año dos mil veinte (2020)",
                                        "Secretario General   Rector"});
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "María José Rojas Peña");
}

TEST(LettersNamesAtFirstSight, TheFrenchDiplomaAwardedToAHolder) {
  const auto name = name_in("diploma", {"#UNIVERSITÉ DES HAUTS PLATEAUX", "#DIPLÔME DE LICENCE",
                                        "Vu le procès-verbal de délibération du 2 juillet 2019 ;",
                                        "Le diplôme de LICENCE est décerné à :", "M. BOUZID Karim Nassim",
                                        "Spécialité : Analyses Biomédicales", "Fait à Sétif le 9 septembre 2019"});
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Karim Nassim Bouzid");
}

TEST(LettersNamesAtFirstSight, TheFrenchDiplomaConferredOnAHolderAfterAnHonorific) {
  const auto name = name_in("diploma", {"N° 2019/2231", "#UNIVERSITÉ DU LITTORAL NORD", "Faculté de Santé Publique",
                                        "#DIPLÔME DE LICENCE", "Vu la délibération du jury en date du 8 juillet 2019 ;",
                                        "confère le diplôme de Licence en Sciences de Laboratoire Médical",
                                        "à M. Rami Georges HADDAD,", "né le 2 mars 1997 à Tyr,",
                                        "Fait à Beyrouth, le 1 octobre 2019", "Le Doyen   Le Président de l'Université"});
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Rami Georges Haddad");
}

TEST(LettersNamesAtFirstSight, ANumbersLabelAfterACommaIsNoPartOfTheName) {
  EXPECT_EQ(natural_name("MARTINA SOL ACOSTA"), "Martina Sol Acosta");
  const auto name = name_in("employment_letter", {"#SANATORIO DEL PARQUE S.A.", "CERTIFICADO DE TRABAJO",
                                                  "Certificamos que MARTINA SOL ACOSTA, DNI N° 33.111.222, trabaja en",
                                                  "nuestro laboratorio como Técnica de Laboratorio desde el 01/03/2022",
                                                  "hasta la fecha, 40 horas semanales, en Hematología."});
  ASSERT_TRUE(name);
  EXPECT_EQ(name->as_printed, "MARTINA SOL ACOSTA");
}

TEST(LettersNamesAtFirstSight, OcrsCapitalIForTheLOfAnArabicArticle) {
  EXPECT_EQ(natural_name("Mishari Mohammad AI-Khaldi"), "Mishari Mohammad Al-Khaldi");
  EXPECT_EQ(natural_name("Omar EI-Sayed"), "Omar El-Sayed");
}

TEST(LettersNamesAtFirstSight, AWordTakesTheAccentsAnotherPrintKept) {
  const auto c = test::classify(
      {test::make_document("diploma.pdf", {{"#UNIVERSIDAD DEL SUR", "POR CUANTO", "#LEIDY LAURA JIMÉNEZ POLANCO",
                                            "ha cumplido los requisitos, por tanto le confiere el título de",
                                            "#LICENCIADA EN BIOANALISIS", "Dado a los 3 días del mes de agosto de 2019",
                                            "Secretario General   Rector"}}),
       test::make_document("letter.pdf", {{"#CLINICA SAN MARCOS", "CONSTANCIA DE TRABAJO",
                                           "Hacemos constar que Leidy Laura Jimenez Polanco labora en nuestro laboratorio",
                                           "desde el 01/03/2022 hasta la fecha, 40 horas semanales."}})});
  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_TRUE(id.name);
  EXPECT_EQ(*id.name, "Leidy Laura Jiménez Polanco");
}

TEST(LettersNamesAtFirstSight, AReadingNoOtherDocumentConfirmsGivesWay) {
  const auto c = test::classify(
      {test::make_document("diploma.pdf", {{"#UNIVERSIDAD DEL SUR", "#POR CUANTO", "JOSÉ MIGUEL GUZMÁN PAULINO",
                                            "ha cumplido los requisitos, por tanto le confiere el título de",
                                            "LICENCIADO EN BIOANALISIS", "Dado a los 3 días del mes de agosto de 2019",
                                            "Secretario General   Rector"}}),
       test::make_document("letter.pdf", {{"#CLINICA SAN MARCOS", "CONSTANCIA DE TRABAJO",
                                           "Hacemos constar que José Miguel Guzmán Paulino labora en nuestro laboratorio",
                                           "desde el 01/03/2022 hasta la fecha, 40 horas semanales."}}),
       test::make_document("letter_2.pdf", {{"#LABORATORIO REFERENCIA NORTE", "CONSTANCIA DE TRABAJO",
                                             "Hacemos constar que José Miguel Guzmán Paulino laboró en nuestro laboratorio",
                                             "desde el 01/02/2020 hasta el 28/02/2022, 40 horas semanales."}})});
  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_TRUE(id.name);
  EXPECT_EQ(*id.name, "José Miguel Guzmán Paulino");
}

TEST(LettersNamesAtFirstSight, TheGraduatesTitleNamesTheDegree) {
  const auto d = test::degree_of({"#UNIVERSIDAD AUTÓNOMA DE LA COSTA", "POR CUANTO", "ANA LUCÍA PAREDES MORA",
                                  "ha cumplido los requisitos, por tanto le confiere el título de",
                                  "#LICENCIADA EN ENFERMERÍA", "Dado en Manta, a los 3 días del mes de agosto de 2019",
                                  "Secretario General   Rector"});
  ASSERT_TRUE(d && d->title);
  EXPECT_EQ(lower_utf8(*d->title), lower_utf8("Licenciatura en Enfermería"));
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "nursing");
}

TEST(LettersNamesAtFirstSight, TheLevelsInitialsInsideATitleAndItsEnglishRendering) {
  EXPECT_EQ(lower_utf8(degree_title_in("BACHELOR OF SCIENCE (B.Sc.) IN BIOCHEMISTRY")), "bachelor of science in biochemistry");
  EXPECT_EQ(lower_utf8(degree_title_in("BACHELOR OF SCIENCE (HONOURS) IN BIOCHEMISTRY")), "bachelor of science (honours) in biochemistry");
  EXPECT_EQ(degree_title_in("Licence en Biologie Médicale (Medical Laboratory Science)"), "Licence en Biologie Médicale");
  // (not when the rendering names another field: then it says something the title does not)
  EXPECT_EQ(degree_title_in("Licence en Biologie Médicale (Biology)"), "Licence en Biologie Médicale (Biology)");
  // A field the parentheses carry stays ("B.Sc. (MLT)"), and an English title keeps its own.
  EXPECT_EQ(field_of_title(degree_title_in("B.Sc. (MLT)")), "medical_technology");
  EXPECT_EQ(degree_title_in("Bachelor of Science (Medical Laboratory Science)"), "Bachelor of Science (Medical Laboratory Science)");
}

TEST(LettersNamesAtFirstSight, ATranslatorsNoteAboveTheLetterAndTheIssuerAboveItsAddressAtItsFoot) {
  const Job j = job_of({"(Certified translation) No. 208", "May 4, 2026", "CERTIFICATE OF EMPLOYMENT", "Name Haruto Sato",
                        "Period of employment April 1, 2022 – present", "Position Clinical Laboratory Technologist",
                        "Working hours Full-time, 40 hours per week", "We hereby certify that the above is true.",
                        "Minato Bay General Hospital", "2-14 Kaigan-dori, Minato, Osaka", "Director Kenji Mori"});
  EXPECT_EQ(j.employer, "Minato Bay General Hospital");
}

TEST(LettersNamesAtFirstSight, AStatesHospitalIsTheEmployer) {
  const Job j = job_of({"#MAKENI GOVERNMENT HOSPITAL", "12 Station Road, Makeni, Sierra Leone", "5 May 2025", "TO WHOM IT MAY CONCERN",
                        "This is to certify that Mr. Ibrahim Kamara has been working in our hospital laboratory",
                        "since 3 March 2023 as a Laboratory Technician, 40 hours a week, in Haematology."});
  ASSERT_TRUE(j.employer);
  EXPECT_EQ(lower_utf8(*j.employer), "makeni government hospital");
}

TEST(LettersNamesAtFirstSight, AFormsPlaceOfWorkFieldNamesTheEmployer) {
  const Job j = job_of({"State of Qatar", "Private Health Sector", "Al Wakra Diagnostic Laboratories", "EXPERIENCE CERTIFICATE",
                        "Name: NOOR AHMED AL-SULAITI", "Position: Laboratory Technologist",
                        "Place of Work: Al Wakra Diagnostic Laboratories, Wakra", "Period of Service: From 01/02/2021 To 31/01/2023",
                        "Working Hours: Full time (40 hours per week)", "Date: 05/02/2023"});
  EXPECT_EQ(j.employer, "Al Wakra Diagnostic Laboratories");
}

// A period whose words no rule knows (Dutch "van ... tot ..."), beside the letter's own date: two
// dates joined by a short word are the period.
TEST(LettersNamesAtFirstSight, TwoDatesJoinedByAShortWordOfAnyLanguageAreThePeriod) {
  const Job j = job_of({"#Ziekenhuis Noordrand", "CERTIFICATE OF EMPLOYMENT", "Naam   Sanne de Vries",
                        "Mevrouw Sanne de Vries was bij ons werkzaam van 01-09-2018 tot 30-06-2021",
                        "als analist in de microbiologie, 36 uur per week.", "Groningen, 15-07-2021"});
  EXPECT_EQ(j.start, "2018-09-01");
  EXPECT_EQ(j.end, "2021-06-30");
}

// An ordinal day in words with its month, "day of" left out, the year in words or figures.
TEST(LettersNamesAtFirstSight, AnOrdinalDayInWordsWithoutDayOf) {
  EXPECT_EQ(parse_date("the fifteenth of August two thousand twenty"), (Ymd{2020, 8, 15}));
  EXPECT_EQ(parse_date("twenty-first March 2019"), (Ymd{2019, 3, 21}));
  EXPECT_EQ(parse_date("the fifteenth day of June, two thousand nineteen"), (Ymd{2019, 6, 15}));
}

TEST(LettersNamesAtFirstSight, LabAreasWhereSamplesAreTakenAndUrineIsRead) {
  using Areas = std::vector<std::string>;
  EXPECT_EQ(lab_areas_in("Laboratory (Sample Reception, Haematology)"), (Areas{"phlebotomy", "hematology"}));
  EXPECT_EQ(lab_areas_in("unités : Hématologie, Salle de Prélèvements"), (Areas{"hematology", "phlebotomy"}));
  EXPECT_EQ(lab_areas_in("unités : Banque de Sang, Analyses Urinaires"), (Areas{"blood_bank", "urinalysis"}));
  EXPECT_EQ(lab_areas_in("secciones de Bacteriología y Orina y Líquidos de Punción"), (Areas{"microbiology", "urinalysis"}));
  EXPECT_EQ(lab_areas_in("unités : Biochimie, Anatomie Pathologique"), (Areas{"chemistry", "other"}));
}

}  // namespace
}  // namespace cc
