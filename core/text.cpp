#include "core/text.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <utility>

namespace cc {
namespace {

// Digits stand for two-letter foldings: 1 ae, 2 th, 3 ss, 4 ij, 5 oe.
constexpr std::string_view kLatin1 = "aaaaaa1ceeeeiiiidnooooo ouuuuy23aaaaaa1ceeeeiiiidnooooo ouuuuy2y";  // U+00C0..
constexpr std::string_view kExtendedA =                                                                 // U+0100..
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "44" "jj" "kkk" "llllllllll"
    "nnnnnnnnn" "oooooo" "55" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";
constexpr std::string_view kExtendedAdditional =                                                        // U+1E00..
    "aa" "bbbbbb" "cc" "dddddddddd" "eeeeeeeeee" "ff" "gg" "hhhhhhhhhh" "iiii" "kkkkkk" "llllllll" "mmmmmm"
    "nnnnnnnn" "oooooooo" "pppp" "rrrrrrrr" "ssssssssss" "tttttttt" "uuuuuuuuuu" "vvvv" "wwwwwwwwww" "xxxx" "yy"
    "zzzzzz" "htwyasss3d" "aaaaaaaaaaaaaaaaaaaaaaaa" "eeeeeeeeeeeeeeee" "iiii" "oooooooooooooooooooooooo"
    "uuuuuuuuuuuuuu" "yyyyyyyy" "llvvyy";
static_assert(kLatin1.size() == 64 && kExtendedA.size() == 128 && kExtendedAdditional.size() == 256);

// Latin Extended-B letters of African, Vietnamese, Romanian and pinyin names.
char extended_b(uint32_t cp) {
  switch (cp) {
    case 0x181: case 0x253: case 0x180: return 'b';           // Ɓ ɓ ƀ (Hausa)
    case 0x18A: case 0x257: return 'd';                       // Ɗ ɗ
    case 0x198: case 0x199: return 'k';                       // Ƙ ƙ
    case 0x1B3: case 0x1B4: return 'y';                       // Ƴ ƴ
    case 0x190: case 0x25B: return 'e';                       // Ɛ ɛ (Akan)
    case 0x186: case 0x254: case 0x1A0: case 0x1A1: return 'o';  // Ɔ ɔ Ơ ơ
    case 0x1AF: case 0x1B0: return 'u';                       // Ư ư
    case 0x218: case 0x219: return 's';                       // Ș ș
    case 0x21A: case 0x21B: return 't';                       // Ț ț
    default: break;
  }
  if (cp >= 0x1CD && cp <= 0x1DC) return "aaiioouuuuuuuuuu"[cp - 0x1CD];  // pinyin carons, ü forms
  return ' ';
}

std::string fold_code_point(uint32_t cp) {
  if (cp >= 0x300 && cp <= 0x36F) return "";  // combining marks: the base letter came before
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x2BC) return "'";
  char c = ' ';
  if (cp >= 0xC0 && cp <= 0xFF) c = kLatin1[cp - 0xC0];
  else if (cp >= 0x100 && cp <= 0x17F) c = kExtendedA[cp - 0x100];
  else if (cp >= 0x180 && cp <= 0x24F) c = extended_b(cp);
  else if (cp >= 0x250 && cp <= 0x25F) c = extended_b(cp);
  else if (cp >= 0x1E00 && cp <= 0x1EFF) c = kExtendedAdditional[cp - 0x1E00];
  switch (c) {
    case '1': return "ae";
    case '2': return "th";
    case '3': return "ss";
    case '4': return "ij";
    case '5': return "oe";
    default: return std::string(1, c);
  }
}

// One UTF-8 character: its code point and length, or, for an undecodable byte, valid = false and
// length 1.
struct Decoded {
  uint32_t cp = 0;
  std::size_t length = 1;
  bool valid = true;
};

Decoded decode_at(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return {byte, 1, true};
  const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
  if (length == 1 || i + length > text.size()) return {byte, 1, false};
  uint32_t cp = byte & (0xFFu >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return {byte, 1, false};
    cp = (cp << 6) | (next & 0x3Fu);
  }
  return {cp, length, true};
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Extended-B capitals whose small letter is not the next code point (upper, lower).
constexpr std::pair<uint32_t, uint32_t> kCasePairsB[] = {
    {0x181, 0x253}, {0x186, 0x254}, {0x18A, 0x257}, {0x18F, 0x259}, {0x190, 0x25B}, {0x191, 0x192},
    {0x198, 0x199}, {0x19D, 0x272}, {0x1A0, 0x1A1}, {0x1AF, 0x1B0}, {0x1B2, 0x28B}, {0x1B3, 0x1B4},
    {0x1F4, 0x1F5}};

uint32_t lower_of(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp >= 0x100 && cp <= 0x17F) {  // Extended-A: pairs, capital first
    if (cp == 0x130) return 'i';      // İ
    if (cp == 0x178) return 0xFF;     // Ÿ
    if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return cp;  // ı ĸ ŉ ſ: small, no pair here
    const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return cp % 2 == (odd_capitals ? 1u : 0u) ? cp + 1 : cp;
  }
  for (const auto& [upper, lower] : kCasePairsB)
    if (cp == upper) return lower;
  if (cp >= 0x1CD && cp <= 0x1DC) return cp % 2 == 1 ? cp + 1 : cp;  // pinyin carons, ü forms
  if ((cp >= 0x1DE && cp <= 0x1EF) || (cp >= 0x1F8 && cp <= 0x21F) || (cp >= 0x222 && cp <= 0x233))
    return cp % 2 == 0 ? cp + 1 : cp;  // Ș ș, Ț ț among them
  if (cp == 0x1E9E) return 0xDF;       // ẞ
  // Cyrillic (Russian, Ukrainian, Serbian, Macedonian ...): А..Я -> а..я, Ѐ..Џ -> ѐ..џ.
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if ((cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF)) return cp % 2 == 0 ? cp + 1 : cp;
  return cp;
}

uint32_t upper_of(uint32_t cp) {
  if (cp >= 'a' && cp <= 'z') return cp - 0x20;
  if (cp == 0xFF) return 0x178;
  if (cp == 0x131) return 'I';
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;  // Cyrillic
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;
  for (const auto& [upper, lower] : kCasePairsB)
    if (cp == lower) return upper;
  if (cp >= 0xE0 && cp <= 0xFE && lower_of(cp - 0x20) == cp) return cp - 0x20;
  if (cp > 0x100 && lower_of(cp - 1) == cp) return cp - 1;
  return cp;
}

template <class Map>
std::string map_case(std::string_view text, Map map) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_at(text, i);
    if (d.valid) append_utf8(out, map(d.cp));
    else out += text[i];
    i += d.length;
  }
  return out;
}

}  // namespace

