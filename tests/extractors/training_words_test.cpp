// A transcript's clinical training row named in the words of other languages (data class
// `training_row`: "stručna praksa", "odborná praxe", "Praxissemester", "Stage klinisch
// laboratorium", "szakmai gyakorlat", "tirocinio", ...), and the words that only look like one: a
// year of study called a stage, a course's laboratory session ("Laborpraktikum"), a teaching
// practice. A teaching hospital is a hospital.
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/degree_credentials.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

std::vector<DegreeFacts> degrees_with_row(const std::string& row) {
  const auto c = test::classify(
      {test::make_document("diploma.pdf", {{"NORTHERN STATE UNIVERSITY", "#DIPLOMA", "This is to certify that",
                                            "#Ana Novak", "has been awarded the degree of",
                                            "#BACHELOR OF SCIENCE IN MEDICAL LABORATORY SCIENCE",
                                            "Given on 14 June 2021.", "Rector"}}),
       test::make_document("record.pdf", {{"NORTHERN STATE UNIVERSITY", "TRANSCRIPT OF RECORDS",
                                           "Code Course Credits Term Grade", "BL101 General Biology 6 2017/2018 8",
                                           "CH110 General Chemistry 6 2017/2018 7", "HE201 Haematology I 6 2018/2019 9",
                                           row}})});
  return extract_degrees(segments_of_type(c.result.segments, "diploma"), segments_of_type(c.result.segments, "transcript"));
}

bool training_read(const std::string& row) {
  const auto d = degrees_with_row(row);
  return d.size() == 1 && d[0].clinical_training.value_or(false);
}

TEST(TrainingWords, PracticeInAWorkingLaboratoryInOtherLanguages) {
  EXPECT_TRUE(training_read("SP302 Stručna praksa II (bolnički laboratorij) 14 2019/2020 10"));
  EXPECT_TRUE(training_read("SP302 Стручна пракса II 14 2019/2020 10"));
  EXPECT_TRUE(training_read("OP3 Odborná praxe 3 4 2019/2020 Z"));
  EXPECT_TRUE(training_read("PX1 Praxissemester (20 Wochen) 30 2019/2020 bestanden"));
  EXPECT_TRUE(training_read("ST2 Stage klinisch laboratorium 2 12 2019/2020 13/20"));
  EXPECT_TRUE(training_read("ST2 Stage en milieu clinique 12 2019/2020 B"));
  EXPECT_TRUE(training_read("SG4 Szakmai gyakorlat (klinikai laboratórium) 10 2019/2020 5"));
  EXPECT_TRUE(training_read("TR1 Tirocinio professionalizzante (I anno) 10 2019/2020 30"));
  EXPECT_TRUE(training_read("PK3 Praktika klinike III 10 2019/2020 9"));
  EXPECT_TRUE(training_read("CA1 Clinical Attachment (Teaching Hospital) 8 2019/2020 64"));
  EXPECT_TRUE(training_read("IP6 Industrial practice: clinical laboratory 0 2019/2020 99"));
  // (round 20 BN, after seeing it: a placement year's attachment, its clinical place in brackets)
  EXPECT_TRUE(training_read("DY-3001 Discovery Year: Industrial Attachment (Clinical Laboratory) 16 S"));
}

TEST(TrainingWords, WordsThatOnlyLookLikeATraining) {
  EXPECT_FALSE(training_read("Stage 3 2019/2020"));
  EXPECT_FALSE(training_read("LP2 Laborpraktikum Chemie 5 2019/2020 bestanden"));
  EXPECT_FALSE(training_read("TP1 Teaching Practice 4 2019/2020 B"));
  EXPECT_FALSE(training_read("IT3 Industrial Training (SIWES) 6 2019/2020 A"));
  EXPECT_FALSE(training_read("MLS300 Industrial Attachment (12 months) SAT"));
}

}  // namespace
}  // namespace cc
