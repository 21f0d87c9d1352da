// Text helpers every floor uses, written once: folding Latin letters for comparisons (names on
// one document against another, in extractors/ and validators/ alike), the case of Latin letters,
// joining, trimming, and rounding numbers for JSON.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

// Latin letters with diacritics folded to plain lowercase ASCII, for comparisons only: é -> e,
// ñ -> n, ß -> ss, Ł -> l, Ş -> s, Đ -> d, Ọ -> o (Yoruba), Ɓ -> b (Hausa), ư/ễ -> u/e
// (Vietnamese), combining marks dropped (text in decomposed form), ’ -> '. Covers Latin-1,
// Latin Extended-A, the African, Romanian and pinyin letters of Extended-B and Latin Extended
// Additional; any other character, and any undecodable UTF-8 byte, becomes a space (a word break).
// When `source` is given, it receives for each output byte the offset in `utf8` of the character
// it came from, plus one last entry, utf8.size(), so that a range [b, e) of the output maps back
// to [source[b], source[e]) of the input.
std::string fold_latin(std::string_view utf8, std::vector<std::size_t>* source = nullptr);

// Case of Latin letters in UTF-8: ASCII, Latin-1, Latin Extended-A, the Extended-B letters of
// African, Vietnamese, Romanian and pinyin names, and Latin Extended Additional: "NGUYỄN" <->
// "nguyễn", "ŁUKASZ" <-> "łukasz", "ỌLÁMIDÉ" <-> "ọlámidé", "ȘTEFAN" <-> "ștefan"; and the basic
// Cyrillic letters ("УНИВЕРЗИТЕТ" <-> "универзитет", Ђ Ј Љ Њ Ћ Џ Ё Є І Ї Ў too). ß has no
// one-letter capital and stays; any other character, and any undecodable byte, is kept as it is.
std::string lower_utf8(std::string_view utf8);
std::string upper_utf8(std::string_view utf8);

enum class LetterCase { none, lower, upper };
// The character starting at utf8[i]: its length in bytes (1 for an undecodable byte) and, for a
// Latin letter that has the other case, its case (ß and letters without a pair: none).
struct Utf8Char {
  std::size_t length = 1;
  LetterCase letter_case = LetterCase::none;
};
Utf8Char utf8_char_at(std::string_view utf8, std::size_t i);

// The items with `separator` (", " unless given) between them, from item `from` on. An empty item adds no
// separator before the next ({"", "a"} -> "a").
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ", std::size_t from = 0);

// At most `max_bytes` bytes of `utf8`, never ending inside a character: a byte-counted cut
// ("the next 120 bytes") must not leave half a Cyrillic or Arabic letter, which JSON cannot hold.
std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes);

// True when `s` is well-formed UTF-8 (no stray or missing continuation bytes, no overlong forms,
// no surrogates, nothing past U+10FFFF): what JSON can hold. A file name in Latin-1 or CP-1252
// ("caf\xe9.pdf") is not.
bool is_valid_utf8(std::string_view s);

// Without ASCII white space at either end.
std::string trim(std::string_view s);

// The number of words: runs of characters other than a space.
std::size_t word_count(std::string_view s);

// `value` rounded to `decimals` digits after the point (half away from zero), for JSON.
double round_to(double value, int decimals);

}  // namespace cc
