// Employment letters of kinds no generated round has had: French attestations ("du 1er septembre
// 2019 au 31 août 2022", "depuis le ... à ce jour"), Spanish ("desde el 1ro de ... hasta la
// fecha", "media jornada"), Russian ("с 01.09.2018 по настоящее время", a work record book whose
// dates stand in day | month | year columns), English variants ("w.e.f.", "until the date of
// issuing this certificate", a promotions table, "has been employed ... since"), hours stated as
// hours and minutes or as clock times, company forms that keep their stop.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::job_of;

TEST(WorldLetters, FrenchAttestationWithOrdinalFirstAndServices) {
  const Job j = job_of({"#Centre Hospitalier Régional de Thiès", "ATTESTATION DE TRAVAIL",
                        "Nous attestons que Madame Awa Diop a travaillé dans notre établissement en qualité de",
                        "Technicienne de laboratoire du 1er septembre 2019 au 31 août 2022, dans les services de",
                        "Biochimie, Hématologie et Bactériologie.", "Fait à Thiès, le 5 septembre 2022."});
  EXPECT_EQ(j.start, "2019-09-01");
  EXPECT_EQ(j.end, "2022-08-31");
  EXPECT_EQ(j.departments, (std::vector<std::string>{"chemistry", "hematology", "microbiology"}));
}

// A Portuguese declaration (accents as printed): the position after "exerceu as funções de", the
// departments after "nas secções de" (the European spelling), "Imunohematologia" (one m) the blood bank.
TEST(WorldLetters, PortugueseDeclarationWithSectionsAndPosition) {
  const Job j = job_of({"#CENTRO DE SAÚDE DE NAMAACHA", "Estrada Nacional n.º 2 — Namaacha", "DECLARAÇÃO",
                        "Para os devidos efeitos declara-se que ANA LUÍSA MACUÁCUA exerceu as funções de Técnica de",
                        "Laboratório nas secções de Imunohematologia, Hematologia e Bacteriologia do Laboratório Clínico,",
                        "de 3 de Fevereiro de 2019 a 28 de Fevereiro de 2022, em regime de tempo inteiro.",
                        "Namaacha, aos 4 de Março de 2022"});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"blood_bank", "hematology", "microbiology"}));
  ASSERT_TRUE(j.position);
  EXPECT_EQ(j.position->rfind("Técnica de", 0), 0u) << *j.position;
}

TEST(WorldLetters, FrenchOngoingToThisDay) {
  const Job j = job_of({"#Clinique Pasteur de Bamako", "ATTESTATION DE TRAVAIL",
                        "Nous certifions que Monsieur Oumar Traoré exerce les fonctions de Technicien de laboratoire",
                        "depuis le 3 mars 2020 à ce jour, à temps plein."});
  EXPECT_EQ(j.start, "2020-03-03");
  EXPECT_TRUE(j.to_present);
}

TEST(WorldLetters, SpanishUntilTodayHalfDay) {
  const Job j = job_of({"#Hospital General San Rafael", "CONSTANCIA DE TRABAJO",
                        "Se hace constar que la Lic. María Pérez labora en esta institución desde el 1ro de septiembre",
                        "de 2018 hasta la fecha, en media jornada, en las secciones de Hematología y Banco de Sangre."});
  EXPECT_EQ(j.start, "2018-09-01");
  EXPECT_TRUE(j.to_present);
  EXPECT_EQ(j.departments, (std::vector<std::string>{"hematology", "blood_bank"}));
  EXPECT_TRUE(hours_in("trabaja en media jornada").part_time);
  EXPECT_TRUE(hours_in("employed at a 0.5 rate").part_time);
}

TEST(WorldLetters, SpanishPostHeldAfterOcupandoElPuestoDe) {
  const Job j = job_of({"#Hospital General Regional de León", "CONSTANCIA DE TRABAJO", "A quien corresponda:",
                        "Se hace constar que la Q.C. Ana López laboró en esta institución del 1 de septiembre de 2018 al",
                        "19 de enero de 2021, ocupando el puesto de Químico Clínico, con un horario de lunes a sábado de",
                        "7:00 a 11:00 horas (24 horas semanales)."});
  ASSERT_TRUE(j.position);
  EXPECT_EQ(*j.position, "Químico Clínico");
  EXPECT_EQ(j.start, "2018-09-01");
  EXPECT_EQ(j.end, "2021-01-19");
  EXPECT_EQ(j.hours_per_week, 24);
}

