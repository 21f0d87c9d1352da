// Names: natural order and case, honorifics, the no-comma surname-first form, the best reading,
// comparison for name_mismatch (criteria.md), names found on synthetic pages, and names on
// generated text-layer packets compared with the truth.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/identity.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(Names, NaturalOrderAndCase) {
  EXPECT_EQ(natural_name("DELA CRUZ, MARIA S."), "Maria S. Dela Cruz");
  EXPECT_EQ(natural_name("SANTOS, ROMMEL MACARAEG"), "Rommel Macaraeg Santos");
  EXPECT_EQ(natural_name("Ms. Maria S. Dela Cruz"), "Maria S. Dela Cruz");
  EXPECT_EQ(natural_name("LINDQVIST, Jessica Rose"), "Jessica Rose Lindqvist");
  EXPECT_EQ(natural_name("Hendricks, Jessica Marie"), "Jessica Marie Hendricks");
  EXPECT_EQ(natural_name("MARIA SANTOS DELA CRUZ"), "Maria Santos Dela Cruz");
  EXPECT_EQ(natural_name("PEÑAFLOR, NIÑA D."), "Niña D. Peñaflor");
  EXPECT_EQ(natural_name("Mr. O'BRIEN, SEAN"), "Sean O'Brien");
  EXPECT_EQ(strip_honorific("Dr. Ngozi Eze"), "Ngozi Eze");
  EXPECT_EQ(strip_honorific("Miss Adaeze Okafor"), "Adaeze Okafor");
}

TEST(Names, SurnameFirstWithoutCommaIsTurnedByAKnownSurname) {
  EXPECT_EQ(reorder_by_surname("Kulkarni Priya Ramesh", "Kulkarni"), "Priya Ramesh Kulkarni");
  EXPECT_EQ(reorder_by_surname("Dela Cruz Maria Santos", "Dela Cruz"), "Maria Santos Dela Cruz");
  EXPECT_EQ(reorder_by_surname("Priya Ramesh Kulkarni", "Kulkarni"), "Priya Ramesh Kulkarni");
  EXPECT_EQ(surname_of("Maria Santos Dela Cruz"), "Dela Cruz");
  EXPECT_EQ(surname_of("Rhea De Guzman Tolentino"), "Tolentino");
  EXPECT_EQ(surname_of("Anna van der Berg"), "van der Berg");
}

TEST(Names, SamePersonDespiteCaseAccentsInitialsAndOrder) {
  EXPECT_TRUE(match_names("DELA CRUZ, MARIA S.", "Maria Santos Dela Cruz").same);
  EXPECT_TRUE(match_names("Ms. Maria S. Dela Cruz", "MARIA SANTOS DELA CRUZ").same);
  EXPECT_TRUE(match_names("Nina Penaflor", "NIÑA PEÑAFLOR").same);
  EXPECT_TRUE(match_names("KULKARNI PRIYA RAMESH", "Priya R. Kulkarni").same);
  EXPECT_TRUE(match_names("Maria Dela Cruz", "Maria Santos Dela Cruz").same);  // middle name left out
  EXPECT_TRUE(match_names("ADEYEMI, Oluwaseun Grace", "Oluwaseun G. Adeyemi").same);
  EXPECT_TRUE(match_names("Mary Grace S. Reyes", "REYES, MARY GRACE SANTOS").same);
}

TEST(Names, DifferentSurnameOrGivenNameIsAMismatch) {
  const NameMatch married = match_names("Maria D. Reyes", "Maria Santos Dela Cruz");
  EXPECT_FALSE(married.same);
  EXPECT_NE(married.reason.find("surname"), std::string::npos) << married.reason;
  EXPECT_FALSE(match_names("Jessica Hendricks", "Jessica Lindqvist").same);
  EXPECT_FALSE(match_names("Maria S. Dela Cruz", "Angelica S. Dela Cruz").same);
  EXPECT_FALSE(match_names("Maria S. Dela Cruz", "Maria T. Dela Cruz").same);
}

using test::classify;

