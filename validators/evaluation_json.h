// The validator's sections of the dossier (credcheck.dossier/1, ../shared/spec/dossier.md):
// `evaluations`, `flags`, `todo` and `experience_summary`, with exactly the contract's names.
// Besides the contract: per route `assumed`, per check `assumed` (only when true) and per
// evaluation `review_reasons` (only when needs_review). Evidence items are rendered as
// pipeline/dossier/facts_json.cpp does ({file, page, bbox, text, confidence}).
#pragma once

#include <nlohmann/json.hpp>

#include "validators/validation_result.h"

namespace cc {

nlohmann::ordered_json evaluations_json(const std::vector<Evaluation>& evaluations);
nlohmann::ordered_json flags_json(const std::vector<Flag>& flags);
nlohmann::ordered_json todo_json(const std::vector<std::string>& todo);
nlohmann::ordered_json experience_summary_json(const ExperienceSummary& summary);

// The four sections as one object, {"experience_summary", "evaluations", "flags", "todo"}, in
// the dossier's order, for the dossier writer to merge.
nlohmann::ordered_json validation_sections_json(const ValidationResult& result);

}  // namespace cc
