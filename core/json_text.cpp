#include "core/json_text.h"

namespace cc {

std::string json_text(const nlohmann::json& j, int indent, bool* replaced) {
  if (replaced) *replaced = false;
  try {
    return j.dump(indent);
  } catch (const nlohmann::json::type_error&) {
    // 316: invalid UTF-8 in a string. Anything else a dump can throw is of the same kind.
    if (replaced) *replaced = true;
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
  }
}

}  // namespace cc
