// Check boxes on employment verification forms: only ticked lab areas are departments, each with
// its evidence; an empty box never counts; a box OCR could not read sends the job to review. Text
// layers (☐ ☑ ☒ ✓, Word's Wingdings letters, "[X]" / "[ ]", boxes drawn as graphics beside ticks)
// and what Tesseract makes of boxes ("[]", "O", "0", "D", "X", "|X|").
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/experience.h"
#include "extractors/experience_checkboxes.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(CheckBoxes, TokensReadAsBoxStates) {
  for (const char* t : {"\u2611", "\u2612", "\u2713", "\u2714", "[X]", "[x]", "|X|", "(x)", "X", "IX]", "[/]", "\u00FE"})
    EXPECT_EQ(box_state(t), BoxState::ticked) << t;
  for (const char* t : {"\u2610", "\u25A1", "[]", "()", "[ ]", "\u00A8"}) EXPECT_EQ(box_state(t), BoxState::empty) << t;
  for (const char* t : {"O", "0", "D", "[O]", "@"}) EXPECT_EQ(box_state(t), BoxState::unclear) << t;
  // What Tesseract 5 read for boxes drawn on a 300 dpi page (DejaVu labels): empty ones as "L]",
  // "(_]", "LJ", "[|"; a check mark as "[ZV]"; a filled box as "[B]" (something inside: unclear).
  for (const char* t : {"L]", "(_]", "LJ", "[|"}) EXPECT_EQ(box_state(t), BoxState::empty) << t;
  EXPECT_EQ(box_state("[ZV]"), BoxState::ticked);
  EXPECT_EQ(box_state("[B]"), BoxState::unclear);
  for (const char* t : {"-", "1.", "1", "I", "|", "/", "*", "o", "in", "Sections:", "\u2022"}) EXPECT_FALSE(box_state(t)) << t;
}

struct Form {
  std::vector<DocumentText> docs;
  Job job;
};

Form form(const std::vector<std::string>& area_lines, float confidence = 1.0f, bool check_all = true) {
  std::vector<std::string> lines = {"#EMPLOYMENT VERIFICATION FORM", "Employee Name:   Rosa M. Lim",
                                    "Employer:   Sunrise Medical Center", "Position:   Medical Technologist",
                                    "Dates of employment:   01/03/2018   to   31/03/2022", "Hours per week:   40",
                                    check_all ? "Laboratory areas worked (check all that apply):" : "Remarks:"};
  lines.insert(lines.end(), area_lines.begin(), area_lines.end());
  lines.push_back("Supervisor signature:");
  Form f;
  f.docs.push_back(test::make_document("form.pdf", {lines}, confidence));
  const Classification c = classify_documents(f.docs);
  const auto letters = segments_of_type(c.segments, "employment_letter");
  EXPECT_EQ(letters.size(), 1u);
  if (!letters.empty()) f.job = extract_job(letters.front());
  return f;
}

using Areas = std::vector<std::string>;

TEST(CheckBoxes, OnlyTickedAreasCountOnTextLayers) {
  EXPECT_EQ(form({"\u2612 Chemistry   \u2610 Microbiology   \u2612 Hematology", "\u2610 Blood Bank   \u2611 Urinalysis"}).job.departments,
            (Areas{"chemistry", "hematology", "urinalysis"}));
  EXPECT_EQ(form({"[X] Chemistry   [ ] Microbiology", "[ ] Hematology   [X] Blood Bank/Immunohematology"}).job.departments,
            (Areas{"chemistry", "blood_bank"}));
  // The box after the name.
  EXPECT_EQ(form({"Chemistry \u2713", "Microbiology \u2610", "Hematology \u2610", "Serology \u2713"}).job.departments,
            (Areas{"chemistry", "immunology"}));
  // Boxes drawn as graphics: only the ticks are text.
  EXPECT_EQ(form({"\u2713 Chemistry   Microbiology   \u2713 Hematology   Blood Bank"}).job.departments,
            (Areas{"chemistry", "hematology"}));
  // Nothing ticked: no departments (and never every area printed).
  const Form none = form({"[ ] Chemistry   [ ] Microbiology   [ ] Hematology"});
  EXPECT_TRUE(none.job.departments.empty());
}

