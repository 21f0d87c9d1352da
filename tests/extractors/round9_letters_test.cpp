// Round 9 as training data (issue 16): letters, dates and names. Each rule states a property of
// letters in general, shown here on pages of no generator design: a post held before at the same
// employer printed after the current one begins the job; the post in apposition to the holder's
// name; a table header centred over its column; a date in another calendar in brackets beside the
// Gregorian in a table row; dates written in words joined by "de"; a translator's note is no
// employer and the name in quotes after a legal form is; "Surname, name, patronymic:" labels a name;
// a civil service form's "Substantive Post", "Station" and "Service to" fields.
#include <gtest/gtest.h>

#include "extractors/dates.h"
#include "extractors/experience.h"
#include "extractors/identity.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

TEST(Round9Letters, AnEarlierPostAtTheSameEmployerPrintedAfterTheCurrentOneBeginsTheJob) {
  const Job j = job_of({"#CENTRE HOSPITALIER DE LA LAGUNE", "ATTESTATION DE TRAVAIL",
                        "Le Directeur soussigné atteste que Mme AMINATA KONE, Technicienne de Laboratoire, matricule 4412,",
                        "est en service au laboratoire d'Hématologie depuis le 1er mars 2022 à ce jour, à temps plein.",
                        "Auparavant, l'intéressée était affectée au service de Biochimie du 15 janvier 2020 au 28 février 2022.",
                        "Fait à Grand-Lagune, le 3 octobre 2026"});
  EXPECT_EQ(j.start, "2020-01-15");
  EXPECT_TRUE(j.to_present);
  // An earlier period that ended long before the current one began is another job: not joined.
  const Job apart = job_of({"#CENTRE HOSPITALIER DE LA LAGUNE", "ATTESTATION DE TRAVAIL",
                            "Le Directeur soussigné atteste que Mme AMINATA KONE, Technicienne de Laboratoire, matricule 4412,",
                            "est en service au laboratoire d'Hématologie depuis le 1er mars 2022 à ce jour, à temps plein.",
                            "Auparavant, l'intéressée était affectée au service de Biochimie du 15 janvier 2016 au 28 février 2017.",
                            "Fait à Grand-Lagune, le 3 octobre 2026"});
  EXPECT_EQ(apart.start, "2022-03-01");
}

TEST(Round9Letters, ThePostInAppositionToTheHoldersName) {
  const Job j = job_of({"#CLINIQUE DES OLIVIERS", "ATTESTATION DE TRAVAIL",
                        "Le Gérant soussigné atteste que M. KARIM BEN SALAH, Technicien Supérieur en Biologie, matricule 7781,",
                        "exerce au sein du Service de Microbiologie depuis le 01/04/2023 jusqu'à ce jour, à plein temps.",
                        "Fait à Sfax, le 02/09/2026"});
  EXPECT_EQ(j.position, "Technicien Supérieur en Biologie");
  EXPECT_EQ(j.start, "2023-04-01");
}

TEST(Round9Letters, AHeaderCentredOverItsColumnAndAnotherCalendarsDateBesideTheGregorian) {
  const Job j = job_of({"#Harbour View Medical Laboratories LLC", "EXPERIENCE CERTIFICATE", "Name   Salma Nasser Al Habsi",
                        "Date of Issue   12/08/2026 (28/02/1448 H)",
                        "This is to certify that the above-named has been employed by our laboratory in the following post:",
                        "   Job Title   Department   From   To",
                        "Medical Laboratory Technologist   Haematology   05/03/2019 (28/06/1440 H)   Till date",
                        "She is a full-time employee."});
  EXPECT_EQ(j.position, "Medical Laboratory Technologist");
  EXPECT_EQ(j.start, "2019-03-05");
  EXPECT_TRUE(j.to_present);
}

TEST(Round9Letters, DatesWrittenInWordsJoinedByDe) {
  const auto dates = find_dates(
      "admitido desde o dia quinze de Janeiro de dois mil e dezassete, e em vinte e nove de Agosto de dois mil e vinte e três",
      DayOrderInfo{});
  ASSERT_EQ(dates.size(), 2u);
  ASSERT_TRUE(dates[0].date && dates[1].date);
  EXPECT_EQ(dates[0].date->iso(), "2017-01-15");
  EXPECT_EQ(dates[1].date->iso(), "2023-08-29");
  // A month's name between two "de" with no number before it is no date.
  EXPECT_TRUE(find_dates("o relatório de Janeiro de dois mil e vinte", DayOrderInfo{}).empty());
  const Job j = job_of({"#CLÍNICA SÃO LUCAS, LDA", "DECLARAÇÃO DE SERVIÇO",
                        "Para os devidos efeitos se declara que JOANA MANUEL, categoria: Técnica de Análises Clínicas,",
                        "presta serviço nesta instituição desde o dia quinze de Janeiro de dois mil e dezassete até à",
                        "presente data, em regime de tempo inteiro.", "Luanda, aos dois de Março de dois mil e vinte e seis"});
  EXPECT_EQ(j.start, "2017-01-15");
  EXPECT_TRUE(j.to_present);
  EXPECT_EQ(j.position, "Técnica de Análises Clínicas");
}

TEST(Round9Letters, ATranslatorsNoteIsNoEmployerAndTheQuotedNameAfterALegalFormIs) {
  const Job j = job_of({"   Translation from Belarusian", "#Health Care Institution \"Hrodna City Polyclinic No. 4\"",
                        "REFERENCE", "Issued to KAVALIOVA Hanna Piatrouna certifying that she has been working at the clinical",
                        "laboratory of the polyclinic as a laboratory assistant from 01.02.2020 to the present time."});
  EXPECT_EQ(j.employer, "Hrodna City Polyclinic No. 4");
}

TEST(Round9Letters, ACivilServiceFormsSubstantivePostStationAndServiceTo) {
  const Job j = job_of({"MINISTRY OF HEALTH", "#CERTIFICATE OF SERVICE", "Name of Officer:   Mere Tuilagi",
                        "Employee No.:   40711", "Substantive Post:   Laboratory Technician",
                        "Station:   Northern Divisional Hospital, Labasa", "Date of First Appointment:   02/05/2018",
                        "Service to:   30/11/2022", "Employment basis:   Full-time (40 hours per week)",
                        "I certify that the above particulars are correct.", "Date: 05/12/2022"});
  EXPECT_EQ(j.position, "Laboratory Technician");
  EXPECT_EQ(j.employer, "Northern Divisional Hospital");
  EXPECT_EQ(j.start, "2018-05-02");
  EXPECT_EQ(j.end, "2022-11-30");
}

TEST(Round9Letters, SurnameNamePatronymicLabelsAName) {
  const auto c = test::classify({test::make_document(
      "transcript.pdf", {{"#ACADEMIC TRANSCRIPT", "Surname, name, patronymic:   KAVALIOVA Hanna Piatrouna",
                          "Date of birth:   03.04.1999", "Speciality: Medical Diagnostics",
                          "No.   Name of discipline   Hours   Credit   Mark", "1   Biochemistry   120   4   8",
                          "2   Haematology   108   3   9", "3   Microbiology   144   4   7",
                          "4   Immunology   96   3   8", "Total credits: 14   Average mark: 8.0"}})});
  const auto segments = segments_of_type(c.result.segments, "transcript");
  ASSERT_EQ(segments.size(), 1u);
  const auto name = find_name(segments.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Hanna Piatrouna Kavaliova");
}

}  // namespace
}  // namespace cc
