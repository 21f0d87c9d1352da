#include "validators/name_match.h"

#include <set>

#include "core/text.h"
#include "validators/text_util.h"

namespace cc {
namespace {

bool is_suffix(const std::string& word) {
  static const std::set<std::string> kSuffixes{"jr", "sr", "ii", "iii", "iv"};
  return kSuffixes.count(word) > 0;
}

bool is_particle(const std::string& word) {
  static const std::set<std::string> kParticles{"de", "del", "dela", "delos", "della", "di", "da", "das", "do", "dos",
                                                "du", "la", "las", "le", "los", "van", "von", "der", "den", "ter",
                                                "ten", "bin", "binti", "san", "santa", "st"};
  return kParticles.count(word) > 0;
}

std::vector<std::string> without_suffixes(std::vector<std::string> words) {
  std::vector<std::string> out;
  for (auto& w : words)
    if (!is_suffix(w)) out.push_back(std::move(w));
  return out;
}

PersonName parse_natural(std::vector<std::string> words) {
  PersonName name;
  if (words.empty()) return name;
  size_t first_surname = words.size() - 1;
  while (first_surname >= 2 && is_particle(words[first_surname - 1])) --first_surname;
  name.given.assign(words.begin(), words.begin() + static_cast<long>(first_surname));
  name.surname.assign(words.begin() + static_cast<long>(first_surname), words.end());
  return name;
}

// "s" and "s." against "santos", "ma." against "maria": an initial or short abbreviation.
bool compatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const auto abbreviates = [](const std::string& shorter, const std::string& longer) {
    return shorter.size() <= 2 && shorter.size() < longer.size() && longer.compare(0, shorter.size(), shorter) == 0;
  };
  return abbreviates(a, b) || abbreviates(b, a);
}

bool one_ocr_confusion(const std::string& a, const std::string& b);

// Every name of `shorter` matches, in order, a name of `longer` (or its OCR misreading).
bool matches_in_order(const std::vector<std::string>& shorter, const std::vector<std::string>& longer, bool ocr) {
  size_t j = 0;
  for (const auto& word : shorter) {
    while (j < longer.size() && !compatible(word, longer[j]) && !(ocr && one_ocr_confusion(word, longer[j]))) ++j;
    if (j == longer.size()) return false;
    ++j;
  }
  return true;
}

std::string concatenated(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += w;
  return out;
}

// One letter OCR confuses with another ("Tareg" for "Tareq", "Wiliams" read "Wi1iams") in a word
// of five letters or more, the rest identical: a misreading, not another name.
bool one_ocr_confusion(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.size() < 5 || a == b) return false;
  static const std::set<std::pair<char, char>> kConfusable{{'g', 'q'}, {'i', 'l'}, {'i', '1'}, {'l', '1'},
                                                           {'o', '0'}, {'c', 'e'}, {'u', 'v'}, {'i', 'j'},
                                                           {'h', 'b'}, {'n', 'h'}, {'s', '5'}, {'b', '6'}};
  int differ = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (++differ > 1) return false;
    if (!kConfusable.count({a[i], b[i]}) && !kConfusable.count({b[i], a[i]})) return false;
  }
  return differ == 1;
}

bool same_words(const std::string& a, const std::string& b, bool ocr) { return a == b || (ocr && one_ocr_confusion(a, b)); }

std::vector<std::string> all_words(const PersonName& n) {
  std::vector<std::string> out = n.given;
  out.insert(out.end(), n.surname.begin(), n.surname.end());
  return out;
}

}  // namespace

std::vector<std::string> name_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : fold_latin(text)) {
    if (c == '\'') continue;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
      continue;
    }
    if (!word.empty()) words.push_back(word);
    word.clear();
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

PersonName parse_person_name(std::string_view text) {
  const auto comma = text.find(',');
  if (comma == std::string_view::npos) return parse_natural(without_suffixes(name_words(text)));
  auto before = without_suffixes(name_words(text.substr(0, comma)));
  auto after = without_suffixes(name_words(text.substr(comma + 1)));
  if (after.empty()) return parse_natural(before);  // "Juan Santos, Jr."
  return PersonName{after, before};
}

namespace {
// The French "M." (Monsieur) before a name in capitals ("M. KOUASSI FRANCK TRAORÉ", OCR's "M MEHDI
// DRIDI") reads as a first given name "m" that the other print has not: without it the two agree.
// (An initial "M." that the other print spells out, "Mohammed", is matched as an initial anyway.)
bool same_without_leading_m(const PersonName& a, const PersonName& b, bool read_by_ocr) {
  auto drop = [](PersonName n) {
    if (n.given.size() >= 2 && n.given.front() == "m") n.given.erase(n.given.begin());
    return n;
  };
  const PersonName da = drop(a), db = drop(b);
  if (da.given.size() == a.given.size() && db.given.size() == b.given.size()) return false;
  if (concatenated(all_words(da)) == concatenated(all_words(db))) return true;
  if (!same_words(concatenated(da.surname), concatenated(db.surname), read_by_ocr) || da.given.empty() || db.given.empty()) return false;
  const auto& shorter = da.given.size() <= db.given.size() ? da.given : db.given;
  const auto& longer = da.given.size() <= db.given.size() ? db.given : da.given;
  return compatible(da.given.front(), db.given.front()) && matches_in_order(shorter, longer, read_by_ocr);
}
}  // namespace

NameComparison compare_names(const PersonName& a, const PersonName& b, bool read_by_ocr) {
  if (same_without_leading_m(a, b, read_by_ocr)) return {};
  // The same words in the same order, split differently between given names and surname: a compound
  // surname printed "MAMANI CONDORI, MARÍA ELENA" against "María Elena Mamani Condori" (natural
  // order cannot tell where a two-word surname begins).
  if (concatenated(all_words(a)) == concatenated(all_words(b))) return {};
  if (!same_words(concatenated(a.surname), concatenated(b.surname), read_by_ocr))
    return {false, "different surname (" + join(a.surname, " ") + " / " + join(b.surname, " ") + ")"};
  if (a.given.empty() || b.given.empty()) return {};
  if (!compatible(a.given.front(), b.given.front()) && !same_words(a.given.front(), b.given.front(), read_by_ocr))
    return {false, "different given name (" + a.given.front() + " / " + b.given.front() + ")"};
  const auto& shorter = a.given.size() <= b.given.size() ? a.given : b.given;
  const auto& longer = a.given.size() <= b.given.size() ? b.given : a.given;
  if (!matches_in_order(shorter, longer, read_by_ocr))
    return {false, "different given or middle names (" + join(a.given, " ") + " / " + join(b.given, " ") + ")"};
  return {};
}

}  // namespace cc
