// What the daemon tests share: an inbox and OUT in a temporary folder, the daemon's usual
// arguments (short settle and poll times), the generated packets, and a clean reference run.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tests/support/test_support.h"
#include "tests/watch/daemon_process.h"

namespace cc::test {

inline std::string packets_dir() { return fixtures_dir() + "/packets-watch/packets"; }
// The first generated candidate with at least `files` documents.
inline std::string packet_with(size_t files) {
  for (const auto& id : files_under(packets_dir()))
    if (auto slash = id.find('/'); slash != std::string::npos) {
      const std::string cand = id.substr(0, slash);
      if (files_under(packets_dir() + "/" + cand).size() >= files) return cand;
    }
  return "";
}

struct WatchEnv {
  TempDir tmp;
  std::string inbox = tmp / "inbox", out = tmp / "out", log = tmp / "daemon.log";
  WatchEnv() { std::filesystem::create_directories(inbox); }
  std::string state() const { return out + "/.credcheck/state.sqlite"; }
  std::string archive() const { return out + "/.credcheck/archive"; }
  std::string quarantine() const { return out + "/.credcheck/quarantine"; }
  std::vector<std::string> args(std::vector<std::string> extra = {}, const std::string& settle = "0.3") const {
    std::vector<std::string> a = {"watch", inbox, "--out", out, "--settle", settle, "--poll-interval", "0.5",
                                  "--as-of", "2026-11-01", "-j", "2", "--retry-after", "0.2"};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  }
  nlohmann::json status() const {
    auto r = run_command(shell_quote(credcheck_exe()) + " status --json --state " + shell_quote(state()) + " 2>/dev/null");
    return r.exit_code == 0 ? nlohmann::json::parse(r.output, nullptr, false) : nlohmann::json();
  }
  std::string log_text() const { return read_file(log); }
};

inline void copy_tree(const std::string& from, const std::string& to) {
  std::filesystem::create_directories(to);
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

// Dossiers of a clean `credcheck run` over the packets, without timestamps, by candidate id.
inline std::map<std::string, std::string> reference_dossiers(const std::string& input, const std::string& out) {
  auto r = run_command(shell_quote(credcheck_exe()) + " run " + shell_quote(input) + " --out " + shell_quote(out) +
                       " --as-of 2026-11-01 -j 2 --no-progress --no-cache 2>&1");
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 3) << r.output;
  std::map<std::string, std::string> out_map;
  for (const auto& e : std::filesystem::directory_iterator(out))
    if (e.is_directory() && e.path().filename().string()[0] != '.')
      out_map[e.path().filename().string()] = dossier_without_timestamp(e.path().string() + "/dossier.json");
  return out_map;
}

}  // namespace cc::test
