// Employment letters in styles beyond the certificate of employment: a confirmation of work
// experience "till date", a promotion printed as two periods at one employer, part-time stated as
// shifts, a list of rotations with months per section, a form whose values stand under their labels
// and whose end date has a label of its own.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

TEST(LetterStyles, ConfirmationOfWorkExperienceTillDate) {
  const Job j = job_of({"#KAMPALA DIAGNOSTIC CENTRE", "Plot 12, Kira Road, Kampala, Uganda", "Ref: KDC/HR/2024/117",
                        "3rd June 2024", "CONFIRMATION OF WORK EXPERIENCE",
                        "We confirm that Mr. Okello James has served in our laboratory as Laboratory Technologist",
                        "since 1st February 2019 till date, in the Haematology and Microbiology sections.",
                        "Human Resources Manager"});
  EXPECT_EQ(j.start, "2019-02-01");
  EXPECT_TRUE(j.to_present);
  EXPECT_EQ(j.departments, (std::vector<std::string>{"hematology", "microbiology"}));
}

TEST(LetterStyles, APromotionIsOneJobFromTheFirstStartToTheLastEnd) {
  const Job j = job_of({"#ST. RAPHAEL GENERAL HOSPITAL", "TO WHOM IT MAY CONCERN",
                        "This is to certify that Ms. Ana Reyes was employed by St. Raphael General Hospital as",
                        "Medical Technologist I from 1 March 2015 to 31 May 2018 and, upon promotion, as Senior",
                        "Medical Technologist from 1 June 2018 to 30 September 2023, working 40 hours per week."});
  EXPECT_EQ(j.start, "2015-03-01");
  EXPECT_EQ(j.end, "2023-09-30");
}

TEST(LetterStyles, MonthsWithoutDays) {
  const Job j = job_of({"#GARKI HOSPITAL", "TO WHOM IT MAY CONCERN",
                        "This is to certify that Mr. Tunde Bakare was employed as a Medical Laboratory Scientist",
                        "from February 2019 to April 2022 in our Haematology and Chemistry sections."});
  EXPECT_EQ(j.start, "2019-02-01");
  EXPECT_EQ(j.end, "2022-04-30");
  const Job since = job_of({"#GARKI HOSPITAL", "TO WHOM IT MAY CONCERN",
                            "This is to certify that Mr. Tunde Bakare has been employed as a Medical Laboratory",
                            "Scientist since Sept. 2020 up to now."});
  EXPECT_EQ(since.start, "2020-09-01");
  EXPECT_TRUE(since.to_present);
}

TEST(LetterStyles, PartTimeStatedAsShifts) {
  EXPECT_EQ(hours_in("part-time, in 12-hour shifts, 2 per week").hours_per_week, 24);
  EXPECT_EQ(hours_in("three nights: 3 shifts of 8 hours per week").hours_per_week, 24);
  EXPECT_EQ(hours_in("20 hrs/wk").hours_per_week, 20);
  EXPECT_EQ(hours_in("working 36 hours weekly").hours_per_week, 36);
  EXPECT_EQ(hours_in("40 hours per week").hours_per_week, 40);  // as before
  EXPECT_EQ(hours_in("Employed from 01/03/2018 to 31/03/2022 Hours per week: 40").hours_per_week, 40);
  EXPECT_EQ(hours_in("Employed from 01/03/2018 to 31/03/2022 Hours per week 36").hours_per_week, 36);
  EXPECT_EQ(hours_in("working 40 hours per week 8 hours a day").hours_per_week, 40);
}

TEST(LetterStyles, RotationsWithMonthsPerSection) {
  const Job j = job_of({"#NAIROBI WEST PATHOLOGY LABORATORY", "EXPERIENCE CERTIFICATE",
                        "This is to certify that Ms. Wanjiru Kamau worked with us as a Medical Laboratory Technologist",
                        "from 01/02/2020 to 31/01/2022. She rotated through the following sections:",
                        "Clinical Chemistry   8 months", "Haematology   6 months", "Microbiology   6 months",
                        "Blood Transfusion   4 months"});
  EXPECT_EQ(j.start, "2020-02-01");
  EXPECT_EQ(j.end, "2022-01-31");
  EXPECT_EQ(j.departments, (std::vector<std::string>{"chemistry", "hematology", "microbiology", "blood_bank"}));
}

TEST(LetterStyles, FormValuesUnderTheirLabelsAndALabelledEnd) {
  const Job j = job_of({"#EMPLOYMENT VERIFICATION FORM", "Employer:   Lakeside Clinical Laboratories", "Job Title",
                        "Medical Laboratory Scientist", "Start date:   05/01/2017   End date:   28/02/2021",
                        "Hours per week:   40"});
  EXPECT_EQ(j.position, "Medical Laboratory Scientist");
  EXPECT_EQ(j.start, "2017-01-05");
  EXPECT_EQ(j.end, "2021-02-28");
  EXPECT_EQ(j.hours_per_week, 40);
}

}  // namespace
}  // namespace cc
