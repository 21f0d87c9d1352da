#include "pipeline/dossier/dossier_html.h"

#include <cstdio>

#include "pipeline/dossier/dossier_html_parts.h"
#include "pipeline/dossier/html_text.h"

namespace cc {
namespace html {

std::string evidence_caption(const Evidence& e) {
  std::string s = "<span class=\"src\">" + html_escape(e.file) + " · page " + std::to_string(e.page) + "</span>";
  if (!e.text.empty()) s += " <q>" + html_escape(truncate_text(e.text, 160)) + "</q>";
  s += " <span class=\"conf" + std::string(e.confidence < kLowConfidence ? " low" : "") + "\">read at " +
       format_number(e.confidence * 100, 0) + "%</span>";
  return s;
}

std::string EvidenceRenderer::figure(const Evidence& e, const EvidenceCrop& crop) {
  const int n = next_figure_++;
  shown_.emplace_back(evidence_key(e), n);
  const Box h = crop.highlight();
  auto pct = [](double v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%.2f%%", v * 100);
    return std::string(buf);
  };
  std::string out = "<figure class=\"ev\" id=\"fig-" + std::to_string(n) + "\"><div class=\"crop\">";
  out += "<img src=\"data:image/png;base64," + crop.png_base64 + "\" width=\"" + std::to_string(crop.width) +
         "\" height=\"" + std::to_string(crop.height) + "\" alt=\"" + html_escape("Page " + std::to_string(e.page) +
         " of " + e.file + " around: " + truncate_text(e.text, 80)) + "\">";
  out += "<span class=\"hl\" style=\"left:" + pct(h.x0) + ";top:" + pct(h.y0) + ";width:" + pct(h.width()) +
         ";height:" + pct(h.height()) + "\"></span></div>";
  return out + "<figcaption><b>Fig. " + std::to_string(n) + "</b> " + evidence_caption(e) + "</figcaption></figure>";
}

std::string EvidenceRenderer::render(const std::vector<Evidence>& list, size_t max_figures, size_t max_lines) {
  std::string figures, lines, refs;
  size_t pictured = 0, listed = 0, more = 0;
  for (const auto& e : list) {
    const std::string key = evidence_key(e);
    int earlier = 0;
    for (const auto& [k, n] : shown_)
      if (k == key) earlier = n;
    const EvidenceCrop* crop = find_crop(crops_, key);
    if (!earlier && crop && crop->ok() && pictured < max_figures) {
      figures += figure(e, *crop);
      ++pictured;
      continue;
    }
    if (earlier) {  // shown already: one compact reference line for all of them
      const std::string n = std::to_string(earlier);
      if (refs.find("fig-" + n + "\"") == std::string::npos)
        refs += std::string(refs.empty() ? "" : ", ") + "<a href=\"#fig-" + n + "\">Fig. " + n + "</a>";
      continue;
    }
    if (listed++ >= max_lines) {
      ++more;
      continue;
    }
    std::string note;
    if (crop && !crop->failure.empty()) note = "no picture: " + html_escape(crop->failure);
    lines += "<li>" + evidence_caption(e) + (note.empty() ? "" : " <span class=\"note\">(" + note + ")</span>") + "</li>";
  }
  if (more) lines += "<li class=\"muted\">and " + std::to_string(more) + " more (all in dossier.json)</li>";
  if (!refs.empty()) lines = "<li class=\"refs\">Shown in " + refs + "</li>" + lines;
  if (figures.empty() && lines.empty()) return {};
  return "<div class=\"evidence\">" + figures + (lines.empty() ? "" : "<ul class=\"ev-text\">" + lines + "</ul>") + "</div>";
}

namespace {

const char* status_label(Eligibility s) {
  switch (s) {
    case Eligibility::eligible: return "Eligible";
    case Eligibility::not_eligible: return "Not eligible";
    case Eligibility::needs_review: return "Needs review";
  }
  return "";
}

std::string status_class(Eligibility s) { return std::string(eligibility_name(s)); }

std::string outcome_mark(Outcome o) {
  switch (o) {
    case Outcome::met: return "<span class=\"mark met\" title=\"met\">✓ met</span>";
    case Outcome::not_met: return "<span class=\"mark not_met\" title=\"not met\">✗ not met</span>";
    case Outcome::undecided: return "<span class=\"mark unknown\" title=\"unknown\">? unknown</span>";
  }
  return "";
}

std::string credential_name(const Evaluation& e, const Ruleset* rules) {
  if (const Board* b = rules ? rules->board(e.board) : nullptr)
    if (const Credential* c = b->credential(e.credential)) return c->name;
  return e.credential + "(" + e.board + ")";
}

std::string header(const CandidateRecord& record, const BatchContext& context) {
  const auto* facts = record.facts ? &*record.facts : nullptr;
  const std::string name = facts && facts->identity.name ? *facts->identity.name : "(name not read)";
  std::string out = "<header class=\"top\"><div class=\"kicker\">Credential evaluation dossier</div><h1>" + html_escape(name) +
                    "</h1><dl class=\"meta\">";
  auto item = [&](const std::string& k, const std::string& v) { out += "<div><dt>" + k + "</dt><dd>" + html_escape(v) + "</dd></div>"; };
  item("Candidate id", record.id);
  item("Evaluated as of", context.as_of);
  item("Ruleset", context.ruleset.empty() ? "-" : context.ruleset);
  item("Generated", context.generated_at);
  if (facts && facts->identity.variants.size() > 1) {
    std::string v;
    for (const auto& n : facts->identity.variants) v += (v.empty() ? "" : "; ") + n;
    item("Names as printed", v);
  }
  return out + "</dl></header>";
}

std::string verdicts(const ValidationResult& v, const Ruleset* rules) {
  std::string out = "<section class=\"verdicts\"><h2>Verdict</h2><div class=\"cards\">";
  for (const auto& e : v.evaluations) {
    const std::string cls = status_class(e.status);
    out += "<div class=\"card " + cls + "\"><div class=\"board\">" + html_escape(e.board) + "</div><div class=\"cred\">" +
           html_escape(credential_name(e, rules)) + "</div><div class=\"status " + cls + "\">" + status_label(e.status) +
           "</div><div class=\"route\">" + (e.route ? "by route " + html_escape(*e.route) : "no route met") + "</div></div>";
  }
  out += "</div>";
  const auto& s = v.experience_summary;
  out += "<p class=\"fte\">Experience: <b>" + format_number(s.fte_months_total, 1) + "</b> FTE months in all, <b>" +
         format_number(s.fte_months_within_5y, 1) + "</b> within the last 5 years (40 h/week = 1.0 FTE).</p>";
  return out + "</section>";
}

std::string route_block(const RouteResult& r, const Board* board, bool is_route_met, EvidenceRenderer& evidence) {
  const Route* rule = board ? board->route(r.id) : nullptr;
  std::string out = "<div class=\"route-block" + std::string(is_route_met ? " chosen" : "") + "\"><h4>" + outcome_mark(r.outcome) +
                    " Route " + html_escape(r.id) + (is_route_met ? " <span class=\"tag\">route met</span>" : "") + "</h4>";
  if (rule) out += "<p class=\"summary\">" + html_escape(rule->summary) + " <span class=\"source\">Source: " + html_escape(rule->source) + "</span></p>";
  if (r.assumed) out += "<p class=\"note\">This outcome rests on a parameter marked <i>assumed</i> in the ruleset.</p>";
  out += "<table class=\"criteria\"><thead><tr><th>Criterion</th><th>Outcome</th><th>Detail and evidence</th></tr></thead><tbody>";
  for (const auto& c : r.criteria) {
    out += "<tr><td class=\"cid\">" + html_escape(c.id) + (c.assumed ? "<div class=\"note\">assumed parameter</div>" : "") +
           "</td><td>" + outcome_mark(c.outcome) + "</td><td><div>" + html_escape(c.detail) + "</div>";
    for (const auto& d : c.doubts) out += "<div class=\"doubt\">" + html_escape(d.detail) + "</div>";
    out += evidence.render(c.evidence) + "</td></tr>";
  }
  return out + "</tbody></table></div>";
}

std::string evaluations(const ValidationResult& v, const Ruleset* rules, EvidenceRenderer& evidence) {
  std::string out = "<section class=\"evaluations\"><h2>Routes and criteria</h2>";
  for (const auto& e : v.evaluations) {
    const Board* board = rules ? rules->board(e.board) : nullptr;
    out += "<div class=\"evaluation\"><h3><span class=\"status " + status_class(e.status) + "\">" + status_label(e.status) +
           "</span> " + html_escape(credential_name(e, rules)) + " <span class=\"muted\">" + html_escape(e.board) + "</span></h3>";
    if (!e.review_reasons.empty()) {
      out += "<ul class=\"reasons\">";
      for (const auto& r : e.review_reasons) out += "<li>" + html_escape(r) + "</li>";
      out += "</ul>";
    }
    // The route met first: it is the one the verdict rests on.
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& r : e.routes)
        if ((e.route && *e.route == r.id) == (pass == 0)) out += route_block(r, board, pass == 0, evidence);
    out += "</div>";
  }
  return out + "</section>";
}

}  // namespace
}  // namespace html

std::string dossier_html(const CandidateRecord& record, const BatchContext& context, const std::vector<EvidenceCrop>& crops,
                         const Ruleset* rules) {
  html::EvidenceRenderer evidence(crops);
  std::string body = html::header(record, context);
  if (record.validation) body += html::verdicts(*record.validation, rules);
  body += html::flags_section(record, evidence);
  body += html::todo_section(record);
  if (record.validation) body += html::evaluations(*record.validation, rules, evidence);
  body += html::degree_section(record, evidence);
  body += html::coursework_section(record);
  body += html::experience_section(record, context, rules, evidence);
  body += html::documents_section(record);
  const std::string name = record.facts && record.facts->identity.name ? *record.facts->identity.name : record.id;
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Dossier " +
         html_escape(record.id) + " — " + html_escape(name) + "</title><style>" + html::css() + "</style></head><body>" + body +
         "<footer>credcheck · " + html_escape(context.ruleset) + " · as of " + html_escape(context.as_of) +
         " · every fact points to the page and box it was read from</footer></body></html>\n";
}

}  // namespace cc
