// Letters whose periods are rows of a table (experience_period_rows.cpp): a row whose open end is
// printed on a line below its start, later rows that continue the period, and a letter read in part
// (a row, a date or a "to date" left unused) whose job must go to review rather than count a part
// of the experience as all of it. Letters of no generator design, in a language no rule knows.
#include <gtest/gtest.h>

#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

TEST(LetterRows, ARowsOpenEndOnTheLineBelowItsStartGoesOn) {
  const Job j = job_of({"#SVALDALUR REGIONAL HOSPITAL", "Nr 88 2026.09.05", "EMPLOYMENT REFERENCE",
                        "This is to certify that JONSDOTTIR Anna has been employed by our organisation in the post below.",
                        "Nr Staða Deild Byrjun Lok", "1 Rannsóknarmaður Blóðmeinafræði 2019.03.14 til þessa dags",
                        "Laboratory Technician Haematology to date", "Working hours: 40 hours per week"});
  EXPECT_EQ(j.start, "2019-03-14");
  EXPECT_TRUE(j.to_present);
  EXPECT_GE(j.confidence, 0.8);
}

TEST(LetterRows, ALaterRowThatBeginsWhereThePeriodEndsContinuesIt) {
  const Job j = job_of({"#SVALDALUR REGIONAL HOSPITAL", "Nr 88 2026.09.05", "EMPLOYMENT REFERENCE",
                        "This is to certify that JONSDOTTIR Anna was employed by our organisation in the posts below.",
                        "Nr Staða Deild Byrjun Lok", "1 Nemi Blóðbanki 2019.11.22 2020.02.21", "Trainee Blood Bank",
                        "2 Rannsóknarmaður Blóðbanki 2020.02.22 2021.12.22", "Medical Technologist Blood Bank",
                        "Working hours: 16 hours per week"});
  EXPECT_EQ(j.start, "2019-11-22");
  EXPECT_EQ(j.end, "2021-12-22");
  EXPECT_GE(j.confidence, 0.8);
}

TEST(LetterRows, ALaterRowWhoseToDateIsPrintedBelowContinuesThePeriod) {
  const Job j = job_of({"#SVALDALUR REGIONAL HOSPITAL", "Nr 88 2026.07.27", "EMPLOYMENT REFERENCE",
                        "This is to certify that JONSDOTTIR Anna has been employed by our organisation in the posts below.",
                        "Nr Staða Deild Byrjun Lok", "1 Nemi Örverufræði 2024.05.01 2024.07.31", "Trainee Microbiology",
                        "2 Rannsóknarmaður Örverufræði 2024.08.01 til þessa dags", "Laboratory Technician Microbiology to date",
                        "Working hours: 40 hours per week"});
  EXPECT_EQ(j.start, "2024-05-01");
  EXPECT_TRUE(j.to_present);
  EXPECT_GE(j.confidence, 0.8);
}

// A second post after a break of a year is no continuation: read as the first row only, the letter
// was read in part, and its job must not count as read.
TEST(LetterRows, ARowLeftUnreadMakesTheJobDoubtful) {
  const Job j = job_of({"#SVALDALUR REGIONAL HOSPITAL", "Nr 88 2026.07.27", "EMPLOYMENT REFERENCE",
                        "This is to certify that JONSDOTTIR Anna was employed by our organisation in the posts below.",
                        "Nr Staða Deild Byrjun Lok", "1 Nemi Örverufræði 2020.05.01 2020.07.31", "Trainee Microbiology",
                        "2 Rannsóknarmaður Örverufræði 2021.09.01 hér Laboratory Technician 2024.06.30",
                        "Working hours: 40 hours per week"});
  EXPECT_EQ(j.start, "2020-05-01");
  EXPECT_LT(j.confidence, 0.8);
}

// The same letter with its rows' period read in full is confident: the check does not fire on
// the letter's own date.
TEST(LetterRows, TheLettersOwnDateIsNoUnreadRow) {
  const Job j = job_of({"#SVALDALUR REGIONAL HOSPITAL", "Nr 88 2026.07.27", "EMPLOYMENT REFERENCE",
                        "This is to certify that JONSDOTTIR Anna was employed by our organisation in the post below.",
                        "Nr Staða Deild Byrjun Lok", "1 Rannsóknarmaður Örverufræði 2020.05.01 2024.06.30",
                        "Laboratory Technician Microbiology", "Working hours: 40 hours per week"});
  EXPECT_EQ(j.end, "2024-06-30");
  EXPECT_GE(j.confidence, 0.8);
}


