// The fact sections of dossier.html: degree, coursework, experience, flags, to-dos, documents.
#include <map>

#include "core/text.h"
#include "pipeline/dossier/dossier_html_parts.h"
#include "pipeline/dossier/experience_timeline.h"
#include "pipeline/dossier/html_text.h"

namespace cc::html {
namespace {

std::string or_dash(const std::optional<std::string>& v) { return v && !v->empty() ? html_escape(*v) : "<span class=\"muted\">not read</span>"; }

std::string row(const std::string& key, const std::string& value_html) {
  return "<tr><th scope=\"row\">" + key + "</th><td>" + value_html + "</td></tr>";
}

}  // namespace

namespace {

// The facts table of one credential.
std::string credential_table(const DegreeFacts& d) {
  std::string out = "<table class=\"facts\"><tbody>";
  out += row("Title", or_dash(d.title));
  out += row("Level", or_dash(d.level) + (d.years ? " (" + std::to_string(*d.years) + "-year program)" : ""));
  out += row("Field", or_dash(d.field));
  out += row("Institution", or_dash(d.institution));
  out += row("Country", or_dash(d.country));
  out += row("Conferred", or_dash(d.conferred));
  out += row("Clinical training", d.clinical_training ? (*d.clinical_training ? "shown" : "not shown") +
                                                            (d.clinical_training_areas.empty() ? "" : ": " + html_escape(join(d.clinical_training_areas)))
                                                      : "<span class=\"muted\">not read</span>");
  out += row("Read at", format_number(d.confidence * 100, 0) + "%");
  return out + "</tbody></table>";
}

bool same_credential(const DegreeFacts& a, const DegreeFacts& b) {
  return a.title == b.title && a.level == b.level && a.institution == b.institution && a.conferred == b.conferred;
}

}  // namespace

std::string degree_section(const CandidateRecord& record, EvidenceRenderer& evidence) {
  if (!record.facts) return {};
  std::string out = "<section class=\"degree\"><h2>Degree</h2>";
  const auto& d = record.facts->degree;
  if (!d) return out + "<p class=\"muted\">No degree was read from the documents.</p></section>";
  out += credential_table(*d) + evidence.render(d->evidence, 2);
  // The candidate's other credentials (a bachelor's and a two-year MLT diploma, say): each with its
  // own facts and evidence. The one above is the highest.
  std::vector<const DegreeFacts*> others;
  for (const auto& other : record.facts->degrees)
    if (!same_credential(other, *d)) others.push_back(&other);
  if (!others.empty()) {
    out += "<h3>Other credentials</h3><p class=\"muted\">The degree above is the highest of the " +
           std::to_string(others.size() + 1) + " credentials read; routes that ask for two credentials use these too.</p>";
    for (const DegreeFacts* other : others)
      out += "<div class=\"credential\">" + credential_table(*other) + evidence.render(other->evidence, 1) + "</div>";
  }
  return out + "</section>";
}

namespace {

std::string reconciliation_status_text(const std::string& status) {
  if (status == "reconciled") return "the rows add up to the totals it prints";
  if (status == "mismatch") return "the rows do not add up to the totals it prints: its coursework is low confidence";
  if (status == "unchecked") return "it prints totals that cannot be checked (grade scale not known)";
  return "it prints no totals";
}

// Beside the course table: each transcript table's printed totals against its rows, mismatches first.
std::string printed_totals_block(const std::vector<TableReconciliation>& tables) {
  if (tables.empty()) return {};
  constexpr size_t kMaxLines = 24;
  std::string out = "<h3>Printed totals</h3>";
  for (const auto& t : tables) {
    out += "<p class=\"reconcile reconcile-" + html_escape(t.status) + "\"><b>" + html_escape(t.file) + "</b> (" +
           std::to_string(t.courses) + " courses): <b>" + html_escape(t.status) + "</b> – " +
           html_escape(reconciliation_status_text(t.status)) + ".</p>";
    if (t.checks.empty()) continue;
    std::vector<const TotalCheck*> order;
    for (const auto& c : t.checks)
      if (c.status == "mismatch") order.push_back(&c);
    for (const auto& c : t.checks)
      if (c.status != "mismatch") order.push_back(&c);
    out += "<table class=\"reconciliation\"><thead><tr><th>Printed line</th><th>Scope</th><th>Measure</th>"
           "<th class=\"num\">Printed</th><th class=\"num\">From the rows</th><th>Status</th><th>How</th></tr></thead><tbody>";
    for (size_t i = 0; i < order.size() && i < kMaxLines; ++i) {
      const TotalCheck& c = *order[i];
      const std::string scope = c.scope + (c.term.empty() ? "" : " (" + c.term + ")");
      out += "<tr" + std::string(c.status == "mismatch" ? " class=\"low\"" : "") + "><td><q>" +
             html_escape(truncate_text(c.evidence.text, 90)) + "</q> <span class=\"muted\">p." +
             std::to_string(c.evidence.page) + "</span></td><td>" + html_escape(scope) + "</td><td>" +
             html_escape(c.measure) + "</td><td class=\"num\">" + format_number(c.printed) + "</td><td class=\"num\">" +
             (c.expected ? format_number(*c.expected) : "–") + "</td><td>" + html_escape(c.status) + "</td><td class=\"muted\">" +
             html_escape(c.basis) + "</td></tr>";
    }
    out += "</tbody></table>";
    if (order.size() > kMaxLines)
      out += "<p class=\"muted\">… and " + std::to_string(order.size() - kMaxLines) + " more (all in dossier.json).</p>";
  }
  return out;
}

}  // namespace

std::string coursework_section(const CandidateRecord& record) {
  if (!record.facts || !record.facts->coursework) return {};
  const auto& cw = *record.facts->coursework;
  std::string out = "<section class=\"coursework\"><h2>Coursework, course by course</h2><p>Credit system: <b>" +
                    html_escape(cw.credit_system.value_or("not read")) + "</b>; " + std::to_string(cw.courses.size()) +
                    " courses" + (cw.completed ? "; completed " + html_escape(*cw.completed) : "") + ".</p>";
  out += "<table class=\"courses\"><thead><tr><th>Code</th><th>Title</th><th>Term</th><th class=\"num\">Credits</th>"
         "<th class=\"num\">Sem. hours</th><th>Grade</th><th>Category</th><th>Source</th></tr></thead><tbody>";
  for (const auto& c : cw.courses) {
    const bool low = c.confidence < kLowConfidence;
    std::string source;
    if (!c.evidence.empty()) source = html_escape(c.evidence.front().file) + " p." + std::to_string(c.evidence.front().page);
    out += "<tr" + std::string(low ? " class=\"low\"" : "") + "><td>" + html_escape(c.code) + "</td><td>" + html_escape(c.title) +
           "</td><td>" + html_escape(c.term) + "</td><td class=\"num\">" + (c.credits ? format_number(*c.credits) : "–") +
           "</td><td class=\"num\">" + (c.semester_hours ? format_number(*c.semester_hours) : "–") + "</td><td>" +
           html_escape(c.grade) + "</td><td><span class=\"cat cat-" + html_escape(c.category) + "\">" + html_escape(c.category) +
           "</span></td><td class=\"muted\">" + source + (low ? " · low confidence" : "") + "</td></tr>";
  }
  out += "</tbody></table>" + printed_totals_block(cw.reconciliation) + "<h3>Semester hours per category</h3><table class=\"totals\"><thead><tr><th>Category</th>"
         "<th class=\"num\">Courses</th><th class=\"num\">Semester hours</th></tr></thead><tbody>";
  std::map<std::string, int> counts;
  for (const auto& c : cw.courses) ++counts[c.category];
  double total = 0;
  for (const auto& [category, hours] : cw.totals_semester_hours) {
    total += hours;
    out += "<tr><td><span class=\"cat cat-" + html_escape(category) + "\">" + html_escape(category) + "</span></td><td class=\"num\">" +
           std::to_string(counts[category]) + "</td><td class=\"num\">" + format_number(hours) + "</td></tr>";
  }
  out += "<tr class=\"sum\"><td>All categories</td><td class=\"num\">" + std::to_string(cw.courses.size()) + "</td><td class=\"num\">" +
         format_number(total) + "</td></tr></tbody></table>";
  return out + "</section>";
}

std::string experience_section(const CandidateRecord& record, const BatchContext& context, const Ruleset* rules,
                               EvidenceRenderer& evidence) {
  if (!record.facts) return {};
  const auto& jobs = record.facts->experience;
  std::string out = "<section class=\"experience\"><h2>Experience</h2>";
  if (jobs.empty()) return out + "<p class=\"muted\">No employment letter was read.</p></section>";
  const std::vector<CountingWindow> windows = rules ? counting_windows(*rules) : std::vector<CountingWindow>{};
  out += "<figure class=\"timeline-box\">" + experience_timeline_svg(jobs, context.as_of, windows, kSummaryFullTimeHours) +
         "<figcaption>Each bar is a job, its height its FTE (40 h/week = 1.0); each band a board's counting window, "
         "counted back from the as-of date.</figcaption></figure>";
  out += "<table class=\"jobs\"><thead><tr><th>Employer</th><th>Position</th><th>From</th><th>To</th><th class=\"num\">h/week</th>"
         "<th>Departments</th><th>Letter</th></tr></thead><tbody>";
  for (const auto& j : jobs) {
    std::string hours = j.hours_per_week ? format_number(*j.hours_per_week, 1) : j.full_time_stated ? "full-time" : "–";
    out += "<tr><td>" + or_dash(j.employer) + "</td><td>" + or_dash(j.position) + "</td><td>" + or_dash(j.start) + "</td><td>" +
           (j.to_present ? std::string("present") : or_dash(j.end)) + "</td><td class=\"num\">" + hours + "</td><td>" +
           (j.departments.empty() ? "<span class=\"muted\">none stated</span>" : html_escape(join(j.departments))) + "</td><td>" +
           html_escape(j.file) + "</td></tr>";
  }
  out += "</tbody></table>";
  for (const auto& j : jobs) out += evidence.render(j.evidence, 1);
  return out + "</section>";
}

std::string flags_section(const CandidateRecord& record, EvidenceRenderer& evidence) {
  if (!record.validation) return {};
  const auto& flags = record.validation->flags;
  std::string out = "<section class=\"flags\"><h2>Flags</h2>";
  if (flags.empty()) return out + "<p class=\"muted\">No findings.</p></section>";
  out += "<ul class=\"flag-list\">";
  for (const auto& f : flags)
    out += "<li class=\"flag " + html_escape(f.severity) + "\"><span class=\"sev\">" + html_escape(f.severity) + "</span> <code>" +
           html_escape(f.code) + "</code> " + html_escape(f.detail) + evidence.render(f.evidence, 1) + "</li>";
  return out + "</ul></section>";
}

std::string todo_section(const CandidateRecord& record) {
  if (!record.validation || record.validation->todo.empty()) return {};
  std::string out = "<section class=\"todo\"><h2>To do for the candidate</h2><ol>";
  for (const auto& t : record.validation->todo) out += "<li>" + html_escape(t) + "</li>";
  return out + "</ol></section>";
}

std::string documents_section(const CandidateRecord& record) {
  std::string out = "<section class=\"documents\"><h2>Documents</h2><table><thead><tr><th>File</th><th>Kind</th>"
                    "<th class=\"num\">Pages</th><th>Contents</th><th>Read from</th><th class=\"num\">OCR confidence</th>"
                    "<th>Status</th></tr></thead><tbody>";
  for (const auto& d : record.documents) {
    std::string contents;
    if (record.facts)
      if (auto it = record.facts->documents.segments.find(d.file); it != record.facts->documents.segments.end())
        for (const auto& s : it->second) {
          std::string pages;
          for (int p : s.pages) pages += (pages.empty() ? "" : ",") + std::to_string(p);
          contents += (contents.empty() ? "" : "; ") + s.type + " (p. " + pages + ")";
        }
    const auto conf = d.ocr_confidence();
    const std::string source = d.text_source();
    out += "<tr" + std::string(d.error ? " class=\"failed\"" : "") + "><td>" + html_escape(d.file) + "</td><td>" +
           html_escape(file_kind_name(d.kind)) + "</td><td class=\"num\">" + std::to_string(d.page_count) + "</td><td>" +
           html_escape(contents) + "</td><td>" + html_escape(source == "none" ? "–" : source) + "</td><td class=\"num\">" +
           (conf ? format_number(*conf * 100, 0) + "%" : "–") + "</td><td>" +
           (d.error ? "<span class=\"err\">" + html_escape(error_code_name(d.error->code)) + "</span> " + html_escape(d.error->message)
                    : "read") + "</td></tr>";
  }
  return out + "</tbody></table></section>";
}

}  // namespace cc::html