TEST(CheckBoxes, EachTickedAreaHasItsEvidence) {
  const Form f = form({"[X] Chemistry   [ ] Microbiology   [X] Hematology"});
  int boxes = 0;
  for (const Evidence& e : f.job.evidence)
    if (e.text == "[X] Chemistry" || e.text == "[X] Hematology") ++boxes;
  EXPECT_EQ(boxes, 2);
}

TEST(CheckBoxes, WhatTesseractMakesOfBoxes) {
  // Empty boxes read as "[]", ticked ones as "X" or "|X|".
  const Form clear = form({"|X| Chemistry   [] Microbiology   X Hematology   [] Blood Bank"}, 0.9f);
  EXPECT_EQ(clear.job.departments, (Areas{"chemistry", "hematology"}));
  EXPECT_GE(clear.job.confidence, 0.8);
  // Boxes read as "O" or "D": the text cannot tell; never counted, the job goes to review.
  const Form unclear = form({"X Chemistry   O Microbiology   D Hematology"}, 0.9f);
  EXPECT_EQ(unclear.job.departments, (Areas{"chemistry"}));
  EXPECT_LT(unclear.job.confidence, kLowConfidence);
}

TEST(CheckBoxes, TesseractsReadingsOfDrawnBoxes) {
  // Boxes with an X in them vanish from Tesseract's text; the empty ones read "L]" and "(_]". The
  // text cannot tell whether the areas without a box were ticked: none counts, the job is reviewed.
  const Form dropped = form({"Chemistry L] Microbiology Hematology (_] Blood Bank"}, 0.9f);
  EXPECT_TRUE(dropped.job.departments.empty());
  EXPECT_LT(dropped.job.confidence, kLowConfidence);
  const Form checks = form({"[ZV] Chemistry L] Microbiology [ZV] Hematology (_] Blood Bank"}, 0.9f);
  EXPECT_EQ(checks.job.departments, (Areas{"chemistry", "hematology"}));
  EXPECT_GE(checks.job.confidence, kLowConfidence);
  const Form filled = form({"[B] Chemistry L] Microbiology [B] Hematology (_] Blood Bank"}, 0.9f);
  EXPECT_TRUE(filled.job.departments.empty());
  EXPECT_LT(filled.job.confidence, kLowConfidence);
}

TEST(CheckBoxes, ALetterWithoutBoxesKeepsItsSections) {
  const Form prose = form({"She rotated through the sections of Clinical Chemistry, Hematology and Microbiology."}, 1.0f, false);
  EXPECT_EQ(prose.job.departments, (Areas{"chemistry", "hematology", "microbiology"}));
  // A bulleted list is no list of boxes.
  EXPECT_EQ(form({"Sections:", "- Clinical Chemistry", "- Haematology", "o Blood Bank"}, 1.0f, false).job.departments,
            (Areas{"chemistry", "hematology", "blood_bank"}));
}

TEST(CheckBoxes, ABoxBeforeTheWholeNameOfAnArea) {
  EXPECT_EQ(form({"[X] Clinical Chemistry   [ ] Medical Microbiology   [X] Diagnostic Hematology"}).job.departments,
            (Areas{"chemistry", "hematology"}));
  EXPECT_EQ(form({"\u2713 Clinical Chemistry   Medical Microbiology   \u2713 Blood Bank"}).job.departments,
            (Areas{"chemistry", "blood_bank"}));
}

TEST(CheckBoxes, ACheckAllThatApplyListWithoutAnyBoxTokenGoesToReview) {
  // Boxes and marks both drawn as graphics: the text shows the names only.
  const Form f = form({"Clinical Chemistry   Hematology   Microbiology   Blood Bank"});
  EXPECT_TRUE(f.job.departments.empty());
  EXPECT_LT(f.job.confidence, kLowConfidence);
}