std::string lower_utf8(std::string_view utf8) { return map_case(utf8, lower_of); }
std::string upper_utf8(std::string_view utf8) { return map_case(utf8, upper_of); }

Utf8Char utf8_char_at(std::string_view utf8, std::size_t i) {
  const Decoded d = decode_at(utf8, i);
  Utf8Char c;
  c.length = d.length;
  if (!d.valid) return c;
  if (lower_of(d.cp) != d.cp) c.letter_case = LetterCase::upper;
  else if (upper_of(d.cp) != d.cp) c.letter_case = LetterCase::lower;
  return c;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    if (byte < 0xC2 || byte > 0xF4) return false;  // a continuation byte, an overlong lead, past U+10FFFF
    const Decoded d = decode_at(s, i);
    if (!d.valid || d.length == 1) return false;
    const uint32_t min = d.length == 2 ? 0x80 : d.length == 3 ? 0x800 : 0x10000;
    if (d.cp < min || d.cp > 0x10FFFF || (d.cp >= 0xD800 && d.cp <= 0xDFFF)) return false;
    i += d.length;
  }
  return true;
}

std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes) {
  if (utf8.size() <= max_bytes) return utf8;
  std::size_t end = max_bytes;
  // Back off over continuation bytes (10xxxxxx) to the start of the character that was cut.
  while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) --end;
  return utf8.substr(0, end);
}

std::string fold_latin(std::string_view text, std::vector<std::size_t>* source) {
  std::string out;
  if (source) source->clear();
  auto put = [&](std::string_view folded, std::size_t from) {
    out += folded;
    if (source) source->insert(source->end(), folded.size(), from);
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      const char c = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
      put(std::string_view(&c, 1), i);
      ++i;
      continue;
    }
    const Decoded d = decode_at(text, i);
    put(d.valid ? fold_code_point(d.cp) : std::string(" "), i);
    i += d.length;
  }
  if (source) source->push_back(text.size());
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < items.size(); ++i) {
    if (!out.empty()) out += separator;
    out += items[i];
  }
  return out;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

double round_to(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

}  // namespace cc
