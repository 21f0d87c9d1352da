// Round 17 as training data (issue 16, helper k4): certificates of employment, diplomas and their
// holders in the words of more languages, kept as data (extractors/data/document_words.tsv), on
// pages of no generator design. Each rule states a general property: the heading and words of a
// certificate of employment (Estonian, Albanian); the words of a period ("since ... to this day",
// "from ... onwards", "from ... to"); hours a week, full and part time and a post's share in more
// languages; a date labelled with another calendar's era is no Gregorian start or end; the words
// for "certifies that" and a name followed by "born <date>" lead to the holder; a post after
// "na delovnem mestu", Albanian "në pozitën" and German "als" with its capital; lab areas in more
// languages; "has completed the requirements for the <...> Degree" is a certificate's wording.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/document_words.h"
#include "extractors/experience.h"
#include "extractors/experience_parts.h"
#include "extractors/dates.h"
#include "extractors/identity.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

const std::vector<std::string> kEstonianToend = {
    "#Põhja Labor AS", "Narva mnt 5, 10117 Tallinn", "Tallinn, 02.03.2026", "#TÕEND",
    "Põhja Labor AS kinnitab, et Kati Tamm töötab Põhja Labor AS laboris (mikrobioloogia osakond ja",
    "vereülekande osakond) alates 15.03.2019 tänaseni, osalise tööajaga (30 tundi nädalas).",
    "Lugupidamisega", "Mari Kask", "personalijuht"};

const std::vector<std::string> kAlbanianVertetim = {
    "#Klinika Diagnostike Drita", "Rr. Dardania 7, Prizren", "Data: 12.04.2026", "#VËRTETIM PUNE",
    "Vërtetohet se Arta Berisha ka qenë në marrëdhënie pune në Klinika Diagnostike Drita në pozitën",
    "Teknike e laboratorit prej datës 03.05.2019 deri më datën 28.02.2025, me orar të plotë pune (40 orë në",
    "javë), në sektorët Biokimi dhe Urinalizë.", "Drejtori i Burimeve Njerëzore", "Ilir Gashi"};

// Round 20 GH (after seeing it): a government letterhead's boxed instruction "In case of reply the
// number / and date of this letter / should be quoted" beside the hospital's name is no employer,
// nor are the lines it runs on to (they begin with a small letter).
TEST(Round17Letters, AnInstructionInTheLetterheadIsNoEmployer) {
  const Job j = test::job_of({"In case of reply the number          HEALTH SERVICE OF GHANA",
                              "and date of this letter          TAMALE SAVANNAH MUNICIPAL HOSPITAL",
                              "should be quoted          P.O. Box TL 16, Bolgatanga Road",
                              "Our Ref: TAM/HR/280/V.3          Tel: +233 37 000 0163", "2nd December, 2025",
                              "CONFIRMATION OF EMPLOYMENT - KWAME KYEI AMOAH",
                              "I write to confirm that Kwame Kyei Amoah was a staff of this Hospital, appointed as a Senior Medical",
                              "Laboratory Scientist with effect from 12th August 2024.",
                              "He served until 21st November 2025 when he resigned his appointment.", "Dr. Kwaku Adomako-Bonsu",
                              "Medical Superintendent"});
  EXPECT_EQ(j.employer.value_or(""), "Tamale Savannah Municipal Hospital");
}

TEST(Round17Letters, EstonianAndAlbanianCertificatesOfEmploymentAreLetters) {
  EXPECT_EQ(classify_page(test::make_page(kEstonianToend)).type, "employment_letter");
  EXPECT_EQ(classify_page(test::make_page(kAlbanianVertetim)).type, "employment_letter");
}

TEST(Round17Letters, PeriodsHoursAndAreasInMoreLanguages) {
  const Job ee = test::job_of(kEstonianToend);
  EXPECT_EQ(ee.start.value_or(""), "2019-03-15");
  EXPECT_FALSE(ee.end.has_value());
  EXPECT_DOUBLE_EQ(ee.hours_per_week.value_or(0), 30);
  EXPECT_EQ(ee.departments, (std::vector<std::string>{"microbiology", "blood_bank"}));

  const Job xk = test::job_of(kAlbanianVertetim);
  EXPECT_EQ(xk.start.value_or(""), "2019-05-03");
  EXPECT_EQ(xk.end.value_or(""), "2025-02-28");
  EXPECT_DOUBLE_EQ(xk.hours_per_week.value_or(0), 40);
  EXPECT_EQ(xk.position.value_or(""), "Teknike e laboratorit");

  // Slovenian "od ... dalje" (from ... onwards) and "na delovnem mestu" (at the post of)
  const Job si = test::job_of({"#Zdravstveni dom Krka", "Datum: 4. 5. 2026", "#POTRDILO O ZAPOSLITVI",
                               "S tem potrjujemo, da je Maja Kos pri nas zaposlena od 2. 9. 2020 dalje, s krajšim",
                               "delovnim časom 24 ur tedensko, na delovnem mestu laboratorijska tehnica, v Laboratoriju.",
                               "Vodja kadrovske službe"});
  EXPECT_EQ(si.start.value_or(""), "2020-09-02");
  EXPECT_FALSE(si.end.has_value());
  EXPECT_DOUBLE_EQ(si.hours_per_week.value_or(0), 24);
  EXPECT_EQ(si.position.value_or(""), "laboratorijska tehnica");

  // German: the post after "als", capitalised; hours as "Wochenstunden"
  const Job de = test::job_of({"#Labor Nord GmbH", "Graz, am 3. März 2026", "#DIENSTZEUGNIS",
                               "Herr Paul Huber war vom 1. April 2018 bis 30. Juni 2022 in unserem Labor als",
                               "Laborassistent im Ausmaß von 25 Wochenstunden beschäftigt. Er war in der",
                               "Blutabnahme und der Hämatologie tätig.", "Personalabteilung"});
  EXPECT_EQ(de.position.value_or(""), "Laborassistent");
  EXPECT_DOUBLE_EQ(de.hours_per_week.value_or(0), 25);
}

