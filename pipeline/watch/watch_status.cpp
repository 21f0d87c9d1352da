#include "pipeline/watch/watch_status.h"

#include <chrono>
#include <cmath>
#include <optional>
#include <cstdio>
#include <filesystem>

#include "core/exit_codes.h"
#include "pipeline/watch/ledger.h"
#include "pipeline/watch/ledger_schema.h"

namespace cc {
namespace {

using nlohmann::ordered_json;

Expected<int64_t> scalar(Database& db, const std::string& sql, std::optional<double> arg = std::nullopt) {
  auto s = db.prepare(sql);
  if (!s) return s.error();
  if (arg) s->bind(1, *arg);
  const int64_t v = s->step() ? s->int_at(0) : 0;
  if (s->error()) return *s->error();
  return v;
}

Expected<ordered_json> rows_json(Database& db, const std::string& where, int limit) {
  auto s = db.prepare(std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE " + where + " LIMIT " + std::to_string(limit));
  if (!s) return s.error();
  ordered_json out = ordered_json::array();
  while (s->step()) {
    const DocumentRow r = document_row_from(*s);
    ordered_json j;
    j["candidate"] = r.candidate;
    j["file"] = r.name;
    j["state"] = r.state;
    j["attempts"] = r.attempts;
    if (!r.error_code.empty()) j["error"] = {{"code", r.error_code}, {"message", r.error_message}};
    j["path"] = r.current_path();
    if (r.state == "queued" && r.next_attempt > 0) j["next_attempt"] = r.next_attempt;
    out.push_back(j);
  }
  if (s->error()) return *s->error();
  return out;
}

// The daemons that have run on this state, newest heartbeat first. A daemon that stopped cleanly
// recorded it (stopped_at): "stopped" at once. Otherwise "alive" while its heartbeat is younger
// than kAliveSeconds (it beats every third of its lease), and "gone" after: killed, or cut off.
constexpr double kAliveSeconds = 60;

Expected<ordered_json> daemons_json(Database& db, double now) {
  auto s = db.prepare("SELECT holder, host, pid, started_at, heartbeat_at, documents_read, dossiers_written, stopped_at FROM daemons "
                      "ORDER BY heartbeat_at DESC LIMIT 50");
  if (!s) return s.error();
  ordered_json out = ordered_json::array();
  while (s->step()) {
    const double started = s->real_at(3), beat = s->real_at(4), stopped_at = s->real_at(7);
    const double hours = std::max(1.0 / 60, (beat - started) / 3600);
    const bool stopped = stopped_at > 0, alive = !stopped && now - beat < kAliveSeconds;
    ordered_json d = {{"holder", s->text_at(0)}, {"host", s->text_at(1)}, {"pid", s->int_at(2)},
                      {"alive", alive}, {"state", alive ? "alive" : stopped ? "stopped" : "gone"},
                      {"seconds_since_heartbeat", std::round((now - beat) * 10) / 10},
                      {"documents_read", s->int_at(5)}, {"dossiers_written", s->int_at(6)},
                      {"documents_per_hour", std::round(static_cast<double>(s->int_at(5)) / hours * 10) / 10}};
    if (stopped) d["seconds_since_stop"] = std::round((now - stopped_at) * 10) / 10;
    out.push_back(d);
  }
  if (s->error()) return *s->error();
  return out;
}

Expected<ordered_json> leases_json(Database& db, double now) {
  ordered_json out;
  for (const char* table : {"documents", "jobs"}) {
    auto held = scalar(db, std::string("SELECT COUNT(*) FROM ") + table + " WHERE lease_holder<>'' AND lease_expires>=?1", now);
    auto expired = scalar(db, std::string("SELECT COUNT(*) FROM ") + table + " WHERE lease_holder<>'' AND lease_expires>0 AND lease_expires<?1", now);
    if (!held) return held.error();
    if (!expired) return expired.error();
    out[table] = {{"held", *held}, {"expired", *expired}};
  }
  return out;
}

}  // namespace

Expected<ordered_json> watch_status_json(const std::string& state_file, double now) {
  if (!is_postgres_url(state_file) && !std::filesystem::exists(state_file))
    return make_error(ErrorCode::internal, "no state database at " + state_file);
  auto ledger = Ledger::open(state_file, true);
  if (!ledger) return ledger.error();
  Database& db = ledger->db();
  // Read-only, so nothing is migrated here: a state an older daemon made (schema version 1) is
  // migrated by the first `credcheck watch` of this version that opens it.
  auto version = ledger_schema_version(db);
  if (!version) return version.error();
  if (*version < kLedgerSchemaVersion)
    return make_error(ErrorCode::internal, "the state database has schema version " + std::to_string(*version) + " (this credcheck reads " +
                                               std::to_string(kLedgerSchemaVersion) + "): start `credcheck watch` on it once to migrate it");
  ordered_json j;
  j["state_file"] = is_postgres_url(state_file) ? std::string("postgresql") : state_file;
  ordered_json states = ordered_json::object();
  for (const char* st : {"queued", "read", "evaluated", "done", "failed", "duplicate", "refused", "superseded"}) {
    auto s = db.prepare("SELECT COUNT(*) FROM documents WHERE state=?1");
    if (!s) return s.error();
    s->bind(1, st);
    states[st] = s->step() ? s->int_at(0) : 0;
  }
  j["documents"] = states;
  auto candidates = scalar(db, "SELECT COUNT(*) FROM candidates");
  auto evaluated = scalar(db, "SELECT COUNT(*) FROM candidates WHERE version>0");
  auto versions = scalar(db, "SELECT COUNT(*) FROM jobs WHERE state='done'");
  auto running = scalar(db, "SELECT COUNT(*) FROM jobs WHERE state='running'");
  auto retrying = scalar(db, "SELECT COUNT(*) FROM documents WHERE state='queued' AND attempts>0");
  for (const auto* e : {&candidates, &evaluated, &versions, &running, &retrying})
    if (!*e) return e->error();
  j["candidates"] = {{"known", *candidates}, {"with_dossier", *evaluated}, {"dossier_versions", *versions}, {"jobs_interrupted", *running}};
  j["retrying"] = *retrying;
  ordered_json rates = ordered_json::object();
  for (const auto& [name, seconds] : {std::pair<const char*, double>{"last_5_min", 300}, {"last_hour", 3600}}) {
    auto docs = scalar(db, "SELECT COUNT(*) FROM documents WHERE finished_at>=?1", now - seconds);
    auto dossiers = scalar(db, "SELECT COUNT(*) FROM jobs WHERE state='done' AND finished_at>=?1", now - seconds);
    if (!docs) return docs.error();
    if (!dossiers) return dossiers.error();
    rates[name] = {{"documents", *docs}, {"dossiers", *dossiers}, {"documents_per_min", static_cast<double>(*docs) / (seconds / 60)}};
  }
  j["rates"] = rates;
  auto queue = rows_json(db, "state IN ('queued','read','evaluated') ORDER BY id", 20);
  auto failed = rows_json(db, "state IN ('failed','refused') ORDER BY finished_at DESC, id DESC", 20);
  if (!queue) return queue.error();
  if (!failed) return failed.error();
  j["queue"] = *queue;
  j["recent_failures"] = *failed;
  auto daemons = daemons_json(db, now);
  if (!daemons) return daemons.error();
  j["daemons"] = *daemons;
  auto leases = leases_json(db, now);
  if (!leases) return leases.error();
  j["leases"] = *leases;
  return j;
}

std::string watch_status_text(const ordered_json& j) {
  std::string out = "state: " + j["state_file"].get<std::string>() + "\n";
  out += "documents:";
  for (auto it = j["documents"].begin(); it != j["documents"].end(); ++it) out += " " + it.key() + " " + it.value().dump();
  out += "\n";
  const auto& c = j["candidates"];
  out += "candidates: " + c["known"].dump() + " known, " + c["with_dossier"].dump() + " with a dossier, " +
         c["dossier_versions"].dump() + " dossier versions written, " + c["jobs_interrupted"].dump() + " interrupted jobs\n";
  out += "retrying: " + j["retrying"].dump() + "\n";
  for (auto it = j["rates"].begin(); it != j["rates"].end(); ++it) {
    char line[200];
    snprintf(line, sizeof line, "%s: %lld documents finished (%.1f/min), %lld dossiers\n", it.key().c_str(),
             it.value()["documents"].get<long long>(), it.value()["documents_per_min"].get<double>(), it.value()["dossiers"].get<long long>());
    out += line;
  }
  out += "daemons (" + std::to_string(j["daemons"].size()) + "):\n";
  for (const auto& d : j["daemons"]) {
    char when[80], line[400];
    if (d.contains("seconds_since_stop")) snprintf(when, sizeof when, "stopped cleanly %.1f s ago", d["seconds_since_stop"].get<double>());
    else snprintf(when, sizeof when, "last heartbeat %.1f s ago", d["seconds_since_heartbeat"].get<double>());
    snprintf(line, sizeof line, "  %s  %s  %s  %lld documents read (%.1f/h), %lld dossiers\n", d["holder"].get<std::string>().c_str(),
             d["state"].get<std::string>().c_str(), when, d["documents_read"].get<long long>(), d["documents_per_hour"].get<double>(),
             d["dossiers_written"].get<long long>());
    out += line;
  }
  {
    const auto& l = j["leases"];
    out += "leases: documents " + l["documents"]["held"].dump() + " held, " + l["documents"]["expired"].dump() + " expired; jobs " +
         l["jobs"]["held"].dump() + " held, " + l["jobs"]["expired"].dump() + " expired\n";
  }
  out += "queue (" + std::to_string(j["queue"].size()) + " shown):\n";
  for (const auto& q : j["queue"])
    out += "  " + q["candidate"].get<std::string>() + "/" + q["file"].get<std::string>() + "  " + q["state"].get<std::string>() +
           (q["attempts"].get<int>() > 0 ? "  attempts " + q["attempts"].dump() : "") + "\n";
  out += "recent failures (" + std::to_string(j["recent_failures"].size()) + " shown):\n";
  for (const auto& f : j["recent_failures"])
    out += "  " + f["candidate"].get<std::string>() + "/" + f["file"].get<std::string>() + "  " +
           (f.contains("error") ? f["error"]["code"].get<std::string>() + ": " + f["error"]["message"].get<std::string>() : "") +
           "  -> " + f["path"].get<std::string>() + "\n";
  return out;
}

int run_status(const std::string& state_file, bool as_json) {
  const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  auto status = watch_status_json(state_file, now);
  if (!status) {
    fprintf(stderr, "credcheck status: %s\n", status.error().message.c_str());
    return kExitUsage;
  }
  if (as_json) printf("%s\n", status->dump(2).c_str());
  else fputs(watch_status_text(*status).c_str(), stdout);
  return kExitSuccess;
}

}  // namespace cc
