// Regression replay for the fuzz targets in the normal (GCC) build: `fuzz_replay TARGET PATH...`
// runs TARGET's LLVMFuzzerTestOneInput over every file given, or every file in the directories
// given, so each crash the fuzzers found and we fixed stays fixed. Every target is linked in
// (fuzz/CMakeLists.txt renames each one's entry points cc_fuzz_<name> and cc_fuzz_init_<name>
// and lists the names in replay_targets.inc). Exit 0 when all inputs ran; a reintroduced bug
// crashes or aborts here as it did under libFuzzer.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define CC_FUZZ_TARGET(name)                                                  \
  extern "C" int cc_fuzz_##name(const uint8_t* data, size_t size);           \
  extern "C" __attribute__((weak)) int cc_fuzz_init_##name(int* argc, char*** argv);
#include "replay_targets.inc"
#undef CC_FUZZ_TARGET

namespace fs = std::filesystem;

namespace {

struct FuzzTarget {
  const char* name;
  int (*test_one_input)(const uint8_t* data, size_t size);
  int (*initialize)(int* argc, char*** argv);  // null when the target has none
};

#define CC_FUZZ_TARGET(name) FuzzTarget{#name, cc_fuzz_##name, cc_fuzz_init_##name},
const FuzzTarget kTargets[] = {
#include "replay_targets.inc"
};
#undef CC_FUZZ_TARGET

const FuzzTarget* find_target(const char* name) {
  for (const auto& target : kTargets)
    if (std::strcmp(target.name, name) == 0) return &target;
  return nullptr;
}

void run_file(const FuzzTarget& target, const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::printf("replay %s (%zu bytes)\n", path.c_str(), bytes.size());
  std::fflush(stdout);
  target.test_one_input(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  const FuzzTarget* target = argc > 1 ? find_target(argv[1]) : nullptr;
  if (!target) {
    std::fprintf(stderr, "usage: fuzz_replay TARGET PATH...   (targets:");
    for (const auto& known : kTargets) std::fprintf(stderr, " %s", known.name);
    std::fprintf(stderr, ")\n");
    return 2;
  }
  // The target sees its own name as argv[0], as a libFuzzer binary would.
  --argc;
  ++argv;
  if (target->initialize) target->initialize(&argc, &argv);
  size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg = argv[i];
    if (fs::is_directory(arg)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(arg))
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) run_file(*target, f), ++count;
    } else if (fs::is_regular_file(arg)) {
      run_file(*target, arg);
      ++count;
    } else {
      std::fprintf(stderr, "replay: no such file or directory: %s\n", argv[i]);
      return 2;
    }
  }
  std::printf("replayed %zu inputs\n", count);
  return 0;
}
