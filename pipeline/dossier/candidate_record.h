// Everything known about one candidate at the end of the pipeline: the documents as read, and (as
// the extractor and validator stages fill them) the facts and decisions. The dossier writers
// render this; nothing downstream goes back to the files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/facts.h"
#include "core/page_text.h"
#include "validators/validation_result.h"

namespace cc {

struct CandidateRecord {
  std::string id;
  std::vector<DocumentText> documents;  // in file-name order
  std::optional<CandidateFacts> facts;       // stage 3
  std::optional<ValidationResult> validation;  // stage 4
};

struct BatchContext {
  std::string as_of;         // YYYY-MM-DD
  std::string generated_at;  // ISO 8601 UTC
  std::string ruleset;       // empty until rules are loaded
};

}  // namespace cc
