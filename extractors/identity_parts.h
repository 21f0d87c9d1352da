// What identity.cpp and identity_consensus.cpp share: a name found in one segment, and the OCR
// consensus that mends one document's misread name words by the other documents' readings before
// the best reading is chosen. Internal to extractors/: the public API is identity.h.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/facts.h"

namespace cc {

// A name found in a segment, with what is known of its order and how sure each word was read.
struct FoundName {
  NameSighting sighting;
  std::string segment_type;
  bool order_known = false;  // printed with a comma, in split fields, or in mixed-case prose
  bool surname_first = false;  // its label says so ("Surname and given names", "Noms et prénoms")
  std::map<std::string, double> word_confidence;  // folded word -> OCR confidence (1: text layer)
};

// One misread letter in a surname would look like a different person (name_mismatch): each OCR
// word is checked against the other documents' readings and mended (identity_consensus.cpp).
void apply_consensus(std::vector<FoundName>& found);
// How good a reading is to be the candidate's name: academic documents first, then the fullest.
int reading_rank(const FoundName& f);
// Bytes outside ASCII: the accents a print kept.
int non_ascii(const std::string& s);

}  // namespace cc
