// The review server over HTTP, on 127.0.0.1, as a browser and an attacker use it: nothing without
// a session, no state change without the form token, claims respected, no path out of OUT, hostile
// names shown as text, cookie flags, no session fixation; then a whole review: a corrected course
// changes the decision, approval, the supervisor's second approval, the dossier's review section.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "pipeline/dossier/summary.h"
#include "pipeline/serve/audit_chain.h"
#include "tests/serve/serve_fixture.h"

namespace cc {
namespace {

using test::Browser;
using test::ServeFixture;

TEST(ServeHttp, EveryRouteWithoutASessionGoesToTheLoginPage) {
  ServeFixture s;
  auto c = s.client();
  for (const char* path : {"/", "/dossier/ph-0005", "/dossier/ph-0005/machine.html", "/dossier/ph-0005/audit", "/audit",
                           "/audit.csv", "/audit.json", "/password", "/static/review.js", "/no/such/page",
                           "/dossier/ph-0005/crop/0123456789abcdef"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 303) << path;
    EXPECT_EQ(res->get_header_value("Location"), "/login") << path;
    EXPECT_EQ(res->body, "") << path;
  }
  for (const char* path : {"/logout", "/password", "/dossier/ph-0005/claim", "/dossier/ph-0005/fact", "/dossier/ph-0005/signoff",
                           "/dossier/ph-0005/second-approval", "/dossier/ph-0005/release", "/dossier/ph-0005/reassign",
                           "/dossier/ph-0005/add-course", "/dossier/ph-0005/remove-course", "/dossier/ph-0005/add-job",
                           "/dossier/ph-0005/remove-job", "/login/../dossier/ph-0005/claim"}) {
    auto res = c.Post(path, httplib::Params{{"csrf", "x"}});
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 303) << path;
    EXPECT_EQ(res->get_header_value("Location"), "/login") << path;
  }
  // A made-up session cookie is no session.
  auto forged = c.Get("/", httplib::Headers{{"Cookie", "ccsid=" + std::string(64, 'a')}});
  EXPECT_EQ(forged->status, 303);
  EXPECT_EQ(c.Get("/login")->status, 200);
  EXPECT_EQ(c.Get("/static/review.css")->status, 200);
}

TEST(ServeHttp, LoginSetsStrictHttpOnlyCookiesAndRotatesTheSession) {
  ServeFixture s;
  auto c = s.client();
  auto page = c.Get("/login");
  const std::string login_token = test::set_cookie_value(page, "cclogin");
  ASSERT_EQ(login_token.size(), 32u);
  // The login form has its own token: a login posted from elsewhere is refused.
  auto no_token = c.Post("/login", httplib::Headers{{"Cookie", "cclogin=" + login_token}},
                         httplib::Params{{"name", "alice"}, {"password", "alice-password"}});
  EXPECT_EQ(no_token->status, 403);
  auto res = c.Post("/login", httplib::Headers{{"Cookie", "cclogin=" + login_token}},
                    httplib::Params{{"csrf", login_token}, {"name", "alice"}, {"password", "alice-password"}});
  ASSERT_EQ(res->status, 303);
  const std::string cookie = test::set_cookie_header(res, "ccsid");
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP on loopback: " << cookie;
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);

  // Fixation: a session id planted before login (even a live one) is not the one after it.
  Browser attacker = s.login("carol", "carol-password");
  ASSERT_FALSE(attacker.session.empty());
  Browser victim = s.login("alice", "alice-password", attacker.session);
  ASSERT_FALSE(victim.session.empty());
  EXPECT_NE(victim.session, attacker.session);
  EXPECT_EQ(s.get(attacker, "/")->status, 303);  // the planted session ended at login
  auto queue = s.get(victim, "/");
  EXPECT_EQ(queue->status, 200);
  EXPECT_NE(queue->body.find("alice (evaluator)"), std::string::npos);

  // Wrong passwords: 401, and the message does not say whether the name exists.
  auto wrong = s.login("alice", "not-her-password");
  EXPECT_TRUE(wrong.session.empty());
  auto unknown = s.login("mallory", "whatever-password");
  EXPECT_TRUE(unknown.session.empty());

