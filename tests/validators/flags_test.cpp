// Every flag code of criteria.md, the name comparison behind name_mismatch, and the to-dos.
#include <gtest/gtest.h>

#include "validator_fixtures.h"
#include "validators/flags.h"
#include "validators/name_match.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run(const CandidateFacts& facts) { return evaluate(facts, default_rules(), std::string(kAsOf)); }

const Flag* flag_of(const ValidationResult& r, const std::string& code) {
  for (const auto& f : r.flags)
    if (f.code == code) return &f;
  return nullptr;
}

bool same_name(const char* a, const char* b) { return compare_names(parse_person_name(a), parse_person_name(b)).same; }

TEST(Names, CaseAccentsAndPunctuationAreNotDifferences) {
  EXPECT_TRUE(same_name("DELA CRUZ, MARIA S.", "Maria S. Dela Cruz"));
  EXPECT_TRUE(same_name("José Peña", "JOSE PENA"));
  EXPECT_TRUE(same_name("Chiamaka Ọbi", "CHIAMAKA OBI"));      // Yoruba / Igbo subdot
  EXPECT_TRUE(same_name("Chiamaka O\xCC\xA3" "bi", "Chiamaka Obi"));  // the same, decomposed
  EXPECT_TRUE(same_name("Ɓala Ɗanjuma", "Bala Danjuma"));        // Hausa hooked letters
  EXPECT_EQ(name_words("Nguyễn Thị"), (std::vector<std::string>{"nguyen", "thi"}));
  EXPECT_EQ(name_words("Li Ωmega"), (std::vector<std::string>{"li", "mega"}));  // non-Latin: a word break
  EXPECT_TRUE(same_name("Zoë Ångström", "zoe angstrom"));
  EXPECT_TRUE(same_name("O'Brien, Siobhan", "Siobhan OBrien"));
  EXPECT_TRUE(same_name("Maria Dela-Cruz", "Maria Dela Cruz"));
  EXPECT_TRUE(same_name("Maria Delacruz", "Maria Dela Cruz"));
}

// The same folding as the extractors' (core/text.h fold_latin): Latin Extended names.
TEST(Names, LatinExtendedNamesAreTheSameWithoutTheirMarks) {
  EXPECT_TRUE(same_name("Ọlámidé Adébáyọ̀", "OLAMIDE ADEBAYO"));
  EXPECT_TRUE(same_name("ĐẶNG, Nguyễn Thị", "Nguyen Thi Dang"));
  EXPECT_TRUE(same_name("Łukasz Wiśniewski", "LUKASZ WISNIEWSKI"));
  EXPECT_TRUE(same_name("Şükrü Öztürk", "Sukru Ozturk"));
  EXPECT_EQ(name_words("Đặng Łukasz Şükrü"), (std::vector<std::string>{"dang", "lukasz", "sukru"}));
  EXPECT_FALSE(same_name("Łukasz Wiśniewski", "Lukasz Kowalski"));
}

TEST(Names, MiddleInitialAgainstFullMiddleNameIsNotADifference) {
  EXPECT_TRUE(same_name("Maria Santos Dela Cruz", "Maria S. Dela Cruz"));
  EXPECT_TRUE(same_name("DELA CRUZ, MARIA SANTOS", "Maria S Dela Cruz"));
  EXPECT_TRUE(same_name("Maria Santos Dela Cruz", "Maria Dela Cruz"));  // middle name left out
  EXPECT_TRUE(same_name("Ma. Teresa Santos Reyes", "Maria Teresa S. Reyes"));
  EXPECT_TRUE(same_name("Juan Santos, Jr.", "SANTOS, JUAN"));
}

TEST(Names, ADifferentSurnameIsAMismatchEvenAMarriedName) {
  const auto c = compare_names(parse_person_name("Maria Santos Dela Cruz"), parse_person_name("Maria Dela Cruz Reyes"));
  EXPECT_FALSE(c.same);
  EXPECT_NE(c.why.find("surname"), std::string::npos);
  EXPECT_FALSE(same_name("Maria S. Dela Cruz", "Maria S. Dela Rosa"));
  EXPECT_FALSE(same_name("Maria Dela Cruz", "Ana Dela Cruz"));
  EXPECT_FALSE(same_name("Maria Santos Dela Cruz", "Maria Reyes Dela Cruz"));
}

