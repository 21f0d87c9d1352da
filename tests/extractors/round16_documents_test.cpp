// Rules of the degree reader found after round 16's first sight (issue 16; samples/README.md,
// "Round 16"): each states a general property of transcripts, tested on lines of our own making.
#include <algorithm>

#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "extractors/degree_credentials.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

// A degree certificate of a bachelor's in medical laboratory technology, beside the marks statement.
DocumentText degree_certificate() {
  return test::make_document("diploma.pdf", {{"DECCAN STATE UNIVERSITY", "#DEGREE CERTIFICATE",
                                            "has been conferred the Degree of",
                                            "#Bachelor of Science (Medical Laboratory Technology)",
                                            "at the Convocation held on the 2nd day of March 2018."}});
}

// The statement's two hospital trainings cover chemistry and hematology, microbiology and blood bank.
void expect_all_four_training_areas(const test::Classified& c) {
  const auto degrees = extract_degrees(segments_of_type(c.result.segments, "diploma"), segments_of_type(c.result.segments, "transcript"));
  ASSERT_EQ(degrees.size(), 1u);
  ASSERT_TRUE(degrees[0].clinical_training);
  const auto& areas = degrees[0].clinical_training_areas;
  for (const char* area : {"chemistry", "hematology", "microbiology", "blood_bank"})
    EXPECT_NE(std::find(areas.begin(), areas.end(), area), areas.end()) << area;
}

TEST(Round16Documents, AJoiningWordBeforeTheRowsNumbersIsNoCodeButAListRunningOn) {
  // A marks statement in capitals whose internship title wraps after "AND": the row's marks follow
  // "AND" on the first line, so "AND" looked like a department code before a number ("MLT 210")
  // and cut the title short; the area on the next line was lost and a route asking for all four
  // areas failed on a misreading.
  const auto c = test::classify(
      {degree_certificate(),
       test::make_document("marks.pdf", {{"DECCAN STATE UNIVERSITY", "CONSOLIDATED STATEMENT OF MARKS",
                                          "III Part III Main & Allied HAEMATOLOGY - II 100 40 059 FIVE NINE APR 2021 P",
                                          "Part III Main & Allied HOSPITAL INTERNSHIP: BIOCHEMISTRY AND 100 50 067 SIX SEVEN APR 2022 P",
                                          "HAEMATOLOGY",
                                          "Part III Main & Allied HOSPITAL INTERNSHIP: MICROBIOLOGY AND 100 50 060 SIX ZERO APR 2022 P",
                                          "BLOOD BANK"}})});
  expect_all_four_training_areas(c);
}

TEST(Round16Documents, AWordThatCompletesALabAreasNameIsNoCode) {
  // The second training's areas end on its own line: "BANK" before the row's marks
  // looked like a department code before its number ("MLT 210") and "BLOOD" alone names no area.
  const auto c = test::classify(
      {degree_certificate(),
       test::make_document("marks.pdf", {{"DECCAN STATE UNIVERSITY", "CONSOLIDATED STATEMENT OF MARKS",
                                          "III Part III Main & Allied HAEMATOLOGY - II 100 40 059 FIVE NINE APR 2021 P",
                                          "Part III Main & Allied HOSPITAL TRAINING: BIOCHEMISTRY AND 100 50 078 SEVEN EIGHT APR 2024 P",
                                          "HAEMATOLOGY",
                                          "Part III Main & Allied HOSPITAL TRAINING: MICROBIOLOGY AND BLOOD BANK 100 50 079 SEVEN NINE APR 2024 P"}})});
  expect_all_four_training_areas(c);
}

}  // namespace
}  // namespace cc
