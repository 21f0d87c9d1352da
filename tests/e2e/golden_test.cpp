// Golden dossiers: the demo packets evaluated with a fixed --as-of must give exactly the committed
// tests/golden/<id>.dossier.json, once the one volatile field (generated_at) is removed. A change
// in reading, extraction or judging shows here as a JSON diff naming the fields that moved.
// CREDCHECK_UPDATE_GOLDEN=1 rewrites the goldens instead (tests/golden/README.md).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/e2e/demo_output.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string golden_dir() { return test::source_dir() + "/tests/golden"; }

// The dossier without what changes from run to run.
json stable(json dossier) {
  dossier.erase("generated_at");
  return dossier;
}

std::vector<std::string> demo_ids() {
  std::vector<std::string> ids;
  for (const auto& e : fs::directory_iterator(test::source_dir() + "/samples/demo/packets"))
    if (e.is_directory()) ids.push_back(e.path().filename().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool updating() {
  const char* v = std::getenv("CREDCHECK_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

TEST(GoldenDossiers, EveryDemoPacketMatchesItsGolden) {
  std::string error;
  const std::string out = test::demo_output_dir(&error);
  ASSERT_FALSE(out.empty()) << error;
  const auto ids = demo_ids();
  ASSERT_EQ(ids.size(), 8u);
  for (const auto& id : ids) {
    SCOPED_TRACE(id);
    const json got = stable(test::read_json(out + "/" + id + "/dossier.json"));
    EXPECT_EQ(got["as_of"], test::kDemoAsOf);
    const std::string golden = golden_dir() + "/" + id + ".dossier.json";
    if (updating()) {
      std::ofstream(golden) << got.dump(2) << "\n";
      continue;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run with CREDCHECK_UPDATE_GOLDEN=1 (tests/golden/README.md)";
    const json want = test::read_json(golden);
    if (got == want) continue;
    std::string changes;
    int shown = 0;
    for (const auto& op : json::diff(want, got)) {
      if (++shown > 12) break;
      changes += "  " + op.dump().substr(0, 300) + "\n";
    }
    ADD_FAILURE() << id << " differs from " << golden << " (JSON patch from golden to now, first 12):\n" << changes
                  << "If the change is intended, regenerate: CREDCHECK_UPDATE_GOLDEN=1 (tests/golden/README.md).";
  }
  if (updating()) std::cout << "goldens rewritten in " << golden_dir() << "\n";
}

TEST(GoldenDossiers, NoGoldenIsLeftWithoutItsPacket) {
  const auto ids = demo_ids();
  for (const auto& e : fs::directory_iterator(golden_dir())) {
    const std::string name = e.path().filename().string();
    const std::string suffix = ".dossier.json";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    const std::string id = name.substr(0, name.size() - suffix.size());
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << name << " has no packet in samples/demo/packets";
  }
}

}  // namespace
}  // namespace cc
