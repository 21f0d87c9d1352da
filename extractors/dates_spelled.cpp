#include "extractors/dates_spelled.h"

#include <algorithm>
#include <map>
#include <string>

#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

struct Token {
  std::string word;  // accents folded, lower case, punctuation around it dropped
  std::size_t begin = 0, end = 0;
  bool closed = false;  // punctuation followed it ("mil.", "quince,")
};

std::vector<Token> tokens_of(const std::string& text, std::size_t from, std::size_t to) {
  std::vector<Token> out;
  for (std::size_t i = from; i < to;) {
    while (i < to && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < to && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
    if (j > i) {
      std::string w = lower_ascii(fold_latin(text.substr(i, j - i)));
      const std::size_t before = w.size();
      while (!w.empty() && std::string(",.;:()").find(w.back()) != std::string::npos) w.pop_back();
      out.push_back({w, i, j, w.size() != before});
    }
    i = j;
  }
  return out;
}

// 1..29 and the tens, in Spanish and Portuguese; -1 for any other word.
int number_word(const std::string& w) {
  static const std::map<std::string, int> values = {
      {"un", 1}, {"uno", 1}, {"una", 1}, {"um", 1}, {"uma", 1}, {"primer", 1}, {"primero", 1}, {"primeiro", 1},
      {"dos", 2}, {"dois", 2}, {"duas", 2}, {"tres", 3}, {"cuatro", 4}, {"quatro", 4}, {"cinco", 5},
      {"seis", 6}, {"siete", 7}, {"sete", 7}, {"ocho", 8}, {"oito", 8}, {"nueve", 9}, {"nove", 9},
      {"diez", 10}, {"dez", 10}, {"once", 11}, {"onze", 11}, {"doce", 12}, {"doze", 12}, {"trece", 13},
      {"treze", 13}, {"catorce", 14}, {"catorze", 14}, {"quatorze", 14}, {"quince", 15}, {"quinze", 15},
      {"dieciseis", 16}, {"dezesseis", 16}, {"dezasseis", 16}, {"diecisiete", 17}, {"dezessete", 17},
      {"dezassete", 17}, {"dieciocho", 18}, {"dezoito", 18}, {"diecinueve", 19}, {"dezenove", 19},
      {"dezanove", 19}, {"veinte", 20}, {"vinte", 20}, {"veintiuno", 21}, {"veintiun", 21},
      {"veintidos", 22}, {"veintitres", 23}, {"veinticuatro", 24}, {"veinticinco", 25}, {"veintiseis", 26},
      {"veintisiete", 27}, {"veintiocho", 28}, {"veintinueve", 29}, {"treinta", 30}, {"trinta", 30},
      {"cuarenta", 40}, {"quarenta", 40}, {"cincuenta", 50}, {"cinquenta", 50}, {"sesenta", 60},
      {"sessenta", 60}, {"setenta", 70}, {"ochenta", 80}, {"oitenta", 80}, {"noventa", 90}};
  const auto it = values.find(w);
  if (it != values.end()) return it->second;
  // OCR misreads one letter now and then ("veintidés"): a long word one letter off one number word.
  if (w.size() < 6) return -1;
  int found = -1;
  for (const auto& [word, value] : values) {
    if (word.size() != w.size()) continue;
    std::size_t differ = 0;
    for (std::size_t i = 0; i < w.size(); ++i) differ += word[i] != w[i];
    if (differ != 1) continue;
    if (found >= 0 && found != value) return -1;  // two readings: none
    found = value;
  }
  return found;
}

bool is_and(const std::string& w) { return w == "y" || w == "e"; }

// A number below 100 starting at tokens[i] ("quince", "treinta y uno", "vinte e oito"); `used`
// receives how many words it took.
int below_100(const std::vector<Token>& t, std::size_t i, std::size_t& used) {
  used = 0;
  if (i >= t.size()) return -1;
  const int v = number_word(t[i].word);
  if (v < 0) return -1;
  used = 1;
  if (v >= 20 && v % 10 == 0 && i + 2 < t.size() && is_and(t[i + 1].word)) {
    const int unit = number_word(t[i + 2].word);
    if (unit >= 1 && unit <= 9) {
      used = 3;
      return v + unit;
    }
  }
  return v;
}

// A year in words from tokens[i]: "dos mil veintitrés", "dois mil e vinte", "mil novecientos
// noventa y ocho"; 0 when none.
int year_words(const std::vector<Token>& t, std::size_t i, std::size_t& used) {
  std::size_t j = i, u = 0;
  int year = 0;
  if (j < t.size() && t[j].word == "mil") {
    year = 1000, ++j;
  } else {
    const int head = below_100(t, j, u);
    if (head <= 0 || j + u >= t.size() || t[j + u].word != "mil") return 0;
    year = head * 1000, j += u + 1;
  }
  if (j < t.size() && (t[j].word == "novecientos" || t[j].word == "novecentos")) year += 900, ++j;
  const std::size_t before_and = j;
  if (j < t.size() && is_and(t[j].word)) ++j;
  const int tail = below_100(t, j, u);
  if (tail > 0) j += u;
  else j = before_and;
  if (tail > 0) year += tail;
  // "dos mil" alone is a year only where the sentence ends: a word after it that reads as no
  // number is a misread one ("dos mil veintid6s" read by OCR), not the year 2000.
  if (tail <= 0 && j < t.size() && !t[j - 1].closed && t[j].word.size() > 2) return 0;
  used = j - i;
  return year;
}

}  // namespace