// On a photo OCR reads a dash off the paper before an empty box read apart ("— [ ]"): it is no
// part of the box, which stays empty rather than unclear.
TEST(CheckBoxes, ADashReadBeforeABoxIsNoPartOfIt) {
  const Form f = form({"[X] Immunology   [ ] Chemistry   \u2014 [ ] Clinical Microscopy"}, 0.95f);
  EXPECT_EQ(f.job.departments, (Areas{"immunology"}));
  EXPECT_GE(f.job.confidence, kLowConfidence);
}

TEST(CheckBoxes, LabelsLeftOfTheirBoxesInColumns) {
  // The second column's name has the first column's box before it: the lines' ends tell the side.
  EXPECT_EQ(form({"Chemistry \u2612   Microbiology \u2610", "Hematology \u2610   Blood Bank \u2612"}).job.departments,
            (Areas{"chemistry", "blood_bank"}));
  EXPECT_EQ(form({"Transfusion Medicine [X]   Microbiology [ ]   Molecular Diagnostics [X]"}).job.departments,
            (Areas{"blood_bank", "molecular"}));
  // Boxes drawn as graphics, ticks as glyphs, and no line's end to tell whose tick is whose:
  // nothing counted, the job goes to review.
  const Form unsure = form({"Clinical Microscopy \u2713 Chemistry \u2713 Molecular Diagnostics", "Hematology Serology"});
  EXPECT_TRUE(unsure.job.departments.empty());
  EXPECT_LT(unsure.job.confidence, kLowConfidence);
}

// A set of forms: every combination of four areas ticked or not, in each notation, on a text
// layer and as OCR reads it; the ticked set must come back exactly.
TEST(CheckBoxes, TickedSetsComeBackInEveryNotation) {
  const std::vector<std::string> names = {"Chemistry", "Microbiology", "Hematology", "Blood Bank"};
  const std::vector<std::string> ids = {"chemistry", "microbiology", "hematology", "blood_bank"};
  const std::vector<std::tuple<std::string, std::string, float>> notations = {
      {"\u2612", "\u2610", 1.0f}, {"\u2611", "\u2610", 1.0f}, {"[X]", "[ ]", 1.0f}, {"\u00FE", "\u00A8", 1.0f},
      {"|X|", "[]", 0.9f},        {"X", "[]", 0.9f},           {"[X]", "[]", 0.9f}};
  int right = 0, total = 0;
  for (const auto& [tick, empty, confidence] : notations)
    for (int mask = 0; mask < 16; ++mask) {
      std::string line;
      Areas want;
      for (int i = 0; i < 4; ++i) {
        const bool on = mask & (1 << i);
        line += (i ? "   " : "") + (on ? tick : empty) + " " + names[static_cast<std::size_t>(i)];
        if (on) want.push_back(ids[static_cast<std::size_t>(i)]);
      }
      ++total;
      const Areas got = form({line}, confidence).job.departments;
      right += got == want;
      EXPECT_EQ(got, want) << line;
    }
  EXPECT_GE(static_cast<double>(right) / total, 0.98);
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

// A scanned form whose boxes OCR read no token for: the reader's BoxMarks (pixels) decide, a box
// just left of each area's name, ticked or empty by the ink inside it; ink between is unclear.
// `nameless_ink`: one more box of the list a line below the last, before `last_line` (empty: its
// name OCR did not read).
Job scanned_form_with_boxes(const std::vector<double>& inks, std::optional<double> nameless_ink = std::nullopt,
                            const std::string& last_line = "") {
  std::vector<std::string> lines = {"#EMPLOYMENT VERIFICATION FORM", "Employee Name: Ana Cruz", "Employer: Sunrise Hospital",
                                    "Dates of employment: 01/03/2018 to 31/03/2022",
                                    "Laboratory areas worked (check all that apply):", "Chemistry", "Hematology", "Microbiology"};
  if (!last_line.empty()) lines.push_back(last_line);
  DocumentText doc = test::make_document("form.pdf", {lines}, 0.95f);
  PageText& page = doc.pages.front();
  std::size_t k = 0;
  for (const Word& w : page.words) {
    if (w.text != "Chemistry" && w.text != "Hematology" && w.text != "Microbiology") continue;
    const double side = w.box.height();
    page.box_marks.push_back({{w.box.x0 - 7 - side, w.box.y0, w.box.x0 - 7, w.box.y1}, inks.at(k++)});
  }
  if (nameless_ink) {
    Box below = page.box_marks.back().box;
    below.y0 += 14, below.y1 += 14;
    page.box_marks.push_back({below, *nameless_ink});
  }
  std::vector<DocumentText> docs = {doc};
  const Classification c = classify_documents(docs);
  const auto letters = segments_of_type(c.segments, "employment_letter");
  EXPECT_EQ(letters.size(), 1u);
  return letters.empty() ? Job{} : extract_job(letters.front(), "2026-11-01");
}

TEST(CheckBoxPixels, InkInsideADrawnBoxTicksIt) {
  const Job j = scanned_form_with_boxes({0.3, 0.0, 0.25});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"chemistry", "microbiology"}));
  EXPECT_GE(j.confidence, kLowConfidence);
  bool box_evidence = false;
  for (const Evidence& e : j.evidence) box_evidence = box_evidence || e.text.find("ticked box") == 0;
  EXPECT_TRUE(box_evidence);
}

