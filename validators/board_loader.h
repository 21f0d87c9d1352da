// Part of the rules loader (rules_loader.h): reading one board file — its credentials, routes and
// their criteria in the fixed vocabulary of criteria.h — and checking the cross-references between
// routes and credentials. Internal to validators/.
#pragma once

#include <string>

#include "core/expected.h"
#include "validators/ruleset.h"

namespace cc {

// Reads `path` with the definitions and course categories already loaded into `rules`.
Expected<Board> load_board(const std::string& path, const Ruleset& rules);

// References (alternative_of routes, meets_credential credentials) exist, point elsewhere than the
// route itself and form no cycle.
Status check_board_references(const Board& board);

}  // namespace cc
