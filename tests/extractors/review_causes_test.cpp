// Decisions sent to review for no good reason (issues 15/16, training rounds 1-10): a fact read
// right whose confidence or reading did not say how it was checked. Each on a page written for this
// test from a general convention, no generator layout: a form's end field that says the job goes
// on, clinical placements named in the words programs in many systems use.
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/degree_credentials.h"
#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

// A form's end field holding no date but words for the job going on is its open end, in any
// language of the label, when nothing but words lie between it and the start.
TEST(ReviewCauses, AFormsEndFieldThatSaysTheJobGoesOnIsAnOpenEnd) {
  const Job a = job_of({"#Northvale Regional Hospital", "CERTIFICATE OF SERVICE", "Name of employee Lerato Dube",
                        "Date of engagement 2018-10-21", "Date of termination Not applicable - still in service",
                        "Job title Medical Technologist", "Ordinary hours of work 40 hours per week",
                        "Description of work Haematology, Microbiology and Chemical Pathology", "Date: 2026-08-16"});
  EXPECT_EQ(a.start, "2018-10-21");
  EXPECT_TRUE(a.to_present);
  EXPECT_GE(a.confidence, 0.8);
  const Job b = job_of({"#QUERCUS MEDICAL CENTRE", "REFERENCE", "Surname, name Oksana Bilyk",
                        "Position Laboratory Technician", "Start date 25.01.2025",
                        "Дата звільнення / End date по теперішній час / to date",
                        "Working time full-time, 40 hours per week", "Sections Microbiology, Haematology", "17.08.2026"});
  EXPECT_EQ(b.start, "2025-01-25");
  EXPECT_TRUE(b.to_present);
  EXPECT_GE(b.confidence, 0.8);
  // A numbered form's end field whose value is the word for continuing.
  const Job c = job_of({"#ST. BRENDAN MEDICAL CENTER", "EXPERIENCE CERTIFICATE", "Date: October 24, 2026",
                        "1. Name of the Employee Ms. Ana Cruz", "2. Designation Medical Technologist I",
                        "4. Date of Joining June 21, 2018", "5. Date of Relieving Continuing",
                        "6. Nature of Employment Full-time, Permanent", "8. Nature of duties Hematology, Clinical Chemistry"});
  EXPECT_EQ(c.start, "2018-06-21");
  EXPECT_TRUE(c.to_present);
  // A figure between the start and the marker (another field's date) is no open end of the start.
  const Job d = job_of({"#Northvale Regional Hospital", "CERTIFICATE OF SERVICE", "Date of engagement 2018-10-21",
                        "Date of termination 2021-03-31", "Currently the employee works elsewhere.", "Date: 2026-08-16"});
  EXPECT_EQ(d.end, "2021-03-31");
  EXPECT_FALSE(d.to_present);
}

std::vector<std::string> training_areas_of(const std::vector<std::string>& record) {
  const auto c = test::classify(
      {test::make_document("diploma.pdf", {{"NORTHERN UNIVERSITY OF HEALTH SCIENCES", "#DEGREE CERTIFICATE",
                                            "This is to certify that", "#Amal Haddad",
                                            "has been awarded the degree of", "#BACHELOR OF MEDICAL LABORATORY SCIENCE",
                                            "Given under the seal of the University this 15th day of July 2021"}}),
       test::make_document("record.pdf", {record})});
  const auto degrees = extract_degrees(segments_of_type(c.result.segments, "diploma"), segments_of_type(c.result.segments, "transcript"));
  if (degrees.empty() || !degrees[0].clinical_training || !*degrees[0].clinical_training) return {"<none>"};
  return degrees[0].clinical_training_areas;
}

// A placement of students in a working laboratory is the clinical training, whatever its programme
// calls it: a placement, work-integrated learning, practical training, production practice, and the
// words for an internship in other languages.
TEST(ReviewCauses, ClinicalPlacementsInTheWordsOfManySystems) {
  const std::vector<std::string> head = {"NORTHERN UNIVERSITY OF HEALTH SCIENCES", "ACADEMIC TRANSCRIPT",
                                         "Programme: Bachelor of Medical Laboratory Science",
                                         "Code   Course Title   Credits   Grade", "MLS 101   General Chemistry   4   A",
                                         "MLS 102   Human Anatomy   3   B"};
  for (const std::string row :
       {"MLS 401   Clinical Placement I: Clinical Chemistry and Haematology   12   A",
        "MLS 401   Professional placement – clinical chemistry and haematology   12   A",
        "MLS 401   Work-Integrated Learning: Clinical Chemistry and Haematology   12   A",
        "MLS 401   Practical Training: Clinical Biochemistry and Hematology   12   A",
        "MLS 401   Production Practice (Haematology and Biochemistry)   12   A",
        "MLS 401   Stagiu clinic / Clinical Placement: Clinical Chemistry, Haematology   12   A",
        "MLS 401   Klinik Uygulama: Clinical Chemistry, Haematology   12   A",
        "MLS 401   Виробнича практика / Clinical Chemistry and Haematology   12   A"}) {
    std::vector<std::string> record = head;
    record.push_back(row);
    const auto areas = training_areas_of(record);
    EXPECT_NE(std::find(areas.begin(), areas.end(), "hematology"), areas.end()) << row;
  }
  // The final l of "Clinical" read as t by OCR still names the rotation (both rotations' areas read).
  {
    std::vector<std::string> record = head;
    record.push_back("MLS 405   Clinical Rotation-I (Chemical Pathology and Haematology)   6   A");
    record.push_back("MLS 402   Clinicat Rotation-II (Microbiology and Blood Bank)   6   A");
    const auto areas = training_areas_of(record);
    EXPECT_NE(std::find(areas.begin(), areas.end(), "blood_bank"), areas.end());
    EXPECT_NE(std::find(areas.begin(), areas.end(), "hematology"), areas.end());
  }
  // A placement test and a course about practice are no placement in a laboratory.
  std::vector<std::string> record = head;
  record.push_back("MLS 105   English Placement Test   0   P");
  EXPECT_EQ(training_areas_of(record), std::vector<std::string>({"<none>"}));
}

}  // namespace
}  // namespace cc
