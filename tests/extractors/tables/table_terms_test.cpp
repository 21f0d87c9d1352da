// Tests of section lines (terms) in the languages agencies meet, of captions printed in two
// languages, of a term column whose term spans two rows, and of headers in French and Spanish:
// word boxes built in code (page_builder.h).
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/row_labels.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

TEST(TableTerms, SectionLinesInOtherLanguages) {
  for (const char* s : {"Primer Semestre 2017-1", "SÉPTIMO SEMESTRE", "DÉCIMO SEMESTRE", "Deuxième semestre",
                        "1er semestre 2016", "Semestre 3", "Semestr 2 (letni 2015/2016)", "Anul I 2019-2020",
                        "Sem. I", "Rok II", "2017-2018 Güz Dönemi", "Bahar Yarıyılı 2018", "1. Yarıyıl",
                        "Primer Año", "2016-2017-1", "Año académico 2016-2017", "Année universitaire 2016/2017",
                        "Curso académico 2014-15"})
    EXPECT_TRUE(is_section_line(s)) << s;
  // Summaries and courses in those languages are no sections.
  for (const char* s : {"Crédits capitalisés / Credits earned: 30/30 Moyenne / Average: 13.18/20",
                        "Total semestru / Semester total: 30 credite", "Promedio general: 9.2", "Química General",
                        "Biologie cellulaire et histologie", "2016-12-01", "Tahun Lahir: 1999"})
    EXPECT_FALSE(is_section_line(s)) << s;
}

TEST(TableTerms, ScopeOfSectionsInOtherLanguages) {
  EXPECT_EQ(section_scope("Anul I 2019-2020"), SectionScope::year);
  EXPECT_EQ(section_scope("Sem. I"), SectionScope::part_of_year);
  EXPECT_EQ(section_scope("Güz Dönemi"), SectionScope::part_of_year);
  EXPECT_EQ(section_scope("Primer Semestre 2017-1"), SectionScope::both);
  EXPECT_EQ(section_scope("2016/2017 Session"), SectionScope::year);  // a session of a year range stays a year
  EXPECT_EQ(section_scope("Harmattan Session"), SectionScope::both);  // as before: a session word
}

// A caption in two languages: the half that says everything; kept whole when each half adds to it.
TEST(TableTerms, CaptionInTwoLanguages) {
  EXPECT_EQ(section_text("Semestr 2 (letni 2015/2016) / Semester 2 (summer 2015/2016)"), "Semester 2 (summer 2015/2016)");
  EXPECT_EQ(section_text("Semester 2 (summer 2015/2016) / Semestr 2 (letni 2015/2016)"), "Semester 2 (summer 2015/2016)");
  EXPECT_EQ(section_text("Anul I 2019-2020 / Year I"), "Anul I 2019-2020");
  EXPECT_EQ(section_text("Semestre 1 / Semester 1 — 2015/2016"), "Semestre 1 / Semester 1 — 2015/2016");
  EXPECT_EQ(section_text("Semester 1 / 2015"), "Semester 1 / 2015");  // one half is no section
}

