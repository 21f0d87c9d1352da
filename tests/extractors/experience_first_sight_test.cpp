// Employment letters at first sight (issue 16): each rule of experience_period.cpp,
// experience_position.cpp and experience_employer.cpp that reads a letter by its structure (a table
// row of dates, a form's label beside its value, the dates left once the letter's own is set aside)
// or names a general property of letters (the state above an employer's letterhead, a unit after an
// employer's name, "X certifies that"), each on a letter of no generator design.
#include <gtest/gtest.h>

#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

TEST(LettersAtFirstSight, AServiceRecordsRowPrintsStartAndEndInCellsSideBySide) {
  const Job j = job_of({"#KITWE COPPER HILLS HOSPITAL", "SERVICE RECORD", "Name: MAPALO NKHATA",
                        "Post   From   To   Station",
                        "Medical Laboratory Scientist   22/10/2022   22/05/2024   Kitwe Copper Hills Hospital",
                        "Hours of work: Part-time (20 hours per week)",
                        "Sections served: Microbiology, Clinical Chemistry", "Certified correct this 12th day of July, 2024."});
  EXPECT_EQ(j.start, "2022-10-22");
  EXPECT_EQ(j.end, "2024-05-22");
}

TEST(LettersAtFirstSight, ARowWhoseEndCellSaysToDateGoesOn) {
  const Job j = job_of({"#CHIPATA SUNRISE PROVINCIAL HOSPITAL", "SERVICE RECORD", "Name: MAPALO NKHATA", "Post   From   To   Station",
                        "Biomedical Scientist   22/11/2021   To date   Chipata", "Conditions of service: Permanent and Pensionable",
                        "Hours of work: 40 hours per week",
                        "Sections served: Microbiology, Blood Bank", "Certified correct this 23rd day of July, 2026."});
  EXPECT_EQ(j.start, "2021-11-22");
  EXPECT_TRUE(j.to_present);
}

TEST(LettersAtFirstSight, AFormsFieldsAndItsLabelBesideTheValue) {
  const Job j = job_of({"#Umgeni Valley Pathology Laboratories (Pty) Ltd", "CERTIFICATE OF SERVICE",
                        "Name of employee   Nomvula Mahlangu", "Date of engagement   2020-09-23",
                        "Date of termination   2021-09-23", "Job title   Senior Medical Technologist",
                        "Ordinary hours of work   Part-time (16 hours per week)", "Date: 2021-11-18"});
  EXPECT_EQ(j.start, "2020-09-23");
  EXPECT_EQ(j.end, "2021-09-23");
  EXPECT_EQ(j.position, "Senior Medical Technologist");
  EXPECT_EQ(j.employer, "Umgeni Valley Pathology Laboratories (Pty) Ltd");
}

// The same form with its labels in a language no rule knows: the two dates that are not the
// letter's own are the period, earlier first.
TEST(LettersAtFirstSight, UnknownLabelsTheTwoDatesBesideTheLettersOwnAreThePeriod) {
  const Job j = job_of({"#Kaskaadi Kliinik OU", "CERTIFICATE OF EMPLOYMENT", "Nimi   Mari Tamm", "Tooandja   Kaskaadi Kliinik",
                        "Algus   21.06.2019", "Lopp   21.12.2021", "Laboratory work in Microbiology and Haematology, 40 hours per week.",
                        "Date: 19.01.2022"});
  EXPECT_EQ(j.start, "2019-06-21");
  EXPECT_EQ(j.end, "2021-12-21");
}

// A birth date is no part of the period, whatever labels the form uses.
TEST(LettersAtFirstSight, ABirthDateIsNotTheStart) {
  const Job j = job_of({"#Kaskaadi Kliinik OU", "CERTIFICATE OF EMPLOYMENT", "Nimi   Mari Tamm", "Date of birth   02.03.1990",
                        "Algus   21.06.2019", "Laboratory work in Microbiology and Haematology, 40 hours per week.",
                        "Date: 19.01.2022"});
  EXPECT_NE(j.start, "1990-03-02");
}

