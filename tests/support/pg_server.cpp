#include "tests/support/pg_server.h"

#include <libpq-fe.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <glob.h>

#include "tests/support/test_support.h"

namespace cc::test {
namespace fs = std::filesystem;
namespace {

std::string find_bin_dir() {
  glob_t g{};
  std::string best;
  if (glob("/usr/lib/postgresql/*/bin/initdb", 0, nullptr, &g) == 0)
    for (size_t i = 0; i < g.gl_pathc; ++i) best = fs::path(g.gl_pathv[i]).parent_path().string();  // sorted: newest last
  globfree(&g);
  return best;
}

}  // namespace

std::unique_ptr<PgServer> PgServer::start(std::string* why_not) {
  std::unique_ptr<PgServer> s(new PgServer);
  s->bin_ = find_bin_dir();
  if (s->bin_.empty()) {
    *why_not = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; scripts/setup.sh --tests installs it)";
    return nullptr;
  }
  char tmpl[] = "/tmp/credcheck-pg-XXXXXX";
  if (!mkdtemp(tmpl)) {
    *why_not = "cannot make a temporary folder for PostgreSQL";
    return nullptr;
  }
  s->dir_ = tmpl;
  if (geteuid() == 0) {
    const passwd* pw = getpwnam("postgres");
    if (!pw || chown(tmpl, pw->pw_uid, pw->pw_gid) != 0) {
      *why_not = "running as root and there is no `postgres` user to run the server as";
      return nullptr;
    }
    s->run_as_ = "runuser -u postgres -- ";
  }
  const auto init = run_command(s->run_as_ + shell_quote(s->bin_ + "/initdb") + " -D " + shell_quote(s->dir_ + "/data") +
                                " -A trust -U credcheck -E UTF8 --no-sync --locale=C.UTF-8");
  if (init.exit_code != 0) {
    *why_not = "initdb failed: " + init.output;
    return nullptr;
  }
  if (!s->start_again()) {
    *why_not = "the PostgreSQL server did not start: " + read_file(s->dir_ + "/log");
    return nullptr;
  }
  return s;
}

PgServer* PgServer::shared(std::string* why_not) {
  static std::string why;
  static std::unique_ptr<PgServer> server = start(&why);
  *why_not = why;
  return server.get();
}

bool PgServer::start_again() {
  // Only a unix socket in our own folder. fsync off (a test server's data does not outlive the
  // machine), but every commit still written to the kernel before it returns (synchronous_commit
  // on), so a restart of the server, as after a crash of it, loses nothing committed.
  const std::string opts = "-c listen_addresses='' -k " + dir_ + " -p 5432 -c fsync=off -c max_connections=200";
  return run_command(run_as_ + shell_quote(bin_ + "/pg_ctl") + " -D " + shell_quote(dir_ + "/data") + " -l " + shell_quote(dir_ + "/log") +
                     " -o " + shell_quote(opts) + " -w -t 30 start").exit_code == 0;
}

bool PgServer::stop() {
  return run_command(run_as_ + shell_quote(bin_ + "/pg_ctl") + " -D " + shell_quote(dir_ + "/data") + " -m immediate -w stop").exit_code == 0;
}

bool PgServer::restart() { return stop() && start_again(); }

PgServer::~PgServer() {
  if (dir_.empty()) return;
  stop();
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string PgServer::url(const std::string& database) const {
  return "postgresql://credcheck@/" + database + "?host=" + dir_ + "&port=5432";
}

std::string PgServer::new_database() {
  const std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++databases_);
  PGconn* c = PQconnectdb(url("postgres").c_str());
  if (PQstatus(c) == CONNECTION_OK) PQclear(PQexec(c, ("CREATE DATABASE " + name).c_str()));
  PQfinish(c);
  return url(name);
}

}  // namespace cc::test
