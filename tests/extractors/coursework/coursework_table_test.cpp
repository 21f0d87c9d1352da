// Unit tests of rows and columns rebuilt from word boxes, on pages built in code: re-clustering
// OCR lines, header rows, column cuts, two tables side by side, and whole transcripts through
// extract_coursework (terms per block, credit systems, summaries skipped, OCR fix-ups).
#include <gtest/gtest.h>

#include <cmath>
#include <deque>

#include "extractors/coursework/coursework.h"
#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/coursework_rows.h"
#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_header.h"
#include "extractors/tables/table_rows.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

// A page written in code: each cell is placed at x, its words spaced like Helvetica at `size`.
class PageBuilder {
 public:
  explicit PageBuilder(double size = 9) : size_(size) {
    page_.number = 1;
    page_.width_pt = 612;
    page_.height_pt = 792;
    page_.source = TextSource::text_layer;
  }

  PageBuilder& cell(double x, double y, const std::string& text, float confidence = 1.0f) {
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      const std::string w = text.substr(start, end - start);
      const double width = 0.5 * size_ * static_cast<double>(w.size());
      page_.words.push_back({w, {x, y, x + width, y + size_}, confidence, line_});
      x += width + 0.28 * size_;
      start = end + 1;
    }
    return *this;
  }
  // A row of cells at the given x positions.
  PageBuilder& row(double y, const std::vector<std::pair<double, std::string>>& cells) {
    for (const auto& [x, text] : cells)
      if (!text.empty()) cell(x, y, text);
    ++line_;
    return *this;
  }
  PageText& page() { return page_; }

 private:
  PageText page_;
  double size_;
  int line_ = 0;
};

// Pages stay put while segments point into them.
struct Transcript {
  std::deque<PageText> pages;
  DocumentText doc;
  std::vector<SegmentView> segments() {
    doc.file = "tor.pdf";
    SegmentView s{"tor.pdf", "transcript", {}, 1.0};
    for (auto& p : pages) s.pages.push_back({&doc, &p});
    return {s};
  }
};

CourseworkOptions options(const std::string& country = "") {
  CourseworkOptions o;
  o.patterns = {{"mls_professional", R"(clinical\s+chemistry|hematology)"},
                {"chemistry", "chemistry"},
                {"biology", "biology|zoology|botany"},
                {"mathematics", "algebra|mathematics"}};
  o.country_hint = country;
  o.failing_grades = test::shipped_failing_grades();
  o.semester_hours_per_credit = test::shipped_credit_factors();
  return o;
}

TEST(CourseworkTable, RowsClusterByBoxCentreNotOcrLine) {
  PageBuilder b;
  b.cell(50, 100, "BIO 101").cell(130, 101.5, "General Zoology").cell(450, 99, "1.75");
  // OCR gave the right half another line index, and merged a lower word into this line.
  auto& words = b.page().words;
  words[3].line = 7;
  b.cell(50, 113, "CHEM 11");
  words.back().line = words[0].line;
  const auto rows = cluster_rows(words);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(row_text(rows[0]), "BIO 101 General Zoology 1.75");
  EXPECT_EQ(row_text(rows[1]), "CHEM 11");
}

// The page as a scanner would have shown it: content turned `degrees` counter-clockwise.
PageText skewed(PageText page, double degrees) {
  const double a = degrees * 3.14159265358979 / 180, cx = page.width_pt / 2, cy = page.height_pt / 2;
  for (Word& w : page.words) {
    const double dx = w.box.center_x() - cx, dy = w.box.center_y() - cy;
    const double x = cx + dx * std::cos(a) + dy * std::sin(a), y = cy - dx * std::sin(a) + dy * std::cos(a);
    w.box = {x - w.box.width() / 2, y - w.box.height() / 2, x + w.box.width() / 2, y + w.box.height() / 2};
  }
  return page;
}

PageBuilder small_table() {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Descriptive Title"}, {445, "Final Grade"}, {530, "Units"}});
  b.row(114, {{50, "GE 1"}, {128, "Understanding the Self"}, {460, "1.75"}, {540, "3"}});
  b.row(127, {{50, "MATH 101"}, {128, "College Algebra"}, {460, "2.00"}, {540, "3"}});
  b.row(140, {{50, "CHEM 11"}, {128, "General Chemistry I"}, {460, "1.25"}, {540, "5"}});
  return b;
}

TEST(CourseworkTable, SkewTheReaderMeasuredOrMissedIsTakenOut) {
  for (const bool reader_measured : {true, false}) {
    PageText page = skewed(small_table().page(), 2.5);  // the row ends move by a whole line
    page.skew_degrees = reader_measured ? 2.5 : 0;
    const auto upright = upright_words(page);
    const auto rows = cluster_rows(upright);
    ASSERT_EQ(rows.size(), 4u) << reader_measured;
    EXPECT_EQ(row_text(rows[2]), "MATH 101 College Algebra 2.00 3") << reader_measured;
  }
}

