#include "extractors/name_order.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "core/regex.h"
#include "extractors/text_utils.h"

namespace cc {

namespace {

const std::array<std::string_view, 20> kParticles = {"de", "del", "dela", "della", "da", "das", "dos", "di", "van",
                                                     "von", "der", "den", "le", "la", "bin", "binti", "al", "el",
                                                     "delos", "ter"};

// Family names of the Chinese (pinyin and the romanisations of Malaysia, Singapore, Hong Kong and
// Taiwan), Korean and Vietnamese (accents folded) customs: a small closed set, unlike given names.
const std::set<std::string>& east_asian_family_names() {
  static const std::set<std::string> names{
      // Chinese, pinyin
      "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he",
      "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
      "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding",
      "ren", "shen", "yao", "zhong", "cui", "tan", "fan", "wu", "jin", "xue", "lei", "hou", "long", "duan", "hao",
      "kong", "shao", "shi", "mao", "qiu", "qin", "gu", "bai", "xiong", "meng", "qian", "dai", "fu", "fang", "yin",
      "li", "wen", "kang",
      // Chinese, other romanisations
      "lim", "lee", "ng", "ong", "goh", "teh", "tay", "toh", "koh", "khoo", "ooi", "yeoh", "chua", "chan", "cheung",
      "wong", "leung", "lau", "ho", "yip", "tse", "kwok", "kwan", "chow", "chong", "chin", "choo", "chew", "chia",
      "foo", "fong", "gan", "heng", "hew", "kok", "lai", "lam", "law", "liew", "loh", "low", "lum", "mok", "neo",
      "pang", "poh", "quek", "seah", "sim", "soh", "soo", "tee", "teo", "thong", "ting", "tong", "wee", "woo", "yap",
      "yee", "yong", "yuen", "siew", "tham", "loke", "cheah", "lew", "chang", "chung", "hsu", "kuo", "tsai",
      "tseng", "hsieh", "liao", "yeh", "tsang", "tsui", "kwong", "siu",
      // Korean
      "kim", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "cho", "jo", "yoon", "yun", "jang", "im", "oh",
      "seo", "shin", "sin", "kwon", "hwang", "ahn", "an", "jeon", "jun", "hong", "yoo", "ko", "go", "moon", "mun",
      "son", "bae", "baek", "paek", "heo", "huh", "nam", "noh", "roh", "ha", "kwak", "sung", "seong", "cha", "joo",
      "ju", "min", "ryu", "ji", "eom", "chae", "won", "cheon", "bang", "hyun", "byun", "yeom", "yeo",
      // Vietnamese
      "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly",
      "dinh", "trinh", "mai", "truong", "luong", "quach", "ta", "doan", "vuong", "trieu", "thai", "chu", "kieu"};
  return names;
}

// Family names that are also common given-name syllables ("Li Wen", "Wei Jie"): a name that both
// begins and ends with a family name is taken as turned around only when its first word is not one.
const std::set<std::string>& also_given_syllables() {
  static const std::set<std::string> names{"li", "wen", "wei", "yu", "jun", "hong", "ming", "yi", "fang", "jing",
                                           "an", "min", "hao", "long", "feng", "lei", "jin", "ji", "mai", "ha",
                                           "song", "sung", "won", "hyun", "yin", "lan", "tian", "ting"};
  return names;
}

// A word made of East Asian romanised syllables ("Zhiqiang", "Min-jun", "Tuấn", "Yeoh"): one to
// three syllables of an initial, one to three vowels and an optional final consonant.
bool syllabic(const std::string& folded_word) {
  static const Regex& r = icase_regex(
      R"(^((ngh|ch|sh|zh|th|ng|nh|kh|ph|tr|gi|qu|kw|hw|gw|ts|hs|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(ng|nh|ch|n|m|h|k|p|t|c)?){1,3}$)");
  return !folded_word.empty() && std::regex_match(folded_word, r);
}

bool all_caps_word(std::string_view word) {
  int letters = 0;
  for (char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::islower(c)) return false;
    if (std::isalpha(c) || c >= 0x80) ++letters;
  }
  return letters >= 2 && is_all_caps(word);
}

bool name_case_word(std::string_view word) {
  return !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) || static_cast<unsigned char>(word[0]) >= 0xC0) &&
         !is_all_caps(word);
}

