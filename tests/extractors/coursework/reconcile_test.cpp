// The transcript checks itself: printed totals read from summary lines, reconciled with the rows.
// Unit tests of the statement reader and of the reconciliation on rows built in code; then
// generated text-layer transcripts: every one whose layout prints totals must reconcile, a row
// taken off the page must turn its table to `mismatch`, and so must a grade changed on the page.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "extractors/coursework/coursework.h"
#include "extractors/coursework/printed_totals.h"
#include "extractors/coursework/reconcile.h"
#include "pipeline/intake/sniff.h"
#include "pipeline/reader/page_reader.h"
#include "tests/extractors/coursework/reconcile_rows.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// The ruleset's failing grades, as the pipeline hands them to the extractor.
const std::vector<std::string> kFailing = test::shipped_failing_grades();

using test::line;
using test::row;
using test::words_of;

std::string summary(const std::vector<PrintedStatement>& statements) {
  std::string out;
  for (const auto& s : statements) {
    char value[32];
    std::snprintf(value, sizeof value, "%g", s.value);
    out += (out.empty() ? "" : "; ") + scope_name(s.scope) + " " + measure_name(s.measure) + " " + value;
  }
  return out;
}

std::string read(const std::string& line, const std::vector<std::string>& roles = {}) {
  return summary(read_printed_totals(words_of(line), roles));
}

TEST(PrintedTotals, ReadsLabelThenNumber) {
  EXPECT_EQ(read("TCU: 14 TGP: 48 GPA: 3.43"), "unstated credits_attempted 14; unstated grade_points 48; unstated gpa 3.43");
  EXPECT_EQ(read("Semester Credit Hours: 17"), "term credits 17");
  EXPECT_EQ(read("Total Credits Earned 142"), "unstated credits_earned 142");
  EXPECT_EQ(read("Term Hrs 16 Points 52.0 GPA 3.25"), "term credits 16; term grade_points 52; term gpa 3.25");
  EXPECT_EQ(read("Total Units: 18 Total Grade Points: 60 GPA: 3.33 CGPA: 3.40"),
            "unstated credits 18; unstated grade_points 60; unstated gpa 3.33; cumulative gpa 3.4");
  EXPECT_EQ(read("Total Units Earned: 160 General Weighted Average: 1.75"),
            "unstated credits_earned 160; unstated gpa 1.75");
}

TEST(PrintedTotals, ReadsNumberThenLabelAndScopesAlongTheLine) {
  EXPECT_EQ(read("Term: 15.0 credits, GPA 3.20 Cumulative: 30.0 credits, GPA 3.10"),
            "term credits 15; term gpa 3.2; cumulative credits 30; cumulative gpa 3.1");
  EXPECT_EQ(read("Cumulative GPA: 3.43/4.00"), "cumulative gpa 3.43");  // the scale is no total
}

// Totals in the words of other registrars, accents folded; a year's figure has the year's scope.
TEST(PrintedTotals, OtherLanguagesAndTheYearsScope) {
  EXPECT_EQ(read("Moyenne du semestre : 15,04 Crédits du semestre : 30/30 Décision : Admise"), "term credits 30");
  EXPECT_EQ(read("Moyenne annuelle : 16,15 Crédits de l'année : 60/60 Crédits cumulés : 60/60"),
            "year credits 60; cumulative credits 60");
  EXPECT_EQ(read("Créditos aprobados: 360 de 360 exigidos"), "unstated credits_earned 360");
  EXPECT_EQ(read("Crédits capitalisés de l'année : 60/60 - Décision : Admis(e)"), "year credits_earned 60");
  EXPECT_EQ(read("Year Credit Hours: 36 Year Weighted Average: 65.9"), "year credits 36; year gpa 65.9");
  EXPECT_EQ(read("Общо за семестъра: 30 кредита"), "unstated credits 30");
  // A unit after its number is not the next number's label (round 11 PT).
  EXPECT_EQ(read("Total de créditos: 240 ECTS - Média final: 13 (treze) valores"), "unstated credits 240");
  EXPECT_EQ(read("TCU 14 TGP 48"), "unstated credits_attempted 14; unstated grade_points 48");
}

// Rules of the scale and hours beside credits are no totals of the credits column.
TEST(PrintedTotals, PassMarksYearLoadsAndHoursBesideCredits) {
  EXPECT_EQ(read("Pass; below 55 Fail. Pass mark 55."), "");
  EXPECT_EQ(read("Credit points: a full-time year of study is 64 credit points"), "");
  EXPECT_EQ(read("a full academic year carries 120 credits."), "");
  EXPECT_EQ(read("Total: 7200 hours, 240 credits"), "unstated credits 240");
  EXPECT_EQ(read("Term Hrs 16 Points 52.0 GPA 3.25"), "term credits 16; term grade_points 52; term gpa 3.25");
}

TEST(PrintedTotals, DecimalCommasThousandsAndValuesThatCannotBeRead) {
  EXPECT_EQ(read("GPA 3,79 Total Credits 1,600"), "unstated gpa 3.79; unstated credits 1600");
  // A GPA OCR could not read is no GPA; the label does not pass to the next number.
  EXPECT_EQ(read("Term: 10.0 credits, GPA 3.7g Cumulative: 133.0 credits"),
            "term credits 10; cumulative credits 133");
}

TEST(PrintedTotals, MarksOutOfAMaximumAndTotalsInTheTableColumns) {
  EXPECT_EQ(read("Total: 356 / 500 Result: PASS"), "unstated marks 356");
  EXPECT_EQ(read("TOTAL 18 54.0", {"title", "credits", "points"}), "unstated credits 18; unstated grade_points 54");
  EXPECT_EQ(read("TOTAL 18 54.0"), "");  // no column, no label: nothing is guessed
  // A number labelled by words of its own is not the column's, wherever it stands.
  EXPECT_EQ(read("Total credits: 18 Percentage: 81.2 %", {"", "", "credits", "", "credits", ""}), "unstated credits 18");
}