TEST(Round17Letters, HoursFullAndPartTimeAndAPostsShareAreDataInMoreLanguages) {
  EXPECT_FALSE(document_words("hours_week").empty());
  EXPECT_DOUBLE_EQ(hours_in("arbetstid 38 timmar per vecka").hours_per_week.value_or(0), 38);
  EXPECT_DOUBLE_EQ(hours_in("im Ausmaß von 20 Wochenstunden (Teilzeit)").hours_per_week.value_or(0), 20);
  EXPECT_TRUE(hours_in("im Ausmaß von 20 Wochenstunden (Teilzeit)").part_time);
  EXPECT_TRUE(hours_in("töötab täistööajaga").full_time);
  EXPECT_TRUE(hours_in("me orar të plotë pune").full_time);
  EXPECT_TRUE(hours_in("Anställningen avser heltid.").full_time);
  // a post's share: "Tjänstgöringsgrad: 50 %" is half of a full post
  const HoursStatement half = hours_in("Tjänstgöringsgrad: 50 %");
  EXPECT_TRUE(half.part_time);
  EXPECT_DOUBLE_EQ(half.hours_per_week.value_or(0), 17.5);
}

TEST(Round17Letters, ADateLabelledWithAnotherCalendarsEraIsNoGregorianStartOrEnd) {
  const Job et = test::job_of({"#Abay Referral Hospital", "Date: 10/02/2026 G.C.", "To Whom It May Concern",
                               "This is to certify that Mr. Dawit Alemu worked in our hospital as a Laboratory Technologist",
                               "from 15/03/2017 G.C. (06/07/2009 E.C.) to 20/08/2022 G.C. (14/12/2014 E.C.), on a full-time",
                               "basis.", "Human Resource Management Directorate"});
  EXPECT_EQ(et.start.value_or(""), "2017-03-15");
  EXPECT_EQ(et.end.value_or(""), "2022-08-20");
}

TEST(Round17Letters, TheHolderAfterCertifiesThatOrBeforeBornInMoreLanguages) {
  const auto ee = test::classify({test::make_document("letter.pdf", {kEstonianToend})});
  EXPECT_EQ(extract_identity(ee.result.segments).name.value_or(""), "Kati Tamm");
  const auto xk = test::classify({test::make_document("letter.pdf", {kAlbanianVertetim})});
  EXPECT_EQ(extract_identity(xk.result.segments).name.value_or(""), "Arta Berisha");
  // A diploma's "X, född <date>" is its holder, not the administrator who signs it.
  const auto se = test::classify({test::make_document(
      "diploma.pdf", {{"#NORRSKOGENS HÖGSKOLA", "#EXAMENSBEVIS", "Lena Maria Berg, född 1997-02-11,",
                       "har avlagt Kandidatexamen i biologi, omfattande 180 högskolepoäng.", "Luleå den 2 juni 2020",
                       "Per Ström", "Examenshandläggare"}})});
  EXPECT_EQ(extract_identity(se.result.segments).name.value_or(""), "Lena Maria Berg");
}

TEST(Round17Letters, CompletingTheRequirementsForADegreeIsACertificatesWording) {
  const std::vector<std::string> page = {"#Harbour Point Community College", "This is to certify that", "#Dana Clarke",
                                         "has satisfactorily completed the requirements for the",
                                         "#Associate Degree in Applied Science (Medical Laboratory Technology)",
                                         "June 2019", "Principal   Chairman of the Board"};
  EXPECT_EQ(classify_page(test::make_page(page)).type, "diploma");
}

// With the letter words switched off (CC_ABLATE_LETTER_WORDS=1) the period is read from the dates'
// layout alone; a birth date (after the word for "born") is set aside first.
TEST(Round17Letters, ABirthDateIsNoPeriodWhenOnlyStructureReadsIt) {
  const std::string text = "Frau Anna Huber, geboren am 8. November 1999, war vom 1. Dezember 2021 bis 31. Mai 2024 bei uns.";
  const std::vector<DateMatch> dates = find_dates(text, DayOrderInfo{});
  ASSERT_EQ(dates.size(), 3u);
  const std::vector<DateMatch> kept = without_birth_dates(text, dates);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept.front().begin, text.find("1. Dezember"));
}

}  // namespace
}  // namespace cc
