#include "pipeline/cli/version.h"

#include <leptonica/allheaders.h>
#include <poppler-version.h>
#include <tesseract/baseapi.h>
#include <yaml-cpp/yaml.h>

#include "pipeline/run/batch.h"

#ifndef CREDCHECK_VERSION
#error "CREDCHECK_VERSION is set by pipeline/CMakeLists.txt from the project VERSION"
#endif

namespace cc {
namespace {

// The `id:` of DIR/ruleset.yaml only: --version must answer even when the ruleset would not load.
std::string ruleset_line(const std::string& dir) {
  try {
    const YAML::Node root = YAML::LoadFile(dir + "/ruleset.yaml");
    if (root.IsMap() && root["id"] && root["id"].IsScalar()) return "ruleset " + root["id"].as<std::string>() + " (" + dir + ")";
    return "ruleset unknown (" + dir + "/ruleset.yaml has no id)";
  } catch (const std::exception& e) {
    return "ruleset unknown (" + dir + "/ruleset.yaml: " + e.what() + ")";
  }
}

std::string leptonica_version() {
  char* raw = getLeptonicaVersion();  // "leptonica-1.82.0"
  std::string v = raw ? raw : "unknown";
  lept_free(raw);
  if (v.rfind("leptonica-", 0) == 0) v.erase(0, 10);
  return v;
}

}  // namespace

std::string version_text() {
  std::string out = std::string("credcheck ") + CREDCHECK_VERSION + "\n";
  out += ruleset_line(default_rules_dir()) + "\n";
  out += std::string("tesseract ") + tesseract::TessBaseAPI::Version() + "\n";
  out += "leptonica " + leptonica_version() + "\n";
  out += "poppler " + poppler::version_string();
  return out;
}

}  // namespace cc
