#include "extractors/coursework/code_shapes.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace cc {
namespace {

struct Shape {
  size_t letters = 0;
  char separator = '\0';
  size_t digits = 0;
  bool operator<(const Shape& o) const {
    return std::tie(letters, separator, digits) < std::tie(o.letters, o.separator, o.digits);
  }
  bool operator==(const Shape& o) const { return !(*this < o) && !(o < *this); }
};

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool letter(char c) { return upper(c) || (c >= 'a' && c <= 'z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

// Capitals, then an optional space or hyphen, then figures: "BIO1101", "MLT 213", "BIO-232".
std::optional<Shape> shape_of(const std::string& code, std::string* letters = nullptr) {
  Shape s;
  size_t i = 0;
  while (i < code.size() && upper(code[i])) ++i;
  s.letters = i;
  if (i < code.size() && (code[i] == ' ' || code[i] == '-')) s.separator = code[i++];
  const size_t digits_from = i;
  while (i < code.size() && digit(code[i])) ++i;
  s.digits = i - digits_from;
  if (i != code.size() || s.letters < 2 || s.letters > 6 || s.digits < 1 || s.digits > 5) return std::nullopt;
  if (letters) *letters = code.substr(0, s.letters);
  return s;
}

// The shape most codes have, when most have one (five codes at least, half of those read).
std::optional<Shape> usual_shape(const std::vector<std::string>& codes) {
  std::map<Shape, int> count;
  int read = 0;
  for (const auto& c : codes) {
    if (c.empty()) continue;
    ++read;
    if (const auto s = shape_of(c)) ++count[*s];
  }
  std::optional<Shape> best;
  int best_n = 0;
  for (const auto& [s, n] : count)
    if (n > best_n) best = s, best_n = n;
  if (!best || best_n < 5 || best_n * 2 < read) return std::nullopt;
  return best;
}

bool stroke(char c) { return std::strchr("Il1|!", c) != nullptr; }

// The one code of the usual shape inside `text`, with no more than junk around it: before it
// figures, marks and at most one letter (a serial number, a speck, a rule's stroke read as "i"),
// after it no letter and at most two marks. `letter_before` says whether a letter was passed over.
std::optional<std::string> code_inside(const std::string& text, const Shape& shape, bool* letter_before) {
  const size_t n = shape.letters + (shape.separator ? 1 : 0) + shape.digits;
  std::optional<std::string> found;
  for (size_t from = 0; from + n <= text.size(); ++from) {
    const std::string piece = text.substr(from, n);
    const auto s = shape_of(piece);
    if (!s || !(*s == shape)) continue;
    if (from > 0 && upper(text[from - 1])) continue;  // inside a longer letter part
    int letters_before = 0;  // a small i or l is a rule's stroke or a speck as often as a letter
    for (size_t k = 0; k < from; ++k) letters_before += letter(text[k]) && text[k] != 'i' && text[k] != 'l';
    int marks_after = 0;
    bool letter_after = false;
    for (size_t k = from + n; k < text.size(); ++k) {
      letter_after = letter_after || letter(text[k]);
      marks_after += text[k] != ' ';
    }
    if (letters_before > 1 || letter_after || marks_after > 2) continue;
    if (from + n < text.size() && text[from + n] != ' ') continue;  // figures run on: another number
    if (found) return std::nullopt;  // two codes in one cell: not for us to choose
    found = piece;
    *letter_before = letters_before > 0;
  }
  return found;
}

// The known letter part (printed three times at least) that `letters` is once confusable with,
// or with one stroke too many ("MILT" of "MLT"), when it is printed three times as often.
std::optional<std::string> frequent_neighbour(const std::string& letters, int seen, const std::map<std::string, int>& known) {
  static const char* pairs[] = {"IL", "IJ", "CG", "MN", "OD", "OQ", "EF", "UV", "HN"};
  auto confusable = [](char a, char b) {
    for (const char* p : pairs)
      if ((a == p[0] && b == p[1]) || (a == p[1] && b == p[0])) return true;
    return false;
  };
  std::optional<std::string> found;
  for (const auto& [other, n] : known) {
    if (n < 3 || n < 3 * seen || other == letters) continue;
    bool near = false;
    if (other.size() == letters.size()) {
      int differences = 0;
      bool all_confusable = true;
      for (size_t i = 0; i < other.size(); ++i)
        if (other[i] != letters[i]) ++differences, all_confusable = all_confusable && confusable(other[i], letters[i]);
      near = differences == 1 && all_confusable;
    } else if (letters.size() == other.size() + 1) {
      for (size_t i = 0; i < letters.size() && !near; ++i)
        near = stroke(letters[i]) && letters.substr(0, i) + letters.substr(i + 1) == other;
    }
    if (!near) continue;
    if (found) return std::nullopt;
    found = other;
  }
  return found;
}

// A code's pattern of character classes: D a figure, L a capital, anything else as itself
// ("047ANATO1" is DDDLLLLLD, "BIO-232" LLL-DDD).
std::string class_pattern(const std::string& code) {
  std::string p;
  for (char c : code) p += digit(c) ? 'D' : upper(c) ? 'L' : c;
  return p;
}

// The pattern most codes have, when at least five and half of those read have it.
std::string usual_pattern(const std::vector<std::string>& codes) {
  std::map<std::string, int> count;
  int read = 0;
  for (const auto& c : codes) {
    if (c.empty()) continue;
    ++read;
    ++count[class_pattern(c)];
  }
  std::string best;
  int best_n = 0;
  for (const auto& [p, n] : count)
    if (n > best_n) best = p, best_n = n;
  return best_n >= 5 && best_n * 2 >= read ? best : "";
}

// OCR's confusions by the class the position wants: a figure read as a letter-like stroke or
// round ("047ANATOI" -> "047ANATO1", "047VIROLS" -> "047VIROL5"), a capital read as a figure or in
// lower case. nullopt when some character has no reading of the wanted class.
std::optional<std::string> in_pattern(const std::string& code, const std::string& pattern) {
  if (code.size() != pattern.size()) return std::nullopt;
  std::string out = code;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i], want = pattern[i];
    if (want == 'D' && !digit(c)) {
      if (std::strchr("Il|!i", c)) out[i] = '1';
      else if (std::strchr("OoDQ", c)) out[i] = '0';
      else if (c == 'S' || c == 's') out[i] = '5';
      else if (c == 'B') out[i] = '8';
      else if (c == 'Z' || c == 'z') out[i] = '2';
      else return std::nullopt;
    } else if (want == 'L' && !upper(c)) {
      if (c >= 'a' && c <= 'z') out[i] = static_cast<char>(c - 'a' + 'A');
      else if (c == '0') out[i] = 'O';
      else if (c == '1') out[i] = 'I';
      else if (c == '5') out[i] = 'S';
      else if (c == '8') out[i] = 'B';
      else if (c == '4') out[i] = 'A';
      else return std::nullopt;
    } else if (want != 'D' && want != 'L' && c != want) {
      return std::nullopt;
    }
  }
  return out;
}

// How many distinct codes other than `code`, of its length, print `c` at `position`.
int printed_at(const std::set<std::string>& distinct, const std::string& code, size_t position, char c) {
  int n = 0;
  for (const auto& other : distinct) n += other != code && other.size() == code.size() && other[position] == c;
  return n;
}

// Whether the transcript's own codes say the character read at a position is printed there and
// the repair's is not. Codes whose positions mix figures and letters ("601-101-SM" beside
// "140-1A4-SM", "202-2A4-SM", "601-GEB-SM": a college's numbered and lettered courses) follow the
// usual pattern only in part: their "0" is printed in several other codes at that place, where no
// code prints an "O", so it is no misread capital. A misread character stands where the codes
// print it rarely ("047VIROLS") or its repair is printed there too ("1A3" read "143" beside many
// "1A4", "2A4").
bool printed_as_read(const std::set<std::string>& distinct, const std::string& code, const std::string& repaired) {
  for (size_t i = 0; i < code.size(); ++i) {
    if (code[i] == repaired[i]) continue;
    if (printed_at(distinct, code, i, code[i]) >= 2 && printed_at(distinct, code, i, repaired[i]) == 0) return true;
  }
  return false;
}

}  // namespace

