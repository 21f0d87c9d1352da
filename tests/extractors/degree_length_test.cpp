// Program length read the general ways documents state it (issues 15/16): a length labelled in
// other languages, years of study numbered in other words, first semesters with their calendar
// year, and the years between a labelled admission and a labelled completion date; and the cases
// that must stay unknown (years alone, a span too short or too long to be a degree's studies).
#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(DegreeLength, StatedInOtherLanguages) {
  EXPECT_EQ(stated_program_years("ordinamento D.M. 270/2004, durata normale 3 anni, ha conseguito"), 3);
  EXPECT_EQ(stated_program_years("Duración de la carrera: cinco (5) años"), 5);
  EXPECT_EQ(stated_program_years("Duração do curso: 4 anos"), 4);
  EXPECT_EQ(stated_program_years("Official length of programme: 4 years / 240 ECTS"), 4);
  EXPECT_EQ(stated_program_years("Durée des études : trois ans"), 3);
  EXPECT_EQ(stated_program_years("Regelstudienzeit: 6 Semester"), 0);  // the semester count is not a year count
  // An age or a period of service is no length.
  EXPECT_EQ(stated_program_years("nata il 26/02/2000, di anni 24"), 0);
  EXPECT_EQ(stated_program_years("ha prestato servizio per 3 anni"), 0);
}

TEST(DegreeLength, CalendarYearBeforeASemesterNumberedWithinIt) {
  // "2016 Semester 1" .. "2017 Semester 2": semesters numbered within each calendar year, two years.
  EXPECT_EQ(years_from_terms({"2016 Semester 1", "2016 Semester 2", "2017 Semester 1", "2017 Semester 2"}), 2);
  EXPECT_EQ(years_from_terms({"2014 Semester 1", "2014 Semester 2", "2015 Semester 1", "2015 Semester 2",
                              "2016 Semester 1", "2016 Semester 2"}), 3);
  // Without the years the numbers say one year only.
  EXPECT_EQ(years_from_terms({"Semester 1", "Semester 2"}), 1);
}

// Round 20 BN (after seeing it): a year of its own between the semesters, headed by its name and
// its academic year ("Discovery Year 2023/2024", a year of placements abroad), is a year of the
// programme: four, not the three the semesters' academic years alone counted.
TEST(DegreeLength, AYearNamedBeforeItsAcademicYearIsOneOfThem) {
  EXPECT_EQ(years_from_terms({"Semester 1, 2021/2022", "Semester 2, 2021/2022", "Semester 1, 2022/2023",
                              "Semester 2, 2022/2023", "Discovery Year 2023/2024", "Semester 1, 2024/2025",
                              "Semester 2, 2024/2025"}), 4);
  // A year printed in a sentence, no heading's range after it, counts nothing.
  EXPECT_EQ(years_from_terms({"Semester 1, 2021/2022", "Semester 2, 2022/2023", "Year of admission: 2021"}), 2);
}

TEST(DegreeLength, NumberedYearsOfStudy) {
  EXPECT_EQ(years_from_terms({"YEAR ONE SEMESTER ONE", "YEAR TWO SEMESTER TWO", "YEAR THREE SEMESTER ONE"}), 3);
  EXPECT_EQ(years_from_terms({"1.º ANO — ANO LECTIVO 2014", "2.º ANO", "3.º ANO", "4.º ANO — ANO LECTIVO 2017"}), 4);
  EXPECT_EQ(years_from_terms({"PRIMER AÑO", "SEGUNDO AÑO", "TERCER AÑO", "CUARTO AÑO", "QUINTO AÑO"}), 5);
  EXPECT_EQ(years_from_terms({"Anno di corso: 1", "Anno di corso: 2", "Anno di corso: 3"}), 3);
  EXPECT_EQ(years_from_terms({"100 Level First Semester", "Level 200", "Level 300", "Level 400"}), 4);
}

TEST(DegreeLength, SemestersNumberedThroughTheProgramme) {
  EXPECT_EQ(years_from_terms({"1st Semester", "2nd Semester", "7th Semester", "8th Semester"}), 4);
  EXPECT_EQ(years_from_terms({"SEMESTRE: PRIMERO", "SEMESTRE: SEXTO", "SEMESTRE: SÉPTIMO", "SEMESTRE: DÉCIMO"}), 5);
}