TEST(Names, FoundByLabelProseAndSplitFields) {
  const auto c = classify({
      test::make_document("tor.pdf", {{"#RIVERSIDE UNIVERSITY", "OFFICIAL TRANSCRIPT OF RECORDS",
                                       "Name: DELA CRUZ, MARIA S.   Student No.: 2015-12345",
                                       "Course: Bachelor of Science in Medical Technology",
                                       "First Semester 2015-2016", "MT 101 Clinical Chemistry 1 1.75 3",
                                       "MT 102 Hematology 1 1.50 3", "MT 103 Microbiology 2.00 3",
                                       "MT 104 Blood Banking 1.25 3", "Total units: 12 GWA 1.60"}}),
      test::make_document("coe.pdf", {{"#ST. LUKE GENERAL HOSPITAL", "CERTIFICATE OF EMPLOYMENT",
                                       "TO WHOM IT MAY CONCERN:",
                                       "This is to certify that Ms. Maria S. Dela Cruz has been employed as",
                                       "Medical Technologist from March 1, 2018 to present."}}),
      test::make_document("record.pdf", {{"#BAYVIEW COLLEGE", "TRANSCRIPT OF SCHOLASTIC RECORD",
                                          "Surname: DELA CRUZ   Given Name: MARIA   Middle Name: SANTOS",
                                          "Subject Descriptive Title Units Grade",
                                          "MT 101 Clinical Chemistry 1 3 1.75", "MT 102 Hematology 1 3 1.50",
                                          "MT 103 Microbiology 3 2.00", "MT 104 Blood Banking 3 1.25"}}),
  });
  ASSERT_EQ(c.result.segments.size(), 3u);
  const auto tor = find_name(c.result.segments[0]);
  ASSERT_TRUE(tor);
  EXPECT_EQ(tor->as_printed, "DELA CRUZ, MARIA S.");
  EXPECT_EQ(tor->natural, "Maria S. Dela Cruz");
  EXPECT_EQ(tor->evidence.file, "tor.pdf");
  EXPECT_EQ(tor->evidence.text, "DELA CRUZ, MARIA S.");
  const auto letter = find_name(c.result.segments[1]);
  ASSERT_TRUE(letter);
  EXPECT_EQ(letter->as_printed, "Ms. Maria S. Dela Cruz");
  EXPECT_EQ(letter->natural, "Maria S. Dela Cruz");
  const auto split = find_name(c.result.segments[2]);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->as_printed, "DELA CRUZ, MARIA SANTOS");
  EXPECT_EQ(split->natural, "Maria Santos Dela Cruz");

  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_TRUE(id.name);
  EXPECT_EQ(*id.name, "Maria Santos Dela Cruz");  // the fullest form
  EXPECT_EQ(id.sightings.size(), 3u);
  EXPECT_EQ(id.variants.size(), 3u);
}

TEST(Names, DiplomaNameAfterConferredUponAndTheBestReadingIgnoresAMarriedName) {
  const auto c = classify({
      test::make_document("diploma.pdf", {{"#Lagoon City University", "Lagos, Lagos State, Nigeria",
                                           "the Board of Trustees has conferred upon", "#ADAEZE CHIOMA OKAFOR",
                                           "the degree of", "Bachelor of Medical Laboratory Science",
                                           "with all the rights, honors and privileges pertaining thereto."}}),
      test::make_document("letter.pdf", {{"#Harmattan Specialist Hospital", "To whom it may concern",
                                          "This is to confirm that Mrs. Adaeze C. Nwosu has been employed by",
                                          "Harmattan Specialist Hospital as Medical Laboratory Scientist from",
                                          "1 July 2021 to present."}}),
      test::make_document("marks.pdf", {{"#DECCAN UNIVERSITY", "CONSOLIDATED STATEMENT OF MARKS",
                                         "Name of the Candidate: OKAFOR ADAEZE CHIOMA",
                                         "MB 101 Microbiology 100 72 4", "MB 102 Chemistry 100 70 4",
                                         "MB 103 Botany 100 66 4", "MB 104 Zoology 100 61 4"}}),
  });
  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_TRUE(id.name);
  EXPECT_EQ(*id.name, "Adaeze Chioma Okafor");
  ASSERT_EQ(id.sightings.size(), 3u);
  EXPECT_EQ(id.sightings[2].natural, "Adaeze Chioma Okafor");  // turned by the known surname
  EXPECT_FALSE(match_names(id.sightings[1].natural, *id.name).same);
}

