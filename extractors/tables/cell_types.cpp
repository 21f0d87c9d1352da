#include "extractors/tables/cell_types.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/regex.h"
#include "core/text.h"

namespace cc {
namespace {

std::string trimmed(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

std::string squeezed_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

namespace {

// Codes and letter grades are told by their capitals; the other patterns ignore case.
bool matches(const std::string& s, const char* pattern, bool ignore_case = true) {
  static thread_local std::map<const char*, Regex> compiled;  // the fixed patterns below, compiled once
  auto it = compiled.find(pattern);
  const auto flags = ignore_case ? Regex::ECMAScript | Regex::icase : Regex::ECMAScript;
  if (it == compiled.end()) it = compiled.emplace(pattern, Regex(pattern, flags)).first;
  return std::regex_match(s, it->second);
}

constexpr const char* kInteger = R"(\d{1,4})";
// Registrar systems print three decimals ("4.000", "13.200"); with a comma three digits are thousands.
constexpr const char* kDecimal = R"(\d{1,3}[.,]\d{1,2}|\d{1,3}\.\d{3})";
constexpr const char* kCreditNotation = R"(\(\s*\d{1,2}(\.\d{1,2})?\s*\)|\d{1,2}(\.\d)?\s*\(\s*\d{1,2}(\.\d)?(\s*[-+/]\s*\d{1,2}(\.\d)?){1,3}\s*\))";
// Theory and practical credits added up, the total not printed: "3+1" (Pakistan, Bangladesh).
constexpr const char* kCreditSum = R"(\d{1,2}(\.\d)?\s*\+\s*\d{1,2}(\.\d)?)";
// A number with its unit: "4 ECTS", "3 cr", "3 SH", "5 CU", "4 з.е." (Russian credit units),
// "6 кред." (Ukrainian), "4 kr" (Polish, Turkish), "3 SKS" (Indonesian), "4 U.V." (the value
// units of Spanish and French systems: unidades valorativas, unités de valeur), "4 UC" (unidades
// de crédito), "6 créditos" / "6 crédits".
constexpr const char* kCreditWithUnit =
    R"(\d{1,2}([.,]\d{1,2})?\s*(ects|ects\s+credits|cr|crs|cr\.|credits?|sh|cu|units?|kr|kr\.|sks|akts|u\.\s?v\.?|uv|u\.\s?c\.?|uc|cr(e|é|É)dit(o|s|os)?|з\.\s*е\.?|кред\.?|кредит\S*))";
// Codes: "BIO 101", "Chem.1011", "MLS-2A", "NCM II3", and module codes with a letter between
// numbers ("NUR1A01": subject, year, semester, number).
constexpr const char* kCode = R"([A-Z][A-Za-z]{0,5}\.?[ -]?\d{1,4}[A-Z]?|[A-Z]{1,6}[ -]?[IVX]{1,4}\d{0,3}|[A-Z]{2,6}\d{1,2}[A-Z]{1,2}\d{1,3})";
constexpr const char* kLetterGrade = R"([A-E][+-]?|[A-E]\s?[+-]|AA|AB|BB|BC|CC|CD|DD|FF|O|E)";
constexpr const char* kGradeWord = R"(P|F|S|U|W|I|X|PASS|PASSED|FAIL|FAILED|INC|INCOMPLETE|DRP|DR|WD|WP|WF|NC|CR|AU|IP|NG|AB|ABS|EX|NR|DEF|SAT|UNSAT)";
constexpr const char* kPercent = R"(\d{1,3}([.,]\d{1,2})?\s*%)";
constexpr const char* kMarksOf = R"(\d{1,4}([.,]\d{1,2})?\s*/\s*\d{1,4})";

bool is_text(const std::string& s) {
  int letters = 0, digits = 0, words = 0;
  bool in_word = false;
  for (unsigned char c : s) {
    const bool alpha = std::isalpha(c) || c >= 0x80;
    letters += alpha;
    digits += std::isdigit(c) != 0;
    if (alpha && !in_word) ++words;
    in_word = alpha;
  }
  return letters >= 3 && letters >= 3 * digits;
}

}  // namespace

std::string_view cell_type_name(CellType t) {
  switch (t) {
    case CellType::empty: return "empty";
    case CellType::code: return "code";
    case CellType::text: return "text";
    case CellType::integer: return "integer";
    case CellType::decimal: return "decimal";
    case CellType::credit_notation: return "credit_notation";
    case CellType::letter_grade: return "letter_grade";
    case CellType::grade_word: return "grade_word";
    case CellType::percent: return "percent";
    case CellType::marks_of: return "marks_of";
    case CellType::other: return "other";
  }
  return "other";
}

std::optional<std::string> code_in_other_alphabet(std::string_view printed) {
  const std::string s = squeezed_spaces(printed);
  size_t i = 0, letters = 0, foreign = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      ++i;
    } else if (c >= 0xC3 && c <= 0xDF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      ++foreign;
    } else {
      break;
    }
    ++letters;
  }
  if (foreign == 0 || letters > 6) return std::nullopt;
  if (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
  size_t digits = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
  if (digits < 2 || digits > 5 || i != s.size()) return std::nullopt;
  return s;
}

namespace {

// Whether code point `u` is a capital of the Latin script with a diacritic or of its own
// (Latin-1 `À`..`Þ` but the sign `×`: `Í`, `Æ`, `Ð`, `Ö`, `Þ`; Latin Extended-A `Č`, `Ł`, `Ő`,
// `Ş`, `Ž`, whose capitals alternate with their small letters): a code may hold any capital of
// the Latin script (`LÍF102G`, `STÆ104G`, `EÐL101G`: Icelandic subjects, S171).
bool latin_capital(unsigned u) {
  if (u >= 0xC0 && u <= 0xDE) return u != 0xD7;
  if (u >= 0x100 && u <= 0x137) return u % 2 == 0;
  if (u >= 0x139 && u <= 0x148) return u % 2 == 1;
  if (u >= 0x14A && u <= 0x177) return u % 2 == 0;
  return u == 0x178 || u == 0x179 || u == 0x17B || u == 0x17D;
}

// The length in bytes of a capital letter of Latin, Cyrillic, Greek or Armenian starting at
// s[i] (a code's letters are capitals whatever the alphabet: `МЛД1О01`, `ΙΕ1010`, `LÍF102G`), 0
// for anything else.
size_t capital_at(const std::string& s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c >= 'A' && c <= 'Z') return 1;
  if (c < 0xC0 || c >= 0xE0 || i + 1 >= s.size() || (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80) return 0;
  const unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
  const bool capital = (code >= 0x0400 && code <= 0x042F) || (code >= 0x0391 && code <= 0x03A9) || (code >= 0x0531 && code <= 0x0556) ||
                       latin_capital(code);
  return capital ? 2 : 0;
}

// A code of capitals and digits in any order, one token (`047CHIGL1`, `24MLT3A`: a Lebanese or
// French code of a year, a subject and a number; `МЛД1О01` in Cyrillic capitals), four to
// fourteen characters with two capitals and a digit at least; hyphens, dots and slashes may join
// its parts.
bool is_alphanumeric_code(const std::string& s) {
  int capitals = 0, digits = 0, characters = 0, run = 0, longest_run = 0;
  bool foreign = false;
  for (size_t i = 0; i < s.size(); ++characters) {
    const char c = s[i];
    const bool joint = (c == '-' || c == '.' || c == '/') && i > 0 && i + 1 < s.size();
    if (const size_t n = capital_at(s, i); n > 0) {
      ++capitals;
      foreign = foreign || n > 1;
      run = 0;
      i += n;
      continue;
    }
    if (c >= '0' && c <= '9') {
      ++digits;
      longest_run = std::max(longest_run, ++run);
    } else if (!joint) {
      return false;
    } else {
      run = 0;
    }
    ++i;
  }
  // In another alphabet a course's numbers are short: `БА96030193` is a register number.
  if (foreign && longest_run > 5) return false;
  return characters >= 4 && characters <= 14 && capitals >= 2 && digits >= 1;
}

// A row's serial number read into the code's cell (`1 TRI1011`, `12. MLS 201`: a column of serial
// numbers set closer than a gutter to the codes): the rest is the code.
bool serial_before_code(const std::string& s) {
  static const Regex serial(R"(^\d{1,3}\.?\s+(\S.*)$)");
  std::smatch m;
  if (!std::regex_match(s, m, serial)) return false;
  const std::string rest = m[1].str();
  return matches(rest, kCode, false) || is_alphanumeric_code(rest);
}

// A code after a short word in capitals naming the kind of unit the row is (`UE BIO 101`: a teaching
// unit, as `EC`, `MOD`, `UV` name elements, modules, value units): the rest is the code, with a
// letter part of its own (a code never prints two letter parts apart).
bool kind_before_code(const std::string& s) {
  static const Regex kind(R"(^[A-Z]{2,3}\s+([A-Z]{2,6}[ -]?\d{1,4}[A-Z]?)$)");
  return std::regex_match(s, kind);
}

// A code naming the department that gives the course, a slash, then the course
// (`KBI/BIOCH1`, `KAN/ANAT`, `DEP/PHYS`): the registry systems of many European universities print
// their codes so, and the course part need hold no digit. Two capitals at least on either side,
// five letters in all (`N/A`, `P/F`, `CR/NC` are no codes), a roman numeral on neither (`I/II`).
bool is_department_slash_code(const std::string& s) {
  static const Regex code(R"(([A-Z]{2,6})/([A-Z]{2,8}[0-9]{0,3}[A-Z]?))");
  static const Regex roman(R"([IVXL]+)");
  std::smatch m;
  if (!std::regex_match(s, m, code)) return false;
  const std::string dept = m[1].str(), course = m[2].str();
  size_t letters = dept.size();
  for (char c : course) letters += c >= 'A' && c <= 'Z';
  return letters >= 5 && !std::regex_match(dept, roman) && !std::regex_match(course, roman);
}

}  // namespace

bool is_capitals_and_digits_code(std::string_view text) { return is_alphanumeric_code(trimmed(text)); }

CellType type_of_cell(std::string_view text) {
  const std::string s = trimmed(text);
  if (s.empty()) return CellType::empty;
  if (matches(s, kInteger)) return CellType::integer;
  if (matches(s, kDecimal)) return CellType::decimal;
  if (matches(s, kCreditNotation) || matches(s, kCreditSum) || matches(s, kCreditWithUnit, true))
    return CellType::credit_notation;
  if (matches(s, kPercent)) return CellType::percent;
  if (matches(s, kMarksOf)) return CellType::marks_of;
  if (matches(s, kGradeWord)) return CellType::grade_word;
  if (matches(s, kLetterGrade, false)) return CellType::letter_grade;
  if (matches(s, kCode, false) || code_in_other_alphabet(s) || is_alphanumeric_code(s) || serial_before_code(s) ||
      kind_before_code(s) || is_department_slash_code(s))
    return CellType::code;
  if (is_text(s)) return CellType::text;
  return CellType::other;
}

std::optional<double> cell_number(std::string_view text) {
  std::string s = trimmed(text);
  if (!matches(s, kInteger) && !matches(s, kDecimal)) return std::nullopt;
  for (char& c : s)
    if (c == ',') c = '.';
  return std::stod(s);
}

std::optional<double> credit_value(std::string_view text) {
  if (auto n = cell_number(text)) return n;
  std::string s = trimmed(text);
  if (matches(s, kCreditSum)) {
    const size_t plus = s.find('+');
    return std::stod(s.substr(0, plus)) + std::stod(s.substr(plus + 1));
  }
  if (matches(s, kCreditWithUnit, true)) {
    std::string number;
    for (char c : s) {
      if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',')) break;
      number += c == ',' ? '.' : c;
    }
    if (!number.empty() && number.back() == '.') number.pop_back();
    return std::stod(number);
  }
  if (!matches(s, kCreditNotation)) return std::nullopt;
  // The total is the first number: "(3)" -> 3, "3(2-1)" -> 3.
  size_t i = s.find_first_of("0123456789");
  size_t e = i;
  while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == '.')) ++e;
  return std::stod(s.substr(i, e - i));
}

