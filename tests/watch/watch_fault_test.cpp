// The daemon killed with SIGKILL at random points of a batch and restarted until it is done,
// again and again: every candidate must end with exactly one current dossier equal to a clean
// run's (and no second version: nothing done twice), every input archived or quarantined, none
// lost. The random delays come from a seed that is printed (CREDCHECK_FAULT_SEED to replay);
// CREDCHECK_FAULT_KILLS sets how many kill points to reach (default 24).
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <thread>

#include "tests/watch/watch_test_env.h"

namespace cc::test {
namespace {
namespace fs = std::filesystem;

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

int env_int(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

void fill_inbox(const std::string& inbox) {
  copy_tree(packets_dir(), inbox);
  write_file(inbox + "/zz-broken/scan.pdf", "%PDF-1.7\n% a scan cut off in transfer\n1 0 obj << /Type /Catalog");
}

std::map<std::string, std::string> dossiers_of(const std::string& out) {
  std::map<std::string, std::string> m;
  for (const auto& e : fs::directory_iterator(out))
    if (e.is_directory() && e.path().filename().string()[0] != '.')
      m[e.path().filename().string()] = dossier_without_timestamp(e.path().string() + "/dossier.json");
  return m;
}

TEST(WatchFault, SigkillAtRandomPointsLosesNothingAndDoesNothingTwice) {
  // The clean reference: one uninterrupted run.
  WatchEnv clean;
  fill_inbox(clean.inbox);
  const auto inputs = files_under(clean.inbox);
  const auto t0 = std::chrono::steady_clock::now();
  {
    DaemonProcess d;
    d.start(clean.args({"--until-idle"}), clean.log);
    ASSERT_EQ(d.wait(240), 0) << clean.log_text();
  }
  const double clean_seconds = seconds_since(t0);
  const auto reference = dossiers_of(clean.out);
  const auto archived = files_under(clean.archive());
  const auto quarantined = files_under(clean.quarantine());
  ASSERT_EQ(archived.size() + quarantined.size() / 2, inputs.size());
  ASSERT_EQ(quarantined, (std::vector<std::string>{"zz-broken/scan.pdf", "zz-broken/scan.pdf.error.txt"}));

  const unsigned seed = static_cast<unsigned>(env_int("CREDCHECK_FAULT_SEED", 20261122));
  const int target_kills = env_int("CREDCHECK_FAULT_KILLS", 24);
  std::cout << "fault test: seed " << seed << ", " << inputs.size() << " files, " << reference.size()
            << " candidates, clean run " << clean_seconds << " s\n";
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> delay(0.02, std::max(0.3, clean_seconds * 0.9));

  int kills = 0, trials = 0;
  const auto started = std::chrono::steady_clock::now();
  while (kills < target_kills && trials < 40) {
    ++trials;
    WatchEnv env;
    fill_inbox(env.inbox);
    for (int k = 0; k < 3; ++k) {
      DaemonProcess d;
      d.start(env.args({"--until-idle"}), env.log);
      const double at = delay(rng);
      std::this_thread::sleep_for(std::chrono::duration<double>(at));
      if (!d.running()) break;  // finished before the kill point
      d.signal(SIGKILL);
      const int code = d.wait(30);
      if (code == 0) break;  // it finished between the check and the signal
      ASSERT_EQ(code, 128 + SIGKILL);
      ++kills;
      std::cout << "  trial " << trials << ": SIGKILL after " << at << " s\n";
    }
    DaemonProcess last;
    last.start(env.args({"--until-idle"}), env.log);
    ASSERT_EQ(last.wait(240), 0) << env.log_text();

    SCOPED_TRACE("trial " + std::to_string(trials));
    EXPECT_EQ(dossiers_of(env.out), reference);
    for (const auto& [id, _] : reference) {
      EXPECT_EQ(files_under(env.out + "/" + id + "/history"), std::vector<std::string>{"dossier-1.json"}) << id;
      for (const auto& f : files_under(env.out + "/" + id)) EXPECT_EQ(f.find(".tmp-"), std::string::npos) << id << "/" << f;
    }
    EXPECT_TRUE(files_under(env.inbox).empty());
    EXPECT_EQ(files_under(env.archive()), archived);
    EXPECT_EQ(files_under(env.quarantine()), quarantined);
    const auto st = env.status();
    ASSERT_TRUE(st.is_object());
    EXPECT_EQ(st["documents"]["done"].get<size_t>(), archived.size());
    EXPECT_EQ(st["documents"]["failed"].get<size_t>(), 1u);
    EXPECT_EQ(st["documents"]["queued"].get<size_t>(), 0u);
    EXPECT_EQ(st["documents"]["duplicate"].get<size_t>() + st["documents"]["superseded"].get<size_t>(), 0u);
    EXPECT_EQ(st["candidates"]["dossier_versions"].get<size_t>(), reference.size());
    EXPECT_EQ(st["candidates"]["jobs_interrupted"].get<size_t>(), 0u);
    if (HasFailure()) break;
  }
  std::cout << "fault test: " << kills << " kill points survived in " << trials << " trials, " << inputs.size()
            << " files each, " << seconds_since(started) << " s\n";
  RecordProperty("kill_points", kills);
  EXPECT_GE(kills, 20);
}

}  // namespace
}  // namespace cc::test
