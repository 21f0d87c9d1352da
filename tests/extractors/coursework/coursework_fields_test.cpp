// Unit tests of the coursework field readers: codes, titles, numbers and grades with OCR
// confusions, term headings and their end dates, credit systems and semester hours, categories.
#include <gtest/gtest.h>

#include "extractors/coursework/code_column.h"
#include "extractors/coursework/code_shapes.h"
#include "extractors/coursework/coursework_categories.h"
#include "extractors/coursework/coursework_codes.h"
#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/coursework_grades.h"
#include "extractors/coursework/coursework_titles.h"
#include "extractors/coursework/coursework_rows.h"
#include "extractors/coursework/coursework_system.h"
#include "extractors/coursework/coursework_terms.h"
#include "extractors/text_utils.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

// The shipped ruleset's semester_hours_per_credit: the one table of factors the pipeline hands over.
const CreditFactors& shipped_factors() {
  static const CreditFactors factors = test::shipped_credit_factors();
  return factors;
}

TEST(CourseworkCode, KeepsCodesAsPrinted) {
  for (const std::string code : {"MT 101", "CHEM 11", "BIO 101", "MLS-301", "BMLS 203", "CLS 301", "GE1", "MATH101",
                                 "BMB-101P", "MLT-101P"}) {
    const auto r = read_code(code);
    EXPECT_TRUE(r.valid) << code;
    EXPECT_FALSE(r.fixed) << code;
    EXPECT_EQ(r.value, code);
  }
}

// A code whose parts are joined by full stops keeps them as printed (task j2: `BLT.B1.01` was read
// `BLTB101`); a subject abbreviated with a stop before a spaced number stays subject and number.
TEST(CourseworkCode, FullStopsInsideACodeAreKept) {
  for (const std::string code : {"BLT.B1.01", "CHE.B2.12", "MED.301", "LAB.A.12"}) {
    const auto r = read_code(code);
    EXPECT_TRUE(r.valid) << code;
    EXPECT_FALSE(r.fixed) << code;
    EXPECT_EQ(r.value, code);
  }
  EXPECT_EQ(read_code("QUIM. 100").value, "QUIM. 100");
  // A module numbered within its group keeps the space as printed: `M 4.4` with it, `ALG1.01`, `M1.10` without.
  EXPECT_EQ(read_code("M 4.4").value, "M 4.4");
  EXPECT_EQ(read_code("ALG1.01").value, "ALG1.01");
  EXPECT_EQ(read_code("M1.10").value, "M1.10");
  EXPECT_FALSE(read_code("B.Sc.").valid);
}

// Hyphens between a code's figure groups are the code's own (S172): `BSLV-1-4` (programme,
// semester, course) is kept whole, not read `BSLV-14`; a single hyphen after the letters is the
// usual separator, as before.
TEST(CourseworkCode, HyphensBetweenFigureGroupsAreKept) {
  for (const std::string code : {"BSLV-1-4", "BTSAM-2-6", "KLM-3-12", "AB-1-2-3", "XYZ-10-2A"}) {
    const auto r = read_code(code);
    EXPECT_TRUE(r.valid) << code;
    EXPECT_FALSE(r.fixed) << code;
    EXPECT_EQ(r.value, code);
  }
  EXPECT_EQ(read_code("MLS-301").value, "MLS-301");
  EXPECT_EQ(read_code("BIO 101").value, "BIO 101");
}

// A code of Latin capitals with diacritics and a closing letter (S171): kept as printed.
TEST(CourseworkCode, LatinCapitalsWithDiacritics) {
  for (const std::string code : {"LÍF102G", "STÆ104G", "EÐL101G", "ÖRV402G"}) {
    const auto r = read_code(code);
    EXPECT_TRUE(r.valid) << code;
    EXPECT_EQ(r.value, code);
  }
}

// A code whose letters are printed in another alphabet is a code, kept as printed; a word of that
// alphabet with no number, or a register number too long for a course's, is none.
TEST(CourseworkCode, LettersOfAnotherAlphabet) {
  for (const std::string code : {"ΙΕ1010", "ΒΧ 201", "ДЖ-305", "ÉQV 12"}) {
    const auto r = read_code(code);
    EXPECT_TRUE(r.valid) << code;
    EXPECT_EQ(r.value, code);
  }
  // Capitals and digits in any order (`МЛД1О01`: programme, year, kind, number) too.
  EXPECT_TRUE(read_code("МЛД1О01").valid);
  EXPECT_EQ(read_code("МЛД2И01").value, "МЛД2И01");
  EXPECT_FALSE(read_code("Χημεία").valid);
  EXPECT_FALSE(read_code("БА96030193").valid);
  EXPECT_FALSE(read_code("ΑΒΓΔΕΖΗ 101").valid);
}

// A row's serial number read into the code's cell is no part of the code: codes print their
// letters first. A code of digits alone keeps its number.
// Letters of any alphabet are letters: a title printed in Cyrillic or Greek only is a title.
TEST(CourseworkTitle, TitlesInAnotherAlphabetAreTitles) {
  EXPECT_TRUE(read_title("Анатомија").valid);
  EXPECT_TRUE(read_title("Βιοχημεία").valid);
  EXPECT_FALSE(read_title("—").valid);
}

TEST(CourseworkCode, SerialNumberBeforeTheCodeIsDropped) {
  EXPECT_EQ(read_code("4 QZV1101").value, "QZV1101");
  EXPECT_EQ(read_code("12. QZV 201").value, "QZV 201");
  EXPECT_EQ(read_code("2 BlO1101").value, "BIO1101");
}

// A missing code is a doubt only where the table prints codes: a table whose rows print none, or
// print figures alone or one shape of their own, reads its rows' codes as printed; a date line
// among coded rows, a table of one row and a serial number keep the doubt.
TEST(CourseworkCode, CodeCellsAsTheTablePrints) {
  auto rows_of = [](const std::vector<std::pair<size_t, std::string>>& cells) {
    std::vector<RawCourseRow> rows;
    for (const auto& [table, code] : cells) {
      RawCourseRow r;
      r.table = table;
      r.code = code;
      rows.push_back(r);
    }
    return rows;
  };
  using V = std::vector<bool>;
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{0, ""}, {0, ""}, {0, ""}})), V({true, true, true}));
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{0, "0100101"}, {0, "0110101"}, {0, "0303101"}, {0, "0304101"}})),
            V({true, true, true, true}));
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{0, "047CHIGL1"}, {0, "047BIOCE1"}, {0, "047ANATO1"}})),
            V({true, true, true}));
  // Coded rows and one row without a code: that row keeps its doubt.
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{0, "QZV1101"}, {0, "QZV1102"}, {0, "QZV1103"}, {0, "QZV1104"},
                                                    {0, "QZV1105"}, {0, ""}})),
            V({true, true, true, true, true, false}));
  // A line of place and date read as a row among coded rows is not of their shape.
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{0, "1110101"}, {0, "1110102"}, {0, "1110103"}, {0, "1110104"},
                                                    {0, "KIGAII 12"}})),
            V({true, true, true, true, false}));
  // Serial numbers are no codes; a table of two rows says nothing; each table on its own.
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{0, "1"}, {0, "2"}, {0, "3"}})), V({false, false, false}));
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{1, ""}, {1, ""}, {2, "MLT 101"}, {2, "MLT 102"}, {2, "MLT 103"}})),
            V({false, false, false, false, false}));
  // Mixed shapes with no usual one: no row is vouched for.
  EXPECT_EQ(code_cells_as_the_table_prints(rows_of({{0, "AB12"}, {0, "12AB"}, {0, "1A2B"}})), V({false, false, false}));
}

