// End to end for two credentials: packets of the generator's bachelor_plus_mlt_diploma profile (a
// non-MLS bachelor's plus a 2-year Diploma in MLT, each with its diploma; generated at test time
// by the generate_packets_two_credentials fixture) read in-process and extracted: both credentials
// are found, the bachelor's is `degree`, each agrees with the truth's `degrees`.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

TEST(TwoCredentialPackets, BothCredentialsFound) {
  const fs::path dir = fs::path(CREDCHECK_FIXTURES_DIR) / "packets-two-credentials";
  ASSERT_TRUE(fs::exists(dir / "truth")) << "run the generate_packets_two_credentials fixture first";
  int candidates = 0;
  for (const auto& entry : fs::directory_iterator(dir / "truth")) {
    const nlohmann::json truth = test::read_json(entry.path().string());
    const std::string id = truth["id"];
    SCOPED_TRACE(id);
    ASSERT_EQ(truth["degrees"].size(), 2u);
    std::vector<DocumentText> docs;
    for (const auto& f : fs::directory_iterator(dir / "packets" / id)) docs.push_back(test::read_document(f.path().string()));
    const CandidateFacts facts = extract_candidate(id, docs, "2026-11-01");
    ASSERT_EQ(facts.degrees.size(), 2u);
    ASSERT_TRUE(facts.degree);
    EXPECT_EQ(facts.degree->level, "bachelor");
    EXPECT_EQ(facts.degree->title, facts.degrees[0].title);
    for (std::size_t i = 0; i < 2; ++i) {
      const auto& want = truth["degrees"][i];
      const DegreeFacts& got = facts.degrees[i];
      EXPECT_EQ(got.level.value_or(""), want["level"].get<std::string>());
      EXPECT_EQ(got.field.value_or(""), want["field"].get<std::string>());
      EXPECT_EQ(got.title.value_or(""), want["title"].get<std::string>());
      EXPECT_EQ(got.institution.value_or(""), want["institution"].get<std::string>());
      EXPECT_EQ(got.conferred.value_or(""), want["conferred"].get<std::string>());
      EXPECT_FALSE(got.evidence.empty());
    }
    ++candidates;
  }
  EXPECT_GE(candidates, 4);
}

}  // namespace
}  // namespace cc
