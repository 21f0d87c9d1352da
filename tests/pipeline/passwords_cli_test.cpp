// `credcheck run --passwords FILE` end to end: AES-256 (PDF 2.0) files keyed with the SASLprep form
// of a password open with the password as typed (soft hyphen, U+00AA, no-break space, decomposed
// accent), file lines before candidate lines before `*`; a file no password opens is `encrypted`;
// and no password, in any form, appears in the logs, dossiers, text dumps or summary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "pipeline/intake/passwords.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::map<std::string, json> documents_of(const std::string& dossier) {
  std::map<std::string, json> docs;
  const json d = test::read_json(dossier);  // named: a temporary's element would dangle in the loop
  for (const auto& doc : d["documents"]) docs[doc["file"].get<std::string>()] = doc;
  return docs;
}

TEST(PasswordsCli, OpensWithTheTypedFormAndNeverWritesAPassword) {
  if (test::run_command("command -v qpdf").exit_code != 0) GTEST_SKIP() << "qpdf is not installed (scripts/setup.sh --tests)";
  test::TempDir gen, input, out;
  const auto made = test::run_command(test::python() + " " + test::shell_quote(test::source_dir() + "/samples/encrypted_fixtures.py") +
                                      " --out " + test::shell_quote(gen.path()));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  const json typed = test::read_json(gen / "passwords.json");
  test::copy_file(gen / "r6-saslprep.pdf", input / "ph-0001/letters/r6-saslprep.pdf");
  test::copy_file(gen / "r4-aes.pdf", input / "ph-0001/r4-aes.pdf");
  test::copy_file(gen / "r6-nbsp.pdf", input / "ng-0002/r6-nbsp.pdf");
  test::copy_file(gen / "r6-saslprep.pdf", input / "us-0003/r6-saslprep.pdf");
  const std::string sasl = typed["r6-saslprep.pdf"], nbsp = typed["r6-nbsp.pdf"], plain = typed["r4-aes.pdf"];
  const std::string wrong = "wrong-Passw0rd";
  {
    std::ofstream f(gen / "passwords.tsv");
    f << "# test passwords\n"
      << "ph-0001\t" << wrong << "\n"
      << "ph-0001\t" << plain << "\n"
      << "ph-0001/letters/r6-saslprep.pdf\t" << sasl << "\n"
      << "*\t" << nbsp << "\n";
  }
  const auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " run " + test::shell_quote(input.path()) + " --out " +
                                   test::shell_quote(out.path() + "/out") + " --no-progress -v --jobs 1 --passwords " +
                                   test::shell_quote(gen / "passwords.tsv"));
  EXPECT_EQ(r.exit_code, 3) << r.output;  // us-0003's file opens with none of them

  auto ph = documents_of(out.path() + "/out/ph-0001/dossier.json");
  for (const char* file : {"letters/r6-saslprep.pdf", "r4-aes.pdf"}) {
    ASSERT_TRUE(ph.count(file)) << file;
    EXPECT_TRUE(ph[file]["error"].is_null()) << file << ": " << ph[file]["error"].dump();
    EXPECT_EQ(ph[file]["pages"], 1) << file;
  }
  auto ng = documents_of(out.path() + "/out/ng-0002/dossier.json");
  EXPECT_TRUE(ng["r6-nbsp.pdf"]["error"].is_null()) << ng["r6-nbsp.pdf"]["error"].dump();
  auto us = documents_of(out.path() + "/out/us-0003/dossier.json");
  ASSERT_FALSE(us["r6-saslprep.pdf"]["error"].is_null());
  EXPECT_EQ(us["r6-saslprep.pdf"]["error"]["code"], "encrypted");
  // What was read is really the page's text.
  EXPECT_NE(test::read_file(out.path() + "/out/ng-0002/text/r6-nbsp.pdf.txt").find("CERTIFICATE OF EMPLOYMENT"), std::string::npos);

  // No password in any form anywhere: console output, every file written.
  std::vector<std::string> secrets;
  for (const std::string& p : {sasl, nbsp, plain, wrong})
    for (const auto& v : password_variants(p)) secrets.push_back(v);
  for (const auto& s : secrets) EXPECT_EQ(r.output.find(s), std::string::npos) << "a password form is in the console output";
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(out.path()))
    if (e.is_regular_file()) {
      ++files;
      const std::string content = test::read_file(e.path().string());
      for (const auto& s : secrets) EXPECT_EQ(content.find(s), std::string::npos) << "a password form is in " << e.path();
    }
  EXPECT_GE(files, 6u);
}

}  // namespace
}  // namespace cc