TEST(CourseworkTable, TextLeftRunningDownThePageIsTurned) {
  PageText page = small_table().page();
  // Turned a quarter clockwise on a landscape sheet: text reads top to bottom.
  const double h = page.height_pt;
  for (Word& w : page.words) w.box = {h - w.box.y1, w.box.x0, h - w.box.y0, w.box.x1};
  std::swap(page.width_pt, page.height_pt);
  const auto upright = upright_words(page);  // named: the rows point into it (ASan: use after free)
  const auto rows = cluster_rows(upright);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(row_text(rows[3]), "CHEM 11 General Chemistry I 1.25 5");
}

TEST(CourseworkTable, HeaderRowsAndTheirRoles) {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Descriptive Title"}, {445, "Final Grade"}, {530, "Units"}});
  auto tables = parse_header_row(cluster_rows(b.page().words).front());
  ASSERT_EQ(tables.size(), 1u);
  std::vector<std::string> roles;
  for (const auto& c : tables[0].cells) roles.emplace_back(role_name(c.role));
  EXPECT_EQ(roles, (std::vector<std::string>{"code", "title", "grade", "credits"}));

  PageBuilder marks;
  marks.row(100, {{40, "Paper Code"}, {106, "Paper Title"}, {390, "Max. Marks"}, {445, "Marks Obtained"}, {520, "Credits"}});
  tables = parse_header_row(cluster_rows(marks.page().words).front());
  ASSERT_EQ(tables.size(), 1u);
  roles.clear();
  for (const auto& c : tables[0].cells) roles.emplace_back(role_name(c.role));
  EXPECT_EQ(roles, (std::vector<std::string>{"code", "title", "max_marks", "marks", "credits"}));

  PageBuilder ocr;  // one misread letter per word is tolerated
  ocr.row(100, {{50, "Course Cade"}, {128, "Descriptlve Tit1e"}, {445, "Grade"}, {530, "Unlts"}});
  EXPECT_EQ(parse_header_row(cluster_rows(ocr.page().words).front()).size(), 1u);

  PageBuilder summary;
  summary.row(100, {{40, "Total Units: 10"}, {150, "Total Grade Points: 47"}, {300, "GPA: 4.70"}});
  EXPECT_TRUE(parse_header_row(cluster_rows(summary.page().words).front()).empty());
}

TEST(CourseworkTable, AHeaderPhraseOcrReadAsOneWordKeepsItsRole) {
  PageBuilder b;  // OCR dropped the narrow space of a bold capital header: "COURSENO."
  b.row(100, {{50, "COURSENO."}, {128, "COURSE TITLE"}, {445, "CREDIT"}, {530, "GRADE"}});
  auto tables = parse_header_row(cluster_rows(b.page().words).front());
  ASSERT_EQ(tables.size(), 1u);
  std::vector<std::string> roles;
  for (const auto& c : tables[0].cells) roles.emplace_back(role_name(c.role));
  EXPECT_EQ(roles, (std::vector<std::string>{"code", "title", "credits", "grade"}));

  PageBuilder word;  // a word that only starts with a phrase is no joined phrase
  word.row(100, {{50, "COURSENOTES"}, {128, "COURSE TITLE"}, {445, "CREDIT"}, {530, "GRADE"}});
  tables = parse_header_row(cluster_rows(word.page().words).front());
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(role_name(tables[0].cells.front().role), "unknown");
}

TEST(CourseworkTable, RepeatedRolesAreTablesSideBySide) {
  PageBuilder b(7);
  b.row(100, {{36, "Code"}, {84, "Title"}, {246, "Grade"}, {275, "Units"},
              {322, "Code"}, {370, "Title"}, {532, "Grade"}, {561, "Units"}});
  const auto tables = parse_header_row(cluster_rows(b.page().words).front());
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_LT(tables[0].x1, tables[1].x0);
}

TEST(CourseworkTable, ColumnCutsFollowTheGapsUnderTheHeader) {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Descriptive Title"}, {445, "Final Grade"}, {530, "Units"}});
  // A long title runs far right of its header, well past the middle of the two headers.
  b.row(114, {{50, "MT 309"}, {128, "Medical Technology Laws and Bioethics Laboratory"}, {460, "1.75"}, {540, "2"}});
  b.row(128, {{50, "GE 1"}, {128, "Ethics"}, {460, "2.00"}, {540, "3"}});
  const auto rows = cluster_rows(b.page().words);
  const auto header = parse_header_row(rows[0]).front();
  const auto layout = layout_columns(header, {&rows[1], &rows[2]});
  const auto cells = assign_columns(rows[1], layout);
  ASSERT_EQ(cells.size(), 4u);
  EXPECT_EQ(join_words(cells[0]), "MT 309");
  EXPECT_EQ(join_words(cells[1]), "Medical Technology Laws and Bioethics Laboratory");
  EXPECT_EQ(join_words(cells[2]), "1.75");
  EXPECT_EQ(join_words(cells[3]), "2");
}

