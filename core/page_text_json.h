// JSON form of PageText, shared by the worker wire format and the page cache. Decoding checks
// every field and bound: the bytes may come from a worker that went wrong.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "core/expected.h"
#include "core/page_text.h"

namespace cc {

// A page holds at most this many check boxes (a form has a few dozen; more is a grid or noise).
constexpr size_t kMaxBoxMarks = 200;

nlohmann::json page_text_to_json(const PageText& page);
Expected<PageText> page_text_from_json(const nlohmann::json& j, size_t max_words);

nlohmann::json error_to_json(const Error& e);
// Nullopt when `j` is not a well-formed error.
std::optional<Error> error_from_json(const nlohmann::json& j);

}  // namespace cc
