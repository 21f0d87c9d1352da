// The cue phrases page classification weighs, per kind of document, each with a weight for how
// specific it is: certificate language for diplomas ("conferred", "admitted to the degree of",
// "in witness whereof", "given under the common seal", "in the year two thousand and ..."),
// letter language for employment letters ("to whom it may concern", "confirmation of work
// experience", reference lines, signature titles), table words for transcripts, cover-note words.
// Phrases only: what a page looks like (tables, centred lines, a title, form fields) is
// classify_shape.h.
#pragma once

#include <string>

namespace cc {

struct CueScores {
  double transcript = 0, diploma = 0, letter = 0, other = 0;
  bool letter_heading = false;  // the text holds a letter's opening ("To whom it may concern", "This is to certify")
  bool names_degree = false;    // the text names a degree title ("Bachelor of", "B.Sc.", "Diploma in")
  bool names_supplement = false;  // the text calls itself a diploma supplement ("Diploma Supplement", "Oklevélmelléklet")
};

// `lowered`: the page's text in lower case, lines separated by '\n'.
CueScores score_cues(const std::string& lowered);

// For tests: which cues occur in `lowered`, a '0' or '1' per cue, list by list, then the degree
// title; `gated` false searches every cue's pattern without its literal prefilter.
std::string cue_hits(const std::string& lowered, bool gated);

}  // namespace cc
