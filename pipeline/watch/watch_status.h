// `credcheck status --state FILE`: what the daemon's ledger says, read without disturbing a
// running daemon (WAL readers never block the writer): documents by state, the queue, retries,
// failures with their reasons and where the file went, and recent rates.
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
