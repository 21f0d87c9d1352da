// Helpers shared by the tests: where the fixtures and the binary are, temporary folders, running
// the CLI and reading what it wrote.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/credit_factors.h"

namespace cc::test {

std::string source_dir();
std::string shared_dir();     // ../shared beside the checkout (may be absent)
std::string fixtures_dir();   // generated fixtures in the build tree
std::string credcheck_exe();
std::string python();

// A fresh empty folder, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};
// Runs a shell command line; `env` entries like "CREDCHECK_FAULT=crash:x:1" are prepended.
CommandResult run_command(const std::string& command_line, const std::vector<std::string>& env = {});
std::string shell_quote(const std::string& s);

std::string read_file(const std::string& path);
nlohmann::json read_json(const std::string& path);

// The default ruleset's `definitions.failing_grades` (rules/boards-2026.12/ruleset.yaml, the one
// list), for extractor tests that cannot include validators/: read from the file's flow list.
std::vector<std::string> shipped_failing_grades();
// The default ruleset's `definitions.semester_hours_per_credit` ("quarter: 2/3", "marks: null"),
// likewise read from the file's block, for extractor tests: the one table of factors.
CreditFactors shipped_credit_factors();
void copy_file(const std::string& from, const std::string& to);

}  // namespace cc::test
