// A candidate's documents as the evaluation needs them, rebuilt from the ledger and the page cache:
// nothing is read again for a document already read, even after its file was archived.
#pragma once

#include <optional>
#include <vector>

#include "pipeline/cache/page_cache.h"
#include "core/page_text.h"
#include "pipeline/watch/ledger.h"

namespace cc {

struct CandidateDocs {
  std::vector<DocumentText> documents;   // in member order (by name)
  std::vector<int64_t> missing;          // members whose read result is gone: to read again
};

CandidateDocs load_candidate_docs(const std::vector<DocumentRow>& members, const PageCache& cache);

}  // namespace cc
