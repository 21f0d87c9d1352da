// What a page looks like, apart from what its words say: how many lines and words, how many rows
// of a table of courses, how many lines are centred rather than hung from one left margin (a
// diploma's lines are centred, on a landscape certificate and in each panel of a two-panel one; a
// letter, a form and a transcript share a margin), how much larger the largest line is than the
// body (a diploma's title), how many "Label: value" fields and how many check boxes it prints.
// These are general properties of documents, not of any one layout; classify.cpp weighs them
// beside the cue phrases.
#pragma once

#include <string>
#include <vector>

#include "extractors/text_utils.h"

namespace cc {

struct PageShape {
  int lines = 0, words = 0;
  int course_rows = 0;      // lines holding a course code, or two numbers/grades side by side near their end
  int ragged_lines = 0;     // lines whose left edge no other line shares (centred text)
  double title_ratio = 0;   // tallest line's height / median word height
  int label_lines = 0;      // "Label: value" fields and labels standing alone before a value
  int check_boxes = 0;      // box glyphs or bracket pairs: ☐ ☑ ☒ [ ] [X]
  double mean_confidence = 1;  // of the words (1 on a text layer)
  bool ocr = false;

  double ragged_share() const { return lines ? static_cast<double>(ragged_lines) / lines : 0; }
};

PageShape page_shape(const std::vector<TextRun>& lines);

// Rows of a table of courses among `lines`.
int course_rows(const std::vector<std::string>& lines);

}  // namespace cc
