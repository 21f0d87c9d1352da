// Diplomas and letters printed in Cyrillic (issue 16, round 10 as training data). Each rule states a
// property of documents in those scripts, shown on pages of no generator design: capitals have a
// lower case in Cyrillic too; a school's name, a programme's field and a post are named in the
// script's own words where no Latin title is printed; a first cycle is named by the system's level
// words or by the European credit total only a first cycle has (180-240 ECTS).
#include <gtest/gtest.h>

#include "core/text.h"
#include "extractors/degree.h"
#include "extractors/degree_foreign.h"
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(CyrillicDocuments, CapitalsHaveALowerCase) {
  EXPECT_EQ(lower_utf8("УНИВЕРЗИТЕТ У ВАЉЕВУ"), "универзитет у ваљеву");
  EXPECT_EQ(upper_utf8("ђорђе љубић"), "ЂОРЂЕ ЉУБИЋ");
  EXPECT_EQ(natural_case("УНИВЕРЗИТЕТ У СМЕДЕРЕВУ"), "Универзитет у Смедереву");
}

TEST(CyrillicDocuments, FieldsNamedInCyrillic) {
  EXPECT_EQ(field_of_title("Медицинска лабораторијска дијагностика"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Лабораторная диагностика"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Биологија"), "biology");
  EXPECT_EQ(field_of_title("Здравствена нега"), "nursing");
  EXPECT_EQ(field_of_title("Сестринское дело"), "nursing");
  EXPECT_EQ(field_of_title("Историја"), "other");
}

// No Latin title: the programme the Cyrillic sentence names, its level from the first cycle's words.
TEST(CyrillicDocuments, AProgrammeNamedInCyrillicWithItsCycle) {
  const auto d = test::degree_of({"РЕПУБЛИКА СРБИЈА", "#УНИВЕРЗИТЕТ У ВАЉЕВУ", "Медицински факултет", "#ДИПЛОМА",
                                  "о стеченом високом образовању на основним академским студијама", "#Ана Петровић",
                                  "рођена 2. маја 1999. године, уписана школске 2016/2017. године на основне академске",
                                  "студије Биологија, обима 180 ЕСПБ бодова, а дана 9. јула 2019. године завршила је",
                                  "студије и стекла стручни назив", "#ДИПЛОМИРАНИ БИОЛОГ", "Ваљево, 9. јул 2019.",
                                  // (a line of certificate wording the classifier knows; no level in it)
                                  "In witness whereof, given under the seal of the University.", "Декан", "Ректор"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->title, "Биологија");
  EXPECT_EQ(d->field, "biology");
  EXPECT_EQ(d->institution, "Универзитет у Ваљеву");
}

// A credit total only a first cycle has (180-240 ECTS, ESPB the same credits) states the level
// where no level word is printed; 300 (an integrated master's) does not.
TEST(CyrillicDocuments, AFirstCyclesCreditTotalStatesTheLevel) {
  const auto q = stated_qualification("уписан на студије Медицинска лабораторијска дијагностика, обима 240 ЕСПБ бодова");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->level, "bachelor");
  EXPECT_EQ(q->title, "Медицинска лабораторијска дијагностика");
  const auto integrated = stated_qualification("уписан на студије Фармација, обима 300 ЕСПБ бодова");
  EXPECT_FALSE(integrated && integrated->level == "bachelor");
}

// A heading in Latin letters is the school's name; one in Cyrillic only when none is.
TEST(CyrillicDocuments, TheSchoolInLatinLettersFirst) {
  const auto d = test::degree_of({"#УНИВЕРЗИТЕТ У ВАЉЕВУ", "#UNIVERSITY OF VALJEVO", "#DIPLOMA",
                                  "This is to certify that", "#Ana Petrović",
                                  "was awarded the degree of Bachelor of Science in Biology on 9 July 2019.", "Rector"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->institution, "University of Valjevo");
}

TEST(CyrillicDocuments, APostNamedInCyrillicProse) {
  const Job job = test::job_of({"#Здравствени центар Поморавље", "Карађорђева 4, Јагодина", "Датум: 03.04.2024. године",
                                "To whom it may concern",
                                "#ПОТВРДА О РАДНОМ СТАЖУ",
                                "Потврђује се да је Никола Костић био запослен у Здравствени центар Поморавље",
                                "на радном месту биолог у лабораторији од 01.10.2022. године до 12.03.2024. године,",
                                "са пуним радним временом (40 часова недељно).", "Руководилац службе"});
  EXPECT_EQ(job.position, "биолог у лабораторији");
}

}  // namespace
}  // namespace cc