// Periods inside the period read (the units the holder rotated through, by month) are no unread
// row, and neither is the letter's own date printed after its date in another calendar.
TEST(LetterRows, RotationsInsideThePeriodAndACalendarsDateAreNoUnreadRow) {
  const Job j = job_of({"#HARBOUR VIEW SPECIALIST HOSPITAL", "Ref: HV/PERS/12 30th January 2026", "LETTER OF EXPERIENCE",
                        "This is to certify that Mr. Kofi Mensah was employed as Medical Laboratory Scientist on",
                        "13th August 2024. He disengaged from the service of the Hospital with effect from 22nd January 2026.",
                        "During the period, he was posted to the following units:", "Unit Period",
                        "Clinical Chemistry Aug. 2024 – Apr. 2025", "Haematology May 2025 – Jan. 2026",
                        "He was employed full-time (40 hours per week)."});
  EXPECT_EQ(j.start, "2024-08-13");
  EXPECT_EQ(j.end, "2026-01-22");
  EXPECT_GE(j.confidence, 0.8);
  const Job k = job_of({"#Sepid Pathobiology Laboratory", "No.: 6712/HR Date: 1402/12/24 (14 March 2024)",
                        "Certificate of Employment (Translation)",
                        "This is to certify that Mr. Reza Karimi was employed as Laboratory Expert at the laboratory from",
                        "1402/03/02 (23 May 2023) to 1402/11/30 (19 February 2024), on a full-time basis (44 hours per week).",
                        "During this period he worked in the following sections: Microbiology, Blood Bank.",
                        "Translation date: 1405/07/07 (29 September 2026)"});
  EXPECT_EQ(k.end, "2024-02-19");
  EXPECT_GE(k.confidence, 0.8);
}


// A cue word inside a list of areas ("Blood Transfusion Unit"): the areas listed before it in
// the same bracket belong to the list too, not only those after it.
TEST(LetterRows, AreasListedBeforeACueInsideTheList) {
  const Job j = job_of({"#CITY HOSPITAL No. 5", "No. 02-14/342 dated 14.02.2021", "EMPLOYMENT REFERENCE",
                        "This reference confirms that she worked at City Hospital No. 5 in the position of Laboratory",
                        "Assistant of the clinical diagnostic laboratory (Haematology, Biochemistry, Blood Transfusion Unit,",
                        "Bacteriology) from 26.11.2019 to 26.12.2020, part-time (24 hours per week)."});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"hematology", "chemistry", "blood_bank", "microbiology"}));
}


// "Her duties included ...": the areas listed after the duties, a tuberculosis smear among them.
TEST(LetterRows, AreasListedAsTheHoldersDuties) {
  const Job j = job_of({"#LAKESHORE DISTRICT HOSPITAL", "Ref. No. LDH/HR/73/296 20th October, 2023", "TO WHOM IT MAY CONCERN",
                        "This is to confirm that Ms. CHIKONDI BANDA worked at our District Hospital laboratory as a",
                        "Laboratory Technician from 1st December, 2021 to 4th September, 2023.",
                        "Her duties included TB Microscopy, Haematology and Serology.", "She was a full-time employee (40 hours per week)."});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"microbiology", "hematology", "immunology"}));
}


// Read without the letters' words (CC_ABLATE_LETTER_WORDS=1) a promotion's date and "presently"
// may pass for the period; the appointment's date before it is left unused, so the job is
// doubtful. A birth date before the start ("née le") is no such date.
TEST(LetterRows, AFullDateBeforeTheStartLeftUnusedMakesTheJobDoubtful) {
  const Job j = job_of({"#TARAI COMMUNITY HOSPITAL", "Ref. No. TAR/HR/571 Dated: 13-10-2026", "EXPERIENCE CERTIFICATE",
                        "This is to certify that Ms. Sita Kumari Rai has been working in this hospital in the Haematology",
                        "section. She was engaged as Medical Technologist on the 10-03-2019 and promoted to Senior Medical",
                        "Technologist w.e.f. 01-01-2026, and is presently working in this capacity, 40 hours per week."});
  if (j.start == "2026-01-01") EXPECT_LT(j.confidence, 0.8);
  else EXPECT_EQ(j.start, "2019-03-10");
  const Job k = job_of({"#HOPITAL DES COLLINES", "N° 240/HOP/DRH Yaounde, le 03/06/2024", "ATTESTATION DE TRAVAIL",
                        "Je soussigne atteste que Mme NJOYA Vanessa, née le 03/11/1994, a travaille dans notre laboratoire",
                        "en qualite de Technicienne du 25 mars 2022 au 25 avril 2024, a temps partiel (20 heures par semaine).",
                        "Sections: Hematologie, Microbiologie"});
  EXPECT_EQ(k.start, "2022-03-25");
  EXPECT_GE(k.confidence, 0.8);
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

// A service record's row of leave without pay is time not worked: the service ends where it begins;
// the resignation's "with effect from" date is no start.
TEST(LetterRows, ARowOfLeaveWithoutPayEndsTheService) {
  const Job job = test::job_of({"#District Hospital of the North", "No. ADM/63/2023/906 Date: 23/05/2023", "#SERVICE CERTIFICATE",
                                "This is to certify that Ms. Dawa Lhamo has served in this hospital in the Haematology section",
                                "of the laboratory as detailed below:",
                                "Sl. No.   Position Title   From   To   Place of Posting",
                                "1   Laboratory Technologist   22/08/2020   06/10/2021   District Hospital",
                                "2   Laboratory Technologist   07/10/2021   22/02/2023   District Hospital",
                                "3   Extraordinary leave (without pay)   23/02/2023   12/05/2023   Not counted as service",
                                "She resigned from the service with effect from 13/05/2023.", "Pathologist-in-Charge"});
  EXPECT_EQ(job.start, "2020-08-22");
  EXPECT_EQ(job.end, "2023-02-22");
}

}  // namespace
}  // namespace cc
