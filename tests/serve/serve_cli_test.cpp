// `credcheck users`, `serve` and `audit` as commands, a server under TLS, one-time passwords,
// and a new version of a reviewed dossier (words carried over or to check again).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "pipeline/serve/password_hash.h"
#include "pipeline/serve/review_section_file.h"
#include "pipeline/serve/review_server.h"
#include "pipeline/serve/sqlite_review_store.h"
#include "tests/serve/serve_fixture.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

using test::shell_quote;

std::string exe() { return shell_quote(test::credcheck_exe()); }

test::CommandResult users(const std::string& db, const std::string& args, const std::string& input = "") {
  return test::run_command("printf " + shell_quote(input) + " | " + exe() + " users " + args + " --db " + shell_quote(db));
}

TEST(ServeCli, UsersAreAddedWithAPasswordTypedTwiceOrAOneTimeOne) {
  test::TempDir dir;
  const std::string db = dir / "r/review.sqlite";
  EXPECT_EQ(users(db, "add alice --role evaluator", "alice-password\\nother-password\\n").exit_code, 2);
  EXPECT_EQ(users(db, "add alice --role evaluator", "short\\nshort\\n").exit_code, 2);
  auto ok = users(db, "add alice --role evaluator", "alice-password\\nalice-password\\n");
  ASSERT_EQ(ok.exit_code, 0) << ok.output;
  EXPECT_EQ(ok.output.find("alice-password"), std::string::npos);
  EXPECT_EQ(users(db, "add alice", "alice-password\\nalice-password\\n").exit_code, 2);  // taken
  auto one_time = users(db, "add sam --role supervisor --one-time");
  ASSERT_EQ(one_time.exit_code, 0) << one_time.output;
  EXPECT_NE(one_time.output.find("one-time password"), std::string::npos);
  auto list = users(db, "list");
  EXPECT_NE(list.output.find("alice\tevaluator\tactive"), std::string::npos) << list.output;
  EXPECT_NE(list.output.find("sam\tsupervisor\tactive\tone-time password"), std::string::npos) << list.output;
  ASSERT_EQ(users(db, "disable alice").exit_code, 0);
  EXPECT_NE(users(db, "list").output.find("alice\tevaluator\tdisabled"), std::string::npos);
  EXPECT_EQ(users(db, "disable nobody").exit_code, 2);
  // The hash is Argon2id.
  auto store = SqliteReviewStore::open(db).value();
  EXPECT_EQ(store->user_named("alice")->password_hash.rfind("$argon2id$", 0), 0u);
}

TEST(ServeCli, ServeRefusesANonLoopbackAddressWithoutTls) {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "out");
  auto refused = test::run_command(exe() + " serve --out " + shell_quote(dir / "out") + " --listen 0.0.0.0:0");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.output.find("--tls-cert"), std::string::npos) << refused.output;
  auto bad = test::run_command(exe() + " serve --out " + shell_quote(dir / "out") + " --listen nonsense");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(is_loopback_host("127.0.0.1"));
  EXPECT_TRUE(is_loopback_host("::1"));
  EXPECT_FALSE(is_loopback_host("10.0.0.1"));
  EXPECT_FALSE(is_loopback_host("0.0.0.0"));
}

