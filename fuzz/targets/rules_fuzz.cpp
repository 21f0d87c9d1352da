// Fuzz target: the rules-file loader (validators/rules_loader.h). The default ruleset is copied
// to a scratch directory once; each input replaces one of its files (the first byte chooses
// which) with the input's text, and the set is loaded. Seeds are the real files.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fuzz/fuzz_input.h"
#include "validators/rules_loader.h"

namespace fs = std::filesystem;

namespace {

const char* const kFiles[] = {"ruleset.yaml", "ascpi.yaml", "amt.yaml", "course_categories.yaml", "todos.yaml"};

const fs::path& scratch() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("credcheck-rules-fuzz-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cc::fuzz::ByteReader in(data, size);
  const size_t which = in.byte() % 5;
  const fs::path src = CREDCHECK_SOURCE_DIR "/rules/boards-2026.12";
  for (size_t i = 0; i < 5; ++i) {
    std::ofstream out(scratch() / kFiles[i], std::ios::binary | std::ios::trunc);
    if (i == which) out << in.rest();
    else out << std::ifstream(src / kFiles[i], std::ios::binary).rdbuf();
  }
  auto rules = cc::load_ruleset(scratch().string());
  (void)rules;
  return 0;
}
