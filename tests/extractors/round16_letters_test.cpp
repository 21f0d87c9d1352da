// Round 16 as training data (issue 16, helper j4): certificates of employment and diplomas in the
// words of more languages, kept as data (extractors/data/document_words.tsv), on pages of no
// generator design. Each rule states a general property: the word classes "certificate of
// employment" and "diploma" and the words of a period ("since", "from ... to", "to this day") in
// more languages; hours a fortnight, hours abbreviated with a slash, the week's working time named
// before its figure, full and part time in more languages; a date written year first with its word
// for "year" (Latvian); a civility after its article ("de heer") and a company's name in quotation
// marks are no part of a person's name; a field label printed in two languages over two lines, the
// value beside the first.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/document_words.h"
#include "extractors/experience.h"
#include "extractors/identity.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

const std::vector<std::string> kFlemishAttest = {
    "#AZ Sint-Jozef", "Dienst Human Resources - hr@azsintjozef.example", "Brugge, 3 maart 2026",
    "ARBEIDSATTEST",
    "Ondergetekende, Els Maes, HR-directeur van AZ Sint-Jozef, verklaart dat de heer Jan Peeters, van 1 februari",
    "2019 tot en met 30 juni 2024 bij ons in dienst was als laboratoriumtechnoloog in het klinisch laboratorium",
    "(dienst hematologie), deeltijds 4/5 (30,4 uur per week).", "Voor echt verklaard,", "Els Maes"};

const std::vector<std::string> kLatvianIzzina = {
    "#SIA “Rīgas Laboratorija”", "Brīvības iela 12, Rīga, LV-1010", "Rīga, 2025. gada 3. martā Nr. 1-12/345", "IZZIŅA",
    "Izsniegta Anna Kalniņa (personas kods 010190-12345) par to, ka viņa strādāja SIA “Rīgas Laboratorija”",
    "laboratorijā par laboranti no 2020. gada 1. februāra līdz 2024. gada 30. jūnijam; normālais darba",
    "laiks 40 stundas nedēļā.", "Izziņa izsniegta iesniegšanai pēc pieprasījuma.", "Ieva Bērziņa",
    "Personāla daļas vadītāja"};

TEST(Round16Letters, TheWordsOfCertificatesOfEmploymentAndDiplomasAreDataInMoreLanguages) {
  EXPECT_FALSE(document_words("letter").empty());
  EXPECT_FALSE(document_words("diploma").empty());
  EXPECT_EQ(document_words_alternation("no such class"), "(?!)");
  EXPECT_EQ(classify_page(test::make_page(kFlemishAttest)).type, "employment_letter");
  EXPECT_EQ(classify_page(test::make_page(kLatvianIzzina)).type, "employment_letter");
  const std::vector<std::string> finnish = {"Terveyslaboratorio Oy", "TYÖTODISTUS", "Työntekijä /   Maija Virtanen",
                                            "Työsuhteen kesto /   1.3.2018 - 31.5.2022", "Tehtävät /   laborantti"};
  EXPECT_EQ(classify_page(test::make_page(finnish)).type, "employment_letter");
  const std::vector<std::string> latvian_diploma = {
      "LATVIJAS REPUBLIKA", "VIDZEMES AUGSTSKOLA", "#DIPLOMS", "Šis diploms apliecina, ka", "#Anna Kalniņa",
      "2019. gadā beigusi profesionālā bakalaura studiju programmu “Bioloģija” un ieguvusi",
      "profesionālo bakalaura grādu bioloģijā", "Rīgā, 2019. gada 20. jūnijā"};
  EXPECT_EQ(classify_page(test::make_page(latvian_diploma)).type, "diploma");
}