TEST(PrintedTotals, LegendsPageNumbersAndPlainLinesStateNothing) {
  EXPECT_EQ(read("GRADING SYSTEM: 1.0 (97-100), 1.25 (94-96), 5.0 Failure. Credit: one unit per hour per week."), "");
  EXPECT_EQ(read("2.50-2.75 Fair; 3.00 Passed; 5.00 Failed; INC Incomplete; DRP Dropped"), "");
  EXPECT_EQ(read("A (70-100) = 5, B (60-69) = 4 Credit Units"), "");
  EXPECT_EQ(read("Session 2017-2018 Total Credits 36"), "unstated credits 36");  // a year range is no legend
  EXPECT_EQ(read("Page 2 of 3"), "");
  EXPECT_EQ(read("xxx Nothing Follows xxx"), "");
  EXPECT_EQ(read("Minimum credits required for graduation: 160"), "");
  EXPECT_EQ(read("Total clinical hours: 1200"), "");  // clock hours of training, not credits
  EXPECT_EQ(read("Credits transferred: 30 Credits in progress: 12"), "");
  EXPECT_EQ(read("Term Totals Attempted 15.00 Earned 15.00 GPA Hrs 15.00 QPts 52.00 GPA 3.47"),
            "term credits_attempted 15; term credits_earned 15; term credits 15; term grade_points 52; term gpa 3.47");
  EXPECT_EQ(read("TERM TOTALS: ATT 15.00 EARN 15.00 GPA-HRS 15.00 QPTS 52.00 GPA 3.467"),
            "term credits_attempted 15; term credits_earned 15; term credits 15; term grade_points 52; term gpa 3.467");
  EXPECT_EQ(read("TCU 18 TCP 62 GPA 3.44"), "unstated credits_attempted 18; unstated gpa 3.44");  // TCP: two meanings
  EXPECT_EQ(read("Semester Credits: 18 Cum. Credits: 36 SWA: 72.5 CWA: 70.1"),
            "term credits 18; cumulative credits 36; term gpa 72.5; cumulative gpa 70.1");
  EXPECT_TRUE(states_totals(words_of("Semester Credit Hours: 17")));
  EXPECT_FALSE(states_totals(words_of("First Semester 2019-2020 (18 units)")));  // a term heading, value first
  EXPECT_FALSE(states_totals(words_of("BIO 101 General Biology 3 A")));
}

TEST(PrintedTotals, ANumberBeforeAColonNamesWhatFollows) {
  // The year of a year's total is no value: the credits are the number after the colon.
  EXPECT_EQ(read("Credits obtained 2015: 120"), "unstated credits 120");
  EXPECT_EQ(read("Semester 2: Credits 18 GPA 3.10"), "term credits 18; term gpa 3.1");
  EXPECT_EQ(read("TCU: 14 TGP: 48 GPA: 3.43"), "unstated credits_attempted 14; unstated grade_points 48; unstated gpa 3.43");
}

TEST(PrintedTotals, UnitDefinitionsAndGradeScalesWithEqualsStateNoTotal) {
  EXPECT_EQ(read("1 kredit = 36 akademik soat / 1 credit = 36 academic hours."), "");
  EXPECT_EQ(read("1 credit hour = 15 contact hours"), "");
  EXPECT_EQ(read("One credit hour is equivalent to 40 notional student learning hours. GPA: Grade Point Average"), "");
  EXPECT_EQ(read("Credit is in semester hours. Grades: A=4 A-=3.7 B+=3.3 B=3 B-=2.7 C+=2.3 C=2 D=1 F=0."), "");
  EXPECT_EQ(read("Legenda: AP - Aprovado; RN - Reprovado; Cred. - Creditos 1"), "");
  // A total set equal to its number is still a total, even a term of one credit.
  EXPECT_EQ(read("TCU=14 TGP=48 GPA=3.43"), "unstated credits_attempted 14; unstated grade_points 48; unstated gpa 3.43");
  EXPECT_EQ(read("TCU=1 TGP=4 GPA=4.00"), "unstated credits_attempted 1; unstated grade_points 4; unstated gpa 4");
  EXPECT_EQ(read("Total Credits = 120"), "unstated credits 120");
}

// A label printed in two languages with a slash between them is one label: the slash divides
// words, not a number by its maximum (round 4 ID "Jumlah SKS / Total Credits: 146", round 5 VN).
TEST(PrintedTotals, ASlashBetweenTheLanguagesOfALabelIsNoMaximum) {
  EXPECT_EQ(read("Jumlah SKS / Total Credits: 146 Jumlah Mutu: 360.5 IPK / GPA: 2.47 Predikat:"),
            "unstated credits 146; unstated gpa 2.47");
  EXPECT_EQ(read("Total: 356 / 500"), "unstated marks 356");  // still a mark out of its maximum
  EXPECT_EQ(read("Cumulative GPA: 3.43 / 4.00"), "cumulative gpa 3.43");
}

// Hours counted in place of credits, in other languages, with thousands grouped by a point (round
// 7 HT, 8 BO, 9 AO, 10 PY); a number after its own label, then its unit, takes that unit.
TEST(PrintedTotals, HoursInOtherLanguagesAndThousandsGroupedByAPoint) {
  EXPECT_EQ(read("Total des heures : 1050 heures"), "unstated credits 1050");
  EXPECT_EQ(read("Carga horária total do curso: 3945 horas"), "unstated credits 3945");
  const auto grouped = read_printed_totals(words_of("Total carga horaria aprobada: 5.800 horas Promedio general: 67,86"));
  ASSERT_EQ(grouped.size(), 1u);
  EXPECT_DOUBLE_EQ(grouped[0].value, 5.8);
  ASSERT_TRUE(grouped[0].grouped_value.has_value());
  EXPECT_DOUBLE_EQ(*grouped[0].grouped_value, 5800);
  EXPECT_FALSE(read_printed_totals(words_of("GPA: 3.250"))[0].grouped_value.has_value());  // no GPA is grouped
  EXPECT_EQ(read("Total U.C. aprobadas: 182 Índice académico: 16,04"), "unstated credits_earned 182");
  EXPECT_EQ(read("TCP 62 GPA 3.44"), "unstated gpa 3.44");  // the measure word before a number is its label
}

// A label closed by a colon, then a count and its unit, states a total (round 12 BG "Общо за
// семестъра: 30 кредита"); a count with its unit and no label is no summary line.
TEST(PrintedTotals, ALabelledCountWithItsUnitStatesATotal) {
  EXPECT_TRUE(states_totals(words_of("Общо за семестъра: 30 кредита")));
  EXPECT_TRUE(states_totals(words_of("Semestre : 30 crédits")));
  EXPECT_FALSE(states_totals(words_of("Biochemistry 4 credits")));
  EXPECT_TRUE(states_totals(words_of("Carga horária total do curso: 3945 horas")));  // round 9 AO
  EXPECT_EQ(read("Укупно ЕСПБ: 240 Просечна оцена: 8,66"), "unstated credits 240");    // round 10 RS
  EXPECT_EQ(read("crédito = 15 horas). Nota mínima para aprovação: 6,0"), "");          // round 4 BR
  // Hours of a placement are no total of the rows (round 11 SV, round 7 HT).
  EXPECT_EQ(read("Servicio Social: 500 horas, cumplido"), "");
  EXPECT_EQ(read("Stage hospitalier : 480 heures réparties en rotations"), "");
  EXPECT_EQ(read("TCU=14 TGP=48"), "unstated credits_attempted 14; unstated grade_points 48");
}

