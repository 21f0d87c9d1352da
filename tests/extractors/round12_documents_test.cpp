// Round 12 as training data (issue 16, helper f4): documents in Hungarian, Bulgarian and French
// shown on pages of no generator design. Each rule states a general property: an employer's
// certificate and a diploma are named by their language's words for them (a class of words listed
// in several languages); a diploma supplement that lists no subjects belongs to the diploma before
// it; dates written year first with the month's name; "from" said by a case ending after the date;
// the level's abbreviation after the programme; a level and a programme printed in labelled fields;
// the countries of the gazetteer.
#include <gtest/gtest.h>

#include "extractors/dates.h"
#include "extractors/degree.h"
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(Round12Documents, GazetteerKnowsMoreCountries) {
  EXPECT_EQ(country_from_text("National Health Training College, Private Bag A4, Maseru, Lesotho"), "LS");
  EXPECT_EQ(country_from_text("School of Nursing, Kanifing, The Gambia"), "GM");
  EXPECT_EQ(country_from_text("Institut de Santé, 01 BP 12 Ouagadougou 01"), "BF");
  EXPECT_EQ(country_from_text("Faculty of Health Sciences, Republic of Maldives"), "MV");
  EXPECT_EQ(country_from_text("Klinikai Központ, Debrecen, Nagyerdei krt. 98."), "HU");
  EXPECT_EQ(country_from_text("Medical University of Plovdiv, Republic of Bulgaria"), "BG");
}

TEST(Round12Documents, DatesWrittenYearFirstWithTheMonthsName) {
  EXPECT_EQ(parse_date("Kelt: Debrecen, 2020. március 5.")->iso(), "2020-03-05");
  EXPECT_EQ(parse_date("Pécs, 2017. november 30.")->iso(), "2017-11-30");
  EXPECT_EQ(parse_date("2018. 07. 02.")->iso(), "2018-07-02");
}

TEST(Round12Documents, AnEmployersCertificateInHungarianIsALetterWithItsPeriodHoursAndUnits) {
  const Job job = test::job_of({"Megyei Kórház Laboratóriuma", "Személyügyi Osztály",
                                "Igazoljuk, hogy KOVÁCS Anna 2020. március 2-ától intézményünk laboratóriumában",
                                "asszisztens munkakörben, heti 36 órás munkaidőben, munkaviszonyban áll.",
                                "Részlegek: Transzfúziológia, Klinikai kémia, Vérvétel.", "Kelt: Pécs, 2026. 05. 04."});
  ASSERT_TRUE(job.start);
  EXPECT_EQ(*job.start, "2020-03-02");
  ASSERT_TRUE(job.hours_per_week);
  EXPECT_EQ(*job.hours_per_week, 36);
  for (const char* area : {"blood_bank", "chemistry", "phlebotomy"})
    EXPECT_NE(std::find(job.departments.begin(), job.departments.end(), area), job.departments.end()) << area;
}

TEST(Round12Documents, AnEmployersCertificateInBulgarianIsALetterThatGoesOn) {
  const Job job = test::job_of({"Многопрофилна болница", "УДОСТОВЕРЕНИЕ",
                                "Настоящото удостоверение се издава на Мария Петрова, в уверение на това, че работи",
                                "като лаборант в Клинична лаборатория от 01.02.2021 г. до момента, по трудов договор.",
                                "Управител"});
  ASSERT_TRUE(job.start);
  EXPECT_EQ(*job.start, "2021-02-01");
  EXPECT_TRUE(job.to_present);
}

TEST(Round12Documents, ADiplomaSupplementListingNoSubjectsBelongsToTheDiplomaBeforeIt) {
  const std::vector<std::string> diploma = {
      "#DEBRECENI EGYETEM", "#OKLEVÉL", "NAGY Péter részére,", "aki tanulmányait befejezte, a záróvizsgát letette,",
      "és ápoló szakképzettséget szerzett.", "Az oklevél minősítése: jó.", "Kelt: Debrecen, 2018. június 29."};
  const std::vector<std::string> supplement = {
      "OKLEVÉLMELLÉKLET / DIPLOMA SUPPLEMENT", "1.1 Family name(s): NAGY", "2.1 Name of qualification: ápoló / Nurse",
      "3.1 Level of qualification: first cycle (Bachelor)", "3.2 Official length of programme: 8 semesters",
      "Az oklevél kelte / Date of the diploma: 2018. 06. 29."};
  const auto c = test::classify({test::make_document("diploma.pdf", {diploma, supplement})});
  const auto& segments = c.result.kinds.segments.at("diploma.pdf");
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].type, "diploma");
  EXPECT_EQ(segments[0].pages, (std::vector<int>{1, 2}));
}

TEST(Round12Documents, TheLevelsAbbreviationAfterTheProgrammeNamesTheLevel) {
  EXPECT_EQ(level_of_title("Ápolás és betegellátás BSc"), "bachelor");
  EXPECT_EQ(level_of_title("Molekuláris biológia MSc"), "master");
  EXPECT_EQ(level_of_title("Бакалавър по Химия"), "bachelor");
  EXPECT_EQ(field_of_title("Orvosi laboratóriumi diagnosztikai analitikus BSc"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Професионален бакалавър по Медицински лаборант"), "medical_laboratory_science");
  EXPECT_EQ(level_of_title("Diplôme d'État d'Infirmier"), "diploma");
}

TEST(Round12Documents, ALevelAndAProgrammeInLabelledFieldsMakeTheTitle) {
  const auto degree = test::degree_of({"#ДИПЛОМА", "за висше образование", "Пловдивски университет",
                                       "завършила с образователно-квалификационна степен „бакалавър“",
                                       "Специалност: Биология", "Образователно-квалификационна степен: бакалавър",
                                       "Дата на издаване: 12.07.2019 г."});
  ASSERT_TRUE(degree);
  ASSERT_TRUE(degree->title);
  EXPECT_EQ(*degree->title, "Бакалавър по Биология");
  EXPECT_EQ(degree->level.value_or(""), "bachelor");
  EXPECT_EQ(degree->field.value_or(""), "biology");
}

}  // namespace
}  // namespace cc