TEST(Names, OcrMisreadingsAreSettledByTheOtherDocuments) {
  const auto c = classify({
      test::make_document("diploma.pdf", {{"#LEYTE GULF COLLEGE", "Tacloban City, Leyte, Philippines",
                                           "the Board of Trustees has conferred upon", "#JENNILYN DE GUZMAN PENAFLOR",
                                           "the degree of", "Bachelor of Science in Medical Technology",
                                           "with all the rights, honors and privileges pertaining thereto."}},
                          0.9f),
      test::make_document("letter.pdf", {{"#BAYANIHAN GENERAL HOSPITAL", "To whom it may concern",
                                          "This is to confirm that Ms. Jennilyn D. Pefiaflor has been employed by",
                                          "Bayanihan General Hospital as Medical Technologist from 1 May 2019 to present."}},
                          0.8f),
      test::make_document("letter_2.pdf", {{"#CORDILLERA SUMMIT HOSPITAL", "To whom it may concern",
                                            "This is to confirm that Ms. Jennilyn D. Pefiaflor was employed by",
                                            "Cordillera Summit Hospital as Medical Technologist from 1 May 2017 to",
                                            "30 April 2019."}},
                          0.8f),
  });
  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_TRUE(id.name);
  EXPECT_EQ(*id.name, "Jennilyn De Guzman Peñaflor");  // "fi" where another reading has "n": an ñ
  ASSERT_EQ(id.sightings.size(), 3u);
  EXPECT_EQ(id.sightings[0].as_printed, "JENNILYN DE GUZMAN PEÑAFLOR");
  EXPECT_EQ(id.sightings[1].natural, "Jennilyn D. Peñaflor");
  EXPECT_TRUE(match_names(id.sightings[1].natural, *id.name).same);
}

TEST(Names, AWordSplitByOcrIsJoinedAndTextLayerWordsAreNeverChanged) {
  const auto c = classify({
      test::make_document("diploma.pdf", {{"#LAKESHORE POLYTECHNIC INSTITUTE", "has conferred upon",
                                           "#LAUREN NICOLE LINDQVIS T", "the degree of",
                                           "Bachelor of Science in Clinical Laboratory Science"}},
                          0.85f),
      test::make_document("tor.pdf", {{"#LAKESHORE POLYTECHNIC INSTITUTE   OFFICIAL ACADEMIC TRANSCRIPT",
                                       "Student: Lindqvist, Lauren Nicole", "CLS 101 Hematology A 5.0 20.0",
                                       "CLS 102 Chemistry A 5.0 20.0", "CLS 103 Microbiology A 5.0 20.0",
                                       "CLS 104 Blood Bank A 5.0 20.0"}}),
      test::make_document("letter.pdf", {{"#PRAIRIE REGIONAL MEDICAL CENTER", "To whom it may concern",
                                          "This is to confirm that Ms. Lauren N. Lindqvest has been employed by",
                                          "Prairie Regional Medical Center as Medical Technologist from 1 May 2021 to present."}}),
  });
  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_EQ(id.sightings.size(), 3u);
  EXPECT_EQ(id.sightings[0].as_printed, "LAUREN NICOLE LINDQVIST");
  EXPECT_EQ(id.sightings[2].natural, "Lauren N. Lindqvest");  // a text layer prints what it prints
  EXPECT_EQ(*id.name, "Lauren Nicole Lindqvist");
}

// One folding (core/text.h fold_latin) for every Latin letter: names in Latin Extended printed
// with and without their marks are the same person, and a different surname still is not.
TEST(Names, LatinExtendedNamesMatchWithAndWithoutTheirMarks) {
  EXPECT_TRUE(match_names("Ọlámidé Adébáyọ̀", "OLAMIDE ADEBAYO").same);
  EXPECT_TRUE(match_names("Nguyễn Thị Đặng", "NGUYEN THI DANG").same);
  EXPECT_TRUE(match_names("ĐẶNG, Nguyễn Thị", "Nguyen T. Dang").same);
  EXPECT_TRUE(match_names("Łukasz Wiśniewski", "Lukasz Wisniewski").same);
  EXPECT_TRUE(match_names("Şükrü Öztürk", "SUKRU OZTURK").same);
  EXPECT_FALSE(match_names("Łukasz Wiśniewski", "Lukasz Kowalski").same);
  EXPECT_FALSE(match_names("Ọlámidé Adébáyọ̀", "Olamide Okafor").same);
}

