#include "pipeline/serve/review_section_file.h"

#include <fstream>
#include <optional>
#include <sstream>

#include "core/output_files.h"
#include "pipeline/serve/dossier_catalog.h"

namespace cc {

using nlohmann::ordered_json;

namespace {

// The dossier at `path` without its review section, as dump(2) prints it; nullopt when its machine
// part is no longer `version`.
Expected<std::optional<std::string>> machine_text_of(const std::string& path, const std::string& version) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  auto dossier = ordered_json::parse(buf.str(), nullptr, false);
  if (dossier.is_discarded() || !dossier.is_object() || dossier.empty()) return make_error(ErrorCode::internal, path + " is not a dossier");
  dossier.erase("review");
  const auto machine = nlohmann::json::parse(dossier.dump());
  if (dossier_version(machine) != version) return std::optional<std::string>();  // a new machine version: its review starts afresh
  return std::optional<std::string>(dossier.dump(2));
}

// `machine_text` (an object as dump(2) prints it, ending "\n}") with "review": `section` as its
// last key, indented as dump(2) indents it.
std::string with_review(const std::string& machine_text, const ordered_json& section) {
  std::string nested = section.dump(2);  // newlines inside strings are escaped: every raw one is layout
  std::string indented;
  indented.reserve(nested.size() + nested.size() / 8);
  for (char c : nested) {
    indented += c;
    if (c == '\n') indented += "  ";
  }
  return machine_text.substr(0, machine_text.size() - 2) + ",\n  \"review\": " + indented + "\n}\n";
}

}  // namespace

Expected<bool> write_review_section(const std::string& path, const std::string& version, const ordered_json& section) {
  auto machine = machine_text_of(path, version);
  if (!machine) return machine.error();
  if (!*machine) return false;
  if (auto st = write_file_atomic(path, with_review(**machine, section), Durability::unsynced); !st) return st.error();
  return true;
}

Expected<bool> ReviewSectionWriter::write(const std::string& path, const std::string& version, const ordered_json& section) {
  std::string machine_text;
  {
    std::lock_guard lock(mutex_);
    auto it = by_path_.find(path);
    if (it != by_path_.end() && it->second.version == version && it->second.stamp == file_stamp(path)) machine_text = it->second.machine_text;
  }
  if (machine_text.empty()) {
    auto machine = machine_text_of(path, version);
    if (!machine) return machine.error();
    if (!*machine) return false;
    machine_text = std::move(**machine);
  }
  if (auto st = write_file_atomic(path, with_review(machine_text, section), Durability::unsynced); !st) return st.error();
  std::lock_guard lock(mutex_);
  if (by_path_.size() >= 64 && !by_path_.count(path)) by_path_.clear();
  by_path_[path] = Kept{version, std::move(machine_text), file_stamp(path)};
  return true;
}

}  // namespace cc
