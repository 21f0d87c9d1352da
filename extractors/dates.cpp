#include "extractors/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "extractors/dates_spelled.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

constexpr const char* kMonth =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const Regex& re(const std::string& pattern) { return icase_regex(pattern); }

// Loose enough for OCR ("Aprii", "Juiy", "0ct"); the name is then checked by month_from_name.
constexpr const char* kMonthLoose = "([A-Za-z0][A-Za-z1!|]{2,8})";

// "March", "Mar", "Sept", and OCR misreadings of them; 0 when not a month.
int month_from_name(std::string_view name) {
  static const std::array<std::string_view, 12> names = {"january", "february", "march",     "april",
                                                         "may",     "june",     "july",      "august",
                                                         "september", "october", "november", "december"};
  std::string lower = lower_ascii(name);
  if (lower == "sept") return 9;
  if (lower.size() == 3) {
    for (char& c : lower)
      if (c == '0') c = 'o';
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i].substr(0, 3) == lower) return static_cast<int>(i) + 1;
    return 0;
  }
  int best = 0;
  double best_distance = 1.01;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const double d = ocr_distance(lower, names[i]);
    if (d < best_distance) best_distance = d, best = static_cast<int>(i) + 1;
  }
  return lower.size() >= 4 ? best : 0;
}

// Month names of the languages diplomas of the countries we see are printed in (Spanish, French,
// Portuguese, Romanian, Polish genitive, Italian, Dutch/German, Indonesian, Turkish, Hungarian,
// Bulgarian, Czech/Slovak genitive, Croatian and Serbian in Latin letters: "9. srpnja 2020."; Latvian
// in the nominative, genitive, dative and locative: "septembris", "7. septembra", "līdz 31. oktobrim"; the
// Croatian "listopad" (October) is left out, spelled as the Polish genitive of November; Icelandic,
// whose other months are spelled as listed here once accents go: "ágúst"), accents ignored;
// 0 when none.
int foreign_month(std::string_view name) {
  static const std::array<std::vector<std::string_view>, 12> names = {{
      {"января", "enero", "janvier", "janeiro", "ianuarie", "stycznia", "styczen", "gennaio", "januari", "januar", "ocak", "януари", "ledna", "sijecnja", "sijecanj", "januar", "janvaris", "janvara", "janvarim", "janvari"},
      {"февраля", "febrero", "fevrier", "fevereiro", "februarie", "lutego", "luty", "febbraio", "februari", "februar", "pebruari", "subat", "февруари", "unora", "veljace", "veljaca", "februar", "februaris", "februara", "februarim"},
      {"марта", "marzo", "mars", "marco", "martie", "marca", "marzec", "maart", "marz", "maret", "mart", "marcius", "март", "brezna", "ozujka", "ozujak", "marts", "marta", "martam"},
      {"апреля", "abril", "avril", "aprilie", "kwietnia", "kwiecien", "aprile", "nisan", "aprilis", "април", "dubna", "travnja", "travanj", "april", "aprila", "aprilim", "aprili"},
      {"мая", "mayo", "mai", "maio", "maja", "maj", "maggio", "mei", "mayis", "majus", "май", "kvetna", "svibnja", "svibanj", "maijs", "maija", "maijam"},
      {"июня", "junio", "juin", "junho", "iunie", "czerwca", "czerwiec", "giugno", "juni", "haziran", "junius", "юни", "cervna", "lipnja", "lipanj", "jun", "junijs", "junija", "junijam"},
      {"июля", "julio", "juillet", "julho", "iulie", "lipca", "lipiec", "luglio", "juli", "temmuz", "julius", "юли", "cervence", "srpnja", "srpanj", "jul", "julijs", "julija", "julijam"},
      {"августа", "agosto", "aout", "sierpnia", "sierpien", "augustus", "agustus", "agustos", "augusztus", "август", "srpna", "kolovoza", "kolovoz", "avgust", "augusts", "augusta", "augustam", "agust"},
      {"сентября", "septiembre", "setiembre", "septembre", "setembro", "septembrie", "wrzesnia", "wrzesien", "settembre", "eylul", "szeptember", "септември", "zari", "rujna", "rujan", "septembar", "septembris", "septembra", "septembrim", "septembri"},
      {"октября", "octubre", "octobre", "outubro", "octombrie", "pazdziernika", "pazdziernik", "ottobre", "oktober", "ekim", "октомври", "rijna", "oktobar", "oktobris", "oktobra", "oktobrim", "oktobri"},
      {"ноября", "noviembre", "novembre", "novembro", "noiembrie", "listopada", "listopad", "nopember", "kasim", "november", "ноември", "listopadu", "studenoga", "studenog", "studeni", "novembar", "novembris", "novembra", "novembrim", "novembri"},
      {"декабря", "diciembre", "decembre", "dezembro", "decembrie", "grudnia", "grudzien", "dicembre", "dezember", "desember", "aralik", "december", "декември", "prosince", "prosinca", "prosinac", "decembar", "decembris", "decembra", "decembrim", "decembri"},
  }};
  const std::string folded = lower_ascii(fold_latin(name));
  for (std::size_t i = 0; i < names.size(); ++i)
    for (std::string_view n : names[i])
      if (folded == n) return static_cast<int>(i) + 1;
  return 0;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return days[month - 1];
}

