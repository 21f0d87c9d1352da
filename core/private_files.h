// Modes of everything credcheck writes. Dossiers, text dumps, the summary, the caches, the watch
// ledger, the log and the archived and quarantined inputs all hold a candidate's personal data, so
// files are 0640 and folders 0750 (owner read/write, the owner's group read, nobody else), whatever
// the umask the program was started with: the CLI sets umask(027) once (restrict_umask), and every
// write site sets its mode explicitly as well, so a library caller with umask 000 gets the same.
#pragma once

#include <sys/types.h>

#include <string>

#include "core/expected.h"

namespace cc {

inline constexpr mode_t kPrivateFileMode = 0640;
inline constexpr mode_t kPrivateDirMode = 0750;
inline constexpr mode_t kPrivateUmask = 027;

// umask(027) for the whole process (and the workers it starts). Call once, at the CLI entry.
void restrict_umask();

// Like mkdir -p, but each folder it creates is chmod'ed to 0750 (umask or not). Folders that
// already exist are left as they are (the user's OUT, /tmp...). A folder created meanwhile by
// another thread or process is fine.
Status create_private_directories(const std::string& path);

// open(path, flags | O_CREAT | O_CLOEXEC, 0640) followed by fchmod(0640): the mode does not depend
// on the umask, and a file that already existed with a wider mode is narrowed. -1 and errno on
// failure.
int open_private_file(const std::string& path, int flags);

// chmod(path, 0640) without following a symlink (a symlink's own mode means nothing on Linux and
// its target is not ours: it is skipped). Missing files are skipped too. For files moved or copied
// into the archive or quarantine, the watch ledger and its -wal/-shm, the lock and the log.
Status make_file_private(const std::string& path);

}  // namespace cc
