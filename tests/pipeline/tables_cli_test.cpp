// `credcheck tables FILE` end to end through a worker: the generated text transcript gives a table
// of records in JSON and CSV; a bad page range is a usage error; an unreadable file exits 3 with
// its error.
#include <gtest/gtest.h>

#include "tests/support/test_support.h"

namespace cc {
namespace {

using nlohmann::json;

std::string fixture(const std::string& name) { return test::fixtures_dir() + "/intake/" + name; }

test::CommandResult tables(const std::string& args) {
  return test::run_command(test::shell_quote(test::credcheck_exe()) + " tables " + args);
}

TEST(TablesCli, TextTranscriptGivesATableOfRecords) {
  const auto r = tables(test::shell_quote(fixture("text.pdf")) + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const json j = json::parse(r.output.substr(r.output.find('{')));
  ASSERT_FALSE(j["tables"].empty());
  EXPECT_FALSE(j["tables"][0]["rows"].empty());
  EXPECT_EQ(j["tables"][0]["rows"][0]["cells"][0]["box"].size(), 4u);
  const auto csv = tables(test::shell_quote(fixture("text.pdf")) + " --pages 1");
  ASSERT_EQ(csv.exit_code, 0) << csv.output;
  EXPECT_NE(csv.output.find(",cell,"), std::string::npos);
}

TEST(TablesCli, BadRangeAndUnreadableFile) {
  EXPECT_EQ(tables(test::shell_quote(fixture("text.pdf")) + " --pages 3-1").exit_code, 2);
  EXPECT_EQ(tables(test::shell_quote(fixture("text.pdf")) + " --format xml").exit_code, 2);
  const auto r = tables(test::shell_quote(fixture("encrypted.pdf")));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.output.find("encrypted"), std::string::npos);
}

}  // namespace
}  // namespace cc