TEST(CourseworkCode, FixesOcrConfusionsByPosition) {
  EXPECT_EQ(read_code("CHEM 1!1").value, "CHEM 111");
  EXPECT_EQ(read_code("BIO t02").value, "BIO 102");
  EXPECT_EQ(read_code("MATH IOL").value, "MATH 101");
  EXPECT_EQ(read_code("CHEM 2O1").value, "CHEM 201");
  EXPECT_EQ(read_code("BI0 101").value, "BIO 101");
  EXPECT_EQ(read_code("5TAT 201").value, "STAT 201");
  EXPECT_EQ(read_code("MT 3O5").value, "MT 305");
  EXPECT_TRUE(read_code("CHEM 1!1").fixed);
  // Without a space: letters end where the digits begin; a prefix seen elsewhere decides.
  EXPECT_EQ(read_code("CHEM1l").value, "CHEM11");
  EXPECT_EQ(read_code("MATHIO1", {{"MATH", 3}}).value, "MATH101");
  EXPECT_EQ(read_code("BIOI01", {{"BIO", 6}, {"BIOI", 1}}).value, "BIO101");
  EXPECT_EQ(read_code("MLS–301").value, "MLS-301");  // en dash
  EXPECT_EQ(read_code("PHARMA!").value, "PHARMA1");    // no letter is a '!'
  EXPECT_EQ(read_code("GEl", {{"GE", 2}}).value, "GE1");  // a letter part seen elsewhere
  EXPECT_FALSE(read_code("GEl").valid);
  EXPECT_EQ(read_code("PE j").value, "PE 1");
  EXPECT_EQ(read_code("BlO102").value, "BIO102");  // a small l among capitals is an I
}

TEST(CourseworkCode, ALegendLabelIsNoCode) {
  // "CA: Continuous Assessment; SE: Semester Examination": a legend under the table.
  EXPECT_TRUE(is_label_and_text("CA: Continuous"));
  EXPECT_TRUE(is_label_and_text("Note: grades"));
  EXPECT_FALSE(read_code("CA: Continuous").valid);
  EXPECT_FALSE(is_label_and_text("BIO 101"));
  EXPECT_FALSE(is_label_and_text("NUR101"));
  EXPECT_TRUE(read_code("NUR101").valid);
}

TEST(CourseworkCode, RejectsWordsAndNumbers) {
  for (const std::string text : {"First", "Semester", "Total", "2.25 (82-84)", "Part II", "Summer", "", "1.75"}) {
    EXPECT_FALSE(read_code(text).valid) << text;
  }
  EXPECT_EQ(code_prefix("CHEM 101"), "CHEM");
}

// A title whose first half is written in other letters (Cyrillic, Greek) keeps it: those words are
// no specks. A lone quote mark before a title still goes.
TEST(CourseworkTitle, KeepsWordsInOtherLetters) {
  EXPECT_EQ(read_title("Анатомія людини / Human Anatomy").value, "Анатомія людини / Human Anatomy");
  EXPECT_EQ(read_title("Βιοχημεία / Biochemistry").value, "Βιοχημεία / Biochemistry");
  EXPECT_EQ(read_title("« College Algebra").value, "College Algebra");
  EXPECT_EQ(read_title("—_— English Language II").value, "English Language II");  // a rule OCR read
  EXPECT_EQ(read_title("= College Algebra").value, "College Algebra");
}

TEST(CourseworkTitle, RepairsRomanNumeralsOnly) {
  EXPECT_EQ(read_title("General Chemistry I!").value, "General Chemistry II");
  EXPECT_EQ(read_title("General Chemistry Il").value, "General Chemistry II");
  EXPECT_EQ(read_title("Organic Chemistry l").value, "Organic Chemistry I");
  EXPECT_EQ(read_title("Anatomy and Physiology Ill").value, "Anatomy and Physiology III");
  EXPECT_EQ(read_title("Haematology lV").value, "Haematology IV");
  EXPECT_TRUE(read_title("General Chemistry I!").fixed);
  // The word "and" of Croatian, Polish, Serbian before a word in lower case is no numeral (round 13 HR).
  EXPECT_EQ(read_title("Fizika i biofizika").value, "Fizika i biofizika");
  EXPECT_EQ(read_title("Hematologija II i koagulacija").value, "Hematologija II i koagulacija");
  EXPECT_EQ(read_title("Chemistry i Laboratory").value, "Chemistry I Laboratory");
  // Arabic numerals and correct roman numerals stay.
  EXPECT_EQ(read_title("Clinical Chemistry 1").value, "Clinical Chemistry 1");
  EXPECT_EQ(read_title("Hematology 2").value, "Hematology 2");
  EXPECT_EQ(read_title("General Chemistry II").value, "General Chemistry II");
  EXPECT_FALSE(read_title("General Chemistry II").fixed);
  EXPECT_EQ(read_title("  Use of   English I  ").value, "Use of English I");
  EXPECT_EQ(read_title("| Genetics").value, "Genetics");
  EXPECT_EQ(read_title("Genetics |").value, "Genetics I");  // a numeral, not a table rule
  EXPECT_FALSE(read_title("12").valid);
}

// S137: a text layer prints what it means: a word of small letters is a word (Danish `til`), where
// OCR's strokes read as letters are still a numeral.
TEST(CourseworkTitle, SmallLetterWordsOfATextLayerAreNoNumerals) {
  EXPECT_EQ(read_title("Modul 1: Introduktion til bioanalytisk diagnostik", true).value,
            "Modul 1: Introduktion til bioanalytisk diagnostik");
  EXPECT_FALSE(read_title("Modul 1: Introduktion til bioanalytisk diagnostik", true).fixed);
  EXPECT_EQ(read_title("Anatomy and Physiology lil", true).value, "Anatomy and Physiology lil");
  EXPECT_EQ(read_title("General Chemistry I!", true).value, "General Chemistry II");  // no small letters only
  EXPECT_EQ(read_title("Anatomy and Physiology lil").value, "Anatomy and Physiology III");  // OCR
  EXPECT_EQ(read_title("Introduktion til diagnostik").value, "Introduktion III diagnostik");  // OCR: as before
}

