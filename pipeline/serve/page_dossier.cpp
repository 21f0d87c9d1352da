// The dossier under review: decisions before -> after, every fact with its evidence (crop or
// text), confidence and the reviewer's word, the forms to confirm / correct / mark absent, the
// words to check again after a new version, the machine's flags and to-dos, and sign-off.
#include <cstdio>
#include <set>

#include "core/facts.h"
#include "pipeline/dossier/evidence_crops.h"
#include "pipeline/dossier/html_text.h"
#include "pipeline/serve/pages.h"

namespace cc {
namespace {

std::string csrf_field(const PageContext& ctx) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + html_escape(ctx.csrf) + "\">";
}

std::string status_span(const std::string& status) {
  return "<span class=\"" + html_escape(status) + "\">" + html_escape(status.empty() ? "—" : status) + "</span>";
}

std::string action_form(const PageContext& ctx, const std::string& id, const std::string& action, const std::string& label,
                        const std::string& extra = {}) {
  return "<form method=\"post\" action=\"/dossier/" + html_escape(url_part(id)) + "/" + action + "\" class=\"inline\">" + csrf_field(ctx) + extra +
         "<button type=\"submit\" id=\"btn-" + action + "\">" + label + "</button></form> ";
}

// The index of `file` among the dossier's documents, or -1.
int document_index(const CatalogDossier& d, const std::string& file) {
  const auto& docs = d.machine.value("documents", nlohmann::json::array());
  for (size_t i = 0; docs.is_array() && i < docs.size(); ++i)
    if (docs[i].is_object() && docs[i].value("file", "") == file) return static_cast<int>(i);
  return -1;
}

std::string page_link(const PageContext& ctx, const CatalogDossier& d, const Evidence& e) {
  const int doc = document_index(d, e.file);
  if (!ctx.page_viewer || doc < 0 || e.page < 1) return {};
  char box[160];
  snprintf(box, sizeof box, "%.1f,%.1f,%.1f,%.1f", e.bbox.x0, e.bbox.y0, e.bbox.x1, e.bbox.y1);
  return " <a class=\"page-link\" href=\"/dossier/" + html_escape(url_part(d.id)) + "/view?doc=" + std::to_string(doc) +
         "&amp;page=" + std::to_string(e.page) + "&amp;box=" + box + "\">open the page</a>";
}

std::string evidence_cell(const PageContext& ctx, const CatalogDossier& d, const ReviewFact& f,
                          const std::map<std::string, std::string>& crop_urls) {
  std::string out;
  std::set<std::string> seen;
  size_t shown = 0;
  for (const auto& e : f.evidence) {
    const std::string key = evidence_key(e);
    if (!seen.insert(key).second || shown >= 2) continue;
    ++shown;
    auto url = crop_urls.find(key);
    if (url != crop_urls.end())
      out += "<img class=\"crop\" loading=\"lazy\" alt=\"page " + std::to_string(e.page) + " of " + html_escape(e.file) + "\" src=\"" +
             html_escape(url->second) + "\">";
    out += "<div class=\"evtext\">" + html_escape(e.file) + " p." + std::to_string(e.page) + ": " + html_escape(truncate_text(e.text, 160)) +
           page_link(ctx, d, e) + "</div>";
  }
  return out.empty() ? "<span class=\"muted\">no evidence</span>" : out;
}

std::string word_text(const FactOverride& o) {
  if (o.action == "confirm") return "confirmed";
  if (o.action == "absent") return "not in the documents — " + o.reason;
  return "corrected to " + o.value + " — " + o.reason;
}

// Courses added by reviewers (each can be taken back), and the form to add one.
std::string added_courses_rows(const PageContext& ctx, const DossierReview& r, bool editable) {
  if (r.added_courses.empty() && !editable) return {};
  std::string out = "<tr><th colspan=\"6\">Courses added by reviewers</th></tr>";
  const std::string action = "/dossier/" + html_escape(url_part(r.dossier->id));
  for (const auto& o : r.added_courses) {
    auto c = added_course_from(o.value);
    if (!c) continue;
    out += "<tr data-added=\"" + html_escape(o.fact) + "\" class=\"changed\"><td>" + html_escape(c->title) +
           (c->code.empty() ? "" : " (" + html_escape(c->code) + ")") + "</td><td>" + html_escape(format_number(c->credits)) +
           "</td><td>1.00</td><td class=\"word\">" + html_escape("added — " + o.reason) + "</td><td></td><td>";
    if (editable)
      out += "<form method=\"post\" action=\"" + action + "/remove-course\" class=\"fact-form\">" + csrf_field(ctx) +
             "<input type=\"hidden\" name=\"fact\" value=\"" + html_escape(o.fact) + "\"><input name=\"reason\" placeholder=\"reason\" "
             "aria-label=\"reason\"><button type=\"submit\">Take back</button></form>";
    out += "</td></tr>";
  }
  if (editable)
    out += "<tr><td colspan=\"6\"><form method=\"post\" action=\"" + action + "/add-course\" class=\"fact-form\" id=\"add-course\">" +
           csrf_field(ctx) + "<input name=\"title\" placeholder=\"course title\" aria-label=\"course title\">"
           "<input name=\"code\" placeholder=\"code\" aria-label=\"course code\"><input name=\"credits\" placeholder=\"credits\" "
           "aria-label=\"credits\"><input name=\"reason\" placeholder=\"where it is shown\" aria-label=\"reason\">"
           "<button type=\"submit\">Add a course the machine missed</button></form></td></tr>";
  return out;
}

std::string job_text(const AddedJob& j) {
  std::string hours = j.hours_per_week ? format_number(*j.hours_per_week) + " h/week" : "full-time";
  std::string departments;
  for (const auto& d : j.departments) departments += (departments.empty() ? "" : ", ") + d;
  return j.employer + (j.position.empty() ? "" : " (" + j.position + ")") + ": " + j.start + " to " +
         (j.end.empty() ? "present" : j.end) + ", " + hours + (departments.empty() ? "" : "; " + departments);
}

// Jobs added by reviewers (each can be taken back), and the form to add one.
std::string added_jobs_rows(const PageContext& ctx, const DossierReview& r, bool editable) {
  if (r.added_jobs.empty() && !editable) return {};
  std::string out = "<tr><th colspan=\"6\">Jobs added by reviewers</th></tr>";
  const std::string action = "/dossier/" + html_escape(url_part(r.dossier->id));
  for (const auto& o : r.added_jobs) {
    auto j = added_job_from(o.value);
    if (!j) continue;
    out += "<tr data-added=\"" + html_escape(o.fact) + "\" class=\"changed\"><td>" + html_escape(job_text(*j)) +
           "</td><td></td><td>1.00</td><td class=\"word\">" + html_escape("added — " + o.reason) + "</td><td></td><td>";
    if (editable)
      out += "<form method=\"post\" action=\"" + action + "/remove-job\" class=\"fact-form\">" + csrf_field(ctx) +
             "<input type=\"hidden\" name=\"fact\" value=\"" + html_escape(o.fact) + "\"><input name=\"reason\" placeholder=\"reason\" "
             "aria-label=\"reason\"><button type=\"submit\">Take back</button></form>";
    out += "</td></tr>";
  }
  if (!editable) return out;
  out += "<tr><td colspan=\"6\"><form method=\"post\" action=\"" + action + "/add-job\" class=\"fact-form\" id=\"add-job\">" +
         csrf_field(ctx) + "<input name=\"employer\" placeholder=\"employer\" aria-label=\"employer\">"
         "<input name=\"position\" placeholder=\"position\" aria-label=\"position\">"
         "<input name=\"start\" placeholder=\"start YYYY-MM-DD\" aria-label=\"start\">"
         "<input name=\"end\" placeholder=\"end (empty: to present)\" aria-label=\"end\">"
         "<input name=\"hours_per_week\" placeholder=\"hours/week\" aria-label=\"hours per week\">"
         "<label><input type=\"checkbox\" name=\"full_time\" value=\"1\"> full-time</label> ";
  for (const char* d : {"chemistry", "hematology", "microbiology", "blood_bank", "immunology", "urinalysis", "molecular", "phlebotomy", "other"})
    out += "<label><input type=\"checkbox\" name=\"departments\" value=\"" + std::string(d) + "\"> " + d + "</label> ";
  return out + "<input name=\"reason\" placeholder=\"where it is shown\" aria-label=\"reason\">"
               "<button type=\"submit\">Add a job the machine missed</button></form></td></tr>";
}

std::string facts_table(const PageContext& ctx, const DossierReview& r, bool editable, const std::map<std::string, std::string>& crop_urls) {
  std::string out = "<section><h2>Facts</h2><p class=\"muted\">Keys: j / k next and previous fact, c confirm, e edit.</p>"
                    "<table id=\"facts\"><thead><tr><th>Fact</th><th>Read by the machine</th><th>Confidence</th><th>Your word</th>"
                    "<th>Evidence</th><th></th></tr></thead><tbody>";
  std::string section;
  for (const auto& f : r.machine_facts) {
    if (f.section != section) {
      section = f.section;
      out += "<tr><th colspan=\"6\">" + html_escape(section) + "</th></tr>";
    }
    auto word = r.in_force.find(f.id);
    char conf[16];
    snprintf(conf, sizeof conf, "%.2f", f.confidence);
    out += "<tr data-fact=\"" + html_escape(f.id) + "\"" + (word != r.in_force.end() ? " class=\"changed\"" : "") + "><td>" +
           html_escape(f.label) + "</td><td class=\"value\">" + html_escape(f.value.empty() ? "—" : f.value) + "</td><td" +
           (f.confidence < kLowConfidence ? " class=\"low\"" : "") + ">" + conf + "</td><td class=\"word\">" +
           (word != r.in_force.end() ? html_escape(word_text(word->second)) : "") + "</td><td>" + evidence_cell(ctx, *r.dossier, f, crop_urls) + "</td><td>";
    if (editable)
      out += "<form method=\"post\" action=\"/dossier/" + html_escape(url_part(r.dossier->id)) + "/fact\" class=\"fact-form\">" + csrf_field(ctx) +
             "<input type=\"hidden\" name=\"fact\" value=\"" + html_escape(f.id) + "\"><button type=\"submit\" name=\"action\" value=\"confirm\">Confirm</button>"
             "<input name=\"value\" placeholder=\"value\" aria-label=\"corrected value\"><input name=\"reason\" placeholder=\"reason\" aria-label=\"reason\">"
             "<button type=\"submit\" name=\"action\" value=\"correct\">Correct</button>"
             "<button type=\"submit\" name=\"action\" value=\"absent\">Not in the documents</button></form>";
    out += "</td></tr>";
  }
  out += added_courses_rows(ctx, r, editable);
  out += added_jobs_rows(ctx, r, editable);
  return out + "</tbody></table></section>";
}

std::string decisions_table(const DossierReview& r) {
  std::string out = "<section><h2>Decisions</h2><table id=\"decisions\"><thead><tr><th>Credential</th><th>Machine</th><th></th>"
                    "<th>Now, with your words</th><th>Route met now</th></tr></thead><tbody>";
  for (size_t i = 0; i < r.decisions.size(); ++i) {
    const auto& d = r.decisions[i];
    const auto& e = r.recomputed.evaluations[i];
    out += "<tr data-credential=\"" + html_escape(d.board + " " + d.credential) + "\"" + (d.machine != d.recomputed ? " class=\"changed\"" : "") +
           "><td>" + html_escape(d.board + " " + d.credential) + "</td><td class=\"machine\">" + status_span(d.machine) +
           "</td><td>→</td><td class=\"recomputed\">" + status_span(d.recomputed) + "</td><td>" + html_escape(e.route.value_or("—")) + "</td></tr>";
  }
  return out + "</tbody></table></section>";
}

std::string signoff_section(const PageContext& ctx, const DossierReview& r, bool editable, bool supervisor) {
  std::string out = "<section><h2>Sign-off</h2>";
  if (r.signoff) {
    out += "<p id=\"signoff-state\">State: <b>" + html_escape(r.signoff->state) + "</b>" +
           (r.signoff->reason.empty() ? "" : " — " + html_escape(r.signoff->reason)) + "</p>";
    if (r.signoff->state == "awaiting_second_approval" && supervisor)
      out += action_form(ctx, r.dossier->id, "second-approval", "Give the second approval");
  }
  if (!editable) return out + "</section>";
  out += "<form method=\"post\" action=\"/dossier/" + html_escape(url_part(r.dossier->id)) + "/signoff\" id=\"signoff\">" + csrf_field(ctx) + "<table><tbody>";
  for (const auto& d : r.decisions) {
    const std::string name = d.board + " " + d.credential;
    out += "<tr><td>" + html_escape(name) + "</td><td><select name=\"final:" + html_escape(name) + "\" aria-label=\"final decision " + html_escape(name) + "\">";
    for (const char* s : {"eligible", "not_eligible", "needs_review"})
      out += "<option value=\"" + std::string(s) + "\"" + (d.recomputed == s ? " selected" : "") + ">" + s + "</option>";
    out += "</select></td></tr>";
  }
  out += "</tbody></table><label>Reason (needed when a decision differs from the machine's, when returning or escalating)"
         "<textarea name=\"reason\" rows=\"2\" cols=\"60\"></textarea></label>"
         "<button type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">Approve</button> "
         "<button type=\"submit\" name=\"decision\" value=\"return\">Return to the candidate</button> "
         "<button type=\"submit\" name=\"decision\" value=\"escalate\">Escalate</button></form>";
  return out + "</section>";
}

}  // namespace