TEST(CourseworkExtract, PhilippineTermTable) {
  Transcript t;
  PageBuilder b;
  b.row(60, {{200, "Republic of the Philippines"}});
  b.row(100, {{50, "Course Code"}, {128, "Descriptive Title"}, {445, "Final Grade"}, {530, "Units"}});
  b.row(118, {{50, "First Semester 2015-2016"}});
  b.row(132, {{50, "MATH 101"}, {128, "College Algebra"}, {460, "1.75"}, {540, "3"}});
  b.row(145, {{50, "MT 301"}, {128, "Clinical Chemistry 1"}, {460, "2.00"}, {540, "4"}});
  b.row(163, {{50, "Second Semester 2015-2016"}});
  b.row(177, {{50, "CHEM 12"}, {128, "General Chemistry II"}, {460, "1.25"}, {540, "5"}});
  b.row(190, {{50, "BIO 102"}, {128, "General Botany"}, {460, "1.50"}, {540, "4"}});
  b.row(208, {{200, "xxx Nothing Follows xxx"}});
  b.row(222, {{50, "Total Units Earned: 16"}, {380, "General Weighted Average: 1.62"}});
  b.row(760, {{280, "Page 1 of 1"}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options());
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->credit_system, "units");
  ASSERT_EQ(facts->courses.size(), 4u);
  const Course& c = facts->courses[1];
  EXPECT_EQ(c.code, "MT 301");
  EXPECT_EQ(c.title, "Clinical Chemistry 1");
  EXPECT_EQ(c.term, "First Semester 2015-2016");
  EXPECT_EQ(c.credits, 4.0);
  EXPECT_EQ(c.semester_hours, 4.0);
  EXPECT_EQ(c.grade, "2.00");
  EXPECT_EQ(c.category, "mls_professional");  // before "chemistry"
  EXPECT_DOUBLE_EQ(c.confidence, 1.0);
  ASSERT_EQ(c.evidence.size(), 1u);
  EXPECT_EQ(c.evidence[0].file, "tor.pdf");
  EXPECT_EQ(c.evidence[0].page, 1);
  EXPECT_EQ(c.evidence[0].text, "MT 301 Clinical Chemistry 1 2.00 4");
  EXPECT_EQ(facts->courses[2].category, "chemistry");
  EXPECT_EQ(facts->courses[3].term, "Second Semester 2015-2016");
  EXPECT_EQ(facts->totals_semester_hours.at("mathematics"), 3);
  EXPECT_EQ(facts->totals_semester_hours.at("mls_professional"), 4);
  EXPECT_EQ(facts->totals_semester_hours.at("chemistry"), 5);
  EXPECT_EQ(facts->totals_semester_hours.at("biology"), 4);
  EXPECT_EQ(facts->totals_semester_hours.at("other"), 0);
  EXPECT_EQ(facts->completed, "2016-05-31");
}

TEST(CourseworkExtract, TwoTermsSideBySide) {
  Transcript t;
  PageBuilder b(7.5);
  b.row(80, {{40, "Name of Student: Maria S. Dela Cruz"}, {420, "Student Number: 2015-1"}});
  b.row(100, {{38, "First Semester 2015-2016"}, {324, "Second Semester 2015-2016"}});
  b.row(112, {{36, "Code"}, {84, "Title"}, {246, "Grade"}, {275, "Units"},
              {322, "Code"}, {370, "Title"}, {532, "Grade"}, {561, "Units"}});
  b.row(122, {{36, "GE1"}, {84, "Understanding the Self"}, {248, "1.75"}, {280, "3"},
              {322, "GE3"}, {370, "The Contemporary World"}, {534, "1.50"}, {566, "3"}});
  b.row(132, {{36, "CHEM11"}, {84, "General Chemistry I"}, {248, "1.25"}, {280, "5"},
              {322, "CHEM12"}, {370, "General Chemistry II"}, {534, "1.00"}, {566, "5"}});
  b.row(142, {{322, "PE2"}, {370, "Rhythmic Activities"}, {534, "2.25"}, {566, "2"}});
  b.row(170, {{38, "Summer 2017"}});
  b.row(182, {{36, "Code"}, {84, "Title"}, {246, "Grade"}, {275, "Units"}});
  b.row(192, {{36, "MT314"}, {84, "Laboratory Management"}, {248, "1.75"}, {280, "2"}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options("PH"));
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), 6u);
  std::vector<std::string> got;
  for (const auto& c : facts->courses) got.push_back(c.code + " @ " + c.term);
  EXPECT_EQ(got, (std::vector<std::string>{"GE1 @ First Semester 2015-2016", "CHEM11 @ First Semester 2015-2016",
                                           "GE3 @ Second Semester 2015-2016", "CHEM12 @ Second Semester 2015-2016",
                                           "PE2 @ Second Semester 2015-2016", "MT314 @ Summer 2017"}));
  EXPECT_EQ(facts->courses[3].title, "General Chemistry II");
  EXPECT_EQ(facts->courses[3].grade, "1.00");
  EXPECT_EQ(facts->completed, "2017-08-31");
}

