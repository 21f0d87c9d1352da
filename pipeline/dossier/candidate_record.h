// Everything known about one candidate at the end of the pipeline: the documents as read, and (as
// the extractor and validator stages fill them) the facts and decisions. The dossier writers
// render this; nothing downstream goes back to the files.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/page_text.h"

namespace cc {

struct CandidateRecord {
  std::string id;
  std::vector<DocumentText> documents;  // in file-name order
};

struct BatchContext {
  std::string as_of;         // YYYY-MM-DD
  std::string generated_at;  // ISO 8601 UTC
  std::string ruleset;       // empty until rules are loaded
};

}  // namespace cc
