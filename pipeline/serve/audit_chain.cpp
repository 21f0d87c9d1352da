#include "pipeline/serve/audit_chain.h"

#include <nlohmann/json.hpp>

#include "core/sha256.h"
#include "pipeline/dossier/summary.h"

namespace cc {
namespace {

// Length-prefixed, so no choice of field contents can make two rows serialise alike.
void put(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ';';
}

}  // namespace

std::string audit_row_hash(const std::string& prev_hash, const AuditRow& row) {
  std::string data;
  put(data, prev_hash);
  put(data, std::to_string(row.seq));
  put(data, std::to_string(row.at));
  for (const std::string* f : {&row.user, &row.address, &row.dossier_id, &row.dossier_version, &row.fact, &row.action,
                               &row.old_value, &row.new_value, &row.reason})
    put(data, *f);
  return sha256_hex(data.data(), data.size());
}

AuditVerdict verify_audit_chain(const std::vector<AuditRow>& rows) {
  AuditVerdict v;
  v.rows = rows.size();
  std::string prev = kAuditGenesis;
  int64_t expected_seq = 1;
  for (const auto& row : rows) {
    auto fail = [&](const std::string& why) {
      v.ok = false;
      v.first_bad_seq = row.seq;
      v.problem = "row " + std::to_string(row.seq) + ": " + why;
      return v;
    };
    if (row.seq != expected_seq) return fail("expected row " + std::to_string(expected_seq) + " (a row was removed or reordered)");
    if (row.prev_hash != prev) return fail("does not link to the row before it");
    if (row.hash != audit_row_hash(prev, row)) return fail("its contents were changed after it was written");
    prev = row.hash;
    ++expected_seq;
  }
  return v;
}

std::string audit_csv(const std::vector<AuditRow>& rows) {
  std::string out = "seq,at,user,address,dossier_id,dossier_version,fact,action,old_value,new_value,reason,prev_hash,hash\r\n";
  for (const auto& r : rows) {
    const std::vector<std::string> cells = {std::to_string(r.seq), std::to_string(r.at), r.user, r.address, r.dossier_id,
                                            r.dossier_version, r.fact, r.action, r.old_value, r.new_value, r.reason,
                                            r.prev_hash, r.hash};
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_cell(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string audit_json(const std::vector<AuditRow>& rows) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& r : rows)
    out.push_back({{"seq", r.seq}, {"at", r.at}, {"user", r.user}, {"address", r.address}, {"dossier_id", r.dossier_id},
                   {"dossier_version", r.dossier_version}, {"fact", r.fact}, {"action", r.action},
                   {"old_value", r.old_value}, {"new_value", r.new_value}, {"reason", r.reason},
                   {"prev_hash", r.prev_hash}, {"hash", r.hash}});
  return out.dump(2) + "\n";
}

}  // namespace cc