TEST(ServeCli, AuditVerifyFailsOnAChangedRow) {
  test::ServeFixture s;
  auto alice = s.login("alice", "alice-password");
  ASSERT_EQ(s.post(alice, "/dossier/ph-0005/claim", {})->status, 303);
  auto ok = test::run_command(exe() + " audit verify --db " + shell_quote(s.db()));
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(s.db().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "DROP TRIGGER audit_no_update; UPDATE audit SET user = 'mallory' WHERE seq = 1", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto broken = test::run_command(exe() + " audit verify --db " + shell_quote(s.db()));
  EXPECT_EQ(broken.exit_code, 3) << broken.output;
  EXPECT_NE(broken.output.find("BROKEN at row 1"), std::string::npos) << broken.output;
  auto csv = test::run_command(exe() + " audit export --format csv --db " + shell_quote(s.db()));
  EXPECT_NE(csv.output.find("seq,at,user,address,dossier_id"), std::string::npos);
}

TEST(ServeCli, AOneTimePasswordMustBeChangedBeforeAnythingElse) {
  test::ServeFixture s;
  User bob;
  bob.name = "bob";
  bob.password_hash = hash_password("one-time-pw-123").value();
  bob.must_change_password = true;
  ASSERT_TRUE(s.store().add_user(bob));
  auto b = s.login("bob", "one-time-pw-123");
  ASSERT_FALSE(b.session.empty());
  EXPECT_EQ(s.get(b, "/")->status, 303);
  EXPECT_EQ(s.get(b, "/")->get_header_value("Location"), "/password");
  EXPECT_EQ(s.get(b, "/dossier/ph-0005")->get_header_value("Location"), "/password");
  auto page = s.get(b, "/password");
  ASSERT_EQ(page->status, 200);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page->body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")));
  b.csrf = m[1];
  EXPECT_EQ(s.post(b, "/password", {{"current", "one-time-pw-123"}, {"new", "bobs-password-1"}, {"again", "bobs-password-2"}})->status, 400);
  EXPECT_EQ(s.post(b, "/password", {{"current", "one-time-pw-123"}, {"new", "bobs-password-1"}, {"again", "bobs-password-1"}})->status, 303);
  EXPECT_EQ(s.get(b, "/")->status, 303);  // the session ended with the change
  auto again = s.login("bob", "bobs-password-1");
  EXPECT_EQ(s.get(again, "/")->status, 200);
}

TEST(ServeCli, WordsOnANewVersionCarryOverOnlyWhereTheFactIsUnchanged) {
  test::ServeFixture s;
  auto alice = s.login("alice", "alice-password");
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/claim", {})->status, 303);
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "course.2.credits"}, {"action", "correct"}, {"value", "4"}, {"reason", "r"}})->status, 303);
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "course.3.credits"}, {"action", "correct"}, {"value", "5"}, {"reason", "r"}})->status, 303);
  // The daemon writes a new version: course 2 now read as 6, course 3 as before.
  const std::string path = s.out() + "/ng-0003/dossier.json";
  auto dossier = test::read_json(path);
  dossier.erase("review");
  dossier["coursework"]["courses"][2]["credits"] = 6;
  dossier["generated_at"] = "2026-12-01T00:00:00Z";
  std::ofstream(path + ".new") << dossier.dump(2);
  std::filesystem::rename(path + ".new", path);
  auto page = s.get(alice, "/dossier/ng-0003")->body;
  EXPECT_NE(page.find("<ul id=\"recheck\"><li>course.2.credits: was 3"), std::string::npos) << page.substr(0, 3000);
  EXPECT_NE(page.find("data-fact=\"course.3.credits\" class=\"changed\""), std::string::npos);
  EXPECT_EQ(page.find("data-fact=\"course.2.credits\" class=\"changed\""), std::string::npos);
  // The next change writes the review of the new version.
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "candidate.name"}, {"action", "confirm"}})->status, 303);
  auto review = test::read_json(path)["review"];
  EXPECT_EQ(review["to_check_again"].size(), 1u);
  bool carried = false;
  for (const auto& o : review["overrides"]) carried = carried || (o["fact"] == "course.3.credits" && o["carried_over"] == true);
  EXPECT_TRUE(carried) << review.dump(1);
}

TEST(ServeCli, AClaimRunsOutAfterItsLeaseAndIsRenewedByItsHolder) {
  test::TempDir dir;
  init_crypto();
  auto store = SqliteReviewStore::open(dir / "review.sqlite").value();
  User alice, carol;
  alice.name = "alice";
  carol.name = "carol";
  alice.password_hash = carol.password_hash = "x";
  alice.id = store->add_user(alice).value();
  carol.id = store->add_user(carol).value();
  DossierCatalog catalog(CREDCHECK_DEMO_OUT_DIR);  // claims write nothing into the dossiers
  auto rules = load_ruleset(CREDCHECK_RULES_DIR).value();
  int64_t now = 1'800'000'000;
  ReviewService service(*store, catalog, rules, [&now] { return now; });
  const Actor a{alice, "127.0.0.1"}, c{carol, "127.0.0.1"};
  ASSERT_FALSE(service.claim(a, "ph-0005"));
  now += kClaimLeaseSeconds - 60;
  ASSERT_TRUE(service.claim(c, "ph-0005"));
  EXPECT_EQ(service.claim(c, "ph-0005")->status, 409);
  ASSERT_FALSE(service.claim(a, "ph-0005"));  // the holder renews
  now += kClaimLeaseSeconds - 60;
  EXPECT_TRUE(service.claim(c, "ph-0005"));
  now += 61;
  EXPECT_FALSE(service.claim(c, "ph-0005"));  // run out: free for anyone
  EXPECT_EQ(store->claim("ph-0005")->user_id, carol.id);
  EXPECT_FALSE(service.claim(c, "no-such-dossier") == std::nullopt);
}