TEST(WorldLetters, RussianUpToThePresentTime) {
  const Job j = job_of({"#ГБУЗ Городская клиническая больница № 5", "СПРАВКА С МЕСТА РАБОТЫ",
                        "Дана Ивановой Анне Петровне в том, что она работает в клинико-диагностической лаборатории",
                        "с 01.09.2018 по настоящее время в должности фельдшера-лаборанта."});
  EXPECT_EQ(j.start, "2018-09-01");
  EXPECT_TRUE(j.to_present);
}

TEST(WorldLetters, WorkRecordBookDatesInDayMonthYearColumns) {
  const Job j = job_of({"#Трудовая книжка (выписка)", "Сведения о работе",
                        "1   01   09   2018   Принята на должность фельдшера-лаборанта",
                        "2   15   03   2022   Уволена по собственному желанию", "Справка с места работы выдана 20.03.2022"});
  EXPECT_EQ(j.start, "2018-09-01");
  EXPECT_EQ(j.end, "2022-03-15");
}

TEST(WorldLetters, WithEffectFromUntilTheDateOfIssuingThisCertificate) {
  const Job j = job_of({"#Lumbini Provincial Hospital", "EXPERIENCE CERTIFICATE",
                        "This is to certify that Mr. Ram Thapa has been working as Medical Technologist w.e.f.",
                        "1/9/2019 until the date of issuing this certificate."});
  EXPECT_EQ(j.start, "2019-09-01");
  EXPECT_TRUE(j.to_present);
}

TEST(WorldLetters, HasBeenEmployedSinceRunsToTheLettersDate) {
  const Job now = job_of({"#Arima Valley Health Facility", "To whom it may concern",
                          "This is to confirm that Ms. Vanessa Boodoo has been employed by Arima Valley Health Facility",
                          "as a Medical Laboratory Technologist since 27th February 2018 on a full-time basis."});
  EXPECT_EQ(now.start, "2018-02-27");
  EXPECT_TRUE(now.to_present);
  // In the past tense the end stays unknown.
  const Job past = job_of({"#Arima Valley Health Facility", "To whom it may concern",
                           "This is to confirm that Ms. Vanessa Boodoo was employed by Arima Valley Health Facility",
                           "as a Medical Laboratory Technologist since 27th February 2018 on a full-time basis."});
  EXPECT_EQ(past.start, "2018-02-27");
  EXPECT_FALSE(past.to_present);
  EXPECT_FALSE(past.end);
}

TEST(WorldLetters, PromotionsTableGivesTheLastPost) {
  const Job j = job_of({"#Truong Son Medical Diagnostic Center", "EMPLOYMENT VERIFICATION", "To Whom It May Concern:",
                        "This letter confirms that Mr. Tran Van Tuan was employed with us from 8 January 2022 to 8 January 2024.",
                        "Position   From   To   Status",
                        "Laboratory Technician I   01/2022   09/2022   Part-time",
                        "Senior Laboratory Technician   10/2022   01/2024   Part-time",
                        "Employment status: part-time, 20 hours per week."});
  ASSERT_TRUE(j.position);
  EXPECT_EQ(*j.position, "Senior Laboratory Technician");
}

TEST(WorldLetters, PromotedToNamesThePostHeldLast) {
  const Job j = job_of({"#Koshi Community Hospital", "EXPERIENCE CERTIFICATE",
                        "This is to certify that Ms. Srijana Adhikari has been working in this hospital since 10-03-2019.",
                        "She was appointed as Medical Technologist on 10-03-2019 and promoted to Senior Medical",
                        "Technologist w.e.f. 01-01-2026, and is presently working in this capacity."});
  ASSERT_TRUE(j.position);
  EXPECT_EQ(*j.position, "Senior Medical Technologist");
}

TEST(WorldLetters, HoursAsHoursAndMinutesOrClockTimes) {
  EXPECT_NEAR(hours_in("full-time contract (7 hours 35 minutes a day, 37 hours 55 minutes per week)").hours_per_week.value_or(0),
              37.92, 0.01);
  EXPECT_EQ(hours_in("Working hours   9.00 a.m. to 1.00 p.m., Monday to Friday (part-time)").hours_per_week, 20);
  // A nine-hour span holds the lunch hour.
  EXPECT_EQ(hours_in("Working Hours : 8.00 am - 5.00 pm, Monday to Friday").hours_per_week, 40);
  EXPECT_EQ(hours_in("de lunes a sábado de 7:00 a 11:00 horas").hours_per_week, 24);
  EXPECT_EQ(hours_in("Employment status: part-time, two 8-hour shifts per week.").hours_per_week, 16);
  EXPECT_EQ(hours_in("Average hours worked per week:     24").hours_per_week, 24);
  // A span of years is no clock.
  EXPECT_FALSE(hours_in("from 2019 to 2022, Monday to Friday").hours_per_week);
}

