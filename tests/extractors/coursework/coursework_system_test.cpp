// Tests of the credit systems told by numbers or by country: ECTS semesters of 30 credits, the
// French-speaking LMD system, Mexican credits; and their semester hours.
#include <gtest/gtest.h>

#include "extractors/coursework/coursework_system.h"
#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/weekly_hours.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

// The shipped ruleset's semester_hours_per_credit: the one table of factors the pipeline hands over.
const CreditFactors& shipped_factors() {
  static const CreditFactors factors = test::shipped_credit_factors();
  return factors;
}

CreditSystemClues terms_of(const std::vector<std::vector<double>>& terms) {
  CreditSystemClues clues;
  clues.has_credits = true;
  clues.credit_headers = {"Credits"};
  for (size_t t = 0; t < terms.size(); ++t)
    for (double c : terms[t]) clues.course_credits.push_back({"Semester " + std::to_string(t + 1), c});
  return clues;
}

TEST(CreditSystems, EctsBySemestersOfThirty) {
  const auto ects = terms_of({{5, 5, 5, 5, 5, 3, 2}, {6, 5, 5, 5, 5, 2, 2}, {6, 5, 6, 5, 5, 3}, {6, 6, 5, 5, 5, 3}});
  EXPECT_EQ(detect_credit_system(ects), "ects");
  // US semesters of 15 to 18 hours are semester hours.
  EXPECT_EQ(detect_credit_system(terms_of({{3, 3, 4, 3, 3}, {3, 3, 3, 4, 4}, {4, 4, 3, 3}, {3, 3, 3, 3, 3}})), "semester");
  // Fewer than four terms: not enough to tell.
  EXPECT_EQ(detect_credit_system(terms_of({{5, 5, 5, 5, 5, 5}, {10, 10, 10}})), "semester");
  // A term of 30 among terms of other sums, less than half of them: not ECTS.
  EXPECT_EQ(detect_credit_system(terms_of({{10, 10, 10}, {6, 6, 6}, {6, 6, 6}, {6, 6, 6}})), "semester");
  // Semesters of two modules adding up to 30 (10 + 20, 15 + 15, 24 + 6): ECTS semesters too (round 6
  // DZ, round 9 TN); one course of 30 a term is not enough.
  EXPECT_EQ(detect_credit_system(terms_of({{10, 12, 8}, {10, 20}, {14, 8, 8}, {12, 18}, {16, 14}, {24, 6}})), "ects");
  EXPECT_EQ(detect_credit_system(terms_of({{30}, {30}, {30}, {30}})), "semester");
}

TEST(CreditSystems, UkSemestersOfSixtyOverAWholeRecord) {
  // Modules of 12 and 24 credits, semesters of 60, eight of them (480): a UK-scale record.
  const std::vector<double> semester = {12, 12, 24, 12};
  EXPECT_EQ(detect_credit_system(terms_of({semester, semester, semester, semester, semester, semester, semester, semester})), "uk");
  // Four terms of 60 (240 in all) are ECTS years as much as UK semesters: not told by this rule.
  EXPECT_NE(detect_credit_system(terms_of({semester, semester, semester, semester})), "uk");
}

// Terms whose headings print one calendar year twice are parts of a year (S174): four semesters of
// 60 in two calendar years are UK semesters, a non-credit course of 0 among them changing nothing;
// the same loads under headings of one academic year each (`2016-2017`) are left to other rules.
TEST(CourseworkSystem, TermsOfOneYearCarryingSixtyAreUkSemesters) {
  CreditSystemClues clues;
  clues.has_credits = true;
  clues.credit_headers = {"Xyz"};
  const std::vector<std::pair<std::string, std::vector<double>>> terms = {
      {"2016 Period A", {0, 15, 15, 15, 15}}, {"2016 Period B", {15, 15, 15, 15}},
      {"2017 Period A", {15, 15, 15, 15}}, {"2017 Period B", {30, 15, 15}}};
  for (const auto& [term, credits] : terms)
    for (double c : credits) clues.course_credits.push_back({term, c});
  EXPECT_EQ(detect_credit_system(clues), "uk");
  CreditSystemClues years = clues;
  years.course_credits.clear();
  const char* names[] = {"2014-2015", "2015-2016", "2016-2017", "2017-2018"};
  for (size_t t = 0; t < terms.size(); ++t)
    for (double c : terms[t].second) years.course_credits.push_back({names[t], c});
  EXPECT_NE(detect_credit_system(years), "uk");
}

