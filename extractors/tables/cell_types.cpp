#include "extractors/tables/cell_types.h"

#include <algorithm>
#include <cctype>
#include <map>
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
// "6 кред." (Ukrainian), "4 kr" (Polish, Turkish), "3 SKS" (Indonesian).
constexpr const char* kCreditWithUnit =
    R"(\d{1,2}([.,]\d{1,2})?\s*(ects|ects\s+credits|cr|crs|cr\.|credits?|sh|cu|units?|kr|kr\.|sks|akts|з\.\s*е\.?|кред\.?|кредит\S*))";
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
  if (matches(s, kCode, false)) return CellType::code;
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