TEST(CourseworkExtract, MarksWithoutCreditsGiveNoHours) {
  Transcript t;
  PageBuilder b;
  b.row(90, {{40, "B.Sc. Part I Examination held in April 2017"}});
  b.row(104, {{40, "S.No."}, {80, "Code"}, {140, "Title of the Paper"}, {400, "Max."}, {450, "Min."}, {500, "Obtained"}});
  b.row(118, {{40, "1"}, {80, "MIC-101"}, {140, "General Microbiology"}, {402, "100"}, {452, "35"}, {505, "72"}});
  b.row(131, {{40, "2"}, {80, "CHE-101"}, {140, "Inorganic Chemistry"}, {402, "100"}, {452, "35"}, {505, "6l"}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options("IN"));
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->credit_system, "marks");
  ASSERT_EQ(facts->courses.size(), 2u);
  EXPECT_FALSE(facts->courses[0].credits);
  EXPECT_FALSE(facts->courses[0].semester_hours);
  EXPECT_EQ(facts->courses[0].grade, "72");
  EXPECT_EQ(facts->courses[1].grade, "61");
  EXPECT_EQ(facts->courses[0].term, "B.Sc. Part I Examination held in April 2017");
  EXPECT_TRUE(facts->totals_semester_hours.empty());
  EXPECT_EQ(facts->completed, "2017-04-30");
}

TEST(CourseworkExtract, QuarterHoursConverted) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{48, "Course"}, {116, "Title"}, {420, "Grade"}, {470, "Credits"}, {530, "Points"}});
  b.row(116, {{48, "Fall Quarter 2016"}});
  b.row(129, {{48, "CHEM 110"}, {116, "Introduction to Chemistry"}, {424, "B"}, {478, "5.0"}, {535, "15.0"}});
  b.row(141, {{48, "MATH 107"}, {116, "College Algebra"}, {424, "A-"}, {478, "4.0"}, {535, "14.8"}});
  b.row(153, {{116, "Term: 9.0 credits, GPA 3.31"}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options("US"));
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->credit_system, "quarter");
  ASSERT_EQ(facts->courses.size(), 2u);
  EXPECT_EQ(facts->courses[0].credits, 5.0);
  EXPECT_EQ(facts->courses[0].semester_hours, 3.33);
  EXPECT_EQ(facts->courses[1].semester_hours, 2.67);
  EXPECT_EQ(facts->courses[1].grade, "A-");
  EXPECT_EQ(facts->totals_semester_hours.at("chemistry"), 3.33);
  EXPECT_EQ(facts->completed, "2016-12-31");
}

TEST(CourseworkExtract, OcrConfusionsAreFixedAndLowerTheConfidence) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Descriptive Title"}, {445, "Final Grade"}, {530, "Units"}});
  b.row(118, {{50, "First Semester 2015-2016"}});
  b.row(132, {{50, "CHEM 1!1"}, {128, "General Chemistry I!"}, {460, "175"}, {540, "5"}});
  b.row(145, {{50, "BIO t02"}, {128, "General Botany"}, {460, "1.50"}, {540, "3."}});
  b.row(158, {{50, "MATH IOL"}, {128, "College Algebra"}, {460, "1.25"}, {540, "1O"}});
  b.row(171, {{50, "GE 1"}, {128, "Understanding the Self"}, {460, "2.00"}, {540, "3"}});
  t.pages.push_back(b.page());
  t.pages.back().words[12].confidence = 0.55f;  // "General" of the CHEM row
  const auto facts = extract_coursework(t.segments(), options("PH"));
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), 4u);
  const auto& c = facts->courses;
  EXPECT_EQ(c[0].code, "CHEM 111");
  EXPECT_EQ(c[0].title, "General Chemistry II");
  EXPECT_EQ(c[0].grade, "1.75");
  EXPECT_EQ(c[1].code, "BIO 102");
  EXPECT_EQ(c[1].credits, 3.0);
  EXPECT_EQ(c[2].code, "MATH 101");
  EXPECT_EQ(c[2].grade, "1.25");
  EXPECT_EQ(c[2].credits, 10.0);
  EXPECT_LT(c[0].confidence, kLowConfidence);  // a low OCR word, and three fixes
  EXPECT_LT(c[2].confidence, 1.0);
  EXPECT_GE(c[2].confidence, kLowConfidence * 0.8);
  EXPECT_DOUBLE_EQ(c[3].confidence, 1.0);
}