// Three terms each naming a whole academic year, each adding up to 60, are ECTS years (S176); three
// terms that name parts of a year stay below the four terms the rule asks for.
TEST(CourseworkSystem, ThreeWholeYearsOfSixtyAreEcts) {
  CreditSystemClues clues;
  clues.has_credits = true;
  clues.credit_headers = {"Xyz"};
  for (const char* year : {"Xyz 2017-2018", "Xyz 2018-2019", "Xyz 2019-2020"})
    for (int k = 0; k < 10; ++k) clues.course_credits.push_back({year, 6});
  EXPECT_EQ(detect_credit_system(clues), "ects");
  CreditSystemClues parts = clues;
  parts.course_credits.clear();
  for (const char* term : {"Semester 1", "Semester 2", "Semester 3"})
    for (int k = 0; k < 10; ++k) parts.course_credits.push_back({term, 6});
  EXPECT_NE(detect_credit_system(parts), "ects");
}

TEST(CreditSystems, LmdIsEcts) {
  CreditSystemClues lmd = terms_of({{4, 4, 4}});
  lmd.text = "Année d'entrée / Year of entry: 2015/2016 Système / System: LMD";
  EXPECT_EQ(detect_credit_system(lmd), "ects");
  lmd.text = "Régime LMD";
  EXPECT_EQ(detect_credit_system(lmd), "ects");
  lmd.text = "LMD Laboratories Ltd";  // the letters alone name no system
  EXPECT_EQ(detect_credit_system(lmd), "semester");
  // Credits "capitalised" are the LMD system's word for credits acquired for good.
  lmd.text = "Crédits capitalisés: L1 60, L2 60, L3 60 = 180";
  EXPECT_EQ(detect_credit_system(lmd), "ects");
  lmd.text = "Credits capitalised in the record";  // the English word names no system
  EXPECT_EQ(detect_credit_system(lmd), "semester");
}

// Chile's transfer credits (SCT) are ECTS-like: by a credit header "SCT", or by the text naming
// the system; the letters in lower case in running text name nothing.
TEST(CreditSystems, ChileanTransferCreditsAreEcts) {
  CreditSystemClues sct = terms_of({{15, 15}, {8, 8, 6, 5, 3}});
  sct.credit_headers = {"SCT"};
  EXPECT_EQ(detect_credit_system(sct), "ects");
  sct.credit_headers = {"Credits"};
  sct.text = "1 SCT equivale a 24 a 31 horas de trabajo";
  EXPECT_EQ(detect_credit_system(sct), "ects");
  sct.text = "Sistema de Créditos Transferibles";
  EXPECT_EQ(detect_credit_system(sct), "ects");
  sct.text = "Vorplic sct Dranthery";
  EXPECT_EQ(detect_credit_system(sct), "semester");
}

// Dutch ECTS credits: EC (European Credits) as a credits column's header, or counted in EC in the
// text ("Totaal behaalde studiepunten: 240 EC", "7,5 EC"); the letters in lower case name nothing.
TEST(CreditSystems, DutchEuropeanCreditsAreEcts) {
  CreditSystemClues ec = terms_of({{5, 5, 2.5, 2.5}, {5, 5, 5}});
  ec.credit_headers = {"EC"};
  EXPECT_EQ(detect_credit_system(ec), "ects");
  ec.credit_headers = {"Credits"};
  ec.text = "Totaal propedeutische fase: 60 EC";
  EXPECT_EQ(detect_credit_system(ec), "ects");
  ec.text = "Minor 7,5 EC";
  EXPECT_EQ(detect_credit_system(ec), "ects");
  ec.text = "the ec of the course";
  EXPECT_EQ(detect_credit_system(ec), "semester");
}

// Hours of class printed in place of credits (a column headed "Heures", "Horas" or "CH" alone, a
// typical course of 16 hours or more): the hours system, 15 hours = 1 SH. Credit hours of 3 stay
// semester credits.
TEST(CreditSystems, HoursOfClassInPlaceOfCredits) {
  CreditSystemClues hours = terms_of({{75, 60, 60, 30}, {60, 45, 45}});
  hours.credit_headers = {"Heures"};
  EXPECT_EQ(detect_credit_system(hours), "hours");
  EXPECT_NEAR(*to_semester_hours(60.0, "hours", shipped_factors()), 4.0, 1e-9);
  hours.credit_headers = {"Credit Hours"};
  EXPECT_NE(detect_credit_system(hours), "hours");
  CreditSystemClues small = terms_of({{3, 4, 3, 2}, {3, 3, 4}});
  small.credit_headers = {"CH"};
  EXPECT_EQ(detect_credit_system(small), "semester");
}

