// SHA-256 of a file, streamed (never loads the whole file), as lowercase hex.
#pragma once

#include <string>

#include "pipeline/core/expected.h"

namespace cc {

Expected<std::string> sha256_file(const std::string& path);
std::string sha256_hex(const void* data, size_t size);

}  // namespace cc