TEST(CourseworkTitle, RepairsOcrDamage) {
  EXPECT_EQ(read_title("Zoology lil: Genetics").value, "Zoology III: Genetics");
  EXPECT_EQ(read_title("Chemistry {!: Organic Chemistry").value, "Chemistry II: Organic Chemistry");
  EXPECT_EQ(read_title("Microbiology !V: Molecular Biology").value, "Microbiology IV: Molecular Biology");
  EXPECT_EQ(read_title("Chemistry Practical tt").value, "Chemistry Practical II");
  EXPECT_EQ(read_title("General Biochemistry {").value, "General Biochemistry I");
  EXPECT_EQ(read_title("Medica! Virology").value, "Medical Virology");
  EXPECT_EQ(read_title("Bio1ogy of Cells").value, "Biology of Cells");
  EXPECT_EQ(read_title("immunology").value, "Immunology");
  EXPECT_EQ(read_title("internship in Clinical Chemistry").value, "Internship in Clinical Chemistry");
  EXPECT_EQ(read_title("Microbiology V: indusirial Microbiology").value, "Microbiology V: Indusirial Microbiology");
  EXPECT_EQ(read_title("Use of English").value, "Use of English");
  EXPECT_EQ(read_title("Program 1").value, "Program 1");
  EXPECT_EQ(read_title("Genera) Chemistry").value, "General Chemistry");
  EXPECT_EQ(read_title("Clinica} Parasitology").value, "Clinical Parasitology");
  EXPECT_EQ(read_title("Anatomy (Lecture)").value, "Anatomy (Lecture)");
  EXPECT_EQ(read_title("= College Algebra").value, "College Algebra");
  EXPECT_EQ(read_title("\u2014_\u2014Clinical Microbiology I").value, "Clinical Microbiology I");  // a rule's stroke
  EXPECT_EQ(read_title("..Paediatric Nursing").value, "Paediatric Nursing");
  EXPECT_EQ(read_title("\u00abIslamic Culture IV").value, "Islamic Culture IV");
  EXPECT_EQ(read_title("\u201cOmics\u201d Technologies").value, "\u201cOmics\u201d Technologies");  // a quote it closes
  EXPECT_EQ(read_title("-3 Practicum").value, "-3 Practicum");  // no letter after the mark
  EXPECT_EQ(repair_roman_numerals("Semester ! (Examination: April/May 2022)"), "Semester I (Examination: April/May 2022)");
  EXPECT_EQ(repair_roman_numerals("Semester lt"), "Semester II");
  EXPECT_EQ(repair_roman_numerals("1st Sem., A.Y. 2019-2020"), "1st Sem., A.Y. 2019-2020");
  // A bracket opening before a numeral is a bracket, not a stroke of it (Italian `(I anno)`).
  EXPECT_EQ(repair_roman_numerals("Tirocinio professionalizzante (I anno)"), "Tirocinio professionalizzante (I anno)");
  EXPECT_EQ(repair_roman_numerals("Tirocinio (II anno)"), "Tirocinio (II anno)");
  EXPECT_EQ(read_title("Tirocinio professionalizzante (III anno)").value, "Tirocinio professionalizzante (III anno)");
  // Four strokes make no numeral: a word of four stroke-like letters stays a word.
  EXPECT_EQ(read_title("Introduktion till biomedicinsk laboratorievetenskap").value,
            "Introduktion till biomedicinsk laboratorievetenskap");
  EXPECT_EQ(repair_roman_numerals("Semester lll"), "Semester III");
}

TEST(CourseworkSystem, NationalNamesOfEctsCredits) {
  // The national names of ECTS credits, as the credits column's header or as the unit after a
  // number in the text (Swedish hp, Estonian EAP, Slovene KT, Finnish op).
  CreditSystemClues c;
  c.has_credits = true;
  c.course_credits = {{"", 7.5}, {"", 6}, {"", 5}};
  EXPECT_EQ(detect_credit_system(c), "semester");
  c.credit_headers = {"Maht (EAP)"};
  EXPECT_EQ(detect_credit_system(c), "ects");
  c.credit_headers = {"KT"};
  EXPECT_EQ(detect_credit_system(c), "ects");
  c.credit_headers = {"hp"};
  EXPECT_EQ(detect_credit_system(c), "ects");
  c.credit_headers = {};
  c.text = "Klinisk kemi I, 7,5 hp VG 2014-06-03";
  EXPECT_EQ(detect_credit_system(c), "ects");
  c.text = "Opetussuunnitelma 180 op";
  EXPECT_EQ(detect_credit_system(c), "ects");
  c.text = "Skupno število KT: 240";
  EXPECT_EQ(detect_credit_system(c), "ects");
  c.text = "omfattande 180 högskolepoäng";
  EXPECT_EQ(detect_credit_system(c), "ects");
  c.text = "Total 12 operations; hp printer";  // no number before the unit, no unit after it
  EXPECT_EQ(detect_credit_system(c), "semester");
}

TEST(CourseworkTitle, CapitalsReadApartFromTheirWordAreJoined) {
  EXPECT_EQ(read_title("Human A natomy and Physiology").value, "Human Anatomy and Physiology");
  EXPECT_TRUE(read_title("Rhythmic A ctivities").fixed);
  EXPECT_EQ(read_title("A Survey of Biology").value, "A Survey of Biology");  // a real one-letter word
  EXPECT_EQ(join_split_capitals("St. Aurelio Medical C enter"), "St. Aurelio Medical Center");
  EXPECT_EQ(join_split_capitals("Ilocos C oast Diagnostic C enter"), "Ilocos Coast Diagnostic Center");
  EXPECT_EQ(join_split_capitals("Hematology I"), "Hematology I");
  EXPECT_EQ(join_split_capitals("Hepatitis B and C of the Liver"), "Hepatitis B and C of the Liver");  // small words stay
}

TEST(CourseworkTitle, SeriesNumbersFollowTheirSiblings) {
  std::vector<std::string> titles = {"Hematology I", "Hematology 2", "Organic Chemistry 1", "Organic Chemistry III",
                                     "Thesis 1", "General Physics I", "Organic Chemistry 11"};
  EXPECT_EQ(harmonise_series_numbers(titles), 3);
  EXPECT_EQ(titles, (std::vector<std::string>{"Hematology 1", "Hematology 2", "Organic Chemistry I",
                                              "Organic Chemistry III", "Thesis 1", "General Physics I",
                                              "Organic Chemistry II"}));
}

// No sibling of the same stem tells: the transcript's other titles do, towards numerals only.
TEST(CourseworkTitle, SeriesNumbersFollowTheTranscriptWhenNoSiblingTells) {
  std::vector<std::string> titles = {"Química Clínica 1", "Química Clínica 11", "Inglés II", "Hématologie 111 et hémostase",
                                     "Biología General", "Fisiología 111"};
  const std::vector<bool> ocr(titles.size(), true);
  std::vector<std::string> printed = titles;
  EXPECT_EQ(harmonise_series_numbers(printed), 0);  // a text layer prints what it means
  EXPECT_EQ(harmonise_series_numbers(titles, nullptr, &ocr), 3);
  EXPECT_EQ(titles[0], "Química Clínica I");
  EXPECT_EQ(titles[1], "Química Clínica II");
  EXPECT_EQ(titles[3], "Hématologie 111 et hémostase");  // a number inside a title is no series number
  EXPECT_EQ(titles[5], "Fisiología III");
  // A figure 2-9 ending any title: the transcript numbers with figures, and its 1s stay.
  std::vector<std::string> figures = {"Chemistry 1", "Physics 2", "English II"};
  EXPECT_EQ(harmonise_series_numbers(figures, nullptr, &ocr), 0);
  EXPECT_EQ(figures[0], "Chemistry 1");
}