int repair_code_shapes(std::vector<std::string>& codes, const std::vector<bool>& read_by_ocr, std::vector<bool>* changed) {
  std::vector<bool> local;
  if (!changed) changed = &local;
  changed->assign(codes.size(), false);
  int n_changed = 0;
  // Codes of any one pattern (figures first too: "047ANATO1"): a character of the wrong class where
  // the transcript's codes have a figure or a capital, when its usual confusion gives that class.
  if (const std::string pattern = usual_pattern(codes); !pattern.empty()) {
    const std::set<std::string> distinct(codes.begin(), codes.end());
    for (size_t i = 0; i < codes.size(); ++i) {
      if (i >= read_by_ocr.size() || !read_by_ocr[i] || class_pattern(codes[i]) == pattern) continue;
      const auto repaired = in_pattern(codes[i], pattern);
      if (!repaired || printed_as_read(distinct, codes[i], *repaired)) continue;
      codes[i] = *repaired;
      ++n_changed;
      (*changed)[i] = true;
    }
  }
  const auto shape = usual_shape(codes);
  if (!shape) return n_changed;
  std::map<std::string, int> known;  // letter parts of the codes of the usual shape
  for (const auto& c : codes) {
    std::string letters;
    if (const auto s = shape_of(c, &letters); s && *s == *shape) ++known[letters];
  }
  for (size_t i = 0; i < codes.size(); ++i) {
    if (i >= read_by_ocr.size() || !read_by_ocr[i] || codes[i].empty()) continue;
    const std::string& code = codes[i];
    std::string letters;
    const auto s = shape_of(code, &letters);
    std::optional<std::string> repaired;
    if (s && *s == *shape) {
      if (const auto other = frequent_neighbour(letters, known[letters], known)) repaired = *other + code.substr(letters.size());
    } else if (s && s->letters == shape->letters + 1 && s->separator == shape->separator && s->digits == shape->digits) {
      if (const auto other = frequent_neighbour(letters, 1, known)) repaired = *other + code.substr(letters.size());
    } else {
      bool letter_before = false;
      if (auto inside = code_inside(code, *shape, &letter_before)) {
        std::string found_letters;
        shape_of(*inside, &found_letters);
        if (!letter_before || known[found_letters] >= 2) repaired = inside;
      } else {
        // The first letter lost or read as a stroke: what is left, a letter short of the usual
        // shape, ends a letter part printed three times at least, and only one.
        size_t from = 0;
        while (from < code.size() && !upper(code[from])) ++from;
        const std::string rest = code.substr(from);
        std::string rest_letters;
        const auto r = shape_of(rest, &rest_letters);
        const bool junk_only = std::none_of(code.begin(), code.begin() + static_cast<long>(from), letter);
        if (r && junk_only && r->letters + 1 == shape->letters && r->separator == shape->separator && r->digits == shape->digits) {
          std::optional<std::string> whole;
          int matches = 0;
          for (const auto& [k, n] : known)
            if (n >= 3 && k.size() == shape->letters && k.compare(1, std::string::npos, rest_letters) == 0) whole = k, ++matches;
          if (matches == 1) repaired = *whole + rest.substr(rest_letters.size());
        }
      }
    }
    if (!repaired || *repaired == code) continue;
    codes[i] = *repaired;
    if (!(*changed)[i]) ++n_changed;
    (*changed)[i] = true;
  }
  return n_changed;
}

}  // namespace cc
