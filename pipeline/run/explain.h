// `credcheck explain OUT/<id>/dossier.json`: a short terminal summary of one dossier for an
// evaluator — verdict per credential and route, the facts they rest on, flags, to-dos and
// unreadable documents. Reads only the JSON, so it works on any dossier of this schema.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/expected.h"

namespace cc {

Expected<std::string> explain_dossier_file(const std::string& path);
std::string explain_dossier(const nlohmann::json& dossier);

}  // namespace cc