TEST(CourseworkTitle, WordsReadOnceTakeTheTranscriptsSpelling) {
  std::vector<std::string> titles = {"General Chemistry I", "General Ghemistry II", "Organic Chemistry",
                                     "Physical Fitness and Weliness", "Plane Trigonometry", "Plant Physiology",
                                     "Plant Anatomy", "Clinicat Immunology", "Clinicat Chemistry", "Clinical Chemistry",
                                     "Clinical Microscopy", "Clinical Practicum", "Clinical Parasitology",
                                     "Generali Physics"};
  std::vector<bool> changed;
  EXPECT_EQ(harmonise_title_words(titles, &changed), 4);
  EXPECT_EQ(titles[13], "General Physics");
  EXPECT_EQ(titles[1], "General Chemistry II");
  EXPECT_EQ(titles[3], "Physical Fitness and Weliness");  // nothing to compare with
  EXPECT_EQ(titles[4], "Plane Trigonometry");             // e/t are not confused, and "Plane" is short
  EXPECT_EQ(titles[7], "Clinical Immunology");            // read twice, but printed four times as often
  EXPECT_EQ(titles[8], "Clinical Chemistry");
  EXPECT_EQ(changed, (std::vector<bool>{false, true, false, false, false, false, false, true, true, false, false,
                                        false, false, true}));
}

TEST(CourseworkTerms, HeadingsTakeTheTranscriptsPunctuation) {
  const std::vector<std::string> read = {"1st Sem., A.Y. 2017-2018", "2nd Sem., A.Y. 2017-2018",
                                         "1st Sem., A.Y, 2018-2019", "2nd Sem., A. Y. 2018-2019"};
  EXPECT_EQ(harmonise_term_labels(read),
            (std::vector<std::string>{"1st Sem., A.Y. 2017-2018", "2nd Sem., A.Y. 2017-2018",
                                      "1st Sem., A.Y. 2018-2019", "2nd Sem., A.Y. 2018-2019"}));
  EXPECT_EQ(repair_term_heading("Ist Sem., A.Y. 2017-2018"), "1st Sem., A.Y. 2017-2018");
  EXPECT_EQ(repair_term_heading("Semester Ill (Examination: May 2018)"), "Semester III (Examination: May 2018)");
  EXPECT_EQ(repair_term_heading("Fali Quarter 2015"), "Fall Quarter 2015");
  EXPECT_EQ(repair_term_heading("Fail Quarter 2020"), "Fall Quarter 2020");
  EXPECT_EQ(repair_term_heading("SPRlNG 2020"), "SPRING 2020");
}

TEST(CourseworkCode, CodesTakeTheTranscriptsLettersAndSeparator) {
  std::vector<std::string> codes = {"BIO 101", "BIO 102", "BLO 201", "BIO 202", "GE7", "GE 1", "MT 301", "NCM 1"};
  EXPECT_EQ(harmonise_codes(codes), 2);
  EXPECT_EQ(codes[2], "BIO 201");
  EXPECT_EQ(codes[4], "GE 7");
  EXPECT_EQ(codes[7], "NCM 1");  // a letter part of its own, nothing close enough

  std::vector<std::string> small = {"BIO101", "Blo201", "CHEM11", "GE1", "MT301"};
  EXPECT_EQ(harmonise_codes(small), 1);
  EXPECT_EQ(small[1], "BIO201");

  std::vector<std::string> tailed = {"BIO-231", "BJO-232", "BIO-241", "BIO-251", "QUI-212"};
  EXPECT_EQ(harmonise_codes(tailed), 1);
  EXPECT_EQ(tailed[1], "BIO-232");

  std::vector<std::string> mixed = {"MT301", "MT302", "GE 1"};  // no usual separator
  EXPECT_EQ(harmonise_codes(mixed), 0);
}

TEST(CourseworkCode, ScannedCodesTakeTheTranscriptsUsualShape) {
  const std::vector<std::string> good = {"GEN1101", "CHM1101", "MTH1101", "LAB3101", "LAB3102", "LAB3105", "ANT1101"};
  std::vector<std::string> codes = good;
  for (const char* c : {"2 6BIO1101", "§ ENG1202", "6 iITC2101 1", "1AB3104", "AB4105", "&LE3101", "1 MTH1101 2019"})
    codes.push_back(c);
  std::vector<bool> ocr(codes.size(), true);
  EXPECT_EQ(repair_code_shapes(codes, ocr), 5);
  EXPECT_EQ(codes[7], "BIO1101");   // a serial number and a speck before it
  EXPECT_EQ(codes[8], "ENG1202");   // a mark before it
  EXPECT_EQ(codes[9], "ITC2101");   // a rule's stroke read as "i", a figure after it
  EXPECT_EQ(codes[10], "LAB3104");  // its first letter read as a figure: LAB is printed three times
  EXPECT_EQ(codes[11], "LAB4105");  // its first letter lost
  EXPECT_EQ(codes[12], "&LE3101");  // no letter part printed three times ends in "LE"
  EXPECT_EQ(codes[13], "1 MTH1101 2019");  // more than junk after it: a year

  std::vector<std::string> text_layer = good;
  text_layer.push_back("1AB3104");
  EXPECT_EQ(repair_code_shapes(text_layer, std::vector<bool>(text_layer.size(), false)), 0);  // prints what it means

  std::vector<std::string> no_usual = {"BIO101", "CHEM 1", "GE1", "MT-301", "1AB3104"};
  EXPECT_EQ(repair_code_shapes(no_usual, std::vector<bool>(no_usual.size(), true)), 0);
}

TEST(CourseworkCode, ALetterPartReadWrongOftenTakesTheOneReadFarMoreOften) {
  std::vector<std::string> codes;
  for (int i = 0; i < 12; ++i) codes.push_back("MLT " + std::to_string(201 + i));
  for (const char* c : {"MIT 213", "MIT 216", "MILT 317", "MIC 201", "MIC 202", "MIC 203"}) codes.push_back(c);
  std::vector<bool> ocr(codes.size(), true);
  EXPECT_EQ(repair_code_shapes(codes, ocr), 3);
  EXPECT_EQ(codes[12], "MLT 213");
  EXPECT_EQ(codes[13], "MLT 216");
  EXPECT_EQ(codes[14], "MLT 317");
  EXPECT_EQ(codes[15], "MIC 201");  // C and T are not confused
}

// A college's codes mix figures and letters in their middle part (round 14's Quebec bulletin):
// the numbered courses' "0" is printed there by several codes and no code prints an "O", so it
// stays; an "A" read as "4" where many codes print an "A" and none a "4" is put back.
TEST(CourseworkCode, AFigureTheOtherCodesPrintAtThatPlaceIsNoMisreadLetter) {
  std::vector<std::string> codes = {"140-1A4-SM", "202-1A4-SM", "201-1A3-SM", "202-2A4-SM", "140-2B4-SM",
                                    "140-3A4-SM", "140-3B4-SM", "101-3A4-SM", "140-4A4-SM", "140-4B4-SM",
                                    "601-101-SM", "340-101-SM", "109-101-SM", "601-102-SM", "101-143-SM"};
  std::vector<bool> ocr(codes.size(), true);
  EXPECT_EQ(repair_code_shapes(codes, ocr), 1);
  EXPECT_EQ(codes[10], "601-101-SM");
  EXPECT_EQ(codes[13], "601-102-SM");
  EXPECT_EQ(codes[14], "101-1A3-SM");
}