TEST(CourseworkExtract, WrappedTitleJoinsItsCourse) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Descriptive Title"}, {445, "Final Grade"}, {530, "Units"}});
  b.row(114, {{50, "MT 310"}, {128, "Histopathologic and Cytologic"}, {460, "1.75"}, {540, "3"}});
  b.row(125, {{128, "Techniques"}});
  b.row(139, {{50, "MT 312"}, {128, "Immunohematology"}, {460, "1.00"}, {540, "4"}});
  b.row(150, {{40, "Class"}, {128, "of Degree: First Class"}});  // under the table, not a title
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options("PH"));
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), 2u);
  EXPECT_EQ(facts->courses[0].title, "Histopathologic and Cytologic Techniques");
  EXPECT_EQ(facts->courses[1].title, "Immunohematology");
}

TEST(CourseworkRows, SummaryLinesAreKeptWithTheirTableAndTerm) {
  Transcript t;
  PageBuilder b;
  b.row(80, {{50, "First Semester 2016/2017 Session"}});
  b.row(100, {{50, "Course Code"}, {128, "Course Title"}, {445, "Units"}, {530, "Grade"}});
  b.row(114, {{50, "MLS 201"}, {128, "Human Anatomy"}, {450, "3"}, {535, "A"}});
  b.row(127, {{50, "MLS 203"}, {128, "Medical Biochemistry"}, {450, "4"}, {535, "B"}});
  b.row(141, {{128, "TCU: 7 TGP: 31 GPA: 4.43"}});
  t.pages.push_back(b.page());
  const auto rows = read_transcript_rows(t.segments().front());
  ASSERT_EQ(rows.rows.size(), 2u);
  ASSERT_EQ(rows.summaries.size(), 1u);
  EXPECT_EQ(rows.summaries[0].kind, "gpa");
  EXPECT_EQ(rows.summaries[0].text, "TCU: 7 TGP: 31 GPA: 4.43");
  EXPECT_EQ(rows.summaries[0].term, "First Semester 2016/2017 Session");
  EXPECT_EQ(rows.summaries[0].table, rows.rows[1].table);
  EXPECT_EQ(rows.summaries[0].words.size(), 6u);
  EXPECT_EQ(rows.summaries[0].page.page, &t.pages.front());
}

// S138: a line under the table whose code cell ends in a colon and whose title cell opens with a
// figure is a label and its value (`Crédits acquis S5: 30/30`), not a course coded `ACQUIS 55`.
TEST(CourseworkRows, ALabelClosedByAColonBeforeAFigureIsNoCourse) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Course Title"}, {445, "Units"}, {530, "Grade"}});
  b.row(114, {{50, "MLS 201"}, {128, "Human Anatomy"}, {450, "3"}, {535, "A"}});
  b.row(127, {{50, "MLS 203"}, {128, "Medical Biochemistry"}, {450, "4"}, {535, "B"}});
  b.row(141, {{50, "acquis S5:"}, {128, "30/30, Credits acquis S6: 30/30"}});
  b.row(154, {{50, "MLS 205"}, {128, "Medical Microbiology"}, {450, "3"}, {535, "A"}});
  t.pages.push_back(b.page());
  const auto rows = read_transcript_rows(t.segments().front());
  ASSERT_EQ(rows.rows.size(), 3u);
  EXPECT_EQ(rows.rows[2].title, "Medical Microbiology");
}