int full_year(const std::string& digits, double& certainty) {
  int y = std::stoi(digits);
  if (digits.size() == 2) {
    certainty = std::min(certainty, 0.9);
    y += y <= 50 ? 2000 : 1900;
  }
  return y;
}

int cardinal_below_100(const std::vector<std::string>& words, std::size_t i, int& used) {
  static const std::array<std::string_view, 20> ones = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const std::array<std::string_view, 10> tens = {"", "", "twenty", "thirty", "forty",
                                                        "fifty", "sixty", "seventy", "eighty", "ninety"};
  used = 0;
  if (i >= words.size()) return -1;
  for (std::size_t t = 2; t < tens.size(); ++t) {
    if (words[i] != tens[t]) continue;
    used = 1;
    int value = static_cast<int>(t) * 10;
    if (i + 1 < words.size())
      for (int o = 1; o <= 9; ++o)
        if (words[i + 1] == ones[static_cast<std::size_t>(o)]) {
          value += o;
          used = 2;
        }
    return value;
  }
  for (std::size_t o = 0; o < ones.size(); ++o)
    if (words[i] == ones[o]) {
      used = 1;
      return static_cast<int>(o);
    }
  return -1;
}

std::string without_spaces(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

struct Candidate {
  DateMatch match;
  int priority = 0;
};

void set_numeric(DateMatch& m, int a, int b, int year, const DayOrderInfo& order) {
  m.numeric = true;
  m.first = a;
  m.second = b;
  int day = a, month = b;
  if (a > 12 && b <= 12) {
    day = a, month = b;
  } else if (b > 12 && a <= 12) {
    day = b, month = a;
  } else if (a != b) {
    m.ambiguous = true;
    DayOrder o = order.order;
    if (o == DayOrder::unknown) {
      o = DayOrder::day_first;
      m.certainty = std::min(m.certainty, 0.6);
    } else {
      m.certainty = std::min(m.certainty, order.from_document ? 0.97 : 0.9);
    }
    if (o == DayOrder::month_first) day = b, month = a;
  }
  Ymd d{year, month, day};
  if (d.valid()) m.date = d;
}

std::vector<std::string> split_words(std::string_view text, std::vector<std::size_t>& ends) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) {
      if (text[i] != ' ' && text[i] != '-' && text[i] != ',') return words;
      ++i;
    }
    std::size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    if (j == i) break;
    words.push_back(lower_ascii(text.substr(i, j - i)));
    ends.push_back(j);
    i = j;
    if (words.size() >= 7) break;
  }
  return words;
}

}  // namespace