TEST(DegreeLength, TermsCodedByYearAndNumber) {
  EXPECT_EQ(years_from_terms({"Periodo Código Asignatura", "2010-I BIO101 Biología 4 15", "2010-II QUI102 Química 4 14",
                              "2011-I", "2011-II", "2012-I", "2013-I", "2014-I", "2014-II"}),
            5);
  EXPECT_EQ(years_from_terms({"2016/1 ENF101 Anatomia Humana 90 6", "2016/2", "2017/1", "2017/2", "2018/1", "2019/1"}), 4);
  // Academic years and dates are no term codes; first terms alone are not either.
  EXPECT_EQ(years_from_terms({"Issued 2016/1 of 2019", "Ref. 2017-1", "Ref. 2018-1"}), 0);
}

TEST(DegreeLength, FromTheTermsOfTheCourseRows) {
  EXPECT_EQ(years_from_course_terms({"1.º 1.º", "1.º 2.º", "2.º 1.º", "2.º 2.º", "3.º 1.º", "3.º 2.º", "4.º 1.º"}), 4);
  EXPECT_EQ(years_from_course_terms({"2015 1", "2015 2", "2016 1", "2016 2", "2017 1", "2018 1", "2019 1", "2019 2"}), 5);
  EXPECT_EQ(years_from_course_terms({"1/2014", "2/2014", "1/2015", "2/2015", "1/2016"}), 3);
  // Annual courses beside the coded terms: their years may be missing from the count.
  EXPECT_EQ(years_from_course_terms({"ANUAL", "ANUAL", "1/2014", "2/2014", "1/2015", "2/2015", "1/2016"}), 0);
  // A year of study missing in between, one term a year, or plain numbers: not shown.
  EXPECT_EQ(years_from_course_terms({"1.º 1.º", "1.º 2.º", "3.º 1.º", "3.º 2.º"}), 0);
  EXPECT_EQ(years_from_course_terms({"1.º 1.º", "2.º 1.º", "3.º 1.º"}), 0);
  EXPECT_EQ(years_from_course_terms({"1", "2", "3", "4", "5", "6", "7", "8"}), 0);
  EXPECT_EQ(years_from_course_terms({"2018", "2019", "2020", "2021"}), 0);
}

TEST(DegreeLength, FirstSemestersWithTheirCalendarYear) {
  // Korean and Thai terms: a first semester per academic year, whichever year the second falls in.
  EXPECT_EQ(years_from_terms({"2021 1st Semester 2021 2nd Semester 2021 Winter Session", "2022 1st Semester",
                              "2023 1st Semester", "2024 1st Semester 2024 2nd Semester"}),
            4);
  EXPECT_EQ(years_from_terms({"First Semester 2016", "Second Semester 2016", "First Semester 2017",
                              "Second Semester 2017", "First Semester 2018", "Second Semester 2018"}),
            3);
}

TEST(DegreeLength, AdmissionToCompletion) {
  EXPECT_EQ(study_span("Date of Entrance: 2021.03.06 Degree No.: 2025-3053 Date of Graduation: 2025.02.24").years, 4);
  EXPECT_EQ(study_span("DATE OF ADMISSION June 7, 2016\nMAJOR Bachelor of Nursing DATE OF GRADUATION March 14, 2020").years, 4);
  EXPECT_EQ(study_span("Date of Admission: June 2019\nDate of Graduation: April 16, 2023").years, 4);
  EXPECT_EQ(study_span("Period of study: 14.09.2017 – 08.06.2021, full-time (day) form of study").years, 4);
  // Three years and a conferral three months later stay three.
  EXPECT_EQ(study_span("Date of admission: 15 September 2017\nDate of award: 10 December 2020").years, 3);
  // Three years and nine months are four.
  EXPECT_EQ(study_span("Enrolled: 1 September 2016. Completed: 30 June 2020.").years, 4);
}

TEST(DegreeLength, SpanUnknownWhenTheDatesDoNotShowIt) {
  // Years alone: 2016-2019 is three years or four depending on when the academic year begins.
  EXPECT_EQ(study_span("in 2017 he entered the university and in 2021 completed the full course").years, 0);
  // No label: two dates are not a period of study.
  EXPECT_EQ(study_span("Date of birth: 12 March 1999. Issued: 14 July 2021.").years, 0);
  // "Admitted to the degree" is a conferral.
  EXPECT_EQ(study_span("Date of entry: 2 February 2018\nwas admitted to the degree on 20 April 2021").years, 0);
  // Only one end.
  EXPECT_EQ(study_span("Date of Graduation: 2025.02.24").years, 0);
  // Less than a year and a half, or more than eight years: not a degree's studies.
  EXPECT_EQ(study_span("Date of admission: 1 September 2020. Date of completion: 30 June 2021.").years, 0);
  EXPECT_EQ(study_span("Date of admission: 1 September 2005. Date of completion: 30 June 2021.").years, 0);
}

