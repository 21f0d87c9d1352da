// The frame every page shares (header, navigation, logout), the login, password and message
// pages, and the stylesheet and keyboard script served from the binary.
#include "pipeline/serve/pages.h"

#include <cctype>

#include "pipeline/dossier/html_text.h"

namespace cc {

std::string page_frame(const PageContext& ctx, const std::string& title, const std::string& body) {
  std::string out = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                    "<title>" + html_escape(title) + " — credcheck review</title><link rel=\"stylesheet\" href=\"/static/review.css\">";
  if (!ctx.user.empty()) out += "<script src=\"/static/review.js\" defer></script>";
  out += "</head><body><header class=\"top\"><a class=\"brand\" href=\"/\">credcheck review</a>";
  if (!ctx.user.empty()) {
    out += "<nav><a href=\"/\">Queue</a>";
    if (ctx.role != "evaluator") out += " <a href=\"/audit\">Audit</a>";
    out += " <a href=\"/password\">Password</a></nav><span class=\"who\">" + html_escape(ctx.user) + " (" + html_escape(ctx.role) +
           ")</span><form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"" +
           html_escape(ctx.csrf) + "\"><button type=\"submit\" id=\"logout\">Log out</button></form>";
  }
  out += "</header><main>";
  if (!ctx.notice.empty()) out += "<p class=\"notice\" role=\"alert\">" + html_escape(ctx.notice) + "</p>";
  return out + body + "</main></body></html>";
}

std::string login_page(const std::string& login_csrf, const std::string& message) {
  std::string body = "<h1>Log in</h1>";
  if (!message.empty()) body += "<p class=\"error\" role=\"alert\" id=\"login-error\">" + html_escape(message) + "</p>";
  body += "<form method=\"post\" action=\"/login\" class=\"login\"><input type=\"hidden\" name=\"csrf\" value=\"" + html_escape(login_csrf) +
          "\"><label>Name <input name=\"name\" id=\"name\" autocomplete=\"username\" required autofocus></label>"
          "<label>Password <input name=\"password\" id=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>"
          "<button type=\"submit\" id=\"login\">Log in</button></form>";
  return page_frame(PageContext{}, "Log in", body);
}

std::string password_page(const PageContext& ctx, bool forced) {
  std::string body = "<h1>Change your password</h1>";
  if (forced) body += "<p>Your password was a one-time password: choose your own before going on.</p>";
  body += "<form method=\"post\" action=\"/password\" class=\"login\"><input type=\"hidden\" name=\"csrf\" value=\"" + html_escape(ctx.csrf) +
          "\"><label>Current password <input name=\"current\" type=\"password\" autocomplete=\"current-password\" required></label>"
          "<label>New password (10 characters or more) <input name=\"new\" type=\"password\" autocomplete=\"new-password\" required></label>"
          "<label>New password again <input name=\"again\" type=\"password\" autocomplete=\"new-password\" required></label>"
          "<button type=\"submit\">Change</button></form>";
  return page_frame(ctx, "Password", body);
}

std::string message_page(const PageContext& ctx, int status, const std::string& message, const std::string& back) {
  std::string body = "<h1>" + std::string(status == 403 ? "Not allowed" : status == 404 ? "Not found" : status == 409 ? "Someone else's" : "Cannot do that") +
                     "</h1><p class=\"error\" role=\"alert\">" + html_escape(message) + "</p>";
  if (!back.empty()) body += "<p><a href=\"" + html_escape(back) + "\">Back</a></p>";
  return page_frame(ctx, "Refused", body);
}

std::string url_part(const std::string& segment) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : segment) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}

const std::string& review_css() {
  static const std::string css = R"(
:root{--ink:#1b1f24;--muted:#5b6570;--line:#d5dbe1;--accent:#0b5cad;--bad:#a11d1d;--ok:#17663a;--warn:#8a5a00}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,sans-serif;color:var(--ink);background:#fff}
header.top{display:flex;gap:16px;align-items:center;padding:8px 16px;border-bottom:1px solid var(--line);background:#f5f7f9}
header.top .brand{font-weight:600;color:var(--ink);text-decoration:none}header.top nav a{margin-right:10px}
header.top .who{margin-left:auto;color:var(--muted)}main{padding:12px 16px;max-width:1400px}
form.inline{display:inline}form.login{display:grid;gap:8px;max-width:320px}label{display:grid;gap:2px}
input,select,textarea,button{font:inherit}button{cursor:pointer;padding:2px 10px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f5f7f9;font-weight:600}tr.focus{outline:2px solid var(--accent)}
.eligible{color:var(--ok);font-weight:600}.not_eligible{color:var(--bad);font-weight:600}.needs_review{color:var(--warn);font-weight:600}
.error{color:var(--bad)}.notice{background:#eef5fc;border:1px solid #b7d3ef;padding:6px 10px}.muted{color:var(--muted)}
.changed{background:#fff4d6}.low{color:var(--bad)}.tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 4px;margin:1px;font-size:12px}
.fact-form{display:flex;gap:4px;flex-wrap:wrap}.fact-form input[name=value]{width:9em}.fact-form input[name=reason]{width:12em}
img.crop{max-width:420px;border:1px solid var(--line);display:block}.evtext{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted)}
section{margin:14px 0}svg.page{max-width:100%;height:auto;border:1px solid var(--line)}
svg.page rect.hl{fill:rgba(255,200,0,.25);stroke:#d40000;stroke-width:2}a.page-link{font-family:system-ui,sans-serif}.filters{display:flex;gap:8px;align-items:end;margin-bottom:8px}
@media print{header.top,form,.fact-form,button{display:none!important}main{max-width:none}}
)";
  return css;
}

const std::string& review_js() {
  static const std::string js = R"(// Keyboard: j / k next and previous fact, c confirm it, e edit its value, / search the queue.
(function(){
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-fact]'));
  var at = -1;
  function focus(i){ if(!rows.length) return; at=Math.max(0,Math.min(rows.length-1,i));
    rows.forEach(function(r){r.classList.remove('focus');}); rows[at].classList.add('focus');
    rows[at].scrollIntoView({block:'nearest'}); }
  document.addEventListener('keydown', function(ev){
    var t = ev.target.tagName; if(t==='INPUT'||t==='TEXTAREA'||t==='SELECT'||ev.ctrlKey||ev.metaKey||ev.altKey) return;
    if(ev.key==='j'){ focus(at+1); ev.preventDefault(); }
    else if(ev.key==='k'){ focus(at-1); ev.preventDefault(); }
    else if(ev.key==='c' && at>=0){ var b=rows[at].querySelector('button[value=confirm]'); if(b){ b.click(); ev.preventDefault(); } }
    else if(ev.key==='e' && at>=0){ var v=rows[at].querySelector('input[name=value]'); if(v){ v.focus(); ev.preventDefault(); } }
    else if(ev.key==='/'){ var q=document.getElementById('q'); if(q){ q.focus(); ev.preventDefault(); } }
  });
})();
)";
  return js;
}

}  // namespace cc
