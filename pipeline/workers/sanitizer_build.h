// Whether this is an AddressSanitizer build (scripts/sanitize.sh, fuzz/), and what a worker's
// memory limit becomes there. ASan reserves terabytes of address space for its shadow memory, so
// the address-space limit (RLIMIT_AS) a worker normally runs under would stop it before main;
// instead the worker gets ASan's soft RSS limit, past which malloc returns null and the worker
// reports memory_limit as it would have.
#pragma once

#include <cstdlib>
#include <string>

namespace cc {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

// The ASAN_OPTIONS for a worker limited to `memory_mb` (the parent's options kept). A crashing
// signal is left to kill the worker as in a normal build, so the coordinator still names it
// ("killed by SIGSEGV"); ASan's own reports (an overflow it catches) end the worker with status 1,
// still worker_crashed. Build it before fork: the child may only make async-signal-safe calls.
inline std::string asan_worker_options(int memory_mb) {
  const char* given = std::getenv("ASAN_OPTIONS");
  return std::string(given ? given : "") + ":allocator_may_return_null=1:soft_rss_limit_mb=" + std::to_string(memory_mb) +
         ":handle_segv=0:handle_sigbus=0:handle_sigfpe=0";
}

}  // namespace cc