// Portuguese "Carga Horária" (accented) names hours of class as well.
// "V.H." (volume horaire) heads a column of a subject's hours over its term (round 12 BF).
TEST(CreditSystems, VolumeHoraireIsHoursOfClass) {
  CreditSystemClues clues = terms_of({{60, 30, 30, 45}, {45, 60, 20, 30}});
  clues.credit_headers = {"V.H."};
  EXPECT_EQ(detect_credit_system(clues), "hours");
  clues.credit_headers = {"Crédits"};
  EXPECT_NE(detect_credit_system(clues), "hours");
}

TEST(CreditSystems, CargaHorariaIsHoursOfClass) {
  CreditSystemClues hours = terms_of({{180, 150, 120, 75, 60}, {180, 150, 90, 60}});
  hours.credit_headers = {"Carga Horária"};
  EXPECT_EQ(detect_credit_system(hours), "hours");
}

// Credits of student workload told by the hours printed beside them: 108 hours for 3 credit units,
// 72 for 2 (36 hours a credit, a Belarusian supplement) are ECTS-like; 45 contact hours beside 3
// US credits (15 a credit) are not, nor are rates that differ from row to row.
TEST(CreditSystems, WorkloadHoursPerCreditTellEcts) {
  CreditSystemClues clues = terms_of({{3, 2, 2, 8, 2, 4}});
  clues.credit_headers = {"Credit units"};
  clues.hours_per_credit = {36, 36, 36, 40.5, 36, 36};
  EXPECT_EQ(detect_credit_system(clues), "ects");
  clues.hours_per_credit = {15, 15, 15, 15, 15, 15};
  EXPECT_EQ(detect_credit_system(clues), "semester");
  clues.hours_per_credit = {15, 30, 45, 25, 36, 60};
  EXPECT_EQ(detect_credit_system(clues), "semester");
}

// National credits read beside an ECTS column: the ECTS the text names ("Total ECTS: 240") are
// that column's; the credits read are the nation's own (a Turkish "K | AKTS" transcript).
TEST(CreditSystems, EctsBesideTheCreditsReadNamesNothing) {
  CreditSystemClues clues = terms_of({{4, 4, 4, 3, 2, 2, 3}, {4, 4, 3, 3, 2, 2, 3}});
  clues.credit_headers = {"K"};
  clues.text = "Toplam AKTS / Total ECTS: 240";
  EXPECT_EQ(detect_credit_system(clues), "ects");  // no column beside: the text's word counts
  clues.european_beside = true;
  EXPECT_EQ(detect_credit_system(clues), "semester");
  clues.text += " University of Leeds, United Kingdom";  // other systems are still told by the text
  EXPECT_EQ(detect_credit_system(clues), "uk");
}

TEST(CreditSystems, MexicanCredits) {
  CreditSystemClues mx = terms_of({{10, 8, 8, 8, 4}, {10, 8, 8, 8, 4}});
  mx.country_hint = "MX";
  EXPECT_EQ(detect_credit_system(mx), "mx");
  mx.country_hint = "";
  mx.text = "Ciudad de México";
  EXPECT_EQ(detect_credit_system(mx), "mx");
  mx.text = "";
  EXPECT_EQ(detect_credit_system(mx), "semester");
  EXPECT_EQ(to_semester_hours(10.0, "mx", shipped_factors()), 5.0);
  EXPECT_EQ(to_semester_hours(5.0, "ects", shipped_factors()), 2.5);
}