std::string page_view(const PageContext& ctx, const CatalogDossier& d, int doc, int page, const Box& box, const Box& rendered,
                      int width, int height) {
  const std::string id = html_escape(url_part(d.id));
  std::string body = "<h1>" + html_escape(d.name.empty() ? d.id : d.name) + " — page " + std::to_string(page) + "</h1><p><a href=\"/dossier/" +
                     id + "\">Back to the dossier</a></p>";
  // The evidence box in the picture's pixels (an SVG overlay: no inline style, so the CSP holds).
  const double sx = rendered.width() > 0 ? width / rendered.width() : 0, sy = rendered.height() > 0 ? height / rendered.height() : 0;
  char rect[200];
  snprintf(rect, sizeof rect, "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"", (box.x0 - rendered.x0) * sx,
           (box.y0 - rendered.y0) * sy, box.width() * sx, box.height() * sy);
  body += "<svg class=\"page\" id=\"page-view\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) + "\" width=\"" +
          std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" role=\"img\" aria-label=\"page " + std::to_string(page) +
          "\"><image href=\"/dossier/" + id + "/page/" + std::to_string(doc) + "/" + std::to_string(page) + "\" width=\"" +
          std::to_string(width) + "\" height=\"" + std::to_string(height) + "\"/><rect class=\"hl\" " + rect + "/></svg>";
  return page_frame(ctx, "Page", body);
}