  // Logout ends the session on the server, not only in the browser.
  ASSERT_EQ(s.post(victim, "/logout", {})->status, 303);
  EXPECT_EQ(s.get(victim, "/")->status, 303);
}

TEST(ServeHttp, AStateChangeWithoutTheFormTokenIsForbidden) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  ASSERT_EQ(alice.csrf.size(), 64u);
  EXPECT_EQ(s.post(alice, "/dossier/ph-0005/claim", {}, false)->status, 403);
  EXPECT_EQ(s.post(alice, "/dossier/ph-0005/claim", {{"csrf", std::string(64, '0')}}, false)->status, 403);
  Browser carol = s.login("carol", "carol-password");
  EXPECT_EQ(s.post(alice, "/dossier/ph-0005/claim", {{"csrf", carol.csrf}}, false)->status, 403);  // another session's token
  EXPECT_EQ(s.post(alice, "/logout", {}, false)->status, 403);
  EXPECT_FALSE(s.store().claim("ph-0005"));
  EXPECT_EQ(s.post(alice, "/dossier/ph-0005/claim", {})->status, 303);
  EXPECT_TRUE(s.store().claim("ph-0005"));
}

TEST(ServeHttp, AnotherEvaluatorsClaimCannotBeChanged) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  Browser carol = s.login("carol", "carol-password");
  Browser sam = s.login("sam", "sam-password");
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/claim", {})->status, 303);
  EXPECT_EQ(s.post(carol, "/dossier/ng-0003/claim", {})->status, 409);
  EXPECT_EQ(s.post(carol, "/dossier/ng-0003/fact", {{"fact", "course.2.credits"}, {"action", "confirm"}})->status, 409);
  EXPECT_EQ(s.post(carol, "/dossier/ng-0003/signoff", {{"decision", "approve"}})->status, 409);
  EXPECT_EQ(s.post(carol, "/dossier/ng-0003/release", {})->status, 403);
  EXPECT_EQ(s.post(carol, "/dossier/ng-0003/reassign", {{"to", "carol"}})->status, 403);
  EXPECT_TRUE(s.store().overrides("ng-0003").empty());
  // The page shows carol no edit forms.
  auto page = s.get(carol, "/dossier/ng-0003");
  EXPECT_EQ(page->body.find("value=\"correct\""), std::string::npos);
  EXPECT_NE(page->body.find("Claimed by <b>alice</b>"), std::string::npos);
  // A supervisor may hand it over.
  EXPECT_EQ(s.post(sam, "/dossier/ng-0003/reassign", {{"to", "carol"}})->status, 303);
  EXPECT_EQ(s.post(carol, "/dossier/ng-0003/fact", {{"fact", "course.2.credits"}, {"action", "confirm"}})->status, 303);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "course.2.credits"}, {"action", "confirm"}})->status, 409);
  EXPECT_EQ(s.post(sam, "/dossier/ng-0003/release", {})->status, 303);
  EXPECT_FALSE(s.store().claim("ng-0003"));
}

// The review cells of one candidate in OUT/summary.csv, and its summary.json entry.
std::vector<std::string> review_cells_of(const ServeFixture& s, const std::string& id) {
  const auto rows = csv_records(test::read_file(s.out() + "/summary.csv"));
  for (const auto& row : rows)
    if (!row.empty() && row[0] == id) return std::vector<std::string>(row.end() - 5, row.end());
  return {};
}

nlohmann::json summary_entry_of(const ServeFixture& s, const std::string& id) {
  const nlohmann::json summary = test::read_json(s.out() + "/summary.json");
  for (const auto& c : summary["candidates"])
    if (c["id"] == id) return c;
  return {};
}