TEST(Names, SurnamesKeepTheirParticles) {
  const PersonName n = parse_person_name("Maria Santos de los Reyes");
  EXPECT_EQ(n.surname, (std::vector<std::string>{"de", "los", "reyes"}));
  EXPECT_EQ(n.given, (std::vector<std::string>{"maria", "santos"}));
  EXPECT_EQ(parse_person_name("Dela Cruz, Maria").surname, (std::vector<std::string>{"dela", "cruz"}));
}

TEST(Names, ACompoundSurnameSplitDifferentlyIsTheSameName) {
  EXPECT_TRUE(same_name("MAMANI CONDORI, MARÍA ELENA", "María Elena Mamani Condori"));
  EXPECT_TRUE(same_name("RODRÍGUEZ PAREDES, FLOR DE MARÍA", "Flor De María Rodríguez Paredes"));
  EXPECT_FALSE(same_name("MAMANI CONDORI, MARÍA ELENA", "María Elena Castillo Condori"));
}

TEST(Names, OneOcrConfusableLetterInALongNameIsAMisreadingOnlyOnOcr) {
  const PersonName tareq = parse_person_name("Tareq Al-Haddad"), tareg = parse_person_name("Tareg Al-Haddad");
  EXPECT_FALSE(compare_names(tareq, tareg).same);        // two text layers: the names differ
  EXPECT_TRUE(compare_names(tareq, tareg, true).same);   // one read by OCR: g for q
  EXPECT_TRUE(compare_names(parse_person_name("Maria Wiliams"), parse_person_name("Maria Wi1iams"), true).same);
  // Not a look-alike, or two letters, or a short name: still a different name.
  EXPECT_FALSE(compare_names(parse_person_name("Maria Santos"), parse_person_name("Maria Santis"), true).same);
  EXPECT_FALSE(compare_names(parse_person_name("Maria Qarcla"), parse_person_name("Maria Garcia"), true).same);
  EXPECT_FALSE(compare_names(parse_person_name("Ana Lin"), parse_person_name("Ana Liu"), true).same);
}

// The French "M." (Monsieur) kept before a name in capitals is no given name the other print lacks;
// a different surname or given name behind it still differs.
TEST(Names, AFrenchMBeforeTheNameIsNoGivenName) {
  EXPECT_TRUE(same_name("M. Kouassi Franck Traoré", "Kouassi Franck Traoré"));
  EXPECT_TRUE(same_name("M Mehdi Dridi", "DRIDI, Mehdi"));
  EXPECT_TRUE(same_name("M. Abdul Karim", "Mohammed Abdul Karim"));  // an initial spelled out elsewhere
  EXPECT_FALSE(same_name("M. Kouassi Franck Traoré", "Kouassi Franck Yao"));
  EXPECT_FALSE(same_name("M. Mehdi Dridi", "Karim Dridi"));
}

NameSighting sighting(const std::string& file, const std::string& printed, const std::string& natural, double confidence = 0.97) {
  return {file, printed, natural, evidence(file, printed, confidence)};
}

TEST(Flags, NameMismatch) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"));
  f.identity.sightings = {sighting("tor.pdf", "DELA CRUZ, MARIA S.", "Maria S. Dela Cruz"),
                          sighting("diploma.pdf", "MARÍA SANTOS DELA CRUZ", "María Santos Dela Cruz")};
  EXPECT_FALSE(has_flag(run(f), "name_mismatch"));
  f.identity.sightings.push_back(sighting("letter.pdf", "Maria S. Reyes", "Maria S. Reyes"));
  auto r = run(f);
  const Flag* mismatch = flag_of(r, "name_mismatch");
  ASSERT_NE(mismatch, nullptr);
  EXPECT_EQ(mismatch->severity, "warning");
  EXPECT_EQ(mismatch->evidence.size(), 3u);
  EXPECT_NE(mismatch->detail.find("letter.pdf"), std::string::npos);
  bool proof_asked = false;
  for (const auto& t : r.todo) proof_asked = proof_asked || t.find("name change") != std::string::npos;
  EXPECT_TRUE(proof_asked);
  // A name read below the threshold may be misread: it raises nothing.
  f.identity.sightings.back() = sighting("letter.pdf", "Maria S. Reyes", "Maria S. Reyes", 0.5);
  EXPECT_FALSE(has_flag(run(f), "name_mismatch"));
}

TEST(Flags, NoNameMismatchForAnOcrConfusableLetter) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"));
  f.identity.sightings = {sighting("diploma.pdf", "Tareq Al-Haddad", "Tareq Al-Haddad", 1.0),
                          sighting("letter.pdf", "Tareg Al-Haddad", "Tareg Al-Haddad", 0.93)};
  EXPECT_FALSE(has_flag(run(f), "name_mismatch"));
  f.identity.sightings.back() = sighting("letter.pdf", "Tareg Al-Haddad", "Tareg Al-Haddad", 1.0);  // both text layers
  EXPECT_TRUE(has_flag(run(f), "name_mismatch"));
}

