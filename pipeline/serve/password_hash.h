// Passwords and secrets of the review server, through libsodium: Argon2id hashes (crypto_pwhash,
// "interactive" limits: 64 MiB, 2 passes, about 0.1 s here), constant-time checks, and random
// tokens for sessions, CSRF and one-time passwords.
#pragma once

#include <string>

#include "core/expected.h"

namespace cc {

// False when libsodium cannot start (no entropy source): the server must not run then.
bool init_crypto();

Expected<std::string> hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);

// `bytes` random bytes as lowercase hex.
std::string random_token(size_t bytes = 32);
// A one-time password a person can type: 16 characters from an alphabet without look-alikes.
std::string one_time_password();

// Constant-time comparison of two strings of equal length (false otherwise).
bool same_secret(const std::string& a, const std::string& b);

// At least 10 characters; empty when acceptable, else why not.
std::string password_problem(const std::string& password);

}  // namespace cc
