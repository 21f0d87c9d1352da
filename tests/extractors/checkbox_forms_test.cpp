// Check-box forms end to end: samples/checkbox_fixtures.py prints verification forms with a box
// per lab area in several ways (glyphs, brackets, drawn boxes with a ✓ glyph; on scans also boxes
// drawn with an X, a check mark or a filled square), as text-layer PDFs and as 300 dpi scans;
// each is read by the PageReader (Tesseract for the scans), classified and its job extracted.
// A form is right when its departments are exactly the ticked areas, or when it goes to review
// (job confidence below kLowConfidence) without counting an unticked area. Text-layer forms must
// all be exact and confident.
#include <gtest/gtest.h>

#include <set>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(CheckBoxForms, TickedAreasOnTextLayersAndScans) {
  test::TempDir dir;
  const std::string cmd = test::python() + " " + test::shell_quote(test::source_dir() + "/samples/checkbox_fixtures.py") +
                          " --out " + test::shell_quote(dir.path()) + " --count 3 --seed 11";
  const auto made = test::run_command(cmd);
  ASSERT_EQ(made.exit_code, 0) << made.output;
  const nlohmann::json truth = test::read_json(dir / "truth.json");
  int right = 0, total = 0, reviewed = 0, exact = 0;
  for (const auto& [file, t] : truth.items()) {
    std::vector<DocumentText> docs = {test::read_document(dir / file)};
    const Classification c = classify_documents(docs);
    const auto letters = segments_of_type(c.segments, "employment_letter");
    ++total;
    if (letters.size() != 1u) {
      ADD_FAILURE() << file << ": not read as one employment letter";
      continue;
    }
    const Job job = extract_job(letters.front(), "2026-11-01");
    const std::set<std::string> want(t["ticked"].begin(), t["ticked"].end());
    const std::set<std::string> got(job.departments.begin(), job.departments.end());
    bool none_unticked = true;
    for (const auto& g : got) none_unticked = none_unticked && want.count(g);
    const bool review = job.confidence < kLowConfidence;
    const bool ok = (got == want && !review) || (review && none_unticked);
    right += ok;
    reviewed += review;
    exact += got == want && !review;
    EXPECT_TRUE(ok) << file << " (" << t["style"] << "): got " << job.departments.size() << " areas, confidence "
                    << job.confidence;
    if (t["source"] == "text") {
      EXPECT_TRUE(got == want && !review) << file << ": a text layer must be read exactly";
    }
  }
  std::cout << "check-box forms: " << right << "/" << total << " right, " << exact << " exact, " << reviewed
            << " sent to review\n";
  EXPECT_GE(static_cast<double>(right) / std::max(total, 1), 0.98);
}

}  // namespace
}  // namespace cc
