#include "pipeline/serve/review_service.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>

#include "core/output_files.h"
#include "core/text.h"
#include "pipeline/serve/dossier_facts.h"
#include "pipeline/serve/review_output.h"
#include "validators/evaluate.h"

namespace cc {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

Refusal refuse(int status, std::string message) { return Refusal{status, std::move(message)}; }

bool is_status(const std::string& s) { return s == "eligible" || s == "not_eligible" || s == "needs_review"; }

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

bool can_supervise(const User& user) { return user.role == Role::supervisor || user.role == Role::admin; }

std::string ReviewService::user_name(int64_t id) {
  auto u = store_.user_by_id(id);
  return u ? u->name : "user " + std::to_string(id);
}

std::vector<QueueRow> ReviewService::queue(const QueueFilter& filter) {
  const int64_t now = clock_();
  std::map<std::string, Claim> claims;
  for (auto& c : store_.claims()) claims[c.dossier_id] = c;
  std::map<std::string, SignOff> signoffs;
  for (auto& s : store_.signoffs()) signoffs[s.dossier_id] = s;
  std::map<int64_t, std::string> names;
  for (const auto& u : store_.users()) names[u.id] = u.name;
  const std::string search = lower(filter.search);
  std::vector<QueueRow> rows;
  for (auto& d : catalog_.scan()) {
    QueueRow row;
    row.dossier = d;
    auto c = claims.find(d->id);
    if (c != claims.end() && c->second.expires > now) row.claimed_by = names[c->second.user_id];
    auto s = signoffs.find(d->id);
    if (s != signoffs.end() && s->second.dossier_version == d->version) row.state = s->second.state;
    else row.state = row.claimed_by.empty() ? "new" : "in_review";
    row.needs_person = !d->needs_person.empty();
    if (!search.empty() && lower(d->id).find(search) == std::string::npos && lower(d->name).find(search) == std::string::npos) continue;
    if (!filter.state.empty() && row.state != filter.state) continue;
    rows.push_back(std::move(row));
  }
  // Those a person must look at first, then the oldest first.
  std::stable_sort(rows.begin(), rows.end(), [](const QueueRow& a, const QueueRow& b) {
    if (a.needs_person != b.needs_person) return a.needs_person;
    return a.dossier->generated_at < b.dossier->generated_at;
  });
  return rows;
}

std::optional<DossierReview> ReviewService::review(const std::string& dossier_id) {
  auto d = catalog_.find(dossier_id);
  if (!d) return std::nullopt;
  DossierReview r;
  r.dossier = d;
  r.facts = facts_from_dossier(d->machine);
  const CandidateFacts& machine_facts = r.facts;
  r.machine_facts = review_facts(machine_facts);
  std::map<std::string, std::string> machine_values;
  for (const auto& f : r.machine_facts) machine_values[f.id] = f.value;
  // A word on an earlier version carries over when the machine still reads the fact the same way.
  for (const auto& o : latest_overrides(store_.overrides(dossier_id))) {
    if (is_added_fact(o.fact)) {  // not a reading of the machine's: it stays until taken back
      if (o.action == "add") {
        r.in_force[o.fact] = o;
        (is_added_course(o.fact) ? r.added_courses : r.added_jobs).push_back(o);
      }
      continue;
    }
    auto now_value = machine_values.find(o.fact);
    if (o.dossier_version == d->version || (now_value != machine_values.end() && now_value->second == o.original))
      r.in_force[o.fact] = o;
    else
      r.to_check_again.push_back(o);
  }
  std::vector<FactOverride> applied;
  for (const auto& [fact, o] : r.in_force) applied.push_back(o);
  std::sort(applied.begin(), applied.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  r.recomputed = evaluate(apply_overrides(machine_facts, applied), rules_, d->machine.value("as_of", ""));
  for (const auto& e : r.recomputed.evaluations) {
    CredentialDecision cd{e.board, e.credential, "", std::string(eligibility_name(e.status))};
    for (const auto& [name, status] : d->statuses)
      if (name == e.board + " " + e.credential) cd.machine = status;
    r.decisions.push_back(cd);
  }
  r.claim = store_.claim(dossier_id);
  if (r.claim && r.claim->expires > clock_()) r.claimed_by = user_name(r.claim->user_id);
  r.signoff = store_.signoff(dossier_id);
  if (r.signoff && r.signoff->dossier_version != d->version) r.signoff.reset();
  return r;
}

AuditRow ReviewService::audit_row(const Actor& actor, int64_t at, const std::string& dossier_id, const std::string& version,
                                  const std::string& fact, const std::string& action, const std::string& old_value,
                                  const std::string& new_value, const std::string& reason) {
  AuditRow row;
  row.at = at;
  row.user = actor.user.name;
  row.address = actor.address;
  row.dossier_id = dossier_id;
  row.dossier_version = version;
  row.fact = fact;
  row.action = action;
  row.old_value = old_value;
  row.new_value = new_value;
  row.reason = reason;
  return row;
}

void ReviewService::audit(const Actor& actor, const std::string& dossier_id, const std::string& version, const std::string& fact,
                          const std::string& action, const std::string& old_value, const std::string& new_value,
                          const std::string& reason) {
  auto row = audit_row(actor, clock_(), dossier_id, version, fact, action, old_value, new_value, reason);
  if (auto r = store_.append_audit(row); !r) spdlog::error("audit: {}", r.error().message);
}

ActionResult ReviewService::claim(const Actor& actor, const std::string& dossier_id) {
  auto d = catalog_.find(dossier_id);
  if (!d) return refuse(404, "no such dossier");
  const int64_t now = clock_();
  auto current = store_.claim(dossier_id);
  if (current && current->expires > now && current->user_id != actor.user.id)
    return refuse(409, "claimed by " + user_name(current->user_id));
  if (auto st = store_.put_claim(Claim{dossier_id, actor.user.id, now + kClaimLeaseSeconds}); !st) return refuse(500, st.error().message);
  // Renewing one's own live claim is no event for the audit trail.
  if (!current || current->expires <= now || current->user_id != actor.user.id) {
    audit(actor, dossier_id, d->version, "", "claim", "", actor.user.name, "");
    write_summary();  // summary.csv says who has it in review
  }
  return std::nullopt;
}

ActionResult ReviewService::hold_claim(const Actor& actor, const std::string& dossier_id) {
  auto current = store_.claim(dossier_id);
  const int64_t now = clock_();
  if (!current || current->expires <= now) return refuse(409, "claim the dossier first");
  if (current->user_id != actor.user.id) return refuse(409, "claimed by " + user_name(current->user_id));
  // Renewed once half the lease has gone, not on every action: one database write less per word.
  if (current->expires - now < kClaimLeaseSeconds / 2) {
    current->expires = now + kClaimLeaseSeconds;
    (void)store_.put_claim(*current);
  }
  return std::nullopt;
}

ActionResult ReviewService::release(const Actor& actor, const std::string& dossier_id) {
  auto d = catalog_.find(dossier_id);
  if (!d) return refuse(404, "no such dossier");
  auto current = store_.claim(dossier_id);
  if (!current) return std::nullopt;
  const bool own = current->user_id == actor.user.id;
  if (!own && !can_supervise(actor.user)) return refuse(403, "only a supervisor can release another evaluator's claim");
  (void)store_.delete_claim(dossier_id);
  audit(actor, dossier_id, d->version, "", "release", user_name(current->user_id), "", "");
  write_summary();
  return std::nullopt;
}

ActionResult ReviewService::reassign(const Actor& actor, const std::string& dossier_id, const std::string& to_user) {
  if (!can_supervise(actor.user)) return refuse(403, "only a supervisor can reassign");
  auto d = catalog_.find(dossier_id);
  if (!d) return refuse(404, "no such dossier");
  auto to = store_.user_named(to_user);
  if (!to || to->disabled) return refuse(400, "no such active user");
  auto current = store_.claim(dossier_id);
  (void)store_.put_claim(Claim{dossier_id, to->id, clock_() + kClaimLeaseSeconds});
  audit(actor, dossier_id, d->version, "", "reassign", current ? user_name(current->user_id) : "", to->name, "");
  write_output(dossier_id);
  write_summary();
  return std::nullopt;
}

ActionResult ReviewService::record_fact(const Actor& actor, const std::string& dossier_id, const std::string& fact,
                                        const std::string& action, const std::string& value, const std::string& reason) {
  auto d = catalog_.find(dossier_id);
  if (!d) return refuse(404, "no such dossier");
  if (auto no = hold_claim(actor, dossier_id)) return no;
  if (action != "confirm" && action != "correct" && action != "absent") return refuse(400, "unknown action");
  const auto facts = review_facts(facts_from_dossier(d->machine));
  auto f = std::find_if(facts.begin(), facts.end(), [&](const ReviewFact& rf) { return rf.id == fact; });
  if (f == facts.end()) return refuse(400, "no such fact in this dossier");
  if (action == "correct")
    if (auto why = check_fact_value(fact, trim(value)); !why.empty()) return refuse(400, f->label + ": " + why);
  if (action != "confirm" && trim(reason).empty()) return refuse(400, "a correction needs a reason");
  FactOverride o{dossier_id, d->version, fact, action, action == "correct" ? trim(value) : "", f->value, trim(reason),
                 actor.user.id, clock_()};
  auto row = audit_row(actor, o.at, dossier_id, d->version, fact, action, f->value, o.value, o.reason);
  if (auto st = store_.add_override_audited(o, row); !st) return refuse(500, st.error().message);
  write_output(dossier_id);
  return std::nullopt;
}

ActionResult ReviewService::add_fact(const Actor& actor, const std::string& dossier_id, const std::string& kind,
                                     const std::string& value, const std::string& reason) {
  auto d = catalog_.find(dossier_id);
  if (!d) return refuse(404, "no such dossier");
  if (auto no = hold_claim(actor, dossier_id)) return no;
  if (trim(reason).empty()) return refuse(400, "say where the " + kind + " is shown");
  const std::string prefix = kind + ".added.";
  int added = 0;
  for (const auto& o : store_.overrides(dossier_id)) added += o.fact.rfind(prefix, 0) == 0 && is_added_fact(o.fact) ? 1 : 0;
  const std::string fact = prefix + std::to_string(added);
  FactOverride o{dossier_id, d->version, fact, "add", value, "", trim(reason), actor.user.id, clock_()};
  auto row = audit_row(actor, o.at, dossier_id, d->version, fact, "add", "", o.value, o.reason);
  if (auto st = store_.add_override_audited(o, row); !st) return refuse(500, st.error().message);
  write_output(dossier_id);
  return std::nullopt;
}

ActionResult ReviewService::add_course(const Actor& actor, const std::string& dossier_id, const AddedCourse& course,
                                       const std::string& reason) {
  AddedCourse c{trim(course.title), trim(course.code), course.credits};
  if (c.title.empty() || c.title.size() > 200 || c.code.size() > 40) return refuse(400, "a course needs a title (at most 200 characters)");
  if (!(c.credits >= 0 && c.credits <= 1000)) return refuse(400, "credits: a number from 0 to 1000");
  return add_fact(actor, dossier_id, "course", added_course_value(c), reason);
}

ActionResult ReviewService::add_job(const Actor& actor, const std::string& dossier_id, const AddedJob& job, const std::string& reason) {
  AddedJob j = job;
  j.employer = trim(j.employer);
  j.position = trim(j.position);
  j.start = trim(j.start);
  j.end = trim(j.end);
  if (auto why = check_added_job(j); !why.empty()) return refuse(400, why);
  return add_fact(actor, dossier_id, "job", added_job_value(j), reason);
}

ActionResult ReviewService::remove_added(const Actor& actor, const std::string& dossier_id, const std::string& fact,
                                         const std::string& reason) {
  auto r = review(dossier_id);
  if (!r) return refuse(404, "no such dossier");
  if (auto no = hold_claim(actor, dossier_id)) return no;
  auto it = r->in_force.find(fact);
  if (!is_added_fact(fact) || it == r->in_force.end()) return refuse(400, "nothing added under that name");
  FactOverride o{dossier_id, r->dossier->version, fact, "remove", "", it->second.value, trim(reason), actor.user.id, clock_()};
  auto row = audit_row(actor, o.at, dossier_id, r->dossier->version, fact, "remove", it->second.value, "", o.reason);
  if (auto st = store_.add_override_audited(o, row); !st) return refuse(500, st.error().message);
  write_output(dossier_id);
  return std::nullopt;
}

ActionResult ReviewService::sign_off(const Actor& actor, const std::string& dossier_id, const std::string& decision,
                                     const std::map<std::string, std::string>& finals, const std::string& reason) {
  if (auto no = hold_claim(actor, dossier_id)) return no;
  auto r = review(dossier_id);
  if (!r) return refuse(404, "no such dossier");
  SignOff s{dossier_id, r->dossier->version, "", "[]", trim(reason), actor.user.id, clock_(), 0, 0};
  if (decision == "return" || decision == "escalate") {
    if (s.reason.empty()) return refuse(400, decision == "return" ? "say what the candidate must send" : "say why you escalate");
    s.state = decision == "return" ? "returned" : "escalated";
  } else if (decision == "approve") {
    nlohmann::json list = nlohmann::json::array();
    bool differs = false, new_eligible = false;
    for (const auto& cd : r->decisions) {
      auto it = finals.find(cd.board + " " + cd.credential);
      const std::string final_status = it == finals.end() ? cd.recomputed : it->second;
      if (!is_status(final_status)) return refuse(400, "unknown decision " + final_status);
      differs = differs || final_status != cd.machine;
      new_eligible = new_eligible || (final_status == "eligible" && cd.machine != "eligible");
      list.push_back({{"board", cd.board}, {"credential", cd.credential}, {"machine", cd.machine},
                      {"recomputed", cd.recomputed}, {"final", final_status}});
    }
    if (differs && s.reason.empty()) return refuse(400, "a decision that differs from the machine's needs a reason");
    s.decisions = list.dump();
    s.state = new_eligible ? "awaiting_second_approval" : "approved";
  } else {
    return refuse(400, "unknown decision");
  }
  if (auto st = store_.put_signoff(s); !st) return refuse(500, st.error().message);
  audit(actor, dossier_id, s.dossier_version, "", "sign_off:" + decision, "", s.state + " " + s.decisions, s.reason);
  write_output(dossier_id);
  write_summary();
  return std::nullopt;
}

ActionResult ReviewService::second_approval(const Actor& actor, const std::string& dossier_id) {
  if (!can_supervise(actor.user)) return refuse(403, "only a supervisor can give the second approval");
  auto r = review(dossier_id);
  if (!r) return refuse(404, "no such dossier");
  if (!r->signoff || r->signoff->state != "awaiting_second_approval") return refuse(400, "nothing awaits a second approval");
  if (r->signoff->user_id == actor.user.id) return refuse(403, "the second approval must come from another person");
  SignOff s = *r->signoff;
  s.state = "approved";
  s.second_user_id = actor.user.id;
  s.second_at = clock_();
  if (auto st = store_.put_signoff(s); !st) return refuse(500, st.error().message);
  audit(actor, dossier_id, s.dossier_version, "", "second_approval", "awaiting_second_approval", "approved", "");
  write_output(dossier_id);
  write_summary();
  return std::nullopt;
}

void ReviewService::write_output(const std::string& dossier_id) {
  // Under the lock the section is computed from the state as it is now, so a slower request can
  // never write an older section over a newer one.
  std::lock_guard lock(output_mutexes_[std::hash<std::string>{}(dossier_id) % output_mutexes_.size()]);
  auto r = review(dossier_id);
  if (!r) return;
  auto section = review_section(*r, [this](int64_t id) { return user_name(id); });
  auto written = section_writer_.write(r->dossier->path, r->dossier->version, section);
  if (!written) spdlog::error("review section of {}: {}", dossier_id, written.error().message);
  else if (*written) catalog_.note_review_written(dossier_id);
}

void ReviewService::refresh_summary() {
  const std::string path = catalog_.out_dir() + "/summary.csv";
  {
    std::lock_guard lock(summary_mutex_);
    if (summary_stamp_ == file_stamp(path) && summary_stamp_[0] != 0) return;
  }
  write_summary();
}

void ReviewService::write_summary() {
  std::lock_guard lock(summary_mutex_);
  const std::string path = catalog_.out_dir() + "/summary.csv";
  std::map<std::string, SignOff> signoffs;
  for (auto& s : store_.signoffs()) signoffs[s.dossier_id] = s;
  const int64_t now = clock_();
  std::map<std::string, int64_t> claimed_by;  // live claims only
  for (const auto& c : store_.claims())
    if (c.expires > now) claimed_by[c.dossier_id] = c.user_id;
  std::map<std::string, ReviewCells> cells;
  std::vector<SummaryRow> fallback;
  for (const auto& dossier : catalog_.scan()) {
    const auto& d = *dossier;
    ReviewCells c;
    auto s = signoffs.find(d.id);
    if (s != signoffs.end() && s->second.dossier_version == d.version) {  // a sign-off on an earlier version is no review of this one
      c.state = s->second.state;
      c.reviewer = user_name(s->second.user_id);
      c.signed_off_at = iso_time(s->second.at);
      c.second_approval_by = s->second.second_user_id ? user_name(s->second.second_user_id) : "";
      const auto list = nlohmann::json::parse(s->second.decisions, nullptr, false);
      if (list.is_array())
        for (const auto& f : list)
          c.final_decisions += (c.final_decisions.empty() ? "" : "; ") + f.value("board", "") + " " + f.value("credential", "") + "=" +
                               f.value("final", "");
    } else if (auto claim = claimed_by.find(d.id); claim != claimed_by.end()) {
      c.state = "in_review";  // claimed, not yet signed off: the queue's state, and who has it
      c.reviewer = user_name(claim->second);
    }
    fallback.push_back(SummaryRow{d.id, d.name, d.statuses, {}, d.flags, {}, 0, 0, c});
    cells[d.id] = std::move(c);
  }
  // The file `run` wrote, with the review columns filled; none (the watch daemon writes none): the
  // rows from the dossiers themselves (statuses and flags; routes and counts are left empty).
  std::string csv = summary_with_review(read_text_file(path), cells);
  if (csv.empty()) {
    std::sort(fallback.begin(), fallback.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    csv = summary_csv(fallback);
  }
  if (auto st = write_file_atomic(path, csv, Durability::unsynced); !st) spdlog::error("summary.csv: {}", st.error().message);
  summary_stamp_ = file_stamp(path);
  // summary.json (when `run` wrote one) carries the same five fields per candidate.
  const std::string json_path = catalog_.out_dir() + "/summary.json";
  const std::string json = summary_json_with_review(read_text_file(json_path), cells);
  if (!json.empty())
    if (auto st = write_file_atomic(json_path, json, Durability::unsynced); !st) spdlog::error("summary.json: {}", st.error().message);
}

}  // namespace cc
