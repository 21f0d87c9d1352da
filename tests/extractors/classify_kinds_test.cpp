// Page classification from what a page is: certificate wording and a centred layout make a diploma
// whatever its words are laid out like (a ceremonial landscape certificate, a two-panel diploma, one
// sealed "this 15th day of February, 2020"); letters of other styles ("confirmation of work
// experience", a verification form with boxes) are letters; a page the classifier cannot decide is
// `other` with its scores and the kinds it could be, and only then keeps a missing_* flag away.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/classify_shape.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

// A page whose lines are centred on `center` (a landscape page is 792 wide); "#" lines are 24 pt
// high (a title); "|" splits a line into two panels centred at 198 and 594.
PageText centred_page(const std::vector<std::string>& lines, double width = 792, double center = 396) {
  PageText page;
  page.number = 1;
  page.width_pt = width;
  page.height_pt = 612;
  page.source = TextSource::text_layer;
  double y = 40;
  int line_no = 0;
  auto place = [&](const std::string& text, double height, double mid) {
    const auto words = split_words(text);
    double total = 0;
    for (const auto& w : words) total += (height / 2) * static_cast<double>(w.size()) + height * 0.3;
    double x = mid - total / 2;
    for (const auto& t : words) {
      Word w;
      w.text = t;
      const double wd = (height / 2) * static_cast<double>(t.size());
      w.box = Box{x, y, x + wd, y + height};
      w.line = line_no;
      page.words.push_back(w);
      x += wd + height * 0.3;
    }
    ++line_no;
  };
  for (std::string text : lines) {
    double height = 10;
    if (!text.empty() && text[0] == '#') {
      height = 24;
      text = text.substr(1);
    }
    const auto bar = text.find('|');
    if (bar != std::string::npos) {
      place(text.substr(0, bar), height, width / 4);
      place(text.substr(bar + 1), height, 3 * width / 4);
    } else {
      place(text, height, center);
    }
    y += height + 6;
  }
  return page;
}

TEST(ClassifyKinds, ACeremonialCertificateSealedOnADayOfTheMonthIsADiploma) {
  const PageText page = centred_page({"#University of Western Highlands", "The Council of the University",
                                      "hereby certifies that", "#Adaeze Chioma Nwosu",
                                      "having satisfied the requirements of the University",
                                      "is awarded the degree of", "#Bachelor of Medical Laboratory Science",
                                      "Given under the Common Seal of the University",
                                      "this 15th day of February, 2020", "Vice-Chancellor        Registrar"});
  const PageClass pc = classify_page(page);
  EXPECT_EQ(pc.type, "diploma") << pc.diploma << " " << pc.letter << " " << pc.transcript;
}

TEST(ClassifyKinds, CentredLayoutAndATitleAddToTheWording) {
  // Few words of certificate language: its centred lines and large title decide it.
  const std::vector<std::string> lines = {"#Instituto Superior de Ciencias", "otorga el presente", "#Diploma in Medical Technology",
                                          "to", "Luis Fernando Ortega", "on the recommendation of the faculty", "2019"};
  const PageText centred_lines = centred_page(lines);
  const PageShape centred = page_shape(page_line_runs(PageRef{nullptr, &centred_lines}));
  EXPECT_GE(centred.ragged_share(), 0.5);
  EXPECT_GE(centred.title_ratio, 1.8);
  EXPECT_EQ(classify_page(centred_page(lines)).type, "diploma");
  // The same words hung from one margin at body size are not enough.
  std::vector<std::string> plain;
  for (const auto& l : lines) plain.push_back(l[0] == '#' ? l.substr(1) : l);
  EXPECT_EQ(classify_page(test::make_page(plain)).type, "");
}

TEST(ClassifyKinds, ATwoPanelDiplomaIsADiploma) {
  const PageText page = centred_page({"#Trường Đại học Y Dược|#University of Medicine and Pharmacy",
                                      "Bằng Cử Nhân|Bachelor's Degree", "Nguyễn Thị Lan|Nguyen Thi Lan",
                                      "Kỹ thuật Xét nghiệm Y học|Bachelor of Medical Laboratory Technology",
                                      "ngày 20 tháng 7 năm 2018|conferred on 20 July 2018", "Hiệu trưởng|Rector"});
  EXPECT_EQ(classify_page(page).type, "diploma");
}

TEST(ClassifyKinds, InTheYearTwoThousandWordingIsADiploma) {
  const PageText page = centred_page({"#St. Elizabeth College of Allied Health", "Be it known that", "Marcia Ann Thompson",
                                      "has completed the programme of study and is awarded the",
                                      "#Associate of Science in Medical Technology",
                                      "in the year two thousand and nineteen", "President        Dean"});
  EXPECT_EQ(classify_page(page).type, "diploma");
}

TEST(ClassifyKinds, LetterStylesAreLetters) {
  const PageText confirmation = test::make_page(
      {"#KAMPALA DIAGNOSTIC CENTRE", "Ref: KDC/HR/2024/117", "Date: 3 June 2024", "CONFIRMATION OF WORK EXPERIENCE",
       "We confirm that Mr. Okello James served in our laboratory as Laboratory Technologist",
       "from 1 February 2019 till date.", "Human Resources Manager"});
  EXPECT_EQ(classify_page(confirmation).type, "employment_letter");
  EXPECT_TRUE(classify_page(confirmation).starts_document);
  const PageText form = test::make_page({"#EXPERIENCE VERIFICATION FORM", "Applicant Name:   Rosa Lim",
                                         "Employer:   Sunrise Hospital", "Position:   Medical Technologist",
                                         "From:   01/2018   To:   03/2022", "Laboratory areas (check all that apply):",
                                         "[X] Chemistry   [ ] Microbiology   [X] Hematology   [ ] Blood Bank",
                                         "Supervisor signature:"});
  EXPECT_EQ(classify_page(form).type, "employment_letter");
}