TEST(LettersAtFirstSight, ATwoCellTitleFieldIsThePositionNotTheLabelUnderIt) {
  const Job j = job_of({"#Taoyuan Ching-Hsin Memorial Hospital", "CERTIFICATE OF SERVICE", "Name   CHANG, CHUN-HUNG",
                        "Title   Medical Technologist", "Department   Department of Laboratory Medicine",
                        "Period of employment   2022/10/11 ~ 2024/10/11", "Date: 2024/11/18"});
  EXPECT_EQ(j.position, "Medical Technologist");
  EXPECT_EQ(j.start, "2022-10-11");
  EXPECT_EQ(j.end, "2024-10-11");
}

// A header row of two labels over their values is no label beside its value.
TEST(LettersAtFirstSight, TwoLabelsOverTheirValuesAreAHeaderRow) {
  const Job j = job_of({"#Lakeshore Community Hospital", "EMPLOYMENT VERIFICATION", "Employee name   Employee ID",
                        "Alyssa Ann Lindqvist   E885620", "Job title   Department", "Medical Technologist   Clinical Laboratory",
                        "Dates of employment", "from 03/16/2021 to Present", "Scheduled hours per week 40"});
  EXPECT_EQ(j.position, "Medical Technologist");
}

TEST(LettersAtFirstSight, AnAsideInBracketsBetweenStartAndEnd) {
  const Job j = job_of({"#FERGANA CITY FAMILY POLYCLINIC", "She worked as a laboratory assistant from",
                        "19.11.2020 (order No. 161-K) to 19.02.2022 (order No. 21-K), 40 hours per week, in the",
                        "Haematology and Clinical Chemistry sections.", "03.04.2022"});
  EXPECT_EQ(j.start, "2020-11-19");
  EXPECT_EQ(j.end, "2022-02-19");
}

TEST(LettersAtFirstSight, EmployedOnADateThenPromotedThenHeldUntil) {
  const Job j = job_of({"#LAGOS MAINLAND GENERAL HOSPITAL", "Our Ref: LMG/7426/PF   13th September, 2024",
                        "This is to confirm that Mr. Oluwatobi Balogun was a bona fide staff of this hospital. He was",
                        "employed as Medical Laboratory Scientist II on 1st October, 2021 and was promoted to Medical",
                        "Laboratory Scientist I with effect from 1st February, 2023, a position he held until 30th July,",
                        "2024, when he resigned his appointment."});
  EXPECT_EQ(j.start, "2021-10-01");
  EXPECT_EQ(j.end, "2024-07-30");
}

TEST(LettersAtFirstSight, ADateOfEntryInAPresentTenseLetterGoesOn) {
  const Job j = job_of({"#CLÍNICA PRIVADA NUEVA SANTA FE", "CERTIFICADO DE TRABAJO",
                        "Por medio de la presente se certifica que la Sra. ROCÍO FERNÁNDEZ se desempeña en el",
                        "Laboratorio de esta institución, con una antigüedad de 2 años y 9 meses (fecha de ingreso:",
                        "18/10/2023), en jornada completa de 40 horas semanales.", "Santa Fe, 29 de julio de 2026."});
  EXPECT_EQ(j.start, "2023-10-18");
  EXPECT_TRUE(j.to_present);
}

TEST(LettersAtFirstSight, TheStateAboveTheLetterheadIsNotTheEmployer) {
  const Job j = job_of({"RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "Ministère de la Santé",
                        "Établissement Public de Santé de Proximité de Bordj El Kiffan", "ATTESTATION DE TRAVAIL",
                        "atteste que M. RAHMANI Mohamed a exercé en qualité de Biologiste du 01/09/2021 au 07/09/2024."});
  EXPECT_EQ(j.employer, "Établissement Public de Santé de Proximité de Bordj El Kiffan");
  const Job k = job_of({"Republic of Iraq", "Ministry of Health", "Employment Reference", "Name   Hussein Al-Khafaji",
                        "Job Title   Chemist", "Workplace   Shatt Al-Arab Teaching Hospital"});
  EXPECT_NE(k.employer, "Republic of Iraq");
  EXPECT_NE(k.employer, "Employment Reference");
  EXPECT_EQ(k.position, "Chemist");
}