// "NDJOCK Mireille Michelle", "DELA CRUZ Maria": how many leading words are the surname in
// capitals before given names in name case (0 when the name is not printed so).
std::size_t capitals_first(const std::vector<std::string>& words) {
  std::size_t caps = 0;
  while (caps < words.size() && (all_caps_word(words[caps]) || (caps > 0 && is_name_particle(words[caps]) && is_all_caps(words[caps]))))
    ++caps;
  if (caps == 0 || caps == words.size()) return 0;
  for (std::size_t i = caps; i < words.size(); ++i)
    if (!name_case_word(words[i])) return 0;
  return caps;
}

// A Vietnamese name: a family name only Vietnamese has, a letter only Vietnamese writes (ư, ơ, đ,
// a vowel with a dot below or hook above), or the middle name "Văn"/"Thị".
bool vietnamese(const std::vector<std::string>& words) {
  static const std::set<std::string> family{"nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
                                            "bui", "ngo", "duong", "dinh", "trinh", "truong", "luong", "quach", "doan",
                                            "vuong", "trieu"};
  if (words.size() < 3) return false;
  const auto first = folded_name_words(words.front());
  if (!first.empty() && family.count(first[0])) return true;
  const auto second = folded_name_words(words[1]);
  if (!second.empty() && (second[0] == "van" || second[0] == "thi")) return true;
  static const Regex& letters = icase_regex("(ư|ơ|đ|Ư|Ơ|Đ|ạ|ả|ấ|ầ|ẩ|ẫ|ậ|ắ|ằ|ẳ|ẵ|ặ|ẹ|ẻ|ẽ|ế|ề|ể|ễ|ệ|ỉ|ị|ọ|ỏ|ố|ồ|ổ|ỗ|ộ|ớ|ờ|ở|ỡ|ợ|ụ|ủ|ứ|ừ|ử|ữ|ự|ỳ|ỵ|ỷ|ỹ)");
  const std::string joined = join_words(words);
  return std::regex_search(joined, letters);
}

// "Shevchuk Svetlana Sergeevna", "ABYLAI ASEL MURATOVNA": the East Slavic and Central Asian
// official order, surname, given name, patronymic. A patronymic's ending tells it (-ovna, -evich,
// -ovych, -ivna, -qizi, -uly, ...): three words ending in one, the first not one, are that order.
bool surname_before_patronymic(const std::vector<std::string>& words) {
  if (words.size() != 3) return false;
  static const Regex& patronymic = icase_regex(
      R"((ovna|evna|yevna|ivna|ichna|inichna|ovich|evich|yevich|ovych|ovič|evič|ovic|evic|qizi|qizi|kyzy|qyzy|kizi|uly|ulu|ugli|ogli|o'g'li)$)");
  const auto folded = [](const std::string& w) {
    const auto f = folded_name_words(w);
    return f.size() == 1 ? f[0] : std::string();
  };
  const std::string last = folded(words[2]), first = folded(words[0]);
  return !last.empty() && !first.empty() && std::regex_search(last, patronymic) && !std::regex_search(first, patronymic) &&
         !std::regex_search(folded(words[1]), patronymic);
}

// "CHOU YA-WEN", "Kim Min-jun": a given name of two syllables joined by a hyphen, as Taiwan and
// Korea romanise it, after a one-syllable word: the family name is printed first.
bool syllable_pair_given_second(const std::vector<std::string>& words) {
  if (words.size() != 2 || words[0].find('-') != std::string::npos) return false;
  static const Regex& one = icase_regex(
      R"(^(ngh|ch|sh|zh|th|ng|nh|kh|ph|tr|gi|qu|kw|hw|gw|ts|hs|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(ng|nh|ch|n|m|h|k|p|t|c)?$)");
  const std::string second = lower_ascii(words[1]);
  const auto hyphen = second.find('-');
  if (hyphen == std::string::npos || second.find('-', hyphen + 1) != std::string::npos) return false;
  return std::regex_match(lower_ascii(words[0]), one) && std::regex_match(second.substr(0, hyphen), one) &&
         std::regex_match(second.substr(hyphen + 1), one);
}

