// The machine-readable dossier, `credcheck.dossier/1` (../shared/spec/dossier.md): its names and
// meanings are a contract. Sections not produced (a run without extraction) are left out rather
// than filled with guesses.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/dossier/candidate_record.h"

namespace cc {

constexpr const char* kDossierSchema = "credcheck.dossier/1";

nlohmann::ordered_json dossier_json(const CandidateRecord& record, const BatchContext& context);
// `segments`: the document's classified segments (none before extraction).
nlohmann::ordered_json document_json(const DocumentText& doc, const std::vector<Segment>* segments = nullptr);

// A readable dump of what was read from a document: a header per page (source, confidence), then
// its lines.
std::string document_text_dump(const DocumentText& doc);

}  // namespace cc