// S194: a titled row whose credits cell prints a dash and which is graded is a course of no
// credit (a term paper between the courses); a dash with no grade, or with a date, is no course.
TEST(CourseworkRows, DashInTheCreditsCellIsACourseOfNoCredit) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Course title"}, {300, "Hours"}, {360, "Credits"}, {430, "Grade"}});
  b.row(114, {{50, "Velkoran Ostrimat"}, {305, "150"}, {365, "5"}, {435, "B"}});
  b.row(127, {{50, "Brastin Kelvadori"}, {305, "180"}, {365, "6"}, {435, "A"}});
  b.row(140, {{50, "Term paper: Ostrimat"}, {305, "\u2014"}, {365, "\u2014"}, {435, "B"}});
  b.row(153, {{50, "Ormuth Plendora"}, {305, "120"}, {365, "4"}, {435, "C"}});
  b.row(166, {{50, "Signature of the dean"}, {365, "\u2014"}});
  b.row(179, {{50, "Programme completed"}, {365, "\u2014"}, {435, "2017-12-03"}});
  t.pages.push_back(b.page());
  const auto rows = read_transcript_rows(t.segments().front());
  std::vector<std::string> titles;
  for (const auto& r : rows.rows) titles.push_back(r.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"Velkoran Ostrimat", "Brastin Kelvadori", "Term paper: Ostrimat", "Ormuth Plendora"}));
  const auto facts = extract_coursework(t.segments(), options());
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), 4u);
  EXPECT_EQ(facts->courses[2].credits, 0.0);
  EXPECT_TRUE(no_load_printed("\u2013"));
  EXPECT_FALSE(no_load_printed("-3"));
}

// S139: codes of letters on every course, then rows coded `4.0`, `3.7`: a grading key printed
// under the table's columns, no courses. A table coded by numbers keeps its rows.
TEST(CourseworkRows, DecimalCodesAmongLetteredCodesAreNoCourses) {
  auto read = [](const std::vector<std::string>& codes) {
    Transcript t;
    PageBuilder b;
    b.row(100, {{50, "Course Code"}, {128, "Course Title"}, {445, "Units"}, {530, "Grade"}});
    int y = 114;
    for (const auto& c : codes) {
      b.row(y, {{50, c}, {128, "Course " + std::to_string(y)}, {450, "3"}, {535, "A"}});
      y += 13;
    }
    b.row(y, {{50, "4.0"}, {128, "Outstanding 90 and above"}, {450, "2.3"}, {535, "Fair"}});
    b.row(y + 13, {{50, "3.7"}, {128, "Excellent 80-89.9"}, {450, "2.0"}, {535, "Pass"}});
    t.pages.push_back(b.page());
    return read_transcript_rows(t.segments().front()).rows.size();
  };
  EXPECT_EQ(read({"MIC 411", "MIC 412", "MIC 413", "MIC 414", "MIC 415"}), 5u);
  EXPECT_EQ(read({"1.1", "1.2", "1.3", "1.4", "1.5"}), 7u);
  EXPECT_EQ(read({"MIC 411", "MIC 412", "MIC 413"}), 5u);  // too few codes to tell a shape
  // The shape is the transcript's: a key under the last term's table of three courses, printed
  // after four terms of lettered codes, is still no course.
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Course Title"}, {445, "Units"}, {530, "Grade"}});
  b.row(114, {{50, "MIC 411"}, {128, "Microbiology"}, {450, "3"}, {535, "A"}});
  b.row(127, {{50, "MIC 412"}, {128, "Virology"}, {450, "3"}, {535, "A"}});
  b.row(141, {{50, "MIC 413"}, {128, "Mycology"}, {450, "3"}, {535, "B"}});
  t.pages.push_back(b.page());
  PageBuilder c;
  c.row(100, {{50, "Course Code"}, {128, "Course Title"}, {445, "Units"}, {530, "Grade"}});
  c.row(114, {{50, "NUR 421"}, {128, "Nursing Leadership"}, {450, "3"}, {535, "A"}});
  c.row(127, {{50, "NUR 492"}, {128, "Research Project"}, {450, "4"}, {535, "A"}});
  c.row(141, {{50, "4.0"}, {128, "Outstanding 90 and above"}, {450, "2.3"}, {535, "Fair"}});
  t.pages.push_back(c.page());
  EXPECT_EQ(read_transcript_rows(t.segments().front()).rows.size(), 5u);
}

TEST(CourseworkExtract, NothingToReadIsEmpty) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "TO WHOM IT MAY CONCERN:"}});
  b.row(120, {{50, "This is to certify that Maria Dela Cruz was employed as Medical Technologist."}});
  t.pages.push_back(b.page());
  EXPECT_FALSE(extract_coursework(t.segments(), options()));
  EXPECT_FALSE(extract_coursework({}, options()));
}