// "YUSUPOVA KAMOLA", "Jo'rayeva Sevara": two words, the first a surname by its Slavic ending
// (-ova, -eva, -ov, -ev, as Central Asia and the former Soviet Union register them), the second
// not: the surname is printed first.
bool slavic_surname_first(const std::vector<std::string>& words) {
  if (words.size() != 2) return false;
  static const Regex& surname = icase_regex(R"(^[a-z']{2,}(ova|eva|yeva|ov|ev|yev)$)");
  const std::string first = lower_ascii(words[0]), second = lower_ascii(words[1]);
  return first.size() >= 5 && std::regex_match(first, surname) && !std::regex_match(second, surname);
}

// "YUSUPOVA KAMOLA YUSUPOVA KAMOLA", "Trần Thị Vy Bà Trần Thị Vy": a bilingual document prints the
// name once per language, maybe with the other language's honorific between: the name once. (The
// second print may be cut short by the line: "Phan Thị Kim Linh Bà Phan Thị".)
std::string once_if_repeated(const std::string& name) {
  const auto words = split_words(name);
  for (std::size_t h = 2; h + 1 < words.size(); ++h) {
    if (!is_honorific_word(words[h])) continue;
    bool prefix = words.size() - h - 1 <= h;
    for (std::size_t i = h + 1; i < words.size() && prefix; ++i)
      prefix = folded_name_words(words[i]) == folded_name_words(words[i - h - 1]);
    if (prefix) return join_words(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(h)));
  }
  for (std::size_t k = words.size() / 2; k >= 1; --k) {
    const std::size_t tail = words.size() - k;
    if (tail < k || tail - k > 1) continue;
    bool same = true;
    for (std::size_t i = 0; i < k && same; ++i) same = folded_name_words(words[i]) == folded_name_words(words[tail + i]);
    for (std::size_t i = k; i < tail && same; ++i) same = is_honorific_word(words[i]);
    if (same) return join_words(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(k)));
  }
  return name;
}

// Words that can be given names after a comma: no figures or signs of a number ("N°", "№").
bool all_name_words(const std::string& rest) {
  static const Regex& not_name = icase_regex(R"([0-9°#№:]|(^|\s)(no|nr|n)\.?(\s|$))");
  return !std::regex_search(rest, not_name);
}

}  // namespace

bool is_name_particle(std::string_view word) {
  const std::string w = lower_ascii(word);
  return std::find(kParticles.begin(), kParticles.end(), w) != kParticles.end();
}

bool is_honorific_word(std::string_view word) {
  static const Regex& r = icase_regex(
      R"(^(mr|mrs|ms|miss|mx|dr|engr|shri|sri|smt|kum|mstr|master|mme|mlle|sr|sra|srta|señor|señora|señorita|)"
      R"(senhor|senhora|don|doña|dona|monsieur|madame|mademoiselle|doamna|domnul|dna|dl|pan|pani|bapak|ibu|)"
      R"(encik|puan|cik|khun|nang|bay|bayan|herr|frau|ông|bà|Ông|Bà|ÔNG|BÀ|)"
      // (Dutch "mevrouw", "(de) heer", "mevr.", "dhr."; Slovak and Czech "pán", "pani"; Macedonian
      // "г-дин", "г-ѓа")
      R"(mevrouw|heer|mevr|dhr|juffrouw|pán|PÁN|Pán|г-дин|г-ѓа|г-ца)\.?$|)"
      // Spanish "D." (don) and "Dª", "Dña." (doña), abbreviated only: "D" without its full stop is an
      // initial.
      R"(^(d\.|dª|d\.ª|dña\.?|dna\.)$)");
  return std::regex_match(word.begin(), word.end(), r);
}

