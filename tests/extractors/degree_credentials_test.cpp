// Every credential a candidate holds (degree_credentials.h): segments grouped by the degree title
// they state, the highest is `degree`, one credential reads as it always did, a title-less
// transcript joins the only credential.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/degree_credentials.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::classify;

DocumentText bachelor_diploma() {
  return test::make_document("diploma.pdf", {{"Republic of the Philippines", "#COLEGIO DE SAN AURELIO", "Iloilo City, Iloilo",
                                              "the Board of Trustees has conferred upon", "#MARIA SANTOS DELA CRUZ",
                                              "the degree of", "#Bachelor of Science in Biology",
                                              "with all the rights, honors and privileges pertaining thereto.",
                                              "Given at Iloilo City, Philippines, this fifteenth day of April, two",
                                              "thousand fifteen."}});
}

DocumentText bachelor_transcript(bool with_title = true) {
  std::vector<std::string> lines = {"#COLEGIO DE SAN AURELIO", "Calle Real, Iloilo City, Iloilo",
                                    "OFFICIAL TRANSCRIPT OF RECORDS", "Name: DELA CRUZ, MARIA S."};
  if (with_title) lines.push_back("Course: Bachelor of Science in Biology");
  for (const char* l : {"Date of Graduation: April 15, 2015", "First Semester 2011-2012", "BIO 101 General Biology 1.75 5",
                        "First Semester 2012-2013", "BIO 201 Zoology 1.50 4", "First Semester 2013-2014",
                        "CHEM 301 Organic Chemistry 1.25 4", "First Semester 2014-2015", "BIO 401 Genetics 1.50 3"})
    lines.push_back(l);
  return test::make_document("tor.pdf", {lines});
}

DocumentText dmlt_diploma() {
  return test::make_document("diploma_2.pdf", {{"#KAVERI DELTA UNIVERSITY", "Vallam Main Road, Thanjavur (Tamil Nadu)",
                                                "DIPLOMA CERTIFICATE", "This is to certify that", "#MARIA SANTOS DELA CRUZ",
                                                "has been awarded the", "#Diploma in Medical Laboratory Technology",
                                                "Duration: 2 Years", "Date of award: 10/06/2018"}});
}

TEST(DegreeCredentials, TwoCredentialsFoundHighestFirst) {
  const auto c = classify({bachelor_diploma(), bachelor_transcript(), dmlt_diploma()});
  const auto diplomas = segments_of_type(c.result.segments, "diploma");
  const auto transcripts = segments_of_type(c.result.segments, "transcript");
  ASSERT_EQ(diplomas.size(), 2u);
  const auto all = extract_degrees(diplomas, transcripts);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].level, "bachelor");
  EXPECT_EQ(all[0].field, "biology");
  EXPECT_EQ(all[0].institution, "Colegio de San Aurelio");
  EXPECT_EQ(all[0].conferred, "2015-04-15");
  EXPECT_EQ(all[0].years, 4);
  EXPECT_EQ(all[1].level, "diploma");
  EXPECT_EQ(all[1].field, "medical_technology");
  EXPECT_EQ(all[1].institution, "Kaveri Delta University");
  EXPECT_EQ(all[1].conferred, "2018-06-10");
  EXPECT_EQ(all[1].years, 2);
  EXPECT_FALSE(all[1].clinical_training);  // no transcript of the diploma: unknown
  ASSERT_FALSE(all[1].evidence.empty());
  for (const auto& e : all[1].evidence) EXPECT_EQ(e.file, "diploma_2.pdf");
  for (const auto& e : all[0].evidence) EXPECT_NE(e.file, "diploma_2.pdf");
  // `degree` is the highest, whatever order the papers came in.
  const auto reversed = classify({dmlt_diploma(), bachelor_transcript(), bachelor_diploma()});
  const auto highest = extract_degree(segments_of_type(reversed.result.segments, "diploma"),
                                      segments_of_type(reversed.result.segments, "transcript"));
  ASSERT_TRUE(highest);
  EXPECT_EQ(highest->level, "bachelor");
  const CandidateFacts facts = extract_candidate("ph-0002", reversed.result, "2026-11-01");
  ASSERT_EQ(facts.degrees.size(), 2u);
  ASSERT_TRUE(facts.degree);
  EXPECT_EQ(facts.degree->title, facts.degrees.front().title);
  EXPECT_EQ(facts.degree->level, "bachelor");
}

TEST(DegreeCredentials, OneCredentialReadAsBefore) {
  const auto c = classify({bachelor_diploma(), bachelor_transcript()});
  const auto diplomas = segments_of_type(c.result.segments, "diploma");
  const auto transcripts = segments_of_type(c.result.segments, "transcript");
  const auto all = extract_degrees(diplomas, transcripts);
  ASSERT_EQ(all.size(), 1u);
  const DegreeFacts merged = read_credential(diplomas, transcripts);  // every segment together
  EXPECT_EQ(all[0].title, merged.title);
  EXPECT_EQ(all[0].conferred, merged.conferred);
  EXPECT_EQ(all[0].institution, merged.institution);
  EXPECT_EQ(all[0].years, merged.years);
  EXPECT_DOUBLE_EQ(all[0].confidence, merged.confidence);
  EXPECT_EQ(all[0].evidence.size(), merged.evidence.size());
  EXPECT_EQ(all[0].conferred, "2015-04-15");
}

TEST(DegreeCredentials, TitlelessTranscriptJoinsTheOnlyCredential) {
  const auto c = classify({bachelor_diploma(), bachelor_transcript(/*with_title=*/false)});
  const auto all = extract_degrees(segments_of_type(c.result.segments, "diploma"),
                                   segments_of_type(c.result.segments, "transcript"));
  ASSERT_EQ(all.size(), 1u);  // no phantom credential
  EXPECT_EQ(all[0].title, "Bachelor of Science in Biology");
  EXPECT_EQ(all[0].years, 4);  // counted on the transcript
  bool transcript_evidence = false;
  for (const auto& e : all[0].evidence) transcript_evidence |= e.file == "tor.pdf";
  EXPECT_TRUE(transcript_evidence);
}

}  // namespace
}  // namespace cc
