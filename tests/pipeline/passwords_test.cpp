// Passwords: SASLprep as PDF 2.0 requires (RFC 4013 via ICU), the forms tried for a password, and
// the passwords file's format and lookup order.
#include <gtest/gtest.h>

#include "pipeline/intake/passwords.h"

namespace cc {
namespace {

TEST(Saslprep, MapsAndNormalisesAsRfc4013Says) {
  EXPECT_EQ(saslprep("plain-pw"), "plain-pw");
  // RFC 4013 section 3 examples: soft hyphen mapped to nothing, U+00AA NFKC to "a".
  EXPECT_EQ(saslprep("I\u00ADX"), "IX");
  EXPECT_EQ(saslprep("\u00AA"), "a");
  EXPECT_EQ(saslprep("\u2168"), "IX");  // ROMAN NUMERAL NINE
  EXPECT_EQ(saslprep("S\u00AASL\u00ADprep"), "SaSLprep");  // the corpus's saslprep-r6.pdf
  // Non-ASCII spaces become U+0020; a decomposed accent is composed (NFKC).
  EXPECT_EQ(saslprep("cafe\u0301\u00A0lab"), "caf\u00E9 lab");
  // Prohibited: control characters (RFC 4013 2.3); not UTF-8 at all.
  EXPECT_FALSE(saslprep(std::string("a\x07") + "b"));
  EXPECT_FALSE(saslprep("\xff\xfe"));
}

TEST(Saslprep, TruncatesTo127BytesOnACharacterBoundary) {
  std::string long_pw;
  for (int i = 0; i < 100; ++i) long_pw += "\u00E9";  // 2 bytes each
  auto p = saslprep(long_pw);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->size(), 126u);
}

TEST(PasswordVariants, GivenThenPreparedThenLatin1) {
  EXPECT_EQ(password_variants(""), std::vector<std::string>{});
  EXPECT_EQ(password_variants("abc"), std::vector<std::string>{"abc"});
  EXPECT_EQ(password_variants("S\u00AASL\u00ADprep"),
            (std::vector<std::string>{"S\u00AASL\u00ADprep", "SaSLprep", "S\xAASL\xADprep"}));
}

TEST(PasswordBook, CandidateFileAndWildcardInThatOrder) {
  auto book = PasswordBook::parse(
      "# agency passwords\n"
      "ph-0001\tcandidate pw\r\n"
      "\n"
      "ph-0001/letters/job1.pdf\tfile pw\n"
      "*\tbatch pw\n"
      "ph-0001\tsecond\tpw with tab\n",
      "pw.tsv");
  ASSERT_TRUE(book) << book.error().message;
  EXPECT_EQ(book->size(), 4u);
  EXPECT_EQ(book->passwords_for("ph-0001", "letters/job1.pdf"),
            (std::vector<std::string>{"file pw", "candidate pw", "second\tpw with tab", "batch pw"}));
  EXPECT_EQ(book->passwords_for("ng-0002", "tor.pdf"), std::vector<std::string>{"batch pw"});
}

TEST(PasswordBook, ErrorsNameTheLineNeverThePassword) {
  auto book = PasswordBook::parse("ph-0001\tok\nph-0002 hunter2-secret\n", "pw.tsv");
  ASSERT_FALSE(book);
  EXPECT_NE(book.error().message.find("pw.tsv:2"), std::string::npos) << book.error().message;
  EXPECT_EQ(book.error().message.find("hunter2"), std::string::npos) << book.error().message;
  EXPECT_FALSE(PasswordBook::parse("ph-0001\t\n", "pw.tsv"));
  EXPECT_FALSE(PasswordBook::parse("\tpw\n", "pw.tsv"));
  EXPECT_FALSE(PasswordBook::load("/nonexistent/passwords.tsv"));
}

}  // namespace
}  // namespace cc
