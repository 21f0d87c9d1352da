// Writing results so that a reader never sees half a file: write to a temporary file in the same
// folder, flush it to disk, then rename over the target. Cache entries skip the flush
// (`Durability::unsynced`): a reader still never sees half an entry, and an entry a power loss
// damaged is a cache miss, read or rendered again, so it is not worth an fsync each (160 crops
// of a 59-page batch cost 0.4 s).
#pragma once

#include <string>

#include "pipeline/core/expected.h"

namespace cc {

enum class Durability { synced, unsynced };
Status write_file_atomic(const std::string& path, const std::string& content, Durability durability = Durability::synced);
Status ensure_directory(const std::string& path);
// A file name that is safe inside one folder: path separators and control characters replaced.
std::string flat_file_name(const std::string& relative_name);

}  // namespace cc