TEST(CourseworkCode, ACharacterOfTheWrongClassTakesTheConfusionOfTheClassTheCodesHaveThere) {
  std::vector<std::string> codes = {"047ANATO1", "047CHIMG1", "047BIOCE1", "047PHYSQ1", "047ANGLA1",
                                    "047INFORI", "047VIROLS", "047BIOCLA4", "047ARARC1"};
  std::vector<bool> ocr(codes.size(), true);
  EXPECT_EQ(repair_code_shapes(codes, ocr), 2);
  EXPECT_EQ(codes[5], "047INFOR1");
  EXPECT_EQ(codes[6], "047VIROL5");
  EXPECT_EQ(codes[7], "047BIOCLA4");  // a letter too many: which one cannot be told
  EXPECT_EQ(codes[8], "047ARARC1");   // letters misread as letters are no class error
}

TEST(CourseworkTitle, AStrokeGluedToTheLastWordOfANumberedSeriesIsItsNumeral) {
  std::vector<std::string> titles = {"Islamic Culturel", "Islamic Culture II", "Midwiferyl", "Midwifery II",
                                     "Medical Physics", "Biochemical"};
  harmonise_title_words(titles);
  EXPECT_EQ(titles[0], "Islamic Culture I");
  EXPECT_EQ(titles[2], "Midwifery I");
  EXPECT_EQ(titles[5], "Biochemical");  // no series "Biochemica II"
}

TEST(CourseworkNumber, ReadsCreditsWithConfusions) {
  bool fixed = false;
  EXPECT_EQ(read_number("3", &fixed), 3.0);
  EXPECT_FALSE(fixed);
  EXPECT_EQ(read_number("5.0"), 5.0);
  EXPECT_EQ(read_number("3."), 3.0);
  EXPECT_EQ(read_number("1O", &fixed), 10.0);
  EXPECT_TRUE(fixed);
  EXPECT_EQ(read_number("l"), 1.0);
  EXPECT_EQ(read_number("S"), 5.0);
  EXPECT_EQ(read_number("4,5"), 4.5);
  EXPECT_FALSE(read_number("A"));
  EXPECT_FALSE(read_number(""));
  EXPECT_FALSE(read_number("Units"));
}

// A word of three letters with no digit is a word, though each letter could be a digit OCR
// misread ("LOS" of a page's letterhead read under a credits column is not 105).
TEST(CourseworkNumber, LettersOnlyAreNoNumber) {
  EXPECT_FALSE(read_number("LOS"));
  EXPECT_FALSE(read_number("SIS"));
  EXPECT_EQ(read_number("1O"), 10.0);  // a digit kept: a number misread
  EXPECT_EQ(read_number("lO"), 10.0);  // two characters: still read
}

TEST(CourseworkGrade, ColumnStyleDecidesTheRepair) {
  EXPECT_EQ(grade_style_of({"1.75", "2.00", "1.25", "175"}), GradeStyle::decimal);
  EXPECT_EQ(grade_style_of({"A", "B+", "C", "A-"}), GradeStyle::letter);
  EXPECT_EQ(grade_style_of({"72", "64", "81"}), GradeStyle::marks);
  EXPECT_EQ(grade_style_of({"A", "1.75", "72"}), GradeStyle::other);
  EXPECT_EQ(grade_style_of({"3 1.75", "3. 2.0", "5 1.25", "1.0"}), GradeStyle::decimal);  // credits merged in
  EXPECT_EQ(grade_style_of({"1.75", "10", "15", "125", "2.0"}), GradeStyle::decimal);  // points lost
  EXPECT_EQ(grade_style_of({"72", "45", "150", "88"}), GradeStyle::marks);

  EXPECT_EQ(read_grade("175", GradeStyle::decimal).value, "1.75");  // lost its point
  EXPECT_TRUE(read_grade("175", GradeStyle::decimal).fixed);
  EXPECT_EQ(read_grade("l.50", GradeStyle::decimal).value, "1.50");
  EXPECT_EQ(read_grade("2.0O", GradeStyle::decimal).value, "2.00");
  EXPECT_EQ(read_grade("1,75", GradeStyle::decimal).value, "1.75");
  EXPECT_EQ(read_grade("15", GradeStyle::decimal).value, "1.5");
  EXPECT_EQ(read_grade("«1.5", GradeStyle::decimal).value, "1.5");
  EXPECT_EQ(read_grade("41.0", GradeStyle::decimal).value, "1.0");
  EXPECT_EQ(read_grade("#A", GradeStyle::letter).value, "A");
  // The mark in figures with its name in words, and the result after it: the figures.
  EXPECT_EQ(read_grade("7.2 (SIETE PUNTO DOS)", GradeStyle::other).value, "7.2 (SIETE PUNTO DOS)");
  EXPECT_EQ(read_grade("4.3 (CUATRO PUNTO TRES) REPROBADA", GradeStyle::other).value, "4.3");
  EXPECT_EQ(read_grade("12 (doze) valores", GradeStyle::marks).value, "12");
  EXPECT_EQ(read_grade("85 (A)", GradeStyle::marks).value, "85 (A)");  // a letter in brackets is no name
  EXPECT_EQ(read_grade("G", GradeStyle::letter).value, "C");
  EXPECT_EQ(read_grade("INC", GradeStyle::decimal).value, "INC");
  EXPECT_EQ(read_grade("175", GradeStyle::marks).value, "175");  // marks are not decimal grades
  // S133 (k5): marks printed at a fixed width keep their zeros, a mark misread is still repaired.
  EXPECT_EQ(read_grade("062", GradeStyle::marks).value, "062");
  EXPECT_FALSE(read_grade("062", GradeStyle::marks).fixed);
  EXPECT_EQ(read_grade("O62", GradeStyle::marks).value, "62");
  EXPECT_EQ(read_grade("8+", GradeStyle::letter).value, "B+");
  EXPECT_EQ(read_grade("A–", GradeStyle::letter).value, "A-");
  EXPECT_EQ(read_grade("5 (A)", GradeStyle::other).value, "5 (A)");
  EXPECT_EQ(read_grade("6O", GradeStyle::marks).value, "60");
  EXPECT_EQ(read_grade("Cc", GradeStyle::letter).value, "C");
  EXPECT_EQ(read_grade("At", GradeStyle::letter).value, "A+");
}

// Korea's scale prints the plain grade with a zero (A+, A0, B+, B0...); scans read the zero as O
// and the plus as t (round 1, one scanned grade card: 25 of 51 grades).
TEST(CourseworkGrade, ZeroAndPlusAsScansReadThem) {
  EXPECT_EQ(grade_style_of({"BO", "AO", "C+", "Bt", "D+", "CO", "Ct", "P"}), GradeStyle::letter);
  EXPECT_EQ(read_grade("BO", GradeStyle::letter).value, "B0");
  EXPECT_EQ(read_grade("Ao", GradeStyle::letter).value, "A0");
  EXPECT_EQ(read_grade("A0", GradeStyle::letter).value, "A0");
  EXPECT_EQ(read_grade("Bt+", GradeStyle::letter).value, "B+");
  EXPECT_EQ(read_grade("Ct", GradeStyle::letter).value, "C+");
  EXPECT_EQ(read_grade("FO", GradeStyle::letter).value, "F") << "no F0: one letter read twice";
}