TEST(ServeHttp, AClaimedDossierIsInReviewByItsEvaluatorInBothSummaries) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  Browser sam = s.login("sam", "sam-password");
  ASSERT_EQ(s.get(alice, "/")->status, 200);
  EXPECT_EQ(review_cells_of(s, "ng-0003"), std::vector<std::string>(5, ""));
  EXPECT_TRUE(summary_entry_of(s, "ng-0003")["review_state"].is_null());
  // Claimed, not signed off: in review, and by whom, in summary.csv and summary.json alike.
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/claim", {})->status, 303);
  EXPECT_EQ(review_cells_of(s, "ng-0003"), (std::vector<std::string>{"in_review", "alice", "", "", ""}));
  const auto entry = summary_entry_of(s, "ng-0003");
  EXPECT_EQ(entry["review_state"], "in_review");
  EXPECT_EQ(entry["reviewer"], "alice");
  EXPECT_TRUE(entry["signed_off_at"].is_null());
  EXPECT_TRUE(entry.contains("second_approval_by") && entry.contains("final_decisions"));
  // Handed over, then released: the summaries follow.
  ASSERT_EQ(s.post(sam, "/dossier/ng-0003/reassign", {{"to", "carol"}})->status, 303);
  EXPECT_EQ(review_cells_of(s, "ng-0003")[1], "carol");
  ASSERT_EQ(s.post(sam, "/dossier/ng-0003/release", {})->status, 303);
  EXPECT_EQ(review_cells_of(s, "ng-0003"), std::vector<std::string>(5, ""));
  EXPECT_TRUE(summary_entry_of(s, "ng-0003")["reviewer"].is_null());
}

TEST(ServeHttp, NoPathLeadsOutOfTheOutputFolder) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  for (const char* path : {"/dossier/..%2F..%2F..%2Fetc%2Fpasswd/machine.html", "/dossier/../../etc/passwd",
                           "/dossier/%2e%2e/machine.html", "/dossier/.credcheck/audit", "/dossier/..%2fph-0005/machine.html",
                           "/dossier/ph-0005/crop/..%2F..%2Fdossier.json", "/dossier/ph-0005/crop/ffffffffffffffff",
                           "/dossier/ph-0005%2F..%2F..%2F..%2Fetc/audit", "/static/..%2F..%2Fetc%2Fpasswd"}) {
    auto res = s.get(alice, path);
    ASSERT_TRUE(res) << path;
    EXPECT_NE(res->status, 200) << path;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
  }
  EXPECT_EQ(s.get(alice, "/dossier/ph-0005/machine.html")->status, 200);
}

TEST(ServeHttp, PagesOpenAtTheEvidenceBoxRenderedByAWorker) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  auto dossier = s.get(alice, "/dossier/ph-0005")->body;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(dossier, m, std::regex("href=\"(/dossier/ph-0005/view\\?doc=(\\d+)&amp;page=(\\d+)&amp;box=[0-9.,-]+)\"")))
      << "no page link";
  std::string view_url = m[1];
  view_url = std::regex_replace(view_url, std::regex("&amp;"), "&");
  auto view = s.get(alice, view_url);
  ASSERT_EQ(view->status, 200) << view->body;
  EXPECT_NE(view->body.find("<rect class=\"hl\""), std::string::npos);
  auto png = s.get(alice, "/dossier/ph-0005/page/" + std::string(m[2]) + "/" + std::string(m[3]));
  ASSERT_EQ(png->status, 200) << png->body;
  EXPECT_EQ(png->get_header_value("Content-Type"), "image/png");
  EXPECT_EQ(png->body.substr(0, 4), "\x89PNG");
  // Only the dossier's own documents and pages.
  for (const char* bad : {"/dossier/ph-0005/page/99/1", "/dossier/ph-0005/page/0/999", "/dossier/ph-0005/page/0/0",
                          "/dossier/ph-0005/view?doc=0&page=1&box=..%2F", "/dossier/ph-0005/view?doc=-1&page=1&box=1,1,2,2"})
    EXPECT_EQ(s.get(alice, bad)->status, 404) << bad;
}

