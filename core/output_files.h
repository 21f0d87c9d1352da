// Writing results so that a reader never sees half a file: write to a temporary file in the same
// folder, flush it to disk, then rename over the target. Cache entries skip the flush
// (`Durability::unsynced`): a reader still never sees half an entry, and an entry a power loss
// damaged is a cache miss, read or rendered again, so it is not worth an fsync each (160 crops
// of a 59-page batch cost 0.4 s).
#pragma once

#include <chrono>
#include <string>

#include "core/expected.h"

namespace cc {

enum class Durability { synced, unsynced };
// The file is 0640 and each folder ensure_directory creates 0750, whatever the umask
// (core/private_files.h: they hold personal data).
Status write_file_atomic(const std::string& path, const std::string& content, Durability durability = Durability::synced);
Status ensure_directory(const std::string& path);
// Removes temporaries of write_file_atomic (`*.tmp-<pid>-<n>`) in `dir` and its immediate
// subfolders that were last written more than `min_age` ago: left by a process killed mid-write.
// The age spares writes still in progress by another process sharing the folder (a cache).
size_t remove_abandoned_temporaries(const std::string& dir, std::chrono::seconds min_age);
// A file name that is safe inside one folder: path separators and control characters replaced.
std::string flat_file_name(const std::string& relative_name);

}  // namespace cc