// Two-letter grades are grades of their own: steps between two letters ("AB", "BC") or a scale
// written in pairs ("AA", "BA", "CB", "FF"); a second letter outside A-F or in lower case is still
// one letter read twice.
TEST(CourseworkGrade, TwoLetterGradesKeepBothLetters) {
  EXPECT_EQ(grade_style_of({"AB", "BC", "C", "B"}), GradeStyle::letter);
  EXPECT_EQ(grade_style_of({"AA", "BA", "CB", "FF"}), GradeStyle::letter);
  EXPECT_EQ(read_grade("BC", GradeStyle::letter).value, "BC");
  EXPECT_EQ(read_grade("AB", GradeStyle::letter).value, "AB");
  EXPECT_EQ(read_grade("DC", GradeStyle::letter).value, "DC");
  EXPECT_FALSE(read_grade("BC", GradeStyle::letter).fixed);
  EXPECT_EQ(read_grade("CG", GradeStyle::letter).value, "C");
  EXPECT_EQ(read_grade("Bb", GradeStyle::letter).value, "B");
  EXPECT_FALSE(letter_grade_from_points("AB", 7.0, 2));  // no sign to restore on a two-letter scale
  // Letters that are no neighbours are no two-letter grade: "AC" is the Spanish "acreditada"
  // (passed) of a Mexican kardex, which the two-letter rule first turned into a grade of its own.
  EXPECT_NE(read_grade("AC", GradeStyle::letter).value, "AC");
  EXPECT_EQ(read_grade("FD", GradeStyle::letter).value, "FD");
}

TEST(CourseworkGrade, LostSignFromQualityPoints) {
  EXPECT_EQ(letter_grade_from_points("A", 18.5, 5), "A-");   // 3.7 a credit
  EXPECT_EQ(letter_grade_from_points("B", 13.2, 4), "B+");   // 3.3
  EXPECT_FALSE(letter_grade_from_points("A", 20.0, 5));      // A as read
  EXPECT_FALSE(letter_grade_from_points("B", 8.0, 4));       // 2.0 is C: not a lost sign
  EXPECT_FALSE(letter_grade_from_points("1.75", 7.0, 4));
}

// Each case: credits cell, grade cell, style -> split?, credits, grade.
TEST(CourseworkGrade, CreditsAndGradeReadIntoOneCellAreSplit) {
  struct Case {
    std::string credits, grade;
    GradeStyle style;
    bool split;
    std::string want_credits, want_grade;
  };
  const std::vector<Case> cases = {
      {"", "3. 1.25", GradeStyle::decimal, true, "3.", "1.25"},   // both under the grade heading
      {"", "4 15", GradeStyle::decimal, true, "4", "15"},         // the grade's point is repaired later
      {"", "1.25 3", GradeStyle::decimal, true, "3", "1.25"},     // grade column first
      {"3 2.0", "", GradeStyle::decimal, true, "3", "2.0"},       // both under the credits heading
      {"", "3 B+", GradeStyle::letter, true, "3", "B+"},
      {"3", "1.25", GradeStyle::decimal, false, "3", "1.25"},     // nothing merged
      {"", "1 0", GradeStyle::decimal, false, "", "1 0"},         // "1.0" with its point lost: no credits in it
      {"", "= 1.75", GradeStyle::decimal, false, "", "= 1.75"},   // a speck, not credits
      {"", "3 INC", GradeStyle::decimal, false, "", "3 INC"},     // not a grade of the column's style
      {"", "3 1.25", GradeStyle::other, false, "", "3 1.25"},     // unknown style: left alone
      {"", "45 1.25", GradeStyle::decimal, false, "", "45 1.25"}, // more credits than a course has
  };
  for (const auto& c : cases) {
    std::string credits = c.credits, grade = c.grade;
    SCOPED_TRACE(c.credits + " | " + c.grade);
    EXPECT_EQ(split_merged_credits_and_grade(credits, grade, c.style), c.split);
    EXPECT_EQ(credits, c.want_credits);
    EXPECT_EQ(grade, c.want_grade);
  }
}

TEST(CourseworkTerms, RecognisesHeadings) {
  for (const std::string t : {"First Semester 2015-2016", "1st Sem., A.Y. 2019-2020", "Fall Quarter 2014",
                              "100 Level - First Semester", "Harmattan Semester", "Part I", "Year 1", "Semester III",
                              "2014/2015 Session - First Semester", "Summer 2018", "Autumn 2016",
                              "Semester III (Examination: November/December 2017)", "First Year Examination, May 2019"}) {
    EXPECT_TRUE(is_term_heading(t)) << t;
  }
  for (const std::string t : {"Entered: Fall Quarter 2016", "Term: 15.0 credits, GPA 3.20", "Date of Graduation: April 15, 2019",
                              "Summer Internship in Hematology", "General Chemistry II", "Total Units Earned: 173"}) {
    EXPECT_FALSE(is_term_heading(t)) << t;
  }
}

TEST(CourseworkTerms, EndDates) {
  EXPECT_EQ(term_end_date("2nd Sem., A.Y. 2019-2020"), "2020-05-31");
  EXPECT_EQ(term_end_date("First Semester 2015-2016"), "2015-12-31");
  EXPECT_EQ(term_end_date("Summer, A.Y. 2018-2019"), "2019-08-31");
  EXPECT_EQ(term_end_date("Fall Quarter 2016"), "2016-12-31");
  EXPECT_EQ(term_end_date("Spring Quarter 2020"), "2020-06-30");
  EXPECT_EQ(term_end_date("Semester III (Examination: November/December 2017)"), "2017-12-31");
  EXPECT_EQ(term_end_date("Semester II (Examination: April/May 2018)"), "2018-05-31");
  EXPECT_EQ(term_end_date("2014/2015 Session - Second Semester"), "2015-05-31");
  EXPECT_FALSE(term_end_date("Part II"));
  EXPECT_FALSE(term_end_date("Harmattan Semester"));
  EXPECT_FALSE(term_end_date(""));
  EXPECT_TRUE(names_quarter("Fall Quarter 2016"));
  EXPECT_EQ(season_of("Autumn 2016"), "autumn");
}