TEST(LettersAtFirstSight, AUnitAfterTheEmployersNameIsNoPartOfIt) {
  const Job j = job_of({"Arab Republic of Egypt", "Ministry of Health and Population", "Nile Corniche Medical Center",
                        "EXPERIENCE CERTIFICATE", "This certifies that Chemist/ Ahmed Fathy worked at Nile Corniche Medical",
                        "Center, Laboratory Department, as Laboratory Specialist from 01/03/2020 to 30/06/2024."});
  EXPECT_EQ(j.employer, "Nile Corniche Medical Center");
}

TEST(LettersAtFirstSight, AUnitOfThisHospitalLeavesTheEmployerToTheLetterhead) {
  const Job j = job_of({"#HARBOUR VIEW GENERAL HOSPITAL", "TO WHOM IT MAY CONCERN",
                        "Mr. Imran Ali is working in the Department of Pathology of this hospital as Laboratory",
                        "Assistant w.e.f. 01-07-2021 to date."});
  EXPECT_EQ(j.employer, "Harbour View General Hospital");
}

TEST(LettersAtFirstSight, TheInstitutionThatCertifiesIsTheEmployer) {
  const Job j = job_of({"SỞ Y TẾ / DEPARTMENT OF HEALTH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "BỆNH VIỆN QUỐC TẾ HOA SEN", "CERTIFICATE OF EMPLOYMENT",
                        "BỆNH VIỆN QUỐC TẾ HOA SEN xác nhận / Hoa Sen International Hospital certifies that:",
                        "Ms. Trần Thị Vy held the post of Medical Technologist from 01/03/2020 to 30/06/2022."});
  EXPECT_EQ(j.employer, "Hoa Sen International Hospital");
}

TEST(LettersAtFirstSight, APostPrintedInLowerCaseRunsToTheClausesNextPart) {
  const Job j = job_of({"LABORATOIRE D'ANALYSES MÉDICALES PHÉNICIA", "#ATTESTATION DE TRAVAIL", "Tripoli, le 27 juillet 2026",
                        "Nous soussignés, le Laboratoire d'Analyses Médicales Phénicia, attestons que M. Fadi AOUN",
                        "travaille au sein de notre laboratoire en qualité de technicienne supérieur de laboratoire depuis le 10",
                        "novembre 2017, à plein temps (40 heures par semaine), dans les sections de biochimie."});
  EXPECT_EQ(j.position, "technicienne supérieur de laboratoire");
  EXPECT_EQ(j.employer, "Laboratoire d'Analyses Médicales Phénicia");
  EXPECT_EQ(j.start, "2017-11-10");
}

TEST(LettersAtFirstSight, APostAfterAVerbOfWorkingAndComo) {
  const Job j = job_of({"#LABORATORIO PROVINCIAL DE REFERENCIA DE ORIENTE", "CERTIFICO:",
                        "Que la compañera Daylín Cabrera Ávila labora en este centro como Tecnóloga de",
                        "Laboratorio Clínico desde el 19 de septiembre de 2018 hasta la fecha, a tiempo completo,",
                        "desempeñándose en las áreas de Microbiología y Hematología."});
  EXPECT_EQ(j.position, "Tecnóloga de Laboratorio Clínico");
  EXPECT_EQ(j.start, "2018-09-19");
  EXPECT_TRUE(j.to_present);
}

TEST(LettersAtFirstSight, FullTimeInFrenchEitherOrder) {
  const Job j = job_of({"#HÔPITAL NOTRE-DAME DU LITTORAL", "ATTESTATION DE TRAVAIL",
                        "Nous soussignés attestons que Mlle Joëlle NASSAR a travaillé au sein de notre laboratoire en",
                        "qualité de technicienne de laboratoire du 1er juillet 2020 au 8 octobre 2021, à plein temps, dans",
                        "les sections de bactériologie et de biochimie."});
  EXPECT_TRUE(j.full_time_stated);
}

}  // namespace
}  // namespace cc