TEST(CheckBoxPixels, InkBetweenEmptyAndTickedGoesToReview) {
  const Job j = scanned_form_with_boxes({0.3, 0.07, 0.0});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"chemistry"}));
  EXPECT_LT(j.confidence, kLowConfidence);
}

// A grey photo inks its empty boxes too: the form's own empty boxes set the floor the ink is
// counted from, so they are empty and the marked one ticked (a fixed bar made them unclear).
TEST(CheckBoxPixels, TheFormsEmptyBoxesSetTheFloor) {
  const Job j = scanned_form_with_boxes({0.16, 0.05, 0.05});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"chemistry"}));
  EXPECT_GE(j.confidence, kLowConfidence);
}

// Every box marked, lightly: no box shows what an empty one holds, so there is no floor.
TEST(CheckBoxPixels, AFormWithEveryBoxMarkedHasNoFloor) {
  const Job j = scanned_form_with_boxes({0.1, 0.1, 0.1});
  EXPECT_EQ(j.departments, (std::vector<std::string>{"chemistry", "hematology", "microbiology"}));
}

// A ticked box of the list whose name OCR lost (a faint line dropped as noise) is never dropped
// silently: the job goes to review with the box as evidence; an empty one says nothing.
TEST(CheckBoxPixels, AMarkedBoxWithoutItsNameGoesToReview) {
  const Job lost = scanned_form_with_boxes({0.3, 0.0, 0.0}, 0.3);
  EXPECT_EQ(lost.departments, (std::vector<std::string>{"chemistry"}));
  EXPECT_LT(lost.confidence, kLowConfidence);
  bool nameless = false;
  for (const Evidence& e : lost.evidence) nameless = nameless || e.text.find("no area's name read beside it") != std::string::npos;
  EXPECT_TRUE(nameless);
  const Job empty = scanned_form_with_boxes({0.3, 0.0, 0.0}, 0.0);
  EXPECT_EQ(empty.departments, (std::vector<std::string>{"chemistry"}));
  EXPECT_GE(empty.confidence, kLowConfidence);
  // A ticked box whose label was read and names no area is no lost name.
  const Job other = scanned_form_with_boxes({0.3, 0.0, 0.0}, 0.3, "Other (specify): Research");
  EXPECT_GE(other.confidence, kLowConfidence);
}

}  // namespace
}  // namespace cc