// The diploma says three years, the transcript counts eight semesters: the diploma's length is kept,
// the other is named beside it with both pieces of evidence (the validators send a route needing
// four years to review: tests/validators/program_length_test.cpp).
TEST(DegreeLength, TwoLengthsThatDisagreeAreBothKept) {
  const auto c = test::classify({
      test::make_document("diploma.pdf", {{"#KAVERI DELTA UNIVERSITY", "This is to certify that", "#NAIR DIVYA MOHAN",
                                           "has been awarded the degree of", "#Bachelor of Science in Medical Laboratory Technology",
                                           "a three-year degree programme", "Given on 5 June 2019"}}),
      test::make_document("marks.pdf", {{"#KAVERI DELTA UNIVERSITY", "CONSOLIDATED STATEMENT OF MARKS",
                                         "Name of the Candidate: NAIR DIVYA MOHAN",
                                         "Programme: Bachelor of Science in Medical Laboratory Technology",
                                         "Semester I", "MLT-101 Human Anatomy 100 72 4", "Semester IV", "MLT-401 Haematology 100 70 4",
                                         "Semester VIII", "MLT-801 Clinical Biochemistry 100 66 4"}}),
  });
  const auto degree = extract_degree(segments_of_type(c.result.segments, "diploma"),
                                     segments_of_type(c.result.segments, "transcript"));
  ASSERT_TRUE(degree);
  EXPECT_EQ(degree->years, 3);
  ASSERT_TRUE(degree->years_conflict);
  EXPECT_EQ(*degree->years_conflict, "3 years stated on the diploma, 4 years counted from the transcript's terms");
  EXPECT_EQ(degree->years_conflicting, 4);
  bool diploma_length = false, transcript_terms = false;
  for (const auto& e : degree->evidence) {
    diploma_length |= e.file == "diploma.pdf" && e.text.find("three-year") != std::string::npos;
    transcript_terms |= e.file == "marks.pdf" && e.text.find("Semester") != std::string::npos;
  }
  EXPECT_TRUE(diploma_length && transcript_terms);
  // Lengths that agree name no conflict.
  const auto agree = test::classify({test::make_document(
      "marks.pdf", {{"#KAVERI DELTA UNIVERSITY", "CONSOLIDATED STATEMENT OF MARKS", "Duration: 4 Years", "Semester I",
                     "MLT-101 Human Anatomy 100 72 4", "Semester VIII", "MLT-801 Clinical Biochemistry 100 66 4"}})});
  const auto same = extract_degree({}, segments_of_type(agree.result.segments, "transcript"));
  ASSERT_TRUE(same);
  EXPECT_EQ(same->years, 4);
  EXPECT_FALSE(same->years_conflict);
}

// A credit total of the 60-a-year European system states the programme's length: 180 three years,
// 240 four, in the words of any country (data class credit_60), before or after the number; the
// largest total printed counts; ranges, 210 (three and a half years, rounded either way), other
// totals and other credit systems give nothing.
TEST(DegreeLength, EuropeanCreditTotal) {
  EXPECT_EQ(credit_total_years("undergraduate academic studies of Biology (180 ECTS credits), completed").years, 3);
  EXPECT_EQ(credit_total_years("на основне академске студије Биологија, обима 240 ЕСПБ бодова").years, 4);
  EXPECT_EQ(credit_total_years("Summa godkända poäng: 180,0 hp").years, 3);
  EXPECT_EQ(credit_total_years("Biology, comprising 180 credits (ECTS).").years, 3);
  EXPECT_EQ(credit_total_years("Укупно ЕСПБ: 240 Просечна оцена: 9,28").years, 4);
  // running totals and a sub-total: the largest
  EXPECT_EQ(credit_total_years("Cumulative: Credits 96 ECTS 180\nCumulative: Credits 128 ECTS 240").years, 4);
  EXPECT_EQ(credit_total_years("Totaal hoofdfase: 180 EC\nTotaal behaalde studiepunten: 240 EC").years, 4);
  // a regulation's range is no total
  EXPECT_EQ(credit_total_years("3 metai, 180 kreditų\njų apimtis yra 180-240 kreditų.").years, 3);
  EXPECT_EQ(credit_total_years("jų apimtis yra 180-240 kreditų.").years, 0);
  EXPECT_EQ(credit_total_years("bioanalytiikka, laajuus 210 opintopistettä.").years, 0);
  EXPECT_EQ(credit_total_years("Total: 120 ECTS").years, 0);
  EXPECT_EQ(credit_total_years("Total Credits Earned: 180").years, 0);   // no unit: another system's
  EXPECT_EQ(credit_total_years("Total: 1800 ECTS").years, 0);
  EXPECT_EQ(credit_total_years("144 SKS").years, 0);
  // a short unit inside a word is none
  EXPECT_EQ(credit_total_years("Room 180 Ecthyma").years, 0);
}

