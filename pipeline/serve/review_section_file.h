// Writing the `review` section into OUT/<id>/dossier.json next to the machine's sections, which
// stay byte for byte in their order; only while the file on disk is still the version reviewed
// (the daemon may have written a new one meanwhile). Written atomically but not fsync'ed: the
// database is the record, and the next change rewrites the section.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "core/expected.h"

namespace cc {

// Replaces (or adds) the `review` key of the dossier at `path` when its machine part still has
// `version`; leaves the file alone otherwise. True when written.
Expected<bool> write_review_section(const std::string& path, const std::string& version, const nlohmann::ordered_json& section);

// The same, without reading and parsing the file again while it is the one written last: the
// machine part's text (as dump(2) prints it) of the last 64 dossiers written is kept, and while the
// file on disk has the inode, size and time this writer left, the new section is put after that
// text (byte for byte what write_review_section writes). Callers serialise writes of one path.
class ReviewSectionWriter {
 public:
  Expected<bool> write(const std::string& path, const std::string& version, const nlohmann::ordered_json& section);

 private:
  struct Kept {
    std::string version, machine_text;
    std::array<int64_t, 3> stamp{};  // inode, size, modification time of the file as written
  };
  std::mutex mutex_;
  std::map<std::string, Kept> by_path_;
};

}  // namespace cc
