// The demo packets (samples/demo/packets) evaluated once by `credcheck run --as-of 2026-11-01`
// into the build tree, shared by the golden-dossier test and the browser test. ctest runs it as
// the `run_demo_dossiers` fixture; a test binary run on its own makes it when it is missing.
#pragma once

#include <string>

namespace cc::test {

constexpr const char* kDemoAsOf = "2026-11-01";

// The output folder (CREDCHECK_DEMO_OUT_DIR), made first if it has no summary.json. Empty and a
// message in `error` when the run fails.
std::string demo_output_dir(std::string* error = nullptr);

}  // namespace cc::test
