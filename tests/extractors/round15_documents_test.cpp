// Round 15 as training data (issue 16, helper i4): diplomas and letters in the words of more
// languages, on pages of no generator design. Each rule states a general property: the first-cycle
// and short-cycle levels named in their languages (Czech "bakalář", the South Slavic first cycle and
// academic title conferred, the French DUT and licence fields without a colon, a certificate in
// Spanish); a notary's certification after a diploma is dated its own day; the completion of the
// studies before the ceremony's date; the employment relationship, "to this day" and the post in
// Czech and South Slavic letters; a share of a full post as a percentage or a fraction; years of
// study called stages, a semester numbered before its calendar year; countries from the gazetteer.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(Round15Documents, TheFirstCycleAndTheAcademicTitleConferredInCentralEuropeanDiplomas) {
  // Czech: the bachelor's study programme and its field ("studijní obor"), the title "bakalář".
  const auto czech = test::degree_of({"MORAVSKÁ UNIVERZITA", "Lékařská fakulta", "DIPLOM", "Petra Nováková",
                                      "narozená 2. dubna 1997",
                                      "absolvovala studium v bakalářském studijním programu Zdravotnictví, studijní obor",
                                      "Klinická biologie, a na základě toho se jí uděluje akademický titul „bakalář“.",
                                      "V Brně dne 20. června 2019"});
  ASSERT_TRUE(czech);
  EXPECT_EQ(czech->level.value_or(""), "bachelor");
  EXPECT_EQ(czech->field.value_or(""), "biology");
  EXPECT_EQ(czech->conferred.value_or(""), "2019-06-20");
  EXPECT_EQ(level_of_title("Bakalář (Bc.) Zdravotní laborant"), "bachelor");

  // Bosnian: a diploma of the first cycle, the academic title conferred ("akademsko zvanje"); the
  // completion of the studies is the conferral, not the ceremony printed after it.
  const auto bosnian = test::degree_of({"Univerzitet Sjever", "DIPLOMA", "o završenom prvom ciklusu studija", "Amar Hodžić",
                                        "sin Mirze, rođen 03.02.1998. godine, završio je prvi ciklus studija i time stekao",
                                        "akademsko zvanje", "Bachelor medicinsko-laboratorijske dijagnostike (240 ECTS)",
                                        "Datum završetka studija: 14.09.2021.", "Datum promocije: 20.01.2022."});
  ASSERT_TRUE(bosnian);
  EXPECT_EQ(bosnian->level.value_or(""), "bachelor");
  EXPECT_EQ(bosnian->field.value_or(""), "medical_laboratory_science");
  EXPECT_EQ(bosnian->conferred.value_or(""), "2021-09-14");
  EXPECT_EQ(field_of_title("Bakalaureat laboratorijskih tehnologija"), "medical_laboratory_science");
}

TEST(Round15Documents, FrenchDiplomasNamedByLevelFieldAndTrack) {
  // A short-cycle technologist's diploma: a diploma, not a bachelor's; its field the "spécialité",
  // its track the "option", printed without colons.
  const auto dut = test::degree_of({"RÉPUBLIQUE FRANÇAISE", "Université du Littoral", "DIPLÔME UNIVERSITAIRE DE TECHNOLOGIE",
                                    "vu le procès-verbal du jury en date du 3 juillet 2020 attestant que Mme Léa MARTIN",
                                    "a satisfait au contrôle des connaissances,", "le DIPLÔME UNIVERSITAIRE DE TECHNOLOGIE",
                                    "spécialité GÉNIE BIOLOGIQUE", "option ANALYSES BIOLOGIQUES ET BIOCHIMIQUES",
                                    "est délivré à Mme Léa MARTIN.", "Fait à Calais, le 28 septembre 2020"});
  ASSERT_TRUE(dut);
  EXPECT_EQ(dut->level.value_or(""), "diploma");
  EXPECT_EQ(dut->field.value_or(""), "medical_laboratory_science");
  EXPECT_EQ(dut->conferred.value_or(""), "2020-07-03");
  EXPECT_EQ(level_of_title("Brevet de technicien supérieur Analyses de biologie médicale"), "diploma");

  // A licence named by its "mention" without a colon.
  const auto licence = test::degree_of({"Université de Picardie", "DIPLÔME NATIONAL DE LICENCE", "mention SCIENCES DE LA VIE",
                                        "est délivré à M. Hugo PETIT", "Fait à Amiens, le 10 juillet 2019"});
  ASSERT_TRUE(licence);
  EXPECT_EQ(licence->level.value_or(""), "bachelor");
  EXPECT_EQ(licence->field.value_or(""), "biology");
}

TEST(Round15Documents, ACertificateInSpanishIsADiplomaLevelCredential) {
  const auto pr = test::degree_of({"Universidad del Caribe", "La Junta de Síndicos confiere a", "Ana Torres Vega", "el",
                                   "CERTIFICADO POST BACHILLERATO EN TECNOLOGÍA MÉDICA",
                                   "con todos los derechos que a este título corresponden.",
                                   "Dado en Ponce, Puerto Rico, a 15 de junio de 2021"});
  ASSERT_TRUE(pr);
  EXPECT_EQ(pr->level.value_or(""), "diploma");
  EXPECT_EQ(pr->field.value_or(""), "medical_technology");
  EXPECT_EQ(pr->country.value_or(""), "PR");
}

