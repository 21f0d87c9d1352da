// A real review server on 127.0.0.1 (an ephemeral port) over a copy of the demo dossiers, with
// three accounts, and an HTTP client that logs in like a browser (login cookie, form token,
// session cookie). Used by the HTTP and security tests.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

#include "pipeline/serve/dossier_catalog.h"
#include "pipeline/serve/review_server.h"
#include "pipeline/serve/sqlite_review_store.h"
#include "tests/support/test_support.h"
#include "validators/ruleset.h"

namespace cc::test {

struct Browser {
  std::string session;  // ccsid cookie
  std::string csrf;     // the session's form token, read from a page
};

// What the server is started over: by default a copy of the demo dossiers and their input folder.
struct ServeSetup {
  std::string out_source = CREDCHECK_DEMO_OUT_DIR;
  std::string input_dir;  // empty: the demo packets
  PagePasswords page_passwords = {};
};

class ServeFixture {
 public:
  explicit ServeFixture(ServeSetup setup = {});
  ~ServeFixture();

  std::string out() const { return dir_ / "out"; }
  std::string db() const { return dir_ / "review.sqlite"; }
  httplib::Client client() const;
  // Logs in through /login; empty session when refused.
  Browser login(const std::string& name, const std::string& password, const std::string& old_session = {}) const;
  httplib::Result get(const Browser& b, const std::string& path) const;
  httplib::Result post(const Browser& b, const std::string& path, httplib::Params form, bool with_csrf = true) const;

  ReviewStore& store() { return *store_; }
  int port = 0;

 private:
  TempDir dir_;
  std::unique_ptr<SqliteReviewStore> store_;
  std::unique_ptr<DossierCatalog> catalog_;
  std::unique_ptr<Ruleset> rules_;
  std::unique_ptr<ReviewServer> server_;
  std::thread thread_;
};

// The value of `name` in a Set-Cookie header of `res`.
std::string set_cookie_value(const httplib::Result& res, const std::string& name);
std::string set_cookie_header(const httplib::Result& res, const std::string& name);

}  // namespace cc::test
