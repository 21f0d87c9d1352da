// The HTTP side of `credcheck serve` (cpp-httplib): routes, the session cookie, the CSRF check,
// security headers, and the static assets compiled in. Before any route runs, a request without a
// live session is sent to /login (only /login and /static/review.css answer without one), a
// session whose password is a one-time one is sent to /password, and a POST whose `csrf` field
// does not match the session's token gets 403. The routes call ReviewService and render pages.h.
#pragma once

#include <memory>
#include <string>

#include "core/expected.h"
#include "pipeline/serve/auth.h"
#include "pipeline/serve/dossier_catalog.h"
#include "pipeline/serve/page_renderer.h"
#include "pipeline/serve/review_service.h"

namespace httplib {
class Server;
}

namespace cc {

struct ServerConfig {
  std::string tls_cert, tls_key;  // both or neither
  std::string crop_cache_dir;     // where `run` keeps evidence crops (OUT/.credcheck/cache), may be absent
  std::string input_dir;          // `run`'s input folder, for the page viewer; empty: no page viewer
  std::string worker_executable;  // runs cc::worker_main() given "__worker" (the page viewer's worker)
  PagePasswords page_passwords;   // for encrypted PDFs in the page viewer (page_renderer.h); none when empty
};

class ReviewServer {
 public:
  ReviewServer(ReviewStore& store, DossierCatalog& catalog, const Ruleset& rules, ServerConfig config);
  ~ReviewServer();
  // Binds host:port (port 0: any free one); returns the port, or why not.
  Expected<int> bind(const std::string& host, int port);
  // Serves until stop(); returns false when the server could not run.
  bool listen();
  void stop();
  bool tls() const { return !config_.tls_cert.empty(); }

 private:
  void routes();
  ReviewStore& store_;
  DossierCatalog& catalog_;
  ServerConfig config_;
  Auth auth_;
  ReviewService service_;
  std::unique_ptr<httplib::Server> http_;
  std::unique_ptr<PageRenderer> pages_;
};

// "127.0.0.1:8470" -> host, port; nullopt when malformed.
std::optional<std::pair<std::string, int>> parse_listen(const std::string& listen);
bool is_loopback_host(const std::string& host);

}  // namespace cc