TEST(ServeHttp, HostileNamesAndTitlesAreShownAsText) {
  ServeFixture s;
  const std::string path = s.out() + "/ng-0003/dossier.json";
  auto dossier = test::read_json(path);
  dossier["candidate"]["name"] = "<script>alert(1)</script>\"Eve";
  dossier["coursework"]["courses"][0]["title"] = "\"><img src=x onerror=alert(2)>";
  std::ofstream(path) << dossier.dump(2);
  Browser alice = s.login("alice", "alice-password");
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/claim", {})->status, 303);
  for (const std::string page : {"/", "/dossier/ng-0003", "/?q=%3Cscript%3E"}) {
    auto res = s.get(alice, page);
    ASSERT_EQ(res->status, 200) << page;
    EXPECT_EQ(res->body.find("<script>alert"), std::string::npos) << page;
    EXPECT_EQ(res->body.find("<img src=x"), std::string::npos) << page;
    EXPECT_NE(res->body.find("&lt;script&gt;alert(1)&lt;/script&gt;&quot;Eve"), std::string::npos) << page;
  }
  EXPECT_NE(s.get(alice, "/dossier/ng-0003")->body.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  // A typed value and reason come back escaped too.
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "degree.institution"}, {"action", "correct"},
                                                    {"value", "<b>U</b>"}, {"reason", "\"><script>"}})->status, 303);
  auto page = s.get(alice, "/dossier/ng-0003");
  EXPECT_EQ(page->body.find("<b>U</b>"), std::string::npos);
  EXPECT_NE(page->body.find("&lt;b&gt;U&lt;/b&gt;"), std::string::npos);
}

