// Base64 (RFC 4648, standard alphabet, padded): evidence crops cross the worker pipe inside JSON
// and land in dossier.html as data: URIs. Decoding is strict (bad characters or padding fail) so
// bytes from a worker are checked, not trusted.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cc {

std::string base64_encode(std::string_view bytes);
// nullopt when `text` is not canonical padded base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace cc
