// Unit tests of the table reader's parts: the embedded header vocabulary, cell types and credit
// notations, column roles from content statistics, section and summary lines.
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/table_roles.h"

namespace cc {
namespace {

TEST(TableVocabulary, EmbeddedYamlGivesRolesAndSummaryWords) {
  const auto& v = header_vocabulary();
  ASSERT_FALSE(v.phrases.empty());
  auto role_of = [&](const std::vector<std::string>& words) {
    for (const auto& p : v.phrases)
      if (p.words == words) return p.role;
    return ColumnRole::unknown;
  };
  EXPECT_EQ(role_of({"credit", "units"}), ColumnRole::credits);
  EXPECT_EQ(role_of({"sn"}), ColumnRole::serial);
  EXPECT_EQ(role_of({"internal"}), ColumnRole::marks_part);
  EXPECT_EQ(v.phrases.front().words.size(), 4u);  // longest first
  EXPECT_NE(std::find(v.summary_words.begin(), v.summary_words.end(), "tcu"), v.summary_words.end());
  // Parsing is data-driven: a phrase of a made-up role is skipped, a known one kept.
  const auto custom = parse_header_vocabulary("roles:\n  credits: [Kredit Punkte]\n  nonsense: [x]\n");
  ASSERT_EQ(custom.phrases.size(), 1u);
  EXPECT_EQ(custom.phrases[0].words, (std::vector<std::string>{"kredit", "punkte"}));
}

TEST(TableCells, TypesByContent) {
  EXPECT_EQ(type_of_cell("BIO 101"), CellType::code);
  EXPECT_EQ(type_of_cell("MLS-301"), CellType::code);
  EXPECT_EQ(type_of_cell("General Biology"), CellType::text);
  EXPECT_EQ(type_of_cell("3"), CellType::integer);
  EXPECT_EQ(type_of_cell("1.75"), CellType::decimal);
  EXPECT_EQ(type_of_cell("3(2-1)"), CellType::credit_notation);
  EXPECT_EQ(type_of_cell("(3)"), CellType::credit_notation);
  EXPECT_EQ(type_of_cell("B+"), CellType::letter_grade);
  EXPECT_EQ(type_of_cell("INC"), CellType::grade_word);
  EXPECT_EQ(type_of_cell("85%"), CellType::percent);
  EXPECT_EQ(type_of_cell("72/100"), CellType::marks_of);
  EXPECT_EQ(credit_value("3(2-1)"), 3.0);
  EXPECT_EQ(credit_value("4 (3+1)"), 4.0);
  EXPECT_EQ(credit_value("(2)"), 2.0);
  EXPECT_EQ(credit_value("4 U.V."), 4.0);  // unidades valorativas, unités de valeur
  EXPECT_EQ(credit_value("6 créditos"), 6.0);
  EXPECT_EQ(type_of_cell("5 UV"), CellType::credit_notation);
  EXPECT_EQ(credit_value("4,5"), 4.5);
  EXPECT_FALSE(credit_value("A").has_value());
}

TEST(TableRoles, FromContentStatistics) {
  const std::vector<std::vector<std::string>> cells = {
      {"1", "2", "3", "4"},                                                   // serial
      {"BIO 101", "CHM 102", "PHY 103", "MTH 104"},                           // code
      {"General Biology", "Organic Chemistry", "Physics I", "Calculus"},      // title
      {"100", "100", "100", "100"},                                           // max marks
      {"72", "65", "81", "58"},                                               // marks
      {"3", "4", "3", "2"},                                                   // credits
      {"9", "12", "12", "4"},                                                 // points
      {"A", "B+", "A", "C"},                                                  // grade
  };
  const auto roles = roles_from_content(cells, std::vector<ColumnRole>(cells.size(), ColumnRole::unknown));
  const std::vector<ColumnRole> want = {ColumnRole::serial, ColumnRole::code, ColumnRole::title, ColumnRole::max_marks,
                                        ColumnRole::marks, ColumnRole::credits, ColumnRole::points, ColumnRole::grade};
  EXPECT_EQ(roles, want);
  // A known role is kept and not given twice: with credits known, small numbers are points.
  auto known = std::vector<ColumnRole>(cells.size(), ColumnRole::unknown);
  known[6] = ColumnRole::credits;
  EXPECT_EQ(roles_from_content(cells, known)[5], ColumnRole::points);
  // Two-decimal values from 1 to 5 with no letter grade printed are a grade scale.
  const auto ph = roles_from_content({{"BIO 1", "CHEM 2", "MATH 3"}, {"1.75", "2.00", "1.25"}, {"3", "3", "5"}},
                                     std::vector<ColumnRole>(3, ColumnRole::unknown));
  EXPECT_EQ(ph[1], ColumnRole::grade);
  EXPECT_EQ(ph[2], ColumnRole::credits);
}

TEST(TableLines, SectionAndSummaryLines) {
  for (const char* s : {"Semester I", "FIRST YEAR - ACADEMIC YEAR 2017/2018", "Fall Quarter 2014", "300 Level",
                        "Part II", "2016/2017 Session", "Second Trimester", "Level 200", "Year 3"})
    EXPECT_TRUE(is_section_line(s)) << s;
  for (const char* s : {"Name: Ana Cruz Year 1", "General Biology I", "TOTAL CREDITS EARNED 14",
                        "Date of admission: First Semester 2015"})
    EXPECT_FALSE(is_section_line(s)) << s;
  EXPECT_FALSE(is_section_line("Module 3 Hematology"));  // a module is a course, not a term
  EXPECT_TRUE(is_section_line("CICLO III - 2013"));       // a ciclo is a term (Central America, the Andes)
  EXPECT_EQ(section_scope("Semester II"), SectionScope::part_of_year);
  EXPECT_EQ(section_scope("SECOND YEAR - ACADEMIC YEAR 2018/2019"), SectionScope::year);
  EXPECT_EQ(section_scope("Fall 2019"), SectionScope::both);
  EXPECT_EQ(section_scope("2014/2015 Session - First Semester"), SectionScope::both);
  EXPECT_EQ(summary_kind("TCU: 14 TGP: 48 GPA: 3.43"), "gpa");
  EXPECT_EQ(summary_kind("Total 21 62"), "total");
  EXPECT_EQ(summary_kind("Jami / Total 1080 30"), "total");  // the label in two languages
  EXPECT_FALSE(summary_kind("Biologiya / Biology 144 4").has_value());
  EXPECT_EQ(summary_kind("Page 1 of 2"), "page");
  EXPECT_FALSE(summary_kind("MGT 401 Total Quality Management A 3").has_value());
  // A page's figures carried to the next (round 13 PA "Pasan... 189 444", "Vienen... 189 444"): no
  // course, and no term's total. A title that starts with such a word is still a course.
  EXPECT_EQ(summary_kind("Pasan... 189 444"), "carried");
  EXPECT_EQ(summary_kind("Vienen... 189 444"), "carried");
  EXPECT_EQ(summary_kind("Carried forward 64 210.5"), "carried");
  EXPECT_EQ(summary_kind("Ukupno ECTS bodova: 180 Težinski prosjek ocjena: 3,57"), "total");
  EXPECT_FALSE(summary_kind("Report Writing 3 A").has_value());
  EXPECT_FALSE(summary_kind("Transporte de Membrana 4 B").has_value());
}

}  // namespace
}  // namespace cc