// "TNU 15 14 29": brought forward, this term, cumulative (round 5 NG); three GPAs cannot be told apart.
TEST(PrintedTotals, BroughtForwardTermAndCumulativeOnOneLine) {
  EXPECT_EQ(read("TNU 15 14 29"), "term credits_attempted 14; cumulative credits_attempted 29");
  EXPECT_EQ(read("GPA 4.60 4.43 4.52"), "");
  EXPECT_EQ(read("Total Credits 18 54.0 3.00"), "unstated credits 18");  // not adding up: read as before
}

// Credit words of more languages (h5, round 14): French units passed ("Unités réussies"), the
// Albanian credit ("Totali i krediteve"), the Lithuanian one ("kreditai").
TEST(PrintedTotals, UnitsPassedAndCreditWordsOfMoreLanguages) {
  EXPECT_EQ(read("Unités réussies: 15,32 Moyenne de la session: 82,1"), "unstated credits_earned 15.32");
  EXPECT_EQ(read("Total des unités réussies: 92,26"), "unstated credits_earned 92.26");
  EXPECT_EQ(read("Totali i krediteve: 180"), "unstated credits 180");
  EXPECT_EQ(read("Iš viso kreditai: 180"), "unstated credits 180");
  EXPECT_EQ(read("Totaal behaalde studiepunten: 240 EC"), "unstated credits_earned 240");  // round 13 NL
  EXPECT_EQ(read("EC Cytologie 2 11,50"), "");  // a French LMD element's line (round 8 SN)
  // A course's size in prose is no total, and its unit no label of the next number (round 14 AL).
  EXPECT_EQ(read("Provimi i formimit përfundimtar: 10 kredite, nota 5 (Pesë), data 01.07.2025"), "");
}

// A scope word scopes its own label; a later label of the line may be the term's or the record's
// (round 14 SG: "Semester GPA ... Cumulative GPA ... Credit Units Earned: 20.0" per semester).
TEST(PrintedTotals, AScopeNamedByAnEarlierLabelIsMarkedInherited) {
  const auto statements = read_printed_totals(words_of("Semester GPA: 2.70 Cumulative GPA: 2.96 Credit Units Earned: 20.0"));
  ASSERT_EQ(statements.size(), 3u);
  EXPECT_FALSE(statements[0].scope_inherited);
  EXPECT_FALSE(statements[1].scope_inherited);
  EXPECT_EQ(statements[2].scope, TotalScope::cumulative);
  EXPECT_TRUE(statements[2].scope_inherited);
  EXPECT_FALSE(read_printed_totals(words_of("Cumulative Credits: 36"))[0].scope_inherited);
}

// Rows and lines built in code: two terms of three courses, each closed by a printed line.
struct Built {
  std::vector<RowFigures> rows;
  std::vector<TotalsLine> lines;
};


Built two_terms() {
  Built b;
  b.rows = {row("Fall 2019", 1, 3, "A"), row("Fall 2019", 2, 4, "B+"), row("Fall 2019", 3, 3, "C"),
            row("Spring 2020", 11, 3, "B"), row("Spring 2020", 12, 3, "A-"), row("Spring 2020", 13, 2, "F")};
  // Fall: 10 credits, 12 + 13.2 + 6 = 31.2 points, GPA 3.12. Spring: 8 attempted, 6 earned,
  // 9 + 11.1 + 0 = 20.1 points, GPA 2.5125. Cumulative: 18 attempted, 51.3 points, GPA 2.85.
  b.lines = {line("Fall 2019", 4, "Term: Credits 10 Points 31.2 GPA 3.12"),
             line("Spring 2020", 14, "Term: Attempted 8 Earned 6 Points 20.1 GPA 2.51"),
             line("Spring 2020", 15, "Cumulative: Attempted 18 Earned 16 GPA 2.85")};
  return b;
}

const TotalCheck* find_check(const TableReconciliation& t, const std::string& measure, const std::string& scope) {
  for (const auto& c : t.checks)
    if (c.measure == measure && c.scope == scope) return &c;
  return nullptr;
}

TEST(Reconcile, TermsAndCumulativeFiguresAddUp) {
  Built b = two_terms();
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  ASSERT_EQ(t.checks.size(), 10u);
  for (const auto& c : t.checks) EXPECT_EQ(c.status, "reconciled") << c.evidence.text << " " << c.measure;
  const TotalCheck* earned = find_check(t, "credits_earned", "term");
  ASSERT_NE(earned, nullptr);
  EXPECT_EQ(earned->term, "Spring 2020");
  EXPECT_DOUBLE_EQ(*earned->expected, 6);  // the F's 2 credits attempted, not earned
  EXPECT_NE(earned->basis.find("failed"), std::string::npos);
}

