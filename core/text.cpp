#include "core/text.h"

#include <cctype>
#include <cmath>
#include <cstdint>

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

}  // namespace

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
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    if (length == 1 || i + length > text.size()) {
      put(" ", i);
      ++i;
      continue;
    }
    uint32_t cp = byte & (0xFFu >> (length + 1));
    bool valid = true;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      valid = valid && (next & 0xC0) == 0x80;
      cp = (cp << 6) | (next & 0x3Fu);
    }
    put(valid ? fold_code_point(cp) : std::string(" "), i);
    i += valid ? length : 1;
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