TEST(Round16Letters, ThePeriodFromToAndToThisDayInMoreLanguages) {
  const Job latvian = test::job_of(kLatvianIzzina);
  EXPECT_EQ(latvian.start.value_or(""), "2020-02-01");
  EXPECT_EQ(latvian.end.value_or(""), "2024-06-30");
  EXPECT_EQ(latvian.hours_per_week.value_or(0), 40);

  const Job flemish = test::job_of(kFlemishAttest);
  EXPECT_EQ(flemish.start.value_or(""), "2019-02-01");
  EXPECT_EQ(flemish.end.value_or(""), "2024-06-30");
  EXPECT_DOUBLE_EQ(flemish.hours_per_week.value_or(0), 30.4);

  std::vector<std::string> current = kLatvianIzzina;
  current[4] = "Izsniegta Anna Kalniņa (personas kods 010190-12345) par to, ka viņa strādā SIA “Rīgas Laboratorija”";
  current[5] = "laboratorijā par laboranti no 2020. gada 1. februāra līdz šim brīdim; normālais darba";
  const Job ongoing = test::job_of(current);
  EXPECT_EQ(ongoing.start.value_or(""), "2020-02-01");
  EXPECT_TRUE(ongoing.to_present);

  // Finnish writes "from" after the date; the employment "goes on" in brackets.
  const Job finnish = test::job_of({"Terveyslaboratorio Oy", "TYÖTODISTUS", "CERTIFICATE OF EMPLOYMENT",
                                    "Työntekijä /   Maija Virtanen", "Työsuhteen kesto /   21.2.2019 alkaen (työsuhde jatkuu)",
                                    "Työaika /   kokoaikainen (38,25 h/vko)"});
  EXPECT_EQ(finnish.start.value_or(""), "2019-02-21");
  EXPECT_TRUE(finnish.to_present);
  EXPECT_DOUBLE_EQ(finnish.hours_per_week.value_or(0), 38.25);
}

TEST(Round16Letters, HoursAFortnightAbbreviatedOrNamedBeforeTheirFigure) {
  EXPECT_DOUBLE_EQ(hours_in("a permanent full-time position (1.0 FTE, 80 hours per fortnight)").hours_per_week.value_or(0), 40);
  // The hours printed beside a share of a post are the hours, not the share of 35.
  EXPECT_DOUBLE_EQ(hours_in("a permanent part-time position (0.5 FTE, 40 hours per fortnight)").hours_per_week.value_or(0), 20);
  EXPECT_DOUBLE_EQ(hours_in("osa-aikainen 65 % (24 h/vko)").hours_per_week.value_or(0), 24);
  EXPECT_DOUBLE_EQ(hours_in("part-time 65% (24 h/week)").hours_per_week.value_or(0), 24);
  EXPECT_DOUBLE_EQ(hours_in("na plný pracovný úväzok s ustanoveným týždenným pracovným časom 37,5 hodiny").hours_per_week.value_or(0), 37.5);
  EXPECT_DOUBLE_EQ(hours_in("normālais darba laiks 40 stundas nedēļā").hours_per_week.value_or(0), 40);
  EXPECT_TRUE(hours_in("met een contract van onbepaalde duur, voltijds.").full_time);
  EXPECT_TRUE(hours_in("na plný pracovný úväzok.").full_time);
  EXPECT_TRUE(hours_in("darbs uz pilnu slodzi.").full_time);
  EXPECT_TRUE(hours_in("kokoaikainen").full_time);
  EXPECT_TRUE(hours_in("deeltijds 1/2").part_time);
  EXPECT_TRUE(hours_in("na kratší pracovný čas 20 hodín týždenne").part_time);
  EXPECT_TRUE(hours_in("nepilns darba laiks, 20 stundas nedēļā").part_time);
}

TEST(Round16Letters, AnEmployersNameInProseEndsBeforeAColon) {
  const Job sz = test::job_of({"#MANZINI MISSION HOSPITAL", "Ref: HR/123/2025", "TO WHOM IT MAY CONCERN",
                               "This is to confirm that Ms Thandi Dlamini has been employed by Manzini Mission Hospital in the",
                               "following capacities:", "Position   Department   From   To",
                               "Laboratory Technologist   Haematology   01/02/2019   to date", "She works 40 hours per week."});
  EXPECT_EQ(sz.employer.value_or(""), "Manzini Mission Hospital");
}