// The article some languages put before a civility: Dutch "de heer" (Mr), German "der Herr", "die
// Frau"; only before one, since "De" also begins surnames ("De Clercq").
bool is_civility_article(std::string_view word) {
  const std::string w = lower_ascii(word);
  return w == "de" || w == "der" || w == "die" || w == "the";
}

bool is_title_abbreviation(std::string_view word) {
  static const Regex& r = icase_regex(R"(^([a-z]{1,3}\.){3,}$)");
  return std::regex_match(word.begin(), word.end(), r);
}

std::vector<std::string> folded_name_words(std::string_view name) {
  std::string s = fold_latin(name);
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '\'') c = ' ';
  s.erase(std::remove(s.begin(), s.end(), '\''), s.end());
  return split_words(s);
}

bool east_asian_family_first(const std::vector<std::string>& words) {
  if (words.size() < 2 || words.size() > 4) return false;
  const auto& family = east_asian_family_names();
  const auto first = folded_name_words(words.front());
  const auto last = folded_name_words(words.back());
  if (first.size() != 1 || last.empty() || !family.count(first[0])) return false;
  if (last.size() == 1 && family.count(last[0]) && also_given_syllables().count(first[0])) return false;
  if (last.size() == 1 && family.count(last[0]) && !also_given_syllables().count(last[0])) return false;
  for (std::size_t i = 1; i < words.size(); ++i)
    for (const std::string& part : folded_name_words(words[i]))
      if (!syllabic(part)) return false;
  return true;
}

std::string strip_honorific(std::string_view name) {
  auto words = split_words(name);
  std::size_t i = 0;
  for (; i < words.size(); ++i) {
    if (is_honorific_word(words[i]) || (is_title_abbreviation(words[i]) && i + 1 < words.size())) continue;
    if (is_civility_article(words[i]) && i + 1 < words.size() && is_honorific_word(words[i + 1])) continue;
    // The French "M." (Monsieur) before a surname in capitals; elsewhere "M." is an initial.
    // ("M. AIT OUHMANE Youssef": the surname in capitals may have more than one word.)
    if (words[i] == "M." && i + 2 < words.size() && all_caps_word(words[i + 1])) {
      std::size_t k = i + 1;
      while (k < words.size() && all_caps_word(words[k])) ++k;
      if (k < words.size() && name_case_word(words[k])) continue;
    }
    // ... and before given names in name case and a surname in capitals, the other order of the
    // same French style ("M. Seydou KEÏTA"): an initial does not stand before a given name.
    if (words[i] == "M." && i + 2 < words.size() && name_case_word(words[i + 1]) && all_caps_word(words.back())) continue;
    break;
  }
  return join_words(words, i);
}

std::string name_case(std::string_view name) {
  // OCR reads the article of an Arabic surname, "Al-" / "El-", with a capital I for its l
  // ("AI-Khaldi"): no name begins with a capital pair and a hyphen before a mixed-case word.
  if (!is_all_caps(name)) {
    static const std::regex article(R"(^([AE])I-([A-Z][a-z]))");
    return std::regex_replace(std::string(name), article, "$1l-$2");
  }
  std::string out = lower_utf8(name);
  bool start = true;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c == ' ' || c == '-' || c == '\'' || c == '.') {
      start = true;
      continue;
    }
    const std::size_t length = utf8_char_at(out, i).length;
    if (start) {
      const std::string up = upper_utf8(out.substr(i, length));
      out.replace(i, length, up);
      i += up.size() - 1;
    } else {
      i += length - 1;
    }
    start = false;
  }
  return out;
}

