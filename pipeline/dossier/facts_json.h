// The dossier sections that render the extracted facts: candidate, degree, coursework,
// experience, and each document's segments. Names and value sets follow
// ../shared/spec/dossier.md exactly; a fact not found is null, never a guess. Every fact carries
// its evidence items {file, page, bbox, text, confidence} and its own confidence.
#pragma once

#include <nlohmann/json.hpp>

#include "core/facts.h"

namespace cc {

nlohmann::ordered_json evidence_json(const Evidence& e);
nlohmann::ordered_json evidence_list_json(const std::vector<Evidence>& list);
nlohmann::ordered_json candidate_json(const std::string& id, const IdentityFacts& identity);
nlohmann::ordered_json degree_json(const std::optional<DegreeFacts>& degree);
// "degrees": every credential, highest first, each shaped exactly like "degree"; facts that list
// none but have a degree (built by hand) give [degree], as the validators read them.
nlohmann::ordered_json degrees_json(const std::vector<DegreeFacts>& degrees, const std::optional<DegreeFacts>& degree);
nlohmann::ordered_json coursework_json(const std::optional<CourseworkFacts>& coursework);
nlohmann::ordered_json reconciliation_json(const std::vector<TableReconciliation>& tables);
nlohmann::ordered_json experience_json(const std::vector<Job>& jobs);
nlohmann::ordered_json segments_json(const std::vector<Segment>& segments);

}  // namespace cc
