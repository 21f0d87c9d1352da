// SHA-256 of a file, streamed (never loads the whole file), as lowercase hex.
#pragma once

#include <string>

#include "core/expected.h"

namespace cc {

Expected<std::string> sha256_file(const std::string& path);
std::string sha256_hex(const void* data, size_t size);
// True for 64 lowercase hex digits, the form the functions above give (cache keys are checked
// with it before they become file names).
bool is_sha256_hex(const std::string& s);

}  // namespace cc