TEST(Round15Documents, ANotarysCertificationIsNotTheConferral) {
  // A translated diploma that prints only a month, then a notary's certification with its own day.
  const auto translated = test::degree_of({"TRANSLATION", "Galilee University", "hereby confers upon", "Noa Levi",
                                           "the degree of Bachelor of Science in Biology", "Haifa, Sivan 5780, June 2020",
                                           "I, Adv. Dan Cohen, Notary, of 5 Herzl Street, Haifa, Israel, hereby certify that the",
                                           "above is a correct translation of the original document.",
                                           "In witness whereof I affix my signature and seal this 4th day of May 2022."});
  ASSERT_TRUE(translated);
  EXPECT_NE(translated->conferred.value_or(""), "2022-05-04");
  EXPECT_EQ(translated->country.value_or(""), "IL");
}

TEST(Round15Documents, EmploymentCertificatesInSouthSlavicAndCzech) {
  const std::vector<std::string> bosnian = {"JZU Opća bolnica Tešanj", "Broj: 12-345/26", "Datum: 02.03.2026. godine",
                                            "POTVRDA O RADNOM ODNOSU",
                                            "Kojom se potvrđuje da je Lejla Begić zaposlena u JZU Opća bolnica Tešanj na",
                                            "radnom mjestu Laboratorijski tehničar u Službi za laboratorijsku dijagnostiku,",
                                            "sa punim radnim vremenom, od 01.04.2019. godine pa do danas."};
  EXPECT_EQ(classify_page(test::make_page(bosnian)).type, "employment_letter");
  const Job ba = test::job_of(bosnian);
  EXPECT_EQ(ba.position.value_or(""), "Laboratorijski tehničar");
  EXPECT_EQ(ba.start.value_or(""), "2019-04-01");
  EXPECT_TRUE(ba.to_present);

  const std::vector<std::string> czech = {"Nemocnice Tábor, a.s.", "Personální oddělení", "V Táboře dne 5. 1. 2026",
                                          "POTVRZENÍ O ZAMĚSTNÁNÍ",
                                          "Potvrzujeme, že pan Jan Dvořák je u naší organizace zaměstnán v pracovním poměru",
                                          "od 3. 2. 2020 dosud na pozici laborant na oddělení hematologie, úvazek 0,5."};
  EXPECT_EQ(classify_page(test::make_page(czech)).type, "employment_letter");
  const Job cz = test::job_of(czech);
  EXPECT_EQ(cz.position.value_or(""), "laborant");
  EXPECT_EQ(cz.start.value_or(""), "2020-02-03");
  EXPECT_TRUE(cz.to_present);
  ASSERT_TRUE(cz.hours_per_week);
  EXPECT_DOUBLE_EQ(*cz.hours_per_week, 17.5);  // half of the shorter board's week: never more than stated
}

TEST(Round15Documents, AShareOfAFullPostIsFullOrPartTime) {
  EXPECT_TRUE(hours_in("from 01.11.2017 until today, position percentage: 100%.").full_time);
  const HoursStatement part = hours_in("à temps partiel 80 %, au sein du laboratoire");
  EXPECT_TRUE(part.part_time);
  ASSERT_TRUE(part.hours_per_week);
  EXPECT_DOUBLE_EQ(*part.hours_per_week, 28);
  // Hours printed beside the share are the hours.
  EXPECT_EQ(hours_in("position percentage: 50% (21 weekly hours)").hours_per_week.value_or(0), 21);
  EXPECT_TRUE(hours_in("on a permanent whole-time contract").full_time);
  EXPECT_EQ(hours_in("Temporary Part Time 0.6 FTE").hours_per_week.value_or(0), 21);
  // A percentage that is no share of a post is nothing.
  EXPECT_FALSE(hours_in("passed with an average of 85 % in the final year").hours_per_week);
}

TEST(Round15Documents, YearsOfStudyCalledStagesAndSemestersNumberedBeforeTheirYear) {
  EXPECT_EQ(years_from_terms({"Stage 1 — Academic Year 2015/16", "Stage 2 — 2016/17", "Stage 3 — 2017/18", "Stage 4 — 2018/19"}), 4);
  EXPECT_EQ(years_from_terms({"Semester 1, 2016", "Semester 2, 2016", "Semester 1, 2017", "Semester 2, 2017",
                              "Semester 1, 2018", "Semester 2, 2018"}),
            3);
}

TEST(Round15Documents, CountriesFromTheGazetteer) {
  EXPECT_EQ(country_from_text("Given at Nicosia, Cyprus, this 30th day of June 2017"), "CY");
  EXPECT_EQ(country_from_text("RÉPUBLIQUE DU CONGO Fait à Brazzaville"), "CG");
  EXPECT_EQ(country_from_text("Bayamón, Puerto Rico"), "PR");
  EXPECT_EQ(country_from_text("National Framework of Qualifications Level 8"), "IE");
  EXPECT_EQ(country_from_text("3 Weizmann Street, Kfar Saba, Israel"), "IL");
  EXPECT_EQ(country_from_text("République démocratique du Congo, Kinshasa"), "CD");
}

}  // namespace
}  // namespace cc
