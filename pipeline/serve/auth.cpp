#include "pipeline/serve/auth.h"

#include <chrono>
#include <semaphore>

#include "core/sha256.h"
#include "pipeline/serve/password_hash.h"

namespace cc {

int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string token_hash(const std::string& token) { return sha256_hex(token.data(), token.size()); }

namespace {

// Each Argon2id check takes 64 MiB: two at a time bound the server's memory when many people log
// in at once (20 together would take 1.3 GB), and slow a password-guessing flood down further.
std::counting_semaphore<2> hashing_slots(2);

bool check_password(const std::string& hash, const std::string& password) {
  hashing_slots.acquire();
  const bool good = verify_password(hash, password);
  hashing_slots.release();
  return good;
}

}  // namespace

LoginResult Auth::login(const std::string& name, const std::string& password, const std::string& address,
                        const std::string& old_token) {
  const int64_t now = clock_();
  const int64_t since = now - policy_.failure_window_s;
  if (!old_token.empty()) logout(old_token);
  LoginResult result;
  const std::string address_key = "addr:" + address;
  const std::string user_key = "user:" + name;
  if (store_.login_failures_since(address_key, since) >= policy_.address_failures) {
    result.outcome = LoginOutcome::throttled;
    return result;
  }
  auto user = store_.user_named(name);
  if (user && user->locked_until > now) {
    result.outcome = LoginOutcome::locked;
    return result;
  }
  // An unknown name costs the same Argon2id work as a known one.
  static const std::string dummy = hash_password("not a password of anyone").value();
  const bool good = check_password(user ? user->password_hash : dummy, password);
  if (!user || !good) {
    (void)store_.add_login_failure(address_key, now);
    if (user) {
      (void)store_.add_login_failure(user_key, now);
      if (store_.login_failures_since(user_key, since) >= policy_.account_failures) {
        user->locked_until = now + policy_.lockout_s;
        (void)store_.update_user(*user);
        (void)store_.clear_login_failures(user_key);
        result.outcome = LoginOutcome::locked;
        return result;
      }
    }
    return result;
  }
  if (user->disabled) {
    result.outcome = LoginOutcome::disabled;
    return result;
  }
  (void)store_.clear_login_failures(user_key);
  result.token = random_token();
  const SessionRow row{token_hash(result.token), user->id, random_token(), now, now, address};
  if (!store_.put_session(row)) return result;
  result.outcome = LoginOutcome::ok;
  result.user = user;
  return result;
}

std::optional<ActiveSession> Auth::session(const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  const std::string hash = token_hash(token);
  auto row = store_.session(hash);
  if (!row) return std::nullopt;
  const int64_t now = clock_();
  if (now - row->last_seen > policy_.session_idle_s || now - row->created > policy_.session_absolute_s) {
    (void)store_.delete_session(hash);
    return std::nullopt;
  }
  auto user = store_.user_by_id(row->user_id);
  if (!user || user->disabled) return std::nullopt;
  // Written at most once a minute: a page load need not always write the database.
  if (now - row->last_seen >= 60) {
    (void)store_.touch_session(hash, now);
    row->last_seen = now;
  }
  return ActiveSession{*user, *row};
}

void Auth::logout(const std::string& token) {
  if (!token.empty()) (void)store_.delete_session(token_hash(token));
}

std::string Auth::change_password(User user, const std::string& new_password) {
  if (auto why = password_problem(new_password); !why.empty()) return why;
  auto hash = hash_password(new_password);
  if (!hash) return hash.error().message;
  user.password_hash = *hash;
  user.must_change_password = false;
  user.locked_until = 0;
  if (auto st = store_.update_user(user); !st) return st.error().message;
  (void)store_.delete_sessions_of(user.id);
  return {};
}

}  // namespace cc
