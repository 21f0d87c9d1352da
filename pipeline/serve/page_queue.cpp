// The queue page (dossiers with their status per credential, flags, lowest confidence, age and
// review state; those needing a person first) and the audit page.
#include <cstdio>

#include "pipeline/dossier/html_text.h"
#include "pipeline/serve/pages.h"

namespace cc {
namespace {

std::string age_text(const std::string& generated_at, int64_t now) {
  std::tm tm{};
  if (generated_at.size() < 19 || !strptime(generated_at.c_str(), "%Y-%m-%dT%H:%M:%S", &tm)) return "";
  const int64_t seconds = now - static_cast<int64_t>(timegm(&tm));
  if (seconds < 3600) return std::to_string(std::max<int64_t>(0, seconds / 60)) + " min";
  if (seconds < 172800) return std::to_string(seconds / 3600) + " h";
  return std::to_string(seconds / 86400) + " d";
}

}  // namespace

std::string queue_page(const PageContext& ctx, const std::vector<QueueRow>& rows, const QueueFilter& filter, int64_t now) {
  std::string body = "<h1>Queue</h1><form method=\"get\" action=\"/\" class=\"filters\"><label>Name or id <input id=\"q\" name=\"q\" value=\"" +
                     html_escape(filter.search) + "\"></label><label>State <select name=\"state\">";
  for (const char* s : {"", "new", "in_review", "awaiting_second_approval", "approved", "returned", "escalated"})
    body += "<option value=\"" + std::string(s) + "\"" + (filter.state == s ? " selected" : "") + ">" + (*s ? s : "any") + "</option>";
  body += "</select></label><button type=\"submit\">Filter</button></form>";
  body += "<p class=\"muted\">" + std::to_string(rows.size()) + " dossiers; those that need a person first. New versions appear on every load.</p>";
  body += "<table id=\"queue\"><thead><tr><th>Candidate</th><th>Decisions</th><th>Flags</th><th>Lowest confidence</th><th>Age</th>"
          "<th>Needs a person</th><th>State</th><th>Claimed by</th></tr></thead><tbody>";
  for (const auto& row : rows) {
    const auto& d = *row.dossier;
    body += "<tr data-id=\"" + html_escape(d.id) + "\"><td><a href=\"/dossier/" + html_escape(url_part(d.id)) + "\">" +
            html_escape(d.name.empty() ? "(no name read)" : d.name) + "</a><br><span class=\"muted\">" + html_escape(d.id) + "</span></td><td>";
    for (const auto& [credential, status] : d.statuses)
      body += "<span class=\"tag\">" + html_escape(credential) + ": <span class=\"" + html_escape(status) + "\">" + html_escape(status) + "</span></span> ";
    body += "</td><td>";
    for (const auto& f : d.flags) body += "<span class=\"tag\">" + html_escape(f) + "</span> ";
    char conf[16];
    snprintf(conf, sizeof conf, "%.2f", d.lowest_confidence);
    body += "</td><td" + std::string(d.lowest_confidence < kLowConfidence ? " class=\"low\"" : "") + ">" + conf + "</td><td>" +
            html_escape(age_text(d.generated_at, now)) + "</td><td>";
    for (const auto& why : d.needs_person) body += html_escape(why) + "<br>";
    body += "</td><td>" + html_escape(row.state) + "</td><td>" + html_escape(row.claimed_by) + "</td></tr>";
  }
  body += "</tbody></table>";
  return page_frame(ctx, "Queue", body);
}

std::string audit_page(const PageContext& ctx, const std::string& dossier_id, const std::vector<AuditRow>& rows) {
  const std::string query = dossier_id.empty() ? "" : "?dossier=" + html_escape(url_part(dossier_id));
  std::string body = "<h1>Audit trail" + (dossier_id.empty() ? std::string() : " of " + html_escape(dossier_id)) +
                     "</h1><p><a href=\"/audit.csv" + query + "\">CSV</a> · <a href=\"/audit.json" + query +
                     "\">JSON</a></p><table id=\"audit\"><thead><tr><th>#</th><th>When (UTC)</th><th>Who</th><th>From</th><th>Dossier</th>"
                     "<th>Version</th><th>Fact</th><th>Action</th><th>Old</th><th>New</th><th>Reason</th></tr></thead><tbody>";
  for (const auto& r : rows) {
    std::tm tm{};
    const std::time_t t = static_cast<std::time_t>(r.at);
    gmtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);
    body += "<tr><td>" + std::to_string(r.seq) + "</td><td>" + when + "</td>";
    for (const std::string* f : {&r.user, &r.address, &r.dossier_id, &r.dossier_version, &r.fact, &r.action, &r.old_value,
                                 &r.new_value, &r.reason})
      body += "<td>" + html_escape(truncate_text(*f, 300)) + "</td>";
    body += "</tr>";
  }
  body += "</tbody></table>";
  return page_frame(ctx, "Audit", body);
}

}  // namespace cc