TEST(CourseworkSystem, FromHeadersTermsAndCountry) {
  CreditSystemClues ph;
  ph.credit_headers = {"Units"};
  ph.has_credits = true;
  ph.grade_style = GradeStyle::decimal;
  EXPECT_EQ(detect_credit_system(ph), "units");  // "Units" with grades like 1.75
  ph.text = "Republic of the Philippines";
  ph.grade_style = GradeStyle::other;
  EXPECT_EQ(detect_credit_system(ph), "units");

  CreditSystemClues said = ph;  // no country, no "Units" header: the footer says so
  said.credit_headers = {"Cr."};
  said.text = "Credit is given in units; one unit equals one hour of class per week.";
  said.grade_style = GradeStyle::decimal;
  EXPECT_EQ(detect_credit_system(said), "units");

  CreditSystemClues ng = ph;
  ng.text = "Lagos, Nigeria";
  ng.grade_style = GradeStyle::letter;
  EXPECT_EQ(detect_credit_system(ng), "semester");

  CreditSystemClues us;
  us.credit_headers = {"Credits"};
  us.has_credits = true;
  us.terms = {"Fall Quarter 2016"};
  EXPECT_EQ(detect_credit_system(us), "quarter");
  us.terms = {"Autumn 2016", "Winter 2017", "Spring 2017"};  // three terms a year
  EXPECT_EQ(detect_credit_system(us), "quarter");
  us.terms = {"Fall 2016", "Spring 2017"};
  EXPECT_EQ(detect_credit_system(us), "semester");
  us.credit_headers = {"Qtr Hrs"};
  EXPECT_EQ(detect_credit_system(us), "quarter");

  CreditSystemClues eu;
  eu.credit_headers = {"ECTS"};
  eu.has_credits = true;
  EXPECT_EQ(detect_credit_system(eu), "ects");
  eu.credit_headers = {"Credits"};
  eu.text = "Credits are given in ECTS (European Credit Transfer and Accumulation System).";
  EXPECT_EQ(detect_credit_system(eu), "ects");
  CreditSystemClues uk = eu;
  uk.text = "University of Leeds, Leeds LS2 9JT, United Kingdom";
  EXPECT_EQ(detect_credit_system(uk), "uk");
  uk.text = "";
  uk.credit_headers = {"CATS Credits"};
  EXPECT_EQ(detect_credit_system(uk), "uk");
  CreditSystemClues us_like = uk;  // neither a US region nor a course title names the UK system
  us_like.credit_headers = {"Credits"};
  us_like.text = "University of New England, Biddeford, Maine. VET 410 Small Animal Medicine: Dogs and Cats";
  EXPECT_EQ(detect_credit_system(us_like), "semester");
  uk.credit_headers = {"ECTS"};  // the column says which
  uk.text = "University of Leeds, United Kingdom";
  EXPECT_EQ(detect_credit_system(uk), "ects");

  CreditSystemClues marks;
  marks.has_marks = true;
  marks.country_hint = "IN";
  EXPECT_EQ(detect_credit_system(marks), "marks");
  marks.has_credits = true;
  EXPECT_EQ(detect_credit_system(marks), "semester");
}

TEST(CourseworkSystem, SemesterHours) {
  EXPECT_EQ(to_semester_hours(3.0, "units", shipped_factors()), 3.0);
  EXPECT_EQ(to_semester_hours(4.0, "semester", shipped_factors()), 4.0);
  EXPECT_EQ(to_semester_hours(5.0, "quarter", shipped_factors()), 3.33);
  EXPECT_EQ(to_semester_hours(4.0, "quarter", shipped_factors()), 2.67);
  EXPECT_NEAR(*to_semester_hours(5.0, "quarter", shipped_factors(), false), 10.0 / 3.0, 1e-12);
  EXPECT_FALSE(to_semester_hours(std::nullopt, "semester", shipped_factors()));
  EXPECT_FALSE(to_semester_hours(4.0, "marks", shipped_factors()));
  EXPECT_EQ(to_semester_hours(5.0, "ects", shipped_factors()), 2.5);
  EXPECT_EQ(to_semester_hours(15.0, "uk", shipped_factors()), 3.75);
  EXPECT_EQ(to_semester_hours(120.0, "uk", shipped_factors()), 30.0);
}

TEST(CourseworkCategories, FirstMatchWins) {
  const CourseCategorizer c({{"mls_professional", R"(clinical\s+chemistry|hematology)"},
                             {"chemistry", "chemistry"},
                             {"biology", "biology|zoology"},
                             {"broken", "([unclosed"}});
  EXPECT_EQ(c.category_of("Clinical Chemistry 1"), "mls_professional");
  EXPECT_EQ(c.category_of("General Chemistry II"), "chemistry");
  EXPECT_EQ(c.category_of("GENERAL ZOOLOGY"), "biology");
  EXPECT_EQ(c.category_of("Purposive Communication"), "other");
  EXPECT_EQ(c.rejected().size(), 1u);
  EXPECT_EQ(c.categories(), (std::vector<std::string>{"mls_professional", "chemistry", "biology", "other"}));
}

TEST(CourseworkRows, SummaryRows) {
  for (const std::string t : {"Total Units: 10 Total Grade Points: 47 GPA: 4.70 CGPA: 4.70", "Page 1 of 2",
                              "xxx Nothing Follows xxx", "***** END OF TRANSCRIPT *****", "Term: 15.0 credits, GPA 3.20",
                              "Total: 294 / 450 Result: PASS", "Tota}: 356 / 500 Resuit: PASS", "GGPA: 3.92", "PAGE 1 Of I",
                              "Page 2 of 2 Dr. Adewale O. Fashola"}) {
    EXPECT_TRUE(is_summary_row(t)) << t;
  }
  EXPECT_FALSE(is_summary_row("MT 301 Clinical Chemistry 1 1.75 4"));
  EXPECT_FALSE(is_summary_row("MGT 401 Total Quality Management A 3"));
}

// A page's number read as a row's title is no course, in any language (round 12 LY "Page 2 /", BG
// "стр. 1 от"); a title that merely holds the word is one.
TEST(CourseworkRows, PageMarkersAreNoCourses) {
  for (const std::string t : {"Page 2 /", "Page 2 / 3", "Página 1 de 2", "стр. 1 от", "Seite 2 von 4", "PAGE 3"})
    EXPECT_TRUE(is_page_marker(t)) << t;
  for (const std::string t : {"Page Layout Design", "Paginated Media 2", "Strategic Planning", "Stage pratique (CHU)"})
    EXPECT_FALSE(is_page_marker(t)) << t;
}

// A grade written in words with its value in brackets is the value, whatever the column's style.
TEST(CourseworkFields, WordedGradeWithItsValueInBrackets) {
  EXPECT_EQ(read_grade("dostateczny plus (3.5)", GradeStyle::other).value, "3.5");
  EXPECT_EQ(read_grade("sehr gut (1,0)", GradeStyle::decimal).value, "1.0");
  EXPECT_EQ(read_grade("B+", GradeStyle::letter).value, "B+");
  EXPECT_EQ(read_grade("INC", GradeStyle::letter).value, "INC");
}

// Module codes with a letter between numbers are codes as printed; "CHEM1O1" is still repaired.
TEST(CourseworkFields, ModuleCodeWithALetterBetweenNumbers) {
  EXPECT_EQ(read_code("NUR1A01").value, "NUR1A01");
  EXPECT_EQ(read_code("PSY1B01").value, "PSY1B01");
  EXPECT_FALSE(read_code("NUR1A01").fixed);
  EXPECT_NE(read_code("CHEM1O1").value, "CHEM1O1");
}

