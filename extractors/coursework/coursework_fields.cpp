#include "extractors/coursework/coursework_fields.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "core/regex.h"
#include "extractors/tables/cell_types.h"
#include "extractors/tables/measure_columns.h"

namespace cc {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Characters OCR reads in place of a digit, and the digit meant.
char as_digit(char c) {
  switch (c) {
    case 'O': case 'o': case 'D': case 'Q': return '0';
    case 'I': case 'l': case '|': case '!': case 'i': case 'L': case 't': case ']': case '[': case 'J': case 'j': return '1';
    case 'S': case 's': return '5';
    case 'B': return '8';
    case 'Z': case 'z': return '2';
    case 'G': return '6';
    default: return is_digit(c) ? c : '\0';
  }
}

// Characters OCR reads in place of a capital letter, and the letter meant.
char as_letter(char c) {
  switch (c) {
    case '0': return 'O';
    case '1': case '|': case '!': return 'I';
    case '5': return 'S';
    case '8': return 'B';
    case '2': return 'Z';
    case '6': return 'G';
    default: return is_alpha(c) ? c : '\0';
  }
}

// Letters that OCR may have made of a digit: not proof of a letter part.
bool confusable_letter(char c) { return as_digit(c) != '\0' && !is_digit(c); }

struct Split {
  std::string letters, digits;
  int mapped = 0;         // characters changed
  int true_letters = 0;   // letters that cannot be a misread digit
  int true_digits = 0;
};

// Reads `head` as a code's letter part and `tail` as its number part (with a suffix letter).
std::optional<Split> split_as_code(const std::string& head, const std::string& tail) {
  if (head.empty() || head.size() > 6 || tail.empty() || tail.size() > 5) return std::nullopt;
  Split s;
  int letters_as_printed = 0;
  for (char c : head) {
    const char l = as_letter(c);
    if (!l) return std::nullopt;
    s.mapped += l != c;
    s.true_letters += is_alpha(c) && !confusable_letter(c);
    letters_as_printed += is_alpha(c);
    s.letters += l;
  }
  // Mostly digits is a number ("2.25 (82-84)"), not a misread letter part.
  if (letters_as_printed == 0 || letters_as_printed < s.mapped) return std::nullopt;
  std::string t = tail;
  std::string suffix;
  // A final capital that no digit looks like is a suffix ("101P"), not a misread digit.
  if (t.size() >= 2 && is_upper(t.back()) && !confusable_letter(t.back())) {
    suffix = t.substr(t.size() - 1);
    t.pop_back();
  }
  if (t.size() > 4) return std::nullopt;
  for (char c : t) {
    const char d = as_digit(c);
    if (!d) return std::nullopt;
    s.mapped += d != c;
    s.true_digits += is_digit(c);
    s.digits += d;
  }
  s.digits += suffix;
  return s;
}

// A letter part in capitals but for a few letters OCR read small is all capitals; a small l among
// capitals is a capital I ("BlO" is "BIO"), which sans-serif fonts print alike.
std::string upper_if_mostly_upper(const std::string& letters) {
  int upper = 0, lower = 0;
  for (char c : letters) {
    upper += is_upper(c);
    lower += is_lower(c);
  }
  if (lower * 2 > upper + lower) return letters;
  std::string out = letters;
  for (auto& c : out) c = c == 'l' ? 'I' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string clean_code_text(const std::string& printed) {
  std::string s;
  for (unsigned char c : printed) {
    if (std::isalnum(c) || c == '|' || c == '!' || c == ']' || c == '[') s += static_cast<char>(c);
    else if (c == ' ' || c == '-') s += static_cast<char>(c);
    else if (c >= 0x80) s += '-';  // dashes in UTF-8 (en/em dash): lead and continuation bytes
  }
  // "–" is three bytes: collapse runs of '-' and spaces around them.
  static const Regex dashes(R"(\s*-+\s*)");
  s = std::regex_replace(s, dashes, "-");
  return squeeze_spaces(s);
}

}  // namespace

std::string squeeze_spaces(const std::string& s) { return squeezed_spaces(s); }

bool is_label_and_text(const std::string& printed) {
  static const Regex label_colon(R"(^\s*\S+:\s+[^\W\d_])");
  return std::regex_search(printed, label_colon);
}

FieldReading read_code(const std::string& printed, const PrefixCounts& known_prefixes) {
  FieldReading r;
  // A number of one to three digits before a code that begins with its letters (`4 MTH1101`) is
  // the row's serial number, read into the code's cell when its column had no label: codes print
  // their letters first, so the number is no part of the code.
  static const Regex serial_before(R"(^\s*\d{1,3}\.?\s+([A-Za-z].*)$)");
  std::smatch serial;
  if (std::regex_match(printed, serial, serial_before)) {
    const FieldReading rest = read_code(serial[1].str(), known_prefixes);
    if (rest.valid) return rest;
  }
  if (is_label_and_text(printed)) return r;
  // Codes whose points are the code's, as printed, read as subject and number: a subject
  // abbreviated with points (`QUIM. 100`, `T.MED. 200`) and a module numbered within its group
  // (`M 2.3`, `MOD 1.4.2`, module handbooks' numbering).
  static const Regex abbreviated(R"(^\s*((?:[A-Z]{1,3}\.)?[A-Z]{2,6}\.)\s+(\d{2,4}[A-Za-z]?)\s*$)");
  static const Regex numbered_module(R"(^\s*([A-Z]{1,4}\.?)\s?(\d{1,2}(?:\.\d{1,2}){1,2})\s*$)");
  // A department, a slash, the course (`KBI/BIOCH1`, `UKL/ZLAB1`): kept as printed, since letters
  // and figures mix in the course part (no O-for-0 repairs).
  static const Regex department_slash(R"(^\s*([A-Z]{2,6})/([A-Z]{2,8}\d{0,3}[A-Z]?)\s*$)");
  if (std::smatch m; std::regex_match(printed, m, department_slash)) {
    r.value = m[1].str() + "/" + m[2].str();
    r.valid = true;
    return r;
  }
  // A code whose parts are joined by full stops with no space (`BLT.B1.01`, `CHE.B2.12`: subject,
  // phase, number; `MED.301`): the stops are the code's own, as printed, and the code is kept
  // whole. Capitals first, then one to three parts of capitals and figures, the last ending in a
  // figure (a speck a scan reads as a stop stands before or after a code, not between its parts).
  static const Regex dotted(R"(^\s*([A-Z]{2,6}(?:\.[A-Z]{0,3}\d{0,3}){0,2}\.[A-Z]{0,3}\d{1,4})\s*$)");
  if (std::smatch m; std::regex_match(printed, m, dotted)) {
    r.value = m[1].str();
    r.valid = true;
    return r;
  }
  // A code whose number is figure groups joined by hyphens, no space between (`BSLV-1-4`,
  // `BTSAM-2-6`: programme, semester, course): the hyphens are the code's own, as the full stops
  // of `BLT.B1.01` are, and the code is kept whole; `BSLV-14` would be another course (S172).
  static const Regex hyphenated(R"(^\s*([A-Z]{2,6}-\d{1,3}(?:-\d{1,3}){1,2}[A-Z]?)\s*$)");
  if (std::smatch m; std::regex_match(printed, m, hyphenated)) {
    r.value = m[1].str();
    r.valid = true;
    return r;
  }
  for (const Regex* pointed : {&abbreviated, &numbered_module}) {
    std::smatch m;
    if (!std::regex_match(printed, m, *pointed)) continue;
    // The space between subject and number as printed: `M 4.4` keeps it, `ALG1.01` and `M1.10`
    // (a module numbered within its group, printed whole) have none.
    const bool spaced = m.position(2) > m.position(1) + m.length(1);
    r.value = m[1].str() + (spaced ? " " : "") + m[2].str();
    r.valid = true;
    return r;
  }
  if (const auto other = code_in_other_alphabet(printed)) {
    r.value = *other;
    r.valid = true;
    return r;
  }
  // Capitals of another alphabet and digits in any order (`МЛД1О01`): kept as printed (the repairs
  // below read Latin letters only).
  const std::string trimmed_code = squeezed_spaces(printed);
  if (std::any_of(trimmed_code.begin(), trimmed_code.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
      is_capitals_and_digits_code(trimmed_code)) {
    r.value = trimmed_code;
    r.valid = true;
    return r;
  }
  const std::string s = clean_code_text(printed);
  if (s.empty()) return r;
  // Module codes with a letter between numbers ("NUR1A01", "CHE2B11": subject, year, semester,
  // number) are kept as printed; O, I and L there read as the digits OCR takes them for.
  static const Regex module_code(R"(^[A-Z]{2,6}\d{1,2}[A-HJKMNP-Z]{1,2}\d{2,3}$)");
  if (std::regex_match(s, module_code)) {
    r.value = s;
    r.valid = true;
    return r;
  }
  const size_t sep = s.find_first_of(" -");
  if (sep != std::string::npos) {
    std::string tail = s.substr(sep + 1);
    tail.erase(std::remove(tail.begin(), tail.end(), ' '), tail.end());
    tail.erase(std::remove(tail.begin(), tail.end(), '-'), tail.end());
    auto split = split_as_code(s.substr(0, sep), tail);
    if (!split) return r;
    const std::string letters = upper_if_mostly_upper(split->letters);
    // A number part with no real digit must follow a capitalised letter part ("MATH IOL").
    const bool plausible = split->true_digits > 0 || (letters == split->letters && letters.size() >= 2 &&
                                                      std::all_of(letters.begin(), letters.end(), is_upper));
    if (!plausible) return r;
    r.value = letters + s[sep] + split->digits;
    r.fixed = split->mapped > 0 || letters != split->letters;
    r.valid = true;
    return r;
  }
  // Printed without a separator ("CHEM11", "MATHIOL"): choose where the letters end.
  std::optional<Split> best;
  double best_score = -1e9;
  for (size_t k = 1; k < s.size(); ++k) {
    auto split = split_as_code(s.substr(0, k), s.substr(k));
    if (!split) continue;
    // Without a real digit, the number part must be marks no letter makes ("PHARMA!"), or follow
    // a letter part the transcript prints elsewhere ("GEl" beside "GE2").
    const std::string tail = s.substr(k);
    const bool no_letters = std::none_of(tail.begin(), tail.end(), is_alpha);
    const auto known_it = known_prefixes.find(upper_if_mostly_upper(split->letters));
    const int known_count = known_it == known_prefixes.end() ? 0 : known_it->second;
    const bool known = known_count > 0;
    if (split->true_digits == 0 && !no_letters && !known) continue;
    double score = 3.0 * (split->true_letters + split->true_digits) - split->mapped;
    score += std::min(20, 4 * known_count);
    const size_t n = s.size() - k;
    score += n == 3 ? 0.6 : n == 2 ? 0.4 : n == 1 ? 0.2 : 0;
    if (score > best_score) {
      best = split;
      best_score = score;
    }
  }
  if (!best || best->letters.empty()) return r;
  const std::string letters = upper_if_mostly_upper(best->letters);
  r.value = letters + best->digits;
  r.fixed = best->mapped > 0 || letters != best->letters;
  r.valid = true;
  return r;
}

std::string code_prefix(const std::string& code) {
  std::string p;
  for (char c : code) {
    if (!is_alpha(c)) break;
    p += c;
  }
  return p;
}

std::optional<double> read_number(const std::string& printed, bool* fixed) {
  // A word of three letters or more with no digit in it is a word ("LOS", "SIS"), however many of
  // its letters OCR could have made of digits: a number OCR misread keeps some digit, or is short.
  const bool any_digit = std::any_of(printed.begin(), printed.end(), [](char c) { return is_digit(c); });
  const auto letters = std::count_if(printed.begin(), printed.end(), [](char c) { return c != ' ' && c != '.' && c != ','; });
  if (!any_digit && letters >= 3) return std::nullopt;
  std::string s;
  bool changed = false;
  for (char c : printed) {
    if (c == ' ') continue;
    if (c == ',') c = '.';
    if (c != '.' && !is_digit(c)) {
      const char d = as_digit(c);
      if (!d) return std::nullopt;
      c = d;
      changed = true;
    }
    s += c;
  }
  while (!s.empty() && s.back() == '.') s.pop_back();  // "3." is 3
  static const Regex number(R"(^\d{1,3}(\.\d{1,2})?$)");
  if (!std::regex_match(s, number)) return std::nullopt;
  if (fixed) *fixed = changed;
  return std::stod(s);
}

bool no_load_printed(const std::string& printed) {
  const std::string s = squeeze_spaces(printed);
  for (const char* dash : {"-", "--", "\u2014", "\u2013", "\u2212", "\u2014\u2014"})
    if (s == dash) return true;
  return false;
}

std::optional<double> hours_with_unit(const std::string& printed) {
  const double hours = hours_in_cell(printed);  // the table reader's reading of the unit
  if (hours < 1) return std::nullopt;
  return hours;
}

std::string as_digits(const std::string& s) {
  std::string out;
  for (char c : s) {
    const char d = as_digit(c);
    out += d ? d : c;
  }
  return out;
}

}  // namespace cc
