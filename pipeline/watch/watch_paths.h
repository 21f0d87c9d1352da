// The daemon's folders and the refusals that keep it from eating its own output: OUT may not lie
// inside INBOX nor INBOX inside OUT, and no state, archive, quarantine, cache or log path may lie
// inside INBOX (the daemon would pick its own files up again).
#pragma once

#include <string>

#include "core/expected.h"
#include "pipeline/watch/watch_options.h"

namespace cc {

// True when `inner` is `outer` or lies under it (both resolved, following symlinks that exist).
bool path_inside(const std::string& inner, const std::string& outer);

// Fills empty paths with their defaults under OUT/.credcheck/ and checks the layout.
Status resolve_watch_paths(WatchOptions& options);

}  // namespace cc
