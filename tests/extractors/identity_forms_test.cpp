// Names across documents in any order and case (SURNAME, Given Middle; Given M. Surname; all
// capitals), and the two differences criteria.md makes a name_mismatch: a different surname (a
// married name) and a different middle initial; a middle initial against the full middle name is
// the same person.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/identity.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(IdentityForms, SamePersonInAnyOrderAndCase) {
  EXPECT_TRUE(match_names("NWOSU, ADAEZE CHIOMA", "Adaeze C. Nwosu").same);
  EXPECT_TRUE(match_names("Adaeze Chioma Nwosu", "ADAEZE NWOSU").same);
  EXPECT_TRUE(match_names("Nwosu, Adaeze C.", "Ms. Adaeze Chioma Nwosu").same);
  EXPECT_TRUE(match_names("DELA CRUZ, MARIA S.", "Maria Santos dela Cruz").same);
}

TEST(IdentityForms, MarriedNamesAndOtherMiddleInitialsAreMismatches) {
  EXPECT_FALSE(match_names("Adaeze Chioma Nwosu", "Mrs. Adaeze C. Okafor").same);    // married name
  EXPECT_FALSE(match_names("Maria S. Dela Cruz", "Maria T. Dela Cruz").same);        // another middle initial
  EXPECT_FALSE(match_names("Maria Santos Dela Cruz", "Maria T. Dela Cruz").same);    // initial of another middle name
}

TEST(IdentityForms, ALetterInAnotherStyleStillGivesItsName) {
  const auto c = test::classify({test::make_document(
      "letter.pdf", {{"#KAMPALA DIAGNOSTIC CENTRE", "Ref: KDC/HR/2024/117", "CONFIRMATION OF WORK EXPERIENCE",
                      "We confirm that Mrs. Achieng R. Okello has served in our laboratory as Laboratory Technologist",
                      "since 1st February 2019 till date."}})});
  const auto letters = segments_of_type(c.result.segments, "employment_letter");
  ASSERT_EQ(letters.size(), 1u);
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Achieng R. Okello");
}

TEST(IdentityForms, FormLabelsWithTheValueBesideOrUnder) {
  const auto beside = test::classify({test::make_document(
      "form.pdf", {{"#EMPLOYMENT VERIFICATION FORM", "Applicant's Name:   NWOSU, ADAEZE C.", "Employer:   Sunrise Hospital",
                    "Dates of employment: 01/03/2018 to 31/03/2022"}})});
  const auto letters = segments_of_type(beside.result.segments, "employment_letter");
  ASSERT_EQ(letters.size(), 1u);
  const auto a = find_name(letters.front());
  ASSERT_TRUE(a);
  EXPECT_EQ(a->natural, "Adaeze C. Nwosu");
  const auto under = test::classify({test::make_document(
      "form.pdf", {{"#EMPLOYMENT VERIFICATION FORM", "Name of Employee", "Kwame Osei Mensah", "Employer",
                    "Sunrise Hospital", "Dates of employment: 01/03/2018 to 31/03/2022"}})});
  const auto forms = segments_of_type(under.result.segments, "employment_letter");
  ASSERT_EQ(forms.size(), 1u);
  const auto b = find_name(forms.front());
  ASSERT_TRUE(b);
  EXPECT_EQ(b->natural, "Kwame Osei Mensah");
}

}  // namespace
}  // namespace cc
