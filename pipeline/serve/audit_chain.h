// The audit trail's hash chain. Each row's hash is the SHA-256 of the previous row's hash and of
// every field of the row, so changing, deleting or reordering a row breaks the chain from there
// on; `credcheck audit verify` recomputes it. Export as CSV (RFC 4180) or JSON for auditors.
#pragma once

#include <string>
#include <vector>

#include "pipeline/serve/review_store.h"

namespace cc {

// The hash of the row before the first.
inline const std::string kAuditGenesis(64, '0');

std::string audit_row_hash(const std::string& prev_hash, const AuditRow& row);

struct AuditVerdict {
  bool ok = true;
  size_t rows = 0;
  int64_t first_bad_seq = 0;  // the first row whose hash or link does not match
  std::string problem;
};
AuditVerdict verify_audit_chain(const std::vector<AuditRow>& rows);

std::string audit_csv(const std::vector<AuditRow>& rows);
std::string audit_json(const std::vector<AuditRow>& rows);

}  // namespace cc