// Terms and years of study named in other languages (data classes term_word, semester_word,
// year_word): semesters numbered after or before their word, years of study numbered with an
// ordinal dot or after their word, academic years on a line that names a term in its language.
TEST(DegreeLength, TermsInOtherLanguages) {
  EXPECT_EQ(years_from_terms({"Семестар 1", "Семестар 2", "Семестар 7", "Семестар 8"}), 4);
  EXPECT_EQ(years_from_terms({"I семестър", "II семестър", "V семестър", "VI семестър"}), 3);
  EXPECT_EQ(years_from_terms({"I semestar", "IV semestar", "VI semestar"}), 3);
  EXPECT_EQ(years_from_terms({"Semestri I", "Semestri IV", "Semestri VI"}), 3);
  EXPECT_EQ(years_from_terms({"1. letnik", "2. letnik", "3. letnik", "4. letnik"}), 4);
  EXPECT_EQ(years_from_terms({"1. godina, zimski semestar", "2. godina, ljetni semestar", "3. godina, ljetni semestar"}), 3);
  EXPECT_EQ(years_from_terms({"Anul 1", "Anul 2", "Anul 3", "Anul 4"}), 4);
  EXPECT_EQ(years_from_terms({"Academiejaar 2012-2013", "Academiejaar 2013-2014", "Academiejaar 2014-2015"}), 3);
  EXPECT_EQ(years_from_terms({"2015/2016 ZS", "2015/2016 LS", "2016/2017 ZS", "2017/2018 LS"}), 3);
  EXPECT_EQ(years_from_terms({"Curso académico 2014-15", "Curso académico 2015-16", "Curso académico 2016-17",
                              "Curso académico 2017-18"}), 4);
  EXPECT_EQ(years_from_terms({"Studiejaar 1 (2019-2020) Blok 1", "Studiejaar 2 (2020-2021) Blok 1",
                              "Studiejaar 3 (2021-2022) Blok 4", "Studiejaar 4 (2022-2023) Blok 2"}), 4);
  EXPECT_EQ(years_from_terms({"VITI I PARË (2022-2023)", "VITI I DYTË (2023-2024)", "VITI I TRETË (2024-2025)"}), 3);
  EXPECT_EQ(years_from_terms({"Automne 2017", "Hiver 2018", "Automne 2018", "Hiver 2019", "Automne 2019", "Hiver 2020"}), 3);
  EXPECT_EQ(years_from_terms({"Haust 2015", "Vor 2016", "Haust 2016", "Vor 2017", "Haust 2017", "Vor 2018"}), 3);
  EXPECT_EQ(years_from_terms({"Zulassung vor 2016"}), 0);
  // German winter and summer semesters: a practice semester's one line is not all the years
  EXPECT_EQ(years_from_terms({"SoSe 2016", "WiSe 2015/16", "WiSe 2016/17", "SoSe 2017", "WiSe 2017/18", "SoSe 2018",
                              "M 5.1 Praxissemester (20 Wochen) WiSe 2017/18 30 BE", "WiSe 2018/19"}), 4);  // German "vor": before
  // A count of years is no year of study, a semester word inside another word no semester.
  EXPECT_EQ(years_from_terms({"radni staž 5 godina"}), 0);
  EXPECT_EQ(years_from_terms({"semestral 5"}), 0);
}

}  // namespace
}  // namespace cc