TEST(ServeHttp, ACorrectedCourseIsJudgedAgainAndSignedOffWithASecondApproval) {
  ServeFixture s;
  const std::string path = s.out() + "/ng-0003/dossier.json";
  const auto machine = test::read_json(path);
  Browser alice = s.login("alice", "alice-password");
  Browser sam = s.login("sam", "sam-password");
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/claim", {})->status, 303);
  // A correction needs a valid value and a reason.
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "course.2.credits"}, {"action", "correct"}, {"value", "lots"}, {"reason", "x"}})->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "course.2.credits"}, {"action", "correct"}, {"value", "20"}})->status, 400);
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/fact", {{"fact", "course.2.credits"}, {"action", "correct"}, {"value", "20"},
                                                    {"reason", "the transcript says 20"}})->status, 303);
  auto page = s.get(alice, "/dossier/ng-0003")->body;
  EXPECT_NE(page.find("class=\"changed\"><td>AMT MLS</td><td class=\"machine\"><span class=\"not_eligible\">not_eligible</span></td><td>→</td>"
                      "<td class=\"recomputed\"><span class=\"needs_review\">"), std::string::npos) << page;
  // Approving a decision other than the machine's needs a reason; an override to eligible a second person.
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/signoff", {{"decision", "approve"}})->status, 400);
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/signoff", {{"decision", "approve"}, {"final:AMT MLS", "eligible"},
                                                       {"reason", "the board accepts the attachment"}})->status, 303);
  EXPECT_EQ(s.store().signoff("ng-0003")->state, "awaiting_second_approval");
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/second-approval", {})->status, 403);
  ASSERT_EQ(s.post(sam, "/dossier/ng-0003/second-approval", {})->status, 303);
  EXPECT_EQ(s.store().signoff("ng-0003")->state, "approved");

  // dossier.json: the machine's sections untouched, the review beside them.
  auto reviewed = test::read_json(path);
  ASSERT_TRUE(reviewed.contains("review"));
  const auto review = reviewed["review"];
  reviewed.erase("review");
  EXPECT_EQ(reviewed, machine);
  EXPECT_EQ(review["schema"], "credcheck.review/1");
  EXPECT_EQ(review["state"], "approved");
  EXPECT_EQ(review["reviewer"], "alice");
  EXPECT_EQ(review["second_approval"]["by"], "sam");
  ASSERT_EQ(review["overrides"].size(), 1u);
  EXPECT_EQ(review["overrides"][0]["fact"], "course.2.credits");
  EXPECT_EQ(review["overrides"][0]["machine_value"], "3");
  EXPECT_EQ(review["overrides"][0]["value"], "20");
  bool found = false;
  for (const auto& d : review["decisions"])
    if (d["board"] == "AMT" && d["credential"] == "MLS") {
      found = true;
      EXPECT_EQ(d["machine"], "not_eligible");
      EXPECT_EQ(d["recomputed"], "needs_review");
      EXPECT_EQ(d["final"], "eligible");
    }
  EXPECT_TRUE(found);

  // summary.csv itself carries the review state: the machine's columns as `run` wrote them, in
  // their order, the review columns after them; private like every output.
  const auto machine_csv = csv_records(test::read_file(std::string(CREDCHECK_DEMO_OUT_DIR) + "/summary.csv"));
  const auto csv = csv_records(test::read_file(s.out() + "/summary.csv"));
  ASSERT_EQ(csv.size(), machine_csv.size());
  // (run writes the review columns empty; an older run wrote none)
  const size_t machine_columns =
      static_cast<size_t>(std::find(machine_csv[0].begin(), machine_csv[0].end(), "review_state") - machine_csv[0].begin());
  ASSERT_EQ(csv[0].size(), machine_columns + 5);
  EXPECT_EQ(std::vector<std::string>(csv[0].end() - 5, csv[0].end()),
            (std::vector<std::string>{"review_state", "reviewer", "signed_off_at", "second_approval_by", "final_decisions"}));
  for (size_t r = 0; r < csv.size(); ++r) {
    EXPECT_EQ(std::vector<std::string>(csv[r].begin(), csv[r].begin() + static_cast<long>(machine_columns)),
              std::vector<std::string>(machine_csv[r].begin(), machine_csv[r].begin() + static_cast<long>(machine_columns))) << r;
    if (r == 0) continue;
    const std::vector<std::string> cells(csv[r].end() - 5, csv[r].end());
    if (csv[r][0] != "ng-0003") {
      EXPECT_EQ(cells, std::vector<std::string>(5, "")) << csv[r][0];
      continue;
    }
    EXPECT_EQ(cells[0], "approved");
    EXPECT_EQ(cells[1], "alice");
    EXPECT_TRUE(std::regex_match(cells[2], std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"))) << cells[2];
    EXPECT_EQ(cells[3], "sam");
    EXPECT_NE(cells[4].find("AMT MLS=eligible"), std::string::npos) << cells[4];
  }
  struct stat st {};
  ASSERT_EQ(stat((s.out() + "/summary.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_FALSE(std::filesystem::exists(s.out() + "/review_summary.csv"));
  // `run` writes summary.csv again (its review columns empty): the next queue page fills them in.
  std::ofstream(s.out() + "/summary.csv", std::ios::binary | std::ios::trunc) << test::read_file(std::string(CREDCHECK_DEMO_OUT_DIR) + "/summary.csv");
  ASSERT_EQ(s.get(alice, "/")->status, 200);
  EXPECT_EQ(csv_records(test::read_file(s.out() + "/summary.csv")), csv);

  // Everything is in the audit trail, chained; the CLI verifies it.
  const auto rows = s.store().audit_rows("ng-0003");
  ASSERT_GE(rows.size(), 4u);
  EXPECT_TRUE(verify_audit_chain(s.store().audit_rows()).ok);
  auto verify = test::run_command(test::shell_quote(test::credcheck_exe()) + " audit verify --db " + test::shell_quote(s.db()));
  EXPECT_EQ(verify.exit_code, 0) << verify.output;
  EXPECT_NE(verify.output.find("intact"), std::string::npos);
  auto audit_page = s.get(alice, "/dossier/ng-0003/audit")->body;
  EXPECT_NE(audit_page.find("the transcript says 20"), std::string::npos);
  EXPECT_EQ(s.get(alice, "/audit.csv")->status, 403);  // the whole trail is for supervisors
  EXPECT_NE(s.get(sam, "/audit.csv")->body.find("second_approval"), std::string::npos);
}

std::string recomputed(const std::string& page, const std::string& credential) {
  const size_t row = page.find("<tr data-credential=\"" + credential + "\"");
  const size_t cell = page.find("<td class=\"recomputed\"><span class=\"", row);
  if (row == std::string::npos || cell == std::string::npos) return {};
  const size_t start = cell + std::string("<td class=\"recomputed\"><span class=\"").size();
  return page.substr(start, page.find('"', start) - start);
}

TEST(ServeHttp, ACourseTheMachineMissedCanBeAddedAndTakenBack) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/claim", {})->status, 303);
  EXPECT_EQ(recomputed(s.get(alice, "/dossier/ng-0003")->body, "AMT MLS"), "not_eligible");
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/add-course", {{"title", ""}, {"credits", "3"}, {"reason", "p. 2"}})->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/add-course", {{"title", "Biology III"}, {"credits", "x"}, {"reason", "p. 2"}})->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/add-course", {{"title", "Biology III"}, {"credits", "20"}})->status, 400);
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/add-course", {{"title", "General Biology III"}, {"code", "BIO 301"}, {"credits", "20"},
                                                          {"reason", "second page of the transcript"}})->status, 303);
  auto page = s.get(alice, "/dossier/ng-0003")->body;
  EXPECT_NE(page.find("<tr data-added=\"course.added.0\""), std::string::npos);
  EXPECT_EQ(recomputed(page, "AMT MLS"), "needs_review");  // the validators saw the added course
  auto review = test::read_json(s.out() + "/ng-0003/dossier.json")["review"];
  ASSERT_EQ(review["overrides"].size(), 1u);
  EXPECT_EQ(review["overrides"][0]["action"], "add");
  EXPECT_EQ(review["overrides"][0]["value"]["title"], "General Biology III");
  EXPECT_TRUE(review["overrides"][0]["machine_value"].is_null());
  ASSERT_EQ(s.post(alice, "/dossier/ng-0003/remove-course", {{"fact", "course.added.0"}, {"reason", "misread"}})->status, 303);
  page = s.get(alice, "/dossier/ng-0003")->body;
  EXPECT_EQ(page.find("<tr data-added="), std::string::npos);
  EXPECT_EQ(recomputed(page, "AMT MLS"), "not_eligible");
  EXPECT_EQ(s.post(alice, "/dossier/ng-0003/remove-course", {{"fact", "course.added.0"}, {"reason", "again"}})->status, 400);
}

