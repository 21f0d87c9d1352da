// dossier.html from a hand-built record: hostile text is escaped, the page is self-contained, each
// criterion shows its outcome and its evidence (picture with the box highlighted, or the text with
// why there is no picture), the course table has totals per category, the timeline has a bar per
// job and a band per counting window.
#include <gtest/gtest.h>

#include <regex>

#include "core/base64.h"
#include "pipeline/dossier/dossier_html.h"
#include "pipeline/dossier/experience_timeline.h"
#include "pipeline/dossier/html_text.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

const std::string kHostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

Evidence evidence(const std::string& text, Box box, const std::string& file = "tor.pdf") {
  return Evidence{file, 1, box, text, 0.95};
}

CandidateRecord sample_record() {
  CandidateRecord r;
  r.id = "ph-0042";
  DocumentText doc;
  doc.file = "tor.pdf";
  doc.page_count = 1;
  doc.kind = FileKind::pdf;
  PageText page;
  page.number = 1;
  page.source = TextSource::text_layer;
  doc.pages.push_back(page);
  DocumentText bad;
  bad.file = "broken.pdf";
  bad.error = make_error(ErrorCode::corrupt, "broken.pdf: " + kHostile);
  r.documents = {doc, bad};
  CandidateFacts f;
  f.identity.name = kHostile;
  DegreeFacts d;
  d.level = "bachelor";
  d.title = "Bachelor of Science in Medical Technology";
  d.evidence = {evidence("Bachelor of Science in Medical Technology", {100, 200, 300, 214})};
  f.degree = d;
  CourseworkFacts cw;
  cw.credit_system = "semester";
  Course chem{"CHEM 101", "General Chemistry", "1st Sem", 4.0, 4.0, "1.5", "chemistry", 0.99, {}};
  Course bio{"BIO 101", "General Biology", "1st Sem", 3.0, 3.0, "=1+1", "biology", 0.5, {}};
  cw.courses = {chem, bio};
  cw.totals_semester_hours = {{"biology", 3}, {"chemistry", 4}};
  f.coursework = cw;
  Job job;
  job.file = "letter.pdf";
  job.employer = "Ilocos Diagnostic";
  job.start = "2019-01-01";
  job.to_present = true;
  job.hours_per_week = 20;
  f.experience = {job};
  r.facts = f;
  ValidationResult v;
  Evaluation e;
  e.board = "ASCPi";
  e.credential = "MLS";
  e.status = Eligibility::eligible;
  e.route = "MLS-1";
  RouteResult route;
  route.id = "MLS-1";
  route.outcome = Outcome::met;
  route.criteria = {{"degree.field", Outcome::met, "medical_technology", d.evidence, false, {}},
                    {"clinical_training.areas", Outcome::undecided, "areas not read",
                     {evidence("Internship " + kHostile, {50, 400, 200, 410})}, true, {}}};
  e.routes = {route};
  v.evaluations = {e};
  v.flags = {{"name_mismatch", "warning", kHostile, {}}};
  v.todo = {"Send " + kHostile};
  r.validation = v;
  return r;
}

std::vector<EvidenceCrop> crops_for(const CandidateRecord& r) {
  auto crops = select_evidence_crops(r);
  for (auto& c : crops) {
    if (c.evidence.text.rfind("Bachelor", 0) == 0) {
      c.png_base64 = base64_encode("\x89PNG fake");
      c.rendered = c.region;
      c.width = 400;
      c.height = 60;
    } else {
      c.failure = "the crop took longer than its deadline";
    }
  }
  return crops;
}

const BatchContext kContext{"2026-11-01", "2026-11-22T10:00:00Z", "boards-2026.12"};

TEST(HtmlText, EscapesMarkupControlCharactersAndBadUtf8) {
  EXPECT_EQ(html_escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(html_escape("Nuñez"), "Nuñez");
  EXPECT_EQ(html_escape(std::string("a\x01" "b\xff" "c", 5)), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  EXPECT_EQ(truncate_text("Señora Dela Cruz", 4), "Seño\xE2\x80\xA6");
  EXPECT_EQ(format_number(4.0), "4");
  EXPECT_EQ(format_number(2.6667), "2.67");
}

TEST(DossierHtml, EscapesEveryTextFromDocuments) {
  const auto r = sample_record();
  const std::string page = dossier_html(r, kContext, crops_for(r), nullptr);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("onerror=alert(1)>"), std::string::npos);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page.find("=1+1"), std::string::npos);  // grades are shown as read, escaped
}

TEST(DossierHtml, IsSelfContained) {
  const auto r = sample_record();
  const std::string page = dossier_html(r, kContext, crops_for(r), nullptr);
  for (const char* forbidden : {"<link", "<script", "url(", "@import", "src=\"http", "href=\"http", "src='http"})
    EXPECT_EQ(page.find(forbidden), std::string::npos) << forbidden;
  const std::regex img(R"(<img src="([^"]*)\")");
  int images = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), img); it != std::sregex_iterator(); ++it, ++images)
    EXPECT_EQ((*it)[1].str().rfind("data:image/png;base64,", 0), 0u) << (*it)[1].str();
  EXPECT_EQ(images, 1);
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(page.find("@media print"), std::string::npos);
}

