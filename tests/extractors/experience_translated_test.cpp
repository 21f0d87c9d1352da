// Employment letters as agencies receive them from other countries: a religious invocation above
// the letterhead, "employed by the Trust" naming the employer by one word, a translated letter
// printing each date in its own calendar with the Gregorian in brackets, a "Date Left" label, a
// numbered form item ("2. Designation"), a position label in the letter's language.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

TEST(TranslatedLetters, AnInvocationAboveTheLetterheadIsNoEmployer) {
  const Job j = job_of({"#In the name of God, the Most Gracious, the Most Merciful", "#Zarqa Crescent Hospital",
                        "TO WHOM IT MAY CONCERN", "This is to certify that Ms. Rana Haddad has been employed as",
                        "Medical Technologist from 1 March 2019 to 30 June 2023 in the Hematology section."});
  ASSERT_TRUE(j.employer);
  EXPECT_EQ(*j.employer, "Zarqa Crescent Hospital");
}

TEST(TranslatedLetters, OneWordAfterTheRefersBackToTheLetterhead) {
  const Job j = job_of({"#Severn Vale University Hospitals NHS Trust", "Our ref: HR/PATH/8125", "TO WHOM IT MAY CONCERN",
                        "This is to confirm that Ms. Jane Doe was employed by the Trust as a Biomedical Scientist",
                        "from 1 March 2019 to 30 June 2023 in Blood Transfusion and Clinical Chemistry."});
  ASSERT_TRUE(j.employer);
  EXPECT_EQ(*j.employer, "Severn Vale University Hospitals NHS Trust");
}

TEST(TranslatedLetters, SolarHijriDatesWithTheGregorianInBrackets) {
  const Job j = job_of({"#Nour-e Zagros General Hospital", "CERTIFICATE OF EMPLOYMENT",
                        "No.: 2215/HR Date: 1402/04/10 (1 July 2023)",
                        "This is to certify that Mr. Reza Karimi has worked as Laboratory Sciences Expert at the laboratory",
                        "of Nour-e Zagros General Hospital from 1399/06/11 (1 September 2020) to 1402/02/18 (8 May 2023),",
                        "on a full-time basis (44 hours per week)."});
  EXPECT_EQ(j.start, "2020-09-01");
  EXPECT_EQ(j.end, "2023-05-08");
}

TEST(TranslatedLetters, DateLeftLabelEndsThePeriod) {
  const Job j = job_of({"#HOSPITAL PAKAR SERI HARAPAN", "SERVICE CERTIFICATE",
                        "This is to certify that the following person is / was in the service of this organisation:",
                        "Name: KHOO WEI JIE", "Position: Scientific Officer (Biomedical)", "Date Joined: 01 Oct 2022",
                        "Date Left: 12 Mar 2024", "Working Hours: 40 hours per week"});
  EXPECT_EQ(j.start, "2022-10-01");
  EXPECT_EQ(j.end, "2024-03-12");
}

TEST(TranslatedLetters, NumberedAndTranslatedPositionLabels) {
  const Job a = job_of({"#TAGUM DOCTORS HOSPITAL", "CERTIFICATE OF EMPLOYMENT", "1. Name of Employee: Ana Cruz",
                        "2. Designation: Medical Technologist I", "3. Period: from 1 March 2019 to 30 June 2023"});
  ASSERT_TRUE(a.position);
  EXPECT_EQ(*a.position, "Medical Technologist I");
  const Job b = job_of({"#CLINICA SAN RAFAEL", "CERTIFICATE OF EMPLOYMENT", "This is to certify that Ana Cruz was employed",
                        "Cargo / Position: Bacteriólogo de Laboratorio Clínico", "from 1 March 2019 to 30 June 2023"});
  ASSERT_TRUE(b.position);
  EXPECT_EQ(*b.position, "Bacteriólogo de Laboratorio Clínico");
}

TEST(TranslatedLetters, HoursInOtherLanguagesAndPerMonth) {
  EXPECT_EQ(hours_in("con una intensidad de 20 horas semanales").hours_per_week, 20);
  EXPECT_EQ(hours_in("em regime de 30 horas semanais").hours_per_week, 30);
  EXPECT_EQ(hours_in("cu normă întreagă (8 ore/zi, 40 ore/săptămână)").hours_per_week, 40);
  EXPECT_EQ(hours_in("à raison de 35 heures par semaine").hours_per_week, 35);
  const auto monthly = hours_in("con una jornada de 160 horas mensuales");
  ASSERT_TRUE(monthly.hours_per_week);
  EXPECT_EQ(*monthly.hours_per_week, 37);  // 37 x 52 / 12 = 160.3: the whole week 160 came from
  EXPECT_FALSE(hours_in("desde el año 2019 hasta 2023").hours_per_week);
}

}  // namespace
}  // namespace cc