// Sections nest in other languages too: a Romanian year over its semesters.
TEST(TableTerms, RomanianYearOverItsSemesters) {
  PageBuilder b;
  b.row(80, {{50, "Anul I 2019-2020 / Year I"}});
  b.row(94, {{50, "Sem. I"}});
  b.row(108, {{50, "Code"}, {120, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(122, {{50, "AM101"}, {120, "Anatomy"}, {405, "15"}, {462, "9"}});
  b.row(136, {{50, "Sem. II"}});
  b.row(150, {{50, "AM102"}, {120, "Physiology"}, {405, "15"}, {462, "9"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[0].term, "Anul I 2019-2020, Sem. I");
  EXPECT_EQ(r.tables[0].rows[1].term, "Anul I 2019-2020, Sem. II");
}

// A term column printing its term once, over two rows ("1st Semester" over "2019-2020"): every
// row of the term gets the whole term.
TEST(TableTerms, TermColumnSpanningRows) {
  PageBuilder b;
  b.row(100, {{30, "TERM"}, {110, "COURSE NO."}, {180, "DESCRIPTIVE TITLE"}, {420, "FINAL"}, {470, "CREDITS"}});
  b.row(114, {{30, "1st Semester"}, {110, "GE 1"}, {180, "Understanding the Self"}, {422, "2.25"}, {480, "3"}});
  b.row(127, {{30, "2019-2020"}, {110, "GE 2"}, {180, "Readings in History"}, {422, "1.75"}, {480, "3"}});
  b.row(140, {{110, "MATH 101"}, {180, "College Algebra"}, {422, "1.75"}, {480, "3"}});
  b.row(153, {{30, "2nd Semester"}, {110, "GE 3"}, {180, "The Contemporary World"}, {422, "1.75"}, {480, "3"}});
  b.row(166, {{30, "2019-2020"}, {110, "BIO 102"}, {180, "General Botany"}, {422, "1.5"}, {480, "4"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& rows = r.tables[0].rows;
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].term, "1st Semester 2019-2020");
  EXPECT_EQ(rows[1].term, "1st Semester 2019-2020");
  EXPECT_EQ(rows[2].term, "1st Semester 2019-2020");
  EXPECT_EQ(rows[3].term, "2nd Semester 2019-2020");
  EXPECT_EQ(rows[4].term, "2nd Semester 2019-2020");
}

// A French header over its English translation ("Code UE | Intitulé de l'UE | Crédits | Note /20 |
// Grade | Décision"), the English labels centred under the French ones: one header, the rows under
// it read, the English line no table of its own.
TEST(TableTerms, FrenchHeaderOverEnglish) {
  PageBuilder b(7);
  b.row(198, {{50, "Semestre 1 / Semester 1 — 2015/2016"}});
  b.row(211.6, {{50, "Code UE"}, {100, "Intitulé de l'UE"}, {367, "Crédits"}, {414, "Note /20"}, {465, "Grade"}, {514, "Décision"}});
  b.row(220.3, {{44, "Course Code"}, {110, "Course Title"}, {368, "Credits"}, {414, "Mark /20"}, {465, "Grade"}, {515, "Decision"}});
  b.row(233, {{50, "SBM111"}, {100, "Biologie cellulaire"}, {378, "5"}, {419, "13.50"}, {474, "B"}, {520, "CA"}});
  b.row(255, {{50, "CHM111"}, {100, "Chimie générale"}, {378, "5"}, {419, "12.25"}, {474, "B-"}, {520, "CA"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade", "grade", "remark"}));
  EXPECT_EQ(r.tables[0].columns[1].label, "Intitulé de l'UE Course Title");  // the French line is the header's first
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "5");
}

// A Mexican kardex header: Clave | Asignatura | Créditos | Calificación (Núm. / Letra) | Tipo de examen.
TEST(TableTerms, SpanishKardexHeader) {
  PageBuilder b;
  b.row(100, {{42, "Clave"}, {90, "Asignatura"}, {300, "Créditos"}, {350, "Calificación"}, {480, "Tipo de examen"}});
  b.row(114, {{42, "QB101"}, {90, "QUÍMICA GENERAL"}, {310, "10"}, {352, "8"}, {370, "OCHO"}, {490, "ORD"}});
  b.row(128, {{42, "QB102"}, {90, "BIOLOGÍA CELULAR"}, {310, "8"}, {352, "9"}, {370, "NUEVE"}, {490, "ORD"}});
  b.row(142, {{42, "QB103"}, {90, "MATEMÁTICAS I"}, {310, "8"}, {352, "9"}, {370, "NUEVE"}, {490, "ORD"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].columns[0].role, ColumnRole::code);
  EXPECT_EQ(r.tables[0].columns[1].role, ColumnRole::title);
  EXPECT_EQ(r.tables[0].columns[2].role, ColumnRole::credits);
  EXPECT_EQ(r.tables[0].columns[3].role, ColumnRole::grade);
  EXPECT_EQ(r.tables[0].columns.back().role, ColumnRole::remark);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "10");
}

TEST(TableTerms, SectionsThatSayMore) {
  EXPECT_TRUE(section_says_more("Final Year Project"));
  EXPECT_TRUE(section_says_more("First Year Examination, May 2019"));
  EXPECT_FALSE(section_says_more("Second Semester 2015/2016"));
  EXPECT_FALSE(section_says_more("FIRST YEAR - ACADEMIC YEAR 2017/2018"));
  EXPECT_FALSE(section_says_more("Semestre 1 / Semester 1 — 2015/2016"));
}

// A title wrapped under its record that reads like a section ("Final Year Project", the English
// line of a bilingual title) stays the record's; a bare caption under a record is a section.
TEST(TableTerms, WrappedTitleThatReadsLikeASection) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {120, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "SBM324"}, {120, "Research Project"}, {405, "9"}, {462, "A"}});
  b.row(124, {{120, "Final Year Project"}});
  b.row(140, {{50, "EPI301"}, {120, "Epidemiology"}, {405, "3"}, {462, "B"}});
  b.row(166, {{50, "Second Semester 2018/2019"}});
  b.row(180, {{50, "BIO401"}, {120, "Genetics"}, {405, "3"}, {462, "A"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& rows = r.tables[0].rows;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields.title, "Research Project Final Year Project");
  EXPECT_EQ(rows[0].term, "");
  EXPECT_EQ(rows[1].fields.title, "Epidemiology");
  EXPECT_EQ(rows[2].term, "Second Semester 2018/2019");
}

TEST(TableTerms, SummaryLinesInOtherLanguages) {
  EXPECT_EQ(summary_kind("Toplam Kredi: 30"), std::optional<std::string>("total"));
  EXPECT_EQ(summary_kind("Jumlah SKS: 21"), std::optional<std::string>("total"));
  EXPECT_EQ(summary_kind("Semester I"), std::nullopt);
  EXPECT_EQ(summary_kind("Total Quality Management in the Laboratory"), std::optional<std::string>("total"));  // as before: a first word
}

// A term line printed right over the header ("First Semester" over "Code  Course ..."), its
// words over the header's columns, is the rows' term, not an upper line of the header naming
// groups of columns (round 7 SL: "First Code | Semester Course", no title and no term).
TEST(TableTerms, TermLineTightOverTheHeaderIsNoPartOfIt) {
  PageBuilder b(9, true);
  b.row(80, {{48, "YEAR II 2031/2032"}});
  b.row(97, {{66, "Second Semester"}});
  b.row(111, {{52, "Code"}, {112, "Course"}, {422, "Credits"}, {470, "Mark"}, {510, "Grade"}});
  b.row(126, {{52, "QZX 211"}, {112, "Vorplic Dranthery"}, {424, "3"}, {472, "70"}, {512, "A"}});
  b.row(138, {{52, "QZX 212"}, {112, "Humbrel Skavonics"}, {424, "4"}, {472, "66"}, {512, "B"}});
  b.row(150, {{52, "QZX 213"}, {112, "Oltrane Wispery"}, {424, "2"}, {472, "58"}, {512, "C"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "marks", "grade"}));
  const auto& rows = r.tables[0].rows;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields.title, "Vorplic Dranthery");
  EXPECT_EQ(rows[0].fields.credits, "3");
  EXPECT_EQ(rows[2].term, "YEAR II 2031/2032, Second Semester");
}

// A lone hours column with no credits column ("CH") whose values are a course's credits (whole,
// 2 to 4) holds the credits (hours of class over a term: the next test).
TEST(TableTerms, LoneHoursColumnOfCreditSizedValuesIsTheCredits) {
  auto read = [](const char* a, const char* b, const char* c) {
    PageBuilder p;
    p.row(100, {{50, "Code"}, {120, "Course"}, {400, "CH"}, {450, "Mark"}, {500, "Grade"}});
    p.row(114, {{50, "QZX 211"}, {120, "Vorplic Dranthery"}, {402, a}, {452, "70"}, {502, "A"}});
    p.row(126, {{50, "QZX 212"}, {120, "Humbrel Skavonics"}, {402, b}, {452, "66"}, {502, "B"}});
    p.row(138, {{50, "QZX 213"}, {120, "Oltrane Wispery"}, {402, c}, {452, "58"}, {502, "C"}});
    return read_tables({&p.page()});
  };
  const TableReading small = read("3", "4", "2");
  ASSERT_EQ(small.tables.size(), 1u);
  EXPECT_EQ(roles_of(small.tables[0]), (std::vector<std::string>{"code", "title", "credits", "marks", "grade"}));
  ASSERT_EQ(small.tables[0].rows.size(), 3u);
  EXPECT_EQ(small.tables[0].rows[1].fields.credits, "4");
  // Values of neither kind (3, 60, 120) leave it the contact hours.
  const TableReading mixed = read("3", "60", "120");
  ASSERT_EQ(mixed.tables.size(), 1u);
  const auto roles = roles_of(mixed.tables[0]);
  EXPECT_EQ(std::count(roles.begin(), roles.end(), "credits"), 0) << roles[2];
}

// "Course" names the code column in most headers ("Course | Title | Credits"); right after a code
// column in a header with no title column ("Code | Course | CH | Mark | Grade") it is the title.
TEST(TableTerms, CourseAfterCodeWithNoTitleIsTheTitle) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {120, "Course"}, {400, "Credits"}, {450, "Mark"}, {500, "Grade"}});
  b.row(114, {{50, "QZX 211"}, {120, "Vorplic Dranthery"}, {402, "3"}, {452, "70"}, {502, "A"}});
  b.row(126, {{50, "QZX 212"}, {120, "Humbrel Skavonics"}, {402, "4"}, {452, "66"}, {502, "B"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_TRUE(r.tables[0].header_printed);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "marks", "grade"}));
  PageBuilder us;
  us.row(100, {{50, "Course"}, {120, "Title"}, {400, "Credits"}, {450, "Grade"}});
  us.row(114, {{50, "QZX 211"}, {120, "Vorplic Dranthery"}, {402, "3"}, {452, "A"}});
  us.row(126, {{50, "QZX 212"}, {120, "Humbrel Skavonics"}, {402, "4"}, {452, "B"}});
  const TableReading u = read_tables({&us.page()});
  ASSERT_EQ(u.tables.size(), 1u);
  EXPECT_EQ(roles_of(u.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
}

// A table with no code column whose rows are a title and numbers: the lone hours column of tens
// ("Heures" of 45 and 60, no credits column) is the rows' only measure, read as their credits, so
// each row is a record.
TEST(TableTerms, TitlesWithHoursOfClassAndNoCodeAreRecords) {
  PageBuilder b;
  b.row(100, {{50, "Matières"}, {380, "Coefficient"}, {440, "Heures"}, {500, "Note"}});
  b.row(114, {{50, "Vorplic dranthérie"}, {395, "3"}, {445, "75"}, {502, "11,80"}});
  b.row(126, {{50, "Humbrel skavonique"}, {395, "2"}, {445, "45"}, {502, "13,60"}});
  b.row(138, {{50, "Oltrane wispère"}, {395, "1"}, {445, "30"}, {502, "9,00"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto roles = roles_of(r.tables[0]);
  ASSERT_EQ(roles.size(), 4u);
  EXPECT_EQ(roles[2], "credits");
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Humbrel skavonique");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "45");
}

// A course row whose term sits in a cell of its own beside the title ("Matemática | 1.º Sem. |
// 5"), under a header with no term column, is a course; the same words alone are no course.
TEST(TableTerms, TermBesideATitleIsACourse) {
  PageBuilder b;
  b.row(100, {{60, "Disciplinas"}, {310, "Regime"}, {375, "Créditos"}, {440, "Classificação"}});
  b.row(115, {{60, "1.º ANO — ANO LECTIVO 2014"}});
  b.row(130, {{60, "Anatomia Humana"}, {315, "Anual"}, {382, "12"}, {445, "14"}});
  b.row(145, {{60, "Matemática"}, {310, "1.º Sem."}, {382, "5"}, {445, "15"}});
  b.row(160, {{60, "Bioestatística"}, {310, "2.º Sem."}, {382, "4"}, {445, "16"}});
  b.row(175, {{310, "2.º Sem."}});
  b.row(190, {{60, "Genética Humana"}, {315, "Anual"}, {382, "6"}, {445, "13"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Matemática");
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Bioestatística");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "5");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Genética Humana");
}

// S75: the ordinal after the term word ("SEMESTRE: SEGUNDO", "Año Tercero"), and the Bulgarian term
// word ("I семестър"), are sections; a Bulgarian total of credits naming its term is none, and labels
// a value (no wrapped title line); so does a count with its unit after a label.
TEST(TableTerms, OrdinalAfterTheTermWordAndBulgarianTerms) {
  for (const char* s : {"SEMESTRE: SEGUNDO", "SEMESTRE: PRIMERO", "Semestre Décimo", "Año Tercero", "I семестър", "IV семестър"})
    EXPECT_TRUE(is_section_line(s)) << s;
  for (const char* s : {"Общо за семестъра: 30 кредита", "Química General", "Segundo Idioma"})
    EXPECT_FALSE(is_section_line(s)) << s;
  EXPECT_TRUE(labels_a_value("Общо за семестъра: 30 кредита"));
  EXPECT_TRUE(labels_a_value("Total du semestre : 30 crédits"));
  EXPECT_FALSE(labels_a_value("Microbiology V: Industrial Microbiology"));
  EXPECT_FALSE(labels_a_value("Clinical Attachment I: Haematology (12 weeks)"));
}

}  // namespace

// A term printed once in a narrow left column, on its first course's line, its year running past
// the column into the codes' (`1st Sem. 2021-2022` beside `GE1`): the year is the term's, not the
// code's (S96, h2).
TEST(TableTerms, TermCellRunsPastItsNarrowColumn) {
  PageBuilder b;
  b.row(100, {{30, "Term"}, {120, "Course No."}, {190, "Descriptive Title"}, {420, "Final Grade"}, {500, "Credit"}});
  b.row(114, {{30, "1st Sem. 2021-2022"}, {120, "GE1"}, {190, "Understanding the Self"}, {422, "1.25"}, {505, "3"}});
  b.row(127, {{120, "Math 101"}, {190, "College Algebra"}, {422, "1.75"}, {505, "3"}});
  b.row(140, {{30, "2nd Sem. 2021-2022"}, {120, "Bio 102"}, {190, "General Botany"}, {422, "1.5"}, {505, "4"}});
  b.row(153, {{120, "Chem 12"}, {190, "General Chemistry"}, {422, "2.0"}, {505, "5"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& rows = r.tables[0].rows;
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].fields.code, "GE1");
  EXPECT_EQ(rows[0].term, "1st Sem. 2021-2022");
  EXPECT_EQ(rows[1].term, "1st Sem. 2021-2022");
  EXPECT_EQ(rows[2].fields.code, "Bio 102");
  EXPECT_EQ(rows[3].term, "2nd Sem. 2021-2022");
}

// A breakdown and its total on one line, its figures under the table's columns ("FB 60,0 OB 132,0
// ... TOTAL 240,0": credits passed by kind of subject): a box of totals, not a course, though a
// code-like word and numbers fill the row (round 14 ES). A line whose last figure after "Total" is
// not the sum of the others stays what it was.
TEST(TableTerms, ABreakdownAndItsTotalIsNoCourse) {
  EXPECT_TRUE(breakdown_with_total("FB 60,0 OB 132,0 OP 24,0 PE 12,0 TFG 12,0 TOTAL 240,0"));
  EXPECT_TRUE(breakdown_with_total("Theory 12 Practical 6 Total: 18"));
  EXPECT_FALSE(breakdown_with_total("FB 60,0 OB 132,0 OP 24,0 TOTAL 240,0"));
  EXPECT_FALSE(breakdown_with_total("BIO 101 General Biology 3 4 Total 7"));  // 101 + 3 + 4 is not 7
  EXPECT_FALSE(breakdown_with_total("Total Quality Management 3 A 4"));
  PageBuilder b;
  b.row(100, {{30, "Código"}, {100, "Asignatura"}, {330, "Créd."}, {420, "Calificación"}});
  b.row(114, {{30, "803101"}, {100, "Química general"}, {335, "9,0"}, {420, "9,1"}});
  b.row(127, {{30, "803102"}, {100, "Biología celular"}, {335, "6,0"}, {420, "8,9"}});
  b.row(140, {{30, "803103"}, {100, "Física"}, {335, "6,0"}, {420, "6,7"}});
  b.row(160, {{30, "FB 15,0"}, {100, "OB 6,0 OP 0,0 PE"}, {335, "0,0"}, {420, "TOTAL 21,0"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 3u);
  ASSERT_EQ(r.tables[0].summaries.size(), 1u);
  EXPECT_EQ(r.tables[0].summaries[0].kind, "total");
}

}  // namespace cc
