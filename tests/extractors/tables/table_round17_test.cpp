// Unit tests of the rules round 17 taught (task k2): `Cr. Att. | Cr. Earned` are two columns, the
// credits read from the earned one (S128); weekly contact hours (German SWS) beside ECTS are not
// the credits (S128); three unlabelled number columns whose last is the sum of the other two give
// that sum as the credits (S127).
#include <gtest/gtest.h>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

std::vector<std::string> credits_of(const ReadTable& t) {
  std::vector<std::string> out;
  for (const auto& r : t.rows) out.push_back(r.fields.credits);
  return out;
}

// A US registrar's term block: `Cr. Att. | Cr. Earned`, a withdrawn course earned 0 of its 3. The
// header is two phrases, not `Cr.` | `Att.` | `Cr.` | `Earned` (credits then read from an empty
// `Cr.` column).
TEST(TableRound17, AbbreviatedAttemptedAndEarnedCreditsAreOnePhraseEach) {
  PageBuilder b;
  b.row(100, {{40, "Course"}, {110, "Title"}, {360, "Cr. Att."}, {420, "Cr. Earned"}, {470, "Grade"}, {510, "Quality Pts"}});
  b.row(114, {{40, "NUR 101"}, {110, "Fundamentals of Nursing I"}, {378, "5.0"}, {438, "5.0"}, {478, "B"}, {528, "15.00"}});
  b.row(126, {{40, "BIO 121"}, {110, "Human Anatomy and Physiology I"}, {378, "4.0"}, {438, "4.0"}, {478, "B-"}, {528, "10.80"}});
  b.row(138, {{40, "SPAN 101"}, {110, "Conversational Spanish I"}, {378, "3.0"}, {438, "0.0"}, {478, "W"}, {533, "0.00"}});
  b.row(150, {{40, "PSY 101"}, {110, "Introduction to Psychology"}, {378, "3.0"}, {438, "3.0"}, {478, "B-"}, {533, "8.10"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(credits_of(r.tables[0]), (std::vector<std::string>{"5.0", "4.0", "0.0", "3.0"}));
}

// An Austrian collective certificate: `Typ | SWS | ECTS`: the ECTS are the credits, not the hours a
// week (a lecture and its exercise class of one title are two rows).
TEST(TableRound17, WeeklyHoursBesideEctsAreNotTheCredits) {
  PageBuilder b;
  b.row(100, {{40, "Lehrveranstaltung"}, {230, "Typ"}, {280, "SWS"}, {320, "ECTS"}, {360, "Beurteilung"}, {430, "Note"}});
  b.row(114, {{40, "Anatomie und Histologie"}, {230, "VO"}, {282, "2,0"}, {322, "3,0"}, {360, "Gut"}, {435, "2"}});
  b.row(126, {{40, "Allgemeine Chemie"}, {230, "VO"}, {282, "2,0"}, {322, "3,0"}, {360, "Gut"}, {435, "2"}});
  b.row(138, {{40, "Allgemeine Chemie"}, {230, "UE"}, {282, "1,5"}, {322, "1,5"}, {360, "Gut"}, {435, "2"}});
  b.row(150, {{40, "Klinische Chemie 1"}, {230, "UE"}, {282, "3,0"}, {322, "4,5"}, {360, "Befriedigend"}, {435, "3"}});
  b.row(162, {{40, "Physik"}, {230, "VO"}, {282, "1,0"}, {322, "1,5"}, {360, "Sehr gut"}, {435, "1"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(credits_of(r.tables[0]), (std::vector<std::string>{"3,0", "3,0", "1,5", "4,5", "1,5"}));
}

// `Credit Hours` over `Th | Pr | Total`: the three columns have no label of their own; the last is
// the sum of the others on every row, the course's credits.
TEST(TableRound17, SubColumnsWhoseLastIsTheirSumGiveTheSum) {
  PageBuilder b;
  b.row(100, {{40, "Course Code"}, {100, "Course Title"}, {375, "Max. Marks"}, {415, "Marks Obt."}, {450, "Grade"}});
  b.row(114, {{40, "ENG-101"}, {100, "Functional English"}, {280, "3"}, {320, "0"}, {350, "3"}, {385, "100"}, {420, "79"}, {455, "B"}});
  b.row(126, {{40, "ISL-101"}, {100, "Islamic Studies"}, {280, "2"}, {320, "0"}, {350, "2"}, {385, "100"}, {420, "62"}, {455, "C"}});
  b.row(138, {{40, "MLT-101"}, {100, "Human Anatomy-I"}, {280, "2"}, {320, "1"}, {350, "3"}, {385, "100"}, {420, "88"}, {455, "A"}});
  b.row(150, {{40, "MLT-103"}, {100, "Human Physiology-I"}, {280, "2"}, {320, "1"}, {350, "3"}, {385, "100"}, {420, "72"}, {455, "C+"}});
  b.row(162, {{40, "CS-101"}, {100, "Introduction to Computer"}, {280, "3"}, {320, "0"}, {350, "3"}, {385, "100"}, {420, "80"}, {455, "B+"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(credits_of(r.tables[0]), (std::vector<std::string>{"3", "2", "3", "3", "3"}));
}

}  // namespace
}  // namespace cc