// A transcript's notes stating the credits of a full-time year name the scale: 64 credit points
// (the University of the South Pacific) are `points`, converted by the ruleset (15/32 SH each: a
// course of 8 points is 3.75 SH); 60 are ECTS, 120 UK credits; any other size names nothing.
TEST(CreditSystems, StatedFullTimeYearNamesTheScale) {
  CreditSystemClues clues = terms_of({{8, 8, 8, 8}, {8, 8, 16}});
  clues.text = "Credit points: a full-time year of study is 64 credit points; a standard course is 8 credit points.";
  EXPECT_EQ(detect_credit_system(clues), "points");
  EXPECT_NEAR(*to_semester_hours(8.0, "points", shipped_factors()), 3.75, 1e-9);
  clues.text = "A student takes 60 credits per full-time academic year.";
  EXPECT_EQ(detect_credit_system(clues), "ects");
  clues.text = "A full-time load is 120 credits a year.";
  EXPECT_EQ(detect_credit_system(clues), "uk");
  clues.text = "A full-time year of study is 48 credit points.";
  EXPECT_EQ(detect_credit_system(clues), "semester");
  // "Full" alone and "carries" (round 12 LS); a year of 90 credits names credits90 (1/3 SH).
  clues.text = "One credit represents ten notional hours of learning; a full academic year carries 120 credits.";
  EXPECT_EQ(detect_credit_system(clues), "uk");
  clues.text = "A full academic year carries 90 credits.";
  EXPECT_EQ(detect_credit_system(clues), "credits90");
  EXPECT_NEAR(*to_semester_hours(45.0, "credits90", shipped_factors()), 15, 1e-9);
  clues.text = "Credit points are awarded for each course.";
  EXPECT_EQ(detect_credit_system(clues), "semester");
}

// CFU (crediti formativi universitari) are Italy's ECTS credits: a credits header `CFU`, or a
// total of CFU in the text; a colony-forming unit in a course description names nothing.
TEST(CreditSystems, ItalianCfuAreEcts) {
  CreditSystemClues header = terms_of({{10, 10, 20, 3, 17}});
  header.credit_headers = {"CFU"};
  EXPECT_EQ(detect_credit_system(header), "ects");
  CreditSystemClues text = terms_of({{10, 10, 20, 3, 17}});
  text.credit_headers = {};
  text.text = "Totale CFU acquisiti: 180";
  EXPECT_EQ(detect_credit_system(text), "ects");
  text.text = "Counts of 10^5 CFU per ml in urine cultures";
  EXPECT_EQ(detect_credit_system(text), "semester");
}

// Credit points with no stated year: the load of the terms tells it. Semesters of 40 points make a
// year of 80 (points80, 3/8 SH a point); semesters of 32 a year of 64; a load that names no known
// year, or terms that name no part of a year, leave the scale unknown (review).
TEST(CreditSystems, CreditPointsByTheLoadOfTheirTerms) {
  CreditSystemClues pg = terms_of({{10, 10, 10, 5, 5}, {10, 10, 10, 10}, {10, 10, 10, 5, 5}, {20, 10, 10}});
  pg.credit_headers = {"Credit Points"};
  pg.has_marks = true;
  EXPECT_EQ(detect_credit_system(pg), "points80");
  const auto sh = to_semester_hours(10, "points80", shipped_factors());
  ASSERT_TRUE(sh.has_value());
  EXPECT_DOUBLE_EQ(*sh, 3.75);
  CreditSystemClues fj = terms_of({{8, 8, 8, 8}, {8, 8, 8, 8}});
  fj.credit_headers = {"Credit Points"};
  EXPECT_EQ(detect_credit_system(fj), "points");
  CreditSystemClues odd = terms_of({{6, 6, 6, 6}, {6, 6, 6, 6}});
  odd.credit_headers = {"Credit Points"};
  EXPECT_EQ(detect_credit_system(odd), "");
  // The same numbers headed "Credits" are told by the other rules, as before.
  pg.credit_headers = {"Credits"};
  EXPECT_NE(detect_credit_system(pg), "points80");
}

// Hours printed with their unit in the credits column count hours: the "hours" system.
TEST(CreditSystems, CreditCellsInHoursAreHours) {
  EXPECT_EQ(hours_with_unit("60h"), 60.0);
  EXPECT_EQ(hours_with_unit("45 h"), 45.0);
  EXPECT_EQ(hours_with_unit("75 heures"), 75.0);
  EXPECT_FALSE(hours_with_unit("4").has_value());
  EXPECT_FALSE(hours_with_unit("3h30").has_value());
  CreditSystemClues cd = terms_of({{60, 60, 75, 45, 45}});
  cd.credit_headers = {"Vol. horaire"};
  cd.credits_carry_hour_unit = true;
  EXPECT_EQ(detect_credit_system(cd), "hours");
  cd.credit_headers = {"Xq."};  // no word: the unit on the values says it
  EXPECT_EQ(detect_credit_system(cd), "hours");
}

