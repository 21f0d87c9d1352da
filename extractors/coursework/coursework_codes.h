// Course codes of one transcript made consistent with each other. A school prints its codes one
// way, and OCR misreads only some of them: a letter part read once, one confusable letter away
// from a letter part the transcript prints at least three times, takes that one ("BLO 102" among
// "BIO 101", "BIO 201"... -> "BIO 102"); a code read without the separator that most codes have
// gets it ("GE7" among "GE 1", "MT 301"... -> "GE 7"); one read with a space where the others
// have none loses it (a hyphen is never taken away).
#pragma once

#include <string>
#include <vector>

namespace cc {

// Returns how many codes changed; `changed[i]` tells which.
int harmonise_codes(std::vector<std::string>& codes, std::vector<bool>* changed = nullptr);

}  // namespace cc