TEST(ServeHttp, AJobTheMachineMissedIsJudgedByTheValidatorsAuditedAndCanBeTakenBack) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  Browser bob = s.login("carol", "carol-password");
  ASSERT_EQ(s.post(alice, "/dossier/ng-0007/claim", {})->status, 303);
  const std::string before = s.get(alice, "/dossier/ng-0007")->body;
  EXPECT_EQ(recomputed(before, "ASCPi MLS"), "not_eligible");
  const httplib::Params job = {{"employer", "Benue Teaching Hospital"}, {"position", "Medical Laboratory Scientist"},
                               {"start", "2019-12-02"}, {"end", "2024-05-31"}, {"hours_per_week", "40"},
                               {"departments", "chemistry"}, {"departments", "hematology"}, {"departments", "microbiology"},
                               {"departments", "blood_bank"}, {"reason", "second letter, page 1: the machine read no job from it"}};
  // Bad input is refused before anything is stored: no employer, a date that is no date, an end
  // before the start, no hours and no "full-time", a department outside the contract's set, no reason.
  auto with = [&](const std::string& key, const std::string& value) {
    httplib::Params p;
    for (const auto& [k, v] : job)
      if (k != key) p.emplace(k, v);
    if (!value.empty()) p.emplace(key, value);
    return p;
  };
  EXPECT_EQ(s.post(alice, "/dossier/ng-0007/add-job", with("employer", ""))->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0007/add-job", with("start", "Dec 2019"))->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0007/add-job", with("end", "2018-01-01"))->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0007/add-job", with("hours_per_week", ""))->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0007/add-job", with("departments", "cardiology"))->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/ng-0007/add-job", with("reason", ""))->status, 400);
  EXPECT_EQ(s.post(bob, "/dossier/ng-0007/add-job", job)->status, 409);  // alice's claim
  EXPECT_TRUE(s.store().overrides("ng-0007").empty());

  ASSERT_EQ(s.post(alice, "/dossier/ng-0007/add-job", job)->status, 303);
  auto page = s.get(alice, "/dossier/ng-0007")->body;
  EXPECT_NE(page.find("<tr data-added=\"job.added.0\""), std::string::npos);
  EXPECT_NE(page.find("Benue Teaching Hospital (Medical Laboratory Scientist): 2019-12-02 to 2024-05-31, 40 h/week"), std::string::npos);
  // 54 more months in the four core areas: the same validators now meet a route they did not.
  EXPECT_EQ(recomputed(page, "ASCPi MLS"), "eligible") << page;
  auto review = test::read_json(s.out() + "/ng-0007/dossier.json")["review"];
  ASSERT_EQ(review["overrides"].size(), 1u);
  EXPECT_EQ(review["overrides"][0]["fact"], "job.added.0");
  EXPECT_EQ(review["overrides"][0]["action"], "add");
  EXPECT_EQ(review["overrides"][0]["value"]["employer"], "Benue Teaching Hospital");
  EXPECT_EQ(review["overrides"][0]["value"]["departments"].size(), 4u);
  EXPECT_TRUE(review["overrides"][0]["machine_value"].is_null());
  const auto rows = s.store().audit_rows("ng-0007");
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.back().fact, "job.added.0");
  EXPECT_EQ(rows.back().action, "add");
  EXPECT_NE(rows.back().new_value.find("Benue Teaching Hospital"), std::string::npos);

  // A full-time job without hours and to the present is accepted too; then both are taken back.
  ASSERT_EQ(s.post(alice, "/dossier/ng-0007/add-job", {{"employer", "Makurdi Clinic"}, {"start", "2018-01-01"}, {"full_time", "1"},
                                                       {"reason", "letter 3"}})->status, 303);
  EXPECT_NE(s.get(alice, "/dossier/ng-0007")->body.find("Makurdi Clinic: 2018-01-01 to present, full-time"), std::string::npos);
  ASSERT_EQ(s.post(alice, "/dossier/ng-0007/remove-job", {{"fact", "job.added.0"}, {"reason", "misread"}})->status, 303);
  ASSERT_EQ(s.post(alice, "/dossier/ng-0007/remove-job", {{"fact", "job.added.1"}, {"reason", "misread"}})->status, 303);
  page = s.get(alice, "/dossier/ng-0007")->body;
  EXPECT_EQ(page.find("<tr data-added="), std::string::npos);
  EXPECT_EQ(recomputed(page, "ASCPi MLS"), "not_eligible");
  EXPECT_EQ(s.post(alice, "/dossier/ng-0007/remove-job", {{"fact", "job.added.0"}, {"reason", "again"}})->status, 400);
  EXPECT_EQ(s.store().audit_rows("ng-0007").back().action, "remove");
}

