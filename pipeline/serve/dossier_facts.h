// Reads the facts back out of a `credcheck.dossier/1` dossier.json: the inverse of
// pipeline/dossier/facts_json.h, so the review server can hand the same CandidateFacts to the same
// validators (validators/evaluate.h) after a reviewer's corrections. A malformed field is read as
// "not found", never guessed.
#pragma once

#include <nlohmann/json.hpp>

#include "core/facts.h"

namespace cc {

CandidateFacts facts_from_dossier(const nlohmann::json& dossier);

}  // namespace cc
