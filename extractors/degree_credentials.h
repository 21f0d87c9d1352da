// Every credential a candidate holds: the diploma and transcript segments grouped by the
// credential they are of, each group read into one DegreeFacts as extract_degree always did for
// all of them (a diploma and a transcript of the same degree are one credential, cross-checked).
// A candidate with a bachelor's and a two-year MLT diploma sends two of each kind of paper; ASCPi
// MLS-3 / MLS-5 ask for both credentials, so they must not be merged into one.
//
// The rule is the title, not the layout: a segment's credential is the degree title it states
// (level_of_title + field_of_title of degree_title_in's reading). Two titles are one credential
// when their levels agree and so do their fields, or when one of them names no field and the
// two are within a few OCR confusions of each other ("Medicaj Laboratory Technology"). A segment
// whose title could not be read never makes a credential of its own: it joins the only one, else
// the one of the same institution, else the one of the segment of its type printed just before
// it (a transcript photographed a page per file), else the highest.
#pragma once

#include <string>
#include <vector>

#include "extractors/document_view.h"
#include "core/facts.h"

namespace cc {

// What one segment says about the credential it is of (empty strings when not read).
struct SegmentCredential {
  std::string title, level, field, institution;
};

// Rank of a level for "highest": doctorate 5 > master 4 > bachelor 3 > associate 2 > diploma 1;
// 0 for none.
int degree_level_rank(const std::string& level);

// Every credential in the segments, highest first (ties: more evidence, then higher confidence);
// empty when there are neither diplomas nor transcripts. One credential: the DegreeFacts
// extract_degree gave before credentials were told apart.
std::vector<DegreeFacts> extract_degrees(const std::vector<SegmentView>& diplomas,
                                         const std::vector<SegmentView>& transcripts);

// Internal to the degree extractor (degree.cpp), shared with the grouping:
// the title and institution one segment prints, read as read_credential reads them;
SegmentCredential segment_credential(const SegmentView& segment);
// one credential's facts from its diplomas (first) and transcripts (second).
DegreeFacts read_credential(const std::vector<SegmentView>& diplomas, const std::vector<SegmentView>& transcripts);

}  // namespace cc
