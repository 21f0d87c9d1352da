#include "tests/e2e/demo_output.h"

#include <filesystem>

#include "tests/support/test_support.h"

namespace cc::test {

std::string demo_output_dir(std::string* error) {
  const std::string out = CREDCHECK_DEMO_OUT_DIR;
  if (std::filesystem::exists(out + "/summary.json")) return out;
  std::error_code ec;
  std::filesystem::remove_all(out, ec);
  const auto r = run_command(shell_quote(credcheck_exe()) + " run " + shell_quote(source_dir() + "/samples/demo/packets") +
                             " --out " + shell_quote(out) + " --as-of " + kDemoAsOf + " --jobs 2 --no-progress");
  if (r.exit_code == 0) return out;
  if (error) *error = "credcheck run over the demo packets exited " + std::to_string(r.exit_code) + ":\n" + r.output;
  return {};
}

}  // namespace cc::test
