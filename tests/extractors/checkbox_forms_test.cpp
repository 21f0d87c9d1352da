// Check-box forms end to end: samples/checkbox_fixtures.py prints verification forms with a box
// per lab area in every way people and programs mark them (box glyphs, brackets, boxes drawn as
// graphics holding a ✓ or a ZapfDingbats ✔ glyph; on scans also boxes marked by hand with a check
// mark, an X, a filled square, a dot, a scribble, a ring round the box, a tick running out of the
// box, and rings round the names of areas left unticked; a list, a grid of two or three columns,
// boxes after the labels), as text-layer PDFs and as scans, faint scans and phone photos; each is
// read by the PageReader (Tesseract for the scans), classified and its job extracted. A form is
// exact when its departments are exactly the ticked areas and the job is not sent to review; each
// box is scored too (score_boxes). Issue 16's bar: 0.98 on each source, forms and boxes (at least
// 50 boxes per source); no form, exact or not, may count an unticked area, and no box may be
// silently wrong (what cannot be decided goes to review).
//
// Cost: the forms are made once per build by the ctest fixture `generate_checkbox_fixtures`
// (tests/CMakeLists.txt; made here when the binary runs alone). A scan costs a page of OCR
// whatever it holds, so scanned forms list 7-8 areas and each scan style is printed twice, in two
// of the three captures (--scan-count 2: 24 scans, 8 per capture, 60-62 boxes each, at 225 dpi,
// the size the reader reads them at); the scans are three tests, one per capture, which ctest
// runs side by side.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "extractors/experience_checkboxes.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

// Issue 16: check boxes right on each source.
constexpr double kBoxBar = 0.98;

// How the forms are made: the same here and in tests/CMakeLists.txt.
const char* const kFixtureArgs = " --count 4 --scan-count 2 --seed 11 --jobs 2";

// The folder holding the forms and their truth.json: CC_CHECKBOX_FIXTURES when set (forms made
// by hand, another seed), the build's fixtures when ctest made them, else made here once.
const std::string& fixtures() {
  static const std::string dir = [] {
    if (const char* given = std::getenv("CC_CHECKBOX_FIXTURES")) return std::string(given);
    const std::string built = test::fixtures_dir() + "/checkboxes";
    if (std::filesystem::exists(built + "/truth.json")) return built;
    static test::TempDir made;
    const std::string cmd = test::python() + " " + test::shell_quote(test::source_dir() + "/samples/checkbox_fixtures.py") +
                            " --out " + test::shell_quote(made.path()) + kFixtureArgs;
    const auto result = test::run_command(cmd);
    EXPECT_EQ(result.exit_code, 0) << result.output;
    return made.path();
  }();
  return dir;
}

// Every box of a form scored against its truth: right (its area read ticked or empty as printed),
// undecided (unclear, or a ticked box whose name was lost while the form shows an undecided box:
// review), unread (an empty box whose name OCR lost: harmless, not right) or silently wrong (a
// ticked box read empty or lost without an undecided box, an empty one read ticked). "Other" boxes
// name no lab area and are not counted. The ink of the boxes read by their pixels is kept per
// truth, to show how far apart a source's ticked and empty boxes lie.
struct BoxScore {
  int total = 0, right = 0, undecided = 0, unread = 0, silent = 0;
  std::vector<int> ticked_ink, empty_ink;  // percent, from the evidence ("ticked box (ink 45%)")
};

int ink_percent(const CheckedArea& a) {
  if (a.evidence.empty()) return -1;
  const std::string& t = a.evidence.front().text;
  const auto at = t.find("ink ");
  return t.find(" box (") == std::string::npos || at == std::string::npos ? -1 : std::atoi(t.c_str() + at + 4);
}

void score_boxes(const SegmentView& letter, const nlohmann::json& truth, const std::string& file, BoxScore& score) {
  if (!truth.contains("boxes")) return;  // (a set made before boxes were listed)
  const std::vector<CheckedArea> read = checked_areas(segment_lines(letter));
  const bool form_undecided = std::any_of(read.begin(), read.end(), [](const CheckedArea& a) { return a.state == BoxState::unclear; });
  for (const auto& box : truth["boxes"]) {
    if (box["area"].is_null()) continue;
    const bool ticked = box["ticked"].get<bool>();
    const auto it = std::find_if(read.begin(), read.end(), [&](const CheckedArea& a) { return a.area == box["area"]; });
    ++score.total;
    // (A ring round the box ticks it by the ring, its inside left empty: not counted in the inks.)
    if (it != read.end() && ink_percent(*it) >= 0 && box["mark"] != "circle")
      (ticked ? score.ticked_ink : score.empty_ink).push_back(ink_percent(*it));
    const char* wrong = nullptr;
    if (it == read.end()) {
      if (!ticked) {
        ++score.unread;
        std::cout << "unread: " << file << ": " << box["label"].get<std::string>() << "\n";
      }
      else if (form_undecided) ++score.undecided;
      else wrong = "ticked box lost";
    } else if (it->state == BoxState::unclear) {
      ++score.undecided;
    } else if ((it->state == BoxState::ticked) == ticked) {
      ++score.right;
    } else {
      wrong = ticked ? "ticked box read empty" : "empty box read ticked";
    }
    if (!wrong) continue;
    ++score.silent;
    ADD_FAILURE() << file << ": " << box["label"].get<std::string>() << ": " << wrong << " silently";
  }
}