// A year's total closes the rows since the previous year's line: two semesters, whatever the
// lines between them (round 6 DZ "Crédits de l'année : 60/60", round 7 SL "Year Credit Hours").
TEST(Reconcile, AYearsTotalClosesItsSemesters) {
  Built b;
  b.rows = {row("S1", 1, 10, "12"), row("S1", 2, 20, "14"), row("S2", 11, 12, "13"), row("S2", 12, 18, "15"),
            row("S3", 21, 14, "12"), row("S3", 22, 16, "11"), row("S4", 31, 30, "14")};
  b.lines = {line("S1", 3, "Crédits du semestre : 30/30"), line("S2", 13, "Crédits du semestre : 30/30"),
             line("S2", 14, "Moyenne annuelle : 14,86 Crédits de l'année : 60/60 Crédits cumulés : 60/60"),
             line("S3", 23, "Crédits du semestre : 30/30"), line("S4", 32, "Crédits du semestre : 30/30"),
             line("S4", 33, "Moyenne annuelle : 14,86 Crédits de l'année : 60/60 Crédits cumulés : 120/120")};
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  for (const auto& c : t.checks) EXPECT_EQ(c.status, "reconciled") << c.evidence.text << " " << c.scope;
  const TotalCheck* year = find_check(t, "credits", "year");
  ASSERT_NE(year, nullptr);
  // A row dropped from the second year breaks its year's total.
  b.rows.erase(b.rows.begin() + 4);
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

// Subtotals of teaching units between a term's rows do not cut the term: its own line closes all
// of them (round 6 DZ: "Crédits UE 22" and "Crédits UE 8" before "Crédits du semestre : 30/30").
TEST(Reconcile, ATermsLineClosesItsRowsAcrossSubtotals) {
  Built b;
  b.rows = {row("S1", 1, 10, "12"), row("S1", 2, 12, "14"), row("S1", 4, 8, "13")};
  b.lines = {line("S1", 3, "Moyenne UE : 14,72 Crédits UE 22"), line("S1", 5, "Moyenne UE : 16,00 Crédits UE 8"),
             line("S1", 6, "Moyenne du semestre : 15,04 Crédits du semestre : 30/30")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  b.rows.pop_back();
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

// A figure naming no scope closes the rows since the previous line of its measure (round 9 CI: the
// year's "Crédits capitalisés : 60/60" after two semesters' "Total crédits : 30"); an average out
// of its scale under a credits column is no credit total (round 12 BF "Moyenne générale : 11,97/20").
TEST(Reconcile, AFigureClosesTheRowsSinceTheLastLineOfItsMeasure) {
  Built b;
  b.rows = {row("S1", 1, 10, "12"), row("S1", 2, 20, "14"), row("S2", 11, 12, "13"), row("S2", 12, 18, "15"),
            row("S3", 21, 14, "12"), row("S3", 22, 16, "11"), row("S4", 31, 30, "14")};
  b.lines = {line("S1", 3, "Total crédits : 30"), line("S2", 13, "Total crédits : 30"),
             line("S2", 14, "Crédits capitalisés : 60/60 — Décision du jury : Admis(e)"),
             line("S3", 23, "Total crédits : 30"), line("S4", 32, "Total crédits : 30"),
             line("S4", 33, "Crédits capitalisés : 60/60 — Décision du jury : Admis(e)")};
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  for (const auto& c : t.checks) EXPECT_EQ(c.status, "reconciled") << c.evidence.text << " " << c.scope;
  EXPECT_EQ(t.status, "reconciled");
  EXPECT_EQ(read("Total des coefficients : 32 - Total des points : 383,00 - Moyenne générale : 11,97/20",
                 {"", "", "", "credits", "", "", "", "", "", "", "", "", "credits", "", ""}),
            "unstated grade_points 383");
}

TEST(Reconcile, TheFailingGradesAreTheRulesetsList) {
  // The list comes from the ruleset (definitions.failing_grades), folded: "Reprobado" and
  // "AJOURNÉ" fail like "F" does; a grade the list does not name is earned.
  EXPECT_FALSE(kFailing.empty());
  for (const char* failed : {"Reprobado", "AJOURNÉ", "f"}) {
    Built b = two_terms();
    b.rows.back().grade = failed;
    b.lines = {line("Spring 2020", 14, "Term: Attempted 8 Earned 6")};
    EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled") << failed;
    // Without the list nothing is known to fail: all 8 credits look earned, and the 6 is off.
    EXPECT_EQ(reconcile_table(b.rows, b.lines, {}).status, "mismatch") << failed;
  }
}

// A figure printed with its thousands grouped by a point reconciles with the rows' hours.
TEST(Reconcile, AThousandsPointReadsAsGroupedWhereTheRowsSaySo) {
  Built b;
  b.rows = {row("", 1, 2000, "60"), row("", 2, 3800, "70")};
  b.lines = {line("", 3, "Total carga horaria aprobada: 5.800 horas")};
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  EXPECT_DOUBLE_EQ(t.checks.at(0).printed, 5800);
  b.rows.pop_back();
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

// Credit transferred from another school ("TR") is out of the school's own cumulative figures
// and in its overall earned total (round 5 GY, round 7 KW); it carries no grade points.
TEST(Reconcile, TransferredCreditIsOutOfTheSchoolsOwnFigures) {
  Built b;
  b.rows = {row("Transfer", 1, 3, "TR"), row("Fall", 2, 4, "A"), row("Fall", 3, 4, "B")};
  b.lines = {line("Fall", 4, "TERM: ATT 8.00 EARNED 8.00 GPA 3.50 CUM: ATT 8.00 EARNED 8.00 GPA 3.50"),
             line("Fall", 5, "OVERALL: EARNED 11.00")};
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  for (const auto& c : t.checks) EXPECT_NE(c.status, "mismatch") << c.evidence.text << " " << c.measure;
  EXPECT_EQ(t.status, "reconciled");
  b.rows.pop_back();
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

// "AB" with grade points printed beside it is the grade between A and B (round 4 ID: 3.5), not an
// absence: it counts in the GPA.
TEST(Reconcile, AGradeWithItsPointsPrintedWasGraded) {
  Built b;
  b.rows = {row("", 1, 2, "BC", 2.5), row("", 2, 3, "AB", 3.5), row("", 3, 3, "A", 4.0)};
  b.lines = {line("", 4, "Jumlah SKS / Total Credits: 8 Jumlah Mutu: 27.5 IPK / GPA: 3.44")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  b.rows[1].points.reset();  // no points: an absence, left out of credits and GPA alike
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

// Earned credits on a numeric scale: the rows graded in the lower half of the scale are the failed
// ones (round 5 LB "Crédits acquis : 28/30" with a 8,75/20; round 7 CL, 1-7 scale).
TEST(Reconcile, RowsGradedLowOnANumericScaleAreNotEarned) {
  Built b;
  b.rows = {row("S1", 1, 10, "12,75"), row("S1", 2, 2, "8,75"), row("S1", 3, 18, "14,00")};
  b.lines = {line("S1", 4, "Moyenne du semestre : 13,10/20 — Crédits acquis : 28/30")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  b.rows[1].grade = "11,00";  // a pass: 30 earned, the 28 is off
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
  b.rows[1].grade = "8,75";
  b.rows.erase(b.rows.begin());  // a row missed: nothing left out gives 28
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
  // Percentages failed under a pass mark of 65 (round 10 HN "Total de UV aprobadas: 173"), and a
  // 1-5 scale with 5 best where 1 fails (round 10 PY: hours of a course graded 1 not counted).
  Built hn;
  hn.rows = {row("", 1, 5, "62"), row("", 2, 4, "80"), row("", 3, 3, "42"), row("", 4, 5, "91")};
  hn.lines = {line("", 5, "Total de UV aprobadas: 9")};
  EXPECT_EQ(reconcile_table(hn.rows, hn.lines, kFailing).status, "reconciled");
  Built py;
  py.rows = {row("", 1, 128, "1"), row("", 2, 160, "4"), row("", 3, 96, "5")};
  py.lines = {line("", 4, "Total de horas cátedra: 256")};
  EXPECT_EQ(reconcile_table(py.rows, py.lines, kFailing).status, "reconciled");
}

// National credits and ECTS side by side ("Kredi 22 AKTS 30", round 4 TR): the rows carry one
// system; the other's figure is not theirs. A misread row still breaks the line.
TEST(Reconcile, ASecondCreditSystemBesideTheRowsOwnIsSetAside) {
  Built b;
  b.rows = {row("Fall", 1, 3, "AA"), row("Fall", 2, 4, "BA"), row("Fall", 3, 5, "CB")};
  b.lines = {line("Fall", 4, "Term: Kredi 12 AKTS 20 ANO 2.32")};
  auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  ASSERT_EQ(t.checks.size(), 2u);
  EXPECT_EQ(t.checks[1].status, "unchecked");
  b.rows.pop_back();
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
  // Two figures of one unit (attempted and earned) are no second system.
  Built c;
  c.rows = {row("Fall", 1, 3, "A"), row("Fall", 2, 4, "B")};
  c.lines = {line("Fall", 3, "Term: Credits 7 Credits 9")};
  EXPECT_EQ(reconcile_table(c.rows, c.lines, kFailing).status, "mismatch");
}

TEST(Reconcile, ADroppedRowIsAMismatch) {
  for (size_t drop = 0; drop < 6; ++drop) {
    Built b = two_terms();
    b.rows.erase(b.rows.begin() + static_cast<long>(drop));
    const auto t = reconcile_table(b.rows, b.lines, kFailing);
    EXPECT_EQ(t.status, "mismatch") << "row " << drop;
  }
}

// Terms printed side by side: the transcript's total sits at the foot of the left column, while
// the right column runs on below it. The total is the whole table's, wherever it stands; a row
// dropped or a credit value misread anywhere still breaks it.
TEST(Reconcile, ATotalAtTheFootOfOneColumnCoversTheColumnBesideIt) {
  const auto side_by_side = [] {
    Built b;
    // Left column (y 1..3), right column (y 1..6): reading order left column first.
    b.rows = {row("Year 1", 1, 3, "A"), row("Year 1", 2, 4, "B"), row("Year 1", 3, 3, "C")};
    for (int k = 0; k < 6; ++k) {
      RowFigures r = row("Year 2", 1 + k, 3, "B");
      r.order = {0, 0, 1, static_cast<double>(1 + k)};
      b.rows.push_back(r);
    }
    TotalsLine total = line("Year 1", 4, "Total Credits: 28");  // 10 + 18
    b.lines = {total};
    return b;
  };
  EXPECT_EQ(reconcile_table(side_by_side().rows, side_by_side().lines, kFailing).status, "reconciled");
  for (size_t drop = 0; drop < 9; ++drop) {
    Built b = side_by_side();
    b.rows.erase(b.rows.begin() + static_cast<long>(drop));
    EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch") << "row " << drop;
  }
  Built misread = side_by_side();
  misread.rows[5].credits = 4;
  EXPECT_EQ(reconcile_table(misread.rows, misread.lines, kFailing).status, "mismatch");
}

// Terms side by side read across: Year 1 and Year 3 share the first band, Year 2 comes below. Year
// 2's cumulative (Year 1 + Year 2 = 14) is neither the rows above it (16) nor any prefix in reading
// order; it is the sum of reconciled term totals, its own among them. A row dropped or a credit
// misread in any term breaks that term's total, and the cumulative is a mismatch again.
TEST(Reconcile, ACumulativeOfTermsReadOutOfOrderAddsUpFromTheTermsOwnTotals) {
  const auto across = [] {
    Built b;
    b.rows = {row("Year 1", 1, 3, "A"), row("Year 1", 2, 3, "B"), row("Year 3", 3, 1, "A"),
              row("Year 3", 3.5, 1, "B"), row("Year 2", 11, 4, "B"), row("Year 2", 12, 4, "C")};
    b.lines = {line("Year 1", 4, "Term Credits 6"), line("Year 3", 5, "Term Credits 2"),
               line("Year 2", 13, "Term Credits 8"), line("Year 2", 14, "Cumulative Credits 14")};
    return b;
  };
  const auto t = reconcile_table(across().rows, across().lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  for (size_t drop = 0; drop < 6; ++drop) {
    Built b = across();
    b.rows.erase(b.rows.begin() + static_cast<long>(drop));
    EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch") << "row " << drop;
  }
  Built misread = across();
  misread.rows[4].credits = 3;
  EXPECT_EQ(reconcile_table(misread.rows, misread.lines, kFailing).status, "mismatch");
  Built wrong_sum = across();
  wrong_sum.lines.back() = line("Year 2", 14, "Cumulative Credits 15");  // no set of terms gives 15
  EXPECT_EQ(reconcile_table(wrong_sum.rows, wrong_sum.lines, kFailing).status, "mismatch");
}

TEST(Reconcile, AGradeThatDoesNotGiveThePrintedGpaIsAMismatch) {
  Built b = two_terms();
  b.rows[1].grade = "B";  // read B for B+: credits still add up, the GPA no longer does
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "mismatch");
  const TotalCheck* gpa = find_check(t, "gpa", "term");
  ASSERT_NE(gpa, nullptr);
  EXPECT_EQ(gpa->status, "mismatch");
  EXPECT_DOUBLE_EQ(gpa->printed, 3.12);
  EXPECT_NEAR(*gpa->expected, 3.0, 1e-9);  // 30 points / 10 credits
  const TotalCheck* credits = find_check(t, "credits", "term");
  ASSERT_NE(credits, nullptr);
  EXPECT_EQ(credits->status, "reconciled");
}

// The earned credits after a cumulative GPA close the term when the term's rows give them
// (without the inherited scope's try as none named, 20 against 40 was a mismatch: round 14 SG).
TEST(Reconcile, EarnedCreditsAfterACumulativeGpaMayBeTheTerms) {
  Built b;
  b.rows = {row("Year 1 Semester 1", 1, 10, "A"), row("Year 1 Semester 1", 2, 10, "B"),
            row("Year 1 Semester 2", 11, 10, "B"), row("Year 1 Semester 2", 12, 10, "B")};
  b.lines = {line("Year 1 Semester 1", 3, "Semester GPA: 3.50 Cumulative GPA: 3.50 Credit Units Earned: 20.0"),
             line("Year 1 Semester 2", 13, "Semester GPA: 3.00 Cumulative GPA: 3.25 Credit Units Earned: 20.0")};
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  b.rows.pop_back();  // a row dropped still breaks the second term's figure
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

// +/- a third of a point apart (B+ 3.33, A- 3.67), as many registrars print them (round 14 BH:
// "Points: 50.99" over 17 credits where tenths give 50.9).
TEST(Reconcile, PlusAndMinusAThirdOfAPointApart) {
  Built b;
  b.rows = {row("Fall 2019", 1, 3, "B+"), row("Fall 2019", 2, 3, "A-"), row("Fall 2019", 3, 3, "B"),
            row("Spring 2020", 11, 3, "A-"), row("Spring 2020", 12, 3, "B+")};
  b.lines = {line("Fall 2019", 4, "Sem. Cr. Hrs: 9 Points: 30.00 GPA: 3.33"),
             line("Spring 2020", 13, "Sem. Cr. Hrs: 6 Points: 21.00 GPA: 3.50")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  EXPECT_NEAR(*grade_point_on("4-point in thirds", "B+"), 3.33, 1e-9);
  b.rows[4].grade = "B";  // misread: 11.01 + 9 = 20.01 points, not 21.00
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

// Marks on a 100 scale, one failed; a row of no credits graded by a word ("RÉU" beside 0 units)
// does not stop the failed row being left out of the earned total (round 14 CA).
TEST(Reconcile, ARowOfNoCreditsSaysNothingOfTheMarksScale) {
  Built b;
  b.rows = {row("", 1, 2.33, "75"), row("", 2, 2.33, "52"), row("", 3, 3, "86"), row("", 4, 0, "RÉU")};
  b.lines = {line("", 5, "Total des unités réussies: 5,33")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  b.rows[2].credits = 2;  // misread
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

TEST(Reconcile, PrintedRowPointsDecideTheScale) {
  Built b;
  // A Nigerian 5-point table printing each row's grade points: TGP 48 on 14 units.
  b.rows = {row("First Semester", 1, 4, "A", 20), row("First Semester", 2, 3, "B", 12), row("First Semester", 3, 4, "C", 12),
            row("First Semester", 4, 3, "E", 3), row("First Semester", 5, 0, "P")};
  b.lines = {line("First Semester", 6, "TCU: 14 TGP: 47 GPA: 3.36")};
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  b.lines = {line("First Semester", 6, "TCU: 14 TGP: 47 GPA: 3.43")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
}

TEST(Reconcile, NoTotalsOrNoKnownScale) {
  Built b = two_terms();
  EXPECT_EQ(reconcile_table(b.rows, {}, kFailing).status, "no totals printed");
  for (auto& r : b.rows) r.grade = "Distinction";  // a scale none of the known ones has
  const auto t = reconcile_table(b.rows, {line("Spring 2020", 15, "CGPA 3.9")}, kFailing);
  EXPECT_EQ(t.status, "unchecked");
  EXPECT_EQ(t.checks.front().basis, "grade scale not known");
  // A requirement printed above the table closes no rows: nothing to check it against.
  const auto above = reconcile_table(b.rows, {line("", -1, "Total Credits 160")}, kFailing);
  EXPECT_EQ(above.status, "unchecked");
}

TEST(Reconcile, ALetterScaleCountsOnlyWhereTheTableItselfConfirmsIt) {
  // One term on a scale none of the common ones gives (B+ = 3.4): the GPA cannot be checked, and
  // is no mismatch; the credits still are.
  Built b;
  b.rows = {row("Fall", 1, 3, "A"), row("Fall", 2, 3, "B+"), row("Fall", 3, 4, "B")};
  b.lines = {line("Fall", 4, "Credits 10 GPA 3.42")};
  auto t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  EXPECT_EQ(find_check(t, "gpa", "term")->status, "unchecked");
  EXPECT_EQ(find_check(t, "gpa", "term")->basis, "grade scale not known");
  // A weighted average of marks is not a 4-point GPA of the same letters: no mismatch either.
  b.lines = {line("Fall", 4, "Credits 10 SWA 72.5")};
  EXPECT_EQ(find_check(reconcile_table(b.rows, b.lines, kFailing), "gpa", "term")->status, "unchecked");
  // Two terms, the second's GPA given by the half-step scale (B+ = 3.5): that scale is the table's,
  // and the first term's GPA, which it does not give, is a mismatch.
  b.rows.push_back(row("Spring", 11, 3, "B+"));
  b.rows.push_back(row("Spring", 12, 3, "C+"));
  b.lines = {line("Fall", 4, "Credits 10 GPA 3.60"), line("Spring", 13, "Credits 6 GPA 3.00")};
  t = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(t.status, "mismatch");
  const TotalCheck* fall = find_check(t, "gpa", "term");
  EXPECT_EQ(fall->status, "mismatch");
  EXPECT_NEAR(*fall->expected, 3.45, 1e-9);  // (12 + 10.5 + 12) / 10 on the half-step scale
  EXPECT_NE(fall->basis.find("half steps"), std::string::npos);
}

TEST(Reconcile, EveryScaleAPrintedFigureFitsIsConfirmed) {
  // The first term has no +/- grade: the US and the Korean 4.5 scales both give its GPA. The second
  // term's B+ is 3.5 (Korean), not 3.3 (US): reconciled, not a mismatch on the first scale found.
  Built b;
  b.rows = {row("1", 1, 3, "A"), row("1", 2, 3, "B"), row("2", 11, 3, "B+"), row("2", 12, 3, "A+")};
  b.lines = {line("1", 3, "Credits 6 GPA 3.50"), line("2", 13, "Credits 6 GPA 4.00")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
}

TEST(Reconcile, WithdrawnCoursesAreNeitherAttemptedNorEarned) {
  Built b;
  b.rows = {row("Fall", 1, 3, "A"), row("Fall", 2, 3, "W"), row("Fall", 3, 4, "B")};
  b.lines = {line("Fall", 4, "Attempted 7 Earned 7 GPA 3.43")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  // A failed course retaken and passed: schools that leave the failure out of the GPA.
  b.rows.push_back(row("Fall", 3.5, 4, "F"));
  b.lines = {line("Fall", 4, "Attempted 11 Earned 7 GPA 3.43")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  b.lines = {line("Fall", 4, "Attempted 11 Earned 7 GPA 2.18")};  // 24 points / 11: the F counted
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "reconciled");
  // A GPA neither way gives, where the printed points confirm the scale, is a mismatch.
  b.lines = {line("Fall", 4, "Attempted 11 Earned 7 Points 24 GPA 3.10")};
  EXPECT_EQ(reconcile_table(b.rows, b.lines, kFailing).status, "mismatch");
  b.lines = {line("Fall", 4, "Attempted 11 Earned 7 GPA 3.10")};  // nothing confirms a scale
  EXPECT_EQ(find_check(reconcile_table(b.rows, b.lines, kFailing), "gpa", "term")->status, "unchecked");
  EXPECT_NEAR(*grade_point_on("US 4-point", "B+"), 3.3, 1e-9);
  EXPECT_NEAR(*grade_point_on("Nigerian 5-point", "E"), 1.0, 1e-9);
  EXPECT_FALSE(grade_point_on("US 4-point", "O").has_value());
}

// ---- generated transcripts ----------------------------------------------------------------

struct Packet {
  std::string id;
  json truth;
  std::vector<std::unique_ptr<DocumentText>> docs;
  std::vector<SegmentView> segments() const {
    std::vector<SegmentView> out;
    for (const auto& d : docs) {
      SegmentView view{d->file, "transcript", {}, 1.0};
      for (const auto& p : d->pages) view.pages.push_back({d.get(), &p});
      out.push_back(std::move(view));
    }
    return out;
  }
};

std::vector<Packet> read_packets(const std::string& dir) {
  auto reader = PageReader::create(OcrOptions{}, nullptr);
  EXPECT_TRUE(reader.ok());
  std::vector<Packet> out;
  if (!reader.ok()) return out;
  std::vector<fs::path> truths;
  for (const auto& e : fs::directory_iterator(dir + "/truth")) truths.push_back(e.path());
  std::sort(truths.begin(), truths.end());
  for (const auto& path : truths) {
    Packet p;
    p.truth = test::read_json(path.string());
    p.id = p.truth["id"];
    if (p.truth["coursework"]["courses"].empty()) continue;
    for (const auto& d : p.truth["documents"]) {
      for (const auto& seg : d["segments"]) {
        if (seg["type"] != "transcript") continue;
        auto doc = std::make_unique<DocumentText>();
        doc->path = dir + "/packets/" + p.id + "/" + d["file"].get<std::string>();
        doc->file = d["file"];
        DocumentTask task;
        task.path = doc->path;
        auto kind = sniff_file(task.path);
        task.kind = kind.ok() ? *kind : FileKind::unknown;
        if (!(*reader)->open(task).ok()) continue;
        for (int n : seg["pages"].get<std::vector<int>>())
          if (auto page = (*reader)->read(task, n - 1); page.ok()) doc->pages.push_back(std::move(page).value());
        p.docs.push_back(std::move(doc));
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string generate(const test::TempDir& tmp, const std::string& family, int count, int seed,
                     const std::string& modes = "text") {
  const std::string out = tmp / (family + "-" + modes);
  const auto r = test::run_command(test::python() + " " + test::shell_quote(test::source_dir() + "/samples/generate.py") +
                                   " packets --out " + test::shell_quote(out) + " --count " + std::to_string(count) +
                                   " --seed " + std::to_string(seed) + " --family " + family + " --modes " + modes);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  return out;
}

std::string status_of(const std::optional<CourseworkFacts>& facts) {
  if (!facts || facts->reconciliation.empty()) return "none";
  for (const auto& t : facts->reconciliation)
    if (t.status != "reconciled") return t.status;
  return "reconciled";
}

void print_checks(const std::string& id, const CourseworkFacts& facts) {
  for (const auto& t : facts.reconciliation)
    for (const auto& c : t.checks)
      std::cout << "    " << id << " " << c.status << " " << c.scope << " " << c.measure << " printed " << c.printed
                << " expected " << (c.expected ? std::to_string(*c.expected) : "-") << " (" << c.basis << ") \""
                << c.evidence.text << "\"\n";
}

// The packets are shared by the tests: a test that changes a page puts its words back.
std::vector<std::vector<Word>> saved_words(const Packet& packet) {
  std::vector<std::vector<Word>> out;
  for (const auto& d : packet.docs)
    for (const auto& page : d->pages) out.push_back(page.words);
  return out;
}

void restore_words(Packet& packet, const std::vector<std::vector<Word>>& saved) {
  size_t i = 0;
  for (auto& d : packet.docs)
    for (auto& page : d->pages) page.words = saved[i++];
}

// Removes the words of `course`'s row from its page (as if the reader had missed the row).
void erase_row(const Course& course, Packet& packet) {
  const Evidence& e = course.evidence.front();
  for (auto& d : packet.docs) {
    if (d->file != e.file) continue;
    for (auto& page : d->pages) {
      if (page.number != e.page) continue;
      auto& w = page.words;
      w.erase(std::remove_if(w.begin(), w.end(),
                             [&](const Word& x) {
                               return x.box.center_y() > e.bbox.y0 && x.box.center_y() < e.bbox.y1 &&
                                      x.box.center_x() > e.bbox.x0 && x.box.center_x() < e.bbox.x1;
                             }),
              w.end());
    }
  }
}

class ReconcilePackets : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new test::TempDir();
    for (const char* family : {"train", "heldout"}) {
      auto packets = read_packets(generate(*tmp_, family, 20, 315));
      for (auto& p : packets) packets_->push_back(std::move(p));
    }
  }
  static void TearDownTestSuite() {
    packets_->clear();
    delete tmp_;
    tmp_ = nullptr;
  }
  static CourseworkOptions options() {
    CourseworkOptions o;
    o.patterns = {{"chemistry", "chemistry"}, {"biology", "biology"}};
    o.failing_grades = kFailing;
    o.semester_hours_per_credit = test::shipped_credit_factors();
    return o;
  }
  static test::TempDir* tmp_;
  static std::unique_ptr<std::vector<Packet>> packets_;
};
test::TempDir* ReconcilePackets::tmp_ = nullptr;
std::unique_ptr<std::vector<Packet>> ReconcilePackets::packets_ = std::make_unique<std::vector<Packet>>();

TEST_F(ReconcilePackets, EveryTranscriptThatPrintsTotalsReconciles) {
  int printing = 0, reconciled = 0, silent = 0;
  for (const auto& p : *packets_) {
    const auto facts = extract_coursework(p.segments(), options());
    ASSERT_TRUE(facts) << p.id;
    const std::string status = status_of(facts);
    if (!p.truth["coursework"]["prints_totals"].get<bool>()) {
      ++silent;
      EXPECT_EQ(status, "no totals printed") << p.id;
      continue;
    }
    ++printing;
    reconciled += status == "reconciled";
    EXPECT_EQ(status, "reconciled") << p.id;
    if (status != "reconciled" || std::getenv("CC_RECONCILE_VERBOSE")) print_checks(p.id, *facts);
  }
  std::cout << "[reconcile] " << reconciled << " of " << printing << " transcripts printing totals reconciled; "
            << silent << " print none\n";
  EXPECT_GE(printing, 20);
}

TEST_F(ReconcilePackets, ARowTakenOffThePageTurnsTheTableToMismatch) {
  int tried = 0;
  for (auto& p : *packets_) {
    if (!p.truth["coursework"]["prints_totals"].get<bool>()) continue;
    const auto facts = extract_coursework(p.segments(), options());
    if (status_of(facts) != "reconciled") continue;
    // A course in the middle of the transcript: its term and the cumulative figures both lose it.
    const Course course = facts->courses[facts->courses.size() / 2];
    const auto kept = saved_words(p);
    erase_row(course, p);
    const auto misread = extract_coursework(p.segments(), options());
    restore_words(p, kept);
    ASSERT_TRUE(misread);
    EXPECT_EQ(misread->courses.size() + 1, facts->courses.size()) << p.id;
    EXPECT_EQ(status_of(misread), "mismatch") << p.id << " without " << course.title;
    ++tried;
  }
  std::cout << "[reconcile] a row taken off: " << tried << " transcripts tried\n";
  EXPECT_GE(tried, 20);
}

TEST_F(ReconcilePackets, AGradeChangedOnThePageBreaksThePrintedGpa) {
  int tried = 0;
  for (auto& p : *packets_) {
    const auto facts = extract_coursework(p.segments(), options());
    if (status_of(facts) != "reconciled") continue;
    // Where the rows print their own grade points, those (not the grades) give the GPA.
    bool prints_gpa = false;
    for (const auto& c : facts->reconciliation.front().checks)
      prints_gpa = prints_gpa || (c.measure == "gpa" && c.basis.find("printed points") == std::string::npos);
    if (!prints_gpa) continue;
    // The grade word of the first course whose grade is a letter or a number on a 1-5 scale.
    const Course& course = facts->courses.front();
    const Evidence& e = course.evidence.front();
    const auto kept = saved_words(p);
    bool changed = false;
    for (auto& d : p.docs)
      for (auto& page : d->pages)
        for (auto& w : page.words)
          if (!changed && d->file == e.file && page.number == e.page && w.text == course.grade &&
              w.box.center_y() > e.bbox.y0 && w.box.center_y() < e.bbox.y1) {
            w.text = course.grade == "F" ? "A" : (std::isdigit(static_cast<unsigned char>(course.grade[0])) ? "5.00" : "F");
            changed = true;
          }
    if (!changed) continue;
    const auto misread = extract_coursework(p.segments(), options());
    restore_words(p, kept);
    EXPECT_EQ(status_of(misread), "mismatch") << p.id << " grade " << course.grade;
    ++tried;
  }
  std::cout << "[reconcile] a grade changed: " << tried << " transcripts tried\n";
  EXPECT_GE(tried, 5);
}

// Scanned packets (OCR, about 1 s a page), only when asked: CC_RECONCILE_SCAN_COUNT=N candidates
// per family. Reported, not held to a bar: an OCR misread in a row or in the printed line itself is
// a mismatch by design (the table then goes to review).
TEST(ReconcileScans, OnRequest) {
  const char* count = std::getenv("CC_RECONCILE_SCAN_COUNT");
  if (!count || std::atoi(count) <= 0) GTEST_SKIP() << "set CC_RECONCILE_SCAN_COUNT=N";
  test::TempDir tmp;
  for (const char* family : {"train", "heldout"}) {
    std::map<std::string, int> statuses;
    for (const auto& p : read_packets(generate(tmp, family, std::atoi(count), 316, "scan"))) {
      CourseworkOptions o;
      o.semester_hours_per_credit = test::shipped_credit_factors();
      const auto facts = extract_coursework(p.segments(), o);
      const std::string status = status_of(facts);
      const bool prints = p.truth["coursework"]["prints_totals"].get<bool>();
      ++statuses[(prints ? "prints totals: " : "prints none: ") + status];
      if (facts && status == "mismatch" && std::getenv("CC_RECONCILE_VERBOSE"))
        for (const auto& t : facts->reconciliation)
          for (const auto& c : t.checks)
            if (c.status == "mismatch")
              std::cout << "    " << p.id << " printed " << c.printed << " rows " << (c.expected ? *c.expected : -1) << " ("
                        << c.basis << ") \"" << c.evidence.text << "\"\n";
    }
    std::cout << "[reconcile] scan " << family << ":";
    for (const auto& [k, n] : statuses) std::cout << " " << k << " " << n << ";";
    std::cout << "\n";
  }
}

// S130 (k5): points printed rounded on each row (3 x 3.75 = 11.25 printed "11.2") add up to a
// little less than the exact points the school divided: 64.7 on the rows, 64.8 and GPA 3.60
// (64.75 / 18) printed. Within half a step per row the figures agree; a credit misread on a row
// still mismatches.
TEST(Reconcile, PointsRoundedOnEachRowStillReconcile) {
  Built b;
  b.rows = {row("Sem I", 1, 3, "A", 12.0), row("Sem I", 2, 4, "A+", 16.0), row("Sem I", 3, 3, "A", 12.0),
            row("Sem I", 4, 3, "A-", 11.2), row("Sem I", 5, 3, "C", 6.0), row("Sem I", 6, 2, "A-", 7.5)};
  b.lines = {line("Sem I", 7, "Term: Credits 18 Points 64.8 GPA 3.60")};
  const auto t = reconcile_table(b.rows, b.lines, kFailing);
  const TotalCheck* gpa = find_check(t, "gpa", "term");
  ASSERT_NE(gpa, nullptr);
  EXPECT_EQ(gpa->status, "reconciled") << gpa->basis;
  const TotalCheck* points = find_check(t, "grade_points", "term");
  ASSERT_NE(points, nullptr);
  EXPECT_EQ(points->status, "reconciled") << points->basis;

  b.rows[4].credits = 5;  // "3" misread: 20 credits, GPA 3.24
  const auto misread = reconcile_table(b.rows, b.lines, kFailing);
  EXPECT_EQ(misread.status, "mismatch");
}

}  // namespace
}  // namespace cc
