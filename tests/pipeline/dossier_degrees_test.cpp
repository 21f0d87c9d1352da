// "degrees" in dossier.json: every credential, highest first, each shaped exactly like "degree";
// dossier.html shows the other credentials, escaped.
#include <gtest/gtest.h>

#include "pipeline/dossier/dossier_html.h"
#include "pipeline/dossier/dossier_json.h"

namespace cc {
namespace {

DegreeFacts credential(const std::string& level, const std::string& title, const std::string& field) {
  DegreeFacts d;
  d.level = level;
  d.title = title;
  d.field = field;
  d.institution = "Kaveri <Delta> University";
  d.conferred = "2018-06-10";
  d.years = 2;
  d.confidence = 0.97;
  d.evidence = {Evidence{"diploma_2.pdf", 1, Box{10, 20, 300, 34}, title, 0.97}};
  return d;
}

CandidateRecord two_credentials() {
  CandidateRecord r;
  r.id = "ph-0002";
  CandidateFacts f;
  f.degrees = {credential("bachelor", "Bachelor of Science in Biology", "biology"),
               credential("diploma", "Diploma in Medical Laboratory <Technology>", "medical_technology")};
  f.degree = f.degrees.front();
  r.facts = f;
  return r;
}

TEST(DossierDegrees, ListedBesideDegreeAndShapedLikeIt) {
  const auto j = dossier_json(two_credentials(), BatchContext{"2026-11-01", "2026-11-01T00:00:00Z", ""});
  ASSERT_TRUE(j.contains("degree"));
  ASSERT_TRUE(j.contains("degrees"));
  ASSERT_TRUE(j["degrees"].is_array());
  ASSERT_EQ(j["degrees"].size(), 2u);
  EXPECT_EQ(j["degrees"][0], j["degree"]);  // the highest first, the same object
  std::vector<std::string> degree_keys, other_keys;
  for (auto it = j["degree"].begin(); it != j["degree"].end(); ++it) degree_keys.push_back(it.key());
  for (auto it = j["degrees"][1].begin(); it != j["degrees"][1].end(); ++it) other_keys.push_back(it.key());
  EXPECT_EQ(other_keys, degree_keys);  // same keys, same order
  EXPECT_EQ(j["degrees"][1]["level"], "diploma");
  EXPECT_EQ(j["degrees"][1]["evidence"][0]["file"], "diploma_2.pdf");
}

TEST(DossierDegrees, HandBuiltDegreeAloneGivesAListOfIt) {
  CandidateRecord r = two_credentials();
  r.facts->degrees.clear();
  const auto j = dossier_json(r, BatchContext{"2026-11-01", "2026-11-01T00:00:00Z", ""});
  ASSERT_EQ(j["degrees"].size(), 1u);
  EXPECT_EQ(j["degrees"][0], j["degree"]);
}

TEST(DossierDegrees, HtmlShowsTheOtherCredentialEscaped) {
  const std::string html = dossier_html(two_credentials(), BatchContext{"2026-11-01", "2026-11-01T00:00:00Z", ""}, {}, nullptr);
  EXPECT_NE(html.find("Other credentials"), std::string::npos);
  EXPECT_NE(html.find("Diploma in Medical Laboratory &lt;Technology&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<Technology>"), std::string::npos);
  EXPECT_EQ(html.find("<Delta>"), std::string::npos);
}

}  // namespace
}  // namespace cc