std::string ink_range(std::vector<int> v) {
  if (v.empty()) return "none";
  std::sort(v.begin(), v.end());
  return std::to_string(v.front()) + "-" + std::to_string(v.back()) + "% (median " + std::to_string(v[v.size() / 2]) + "%)";
}

// Reads the forms of one source (`text` or `scan`) and, for scans, one capture (`scan`, `faint`,
// `photo`; empty for all) and checks the exact rate against `bar` over at least `at_least` forms.
void expect_forms_read_exactly(const std::string& source, const std::string& capture, double bar, int at_least) {
  const std::string dir = fixtures();
  const nlohmann::json truth = test::read_json(dir + "/truth.json");
  int total = 0, exact = 0, reviewed = 0, unticked_counted = 0;
  BoxScore boxes;
  for (const auto& [file, t] : truth.items()) {
    if (t["source"] != source || (!capture.empty() && t.value("capture", std::string()) != capture)) continue;
    ++total;
    std::vector<DocumentText> docs = {test::read_document(dir + "/" + file)};
    const Classification c = classify_documents(docs);
    const auto letters = segments_of_type(c.segments, "employment_letter");
    if (letters.size() != 1u) {
      ADD_FAILURE() << file << ": not read as one employment letter";
      continue;
    }
    const Job job = extract_job(letters.front(), "2026-11-01");
    score_boxes(letters.front(), t, file, boxes);
    const std::set<std::string> want(t["ticked"].begin(), t["ticked"].end());
    const std::set<std::string> got(job.departments.begin(), job.departments.end());
    bool none_unticked = true;
    for (const auto& g : got) none_unticked = none_unticked && want.count(g);
    const bool review = job.confidence < kLowConfidence;
    reviewed += review;
    unticked_counted += !none_unticked;
    exact += got == want && !review;
    EXPECT_TRUE(none_unticked) << file << ": an unticked area was counted";
    if (got == want && !review) continue;
    std::string detail;
    for (const Evidence& e : job.evidence) detail += "\n    " + e.text + " (" + std::to_string(e.confidence).substr(0, 4) + ")";
    std::cout << "not exact: " << file << " (" << t["style"].get<std::string>() << ", labels " << t.value("side", std::string("before"))
              << "), " << got.size() << " of " << want.size() << " areas, confidence " << job.confidence << detail << "\n";
  }
  const double rate = static_cast<double>(exact) / std::max(total, 1);
  std::cout << "check-box forms, " << source << (capture.empty() ? "" : " (" + capture + ")") << ": " << exact << "/" << total
            << " exact (" << rate << "), " << reviewed << " sent to review, " << unticked_counted << " with an unticked area counted\n";
  std::cout << "check boxes, " << source << (capture.empty() ? "" : " (" + capture + ")") << ": " << boxes.right << "/" << boxes.total
            << " right, " << boxes.undecided << " undecided (review), " << boxes.unread << " empty ones unread, " << boxes.silent
            << " silently wrong; ink of ticked boxes " << ink_range(boxes.ticked_ink) << ", of empty ones " << ink_range(boxes.empty_ink)
            << "\n";
  EXPECT_GE(total, at_least);
  EXPECT_GE(rate, bar);
  // Issue 16's bar on the boxes themselves, over at least 50 of them per source: read as printed,
  // or an empty box whose name OCR lost (the area rightly not counted); none silently wrong.
  EXPECT_GE(boxes.total, 50);
  EXPECT_GE(static_cast<double>(boxes.right + boxes.unread) / std::max(boxes.total, 1), kBoxBar);
  EXPECT_EQ(boxes.silent, 0);
}

TEST(CheckBoxForms, TextLayersReadExactly) { expect_forms_read_exactly("text", "", 0.98, 30); }

// Forms: issue 16's bar, 0.98, on scans (8 forms: every one exact); faint scans and phone photos
// keep the older bar of 0.90 (with 8 forms a capture: none may miss). At least 8 forms a capture
// (10 when a capture had 11 forms of 5-8 areas; its 60-62 boxes are counted below). Boxes: 0.98 on
// every source.
TEST(CheckBoxForms, ScansReadExactly) { expect_forms_read_exactly("scan", "scan", 0.98, 8); }
TEST(CheckBoxForms, FaintScansReadExactly) { expect_forms_read_exactly("scan", "faint", 0.90, 8); }
TEST(CheckBoxForms, PhonePhotosReadExactly) { expect_forms_read_exactly("scan", "photo", 0.90, 8); }

}  // namespace
}  // namespace cc