TEST(ServeHttp, ReturningOrEscalatingNeedsAReason) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  ASSERT_EQ(s.post(alice, "/dossier/in-0004/claim", {})->status, 303);
  EXPECT_EQ(s.post(alice, "/dossier/in-0004/signoff", {{"decision", "return"}})->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/in-0004/signoff", {{"decision", "escalate"}})->status, 400);
  EXPECT_EQ(s.post(alice, "/dossier/in-0004/signoff", {{"decision", "approve"}, {"final:AMT MLT", "maybe"}})->status, 400);
  ASSERT_EQ(s.post(alice, "/dossier/in-0004/signoff", {{"decision", "return"}, {"reason", "send the sealed transcript"}})->status, 303);
  auto review = test::read_json(s.out() + "/in-0004/dossier.json")["review"];
  EXPECT_EQ(review["state"], "returned");
  EXPECT_EQ(review["reason"], "send the sealed transcript");
  EXPECT_FALSE(review["todo"].empty());
  ASSERT_EQ(s.post(alice, "/dossier/in-0004/signoff", {{"decision", "escalate"}, {"reason", "seal looks altered"}})->status, 303);
  EXPECT_EQ(s.store().signoff("in-0004")->state, "escalated");
}

TEST(ServeHttp, TheQueuePutsThoseNeedingAPersonFirstAndFilters) {
  ServeFixture s;
  Browser alice = s.login("alice", "alice-password");
  auto all = s.get(alice, "/")->body;
  EXPECT_NE(all.find("data-id=\"in-0004\""), std::string::npos);
  // in-0004 has a needs_review credential: before any dossier that needs nobody.
  EXPECT_LT(all.find("data-id=\"in-0004\""), all.find("data-id=\"us-0001\""));
  auto found = s.get(alice, "/?q=ng-000")->body;
  EXPECT_NE(found.find("data-id=\"ng-0002\""), std::string::npos);
  EXPECT_EQ(found.find("data-id=\"ph-0005\""), std::string::npos);
}

}  // namespace
}  // namespace cc
