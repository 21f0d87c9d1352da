// How extractors see a candidate's documents: classified segments whose pages point into the
// DocumentText read by the pipeline (no copies). Built by classify.h, consumed by every extractor.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/facts.h"
#include "core/page_text.h"

namespace cc {

struct PageRef {
  const DocumentText* document = nullptr;
  const PageText* page = nullptr;
};

struct SegmentView {
  std::string file;       // DocumentText::file
  std::string type;       // transcript | diploma | employment_letter | other
  std::vector<PageRef> pages;
  double confidence = 0;  // of the classification
  // Pages the classifier was unsure of (no kind scored enough): type "other", with the best score
  // per kind over its pages; `illegible` when OCR could hardly read one of them.
  bool unsure = false, illegible = false;
  std::map<std::string, double> scores = {};
};

// Evidence for a run of words on a page (union of their boxes, their text joined by spaces, the
// lowest word confidence).
Evidence evidence_of(const PageRef& page, const std::vector<const Word*>& words);

}  // namespace cc
