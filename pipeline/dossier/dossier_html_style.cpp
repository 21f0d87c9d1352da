// The stylesheet of dossier.html, inline so the page needs nothing else: system fonts only, light
// backgrounds only (it prints), status colours that stay readable in gray, print rules that keep
// figures and route tables whole and repeat table headers across pages.
#include "pipeline/dossier/dossier_html_parts.h"

namespace cc::html {

std::string css() {
  return R"CSS(
:root{--ink:#1c2430;--muted:#5d6775;--rule:#d5dae1;--soft:#f5f7fa;--ok:#1e7b34;--no:#b42318;--rev:#a15c07;--hl:#f59f00}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1080px;padding:28px 32px 40px;font:14px/1.45 "DejaVu Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:26px;margin:2px 0 10px}
h2{font-size:18px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--ink);break-after:avoid}
h3{font-size:15px;margin:18px 0 8px;break-after:avoid}
h4{font-size:14px;margin:0 0 6px}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted)}
header.top{border-bottom:1px solid var(--rule);padding-bottom:10px}
dl.meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0}
dl.meta div{min-width:120px}dt{font-size:11px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}dd{margin:0;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:12px}
.card{border:1px solid var(--rule);border-left:8px solid var(--muted);padding:10px 12px;border-radius:4px;break-inside:avoid}
.card.eligible{border-left-color:var(--ok)}.card.not_eligible{border-left-color:var(--no)}.card.needs_review{border-left-color:var(--rev)}
.card .board{font-size:12px;color:var(--muted)}.card .cred{font-weight:700;font-size:15px}
.card .status{font-size:20px;font-weight:700;margin-top:4px}.card .route{color:var(--muted)}
.status.eligible{color:var(--ok)}.status.not_eligible{color:var(--no)}.status.needs_review{color:var(--rev)}
.fte{margin:12px 0 0}
.muted{color:var(--muted)}.note{color:var(--muted);font-size:12px}.doubt{color:var(--rev);font-size:13px}
.evaluation{margin-bottom:18px}
.evaluation h3 .status{margin-right:6px}
.route-block{border:1px solid var(--rule);border-radius:4px;padding:10px 12px;margin:10px 0}
.route-block.chosen{border-color:var(--ok);box-shadow:inset 4px 0 0 var(--ok)}
.route-block .summary{margin:0 0 8px}.source{color:var(--muted);font-size:12px}
.tag{font-size:11px;border:1px solid var(--ok);color:var(--ok);border-radius:10px;padding:0 7px;font-weight:600;vertical-align:middle}
.mark{font-weight:700;white-space:nowrap}.mark.met{color:var(--ok)}.mark.not_met{color:var(--no)}.mark.unknown{color:var(--rev)}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}
th,td{border-bottom:1px solid var(--rule);padding:5px 7px;text-align:left;vertical-align:top}
thead th{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;border-bottom:1.5px solid var(--ink)}
thead{display:table-header-group}tr{break-inside:avoid}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.cid{font-family:"DejaVu Sans Mono",monospace;font-size:12.5px;white-space:nowrap}
table.criteria td:nth-child(2){width:90px}
table.facts th{width:170px;color:var(--muted);font-weight:600}
table.courses{font-size:12.5px}table.courses td:first-child,table.courses td:last-child{white-space:nowrap}table.courses tr.low td{background:#fff6e5}
table.totals{width:auto;min-width:420px}table.reconciliation{font-size:12px}p.reconcile-mismatch{color:#8a1c1c}tr.sum td{font-weight:700;border-top:1.5px solid var(--ink)}
.cat{display:inline-block;border:1px solid var(--rule);border-radius:3px;padding:0 5px;font-size:12px}
.cat-mls_professional{border-color:#5b7fb0}.cat-biology{border-color:#5f9455}.cat-chemistry{border-color:#b88a43}.cat-mathematics{border-color:#8a6aa8}
.evidence{margin-top:6px}
figure.ev{margin:6px 0 10px;break-inside:avoid}
.crop{position:relative;display:inline-block;max-width:100%;border:1px solid #9aa3ae;line-height:0;background:#fff}
.crop img{display:block;max-width:100%;height:auto}
.crop .hl{position:absolute;border:2.5px solid var(--hl);background:rgba(245,159,0,.16);border-radius:2px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
figcaption{font-size:12px;color:var(--muted);margin-top:4px;line-height:1.4}
.src{font-weight:600;color:var(--ink)}q{font-style:italic}.conf.low{color:var(--rev);font-weight:700}
ul.ev-text{margin:4px 0;padding-left:18px;font-size:12.5px}
ul.reasons{margin:4px 0 8px;color:var(--rev)}
ul.flag-list{list-style:none;padding:0;margin:0}
.flag{border:1px solid var(--rule);border-left:5px solid var(--muted);padding:6px 10px;margin:6px 0;break-inside:avoid}
.flag.warning{border-left-color:var(--rev)}.flag.error{border-left-color:var(--no)}.flag.info{border-left-color:#5b7fb0}
.sev{text-transform:uppercase;font-size:11px;font-weight:700;color:var(--muted)}
code{font-family:"DejaVu Sans Mono",monospace;font-size:12.5px}
.todo ol{margin:0;padding-left:22px}.todo li{margin:3px 0}
tr.failed td{background:#fdf0ef}.err{font-family:"DejaVu Sans Mono",monospace;color:var(--no);font-weight:700}
figure.timeline-box{margin:6px 0 12px;break-inside:avoid}
svg.timeline{width:100%;height:auto;border:1px solid var(--rule);background:#fff}
svg .tl-label{font-size:12px;fill:var(--ink);font-weight:600}svg .tl-small{font-size:10.5px;fill:var(--muted)}
svg .tl-bar-text{font-size:10.5px;fill:#fff;font-weight:600}
svg .tl-job{fill:#2f5d8a}svg .tl-axis{stroke:#8a94a0;stroke-width:1}svg .tl-asof{stroke:var(--ink);stroke-width:1.5}
footer{margin-top:36px;padding-top:8px;border-top:1px solid var(--rule);font-size:11px;color:var(--muted)}
@page{size:auto;margin:14mm 12mm}
@media print{
 body{max-width:none;padding:0;font-size:11.5px}
 h2{margin-top:18px}
 section.evaluations,section.coursework,section.documents{break-before:page}
 a{color:inherit;text-decoration:none}
 .card,figure,.flag{break-inside:avoid}
 svg .tl-job{fill:#2f5d8a;-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)CSS";
}

}  // namespace cc::html
