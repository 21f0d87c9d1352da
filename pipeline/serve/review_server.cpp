#include "pipeline/serve/review_server.h"

#include <httplib.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <time.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "pipeline/serve/audit_chain.h"
#include "pipeline/serve/dossier_facts.h"
#include "pipeline/serve/evidence_shelf.h"
#include "pipeline/serve/fact_review.h"
#include "pipeline/serve/pages.h"
#include "pipeline/serve/password_hash.h"

namespace cc {
namespace {

using httplib::Request;
using httplib::Response;

constexpr const char* kSessionCookie = "ccsid";
constexpr const char* kLoginCookie = "cclogin";
constexpr const char* kPageCsp =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
// The machine's dossier.html is self-contained: inline styles and data: pictures, nothing else.
constexpr const char* kMachineHtmlCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'";

std::string cookie(const Request& req, const std::string& name) {
  const std::string header = req.get_header_value("Cookie");
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string part = header.substr(pos, end - pos);
    const size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos) part = part.substr(start);
    if (part.compare(0, name.size() + 1, name + "=") == 0) return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return {};
}

void html(Response& res, const std::string& body, int status = 200) {
  res.status = status;
  res.set_content(body, "text/html; charset=utf-8");
}

void redirect(Response& res, const std::string& to) {
  res.status = 303;
  res.set_header("Location", to);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Thread of the request -> its session, set by the pre-routing check for the handlers after it.
thread_local std::optional<ActiveSession> current_session;

// The CPU time of the calling thread, in milliseconds; the request's start on this thread.
double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
thread_local double request_cpu_start = 0;

// The add-job form: hours as a number or empty ("full-time" ticked), departments ticked or typed
// as a comma-separated list.
AddedJob added_job_from_form(const Request& req) {
  AddedJob job{req.get_param_value("employer"), req.get_param_value("position"), req.get_param_value("start"), req.get_param_value("end"),
               std::nullopt, req.has_param("full_time"), {}};
  const std::string hours = req.get_param_value("hours_per_week");
  char* end = nullptr;
  const double v = std::strtod(hours.c_str(), &end);
  if (!hours.empty() && end == hours.c_str() + hours.size()) job.hours_per_week = v;
  else if (!hours.empty()) job.hours_per_week = -1;  // refused by check_added_job, not taken for "full-time"
  std::string departments;
  for (size_t i = 0; i < req.get_param_value_count("departments"); ++i) departments += req.get_param_value("departments", i) + ",";
  std::stringstream list(departments);
  for (std::string d; std::getline(list, d, ',');) {
    d.erase(0, d.find_first_not_of(" \t"));
    d.erase(d.find_last_not_of(" \t") + 1);
    if (!d.empty()) job.departments.push_back(d);
  }
  return job;
}

}  // namespace

bool is_loopback_host(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

std::optional<std::pair<std::string, int>> parse_listen(const std::string& listen) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port_text = listen.substr(colon + 1);
  if (port_text.empty() || port_text.size() > 5 || port_text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int port = std::stoi(port_text);
  if (port > 65535) return std::nullopt;
  return std::make_pair(host, port);
}

ReviewServer::ReviewServer(ReviewStore& store, DossierCatalog& catalog, const Ruleset& rules, ServerConfig config)
    : store_(store), catalog_(catalog), config_(std::move(config)), auth_(store), service_(store, catalog, rules),
      pages_(std::make_unique<PageRenderer>(config_.input_dir, config_.worker_executable, Limits{}, config_.page_passwords)) {
  if (tls()) http_ = std::make_unique<httplib::SSLServer>(config_.tls_cert.c_str(), config_.tls_key.c_str());
  else http_ = std::make_unique<httplib::Server>();
  http_->new_task_queue = [] { return new httplib::ThreadPool(32); };
  http_->set_payload_max_length(1 << 20);
  routes();
  service_.refresh_summary();
}

ReviewServer::~ReviewServer() = default;

Expected<int> ReviewServer::bind(const std::string& host, int port) {
  if (!http_->is_valid()) return make_error(ErrorCode::internal, "the TLS certificate or key cannot be loaded");
  if (port == 0) {
    const int bound = http_->bind_to_any_port(host);
    if (bound <= 0) return make_error(ErrorCode::internal, "cannot listen on " + host);
    return bound;
  }
  if (!http_->bind_to_port(host, port)) return make_error(ErrorCode::internal, "cannot listen on " + host + ":" + std::to_string(port));
  return port;
}

bool ReviewServer::listen() { return http_->listen_after_bind(); }
void ReviewServer::stop() { http_->stop(); }

void ReviewServer::routes() {
  auto& h = *http_;
  const bool secure = tls();
  auto session_cookie = [secure](const std::string& value, int max_age) {
    return std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) +
           (secure ? "; Secure" : "");
  };
  const bool viewer = pages_->enabled();
  auto context = [viewer](const ActiveSession& s, std::string notice = {}) {
    return PageContext{s.user.name, role_name(s.user.role), s.row.csrf, std::move(notice), viewer};
  };
  auto actor = [](const Request& req) { return Actor{current_session->user, req.remote_addr}; };
  auto refused = [context](Response& res, const Refusal& r, const std::string& back) {
    html(res, message_page(context(*current_session), r.status, r.message, back), r.status);
  };
  // Every state-changing request: the session's CSRF token must come with the form.
  auto post = [&h, context](const std::string& pattern, std::function<void(const Request&, Response&)> handler) {
    h.Post(pattern, [handler, context](const Request& req, Response& res) {
      if (!current_session || !same_secret(req.get_param_value("csrf"), current_session->row.csrf)) {
        html(res, message_page(PageContext{}, 403, "The form's security token is missing or stale: reload the page and try again.", "/"), 403);
        return;
      }
      handler(req, res);
    });
  };

  // Each answer says what it cost the server in CPU (its thread's time, whatever else the machine
  // runs): `Server-Timing: cpu;dur=MS`, read by bench/serve_load.py.
  h.set_post_routing_handler([](const Request&, Response& res) {
    res.set_header("Server-Timing", "cpu;dur=" + std::to_string(thread_cpu_ms() - request_cpu_start));
  });
  h.set_pre_routing_handler([this](const Request& req, Response& res) {
    request_cpu_start = thread_cpu_ms();
    res.set_header("Content-Security-Policy", kPageCsp);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-store");
    if (tls()) res.set_header("Strict-Transport-Security", "max-age=31536000");
    current_session.reset();
    if (req.path == "/login" || req.path == "/static/review.css") return httplib::Server::HandlerResponse::Unhandled;
    current_session = auth_.session(cookie(req, kSessionCookie));
    if (!current_session) {
      redirect(res, "/login");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (current_session->user.must_change_password && req.path != "/password" && req.path != "/logout") {
      redirect(res, "/password");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  h.Get("/static/review.css", [](const Request&, Response& res) { res.set_content(review_css(), "text/css; charset=utf-8"); });
  h.Get("/static/review.js", [](const Request&, Response& res) { res.set_content(review_js(), "text/javascript; charset=utf-8"); });

  h.Get("/login", [secure](const Request& req, Response& res) {
    // The browser's login token is kept while it has one: a second load of /login (a favicon
    // request redirected here, another tab) must not make the form it already shows stale.
    std::string token = cookie(req, kLoginCookie);
    if (token.size() != 32 || token.find_first_not_of("0123456789abcdef") != std::string::npos) token = random_token(16);
    res.set_header("Set-Cookie", std::string(kLoginCookie) + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    html(res, login_page(token, ""));
  });
  h.Post("/login", [this, session_cookie](const Request& req, Response& res) {
    const std::string login_token = cookie(req, kLoginCookie);
    if (!same_secret(req.get_param_value("csrf"), login_token)) {
      html(res, login_page(login_token, "The form was stale: try again."), 403);
      return;
    }
    const std::string name = req.get_param_value("name");
    auto result = auth_.login(name, req.get_param_value("password"), req.remote_addr, cookie(req, kSessionCookie));
    User typed;
    typed.name = name;
    const Actor who{typed, req.remote_addr};
    if (result.outcome != LoginOutcome::ok) {
      service_.audit(who, "", "", "", "login_failed", "", "", "");
      const char* why = result.outcome == LoginOutcome::locked    ? "Too many failed attempts: this account is locked for a while."
                        : result.outcome == LoginOutcome::throttled ? "Too many failed attempts from your address: wait and try again."
                                                                    : "Wrong name or password.";
      html(res, login_page(login_token, why), result.outcome == LoginOutcome::wrong ? 401 : 429);
      return;
    }
    service_.audit(who, "", "", "", "login", "", "", "");
    res.set_header("Set-Cookie", session_cookie(result.token, static_cast<int>(auth_.policy().session_absolute_s)));
    redirect(res, result.user->must_change_password ? "/password" : "/");
  });
  post("/logout", [this, session_cookie](const Request& req, Response& res) {
    auth_.logout(cookie(req, kSessionCookie));
    res.set_header("Set-Cookie", session_cookie("", 0));
    redirect(res, "/login");
  });
  h.Get("/password", [context](const Request&, Response& res) {
    html(res, password_page(context(*current_session), current_session->user.must_change_password));
  });
  post("/password", [this, context, session_cookie](const Request& req, Response& res) {
    const User& user = current_session->user;
    std::string why;
    if (!verify_password(user.password_hash, req.get_param_value("current"))) why = "The current password is wrong.";
    else if (req.get_param_value("new") != req.get_param_value("again")) why = "The two new passwords differ.";
    else if (req.get_param_value("new") == req.get_param_value("current")) why = "Choose a password other than the current one.";
    else why = auth_.change_password(user, req.get_param_value("new"));
    if (!why.empty()) {
      html(res, password_page(context(*current_session, why), user.must_change_password), 400);
      return;
    }
    service_.audit(Actor{user, req.remote_addr}, "", "", "", "password_changed", "", "", "");
    res.set_header("Set-Cookie", session_cookie("", 0));
    redirect(res, "/login");
  });

  h.Get("/", [this, context](const Request& req, Response& res) {
    service_.refresh_summary();  // `run` may have written a new summary.csv
    QueueFilter filter{req.get_param_value("q"), req.get_param_value("state")};
    html(res, queue_page(context(*current_session), service_.queue(filter), filter, unix_now()));
  });

  auto shelf = std::make_shared<EvidenceShelf>(config_.crop_cache_dir);
  h.Get(R"(/dossier/([^/]+))", [this, context, shelf](const Request& req, Response& res) {
    auto r = service_.review(req.matches[1]);
    if (!r) {
      html(res, message_page(context(*current_session), 404, "No such dossier.", "/"), 404);
      return;
    }
    std::vector<std::string> users;
    for (const auto& u : store_.users())
      if (!u.disabled) users.push_back(u.name);
    auto crops = shelf->crops(*r->dossier, r->facts, r->recomputed);
    html(res, dossier_page(context(*current_session), *r, can_supervise(current_session->user), users, crops->url_by_key));
  });
  h.Get(R"(/dossier/([^/]+)/crop/([0-9a-f]{16}))", [this, shelf](const Request& req, Response& res) {
    auto r = service_.review(req.matches[1]);
    if (!r) {
      res.status = 404;
      return;
    }
    auto crops = shelf->crops(*r->dossier, r->facts, r->recomputed);
    auto png = crops->png_by_token.find(req.matches[2]);
    if (png == crops->png_by_token.end()) {
      res.status = 404;
      return;
    }
    res.set_content(png->second, "image/png");
  });
  h.Get(R"(/dossier/([^/]+)/page/(\d{1,4})/(\d{1,5}))", [this, context](const Request& req, Response& res) {
    auto d = catalog_.find(req.matches[1]);
    std::string why = "no such dossier";
    auto image = d ? pages_->render(*d, std::stoi(req.matches[2]), std::stoi(req.matches[3]), why) : std::nullopt;
    if (!image) {
      html(res, message_page(context(*current_session), 404, why, "/"), 404);
      return;
    }
    res.set_content(image->png, "image/png");
  });
  h.Get(R"(/dossier/([^/]+)/view)", [this, context](const Request& req, Response& res) {
    auto d = catalog_.find(req.matches[1]);
    std::smatch m;
    const std::string box_text = req.get_param_value("box");
    static const std::regex number_list(R"((-?\d{1,5}(?:\.\d+)?),(-?\d{1,5}(?:\.\d+)?),(-?\d{1,5}(?:\.\d+)?),(-?\d{1,5}(?:\.\d+)?))");
    const std::string doc = req.get_param_value("doc"), page = req.get_param_value("page");
    static const std::regex small_number(R"(\d{1,5})");
    std::string why = "no such dossier";
    if (d && (!std::regex_match(doc, small_number) || !std::regex_match(page, small_number) || !std::regex_match(box_text, m, number_list)))
      why = "a page is asked for as ?doc=N&page=N&box=x0,y0,x1,y1";
    auto image = d && !m.empty() ? pages_->render(*d, std::stoi(doc), std::stoi(page), why) : std::nullopt;
    if (!image) {
      html(res, message_page(context(*current_session), 404, why, d ? "/dossier/" + url_part(d->id) : "/"), 404);
      return;
    }
    const Box box{std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
    html(res, page_view(context(*current_session), *d, std::stoi(doc), std::stoi(page), box, image->rendered, image->width, image->height));
  });
  h.Get(R"(/dossier/([^/]+)/machine.html)", [this, context](const Request& req, Response& res) {
    auto d = catalog_.find(req.matches[1]);
    struct stat st {};
    const std::string path = d ? catalog_.out_dir() + "/" + d->id + "/dossier.html" : "";
    if (!d || lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      html(res, message_page(context(*current_session), 404, "This dossier has no dossier.html.", "/"), 404);
      return;
    }
    res.set_header("Content-Security-Policy", kMachineHtmlCsp);
    html(res, read_file(path));
  });
  h.Get(R"(/dossier/([^/]+)/audit)", [this, context](const Request& req, Response& res) {
    if (!catalog_.find(req.matches[1])) {
      html(res, message_page(context(*current_session), 404, "No such dossier.", "/"), 404);
      return;
    }
    html(res, audit_page(context(*current_session), req.matches[1], store_.audit_rows(req.matches[1])));
  });
  auto audit_rows = [this](const Request& req, Response& res) -> std::optional<std::vector<AuditRow>> {
    const std::string dossier = req.get_param_value("dossier");
    if (dossier.empty() && !can_supervise(current_session->user)) {
      res.status = 403;
      res.set_content("only supervisors and admins see the whole audit trail\n", "text/plain");
      return std::nullopt;
    }
    return store_.audit_rows(dossier);
  };
  h.Get("/audit", [context, audit_rows](const Request& req, Response& res) {
    if (auto rows = audit_rows(req, res)) html(res, audit_page(context(*current_session), req.get_param_value("dossier"), *rows));
  });
  h.Get("/audit.csv", [audit_rows](const Request& req, Response& res) {
    if (auto rows = audit_rows(req, res)) res.set_content(audit_csv(*rows), "text/csv; charset=utf-8");
  });
  h.Get("/audit.json", [audit_rows](const Request& req, Response& res) {
    if (auto rows = audit_rows(req, res)) res.set_content(audit_json(*rows), "application/json");
  });

  // The dossier's actions: each answers with the dossier page again, or why not.
  auto act = [this, actor, refused, post](const std::string& action,
                                          std::function<ActionResult(const Actor&, const std::string&, const Request&)> fn) {
    post(R"(/dossier/([^/]+)/)" + action, [this, actor, refused, fn](const Request& req, Response& res) {
      const std::string id = req.matches[1];
      if (auto no = fn(actor(req), id, req)) {
        refused(res, *no, "/dossier/" + url_part(id));
        return;
      }
      redirect(res, "/dossier/" + url_part(id));
    });
  };
  act("claim", [this](const Actor& a, const std::string& id, const Request&) { return service_.claim(a, id); });
  act("release", [this](const Actor& a, const std::string& id, const Request&) { return service_.release(a, id); });
  act("reassign", [this](const Actor& a, const std::string& id, const Request& req) {
    return service_.reassign(a, id, req.get_param_value("to"));
  });
  act("fact", [this](const Actor& a, const std::string& id, const Request& req) {
    return service_.record_fact(a, id, req.get_param_value("fact"), req.get_param_value("action"), req.get_param_value("value"),
                                req.get_param_value("reason"));
  });
  act("add-course", [this](const Actor& a, const std::string& id, const Request& req) {
    AddedCourse c{req.get_param_value("title"), req.get_param_value("code"), -1};
    const std::string credits = req.get_param_value("credits");
    char* end = nullptr;
    const double v = std::strtod(credits.c_str(), &end);
    if (!credits.empty() && end == credits.c_str() + credits.size()) c.credits = v;
    return service_.add_course(a, id, c, req.get_param_value("reason"));
  });
  act("add-job", [this](const Actor& a, const std::string& id, const Request& req) {
    return service_.add_job(a, id, added_job_from_form(req), req.get_param_value("reason"));
  });
  // Either form takes back what was added (the fact id says which).
  for (const char* remove : {"remove-course", "remove-job"})
    act(remove, [this](const Actor& a, const std::string& id, const Request& req) {
      return service_.remove_added(a, id, req.get_param_value("fact"), req.get_param_value("reason"));
    });
  act("signoff", [this](const Actor& a, const std::string& id, const Request& req) {
    std::map<std::string, std::string> finals;
    for (const auto& [key, value] : req.params)
      if (key.rfind("final:", 0) == 0) finals[key.substr(6)] = value;
    return service_.sign_off(a, id, req.get_param_value("decision"), finals, req.get_param_value("reason"));
  });
  act("second-approval", [this](const Actor& a, const std::string& id, const Request&) { return service_.second_approval(a, id); });
}

}  // namespace cc