TEST(ClassifyKinds, APlainLetterWithAPeriodOfWorkIsALetter) {
  const PageText plain = test::make_page({"Dr. Amina Bello", "Head of Laboratory Services", "Garki Hospital, Abuja",
                                          "12 May 2024", "This is to confirm that Mr. Tunde Bakare worked at our laboratory",
                                          "as a Medical Laboratory Scientist from 2 January 2019 to 30 April 2024."});
  EXPECT_EQ(classify_page(plain).type, "employment_letter");
}

TEST(ClassifyKinds, AProvisionalCertificateIsADiploma) {
  const PageText page = centred_page({"#RAJIV GANDHI UNIVERSITY OF HEALTH SCIENCES", "Bengaluru, Karnataka",
                                      "#PROVISIONAL CERTIFICATE", "This is to certify that Priya Ramesh Kulkarni",
                                      "has passed the B.Sc. Medical Laboratory Technology examination held in April 2019",
                                      "and was placed in the First Class.", "Registrar (Evaluation)"});
  EXPECT_EQ(classify_page(page).type, "diploma");
}

TEST(ClassifyKinds, AnUnsurePageIsOtherWithItsScoresAndWhatItCouldBe) {
  // A phone photo of a diploma read badly: a few words, some certificate language.
  const PageText photo = test::make_page({"UNIVERSTY OF LAGOS", "awarded the", "Bachelor of Science", "Medical Laboratory Science"}, 1, 0.7f);
  std::vector<DocumentText> docs = {test::make_document("photo.jpg", {}), test::make_document("tor.pdf", {})};
  docs[0].pages.push_back(photo);
  docs[1].pages.push_back(test::make_page({"OFFICIAL TRANSCRIPT OF RECORDS", "MLS 101 Clinical Chemistry I 3 A",
                                          "MLS 102 Haematology I 3 B", "MLS 103 Microbiology 3 A", "MLS 104 Blood Bank 3 A"}));
  const Classification c = classify_documents(docs);
  ASSERT_EQ(c.kinds.segments.at("photo.jpg").size(), 1u);
  const Segment& s = c.kinds.segments.at("photo.jpg")[0];
  EXPECT_EQ(s.type, "other");
  EXPECT_GT(s.scores.at("diploma"), 2);
  EXPECT_EQ(s.could_be, std::vector<std::string>{"diploma"});
  EXPECT_EQ(c.kinds.diplomas, 0);
  EXPECT_EQ(c.kinds.possible.at("diploma"), 1);
  // A decided page carries no scores and could be nothing else.
  EXPECT_TRUE(c.kinds.segments.at("tor.pdf")[0].scores.empty());
  EXPECT_EQ(c.kinds.possible.count("transcript"), 0u);
}

TEST(ClassifyKinds, ADiplomaLeaningPageAfterATranscriptStandsAlone) {
  std::vector<DocumentText> docs = {test::make_document(
      "bundle.pdf", {{"OFFICIAL TRANSCRIPT OF RECORDS", "MLS 101 Clinical Chemistry I 3 A", "MLS 102 Haematology I 3 B",
                      "MLS 103 Microbiology 3 A", "MLS 104 Blood Bank 3 A"},
                     {"has successfully completed the programme", "Bachelor of Science in Medical Technology"}})};
  const Classification c = classify_documents(docs);
  ASSERT_EQ(c.kinds.segments.at("bundle.pdf").size(), 2u);
  EXPECT_EQ(c.kinds.segments.at("bundle.pdf")[1].type, "other");
  EXPECT_EQ(c.kinds.possible.at("diploma"), 1);
}

TEST(ClassifyKinds, ATranscriptsLastPageStaysWithIt) {
  std::vector<DocumentText> docs = {test::make_document(
      "tor.pdf", {{"OFFICIAL TRANSCRIPT OF RECORDS", "MLS 101 Clinical Chemistry I 3 A", "MLS 102 Haematology I 3 B",
                   "MLS 103 Microbiology 3 A", "MLS 104 Blood Bank 3 A"},
                  {"Degree Conferred: Bachelor of Medical Laboratory Science", "Date Conferred: 12 March 2020",
                   "Registrar"}})};
  const Classification c = classify_documents(docs);
  ASSERT_EQ(c.kinds.segments.at("tor.pdf").size(), 1u);
  EXPECT_EQ(c.kinds.segments.at("tor.pdf")[0].pages, (std::vector<int>{1, 2}));
  EXPECT_EQ(c.kinds.possible.count("diploma"), 0u);
}

TEST(ClassifyKinds, ATranscriptNamingTheDegreeConferredStaysATranscript) {
  const PageText page = test::make_page({"#UNIVERSITY OF IBADAN", "ACADEMIC TRANSCRIPT", "Degree conferred: Bachelor of Medical Laboratory Science",
                                         "Date conferred: 12 March 2020", "MLS 201 Clinical Chemistry I 3 A",
                                         "MLS 202 Haematology I 3 B", "MLS 203 Medical Microbiology 3 A", "MLS 204 Blood Transfusion 3 A"});
  EXPECT_EQ(classify_page(page).type, "transcript");
}

}  // namespace
}  // namespace cc
