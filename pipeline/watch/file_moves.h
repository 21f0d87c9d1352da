// Moving inputs out of the inbox once they are dealt with, never deleting one: to the archive
// after processing, or to the quarantine with a `<name>.error.txt` beside it saying why. A move is
// a rename; across file systems (separate volumes) it is a copy, fsync, rename into place, then
// unlink of the source. Moves are idempotent so an interrupted one is simply done again: a source
// already gone with its destination present counts as moved.
#pragma once

#include <string>

#include "core/expected.h"

namespace cc {

// Where a file of `candidate` named `name` would go under `root` (archive or quarantine):
// ROOT/<candidate>/<name>, or with ".<suffix>" before the extension when that is taken.
std::string destination_path(const std::string& root, const std::string& candidate, const std::string& name,
                             const std::string& suffix);

enum class MoveOutcome { moved, already_moved, source_missing };

// Moves `from` to `to` (creating folders). Never overwrites an existing different file.
Expected<MoveOutcome> move_file(const std::string& from, const std::string& to);

// fsync of a folder, so renames into it survive a power loss.
void sync_directory(const std::string& dir);

// Writes `<dest>.error.txt` (atomically) saying why the file was quarantined.
Status write_error_note(const std::string& dest, const std::string& original_path, const std::string& code,
                        const std::string& message);

}  // namespace cc