TEST(DossierHtml, ShowsVerdictCriteriaAndEvidence) {
  const auto r = sample_record();
  const std::string page = dossier_html(r, kContext, crops_for(r), nullptr);
  EXPECT_NE(page.find("class=\"status eligible\">Eligible"), std::string::npos);
  EXPECT_NE(page.find("by route MLS-1"), std::string::npos);
  EXPECT_NE(page.find("✓ met"), std::string::npos);
  EXPECT_NE(page.find("? unknown"), std::string::npos);
  // The pictured evidence has its box highlighted; the one without a picture says why.
  EXPECT_NE(page.find("class=\"hl\" style=\"left:"), std::string::npos);
  EXPECT_NE(page.find("Fig. 1"), std::string::npos);
  EXPECT_NE(page.find("no picture: the crop took longer than its deadline"), std::string::npos);
  EXPECT_NE(page.find("<span class=\"err\">corrupt</span>"), std::string::npos);
}

TEST(DossierHtml, CourseTableHasTotalsPerCategory) {
  const auto r = sample_record();
  const std::string page = dossier_html(r, kContext, {}, nullptr);
  EXPECT_NE(page.find("General Chemistry"), std::string::npos);
  EXPECT_NE(page.find("<tr class=\"low\">"), std::string::npos);  // the course read at 50%
  EXPECT_NE(page.find(">chemistry</span></td><td class=\"num\">1</td><td class=\"num\">4</td>"), std::string::npos);
  EXPECT_NE(page.find("All categories</td><td class=\"num\">2</td><td class=\"num\">7</td>"), std::string::npos);
}

TEST(DossierHtml, PrintedTotalsBesideTheCourseTableMismatchesFirstAndEscaped) {
  auto r = sample_record();
  TableReconciliation t;
  t.file = "tor" + kHostile + ".pdf";
  t.pages = {1};
  t.courses = 2;
  t.status = "mismatch";
  TotalCheck fine{"term", "credits", "1st Sem", 7, 7.0, "reconciled", "2 rows, every row's credits",
                  evidence("Total Units: 7", {40, 500, 200, 510})};
  TotalCheck wrong{"term", "gpa", "1st Sem" + kHostile, 1.25, 1.71, "mismatch", "2 rows, numeric grades",
                   evidence("GWA: 1.25 " + kHostile, {40, 520, 200, 530})};
  t.checks = {fine, wrong};
  r.facts->coursework->reconciliation = {t};
  const std::string page = dossier_html(r, kContext, {}, nullptr);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);
  const auto block = page.find("<h3>Printed totals</h3>");
  ASSERT_NE(block, std::string::npos);
  EXPECT_LT(block, page.find("<h3>Semester hours per category</h3>"));
  EXPECT_NE(page.find("<b>mismatch</b>", block), std::string::npos);
  const auto mismatch_row = page.find("GWA: 1.25", block), reconciled_row = page.find("Total Units: 7", block);
  ASSERT_NE(mismatch_row, std::string::npos);
  EXPECT_LT(mismatch_row, reconciled_row);  // mismatches first
  EXPECT_NE(page.find("<td class=\"num\">1.25</td><td class=\"num\">1.71</td>", block), std::string::npos);
}

TEST(ExperienceTimeline, DrawsJobsAndEveryCountingWindowOfTheRuleset) {
  auto rules = load_ruleset(CREDCHECK_RULES_DIR);
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  const auto windows = counting_windows(*rules);
  ASSERT_GE(windows.size(), 2u);
  EXPECT_EQ(windows.front().years, 10);  // ASCPi MLS-2 / MLS-4
  const auto r = sample_record();
  const std::string svg = experience_timeline_svg(r.facts->experience, "2026-11-01", windows, 40);
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("class=\"tl-job\""), std::string::npos);
  EXPECT_NE(svg.find("0.5 FTE · 20 h/wk"), std::string::npos);
  EXPECT_NE(svg.find("ASCPi 10-year window"), std::string::npos);
  EXPECT_NE(svg.find("from 2016-11-01"), std::string::npos);
  EXPECT_NE(svg.find("from 2021-11-01"), std::string::npos);
}

TEST(EvidenceCrops, ChoosesDecisiveEvidenceOnceWithinTheBound) {
  auto r = sample_record();
  auto crops = select_evidence_crops(r);
  ASSERT_EQ(crops.size(), 2u);  // the degree evidence appears twice but is cropped once
  EXPECT_EQ(crops[0].evidence.text, "Bachelor of Science in Medical Technology");
  EXPECT_GT(crops[0].region.width(), crops[0].evidence.bbox.width());
  for (int i = 0; i < 40; ++i)
    r.validation->flags.push_back({"low_confidence", "info", "x", {evidence("w", {10.0 * i, 10, 10.0 * i + 5, 20})}});
  EXPECT_EQ(select_evidence_crops(r).size(), kMaxCropsPerDossier);
}

TEST(EvidenceCrops, HighlightFollowsTheTurn) {
  EvidenceCrop c;
  c.evidence.bbox = {10, 20, 30, 25};
  c.rendered = {0, 0, 100, 50};
  Box h = c.highlight();
  EXPECT_DOUBLE_EQ(h.x0, 0.1);
  EXPECT_DOUBLE_EQ(h.y1, 0.5);
  c.turn = 90;  // clockwise: the page's left edge becomes the top
  h = c.highlight();
  EXPECT_DOUBLE_EQ(h.x0, 0.5);
  EXPECT_DOUBLE_EQ(h.x1, 0.6);
  EXPECT_DOUBLE_EQ(h.y0, 0.1);
  EXPECT_DOUBLE_EQ(h.y1, 0.3);
}

}  // namespace
}  // namespace cc