// Hours a week by kind of class and no credit: lecture whole, practical half (C = L + T + P/2).
TEST(CreditSystems, CreditsFromWeeklyHours) {
  EXPECT_EQ(credits_from_weekly_hours({{"Theor. Hrs", "3"}, {"Pract. Hrs", "2"}}), 4.0);
  EXPECT_EQ(credits_from_weekly_hours({{"L", "3"}, {"T", "1"}, {"P", "2"}}), 5.0);
  EXPECT_EQ(credits_from_weekly_hours({{"Theor. Hrs", "2"}, {"Pract. Hrs", "0"}}), 2.0);
  // Hours of a whole term are no weekly hours; two lecture columns say nothing of practicals.
  EXPECT_FALSE(credits_from_weekly_hours({{"Theory hours", "45"}, {"Practical hours", "30"}}).has_value());
  EXPECT_FALSE(credits_from_weekly_hours({{"Lecture hours", "3"}, {"Tutorial hours", "1"}}).has_value());
  CreditSystemClues sy = terms_of({{4, 3, 4, 2}});
  sy.has_marks = true;
  sy.credits_from_weekly_hours = true;
  EXPECT_EQ(detect_credit_system(sy), "semester");
}

// Credits a third of the weekly hours of class, laboratory and personal work printed beside them
// ("3-2-3" and 2,66): 45 hours of work a credit, the ruleset's qc_units (h5, round 14 CA).
TEST(CreditSystems, CreditsOfThreeWeeklyHoursOfWork) {
  EXPECT_TRUE(weekly_work_in_thirds({"202-1A4-SM", "Chimie", "générale", "3-2-3", "2,66", "87"}, 2.66));
  EXPECT_TRUE(weekly_work_in_thirds({"1-29-4"}, 11.33));
  EXPECT_TRUE(weekly_work_in_thirds({"3-3-3"}, 3));
  EXPECT_FALSE(weekly_work_in_thirds({"3-1-0"}, 4));   // an L-T-P of 3-1-0 beside 4 credits: L + T
  EXPECT_FALSE(weekly_work_in_thirds({"2017-2018"}, 3));
  CreditSystemClues ca = terms_of({{2.33, 2.33, 1, 3, 2.66}});
  ca.country_hint = "CA";
  EXPECT_EQ(detect_credit_system(ca), "semester");  // without the weighting: credits as printed
  ca.rows_with_credits = 5;
  ca.credits_of_weekly_thirds = 5;
  EXPECT_EQ(detect_credit_system(ca), "qc_units");
  ca.credits_of_weekly_thirds = 3;  // three rows in five: not the transcript's rule
  EXPECT_EQ(detect_credit_system(ca), "semester");
  EXPECT_EQ(to_semester_hours(2.66, "qc_units", shipped_factors()), 2.66);
}

// A year of 60 credits: ECTS, told by terms that name whole academic years ("Curso académico
// 2014-15", round 14 ES; a year with a failure retaken adds up to more) or by the programme's
// stated length ("3 years, 180 credits", round 14 LT). A year of 30 to 40 is no ECTS year.
TEST(CreditSystems, EctsYearsOfSixty) {
  CreditSystemClues es;
  es.has_credits = true;
  es.credit_headers = {"Créd."};
  const std::vector<std::pair<std::string, std::vector<double>>> years = {
      {"Curso académico 2014-15", {9, 9, 6, 6, 9, 6, 9, 6}}, {"Curso académico 2015-16", {9, 6, 6, 9, 6, 6, 9, 9, 9, 6}},
      {"Curso académico 2016-17", {6, 9, 6, 9, 9, 6, 6, 9}}, {"Curso académico 2017-18", {9, 6, 6, 9, 12, 12, 6}}};
  for (const auto& [term, credits] : years)
    for (double c : credits) es.course_credits.push_back({term, c});
  EXPECT_EQ(detect_credit_system(es), "ects");
  for (auto& [term, credits] : es.course_credits) term = "Semester " + term.substr(term.size() - 7);  // parts of a year
  EXPECT_EQ(detect_credit_system(es), "semester");
  CreditSystemClues lt = terms_of({{6, 6, 6, 3}, {3, 6}});
  EXPECT_EQ(detect_credit_system(lt), "semester");
  lt.text = "Official length of programme 3 years, 180 credits";
  EXPECT_EQ(detect_credit_system(lt), "ects");
  lt.text = "Official length of programme 4 years, 128 credits";  // 32 a year: the US semester's
  EXPECT_EQ(detect_credit_system(lt), "semester");
}

}  // namespace
}  // namespace cc
