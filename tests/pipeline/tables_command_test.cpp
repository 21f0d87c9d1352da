// `credcheck tables` output (pipeline/run/tables_command.h): the reader's tables as CSV and JSON,
// each cell with its box, role and term; summary lines, skipped lines and set-aside words listed;
// a cell a spreadsheet would run as a formula escaped.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/run/tables_command.h"

namespace cc {
namespace {

PageText transcript_page() {
  PageText page;
  page.number = 3;
  page.width_pt = 612;
  page.height_pt = 792;
  page.source = TextSource::text_layer;
  auto add = [&](const std::string& text, double x, double y) {
    page.words.push_back({text, {x, y, x + 4.5 * static_cast<double>(text.size()), y + 9}, 1.0f, 0});
  };
  add("Code", 50, 100), add("Title", 130, 100), add("Units", 400, 100), add("Grade", 460, 100);
  add("Semester", 50, 114), add("I", 92, 114);
  add("BIO", 50, 128), add("101", 66, 128), add("Zoology", 130, 128), add("3", 410, 128), add("-", 465, 128);
  add("GPA:", 130, 142), add("1.75", 152, 142);
  return page;
}

TEST(TablesCommand, CsvHasCellsWithBoxesRolesAndTerm) {
  const PageText page = transcript_page();
  const std::vector<const PageText*> pages = {&page};
  const std::string csv = tables_csv(read_tables(pages), pages);
  EXPECT_EQ(csv.rfind("table,block,page,row,kind,term,column,role,role_from,label,text,type,x0,y0,x1,y1\r\n", 0), 0u);
  EXPECT_NE(csv.find("1,0,3,1,cell,Semester I,1,title,header,Title,Zoology,text,130.0,128.0,161.5,137.0\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("1,0,3,,column,,2,credits,header,Units"), std::string::npos) << csv;
  EXPECT_NE(csv.find("1,0,3,,column,,0,code,header,Code,,,,,"), std::string::npos) << csv;  // runs to the page's edge
  EXPECT_NE(csv.find(",summary:gpa,Semester I,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",'-,"), std::string::npos) << csv;  // a lone "-" would be a formula
}

TEST(TablesCommand, JsonListsTablesSummariesAndSections) {
  const PageText page = transcript_page();
  const std::vector<const PageText*> pages = {&page};
  const auto j = nlohmann::json::parse(tables_json(read_tables(pages), pages));
  ASSERT_EQ(j["tables"].size(), 1u);
  const auto& t = j["tables"][0];
  EXPECT_EQ(t["first_page"], 3);
  EXPECT_EQ(t["columns"][3]["role"], "grade");
  EXPECT_EQ(t["columns"][3]["role_from"], "header");
  EXPECT_TRUE(t["columns"][0]["x0"].is_null());
  ASSERT_EQ(t["rows"].size(), 1u);
  EXPECT_EQ(t["rows"][0]["term"], "Semester I");
  EXPECT_EQ(t["rows"][0]["cells"][0]["text"], "BIO 101");
  EXPECT_EQ(t["rows"][0]["cells"][0]["box"], nlohmann::json::array({50.0, 128.0, 79.5, 137.0}));
  EXPECT_EQ(t["summaries"][0]["text"], "GPA: 1.75");
  EXPECT_EQ(j["sections"], nlohmann::json::array({"Semester I"}));
}

}  // namespace
}  // namespace cc
