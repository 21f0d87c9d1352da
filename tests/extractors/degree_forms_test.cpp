// Degrees from certificates written in ways our generator's diplomas do not use: sealed "this 15th
// day of February, 2020", "the fifteenth day of February in the year two thousand and twenty", a
// Hijri date beside the Gregorian one, a country read from the city or the regulator only, and
// Jamaica not taken for the United States for its month-first dates.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::degree_of;

TEST(DegreeForms, SealedOnAnOrdinalDay) {
  const auto d = degree_of({"#UNIVERSITY OF CAPE COAST", "The Council of the University hereby certifies that",
                            "#KWAME OSEI MENSAH", "having satisfied the requirements of the University was admitted to the",
                            "degree of", "#Bachelor of Science in Medical Laboratory Science",
                            "Given under the Common Seal of the University this 15th day of February, 2020",
                            "Vice-Chancellor   Registrar"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2020-02-15");
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_laboratory_science");
  EXPECT_EQ(d->country, "GH");  // Cape Coast
}

TEST(DegreeForms, OrdinalWordsAndTheYearInWords) {
  const auto d = degree_of({"#UNIVERSITY OF THE WEST INDIES", "Mona Campus", "Be it known that", "#Marcia Ann Thompson",
                            "has been awarded the degree of", "#Bachelor of Science in Medical Technology",
                            "on the fifteenth day of February in the year two thousand and twenty",
                            "Kingston, Jamaica"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2020-02-15");
  EXPECT_EQ(d->country, "JM");
}

TEST(DegreeForms, JamaicaIsNotTheUnitedStatesForItsDates) {
  const auto d = degree_of({"#NORTHERN CARIBBEAN UNIVERSITY", "Mandeville", "This is to certify that",
                            "#Andre Paul Campbell", "has been awarded the degree of",
                            "#Bachelor of Science in Medical Technology", "Date conferred: 05/18/2019"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->country, "JM");
  EXPECT_EQ(d->conferred, "2019-05-18");
}

TEST(DegreeForms, HijriBesideGregorian) {
  const auto d = degree_of({"#KING SAUD UNIVERSITY", "Riyadh", "This is to certify that", "#Fatimah Ali Alqahtani",
                            "has been awarded the degree of", "#Bachelor of Science in Clinical Laboratory Sciences",
                            "Date of graduation: 14/06/1440 H corresponding to 19/02/2019"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2019-02-19");
  EXPECT_EQ(d->country, "SA");
}

TEST(DegreeForms, CountryFromTheCityOrTheRegulator) {
  const auto vn = degree_of({"#HANOI MEDICAL UNIVERSITY", "1 Ton That Tung, Dong Da, Ha Noi", "This is to certify that",
                             "#Nguyen Thi Lan", "has been conferred the degree of",
                             "#Bachelor of Medical Laboratory Technology", "Date of award: 20 July 2018"});
  ASSERT_TRUE(vn);
  EXPECT_EQ(vn->country, "VN");
  const auto eg = degree_of({"#FACULTY OF SCIENCE", "Ain Shams University, Abbassia, Cairo", "This is to certify that",
                             "#Omar Hassan Ibrahim", "has been awarded the degree of", "#Bachelor of Science in Microbiology",
                             "Date of award: 12 July 2017"});
  ASSERT_TRUE(eg);
  EXPECT_EQ(eg->country, "EG");
}

TEST(DegreeForms, TitlesInOtherForms) {
  EXPECT_EQ(level_of_title("BSMT"), "bachelor");
  EXPECT_EQ(field_of_title("BSMT"), "medical_technology");
  EXPECT_EQ(level_of_title("BMLS"), "bachelor");
  EXPECT_EQ(field_of_title("BMLS"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor of Science (Medical Laboratory Science)"), "medical_laboratory_science");
  EXPECT_EQ(level_of_title("Licenciado en Química Farmacéutica"), "bachelor");
  EXPECT_EQ(degree_title_in("otorga el título de Licenciado en Química Farmacéutica"), "Licenciado en Química Farmacéutica");
  EXPECT_EQ(level_of_title("Higher National Diploma in Science Laboratory Technology"), "diploma");
  EXPECT_EQ(level_of_title("Diploma of Bachelor of Science in Medical Laboratory Science"), "bachelor");
  EXPECT_EQ(level_of_title("Diploma of the Degree of Master of Science"), "master");
  EXPECT_EQ(level_of_title("Baccalaureus Scientiae in Medical Technology"), "bachelor");
  EXPECT_EQ(level_of_title("Diploma in Medical Laboratory Technology"), "diploma");
  EXPECT_EQ(field_of_title("Higher National Diploma in Science Laboratory Technology"), "other");
  EXPECT_EQ(degree_title_in("awarded the Higher National Diploma in Science Laboratory Technology"),
            "Higher National Diploma in Science Laboratory Technology");
}

}  // namespace
}  // namespace cc
