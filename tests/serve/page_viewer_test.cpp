// The page viewer on a password-protected PDF: `run` read it with the agency's passwords file; the
// server given the same file shows its pages (the password travels to the render worker only),
// and without it answers why not. The password appears in no page, header or log line it serves.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/serve/serve_fixture.h"

namespace cc {
namespace {

namespace fs = std::filesystem;
using test::Browser;
using test::ServeFixture;
using test::ServeSetup;

constexpr const char* kPassword = "s3cret";  // samples/intake_fixtures.py's encrypted.pdf

// input/enc-0001/statement.pdf (the encrypted fixture), its passwords file, and `run`'s output.
struct EncryptedCandidate {
  test::TempDir dir;
  std::string input() const { return dir / "input"; }
  std::string out() const { return dir / "out"; }
  std::string passwords() const { return dir / "passwords.tsv"; }
  test::CommandResult run;

  EncryptedCandidate() {
    fs::create_directories(dir / "input/enc-0001");
    fs::copy_file(test::fixtures_dir() + "/intake/encrypted.pdf", dir / "input/enc-0001/statement.pdf");
    std::ofstream(passwords()) << "# the agency's passwords\nenc-0001/statement.pdf\t" << kPassword << "\n";
    fs::permissions(passwords(), fs::perms::owner_read | fs::perms::owner_write);
    run = test::run_command(test::shell_quote(test::credcheck_exe()) + " run " + test::shell_quote(input()) + " --out " +
                            test::shell_quote(out()) + " --passwords " + test::shell_quote(passwords()) +
                            " --as-of 2026-11-01 --jobs 1 --no-progress");
  }
};

bool holds_password(const httplib::Result& res) {
  if (res->body.find(kPassword) != std::string::npos) return true;
  for (const auto& [key, value] : res->headers)
    if (value.find(kPassword) != std::string::npos) return true;
  return false;
}

TEST(ServePageViewer, AnEncryptedPdfOpensWithTheAgencysPasswordsFileAndNeverShowsThePassword) {
  EncryptedCandidate c;
  const auto dossier = test::read_json(c.out() + "/enc-0001/dossier.json");
  ASSERT_EQ(dossier["documents"].size(), 1u) << c.run.output;
  ASSERT_TRUE(dossier["documents"][0]["error"].is_null()) << dossier["documents"][0].dump();
  ASSERT_GE(dossier["documents"][0]["pages"].get<int>(), 1);

  auto file = PasswordFile::open(c.passwords());
  ASSERT_TRUE(file);
  ServeFixture s(ServeSetup{c.out(), c.input(), passwords_from_file(std::move(*file))});
  Browser alice = s.login("alice", "alice-password");
  auto picture = s.get(alice, "/dossier/enc-0001/page/0/1");
  ASSERT_EQ(picture->status, 200) << picture->body;
  EXPECT_EQ(picture->get_header_value("Content-Type"), "image/png");
  EXPECT_EQ(picture->body.substr(1, 3), "PNG");
  EXPECT_GT(picture->body.size(), 1000u);
  auto view = s.get(alice, "/dossier/enc-0001/view?doc=0&page=1&box=72,72,300,90");
  ASSERT_EQ(view->status, 200) << view->body;
  EXPECT_NE(view->body.find("<rect class=\"hl\""), std::string::npos);
  EXPECT_FALSE(holds_password(picture));
  EXPECT_FALSE(holds_password(view));
  const auto page = s.get(alice, "/dossier/enc-0001");
  EXPECT_EQ(page->status, 200);
  EXPECT_FALSE(holds_password(page));
}

TEST(ServePageViewer, WithoutThePasswordsTheViewerSaysWhyNot) {
  EncryptedCandidate c;
  ServeFixture s(ServeSetup{c.out(), c.input(), {}});
  Browser alice = s.login("alice", "alice-password");
  auto picture = s.get(alice, "/dossier/enc-0001/page/0/1");
  EXPECT_EQ(picture->status, 404);
  EXPECT_NE(picture->body.find("password"), std::string::npos) << picture->body;
  EXPECT_FALSE(holds_password(picture));
}

}  // namespace
}  // namespace cc