namespace {

// The two numbers of a cell `a/b` of whole numbers of up to four digits each.
std::optional<std::pair<int, int>> slash_pair(std::string_view text) {
  static const Regex pair(R"(\s*(\d{1,4})\s*/\s*(\d{1,4})\s*)");
  const std::string s(text);
  std::smatch m;
  if (!std::regex_match(s, m, pair)) return std::nullopt;
  return std::make_pair(std::stoi(m[1].str()), std::stoi(m[2].str()));
}

}  // namespace

std::optional<double> sum_of_parts(std::string_view text) {
  const auto p = slash_pair(text);
  if (!p) return std::nullopt;
  return static_cast<double>(p->first + p->second);
}

bool loads_in_parts(const std::vector<std::string>& cells) {
  size_t filled = 0, pairs = 0;
  bool exceeds = false;
  std::set<int> seconds;
  for (const auto& c : cells) {
    if (trimmed(c).empty()) continue;
    ++filled;
    const auto p = slash_pair(c);
    if (!p) continue;
    ++pairs;
    exceeds = exceeds || p->first > p->second;
    seconds.insert(p->second);
  }
  return pairs >= 3 && pairs * 4 >= filled * 3 && exceeds && seconds.size() >= 2;
}

std::optional<std::string> dated_result(std::string_view text) {
  // A date (`11.01.2016`, `11/01/2016`, `2016-01-11`), then the result given that day: a word, a
  // letter, a mark, a word with its figure (`výborně (1)`), four words at most, no second date.
  static const Regex dated(R"(\s*(\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s+(\S.*?)\s*)");
  static const Regex date_inside(R"(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d)");
  const std::string s(text);
  std::smatch m;
  if (!std::regex_match(s, m, dated)) return std::nullopt;
  const std::string result = m[2].str();
  if (std::regex_search(result, date_inside) || word_count(result) > 4) return std::nullopt;
  return result;
}