TEST(Round16Letters, NamesAfterACivilityAndItsArticleNeverACompanyInQuotes) {
  EXPECT_EQ(strip_honorific("de heer Pieter De Clercq"), "Pieter De Clercq");
  EXPECT_EQ(strip_honorific("mevrouw Hanne De Clercq"), "Hanne De Clercq");
  EXPECT_EQ(strip_honorific("De Clercq Pieter"), "De Clercq Pieter");
  EXPECT_TRUE(match_names("de heer Pieter De Clercq", "Pieter De Clercq").same);

  const auto flemish = test::classify({test::make_document("letter.pdf", {kFlemishAttest})});
  const IdentityFacts be = extract_identity(flemish.result.segments);
  EXPECT_EQ(be.name.value_or(""), "Jan Peeters");

  const auto latvian = test::classify({test::make_document("letter.pdf", {kLatvianIzzina})});
  const IdentityFacts lv = extract_identity(latvian.result.segments);
  EXPECT_EQ(lv.name.value_or(""), "Anna Kalniņa");
}

TEST(Round16Letters, AFieldLabelInTwoLanguagesOverTwoLinesHasItsValueBesideTheFirst) {
  const auto supplement = test::classify({test::make_document(
      "supplement.pdf", {{"VIDZEMES AUGSTSKOLA   DIPLOMA PIELIKUMS / DIPLOMA SUPPLEMENT", "DIPLOMA PIELIKUMS",
                          "DIPLOMA SUPPLEMENT", "1. ZIŅAS PAR KVALIFIKĀCIJAS IEGUVĒJU",
                          "INFORMATION IDENTIFYING THE HOLDER OF THE QUALIFICATION", "1.1 Uzvārds       Kalniņa",
                          " Family name", "1.2 Vārds       Anna", " Given name", "1.3 Dzimšanas datums       01.01.1990",
                          " Date of birth", "Study course   KP   ECTS   Grade", "Cilvēka anatomija   4   6   8",
                          "Bioķīmija   5   7.5   7", "Hematoloģija   4   6   9"}})});
  const IdentityFacts lv = extract_identity(supplement.result.segments);
  EXPECT_EQ(lv.name.value_or(""), "Anna Kalniņa");

  // The line under a label is no value when it is a label itself ("Employee:" over "Työnantaja /").
  const auto finnish = test::classify({test::make_document(
      "letter.pdf", {{"Terveyslaboratorio Oy", "TYÖTODISTUS", "CERTIFICATE OF EMPLOYMENT", "Työntekijä /   Maija Virtanen",
                      "Employee:", "Työnantaja /   Terveyslaboratorio Oy", "Employer:",
                      "Työsuhteen kesto /   1.3.2018 - 31.5.2022", "Period of employment:"}})});
  const IdentityFacts fi = extract_identity(finnish.result.segments);
  EXPECT_EQ(fi.name.value_or(""), "Maija Virtanen");
}

TEST(Round16Letters, SemestersNumberedWithinEachYearCountOneYearOfTheYearsOfStudy) {
  // Each year of study heads its two semesters, numbered again every year: the years say four.
  const std::vector<std::string> lines = {"YEAR 1 — 2018/2019", "SEMESTER I   SEMESTER II", "BIO101 Biology I 4 A",
                                          "YEAR 2 — 2019/2020", "SEMESTER I   SEMESTER II", "BMS211 Anatomy 4 A",
                                          "YEAR 3 — 2020/2021", "SEMESTER I   SEMESTER II", "BMS311 Haematology 4 A",
                                          "YEAR 4 — 2021/2022", "SEMESTER I   SEMESTER II", "BMS411 Diagnostics 4 A"};
  EXPECT_EQ(years_from_terms(lines), 4);
  EXPECT_EQ(years_from_terms({"Semester I", "Semester II", "Semester III", "Semester IV"}), 2);
}

}  // namespace
}  // namespace cc
