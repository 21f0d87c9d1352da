// Jobs from employment letters: department phrases to lab areas, hours statements, periods with
// either day/month order and "to present", employer and position, and the jobs of generated
// text-layer packets compared with the truth.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using Areas = std::vector<std::string>;

TEST(LabAreas, PhrasesMapToCriteriaAreas) {
  EXPECT_EQ(lab_areas_in("Blood Bank/Immunohematology"), Areas{"blood_bank"});
  EXPECT_EQ(lab_areas_in("Blood Transfusion Science"), Areas{"blood_bank"});
  EXPECT_EQ(lab_areas_in("Blood Bank and Transfusion Services"), Areas{"blood_bank"});
  EXPECT_EQ(lab_areas_in("Clinical Microscopy"), Areas{"urinalysis"});
  EXPECT_EQ(lab_areas_in("Clinical Pathology"), Areas{"urinalysis"});
  EXPECT_EQ(lab_areas_in("Serology/Immunology"), Areas{"immunology"});
  EXPECT_EQ(lab_areas_in("Hematology and Coagulation"), Areas{"hematology"});
  EXPECT_EQ(lab_areas_in("Haematology"), Areas{"hematology"});
  EXPECT_EQ(lab_areas_in("Bacteriology"), Areas{"microbiology"});
  EXPECT_EQ(lab_areas_in("Medical Microbiology"), Areas{"microbiology"});
  EXPECT_EQ(lab_areas_in("Chemical Pathology"), Areas{"chemistry"});
  EXPECT_EQ(lab_areas_in("Clinical Biochemistry"), Areas{"chemistry"});
  EXPECT_EQ(lab_areas_in("Histopathology"), Areas{"other"});
  EXPECT_EQ(lab_areas_in("Cytology"), Areas{"other"});
  EXPECT_EQ(lab_areas_in("Molecular Diagnostics (PCR)"), Areas{"molecular"});
  EXPECT_EQ(lab_areas_in("Specimen Collection"), Areas{"phlebotomy"});
  EXPECT_EQ(lab_areas_in("Medical-Surgical Ward and Emergency Room"), Areas{});
  // OCR: look-alike letters and one misread letter in a long word.
  EXPECT_EQ(lab_areas_in("Biood Bank"), Areas{"blood_bank"});
  EXPECT_EQ(lab_areas_in("Ghemical Pathology"), Areas{"chemistry"});
  EXPECT_EQ(lab_areas_in("Haemato1ogy"), Areas{"hematology"});
  EXPECT_EQ(lab_areas_in("Phlébotomy; Clinical Microscopy"), (Areas{"phlebotomy", "urinalysis"}));
  EXPECT_EQ(lab_areas_in("Haematology, Chemical Pathology, Blood Transfusion Science, Microbiology and Histopathology"),
            (Areas{"hematology", "chemistry", "blood_bank", "microbiology", "other"}));
}

TEST(Hours, Statements) {
  EXPECT_EQ(hours_in("She works 40 hours per week.").hours_per_week, 40);
  EXPECT_EQ(hours_in("She worked part-time, 20 hours a week.").hours_per_week, 20);
  EXPECT_TRUE(hours_in("She worked part-time, 20 hours a week.").part_time);
  EXPECT_EQ(hours_in("Her schedule is full-time, 8 hours a day, 6 days a week.").hours_per_week, 48);
  EXPECT_EQ(hours_in("He is employed full-time (40 hours per week).").hours_per_week, 40);
  EXPECT_EQ(hours_in("Scheduled Hours: 24 per week").hours_per_week, 24);
  const HoursStatement full = hours_in("He is employed on a full-time basis.");
  EXPECT_FALSE(full.hours_per_week);
  EXPECT_TRUE(full.full_time);
  EXPECT_FALSE(hours_in("One unit of credit is one hour of lecture").hours_per_week);
  EXPECT_TRUE(hours_in("He was employed on a full-timie basis.").full_time);  // OCR
  EXPECT_FALSE(hours_in("the full text of the record").full_time);
}

struct Letter {
  std::vector<DocumentText> docs;
  Classification result;
  Job job;
};

Letter letter(const std::vector<std::string>& lines) {
  Letter l;
  l.docs.push_back(test::make_document("letter.pdf", {lines}));
  l.result = classify_documents(l.docs);
  const auto letters = segments_of_type(l.result.segments, "employment_letter");
  EXPECT_EQ(letters.size(), 1u);
  if (!letters.empty()) l.job = extract_job(letters.front());
  return l;
}

