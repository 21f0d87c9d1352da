// Text helpers every floor uses, written once: folding Latin letters for comparisons (names on
// one document against another, in extractors/ and validators/ alike), joining, trimming, and
// rounding numbers for JSON.
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

// The items with `separator` (", " unless given) between them, from item `from` on. An empty item adds no
// separator before the next ({"", "a"} -> "a").
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ", std::size_t from = 0);

// Without ASCII white space at either end.
std::string trim(std::string_view s);

// `value` rounded to `decimals` digits after the point (half away from zero), for JSON.
double round_to(double value, int decimals);

}  // namespace cc