// A transcript with no credit column that states once the credit every course carries: each row
// has that credit; an exam's length ("each paper is of 3 hours") is no credit.
TEST(CourseworkExtract, UniformCreditStatedOnce) {
  EXPECT_EQ(uniform_credit_stated("Note: Each course carries 3 credit hours."), 3.0);
  EXPECT_EQ(uniform_credit_stated("All subjects are of 4 credits"), 4.0);
  EXPECT_EQ(uniform_credit_stated("every module is worth 10 credits"), 10.0);
  EXPECT_EQ(uniform_credit_stated("Each unit carries three credit units"), 3.0);
  EXPECT_EQ(uniform_credit_stated("Each unit is equivalent to 3 credit hours (45 contact hours)."), 3.0);
  EXPECT_EQ(uniform_credit_stated("every course counts as 4 credits"), 4.0);
  EXPECT_FALSE(uniform_credit_stated("Each paper is of 3 hours duration"));
  EXPECT_FALSE(uniform_credit_stated("Each paper carries 100 marks"));
  EXPECT_FALSE(uniform_credit_stated("One unit of credit is one hour of lecture a week"));

  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {128, "Course Title"}, {445, "Grade"}});
  b.row(114, {{50, "MLS 201"}, {128, "Human Anatomy"}, {450, "A"}});
  b.row(127, {{50, "MLS 203"}, {128, "Medical Biochemistry"}, {450, "B+"}});
  b.row(141, {{50, "MLS 205"}, {128, "Hematology"}, {450, "A-"}});
  b.row(170, {{50, "Each course carries 3 credit hours."}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options());
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), 3u);
  for (const auto& c : facts->courses) EXPECT_EQ(c.credits, 3.0) << c.title;
  EXPECT_DOUBLE_EQ(facts->totals_semester_hours.at("mls_professional"), 3);
}

// A grading scale printed under the table, each letter grade with its points, is no course
// (round 3: "Grade points: A+ 4.3 A 4.0 A- 3.7 ..." was read as a course of 0 credits).
TEST(CourseworkTable, GradePointsLegendIsNoCourse) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Code"}, {128, "Course Title"}, {445, "Grade"}, {530, "Credits"}});
  b.row(114, {{50, "BIO 101"}, {128, "General Biology"}, {450, "A"}, {540, "3"}});
  b.row(127, {{50, "CHM 101"}, {128, "General Chemistry"}, {450, "B+"}, {540, "4"}});
  b.row(141, {{50, "Grade points: A+"}, {128, "4.3 A 4.0 A- 3.7 B+ 3.3 B 3.0 B- 2.7 C+ 2.3 C 2.0 F"}, {540, "0"}});
  t.pages.push_back(b.page());
  const auto rows = read_transcript_rows(t.segments().front());
  EXPECT_EQ(rows.rows.size(), 2u);
}

// A year under the credits column (a signature's date: "Dekan / Dean ... 2019") is no course of
// 2019 credits.
TEST(CourseworkTable, AYearIsNoCredits) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Code"}, {128, "Course Title"}, {445, "Grade"}, {530, "Credits"}});
  b.row(114, {{50, "BIO 101"}, {128, "General Biology"}, {450, "A"}, {540, "3"}});
  b.row(127, {{50, "CHM 101"}, {128, "General Chemistry"}, {450, "B+"}, {540, "4"}});
  b.row(160, {{128, "Dekan / Dean"}, {535, "2019"}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options());
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->courses.size(), 2u);
}

// Decimal commas everywhere (credits "2,5", marks out of 20 "13,50"): credits read as numbers,
// grades kept as printed.
TEST(CourseworkTable, DecimalCommasEverywhere) {
  Transcript t;
  PageBuilder b;
  b.row(80, {{50, "Semestre 1"}});
  b.row(100, {{50, "Code UE"}, {128, "Intitulé"}, {445, "Crédits"}, {530, "Note"}});
  b.row(114, {{50, "BIO101"}, {128, "Biologie cellulaire"}, {450, "2,5"}, {532, "13,50"}});
  b.row(127, {{50, "CHI102"}, {128, "Chimie générale"}, {450, "3"}, {532, "11,75"}});
  b.row(140, {{50, "MAT103"}, {128, "Mathématiques"}, {450, "1,5"}, {532, "15,00"}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options());
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), 3u);
  EXPECT_EQ(facts->courses[0].credits, 2.5);
  EXPECT_EQ(facts->courses[0].grade, "13,50");
  EXPECT_EQ(facts->courses[2].credits, 1.5);
  EXPECT_EQ(facts->courses[2].term, "Semestre 1");
}

// A summary grid under a term (Previous / Current / Cumulative by TNU, TCP, GPA), its numbers
// under the table's columns, is no course.
TEST(CourseworkTable, SummaryGridIsNoCourse) {
  Transcript t;
  PageBuilder b;
  b.row(100, {{50, "Code"}, {128, "Course Title"}, {445, "Grade"}, {530, "Units"}});
  b.row(114, {{50, "BIO 101"}, {128, "General Biology"}, {450, "1.75"}, {540, "3"}});
  b.row(127, {{50, "CHM 101"}, {128, "General Chemistry"}, {450, "2.00"}, {540, "4"}});
  b.row(141, {{128, "TNU"}, {300, "TCP"}, {445, "GPA"}});
  b.row(154, {{128, "Previous"}, {300, "0"}, {450, "0.00"}, {540, "0"}});
  b.row(167, {{128, "Current"}, {300, "7"}, {450, "1.89"}, {540, "7"}});
  b.row(180, {{128, "Cumulative"}, {300, "7"}, {450, "1.89"}, {540, "7"}});
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options());
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->courses.size(), 2u);
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