TEST(Jobs, CertificateOfEmploymentToPresent) {
  const Letter l = letter({"#CORDILLERA SUMMIT HOSPITAL", "Upper Session Road, Baguio City, Benguet",
                           "Tel. (074) 600-0178 | personnel@cordillera-summit.example", "January 24, 2025",
                           "CERTIFICATE OF EMPLOYMENT", "TO WHOM IT MAY CONCERN:",
                           "This is to certify that Mr. Renato S. Pascual has been employed as Medical Technologist in",
                           "this institution from August 26, 2018 to present.",
                           "He works 40 hours per week. He rotated through Hematology and Coagulation, Blood",
                           "Bank/Immunohematology, Microbiology and Clinical Chemistry.",
                           "Issued this 24th day of January 2025 at Baguio City, Philippines.", "LOURDES G. PIMENTEL",
                           "Human Resource Manager", "Cordillera Summit Hospital"});
  const Job& j = l.job;
  EXPECT_EQ(j.employer, "Cordillera Summit Hospital");  // the signature block's mixed case
  EXPECT_EQ(j.position, "Medical Technologist");
  EXPECT_EQ(j.start, "2018-08-26");
  EXPECT_TRUE(j.to_present);
  EXPECT_FALSE(j.end);
  EXPECT_EQ(j.hours_per_week, 40);
  EXPECT_EQ(j.departments, (Areas{"hematology", "blood_bank", "microbiology", "chemistry"}));
  EXPECT_GE(j.confidence, kLowConfidence);
  EXPECT_FALSE(j.evidence.empty());
}

TEST(Jobs, MonthFirstInAUsLetterAndFullTimeWithoutHours) {
  const Letter l = letter({"#Cascadia Reference Laboratories", "88 Foundry Street, Suite 300 - Riverton, OR",
                           "Ref: HR/2026/336   08/10/2026", "To whom it may concern",
                           "This is to confirm that Ms. Megan N. Okoro was employed by Cascadia Reference Laboratories",
                           "as Medical Laboratory Technician from 03/01/2024 to 06/02/2025.",
                           "She was employed on a full-time basis."});
  EXPECT_EQ(l.job.employer, "Cascadia Reference Laboratories");
  EXPECT_EQ(l.job.position, "Medical Laboratory Technician");
  EXPECT_EQ(l.job.start, "2024-03-01");
  EXPECT_EQ(l.job.end, "2025-06-02");
  EXPECT_FALSE(l.job.hours_per_week);
  EXPECT_TRUE(l.job.full_time_stated);
  EXPECT_TRUE(l.job.departments.empty());
}

TEST(Jobs, DayFirstDecidedByTheLetterItself) {
  const Letter l = letter({"#Harmattan Specialist Hospital", "21 Ring Road, Challenge - Ibadan, Oyo State",
                           "Ref: HR/2026/198   19/09/2022", "To whom it may concern",
                           "This is to confirm that Mr. Ifeanyi D. Okafor was employed by Harmattan Specialist Hospital as",
                           "Medical Laboratory Scientist II from 02/09/2021 to 01/05/2022.",
                           "He worked part-time, 20 hours a week.",
                           "During his employment he was assigned to the following sections: Chemical Pathology and",
                           "Specimen Collection."});
  EXPECT_EQ(l.job.start, "2021-09-02");
  EXPECT_EQ(l.job.end, "2022-05-01");
  EXPECT_EQ(l.job.hours_per_week, 20);
  EXPECT_EQ(l.job.position, "Medical Laboratory Scientist II");
  EXPECT_EQ(l.job.departments, (Areas{"chemistry", "phlebotomy"}));
}

TEST(Jobs, PlausibilitySwapsAnAmbiguousOrderTakenFromConvention) {
  // A US letter (month first by convention) whose dates only make sense day first.
  const Letter l = letter({"#Prairie Regional Medical Center", "Cedar Bluff, IA", "To whom it may concern",
                           "This is to confirm that Ms. Lauren N. Larsen was employed by Prairie Regional Medical Center",
                           "as Medical Technologist from 05/01/2021 to 03/02/2021.", "Date: 04/03/2021"});
  EXPECT_EQ(l.job.start, "2021-01-05");
  EXPECT_EQ(l.job.end, "2021-02-03");
}

