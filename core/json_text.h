// JSON text for files the program writes (dossiers, summaries, caches). nlohmann's dump() throws
// on a string that is not valid UTF-8; such a string can only come from a bug upstream (a cut in
// the middle of a character), and one bad fact must not cost a dossier or stop a batch. Here the
// bad bytes become U+FFFD and the caller is told, so it can log the bug.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace cc {

// `j` as text (indent as nlohmann's dump); `replaced`, when given, is set to whether some bytes
// were not valid UTF-8 and were replaced.
std::string json_text(const nlohmann::json& j, int indent = -1, bool* replaced = nullptr);

}  // namespace cc
