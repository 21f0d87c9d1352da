#include "tests/serve/serve_fixture.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "pipeline/serve/password_hash.h"
#include "validators/rules_loader.h"

namespace cc::test {

ServeFixture::ServeFixture(ServeSetup setup) {
  init_crypto();
  std::filesystem::copy(setup.out_source, out(), std::filesystem::copy_options::recursive);
  store_ = SqliteReviewStore::open(db()).value();
  for (const auto& [name, role] : {std::pair{"alice", Role::evaluator}, {"carol", Role::evaluator}, {"sam", Role::supervisor}}) {
    User u;
    u.name = name;
    u.role = role;
    u.password_hash = hash_password(std::string(name) + "-password").value();
    (void)store_->add_user(u);
  }
  catalog_ = std::make_unique<DossierCatalog>(out());
  rules_ = std::make_unique<Ruleset>(load_ruleset(CREDCHECK_RULES_DIR).value());
  server_ = std::make_unique<ReviewServer>(*store_, *catalog_, *rules_, ServerConfig{"", "", out() + "/.credcheck/cache",
                                                     setup.input_dir.empty() ? source_dir() + "/samples/demo/packets" : setup.input_dir,
                                                     credcheck_exe(), setup.page_passwords});
  port = server_->bind("127.0.0.1", 0).value();
  thread_ = std::thread([this] { server_->listen(); });
  auto c = client();
  for (int i = 0; i < 100 && !c.Get("/static/review.css"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

ServeFixture::~ServeFixture() {
  server_->stop();
  thread_.join();
}

httplib::Client ServeFixture::client() const { return httplib::Client("127.0.0.1", port); }

std::string set_cookie_header(const httplib::Result& res, const std::string& name) {
  if (!res) return {};
  for (const auto& [key, value] : res->headers)
    if (key == "Set-Cookie" && value.rfind(name + "=", 0) == 0) return value;
  return {};
}

std::string set_cookie_value(const httplib::Result& res, const std::string& name) {
  const std::string header = set_cookie_header(res, name);
  if (header.empty()) return {};
  const size_t end = header.find(';');
  return header.substr(name.size() + 1, end == std::string::npos ? std::string::npos : end - name.size() - 1);
}

Browser ServeFixture::login(const std::string& name, const std::string& password, const std::string& old_session) const {
  auto c = client();
  auto page = c.Get("/login");
  const std::string login_token = set_cookie_value(page, "cclogin");
  httplib::Headers headers = {{"Cookie", "cclogin=" + login_token + (old_session.empty() ? "" : "; ccsid=" + old_session)}};
  auto res = c.Post("/login", headers, httplib::Params{{"csrf", login_token}, {"name", name}, {"password", password}});
  Browser b;
  b.session = set_cookie_value(res, "ccsid");
  if (b.session.empty()) return b;
  auto queue = get(b, "/");
  std::smatch m;
  if (queue && std::regex_search(queue->body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) b.csrf = m[1];
  return b;
}

httplib::Result ServeFixture::get(const Browser& b, const std::string& path) const {
  return client().Get(path.c_str(), httplib::Headers{{"Cookie", "ccsid=" + b.session}});
}

httplib::Result ServeFixture::post(const Browser& b, const std::string& path, httplib::Params form, bool with_csrf) const {
  if (with_csrf) form.emplace("csrf", b.csrf);
  return client().Post(path.c_str(), httplib::Headers{{"Cookie", "ccsid=" + b.session}}, form);
}

}  // namespace cc::test
