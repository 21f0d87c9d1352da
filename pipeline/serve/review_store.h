// The review server's state behind one small interface, so that a PostgreSQL store can stand
// beside the SQLite one (sqlite_review_store.h) without the server, auth or audit code changing.
// Rows are plain structs; times are Unix seconds (UTC). Every method is one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/expected.h"

namespace cc {

enum class Role { evaluator, supervisor, admin };
std::string role_name(Role role);
std::optional<Role> role_from_name(const std::string& name);

struct User {
  int64_t id = 0;
  std::string name;
  Role role = Role::evaluator;
  std::string password_hash;  // Argon2id, libsodium's crypto_pwhash_str form
  bool disabled = false;
  bool must_change_password = false;  // a one-time password was set
  int64_t locked_until = 0;           // login refused before this time
};

struct SessionRow {
  std::string token_hash;  // SHA-256 of the cookie's token: the token itself is never stored
  int64_t user_id = 0;
  std::string csrf;        // the form token of this session
  int64_t created = 0, last_seen = 0;
  std::string address;
};

// A lease on a dossier: one evaluator edits it at a time.
struct Claim {
  std::string dossier_id;
  int64_t user_id = 0;
  int64_t expires = 0;
};

// A reviewer's word on one fact: confirmed, corrected to `value`, or not in the documents.
struct FactOverride {
  std::string dossier_id, dossier_version, fact;
  std::string action;    // confirm | correct | absent
  std::string value;     // the typed value (correct)
  std::string original;  // the machine's value, as shown
  std::string reason;
  int64_t user_id = 0;
  int64_t at = 0;
};

// The sign-off of a dossier version.
struct SignOff {
  std::string dossier_id, dossier_version;
  std::string state;      // approved | awaiting_second_approval | returned | escalated
  std::string decisions;  // JSON array [{board, credential, machine, recomputed, final}]
  std::string reason;
  int64_t user_id = 0, at = 0;
  int64_t second_user_id = 0, second_at = 0;
};

struct AuditRow {
  int64_t seq = 0;
  int64_t at = 0;
  std::string user, address, dossier_id, dossier_version, fact, action, old_value, new_value, reason;
  std::string prev_hash, hash;  // the chain: hash = SHA-256(prev_hash, the fields above)
};

class ReviewStore {
 public:
  virtual ~ReviewStore() = default;

  virtual Expected<int64_t> add_user(const User& user) = 0;
  virtual std::optional<User> user_named(const std::string& name) = 0;
  virtual std::optional<User> user_by_id(int64_t id) = 0;
  virtual Status update_user(const User& user) = 0;
  virtual std::vector<User> users() = 0;

  // Failed logins, keyed "user:NAME" or "addr:ADDRESS".
  virtual Status add_login_failure(const std::string& key, int64_t at) = 0;
  virtual int login_failures_since(const std::string& key, int64_t since) = 0;
  virtual Status clear_login_failures(const std::string& key) = 0;

  virtual Status put_session(const SessionRow& session) = 0;
  virtual std::optional<SessionRow> session(const std::string& token_hash) = 0;
  virtual Status touch_session(const std::string& token_hash, int64_t at) = 0;
  virtual Status delete_session(const std::string& token_hash) = 0;
  virtual Status delete_sessions_of(int64_t user_id) = 0;

  virtual std::optional<Claim> claim(const std::string& dossier_id) = 0;
  virtual std::vector<Claim> claims() = 0;
  virtual Status put_claim(const Claim& claim) = 0;
  virtual Status delete_claim(const std::string& dossier_id) = 0;

  virtual Status add_override(const FactOverride& o) = 0;
  // The override and its audit row in one transaction (one commit, one sync, instead of two).
  virtual Expected<AuditRow> add_override_audited(const FactOverride& o, AuditRow row) = 0;
  // Every override of the dossier, oldest first (the latest per fact wins).
  virtual std::vector<FactOverride> overrides(const std::string& dossier_id) = 0;

  virtual Status put_signoff(const SignOff& s) = 0;
  virtual std::optional<SignOff> signoff(const std::string& dossier_id) = 0;
  virtual std::vector<SignOff> signoffs() = 0;

  // Appends with the next seq and the chained hash (prev_hash and hash are filled here).
  virtual Expected<AuditRow> append_audit(AuditRow row) = 0;
  // All rows in seq order, or those of one dossier.
  virtual std::vector<AuditRow> audit_rows(const std::string& dossier_id = {}) = 0;
};

}  // namespace cc