// UK (or South African) credits told by their numbers: modules of 10 to 60 credits, 120 a year.
// ECTS years (60) and US semesters are not.
TEST(CourseworkFields, UkCreditsFromTheirNumbers) {
  CreditSystemClues za;
  za.credit_headers = {"Credits"};
  za.has_credits = true;
  za.course_credits = {{"2018", 24}, {"2018", 24}, {"2018", 12}, {"2018", 36}, {"2018", 24},
                       {"2019", 30}, {"2019", 30}, {"2019", 60}};
  EXPECT_EQ(detect_credit_system(za), "uk");
  CreditSystemClues ects = za;
  ects.course_credits = {{"Year 1", 10}, {"Year 1", 20}, {"Year 1", 15}, {"Year 1", 15}, {"Year 2", 30}, {"Year 2", 30}};
  EXPECT_EQ(detect_credit_system(ects), "semester");
  CreditSystemClues us = za;
  us.course_credits = {{"Fall 2015", 4}, {"Fall 2015", 3}, {"Fall 2015", 3}, {"Fall 2015", 5}};
  EXPECT_EQ(detect_credit_system(us), "semester");
}

// A credits column headed in hours is not European, though the text prints ECTS beside it.
TEST(CourseworkFields, CreditHoursHeaderIsNotEcts) {
  CreditSystemClues et;
  et.credit_headers = {"Cr.Hr"};
  et.has_credits = true;
  et.text = "Course Title Course No. Cr.Hr ECTS Grade";
  EXPECT_EQ(detect_credit_system(et), "semester");
  et.credit_headers = {"Credits"};
  EXPECT_EQ(detect_credit_system(et), "ects");
}

// "(1)" in a title is part one of a series ("General Chemistry (1)", printed so in Jordan and
// Iran), not the three strokes of a numeral III.
TEST(CourseworkTitle, ANumberInBracketsIsNoRomanNumeral) {
  EXPECT_EQ(read_title("General Chemistry (1)").value, "General Chemistry (1)");
  EXPECT_EQ(read_title("Hematology (1) Lab").value, "Hematology (1) Lab");
  EXPECT_EQ(read_title("Anatomy (I)").value, "Anatomy (I)");
  EXPECT_EQ(repair_roman_numerals("Semester lt"), "Semester II");
}

// A lower-case word opening with l and a vowel among capitalised words is a word, not an OCR'd
// capital I ("English language", a Romanian "Tehnici de laborator / Laboratory Techniques").
TEST(CourseworkTitle, AWordOpeningWithLAndAVowelKeepsItsL) {
  EXPECT_EQ(read_title("English language").value, "English language");
  EXPECT_EQ(read_title("Tehnici de laborator / Laboratory Techniques").value, "Tehnici de laborator / Laboratory Techniques");
  EXPECT_EQ(read_title("lmmunology and Serology").value, "Immunology and Serology");
  EXPECT_EQ(read_title("Clinical lnternship Rotation").value, "Clinical Internship Rotation");
}

// A grade printed as a number and its name in words in one cell (Peru's vigesimal "15 QUINCE",
// French "13,50 Assez bien"): the number, as printed; a letter after a number stays.
TEST(CourseworkGrade, NumberWithItsNameInWords) {
  EXPECT_EQ(read_grade("16 DIECISÉIS", GradeStyle::marks).value, "16");
  EXPECT_EQ(read_grade("15 QUINCE", GradeStyle::marks).value, "15");
  EXPECT_EQ(read_grade("13,50 Assez bien", GradeStyle::decimal).value, "13,50");
  EXPECT_EQ(read_grade("4.0 Excellent", GradeStyle::decimal).value, "4.0");
  EXPECT_EQ(read_grade("85 A", GradeStyle::marks).value, "85 A");
  EXPECT_EQ(read_grade("dobry (4.0)", GradeStyle::decimal).value, "4.0");  // as before
}

// S145: a code and its title in one cell, no title cell of their own.
TEST(CourseworkRows, CodeAndTitleInOneCellAreSplit) {
  auto split = code_and_title_in_one_cell("M1.1 Biologie cellulaire et génétique");
  ASSERT_TRUE(split.has_value());
  EXPECT_EQ(split->first, "M1.1");
  EXPECT_EQ(split->second, "Biologie cellulaire et génétique");
  split = code_and_title_in_one_cell("BIO 101 General Biology");
  ASSERT_TRUE(split.has_value());
  EXPECT_EQ(split->first, "BIO 101");
  EXPECT_EQ(split->second, "General Biology");
  EXPECT_FALSE(code_and_title_in_one_cell("BIO 101").has_value());                    // a code alone
  EXPECT_EQ(code_and_title_in_one_cell("M1.1 Biologie").value_or(std::make_pair(std::string(), std::string())).second,
            "Biologie");  // the column beside holds no title
  EXPECT_FALSE(code_and_title_in_one_cell("Stage 1 – Laboratoire").has_value());      // no code first
  EXPECT_FALSE(code_and_title_in_one_cell("1re année").has_value());
  EXPECT_FALSE(code_and_title_in_one_cell("aos 9 De Março de 2018").has_value());  // a date's words
  EXPECT_FALSE(code_and_title_in_one_cell("least 26 KP and a state examination.").has_value());
}

// S146: the length of a teaching period stated in a legend; the column its unit heads.
TEST(CourseworkRows, StatedPeriodLength) {
  auto p = stated_period_length("Échelle des notes: 6 excellent. 1 période = 45 minutes.");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->unit, "periode");
  EXPECT_DOUBLE_EQ(p->minutes, 45);
  EXPECT_TRUE(counts_stated_periods("Périodes", *p));
  EXPECT_FALSE(counts_stated_periods("Note", *p));
  p = stated_period_length("1 Lektion = 45 Minuten");
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(counts_stated_periods("Lektionen", *p));
  p = stated_period_length("One period: 50 min");
  ASSERT_TRUE(p.has_value());
  EXPECT_DOUBLE_EQ(p->minutes, 50);
  EXPECT_FALSE(stated_period_length("1 credit = 30 hours of work").has_value());
  EXPECT_FALSE(stated_period_length("Total 2 = 60 minutes").has_value());  // an hour is no period of less
}

// S147: courses listed line by line, no table: a course's line and the line of its code.
TEST(CourseworkRows, ListedCourseLines) {
  auto c = listed_course_line("Allmän kemi, 7,5 hp G 2022-11-08");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->title, "Allmän kemi");
  EXPECT_EQ(c->credits, "7,5");
  EXPECT_EQ(c->grade, "G");
  c = listed_course_line("Kvalitetsutveckling, 7,5 hp");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->grade, "");
  c = listed_course_line("Human Anatomy, 4 cr. 2021-05-02 B+");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->grade, "B+");
  EXPECT_FALSE(listed_course_line("Lausanne, le 4 septembre 2022").has_value());
  EXPECT_FALSE(listed_course_line("Summa godkända poäng: 180,0 hp").has_value());
  EXPECT_EQ(code_line("BL1001, Mälarstrandens högskola").value_or(""), "BL1001");
  EXPECT_EQ(code_line("KE1002").value_or(""), "KE1002");
  EXPECT_FALSE(code_line("Mälarstrandens högskola, BL1001").has_value());
  EXPECT_FALSE(code_line("Verifieringskod: 6AD5-30B7-87A5-54BF").has_value());
}

}  // namespace
}  // namespace cc
