// A throwaway PostgreSQL server for tests: initdb into a temporary folder, postgres listening only
// on a unix socket in that folder (no TCP port to collide with), stopped and removed by the
// destructor. initdb and postgres refuse to run as root, so under root both run as the `postgres`
// user (runuser) with the folder handed to it. Tests call PgServer::shared() and skip, with the
// reason it gives, only when the PostgreSQL binaries are not installed.
#pragma once

#include <memory>
#include <string>

namespace cc::test {

class PgServer {
 public:
  // One server per test binary, started on first use; nullptr (and `why_not`) when the binaries
  // are absent or the server would not start.
  static PgServer* shared(std::string* why_not);
  static std::unique_ptr<PgServer> start(std::string* why_not);
  ~PgServer();
  PgServer(const PgServer&) = delete;
  PgServer& operator=(const PgServer&) = delete;

  // A new empty database on this server; its postgresql:// URL.
  std::string new_database();
  std::string url(const std::string& database) const;
  // Stops and starts the server (immediate shutdown: like a crash); connections are dropped.
  bool restart();
  bool stop();
  bool start_again();

 private:
  PgServer() = default;
  std::string bin_, dir_, run_as_;
  int databases_ = 0;
};

}  // namespace cc::test