std::string dossier_page(const PageContext& ctx, const DossierReview& r, bool supervisor, const std::vector<std::string>& users,
                         const std::map<std::string, std::string>& crop_urls) {
  const auto& d = *r.dossier;
  const bool mine = !r.claimed_by.empty() && r.claimed_by == ctx.user;
  std::string body = "<h1>" + html_escape(d.name.empty() ? "(no name read)" : d.name) + " <span class=\"muted\">" + html_escape(d.id) +
                     "</span></h1><p class=\"muted\">Version " + html_escape(d.version) + ", evaluated " + html_escape(d.generated_at) +
                     " as of " + html_escape(d.machine.value("as_of", "")) + " (" + html_escape(d.machine.value("ruleset", "")) +
                     "). <a href=\"/dossier/" + html_escape(url_part(d.id)) + "/machine.html\">The machine's dossier</a> · <a href=\"/dossier/" +
                     html_escape(url_part(d.id)) + "/audit\">Audit trail</a></p><p id=\"claim\">";
  if (r.claimed_by.empty()) body += "Nobody has claimed it. " + action_form(ctx, d.id, "claim", "Claim");
  else body += "Claimed by <b>" + html_escape(r.claimed_by) + "</b>. ";
  if (!r.claimed_by.empty() && (mine || supervisor)) body += action_form(ctx, d.id, "release", "Release");
  if (supervisor) {
    std::string options;
    for (const auto& u : users) options += "<option>" + html_escape(u) + "</option>";
    body += action_form(ctx, d.id, "reassign", "Reassign", "<select name=\"to\" aria-label=\"reassign to\">" + options + "</select>");
  }
  body += "</p>" + decisions_table(r);
  if (!r.to_check_again.empty()) {
    body += "<section><h2>To check again</h2><p>The machine now reads these facts differently from when they were reviewed:</p><ul id=\"recheck\">";
    for (const auto& o : r.to_check_again)
      body += "<li>" + html_escape(o.fact) + ": was " + html_escape(o.original) + ", " + html_escape(word_text(o)) + "</li>";
    body += "</ul></section>";
  }
  body += facts_table(ctx, r, mine, crop_urls);
  const auto& m = d.machine;
  if (m.contains("flags") && m["flags"].is_array() && !m["flags"].empty()) {
    body += "<section><h2>Flags</h2><ul>";
    for (const auto& f : m["flags"])
      if (f.is_object()) body += "<li><b>" + html_escape(f.value("code", "")) + "</b> " + html_escape(f.value("detail", "")) + "</li>";
    body += "</ul></section>";
  }
  if (m.contains("todo") && m["todo"].is_array() && !m["todo"].empty()) {
    body += "<section><h2>To-dos for the candidate</h2><ul>";
    for (const auto& t : m["todo"])
      if (t.is_string()) body += "<li>" + html_escape(t.get<std::string>()) + "</li>";
    body += "</ul></section>";
  }
  body += signoff_section(ctx, r, mine, supervisor);
  return page_frame(ctx, d.name.empty() ? d.id : d.name, body);
}

}  // namespace cc
