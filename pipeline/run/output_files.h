// Writing results so that a reader never sees half a file: write to a temporary file in the same
// folder, flush it to disk, then rename over the target.
#pragma once

#include <string>

#include "pipeline/core/expected.h"

namespace cc {

Status write_file_atomic(const std::string& path, const std::string& content);
Status ensure_directory(const std::string& path);
// A file name that is safe inside one folder: path separators and control characters replaced.
std::string flat_file_name(const std::string& relative_name);

}  // namespace cc