std::string Ymd::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool Ymd::valid() const {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Ymd> parse_iso_ymd(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  Ymd d;
  try {
    d.year = std::stoi(std::string(iso.substr(0, 4)));
    d.month = std::stoi(std::string(iso.substr(5, 2)));
    d.day = std::stoi(std::string(iso.substr(8, 2)));
  } catch (...) {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

long days_from_civil(const Ymd& d) {
  long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (d.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

DayOrder country_day_order(std::string_view country) {
  if (country.empty()) return DayOrder::unknown;
  return country == "US" ? DayOrder::month_first : DayOrder::day_first;
}

DayOrderInfo infer_day_order(std::string_view text, std::string_view country) {
  int day_first = 0, month_first = 0;
  for (const DateMatch& m : find_dates(text, DayOrderInfo{})) {
    if (!m.numeric) continue;
    if (m.first > 12 && m.second <= 12) ++day_first;
    if (m.second > 12 && m.first <= 12) ++month_first;
  }
  if (day_first > month_first) return {DayOrder::day_first, true};
  if (month_first > day_first) return {DayOrder::month_first, true};
  return {country_day_order(country), false};
}

std::string repair_ocr_digits(std::string_view text) {
  std::string out(text);
  std::size_t i = 0;
  while (i < out.size()) {
    while (i < out.size() && std::isspace(static_cast<unsigned char>(out[i]))) ++i;
    std::size_t j = i;
    while (j < out.size() && !std::isspace(static_cast<unsigned char>(out[j]))) ++j;
    int digits = 0, confusable = 0, other = 0;
    for (std::size_t k = i; k < j; ++k) {
      const char c = out[k];
      if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
      else if (std::string_view("OolI|S").find(c) != std::string_view::npos) ++confusable;
      else if (std::string_view("/-.,()").find(c) == std::string_view::npos) ++other;
    }
    if (digits >= 2 && confusable > 0 && other == 0 && digits >= confusable) {
      for (std::size_t k = i; k < j; ++k) {
        char& c = out[k];
        if (c == 'O' || c == 'o') c = '0';
        else if (c == 'l' || c == 'I' || c == '|') c = '1';
        else if (c == 'S') c = '5';
      }
    }
    i = j;
  }
  return out;
}

int ordinal_word_value(std::string_view word) {
  static const std::array<std::string_view, 20> ords = {
      "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth"};
  std::string w = lower_ascii(word);
  std::replace(w.begin(), w.end(), '-', ' ');
  w = collapse_spaces(w);
  if (w == "twentieth") return 20;
  if (w == "thirtieth") return 30;
  int base = 0;
  if (starts_with_ci(w, "twenty ")) base = 20, w = w.substr(7);
  else if (starts_with_ci(w, "thirty ")) base = 30, w = w.substr(7);
  for (std::size_t i = 1; i < ords.size(); ++i)
    if (w == ords[i]) {
      if (base && i > 9) return 0;
      return base + static_cast<int>(i);
    }
  return 0;
}

std::pair<int, int> year_from_words(const std::vector<std::string>& words) {
  std::size_t i = 0;
  auto skip_and = [&]() {
    if (i < words.size() && words[i] == "and") ++i;
  };
  int used = 0;
  const int head = cardinal_below_100(words, 0, used);
  if (head < 0) return {0, 0};
  i = static_cast<std::size_t>(used);
  if (i < words.size() && (words[i] == "thousand" || words[i] == "hundred")) {
    const bool thousand = words[i] == "thousand";
    ++i;
    int year = head * (thousand ? 1000 : 100);
    const std::size_t before_and = i;
    skip_and();
    int tail_used = 0;
    const int tail = cardinal_below_100(words, i, tail_used);
    if (tail > 0) return {year + tail, static_cast<int>(i) + tail_used};
    return {year, static_cast<int>(before_and)};
  }
  // "nineteen ninety-eight", "twenty nineteen"
  if (head >= 19 && head <= 20 && used == 1) {
    int tail_used = 0;
    const int tail = cardinal_below_100(words, 1, tail_used);
    if (tail >= 10) return {head * 100 + tail, 1 + tail_used};
  }
  return {0, 0};
}

std::vector<DateMatch> find_dates(std::string_view raw, const DayOrderInfo& order, bool month_alone) {
  const std::string text = repair_ocr_digits(raw);
  const bool repaired_any = text != raw;
  const std::string month(kMonth), loose(kMonthLoose);
  std::vector<Candidate> found;
  auto each = [&](const Regex& r, auto&& make) {
    for (auto it = SRegexIterator(text.begin(), text.end(), r); it != SRegexIterator(); ++it) {
      DateMatch m;
      m.begin = static_cast<std::size_t>(it->position(0));
      m.end = m.begin + static_cast<std::size_t>(it->length(0));
      const int priority = make(*it, m);
      if (priority < 0) continue;
      if (repaired_any && text.compare(m.begin, m.end - m.begin, raw.substr(m.begin, m.end - m.begin)) != 0) {
        m.repaired = true;
        m.certainty = std::min(m.certainty, 0.85);
      }
      if (m.date || m.present) found.push_back({m, priority});
    }
  };
  // 2019-04-15
  each(re(R"(\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b)"), [](const std::smatch& s, DateMatch& m) {
    Ymd d{std::stoi(s[1]), std::stoi(s[2]), std::stoi(s[3])};
    if (d.valid()) m.date = d;
    return 3;
  });
  // 15/04/2019, 04/15/2019, 01.06.2019, 08-04-2023
  // (OCR sometimes splits a two-digit group: "09/1 1/2019".)
  each(re(R"(\b(\d ?\d|\d) ?[/.\-] ?(\d ?\d|\d) ?[/.\-] ?(\d{4}|\d{2})\b)"), [&](const std::smatch& s, DateMatch& m) {
    double certainty = 1.0;
    const int year = full_year(s[3], certainty);
    const std::string a = without_spaces(s[1]), b = without_spaces(s[2]);
    if (a != s[1].str() || b != s[2].str()) certainty = std::min(certainty, 0.85);
    m.certainty = certainty;
    set_numeric(m, std::stoi(a), std::stoi(b), year, order);
    return 2;
  });
  // 1 March 2018, 1st March, 2018, 01-Mar-2018, 16 JUN 2022, 3rd day of September 2026, 15th of June, 2019
  each(re(R"(\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?[\s\-.~_]*)" + loose +
          R"(\b\.?,?[\s\-.~_]*(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?(\d{4})\b)"),
       [](const std::smatch& s, DateMatch& m) {
         const int mon = month_from_name(s[2].str());
         if (!mon) return -1;
         Ymd d{std::stoi(s[3]), mon, std::stoi(s[1])};
         if (d.valid()) m.date = d;
         return 4;
       });
  // March 1, 2018, Mar. 1, 2018, June 15th 2019
  each(re(R"(\b)" + loose + R"(\b\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})\b)"), [](const std::smatch& s, DateMatch& m) {
    const int mon = month_from_name(s[1].str());
    if (!mon) return -1;
    Ymd d{std::stoi(s[3]), mon, std::stoi(s[2])};
    if (d.valid()) m.date = d;
    return 4;
  });
  // fifteenth day of June, two thousand nineteen; the fifteenth of August two thousand twenty;
  // fifteenth August 2020 ("day of" is often left out)
  each(re(R"(\b((?:twenty|thirty)[\s\-]?)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|)"
          R"(eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|)"
          R"(twentieth|thirtieth)\s+(?:(?:day\s+)?of\s+)?)" + month + R"(\b,?\s*)"),
       [&](const std::smatch& s, DateMatch& m) {
         const int day = ordinal_word_value(s[1].str() + s[2].str());
         const int mon = month_from_name(s[3].str());
         // "... day of February in the year (of our Lord) two thousand and twenty"
         std::smatch lead;
         if (std::regex_search(text.cbegin() + static_cast<long>(m.end), text.cend(), lead,
                               re(R"(^,?\s*(?:in\s+)?the\s+year\s+(?:of\s+our\s+lord\s+)?)")))
           m.end += static_cast<std::size_t>(lead.length(0));
         std::vector<std::size_t> ends;
         const auto words = split_words(std::string_view(text).substr(m.end), ends);
         const auto [year, used] = year_from_words(words);
         if (year == 0) {  // "... day of June 2019": digits follow
           std::smatch y;
           const std::string rest = text.substr(m.end, 8);
           if (!std::regex_search(rest, y, re(R"(^(\d{4})\b)"))) return -1;
           m.end += 4;
           Ymd d{std::stoi(y[1]), mon, day};
           if (d.valid()) m.date = d;
           return 5;
         }
         m.end += ends[static_cast<std::size_t>(used - 1)];
         Ymd d{year, mon, day};
         if (d.valid()) m.date = d;
         return 5;
       });
  // 15.VI.2019, 15 VI 2019: the month in Roman numerals (Poland, Romania, Italy)
  each(re(R"(\b(\d{1,2})\s?[./\- ]\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s?[./\- ]\s?(\d{4})\b)"),
       [](const std::smatch& s, DateMatch& m) {
         static const std::array<std::string_view, 12> roman = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
         std::string r = s[2].str();
         for (char& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         const auto it = std::find(roman.begin(), roman.end(), r);
         if (it == roman.end()) return -1;
         Ymd d{std::stoi(s[3]), static_cast<int>(it - roman.begin()) + 1, std::stoi(s[1])};
         if (d.valid()) m.date = d;
         return 4;
       });
  // 2019年6月15日 (Chinese, Japanese), 2019년 6월 15일 (Korean), ngày 20 tháng 7 năm 2018 (Vietnamese)
  each(re("(\\d{4})\\s*(?:\u5e74|\ub144)\\s*(\\d{1,2})\\s*(?:\u6708|\uc6d4)\\s*(\\d{1,2})\\s*(?:\u65e5|\uc77c)?"),
       [](const std::smatch& s, DateMatch& m) {
         Ymd d{std::stoi(s[1]), std::stoi(s[2]), std::stoi(s[3])};
         if (d.valid()) m.date = d;
         return 4;
       });
  each(re("ng\u00e0y\\s+(\\d{1,2})\\s+th\u00e1ng\\s+(\\d{1,2})\\s+n\u0103m\\s+(\\d{4})"),
       [](const std::smatch& s, DateMatch& m) {
         Ymd d{std::stoi(s[3]), std::stoi(s[2]), std::stoi(s[1])};
         if (d.valid()) m.date = d;
         return 4;
       });
  // 15 de junio de 2019, 15 juin 2019, 15 czerwca 2019, 15 iunie 2019: month names of other languages
  // (the first of the month as an ordinal: "1er septembre", "1° de marzo", "1ro de septiembre"; Russian
  // month names in the genitive, "1 сентября 2018 г.", are longer in bytes)
  each(re(R"(\b(\d{1,2})(?:er|ro|º|°|\.)?\s+(?:de\s+)?([^\s\d,.]{3,24})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b)"),
       [](const std::smatch& s, DateMatch& m) {
         const int mon = foreign_month(s[2].str());
         if (!mon) return -1;
         Ymd d{std::stoi(s[3]), mon, std::stoi(s[1])};
         if (d.valid()) m.date = d;
         return 3;
       });
  // The year first, then the month's name and the day (Hungarian, Lithuanian, East Asian order in
  // Latin letters): "2019. január 10.", "2026. február 18-ától", "2019. szeptember 1-jétől" (a case
  // ending glued to the day, which says "from"); the day ends the match.
  each(re(R"(\b(\d{4})\.?\s+([^\s\d,.()]{3,24})\.?\s+(\d{1,2})(?:\.|\b))"), [](const std::smatch& s, DateMatch& m) {
    const int mon = foreign_month(s[2].str());
    if (!mon) return -1;
    Ymd d{std::stoi(s[1]), mon, std::stoi(s[3])};
    if (d.valid()) m.date = d;
    return 3;
  });
  // The year first, its word, then the day and the month's name (Latvian "2021. gada 7. septembra",
  // "2024. gada 31. oktobrim": the year's genitive "gada", the month in the case the sentence needs).
  each(re(R"(\b(\d{4})\.\s*gad(?:a|ā)\s+(\d{1,2})\.\s*([^\s\d,.;()]{3,24})(?![^\s,.;()]))"),
       [](const std::smatch& s, DateMatch& m) {
         const int mon = foreign_month(s[3].str());
         if (!mon) return -1;
         Ymd d{std::stoi(s[1]), mon, std::stoi(s[2])};
         if (d.valid()) m.date = d;
         return 3;
       });
  // The year first in figures with a full stop after each part and a space between ("2019. 06. 17.":
  // the Hungarian way of writing a date's figures).
  each(re(R"(\b(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.)"), [](const std::smatch& s, DateMatch& m) {
    Ymd d{std::stoi(s[1]), std::stoi(s[2]), std::stoi(s[3])};
    if (d.valid()) m.date = d;
    return 3;
  });
  // Spanish and Portuguese legal prose gives the numbers again in digits: "a los once (11) días del
  // mes de marzo de dos mil veintidós (2022)", "aos onze (11) dias do mês de março de ... (2022)".
  each(re(R"(\(?(\d{1,2})\)?\s+d.{1,2}as?\s+(?:del|do)\s+m.{1,3}s\s+de\s+([^\s\d,.]{3,12})\s+(?:de|del|do)\s+)"
          R"((?:a.{1,2}o\s+)?[^()\d]{0,60}?\(?(\d{4})\)?)"),
       [](const std::smatch& s, DateMatch& m) {
         const int mon = foreign_month(s[2].str());
         if (!mon) return -1;
         Ymd d{std::stoi(s[3]), mon, std::stoi(s[1])};
         if (d.valid()) m.date = d;
         return 4;
       });
  // ... and in words only: "a los quince días del mes de marzo de dos mil dieciocho".
  for (const SpelledDate& d : spelled_romance_dates(text, &foreign_month)) {
    DateMatch m;
    m.begin = d.begin;
    m.end = d.end;
    m.date = d.date;
    found.push_back({m, 5});
  }
  // June fifteenth, 2019; February the fifteenth, two thousand twenty
  each(re(R"(\b)" + month + R"(\s+(?:the\s+)?((?:twenty|thirty)[\s\-]?)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|)"
          R"(eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|)"
          R"(twentieth|thirtieth)\b,?\s*(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?)"),
       [&](const std::smatch& s, DateMatch& m) {
         const int mon = month_from_name(s[1].str());
         const int day = ordinal_word_value(s[2].str() + s[3].str());
         std::smatch y;
         const std::string rest = text.substr(m.end, 8);
         if (std::regex_search(rest, y, re(R"(^(\d{4})\b)"))) {
           m.end += 4;
           Ymd d{std::stoi(y[1]), mon, day};
           if (d.valid()) m.date = d;
           return 5;
         }
         std::vector<std::size_t> ends;
         const auto words = split_words(std::string_view(text).substr(m.end), ends);
         const auto [year, used] = year_from_words(words);
         if (year == 0) return -1;
         m.end += ends[static_cast<std::size_t>(used - 1)];
         Ymd d{year, mon, day};
         if (d.valid()) m.date = d;
         return 5;
       });
  // March 2019, Sept. 2020: a month and a year without a day (letters often give no more) — the
  // first of the month, less certain; any full date over the same words wins (it is longer).
  // (... and in the other languages: "septiembre de 2018", "juin 2019", "février 2020".)
  auto month_and_year = [&](int (*month_of)(std::string_view)) {
    return [&, month_of](const std::smatch& s, DateMatch& m) {
      if (!month_alone) return -1;
      const int mon = month_of(s[1].str());
      if (!mon) return -1;
      Ymd d{std::stoi(s[2]), mon, 1};
      if (!d.valid()) return -1;
      m.date = d;
      m.day_missing = true;
      m.certainty = 0.85;
      return 0;
    };
  };
  each(re(R"(\b)" + month + R"(\.?,?\s+(\d{4})\b)"), month_and_year(&month_from_name));
  each(re(R"(\b([^\s\d,.()]{3,24})\s+(?:de\s+|del\s+)?(\d{4})\b)"), month_and_year(&foreign_month));
  // to present, till date, up to now, presently working
  each(re(R"(\b(?:(?:up\s*)?to\s+(?:the\s+)?present|till\s+(?:date|now|present)|to\s+date|up\s*to\s+now|)"
          R"(until\s+(?:now|present)|presently|at\s+present|present|ongoing|currently|)"
          // "until the date of issuing this certificate", "till the date of issue", "still in employment"
          R"((?:until|till|up\s*to|to)\s+the\s+date\s+of\s+(?:issu(?:e|ing|ance)|this\s+(?:letter|certificate))|)"
          R"(still\s+(?:in\s+(?:employment|service)|employed|working|serving)|to\s+this\s+day|)"
          // Italian "in servizio" (a row's end cell: "14/06/2022   in servizio")
          R"(in\s+servizio)\b)"),
       [](const std::smatch&, DateMatch& m) {
         m.present = true;
         return 1;
       });
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    if (a.match.begin != b.match.begin) return a.match.begin < b.match.begin;
    if (a.match.end != b.match.end) return a.match.end > b.match.end;
    return a.priority > b.priority;
  });
  std::vector<DateMatch> out;
  for (const Candidate& c : found) {
    if (!out.empty() && c.match.begin < out.back().end) {
      // Overlap: keep the longer (already first), unless this one is a better kind of match.
      continue;
    }
    out.push_back(c.match);
  }
  return out;
}

std::optional<Ymd> parse_date(std::string_view text, DayOrder order) {
  for (const DateMatch& m : find_dates(text, DayOrderInfo{order, false}))
    if (m.date) return m.date;
  return std::nullopt;
}

std::optional<Ymd> swapped_order(const DateMatch& match) {
  if (!match.numeric || !match.date || !match.ambiguous) return std::nullopt;
  Ymd d{match.date->year, match.date->day, match.date->month};
  if (!d.valid()) return std::nullopt;
  return d;
}

}  // namespace cc
