#include "pipeline/watch/candidate_docs.h"

namespace cc {

CandidateDocs load_candidate_docs(const std::vector<DocumentRow>& members, const PageCache& cache) {
  CandidateDocs out;
  for (const auto& row : members) {
    std::optional<DocumentText> doc;
    const auto code = error_code_from_name(row.error_code);
    if (!code || !is_transient_error(*code)) doc = cache.lookup(row.sha256, false);
    if (!doc && code) {
      // A failure that is not cached (transient, given up after its attempts): the ledger has it.
      doc = DocumentText{};
      doc->sha256 = row.sha256;
      doc->bytes = row.size;
      doc->error = Error{*code, row.error_message};
    }
    if (!doc) {
      out.missing.push_back(row.id);
      continue;
    }
    doc->path = row.current_path();
    doc->file = row.name;
    out.documents.push_back(std::move(*doc));
  }
  return out;
}

}  // namespace cc
