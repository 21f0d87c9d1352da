// Character error rate of OCR output against the text that was printed, independent of the order
// in which blocks were read (a two-column page read row by row is not a character error).
//
// The measure follows the idea of the flexible character accuracy of Clausner, Pletschacher and
// Antonacopoulos (2020): each printed line is matched to the best-fitting stretch of some OCR
// line, that stretch is used up, and the edit distances are summed; OCR characters left over at
// the end count as insertions. Both sides are whitespace-normalised first.
#pragma once

#include <string>
#include <vector>

namespace cc {

struct AccuracyCount {
  size_t errors = 0;       // edits needed
  size_t reference = 0;    // characters printed (the denominator)
  double cer() const { return reference == 0 ? 0.0 : static_cast<double>(errors) / static_cast<double>(reference); }
};

AccuracyCount flexible_character_errors(const std::vector<std::string>& printed_lines, const std::vector<std::string>& ocr_lines);

// Plain Levenshtein distance over UTF-8 code points of the two texts, whitespace-normalised, in
// the order given: strict reading-order CER, reported beside the flexible one.
AccuracyCount strict_character_errors(const std::string& printed, const std::string& ocr);

}  // namespace cc