TEST(Flags, NoNameMismatchForLatinExtendedNamesAcrossDocuments) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"));
  f.identity.sightings = {sighting("diploma.pdf", "NGUYỄN THỊ ĐẶNG", "Nguyễn Thị Đặng"),
                          sighting("tor.pdf", "DANG, NGUYEN THI", "Nguyen Thi Dang"),
                          sighting("letter.pdf", "Ms. Nguyen T. Dang", "Nguyen T. Dang")};
  EXPECT_FALSE(has_flag(run(f), "name_mismatch"));
  f.identity.sightings = {sighting("diploma.pdf", "Ọlámidé Adébáyọ̀", "Ọlámidé Adébáyọ̀"),
                          sighting("letter.pdf", "Olamide Adebayo", "Olamide Adebayo"),
                          sighting("tor.pdf", "Łukasz Wiśniewski", "Łukasz Wiśniewski")};
  EXPECT_TRUE(has_flag(run(f), "name_mismatch"));
}

TEST(Flags, MissingDocuments) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"));
  EXPECT_FALSE(has_flag(run(f), "missing_diploma"));
  EXPECT_FALSE(has_flag(run(f), "missing_transcript"));
  f.documents.diplomas = 0;
  f.documents.transcripts = 0;
  auto r = run(f);
  EXPECT_TRUE(has_flag(r, "missing_diploma"));
  EXPECT_TRUE(has_flag(r, "missing_transcript"));
}

TEST(Flags, NoMissingDocumentWhereAnUnsurePageCouldBeIt) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"));
  f.documents.diplomas = 0;
  f.documents.transcripts = 0;
  f.documents.possible["diploma"] = 1;  // a page the classifier was unsure of, leaning to a diploma
  auto r = run(f);
  EXPECT_FALSE(has_flag(r, "missing_diploma"));
  EXPECT_TRUE(has_flag(r, "missing_transcript"));
}

TEST(Flags, MissingExperienceLetterOnlyWhenExperienceCouldDecide) {
  // A recent graduate meets every credential on the degree: no letter needed.
  EXPECT_FALSE(has_flag(run(candidate(bs_medtech("2023-06-01"))), "missing_experience_letter"));
  // An older graduate can only qualify by experience.
  auto r = run(candidate(bs_medtech("2012-06-01")));
  EXPECT_TRUE(has_flag(r, "missing_experience_letter")) << flag_codes_of(r);
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLS").status, Eligibility::needs_review);
}

TEST(Flags, OverlappingEmploymentAndExperienceOutsideTheWindow) {
  auto r = run(candidate(bs_medtech("2012-06-01"), {job("2015-01-01", std::nullopt, 40.0, core_areas(), 0.95, "a.pdf"),
                                                    job("2023-01-01", "2023-06-30", 20.0, {"hematology"}, 0.95, "b.pdf")}));
  const Flag* overlap = flag_of(r, "overlapping_employment");
  ASSERT_NE(overlap, nullptr) << flag_codes_of(r);
  EXPECT_NE(overlap->detail.find("181 days"), std::string::npos) << overlap->detail;
  EXPECT_EQ(overlap->evidence.size(), 2u);
  const Flag* outside = flag_of(r, "experience_outside_window");
  ASSERT_NE(outside, nullptr);
  EXPECT_NE(outside->detail.find("a.pdf"), std::string::npos);
  EXPECT_EQ(outside->severity, "info");

  auto apart = run(candidate(bs_medtech("2012-06-01"), {job("2022-01-01", "2022-12-31", 40.0, core_areas(), 0.95, "a.pdf"),
                                                        job("2023-01-01", std::nullopt, 40.0, core_areas(), 0.95, "b.pdf")}));
  EXPECT_FALSE(has_flag(apart, "overlapping_employment"));
  EXPECT_FALSE(has_flag(apart, "experience_outside_window"));
}