namespace {

// Every match of `anchor` whose group 1 names a month, with the day's words (up to three, within
// `lookback` bytes) before it and the year's words after it: one date each.
void collect_spelled_dates(const std::string& text, const Regex& anchor, std::size_t lookback,
                           int (*month_of)(std::string_view), std::vector<SpelledDate>& out) {
  for (auto it = SRegexIterator(text.begin(), text.end(), anchor); it != SRegexIterator(); ++it) {
    const std::size_t at = static_cast<std::size_t>(it->position(0));
    const std::size_t after = at + static_cast<std::size_t>(it->length(0));
    const int month = month_of(it->str(1));
    if (!month) continue;
    // The day: the longest run of the (up to three) words before the anchor that reads as one number.
    const std::vector<Token> before = tokens_of(text, at >= lookback ? at - lookback : 0, at);
    int day = -1;
    std::size_t begin = at;
    for (std::size_t k = std::min<std::size_t>(3, before.size()); k >= 1 && day < 0; --k) {
      std::size_t used = 0;
      const std::size_t first = before.size() - k;
      const int v = below_100(before, first, used);
      if (v >= 1 && v <= 31 && used == k) day = v, begin = before[first].begin;
    }
    if (day < 0) continue;
    const std::vector<Token> rest = tokens_of(text, after, std::min(text.size(), after + 60));
    std::size_t used = 0;
    const int year = year_words(rest, 0, used);
    if (year == 0 || used == 0) continue;
    const Ymd d{year, month, day};
    if (!d.valid()) continue;
    out.push_back({begin, rest[used - 1].end, d});
  }
}

}  // namespace

std::vector<SpelledDate> spelled_romance_dates(const std::string& text, int (*month_of)(std::string_view)) {
  std::vector<SpelledDate> out;
  // "... días del mes de marzo de|del (año) ..." / "... dias do mês de março de ..."
  static const Regex& days_of_month = icase_regex(
      R"(\bd.{1,2}as?\s+(?:del|do)\s+m.{1,3}s\s+de\s+([^\s\d,.]{3,12})\s+(?:de|del|do)\s+(?:a.{1,2}o\s+(?:de\s+)?)?)");
  collect_spelled_dates(text, days_of_month, 40, month_of, out);
  // "desde o dia quinze de Janeiro de dois mil e dezassete", "el primero de marzo de dos mil veinte":
  // the day's words, the month's name and the year's words joined by "de".
  static const Regex& month_between = icase_regex(R"(\bde\s+([^\s\d,.]{3,12})\s+(?:de|del)\s+)");
  collect_spelled_dates(text, month_between, 30, month_of, out);
  std::sort(out.begin(), out.end(), [](const SpelledDate& a, const SpelledDate& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace cc
