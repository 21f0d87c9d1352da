// Which kind of document each page is (transcript, diploma, employment letter, other), and the
// segments a file splits into: runs of consecutive pages of one kind, a new segment wherever a new
// document visibly begins (a second letter in a bundle starts with its own heading). Pages that
// say too little to be classified (a transcript's continuation page without headers, a letter's
// second page) join the segment before them. Classification is by cue words weighted by how
// specific they are ("Transcript of Records", "has conferred upon", "To whom it may concern")
// plus structure (rows that start with a course code), so a new layout with other header words
// still has the table that marks it as a transcript.
#pragma once

#include <string>
#include <vector>

#include "extractors/document_view.h"
#include "core/facts.h"
#include "core/page_text.h"

namespace cc {

struct PageClass {
  std::string type;             // transcript | diploma | employment_letter | other | "" (undecided)
  double confidence = 0;        // 0..1
  bool starts_document = false; // the page visibly begins a new document (letter heading, diploma)
  double transcript = 0, diploma = 0, letter = 0, other = 0;  // the scores behind the decision
  std::string leaning;          // the best-scoring kind, also when undecided ("" when nothing scored)
  bool illegible = false;       // OCR words, most of them read with little confidence
  std::string credential;       // level/field of the first degree title the page names ("" if none)
  bool first_page = false;      // the page says it is the first of its document ("Page 1 of 3")
  bool later_page = false;      // the page says it continues a document ("Page 3 of 3", "Página 2 de 3")
  bool translation = false;     // the page says it translates a document ("TRANSLATION", "Translated from the ... original")
  std::string figures;          // the figures the page prints, in order, when enough to identify it ("" if not)
  bool supplement_without_subjects = false;  // a diploma supplement's page that lists no subjects (no course rows)
};

PageClass classify_page(const PageText& page);

struct Classification {
  std::vector<SegmentView> segments;  // every readable page of every document, in order
  DocumentKinds kinds;                // counts, segments by file, unreadable files
};

// `documents` must outlive the returned views (they point into it).
Classification classify_documents(const std::vector<DocumentText>& documents);

// The segments of one type, in document order.
std::vector<SegmentView> segments_of_type(const std::vector<SegmentView>& segments, const std::string& type);

}  // namespace cc