TEST(WorldLetters, CompanyFormsKeepTheirStopAndTranslatorsLabelsGo) {
  const Job a = job_of({"#Laboratorium Diagnostyczne Bursztyn Sp. z o.o.", "To whom it may concern",
                        "Joanna Mazur was employed by the Laboratory as a Medical Laboratory Technician from 1 March",
                        "2023 until 12 May 2025. During this time she worked across Microbiology and Clinical Chemistry."});
  ASSERT_TRUE(a.employer);
  EXPECT_EQ(*a.employer, "Laboratorium Diagnostyczne Bursztyn Sp. z o.o.");
  EXPECT_EQ(a.departments, (std::vector<std::string>{"microbiology", "chemistry"}));
  const Job b = job_of({"#[Letterhead: Al-Karmel Medical Laboratories]", "Certificate of Employment (Translation)",
                        "To Whom It May Concern", "This is to certify that Ms. Rana Haddad worked as Medical Technologist",
                        "from 22/12/2022 to 22/05/2024."});
  ASSERT_TRUE(b.employer);
  EXPECT_EQ(*b.employer, "Al-Karmel Medical Laboratories");
}

TEST(WorldLetters, LabAreasInOtherLanguagesAndLongerNames) {
  EXPECT_EQ(lab_areas_in("Haematology and Transfusion Serology"), (std::vector<std::string>{"hematology", "blood_bank"}));
  EXPECT_EQ(lab_areas_in("Khoa Huyết học, Khoa Vi sinh, Khoa Hóa sinh"),
            (std::vector<std::string>{"hematology", "microbiology", "chemistry"}));
  EXPECT_EQ(lab_areas_in("в отделениях гематологии и биохимии"), (std::vector<std::string>{"hematology", "chemistry"}));
}

TEST(WorldLetters, TurkishCapitalsAndInitialsInTitleCase) {
  EXPECT_EQ(title_case("ÖZEL AKDENİZ TIP MERKEZİ A.Ş."), "Özel Akdeniz Tıp Merkezi A.Ş.");
  EXPECT_EQ(title_case("LABORATORIO CLÍNICO BIOLAB ANDINO S.A.C."), "Laboratorio Clínico Biolab Andino S.A.C.");
}

// The countries agencies recruit from, each told by a city and by its regulator or country words.
TEST(WorldPlaces, GazetteerCoversTheCountriesAgenciesRecruitFrom) {
  const std::vector<std::pair<std::string, std::string>> places = {
      {"LB", "Rafic Hariri University Hospital, Beirut"},   {"CU", "Calle 23, Vedado, La Habana"},
      {"GY", "Public Hospital, New Amsterdam, Berbice"},     {"IQ", "Medical City Complex, Baghdad"},
      {"EC", "Hospital Metropolitano, Quito"},              {"RU", "ul. Tverskaya 12, Moscow"},
      {"KZ", "Abay Avenue 52, Almaty"},                     {"MA", "CHU Ibn Rochd, Casablanca"},
      {"SY", "Al Mouwasat University Hospital, Damascus"},  {"VE", "Hospital Universitario de Caracas"},
      {"DO", "Av. Independencia, Santo Domingo"},           {"HT", "Hôpital de l'Université d'État d'Haïti, Port-au-Prince"},
      {"TZ", "Muhimbili National Hospital, Dar es Salaam"}, {"ZM", "University Teaching Hospital, Lusaka"},
      {"RW", "King Faisal Hospital, Kigali"},               {"NP", "Tribhuvan University Teaching Hospital, Kathmandu"},
      {"LK", "National Hospital of Sri Lanka, Colombo"},    {"MY", "Hospital Kuala Lumpur, Jalan Pahang"},
      {"SA", "King Fahad Medical City, Riyadh"},            {"AE", "Rashid Hospital, Dubai"},
      {"OM", "Royal Hospital, Muscat"},                     {"JO", "Jordan University Hospital, Amman"},
      {"ZM", "Health Professions Council of Zambia"},       {"TZ", "Tanzania Commission for Universities"},
      {"DO", "MESCYT"},                                     {"RU", "Russian Federation"}};
  for (const auto& [country, text] : places) EXPECT_EQ(country_from_text(text), country) << text;
  // Words of other languages that are also place names elsewhere do not point anywhere.
  EXPECT_EQ(country_from_text("Attestation sur l'honneur, vente et sale"), "");
}