bool is_mark_with_name(std::string_view text) {
  // The mark, then its name in brackets, in words of any alphabet: no digit inside the brackets
  // (`4 (3+1)` is credits in parts).
  static const Regex mark(R"(\s*\d{1,3}([.,]\d{1,2})?\s*\(\s*[^\d()\s][^\d()]*\)\s*)");
  const std::string s(text);
  if (!std::regex_match(s, mark)) return false;
  const size_t open = s.find('(');
  return is_text(s.substr(open + 1, s.find(')') - open - 1));
}

bool is_classification_grade(std::string_view text) {
  static const std::vector<std::string> words = {
      // English (Commonwealth results and classes, US and European scales in words)
      "distinction", "with distinction", "high distinction", "merit", "credit", "pass", "passed", "fail", "failed",
      "first class", "second class", "third class", "upper second", "lower second", "first division",
      "second division", "third division", "outstanding", "excellent", "very good", "good", "satisfactory", "fair",
      "sufficient", "insufficient", "poor", "unsatisfactory",
      // Spanish, Portuguese, French, Italian, German
      "sobresaliente", "notable", "aprobado", "suspenso", "reprobado", "desaprobado", "matricula de honor",
      "excelente", "muy bueno", "bueno", "suficiente", "aprovado", "reprovado", "otimo", "bom", "regular",
      "tres bien", "assez bien", "bien", "passable", "admis", "ajourne", "ottimo", "buono", "distinto",
      "sehr gut", "gut", "befriedigend", "ausreichend", "bestanden",
      // Polish, Romanian, Turkish, Indonesian
      "celujacy", "bardzo dobry", "dobry plus", "dobry", "dostateczny plus", "dostateczny", "niedostateczny",
      "foarte bine", "admis", "pekiyi", "iyi", "orta", "gecer", "sangat baik", "baik", "cukup", "lulus",
      // Ukrainian and Russian
      "відмінно", "добре", "задовільно", "незадовільно", "зараховано", "отлично", "хорошо",
      "удовлетворительно", "неудовлетворительно", "зачтено"};
  // Latin words are compared folded ("Très bien" is "tres bien"); Cyrillic ones as printed, in lower case.
  auto known = [&](const std::string& half) {
    const std::string t = trim(half);
    if (t.empty()) return false;
    for (const std::string& form : {lower_utf8(trim(fold_latin(t))), lower_utf8(t)})
      if (std::find(words.begin(), words.end(), form) != words.end()) return true;
    return false;
  };
  const std::string whole(text);
  const size_t slash = whole.find(" / ");
  if (slash == std::string::npos) return known(whole);
  return known(whole.substr(0, slash)) && known(whole.substr(slash + 3));
}

}  // namespace cc
