// Folding Latin letters with diacritics to plain ASCII for name comparison: é -> e, ñ -> n,
// ß -> ss, Ọ -> o (Yoruba), Ɓ -> b (Hausa), ư -> u (Vietnamese), combining marks dropped (text in
// decomposed form). Covers Latin-1, Latin Extended-A, the African and pinyin letters of Extended-B
// and Latin Extended Additional; any other character becomes a space (a word break).
#pragma once

#include <string>
#include <string_view>

namespace cc {

// Lowercase ASCII; undecodable UTF-8 bytes become spaces.
std::string fold_latin(std::string_view utf8);

}  // namespace cc