// A birth date after the word for "born" (data, `born`) is no date of the job: the period read is
// whole, not read in part (it kept Slovenian and Austrian letters below the threshold).
TEST(WorldLetters, ABirthDateLeavesNoPeriodUnread) {
  const Job j = job_of({"#Splošna bolnišnica Primorje", "Cesta 12, 6000 Koper", "POTRDILO O ZAPOSLITVI",
                        "S tem potrjujemo, da je bila Ana Novak, rojena 3. 4. 1994, pri nas zaposlena od 1. 2. 2021",
                        "do 31. 8. 2023, s polnim delovnim časom 40 ur tedensko, na delovnem mestu inženir",
                        "laboratorijske biomedicine, v Hematološkem laboratoriju.", "Vodja kadrovske službe"});
  EXPECT_EQ(j.start, "2021-02-01");
  EXPECT_EQ(j.end, "2023-08-31");
  EXPECT_GE(j.confidence, 0.8);
}

// "Since" a date in the present tense, in the languages of `period_since` and `employed_now`
// (German "ist seit", Swedish "är anställd ... sedan", Dutch "sinds ... in dienst is", French
// "occupe un poste ... depuis le"): the job goes on to the letter's date. In the past tense it does not.
TEST(WorldLetters, SinceADateInThePresentTenseRunsToTheLetter) {
  const Job de = job_of({"#Klinikum Nord", "Hamburg, 3. Mai 2026", "ARBEITSZEUGNIS",
                         "Herr Jan Berg, geboren am 2. März 1995, ist seit dem 1. Oktober 2020 in unserem Labor als",
                         "Biomedizinischer Analytiker in Vollzeit (40 Stunden pro Woche) tätig.", "Personalabteilung"});
  EXPECT_EQ(de.start, "2020-10-01");
  EXPECT_TRUE(de.to_present);
  EXPECT_GE(de.confidence, 0.8);
  const Job sv = job_of({"#Region Norr", "2026-03-02", "ANSTÄLLNINGSINTYG",
                         "Härmed intygas att Eva Lind är anställd som biomedicinsk analytiker vid Klinisk kemi,",
                         "Region Norr, sedan 2019-09-01. Tjänstgöringsgrad: 100 % (heltid, 40 timmar per vecka).",
                         "Personalchef"});
  EXPECT_EQ(sv.start, "2019-09-01");
  EXPECT_TRUE(sv.to_present);
  const Job nl = job_of({"#Stichting Ziekenhuis Oost", "Aan wie het aangaat", "WERKGEVERSVERKLARING",
                         "Hierbij verklaren wij dat Kees Bakker sinds 3 april 2024 in dienst is van Stichting",
                         "Ziekenhuis Oost als analist klinisch laboratorium, voor 40 uur per week.", "Hoofd P&O"});
  EXPECT_EQ(nl.start, "2024-04-03");
  EXPECT_TRUE(nl.to_present);
  // (Danish "fra <date> og er fortsat ansat", and is still employed: `period_ongoing`.)
  const Job da = job_of({"#Region Syd Laboratoriecenter", "Odense, den 2. juni 2026", "ANSÆTTELSESBEVIS/UDTALELSE",
                         "Mette Holm har været ansat som bioanalytiker i Klinisk Biokemisk Afdeling, fra",
                         "1. marts 2020 og er fortsat ansat, 37 timer om ugen (fuld tid).",
                         "Udtalelsen er udstedt efter ønske fra medarbejderen.", "Med venlig hilsen", "Personalechef"});
  EXPECT_EQ(da.start, "2020-03-01");
  EXPECT_TRUE(da.to_present);
  EXPECT_GE(da.confidence, 0.8);
  const Job past = job_of({"#Klinikum Nord", "Hamburg, 3. Mai 2026", "ARBEITSZEUGNIS",
                           "Herr Jan Berg war seit dem 1. Oktober 2020 in unserem Labor als Biomedizinischer",
                           "Analytiker in Vollzeit (40 Stunden pro Woche) beschäftigt.", "Personalabteilung"});
  EXPECT_FALSE(past.to_present);
  EXPECT_LT(past.confidence, 0.8);
}

}  // namespace
}  // namespace cc
