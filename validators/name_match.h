// Whether the names printed on a candidate's documents are the same person's name, for the
// name_mismatch flag (criteria.md): case, accents, punctuation, a middle initial against the full
// middle name, or a middle name left out are NOT differences; a different surname IS, even when it
// is a likely married name. Surnames are read from "SURNAME, Given Middle" when printed so, or as
// the last word with its particles ("Dela Cruz", "van der Berg") in natural order; the same words
// in the same order split differently ("MAMANI CONDORI, MARÍA ELENA") are the same name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cc {

struct PersonName {
  std::vector<std::string> given;    // given and middle names, folded
  std::vector<std::string> surname;  // folded words of the surname
};

// Lowercase ASCII words: Latin accents folded (é -> e, ñ -> n, ß -> ss), apostrophes dropped,
// other punctuation a word break.
std::vector<std::string> name_words(std::string_view text);

PersonName parse_person_name(std::string_view text);

struct NameComparison {
  bool same = true;
  std::string why;  // when not the same: "different surname (dela cruz / reyes)"
};

// `read_by_ocr`: one of the two was read by OCR; then one letter OCR confuses with another in a
// long word ("Tareg" / "Tareq") is a misreading, not a different name.
NameComparison compare_names(const PersonName& a, const PersonName& b, bool read_by_ocr = false);

}  // namespace cc
