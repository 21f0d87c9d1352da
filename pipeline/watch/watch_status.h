// `credcheck status --state FILE|postgresql://...`: what the daemons' ledger says, read without
// disturbing a running daemon (WAL readers never block the writer; PostgreSQL readers never
// block): documents by state, the queue, retries, failures with their reasons and where the file
// went, recent rates, the daemons (alive by their last heartbeat, documents each has read) and the
// leases held and expired.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/expected.h"

namespace cc {

Expected<nlohmann::ordered_json> watch_status_json(const std::string& state_file, double now);
std::string watch_status_text(const nlohmann::ordered_json& status);

// Returns the process exit code.
int run_status(const std::string& state_file, bool as_json);

}  // namespace cc
