// Unit tests of the rules the scans of rounds 16-19 taught (task n3, S201..): made-up codes and
// titles.
#include <gtest/gtest.h>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// S201: a title's label the header reader cut in two, neither half a role of its own (`Élément de`
// unknown, `module` a second code after `Code`, so unknown too): the records' words stand a word
// space apart across the cut (`Biologie | cellulaire`), so the two columns are one, the title.
TEST(TableScanCuts, TwoUnknownLabelsCutAtAWordSpaceAreOneColumn) {
  PageBuilder b;
  b.row(100, {{35, "Code"}, {84, "Élément de"}, {139, "module"}, {282, "Crédits"}, {313, "Note"}, {358, "Session"}, {393, "Résultat"}});
  const std::vector<std::pair<std::string, std::string>> titles = {
      {"Biologie", "cellulaire"}, {"Chimie", "générale"}, {"Physique", "générale"}, {"Sciences", "de la Terre"}, {"Techniques", "d'expression"}};
  double y = 116;
  int n = 0;
  for (const auto& [first, rest] : titles) {
    const double end = 84 + 4.5 * static_cast<double>(first.size());
    b.row(y, {{35, "XYZ" + std::to_string(111 + n++)}, {84, first}, {end + 2.5, rest}, {283, "6"}, {314, "13.50"}, {359, "N"}, {394, "V"}});
    y += 16;
  }
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 5u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Biologie cellulaire");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Sciences de la Terre");
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "XYZ111");
}

// Two columns the header left unknown with a gutter between their cells stay two.
TEST(TableScanCuts, TwoUnknownLabelsAGutterApartStayTwo) {
  PageBuilder b;
  b.row(100, {{35, "Code"}, {84, "Élément de"}, {160, "module"}, {282, "Crédits"}, {313, "Note"}, {358, "Session"}, {393, "Résultat"}});
  double y = 116;
  for (int n = 0; n < 4; ++n) {
    b.row(y, {{35, "XYZ" + std::to_string(111 + n)}, {84, "Biologie"}, {160, "cellulaire"}, {283, "6"}, {314, "13.50"}, {359, "N"}, {394, "V"}});
    y += 16;
  }
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_GE(r.tables[0].columns.size(), 7u);
}

}  // namespace
}  // namespace cc
