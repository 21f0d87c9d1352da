// Logins and sessions of the review server. A login is refused while the account is locked or
// its address is throttled: 5 failures on an account within 15 minutes lock it for 15 minutes,
// 20 failures from one address within 15 minutes refuse that address for the rest of the window
// (the same answer as a wrong password, so neither reveals which accounts exist). A session is
// a random 256-bit token in the cookie; the store keeps only its SHA-256, with the user, a CSRF
// token, and the times that give the idle (30 min) and absolute (12 h) expiry. A login always
// makes a new token (no fixation); logout and a password change delete it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "pipeline/serve/review_store.h"

namespace cc {

struct AuthPolicy {
  int account_failures = 5;
  int address_failures = 20;
  int64_t failure_window_s = 15 * 60;
  int64_t lockout_s = 15 * 60;
  int64_t session_idle_s = 30 * 60;
  int64_t session_absolute_s = 12 * 3600;
};

using Clock = std::function<int64_t()>;
int64_t unix_now();

enum class LoginOutcome { ok, wrong, locked, throttled, disabled };

struct LoginResult {
  LoginOutcome outcome = LoginOutcome::wrong;
  std::string token;  // the new session's cookie value
  std::optional<User> user;
};

struct ActiveSession {
  User user;
  SessionRow row;
};

class Auth {
 public:
  Auth(ReviewStore& store, AuthPolicy policy = {}, Clock clock = unix_now)
      : store_(store), policy_(policy), clock_(std::move(clock)) {}

  // `old_token`: the session cookie the browser came with, if any; it is ended (rotation).
  LoginResult login(const std::string& name, const std::string& password, const std::string& address,
                    const std::string& old_token = {});
  // The live session of this cookie token (touching it), or nullopt (unknown, idle, expired, user disabled).
  std::optional<ActiveSession> session(const std::string& token);
  void logout(const std::string& token);
  // Sets a new password (clearing the one-time mark and every session of the user); returns why not.
  std::string change_password(User user, const std::string& new_password);

  const AuthPolicy& policy() const { return policy_; }

 private:
  ReviewStore& store_;
  AuthPolicy policy_;
  Clock clock_;
};

std::string token_hash(const std::string& token);

}  // namespace cc