TEST(Jobs, TheEvaluationDateBoundsALetterWithoutADate) {
  std::vector<DocumentText> docs = {test::make_document(
      "letter.pdf", {{"#Prairie Regional Medical Center", "Cedar Bluff, IA", "To whom it may concern",
                      "This is to confirm that Ms. Lauren N. Larsen has been employed by Prairie Regional Medical",
                      "Center as Medical Technologist from 12/10/2026 to present."}})};
  const auto letters = segments_of_type(classify_documents(docs).segments, "employment_letter");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(extract_job(letters.front()).start, "2026-12-10");               // US convention: month first
  EXPECT_EQ(extract_job(letters.front(), "2026-11-01").start, "2026-10-12");  // not after the as-of date
}

TEST(Jobs, ExperienceCertificateAndVerificationForm) {
  const Letter cert = letter({"#Sunmitra Multispeciality Hospital", "Survey No. 118, Baner Road, Pune - Maharashtra",
                              "EXPERIENCE CERTIFICATE",
                              "This is to certify that Ms. Priya Ramesh Kulkarni, D/o Shri Ramesh Kulkarni has been",
                              "working in our laboratory as Laboratory Technologist w.e.f. 01.06.2019 and is presently",
                              "working with us.", "She has worked in the departments of Clinical Pathology, Haematology",
                              "and Molecular Diagnostics (PCR).", "Her schedule is full-time, 8 hours a day, 6 days a week.",
                              "Place: Pune", "Date: 12.08.2026"});
  EXPECT_EQ(cert.job.position, "Laboratory Technologist");
  EXPECT_EQ(cert.job.start, "2019-06-01");
  EXPECT_TRUE(cert.job.to_present);
  EXPECT_EQ(cert.job.hours_per_week, 48);
  EXPECT_EQ(cert.job.departments, (Areas{"urinalysis", "hematology", "molecular"}));
  EXPECT_EQ(cert.job.employer, "Sunmitra Multispeciality Hospital");

  const Letter form = letter({"#EKITI HILLS DIAGNOSTIC CENTRE", "Ado-Ekiti, Ekiti State * +234 700 000 0188",
                              "EMPLOYMENT VERIFICATION", "Employee Name:   Chinedu O. Nwosu",
                              "Job Title:   Medical Laboratory Scientist", "Dates of Employment:   01-Mar-2018 - 31-Aug-2021",
                              "Employment Status:   Full-time", "Scheduled Hours:   Not specified",
                              "Laboratory Sections:   Chemistry; Hematology; Blood Bank"});
  EXPECT_EQ(form.job.employer, "Ekiti Hills Diagnostic Centre");
  EXPECT_EQ(form.job.position, "Medical Laboratory Scientist");
  EXPECT_EQ(form.job.start, "2018-03-01");
  EXPECT_EQ(form.job.end, "2021-08-31");
  EXPECT_TRUE(form.job.full_time_stated);
  EXPECT_EQ(form.job.departments, (Areas{"chemistry", "hematology", "blood_bank"}));
}

TEST(Jobs, DatesInWordsAndAMissingPeriodLowersConfidence) {
  const Letter words = letter({"#RANKALA PATHOLOGY LABORATORY", "1034 C Ward, Shivaji Peth, Kolhapur, Maharashtra",
                               "CERTIFICATE OF EMPLOYMENT", "TO WHOM IT MAY CONCERN:",
                               "This is to certify that Ms. Meera R. Bhattacharya has been employed as Junior Lab Technician in",
                               "this institution since the first day of May, two thousand twenty-five up to the present."});
  EXPECT_EQ(words.job.start, "2025-05-01");
  EXPECT_TRUE(words.job.to_present);
  EXPECT_EQ(words.job.position, "Junior Lab Technician");
  EXPECT_EQ(words.job.employer, "Rankala Pathology Laboratory");

  const Letter vague = letter({"#RANKALA PATHOLOGY LABORATORY", "CERTIFICATE OF EMPLOYMENT", "TO WHOM IT MAY CONCERN:",
                               "This is to certify that Ms. Meera R. Bhattacharya has been employed as Junior Lab Technician in",
                               "this institution for several years."});
  EXPECT_FALSE(vague.job.start);
  EXPECT_LT(vague.job.confidence, kLowConfidence);  // kept, for review
}

void expect_experience_accuracy(const std::string& family) {
  const test::ExtractedSet& set = test::text_set(family);
  test::Tally t;
  for (const auto& c : set.candidates) test::score_experience(c, t);
  std::cout << t.report("experience, " + family + " text layer");
  EXPECT_GE(t.accuracy(), 0.98);
}

TEST(ExperienceAccuracy, TrainTextLayer) { expect_experience_accuracy("train"); }
TEST(ExperienceAccuracy, HeldoutTextLayer) { expect_experience_accuracy("heldout"); }

}  // namespace
}  // namespace cc