// Names printed in capitals get their natural case in every Latin letter, not only Latin-1's:
// "NGUYỄN" reads "Nguyễn", never "NguyỄn".
TEST(Names, LatinExtendedNamesPrintedInCapitalsGetTheirNaturalCase) {
  EXPECT_EQ(name_case("NGUYỄN"), "Nguyễn");
  EXPECT_EQ(natural_name("NGUYỄN, THỊ ĐẶNG"), "Thị Đặng Nguyễn");
  EXPECT_EQ(natural_name("ỌLÁMIDÉ ADÉBÁYỌ"), "Ọlámidé Adébáyọ");
  EXPECT_EQ(natural_name("Mr. ŁUKASZ WIŚNIEWSKI-ŻAK"), "Łukasz Wiśniewski-Żak");
  EXPECT_EQ(natural_name("Nguyễn Thị Đặng"), "Nguyễn Thị Đặng");  // not in capitals: as printed
  EXPECT_FALSE(is_all_caps("NGUYễN"));
  EXPECT_TRUE(is_all_caps("ĐẶNG"));
  EXPECT_EQ(title_case("ŁÓDŹ MEDICAL UNIVERSITY"), "Łódź Medical University");
}

TEST(Names, LatinExtendedNamesMatchAcrossDocuments) {
  const auto c = classify({
      test::make_document("diploma.pdf", {{"#Lagoon City University", "Lagos, Lagos State, Nigeria",
                                           "the Board of Trustees has conferred upon", "#Ọlámidé Adébáyọ̀",
                                           "the degree of", "Bachelor of Medical Laboratory Science",
                                           "with all the rights, honors and privileges pertaining thereto."}}),
      test::make_document("letter.pdf", {{"#Harmattan Specialist Hospital", "To whom it may concern",
                                          "This is to confirm that Ms. Olamide Adebayo has been employed by",
                                          "Harmattan Specialist Hospital as Medical Laboratory Scientist from",
                                          "1 July 2021 to present."}}),
  });
  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_EQ(id.sightings.size(), 2u);
  EXPECT_EQ(id.sightings[0].natural, "Ọlámidé Adébáyọ̀");
  EXPECT_EQ(id.sightings[1].natural, "Olamide Adebayo");
  EXPECT_TRUE(match_names(id.sightings[0].natural, id.sightings[1].natural).same);
  ASSERT_TRUE(id.name);
  EXPECT_TRUE(match_names(*id.name, "OLAMIDE ADEBAYO").same);
}

void expect_identity_accuracy(const std::string& family) {
  const test::ExtractedSet& set = test::text_set(family);
  test::Tally t;
  for (const auto& c : set.candidates) test::score_identity(c, t);
  std::cout << t.report("identity, " + family + " text layer");
  EXPECT_GE(t.accuracy(), 0.98);
}

TEST(IdentityAccuracy, TrainTextLayer) { expect_identity_accuracy("train"); }
TEST(IdentityAccuracy, HeldoutTextLayer) { expect_identity_accuracy("heldout"); }

// A record that names its holder in its opening sentence, after a few words and commas: "Certifica-se,
// para os devidos efeitos, que NAME, filho de ..." and "CERTIFICA: Que, el señor NAME, con C.I. ...".
TEST(Names, HolderNamedAfterACertifyingClauseWithCommas) {
  const auto c = classify({
      test::make_document("notas.pdf", {{"#INSTITUTO SUPERIOR DE SAÚDE DO NORTE", "DECLARAÇÃO DE NOTAS",
                                         "Certifica-se, para os devidos efeitos, que ANA LUÍSA MACUÁCUA, filha de Pedro",
                                         "Macuácua, concluiu o curso de Licenciatura em Análises Clínicas."}}),
      test::make_document("kardex.pdf", {{"#UNIVERSIDAD DEL ALTIPLANO", "CERTIFICADO DE CALIFICACIONES",
                                          "El suscrito Jefe de Kardex, en uso de sus atribuciones, CERTIFICA: Que, el señor",
                                          "HUGO PAREDES VILLCA, con C.I. 4412907, ha cursado las asignaturas siguientes:"}})});
  ASSERT_EQ(c.result.segments.size(), 2u);
  const auto pt = find_name(c.result.segments[0]);
  ASSERT_TRUE(pt);
  EXPECT_EQ(pt->natural, "Ana Luísa Macuácua");
  const auto es = find_name(c.result.segments[1]);
  ASSERT_TRUE(es);
  EXPECT_EQ(es->natural, "Hugo Paredes Villca");
}

}  // namespace
}  // namespace cc
