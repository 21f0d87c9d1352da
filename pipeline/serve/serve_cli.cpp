#include "pipeline/serve/serve_cli.h"

#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "core/exit_codes.h"
#include "pipeline/run/batch.h"
#include "pipeline/serve/audit_chain.h"
#include "pipeline/serve/password_hash.h"
#include "pipeline/serve/review_server.h"
#include "pipeline/serve/sqlite_review_store.h"
#include "pipeline/workers/worker_pool.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

// One line from stdin, without echo when it is a terminal.
std::string read_secret(const char* prompt) {
  const bool tty = isatty(STDIN_FILENO);
  termios old{};
  if (tty) {
    fprintf(stderr, "%s", prompt);
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    fprintf(stderr, "\n");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// A password typed twice, or a one-time one printed; empty when refused (the reason printed).
std::string new_password(bool one_time, bool& is_one_time) {
  is_one_time = one_time;
  if (one_time) {
    const std::string p = one_time_password();
    printf("one-time password (to be changed at first login): %s\n", p.c_str());
    return p;
  }
  const std::string first = read_secret("password: ");
  const std::string second = read_secret("again: ");
  if (first != second) {
    fprintf(stderr, "credcheck users: the two passwords differ\n");
    return {};
  }
  if (auto why = password_problem(first); !why.empty()) {
    fprintf(stderr, "credcheck users: %s\n", why.c_str());
    return {};
  }
  return first;
}

}  // namespace

std::string default_review_db(const std::string& out_dir) { return out_dir + "/.credcheck/review.sqlite"; }

ServeCommands::ServeCommands(CLI::App& app) {
  serve_ = app.add_subcommand("serve", "The evaluators' review server over the dossiers in OUT");
  serve_->add_option("--out", out_, "The output folder of `run` or `watch`")->required()->check(CLI::ExistingDirectory);
  serve_->add_option("--db,--state", db_,
                     "Review database: a file (default: OUT/.credcheck/review.sqlite) or the watch daemons' postgresql:// URL");
  serve_->add_option("--listen", listen_, "HOST:PORT to listen on")->capture_default_str();
  serve_->add_option("--tls-cert", tls_cert_, "PEM certificate: serve HTTPS")->check(CLI::ExistingFile);
  serve_->add_option("--tls-key", tls_key_, "PEM private key of --tls-cert")->check(CLI::ExistingFile);
  serve_->add_flag("--insecure-http", insecure_http_, "Allow plain HTTP on a non-loopback address (behind a TLS proxy)");
  serve_->add_option("--input", input_, "The input folder `run` read (one folder per candidate): pages open in the page viewer")
      ->check(CLI::ExistingDirectory);
  serve_->add_option("--passwords", passwords_,
                     "The passwords file `run` or `watch` was given (CANDIDATE[/FILE]<TAB>PASSWORD): encrypted PDFs open in the page viewer")
      ->check(CLI::ExistingFile);
  serve_->add_option("--rules", rules_, "Ruleset folder the decisions are recomputed with (default: as `run`)")->check(CLI::ExistingDirectory);

  users_ = app.add_subcommand("users", "Manage the review server's accounts");
  users_->add_option("ACTION", users_action_, "add | passwd | disable | enable | list")->required()
      ->check(CLI::IsMember({"add", "passwd", "disable", "enable", "list"}));
  users_->add_option("NAME", user_name_, "The account");
  users_->add_option("--role", role_, "evaluator | supervisor | admin (add)")->check(CLI::IsMember({"evaluator", "supervisor", "admin"}));
  users_->add_flag("--one-time", one_time_, "Print a one-time password, to be changed at first login (add, passwd)");
  users_->add_option("--db,--state", db_, "Review database (a file or a postgresql:// URL)");
  users_->add_option("--out", out_, "Or the output folder whose default database to use");

  audit_ = app.add_subcommand("audit", "Check or export the review audit trail");
  audit_->add_option("ACTION", audit_action_, "verify | export")->required()->check(CLI::IsMember({"verify", "export"}));
  audit_->add_option("--format", format_, "csv | json (export)")->check(CLI::IsMember({"csv", "json"}))->capture_default_str();
  audit_->add_option("--dossier", dossier_, "Only this candidate's rows (export)");
  audit_->add_option("--db,--state", db_, "Review database (a file or a postgresql:// URL)");
  audit_->add_option("--out", out_, "Or the output folder whose default database to use");
}

std::optional<int> ServeCommands::dispatch() {
  if (!serve_->parsed() && !users_->parsed() && !audit_->parsed()) return std::nullopt;
  if (!init_crypto()) {
    fprintf(stderr, "credcheck: libsodium cannot start\n");
    return kExitInternalError;
  }
  if (db_.empty() && !out_.empty()) db_ = default_review_db(out_);
  if (db_.empty()) {
    fprintf(stderr, "credcheck: give --db FILE (or --out OUT)\n");
    return kExitUsage;
  }
  if (serve_->parsed()) return serve();
  if (users_->parsed()) return users();
  return audit();
}

int ServeCommands::users() {
  auto store = SqliteReviewStore::open(db_);
  if (!store) {
    fprintf(stderr, "credcheck users: %s\n", store.error().message.c_str());
    return kExitOutputNotWritable;
  }
  if (users_action_ == "list") {
    for (const auto& u : (*store)->users())
      printf("%s\t%s\t%s%s\n", u.name.c_str(), role_name(u.role).c_str(), u.disabled ? "disabled" : "active",
             u.must_change_password ? "\tone-time password" : "");
    return kExitSuccess;
  }
  if (user_name_.empty() || user_name_.size() > 64 || user_name_.find_first_of(" \t\r\n/") != std::string::npos) {
    fprintf(stderr, "credcheck users: give a NAME (no spaces, at most 64 characters)\n");
    return kExitUsage;
  }
  auto existing = (*store)->user_named(user_name_);
  if (users_action_ == "add" && existing) {
    fprintf(stderr, "credcheck users: %s exists already\n", user_name_.c_str());
    return kExitUsage;
  }
  if (users_action_ != "add" && !existing) {
    fprintf(stderr, "credcheck users: no user %s\n", user_name_.c_str());
    return kExitUsage;
  }
  if (users_action_ == "disable" || users_action_ == "enable") {
    existing->disabled = users_action_ == "disable";
    if (auto st = (*store)->update_user(*existing); !st) return kExitOutputNotWritable;
    if (existing->disabled) (void)(*store)->delete_sessions_of(existing->id);
    return kExitSuccess;
  }
  bool is_one_time = false;
  const std::string password = new_password(one_time_, is_one_time);
  if (password.empty()) return kExitUsage;
  auto hash = hash_password(password);
  if (!hash) return kExitInternalError;
  User u = existing.value_or(User{});
  u.name = user_name_;
  if (users_action_ == "add") u.role = role_from_name(role_).value_or(Role::evaluator);
  u.password_hash = *hash;
  u.must_change_password = is_one_time;
  u.locked_until = 0;
  if (users_action_ == "add") {
    if (auto id = (*store)->add_user(u); !id) {
      fprintf(stderr, "credcheck users: %s\n", id.error().message.c_str());
      return kExitOutputNotWritable;
    }
  } else {
    if (!(*store)->update_user(u)) return kExitOutputNotWritable;
    (void)(*store)->delete_sessions_of(u.id);
  }
  return kExitSuccess;
}

int ServeCommands::audit() {
  if (!std::filesystem::exists(db_)) {
    fprintf(stderr, "credcheck audit: no database %s\n", db_.c_str());
    return kExitUsage;
  }
  auto store = SqliteReviewStore::open(db_);
  if (!store) {
    fprintf(stderr, "credcheck audit: %s\n", store.error().message.c_str());
    return kExitInternalError;
  }
  if (audit_action_ == "export") {
    const auto rows = (*store)->audit_rows(dossier_);
    fputs((format_ == "json" ? audit_json(rows) : audit_csv(rows)).c_str(), stdout);
    return kExitSuccess;
  }
  const auto verdict = verify_audit_chain((*store)->audit_rows());
  if (!verdict.ok) {
    printf("audit trail BROKEN at %s (%zu rows)\n", verdict.problem.c_str(), verdict.rows);
    return kExitDocumentsFailed;
  }
  printf("audit trail intact: %zu rows\n", verdict.rows);
  return kExitSuccess;
}

int ServeCommands::serve() {
  auto where = parse_listen(listen_);
  if (!where) {
    fprintf(stderr, "credcheck serve: --listen wants HOST:PORT, not %s\n", listen_.c_str());
    return kExitUsage;
  }
  if (tls_cert_.empty() != tls_key_.empty()) {
    fprintf(stderr, "credcheck serve: --tls-cert and --tls-key go together\n");
    return kExitUsage;
  }
  if (!is_loopback_host(where->first) && tls_cert_.empty() && !insecure_http_) {
    fprintf(stderr, "credcheck serve: %s is reachable from other machines: give --tls-cert and --tls-key, or --insecure-http "
                    "when a TLS proxy stands in front\n", listen_.c_str());
    return kExitUsage;
  }
  const std::string rules_dir = rules_.empty() ? default_rules_dir() : rules_;
  auto rules = load_ruleset(rules_dir);
  if (!rules) {
    fprintf(stderr, "credcheck serve: %s\n", rules.error().message.c_str());
    return kExitInvalidRules;
  }
  auto store = SqliteReviewStore::open(db_);
  if (!store) {
    fprintf(stderr, "credcheck serve: %s\n", store.error().message.c_str());
    return kExitOutputNotWritable;
  }
  auto passwords = PasswordFile::open(passwords_);  // errors name the line, never a password
  if (!passwords) {
    fprintf(stderr, "credcheck serve: %s\n", passwords.error().message.c_str());
    return kExitUsage;
  }
  DossierCatalog catalog(out_);
  ReviewServer server(**store, catalog, *rules,
                      ServerConfig{tls_cert_, tls_key_, out_ + "/.credcheck/cache", input_, current_executable(),
                                   passwords_.empty() ? PagePasswords{} : passwords_from_file(std::move(*passwords))});
  auto port = server.bind(where->first, where->second);
  if (!port) {
    fprintf(stderr, "credcheck serve: %s\n", port.error().message.c_str());
    return kExitUsage;
  }
  // SIGINT / SIGTERM stop the server from a thread of its own (stop() is not for a signal handler).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
  });
  stopper.detach();
  printf("credcheck serve: listening on %s://%s:%d (ruleset %s, %zu dossiers)\n", server.tls() ? "https" : "http",
         where->first.c_str(), *port, rules->id.c_str(), catalog.scan().size());
  fflush(stdout);
  return server.listen() ? kExitSuccess : kExitInternalError;
}

}  // namespace cc
