// Structure rules from round 9's designs that gave no row at first sight (issue 15): credits told
// by the total printed under them, sector codes shared by many titles, modules listed under a
// course, numbered captions in an unknown language, titles set flush left under a centred label.
// Pages are word boxes built in code (page_builder.h) with made-up titles and caption words.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

const char* kTitles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin",
                         "Dostumal Frelimo",  "Quentor Valdis",    "Morvani Keltosa", "Spennar Vorlik",
                         "Gralith Omventa",   "Hestor Palumbri",   "Ivrane Toscadel", "Jorvik Almastra"};

// Credits of many sizes (3 to 27: more values than credits usually take) under no header: the
// column whose values add up to the total printed under the table is the credits.
TEST(TableFirstSight, CreditsAddUpToThePrintedTotal) {
  PageBuilder b;
  const std::vector<std::string> credits = {"10", "10", "20", "3", "17", "20", "25", "15", "20", "27", "6", "7"};
  double y = 100;
  for (size_t i = 0; i < credits.size(); ++i, y += 14)
    b.row(y, {{50, kTitles[i]}, {300, credits[i]}, {360, "2" + std::to_string(i % 7) + "/01/2019"}});
  b.row(y + 10, {{50, "Quotal krenits: 180"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 12u);
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "20");
  EXPECT_EQ(r.tables[0].rows[11].fields.credits, "7");
}

// Italian-style sector codes (`MED/45`) shared by courses of different titles are no course codes;
// the modules listed under an integrated course (`– Anatomia umana  BIO/16`) are no wrap of its title.
TEST(TableFirstSight, SectorCodesAndListedModules) {
  PageBuilder b;
  b.row(100, {{50, "Corso integrato di Velkoran"}, {330, "12"}, {380, "B"}});
  b.row(111, {{62, "\u2013 Brastin umana"}, {260, "BIO/16"}});
  b.row(122, {{62, "\u2013 Ormuth Plendora"}, {260, "BIO/09"}});
  const std::vector<std::string> sectors = {"MED/45", "MED/45", "MED/42", "MED/45", "MED/45", "BIO/14", "MED/45"};
  const std::vector<std::string> credits = {"6", "4", "8", "6", "4", "8", "6"};
  double y = 136;
  for (size_t i = 0; i < sectors.size(); ++i, y += 14)
    b.row(y, {{50, kTitles[i + 3]}, {260, sectors[i]}, {330, credits[i]}, {380, i % 2 ? "A" : "C"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  for (const auto& c : r.tables[0].columns) EXPECT_NE(c.role, ColumnRole::code);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Corso integrato di Velkoran");
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "");
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Tusmari Akrevin");
  size_t listed = 0;
  for (const auto& s : r.skipped) listed += s.reason == "an item listed under a course, not a record";
  EXPECT_EQ(listed, 2u);
}

// Captions in a language nobody here reads (`Kisamyak 1`): a short line of its own holding one
// small number is the term of the rows under it; a title that wraps is still the title.
TEST(TableFirstSight, NumberedCaptionsInAnUnknownLanguageAreTerms) {
  PageBuilder b;
  double y = 100;
  for (int term = 1; term <= 2; ++term) {
    b.row(y, {{50, "Kisamyak " + std::to_string(term)}});
    y += 14;
    for (int i = 0; i < 3; ++i, y += 14)
      b.row(y, {{50, "QZX " + std::to_string(100 * term + i)}, {110, kTitles[3 * term + i]}, {300, "4"}, {350, "B"}});
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 6u);
  EXPECT_EQ(r.tables[0].rows[0].term, "Kisamyak 1");
  EXPECT_EQ(r.tables[0].rows[5].term, "Kisamyak 2");
}

// Titles set flush left well left of a label centred over them (`Course Title` over a wide
// column), with white right of the shorter titles: the cut between codes and titles is the gutter
// before the titles' common left edge, not the white after them.
TEST(TableFirstSight, TitlesFlushLeftUnderACentredLabel) {
  PageBuilder b;
  b.row(100, {{40, "Course Code"}, {186, "Course Title"}, {320, "Credits"}, {370, "Grade"}});
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"BIOL 1101", "General Biology I"}, {"CHEM 1101", "Calculus Methods"}, {"MATH 1101", "Academic English"},
      {"ENGL 1110", "Ecology"}};
  double y = 114;
  for (const auto& [code, title] : rows) {
    b.row(y, {{40, code}, {100, title}, {330, "4"}, {375, "B"}});
    y += 14;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "BIOL 1101");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "General Biology I");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Ecology");
}

// A year of study and the part of it printed on every row (`1.º | 2.º`), under no header: the
// pairs never fall down the table and the part starts again when the year rises: the row's term.
TEST(TableFirstSight, YearAndPartColumnsAreTheTerm) {
  PageBuilder b;
  const char* years[] = {"1.º", "1.º", "1.º", "1.º", "1.º", "2.º", "2.º", "2.º", "2.º"};
  const char* parts[] = {"1.º", "1.º", "2.º", "2.º", "2.º", "1.º", "1.º", "2.º", "2.º"};
  const char* credits[] = {"6", "4", "6", "5", "4", "6", "6", "3", "5"};
  double y = 100;
  for (size_t i = 0; i < 9; ++i, y += 14)
    b.row(y, {{50, kTitles[i]}, {260, years[i]}, {300, parts[i]}, {340, credits[i]}, {380, i % 2 ? "13" : "15"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 9u);
  EXPECT_EQ(r.tables[0].rows[2].term, "1.º 2.º");
  EXPECT_EQ(r.tables[0].rows[5].term, "2.º 1.º");
  EXPECT_EQ(r.tables[0].rows[5].fields.credits, "6");
}

}  // namespace

// A numbered year of study with the academic year it ran in (`Gorvat I PRELD (2022-2023)`), in a
// language nobody here reads: a caption, the term of the rows under it (S93, h2).
TEST(TableFirstSight, NumberedCaptionWithItsAcademicYearIsATerm) {
  PageBuilder b;
  double y = 100;
  const char* ordinals[] = {"", "PRELD", "DOSTA"};
  for (int term = 1; term <= 2; ++term) {
    b.row(y, {{50, std::string("GORVAT ") + (term == 1 ? "I " : "II ") + ordinals[term] + " (202" + std::to_string(term) + "-202" +
                       std::to_string(term + 1) + ")"}});
    y += 14;
    for (int i = 0; i < 3; ++i, y += 14)
      b.row(y, {{50, "QZX " + std::to_string(100 * term + i)}, {110, kTitles[3 * term + i]}, {300, "4"}, {350, "B"}});
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 6u);
  EXPECT_EQ(r.tables[0].rows[0].term, "GORVAT I PRELD (2021-2022)");
  EXPECT_EQ(r.tables[0].rows[5].term, "GORVAT II DOSTA (2022-2023)");
}

}  // namespace cc
