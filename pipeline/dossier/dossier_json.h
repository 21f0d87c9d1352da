// The machine-readable dossier, `credcheck.dossier/1` (../shared/spec/dossier.md): its names and
// meanings are a contract. Sections not yet produced are left out rather than filled with guesses.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/dossier/candidate_record.h"

namespace cc {

constexpr const char* kDossierSchema = "credcheck.dossier/1";

nlohmann::ordered_json dossier_json(const CandidateRecord& record, const BatchContext& context);
nlohmann::ordered_json document_json(const DocumentText& doc);

// A readable dump of what was read from a document: a header per page (source, confidence), then
// its lines.
std::string document_text_dump(const DocumentText& doc);

}  // namespace cc
