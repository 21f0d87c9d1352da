// What an evaluator and a supervisor can do to a dossier, apart from HTTP: the queue, claims
// (30-minute leases, renewed by the holder's actions), a word on a fact, the decisions recomputed by the
// validators, sign-off and the supervisor's second approval. Every change is checked against who
// holds the claim and the person's role, goes to the store, adds an audit row, and rewrites the
// `review` section of the dossier.json (review_output.h). Failures are values: a sentence and the
// HTTP-ish kind of refusal.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/serve/auth.h"
#include "pipeline/serve/dossier_catalog.h"
#include "pipeline/serve/fact_review.h"
#include "pipeline/serve/review_store.h"
#include "pipeline/serve/review_section_file.h"
#include "validators/ruleset.h"
#include "validators/validation_result.h"

namespace cc {

constexpr int64_t kClaimLeaseSeconds = 30 * 60;

struct QueueRow {
  std::shared_ptr<const CatalogDossier> dossier;
  std::string claimed_by;  // empty when free (or the lease ran out)
  std::string state;       // new | in_review | approved | awaiting_second_approval | returned | escalated
  bool needs_person = false;
};

struct QueueFilter {
  std::string search;  // part of the id or the name, any case
  std::string state;   // one of QueueRow::state, or empty
};

struct Refusal {
  int status = 400;  // 400 bad input, 403 not allowed, 404 unknown, 409 someone else's claim
  std::string message;
};

// The result of an action: empty on success.
using ActionResult = std::optional<Refusal>;

struct CredentialDecision {
  std::string board, credential, machine, recomputed;
};

struct DossierReview {
  std::shared_ptr<const CatalogDossier> dossier;
  CandidateFacts facts;                           // as the machine read them (dossier_facts.h)
  std::vector<ReviewFact> machine_facts;          // the same, one line per reviewable fact
  std::map<std::string, FactOverride> in_force;   // by fact id: this version's or carried over
  std::vector<FactOverride> added_courses;         // in force, oldest first
  std::vector<FactOverride> added_jobs;            // in force, oldest first
  std::vector<FactOverride> to_check_again;       // earlier versions' words whose fact has changed since
  ValidationResult recomputed;
  std::vector<CredentialDecision> decisions;
  std::optional<Claim> claim;
  std::string claimed_by;
  std::optional<SignOff> signoff;
};

struct Actor {
  User user;
  std::string address;
};

class ReviewService {
 public:
  ReviewService(ReviewStore& store, DossierCatalog& catalog, const Ruleset& rules, Clock clock = unix_now)
      : store_(store), catalog_(catalog), rules_(rules), clock_(std::move(clock)) {}

  std::vector<QueueRow> queue(const QueueFilter& filter);
  std::optional<DossierReview> review(const std::string& dossier_id);

  ActionResult claim(const Actor& actor, const std::string& dossier_id);
  ActionResult release(const Actor& actor, const std::string& dossier_id);
  ActionResult reassign(const Actor& actor, const std::string& dossier_id, const std::string& to_user);
  // action: confirm | correct | absent; `value` for correct; `reason` for correct and absent.
  ActionResult record_fact(const Actor& actor, const std::string& dossier_id, const std::string& fact, const std::string& action,
                           const std::string& value, const std::string& reason);
  // A course or a job the machine missed (AddedCourse, AddedJob), with where it is shown.
  ActionResult add_course(const Actor& actor, const std::string& dossier_id, const AddedCourse& course, const std::string& reason);
  ActionResult add_job(const Actor& actor, const std::string& dossier_id, const AddedJob& job, const std::string& reason);
  // Takes back an added course or job (`fact`: its id).
  ActionResult remove_added(const Actor& actor, const std::string& dossier_id, const std::string& fact, const std::string& reason);
  // decision: approve | return | escalate. `finals`: "ASCPi MLS" -> status, for approve.
  ActionResult sign_off(const Actor& actor, const std::string& dossier_id, const std::string& decision,
                        const std::map<std::string, std::string>& finals, const std::string& reason);
  ActionResult second_approval(const Actor& actor, const std::string& dossier_id);

  void audit(const Actor& actor, const std::string& dossier_id, const std::string& version, const std::string& fact,
             const std::string& action, const std::string& old_value, const std::string& new_value, const std::string& reason);
  static AuditRow audit_row(const Actor& actor, int64_t at, const std::string& dossier_id, const std::string& version,
                            const std::string& fact, const std::string& action, const std::string& old_value,
                            const std::string& new_value, const std::string& reason);
  std::string user_name(int64_t id);
  // Rewrites OUT/summary.csv's review columns when the file is not the one the server last wrote
  // (`run` replaced it, or the server just started).
  void refresh_summary();

 private:
  // The claim must be the actor's own and live; renews it.
  ActionResult hold_claim(const Actor& actor, const std::string& dossier_id);
  // Records an added fact (`kind`: course | job) under the next free id, audited.
  ActionResult add_fact(const Actor& actor, const std::string& dossier_id, const std::string& kind, const std::string& value,
                        const std::string& reason);
  void write_output(const std::string& dossier_id);
  // OUT/summary.csv with the review columns filled, after every change of a dossier's state.
  void write_summary();

  ReviewStore& store_;
  DossierCatalog& catalog_;
  const Ruleset& rules_;
  Clock clock_;
  // One review section of a dossier written at a time, each from the latest state (by id hash).
  std::array<std::mutex, 64> output_mutexes_;
  ReviewSectionWriter section_writer_;
  std::recursive_mutex summary_mutex_;
  FileStamp summary_stamp_{};  // summary.csv as the server last wrote it
};

bool can_supervise(const User& user);

}  // namespace cc