TEST(Flags, DegreeFlags) {
  DegreeFacts business = degree("bachelor", "Bachelor of Science in Business Administration", "2020-04-01");
  EXPECT_FALSE(has_flag(run(candidate(business)), "non_qualifying_degree"));  // field not read: nothing to say
  business.field = "other";  // as the extractor reads it
  EXPECT_TRUE(has_flag(run(candidate(business)), "non_qualifying_degree"));
  EXPECT_FALSE(has_flag(run(candidate(degree("bachelor", "Bachelor of Science in Biology", "2020-04-01"))),
                        "non_qualifying_degree"));
  EXPECT_TRUE(has_flag(run(candidate(degree("bachelor", "B.Sc. Microbiology", "2020-04-01", 3))), "not_bachelor_level"));
  EXPECT_TRUE(has_flag(run(candidate(degree("diploma", "Diploma in Medical Laboratory Technology", "2020-04-01", 2))),
                       "not_bachelor_level"));
  EXPECT_FALSE(has_flag(run(candidate(bs_medtech("2020-04-01"))), "not_bachelor_level"));
  EXPECT_FALSE(has_flag(run(candidate(degree("master", "Master of Science in Biology", "2020-04-01", 2))), "not_bachelor_level"));
}

TEST(Flags, DepartmentsNotStated) {
  auto r = run(candidate(bs_medtech("2012-06-01"), {job("2020-01-01", std::nullopt, 40.0, {})}));
  ASSERT_TRUE(has_flag(r, "departments_not_stated"));
  EXPECT_FALSE(flag_of(r, "departments_not_stated")->evidence.empty());
  // The areas cannot be decided either way.
  EXPECT_EQ(check_of(route_of(r, "ASCPi", "MLS", "MLS-2"), "experience.areas").outcome, Outcome::undecided);
}

TEST(Flags, LowConfidenceNamesTheDecisiveFactWithItsEvidence) {
  auto r = run(candidate(bs_medtech("2023-06-01", 0.5)));
  const Flag* low = flag_of(r, "low_confidence");
  ASSERT_NE(low, nullptr);
  EXPECT_NE(low->detail.find("degree"), std::string::npos);
  ASSERT_FALSE(low->evidence.empty());
  EXPECT_EQ(low->evidence[0].file, "diploma.pdf");
}

TEST(Flags, UnreadableDocumentAndItsToDo) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"));
  f.documents.unreadable = {"scan1.jpg", "letter.docx"};
  auto r = run(f);
  int unreadable = 0;
  for (const auto& fl : r.flags) unreadable += fl.code == "unreadable_document";
  EXPECT_EQ(unreadable, 2);
  EXPECT_EQ(flag_of(r, "unreadable_document")->severity, "error");
  bool resend = false;
  for (const auto& t : r.todo) resend = resend || t == "Send readable copies of: scan1.jpg, letter.docx";
  EXPECT_TRUE(resend);
  // An eligible route stays eligible: the unreadable file cannot take it away.
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLS").status, Eligibility::eligible);
}

TEST(Flags, ComeInTheOrderOfCriteriaMd) {
  CandidateFacts f = candidate(degree("diploma", "Diploma in Nursing", "2010-01-01", 2), {job("2015-01-01", std::nullopt, 40.0, {})});
  f.documents.unreadable = {"x.pdf"};
  f.documents.diplomas = 0;
  auto r = run(f);
  std::vector<std::string> order;
  for (const auto& fl : r.flags) order.push_back(fl.code);
  std::vector<std::string> sorted = order;
  const auto rank = [](const std::string& code) {
    return std::find(flag_codes().begin(), flag_codes().end(), code) - flag_codes().begin();
  };
  std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  EXPECT_EQ(order, sorted);
  EXPECT_GE(order.size(), 5u) << flag_codes_of(r);
}

TEST(Todos, ListWhatTheBoardsWant) {
  CandidateFacts f = candidate(bs_medtech("2023-06-01"), {job("2024-01-01", std::nullopt, 40.0)});
  auto r = run(f);
  const auto has = [&](const std::string& words) {
    for (const auto& t : r.todo)
      if (t.find(words) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("official transcript"));
  EXPECT_TRUE(has("NACES or AICE"));
  EXPECT_TRUE(has("Letter of Authenticity"));
  EXPECT_TRUE(has("English"));
  EXPECT_TRUE(has("10 MB"));
  EXPECT_FALSE(has("name change"));
  EXPECT_FALSE(has("copy of the diploma"));

  CandidateFacts us = candidate(bs_medtech("2023-06-01"));
  us.degree->country = "US";
  us.documents.diplomas = 0;
  r = run(us);
  EXPECT_FALSE(has("NACES"));
  EXPECT_FALSE(has("Letter of Authenticity"));  // no experience reported
  EXPECT_TRUE(has("copy of the diploma"));
}

}  // namespace
}  // namespace cc