// Module codes that close with a letter after their figures ("WIL811S"), on a scan: the letter
// every code shares is the codes' suffix, not a misread 5; a code whose last letter is not that
// one is still read as a figure.
TEST(CourseworkExtract, ASuffixLetterEveryScannedCodeSharesIsKept) {
  auto scanned = [](const std::vector<std::string>& codes) {
    Transcript t;
    PageBuilder b;
    b.row(100, {{50, "Module Code"}, {128, "Module Description"}, {445, "Credits"}, {530, "Mark %"}});
    const std::vector<std::string> titles = {"Haematology II", "Clinical Chemistry II", "Medical Microbiology",
                                             "Transfusion Science", "Diagnostic Cytology", "Molecular Biology"};
    double y = 118;
    for (size_t i = 0; i < codes.size(); ++i, y += 13) b.row(y, {{50, codes[i]}, {128, titles[i]}, {460, "16"}, {540, "66"}});
    t.pages.push_back(b.page());
    t.pages.back().source = TextSource::ocr;
    for (auto& w : t.pages.back().words) w.confidence = 0.95f;
    return extract_coursework(t.segments(), options("NA"));
  };
  const auto shared = scanned({"HEM711S", "CCH711S", "MIC711S", "TRA711S", "CYT711S", "MOL711S"});
  ASSERT_TRUE(shared);
  ASSERT_EQ(shared->courses.size(), 6u);
  EXPECT_EQ(shared->courses[0].code, "HEM711S");
  EXPECT_EQ(shared->courses[5].code, "MOL711S");
  const auto lone = scanned({"HEM7115", "CCH711S", "MIC7115", "TRA7115", "CYT7115", "MOL7115"});
  ASSERT_TRUE(lone);
  ASSERT_EQ(lone->courses.size(), 6u);
  EXPECT_EQ(lone->courses[1].code, "CCH7115");
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

// A table of teaching units and their parts: a unit row (`UE QZX 101`, its title, its credits, its
// average) over rows of its parts (a title, a weight and a mark, no credits). The title column's
// label names both on two lines straddling the header line (`Unités d'enseignement /` over
// `Éléments constitutifs`); the word every code opens with (`UE`) names the kind of row. The units
// are the courses, each with its own code; the parts are none.
TEST(CourseworkExtract, TeachingUnitsOverTheirParts) {
  Transcript t;
  PageBuilder b(7);
  b.row(194.5, {{87, "Unités d'enseignement /"}});
  b.row(199.5, {{52, "Code"}, {268, "Crédits"}, {304, "Coef."}, {335, "Note/20"}, {370, "Moyenne UE"}, {453, "Résultat"}});
  b.row(203.5, {{87, "Éléments constitutifs"}});
  b.row(218, {{39, "SEMESTRE 1"}});
  const std::vector<std::string> titles = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora",
                                           "Tusmari Akrevin", "Dostumal Frelimo", "Quentor Valdis"};
  double y = 229;
  for (size_t i = 0; i < titles.size(); ++i) {
    b.row(y, {{39, "UE QZX " + std::to_string(101 + i)}, {87, titles[i]}, {290, "6"}, {391, std::to_string(11 + i) + ",50"}, {417, "Capitalisée"}});
    y += 10.6;
    b.row(y, {{94, titles[i] + " - cours"}, {313, "2"}, {340, "14,00"}});
    y += 10.6;
    b.row(y, {{94, titles[i] + " - TP"}, {313, "1"}, {340, "12,50"}});
    y += 10.6;
  }
  t.pages.push_back(b.page());
  const auto facts = extract_coursework(t.segments(), options());
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), 6u);
  EXPECT_EQ(facts->courses[0].code, "QZX 101");
  EXPECT_EQ(facts->courses[0].title, "Velkoran Ostrimat");
  EXPECT_EQ(facts->courses[5].code, "QZX 106");
  ASSERT_TRUE(facts->courses[5].credits);
  EXPECT_EQ(*facts->courses[5].credits, 6);
  // The unit's own mark (its average, a column of its own) is its grade: the grade column holds
  // its parts' marks (tables/unit_marks.h).
  EXPECT_EQ(facts->courses[0].grade, "11,50");
}

}  // namespace
}  // namespace cc
