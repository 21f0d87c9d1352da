// Degree facts: field normalisation (criteria.md), level, titles, program length stated or counted
// from term labels, conferral dates on diplomas and transcripts, clinical training, and the degree
// of generated text-layer packets compared with the truth.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(DegreeField, NormalisedPerCriteria) {
  EXPECT_EQ(field_of_title("Bachelor of Science in Medical Technology"), "medical_technology");
  EXPECT_EQ(field_of_title("Bachelor of Science in Medical Laboratory Technology"), "medical_technology");
  EXPECT_EQ(field_of_title("Diploma in Medical Laboratory Technology"), "medical_technology");
  EXPECT_EQ(field_of_title("B.Sc. (MLT)"), "medical_technology");
  EXPECT_EQ(field_of_title("Bachelor of Medical Laboratory Science"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor of Science in Clinical Laboratory Science"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("BSc Biomedical Science"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor of Biomedical Laboratory Science"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor of Science (Microbiology)"), "biology");
  EXPECT_EQ(field_of_title("B.Sc. Zoology"), "biology");
  EXPECT_EQ(field_of_title("Bachelor of Science in Biological Sciences"), "biology");
  EXPECT_EQ(field_of_title("Bachelor of Science in Biochemistry"), "chemistry");
  EXPECT_EQ(field_of_title("Bachelor of Science in Chemistry"), "chemistry");
  EXPECT_EQ(field_of_title("Bachelor of Nursing Science"), "nursing");
  EXPECT_EQ(field_of_title("Bachelor of Pharmacy"), "pharmacy");
  EXPECT_EQ(field_of_title("Bachelor of Science in Business Administration"), "other");
}

TEST(DegreeLevel, FromTitle) {
  EXPECT_EQ(level_of_title("Bachelor of Science in Biology"), "bachelor");
  EXPECT_EQ(level_of_title("B.Sc. (Microbiology)"), "bachelor");
  EXPECT_EQ(level_of_title("BS Medical Technology"), "bachelor");
  EXPECT_EQ(level_of_title("Master of Science in Biochemistry"), "master");
  EXPECT_EQ(level_of_title("Doctor of Philosophy in Microbiology"), "doctorate");
  EXPECT_EQ(level_of_title("Associate of Applied Science in Medical Laboratory Technology"), "associate");
  EXPECT_EQ(level_of_title("Diploma in Medical Laboratory Technology"), "diploma");
}

TEST(DegreeTitle, FoundInLinesAndCut) {
  EXPECT_EQ(degree_title_in("BACHELOR OF SCIENCE IN MEDICAL TECHNOLOGY"), "Bachelor of Science in Medical Technology");
  EXPECT_EQ(degree_title_in("Bachelor of Science in Microbiology Date of Graduation: November 16, 2017"),
            "Bachelor of Science in Microbiology");
  EXPECT_EQ(degree_title_in("the degree of Bachelor of Science (Microbiology) with all the rights"),
            "Bachelor of Science (Microbiology)");
  EXPECT_EQ(degree_title_in("B.Sc. (MLT) Part II Examination held in April 2018").substr(0, 11), "B.Sc. (MLT)");
  EXPECT_EQ(degree_title_in("DIPLOMA CERTIFICATE"), "");
  EXPECT_EQ(degree_title_in("DEGREE CERTIFICATE"), "");
}

TEST(DegreeYears, StatedLengths) {
  EXPECT_EQ(stated_program_years("Duration: 3 Years"), 3);
  EXPECT_EQ(stated_program_years("Duration of Programme: three (3) years"), 3);
  EXPECT_EQ(stated_program_years("Duration of Programme: four (4) years"), 4);
  EXPECT_EQ(stated_program_years("a three-year degree programme"), 3);
  EXPECT_EQ(stated_program_years("completed the 4 year course"), 4);
  EXPECT_EQ(stated_program_years("Date of Birth: 3 years ago"), 0);
  EXPECT_EQ(stated_program_years("Total units: 3"), 0);
}

TEST(DegreeYears, CountedFromTermLabels) {
  EXPECT_EQ(years_from_terms({"First Semester 2015-2016", "Second Semester 2015-2016", "Summer 2016",
                              "First Semester 2016-2017", "1st Sem., A.Y. 2017-2018", "Second Semester 2018-2019"}),
            4);
  EXPECT_EQ(years_from_terms({"2013/2014 Session - First Semester 2013/2014 Session - Second Semester",
                              "2014/2015 Session - First Semester", "Harmattan Semester, 2015/2016",
                              "Rain Semester, 2016/2017", "2017/2018 Session - First Semester"}),
            5);
  EXPECT_EQ(years_from_terms({"Fall Quarter 2016", "Winter Quarter 2017", "Spring Quarter 2017", "Autumn 2017",
                              "Winter 2018", "Spring 2018"}),
            2);
  EXPECT_EQ(years_from_terms({"Semester I (Examination: November/December 2016)", "Semester VI (Examination: April/May 2019)"}),
            3);
  EXPECT_EQ(years_from_terms({"B.Sc. Part I Examination held in April 2017", "B.Sc. Part III Examination held in April 2019"}),
            3);
  EXPECT_EQ(years_from_terms({"First Year Examination, May 2023", "Second Year Examination, May 2024"}), 2);
  EXPECT_EQ(years_from_terms({"Date of Birth: 2001-2002"}), 0);  // not a term line
  // A level of study headed with its academic year (another calendar's year beside it is no year).
  EXPECT_EQ(years_from_terms({"Level One — 1435/1436 H — 2014/2015", "First Semester", "Level Two — 1436/1437 H — 2015/2016",
                              "Level Three — 1437/1438 H — 2016/2017", "Level Four — 1438/1439 H — 2017/2018"}),
            4);
  EXPECT_EQ(years_from_terms({"Level: 2014/2015"}), 1);
}

using test::classify;

TEST(DegreeExtraction, DiplomaFirstTranscriptSecond) {
  const auto c = classify({
      test::make_document("diploma.pdf", {{"Republic of the Philippines", "#COLEGIO DE SAN AURELIO", "Iloilo City, Iloilo",
                                           "the Board of Trustees has conferred upon", "#MARIA SANTOS DELA CRUZ",
                                           "the degree of", "#Bachelor of Science in Medical Technology",
                                           "with all the rights, honors and privileges pertaining thereto.",
                                           "Given at Iloilo City, Philippines, this fifteenth day of June, two",
                                           "thousand nineteen."}}),
      test::make_document("tor.pdf", {{"#COLEGIO DE SAN AURELIO", "Calle Real, Iloilo City, Iloilo",
                                       "OFFICIAL TRANSCRIPT OF RECORDS", "Name: DELA CRUZ, MARIA S.",
                                       "Course: Bachelor of Science in Medical Technology",
                                       "Date of Graduation: April 15, 2019", "First Semester 2015-2016",
                                       "MT 101 General Chemistry 1.75 5", "First Semester 2016-2017",
                                       "MT 201 Hematology 1.50 4", "First Semester 2017-2018",
                                       "MT 301 Clinical Chemistry 1.25 4", "First Semester 2018-2019",
                                       "MT 401 Internship in Clinical Chemistry 1.50 6",
                                       "MT 402 Internship in Blood Banking 1.50 6",
                                       "MT 403 Internship in Clinical Microscopy 1.50 3"}}),
  });
  const auto degree = extract_degree(segments_of_type(c.result.segments, "diploma"),
                                     segments_of_type(c.result.segments, "transcript"));
  ASSERT_TRUE(degree);
  EXPECT_EQ(degree->level, "bachelor");
  EXPECT_EQ(degree->title, "Bachelor of Science in Medical Technology");
  EXPECT_EQ(degree->field, "medical_technology");
  EXPECT_EQ(degree->institution, "Colegio de San Aurelio");
  EXPECT_EQ(degree->country, "PH");
  EXPECT_EQ(degree->conferred, "2019-06-15");  // the diploma's date wins
  EXPECT_EQ(degree->years, 4);
  EXPECT_EQ(degree->clinical_training, true);
  EXPECT_EQ(degree->clinical_training_areas, (std::vector<std::string>{"chemistry", "blood_bank", "urinalysis"}));
  EXPECT_GE(degree->confidence, kLowConfidence);
  EXPECT_LT(degree->confidence, 1.0);  // the two documents disagree on the date
  ASSERT_FALSE(degree->evidence.empty());
  EXPECT_EQ(degree->evidence.front().file, "diploma.pdf");
  EXPECT_EQ(degree->evidence.front().text, "Bachelor of Science in Medical Technology");
}

TEST(DegreeExtraction, TranscriptOnlyWithNumericDatesAndStatedDuration) {
  const auto c = classify({test::make_document(
      "marks.pdf", {{"#KAVERI DELTA UNIVERSITY", "Vallam Main Road, Thanjavur (Tamil Nadu)",
                     "CONSOLIDATED STATEMENT OF MARKS", "Name of the Candidate: NAIR DIVYA MOHAN",
                     "Programme: Bachelor of Science (Microbiology)", "Duration: 3 Years",
                     "Semester I (Examination: November/December 2016)", "MB-101 Microbiology 100 72 4",
                     "MB-102 Chemistry 100 70 4", "MB-103 Botany 100 66 4", "Degree conferred on 05/06/2019"}})});
  const auto degree = extract_degree({}, segments_of_type(c.result.segments, "transcript"));
  ASSERT_TRUE(degree);
  EXPECT_EQ(degree->years, 3);
  EXPECT_EQ(degree->field, "biology");
  EXPECT_EQ(degree->country, "IN");
  EXPECT_EQ(degree->conferred, "2019-06-05");  // day first in India
  EXPECT_EQ(degree->clinical_training, false);
  EXPECT_EQ(degree->institution, "Kaveri Delta University");
}

TEST(DegreeExtraction, LowOcrConfidenceLowersTheFactsConfidence) {
  const auto c = classify({test::make_document(
      "diploma.pdf", {{"#LAGOON CITY UNIVERSITY", "Lagos, Lagos State, Nigeria", "DEGREE CERTIFICATE",
                       "This is to certify that", "#NGOZI CHIOMA EZE", "Bachelor of Science in Microbiology",
                       "has been admitted to the said degree.", "Date of award: 16/11/2017"}},
      0.6f)});
  const auto degree = extract_degree(segments_of_type(c.result.segments, "diploma"), {});
  ASSERT_TRUE(degree);
  EXPECT_EQ(degree->conferred, "2017-11-16");
  EXPECT_LT(degree->confidence, kLowConfidence);  // reported, for review, not dropped
  EXPECT_FALSE(degree->clinical_training);         // no transcript: unknown
}

void expect_degree_accuracy(const std::string& family) {
  const test::ExtractedSet& set = test::text_set(family);
  test::Tally t;
  for (const auto& c : set.candidates) test::score_degree(c, t);
  std::cout << t.report("degree, " + family + " text layer");
  EXPECT_GE(t.accuracy(), 0.98);
}

TEST(DegreeAccuracy, TrainTextLayer) { expect_degree_accuracy("train"); }
TEST(DegreeAccuracy, HeldoutTextLayer) { expect_degree_accuracy("heldout"); }

}  // namespace
}  // namespace cc
