// A clinical training recognised with no lab area read in it (pipeline/run/training_areas.h): the
// areas its own rows name in full, else those the program's MLS professional courses teach
// (marked, so the decision says it is assumed); a training whose areas were read keeps them.
#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline/run/training_areas.h"

namespace cc {
namespace {

Course course(const std::string& title, const std::string& category) {
  Course c;
  c.title = title;
  c.category = category;
  return c;
}

CandidateFacts mls_graduate(const std::vector<std::string>& training_lines, std::vector<Course> courses) {
  CandidateFacts f;
  DegreeFacts d;
  d.title = "Bachelor of Science in Medical Laboratory Science";
  d.field = "medical_laboratory_science";
  d.clinical_training = true;
  d.evidence.push_back({"tor.pdf", 1, {}, *d.title, 1.0});
  for (const auto& line : training_lines) d.evidence.push_back({"tor.pdf", 2, {}, line, 1.0});
  f.degree = d;
  CourseworkFacts cw;
  cw.courses = std::move(courses);
  f.coursework = cw;
  return f;
}

TEST(TrainingAreas, TheTrainingRowsReadInFullNameTheirAreas) {
  CandidateFacts f = mls_graduate({"Clinical Laboratory Internship I"},
                                  {course("Clinical Laboratory Internship I (Biochemistry and Haematology)", "mls_professional"),
                                   course("Clinical Laboratory Internship II (Microbiology and Blood Bank)", "mls_professional"),
                                   course("Parasitology", "mls_professional")});
  complete_training_areas(f);
  const auto& areas = f.degree->clinical_training_areas;
  for (const char* area : {"chemistry", "hematology", "microbiology", "blood_bank"})
    EXPECT_NE(std::find(areas.begin(), areas.end(), area), areas.end()) << area;
  EXPECT_FALSE(f.degree->clinical_training_areas_from_program_courses);
}

TEST(TrainingAreas, APostingThatNamesNoAreaCoversWhatTheProgramTeaches) {
  CandidateFacts f = mls_graduate({"Clinical Laboratory Posting I"},
                                  {course("Clinical Laboratory Posting I", "mls_professional"),
                                   course("Clinical Chemistry II", "mls_professional"),
                                   course("Haematology", "mls_professional"),
                                   course("General Chemistry", "chemistry")});
  complete_training_areas(f);
  EXPECT_EQ(f.degree->clinical_training_areas, (std::vector<std::string>{"chemistry", "hematology"}));
  EXPECT_TRUE(f.degree->clinical_training_areas_from_program_courses);
}

TEST(TrainingAreas, AreasReadAreCompletedByTheRowsAndARowNamingNoneIsKept) {
  // The degree reader kept lines cut short; the coursework reader has the rows' titles, one of them
  // cut short as printed (30 characters).
  CandidateFacts f = mls_graduate({"CLINICAL PRACTICUM: CHEMISTRY", "CLINICAL PRACTICUM: BLOOD", "CLINICAL PRACTICUM: MICROBIOLO"},
                                  {course("CLINICAL PRACTICUM: CHEMISTRY", "mls_professional"),
                                   course("CLINICAL PRACTICUM: BLOOD BANK", "mls_professional"),
                                   course("CLINICAL PRACTICUM: MICROBIOLO", "mls_professional")});
  f.degree->clinical_training_areas = {"chemistry"};
  complete_training_areas(f);
  EXPECT_EQ(f.degree->clinical_training_areas, (std::vector<std::string>{"chemistry", "blood_bank"}));
  EXPECT_EQ(f.degree->clinical_training_rows_without_area, (std::vector<std::string>{"CLINICAL PRACTICUM: MICROBIOLO"}));
  EXPECT_FALSE(f.degree->clinical_training_areas_from_program_courses);
}

TEST(TrainingAreas, ATitleSplitAcrossColumnsIsReadFromItsPrintedRow) {
  // The table reader kept "CLINICAL" of the title and put "PRACTICUM: ..." in another column.
  const auto split = [](const std::string& row) {
    Course c = course("CLINICAL", "other");
    c.evidence.push_back({"tor.pdf", 2, {}, row, 1.0});
    return c;
  };
  CandidateFacts f = mls_graduate({"CLINICAL PRACTICUM: CHEMISTRY", "CLINICAL PRACTICUM: BLOOD", "CLINICAL PRACTICUM: MICROBIOLO"},
                                  {split("MLS 4410 CLINICAL PRACTICUM: CHEMISTRY 4.000 B+ 13.200"),
                                   split("MLS 4440 CLINICAL PRACTICUM: BLOOD BANK 4.000 A 16.000"),
                                   split("MLS 4430 CLINICAL PRACTICUM: MICROBIOLO 4.000 B- 10.800"),
                                   split("MLS 4450 HEMATOLOGY SEMINAR 2.000 A 8.000")});
  f.degree->clinical_training_areas = {"chemistry"};
  complete_training_areas(f);
  // Hematology is named by another course of the row's table, not by the training.
  EXPECT_EQ(f.degree->clinical_training_areas, (std::vector<std::string>{"chemistry", "blood_bank"}));
  EXPECT_EQ(f.degree->clinical_training_rows_without_area, (std::vector<std::string>{"CLINICAL PRACTICUM: MICROBIOLO"}));
}

TEST(TrainingAreas, AreasAlreadyReadOrNoTrainingAreLeftAlone) {
  CandidateFacts f = mls_graduate({"Hematology Internship"}, {course("Clinical Chemistry", "mls_professional")});
  f.degree->clinical_training_areas = {"hematology"};
  complete_training_areas(f);
  EXPECT_EQ(f.degree->clinical_training_areas, (std::vector<std::string>{"hematology"}));
  CandidateFacts none = mls_graduate({}, {course("Clinical Chemistry", "mls_professional")});
  none.degree->clinical_training = false;
  complete_training_areas(none);
  EXPECT_TRUE(none.degree->clinical_training_areas.empty());
}

}  // namespace
}  // namespace cc