std::string natural_name(std::string_view printed) {
  std::string bare = once_if_repeated(collapse_spaces(strip_honorific(printed)));
  auto comma = bare.find(',');
  // "LUCIANA BELÉN LEDESMA, CUIL N°": after the comma the next field's label, not given names.
  if (comma != std::string::npos && !all_name_words(bare.substr(comma + 1))) {
    bare = trim(bare.substr(0, comma));
    comma = std::string::npos;
  }
  auto cased = [](const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + name_case(w);
    return out;
  };
  if (comma == std::string::npos) {
    auto words = split_words(bare);
    if (const std::size_t caps = capitals_first(words)) {
      std::rotate(words.begin(), words.begin() + static_cast<long>(caps), words.end());
    } else if (surname_before_patronymic(words) || syllable_pair_given_second(words) || slavic_surname_first(words)) {
      std::rotate(words.begin(), words.begin() + 1, words.end());
    } else if (east_asian_family_first(words)) {
      // Vietnamese: family, middle ("Văn", "Thị"), given -> given, middle, family; a Chinese or
      // Korean given name of two syllables printed as two words ("Wei Jie") stays together.
      if (vietnamese(words)) std::swap(words.front(), words.back());
      else std::rotate(words.begin(), words.begin() + 1, words.end());
    }
    return cased(words);
  }
  const std::string surname = trim(bare.substr(0, comma));
  std::string rest = trim(bare.substr(comma + 1));
  if (rest.empty()) return name_case(surname);
  return cased(split_words(rest + " " + surname));
}

std::string surname_of(std::string_view natural) {
  auto words = split_words(natural);
  if (words.empty()) return {};
  std::size_t first = words.size() - 1;
  while (first > 1 && is_name_particle(words[first - 1])) --first;
  return join_words(words, first);
}

std::string reorder_by_surname(const std::string& natural, const std::string& surname) {
  const auto words = split_words(natural);
  const auto sur = folded_name_words(surname);
  if (sur.empty() || words.size() <= sur.size()) return natural;
  for (std::size_t i = 0; i < sur.size(); ++i) {
    const auto w = folded_name_words(words[i]);
    if (w.size() != 1 || w[0] != sur[i]) return natural;
  }
  std::vector<std::string> tail;
  for (std::size_t i = words.size() - sur.size(); i < words.size(); ++i) {
    const auto w = folded_name_words(words[i]);
    tail.push_back(w.empty() ? "" : w[0]);
  }
  if (tail == sur) return natural;
  std::vector<std::string> out(words.begin() + static_cast<long>(sur.size()), words.end());
  out.insert(out.end(), words.begin(), words.begin() + static_cast<long>(sur.size()));
  return join_words(out);
}

std::string order_like(const std::string& name, const std::string& known) {
  const auto words = split_words(name);
  const auto k = split_words(known);
  if (words.size() != k.size() || words.size() < 2) return name;
  std::vector<std::string> folded, known_folded;
  for (const auto& w : words) folded.push_back(join_words(folded_name_words(w)));
  for (const auto& w : k) known_folded.push_back(join_words(folded_name_words(w)));
  for (std::size_t shift = 1; shift < words.size(); ++shift) {
    bool same = true;
    for (std::size_t i = 0; i < words.size() && same; ++i) same = folded[(i + shift) % words.size()] == known_folded[i];
    if (!same) continue;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < words.size(); ++i) out.push_back(words[(i + shift) % words.size()]);
    return join_words(out);
  }
  // Three or more words in another order than a turn ("MULUMBA MUSHAGALUSA Furaha" against the
  // known "Furaha Mushagalusa Mulumba"): the known print's order, when every word is distinct.
  std::vector<std::string> sorted = folded, sorted_known = known_folded;
  std::sort(sorted.begin(), sorted.end());
  std::sort(sorted_known.begin(), sorted_known.end());
  if (sorted != sorted_known || std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) return name;
  std::vector<std::string> out;
  for (const std::string& k_word : known_folded)
    out.push_back(words[static_cast<std::size_t>(std::find(folded.begin(), folded.end(), k_word) - folded.begin())]);
  return join_words(out);
}

}  // namespace cc