TEST(ServeCli, UnderTlsTheSessionCookieIsSecure) {
  if (std::system("command -v openssl > /dev/null") != 0) GTEST_SKIP() << "no openssl command to make a test certificate";
  test::TempDir dir;
  auto made = test::run_command("openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -days 1 -keyout " +
                                shell_quote(dir / "key.pem") + " -out " + shell_quote(dir / "cert.pem"));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  init_crypto();
  auto store = SqliteReviewStore::open(dir / "review.sqlite").value();
  User u;
  u.name = "alice";
  u.password_hash = hash_password("alice-password").value();
  ASSERT_TRUE(store->add_user(u));
  std::filesystem::create_directories(dir / "out");
  DossierCatalog catalog(dir / "out");
  auto rules = load_ruleset(CREDCHECK_RULES_DIR).value();
  ReviewServer server(*store, catalog, rules, ServerConfig{dir / "cert.pem", dir / "key.pem", "", "", "", {}});
  const int port = server.bind("127.0.0.1", 0).value();
  std::thread t([&] { server.listen(); });
  httplib::SSLClient c("127.0.0.1", port);
  c.enable_server_certificate_verification(false);
  for (int i = 0; i < 100 && !c.Get("/login"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto page = c.Get("/login");
  ASSERT_TRUE(page);
  const std::string token = test::set_cookie_value(page, "cclogin");
  EXPECT_NE(test::set_cookie_header(page, "cclogin").find("; Secure"), std::string::npos);
  auto res = c.Post("/login", httplib::Headers{{"Cookie", "cclogin=" + token}},
                    httplib::Params{{"csrf", token}, {"name", "alice"}, {"password", "alice-password"}});
  ASSERT_TRUE(res);
  const std::string cookie = test::set_cookie_header(res, "ccsid");
  EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(res->get_header_value("Strict-Transport-Security"), "");
  server.stop();
  t.join();
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

// The writer that keeps the machine part's text writes what a full read, parse and dump writes,
// byte for byte; and it reads the file again once someone else replaced it.
TEST(ServeOutput, TheKeptMachineTextWritesTheSameBytesAsAFullRewrite) {
  test::TempDir dir;
  const std::string kept = dir / "kept.json", full = dir / "full.json";
  std::filesystem::copy_file(std::string(CREDCHECK_DEMO_OUT_DIR) + "/ph-0005/dossier.json", kept);
  std::filesystem::copy_file(kept, full);
  const std::string version = dossier_version(test::read_json(kept));
  ReviewSectionWriter writer;
  for (int i = 0; i < 3; ++i) {  // the first write reads the file, the next ones reuse its text
    const nlohmann::ordered_json section = {{"schema", "credcheck.review/1"}, {"turn", i},
                                            {"overrides", {{{"fact", "course.1.credits"}, {"reason", "line\nbreak \"quoted\""}}}}};
    ASSERT_TRUE(writer.write(kept, version, section).value());
    ASSERT_TRUE(write_review_section(full, version, section).value());
    ASSERT_EQ(test::read_file(kept), test::read_file(full)) << i;
    auto reread = nlohmann::ordered_json::parse(test::read_file(kept));
    EXPECT_EQ(reread["review"]["turn"], i);
  }
  // A new machine version written by someone else: nothing is written over it.
  auto other = test::read_json(kept);
  other.erase("review");
  other["generated_at"] = "2030-01-01T00:00:00Z";
  std::ofstream(kept, std::ios::trunc) << other.dump(2);
  EXPECT_FALSE(writer.write(kept, version, {{"turn", 9}}).value());
  EXPECT_FALSE(test::read_json(kept).contains("review"));
}

}  // namespace
}  // namespace cc
