#include "extractors/coursework/coursework_titles.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <unordered_map>

#include "core/bounded_memo.h"
#include "core/regex.h"
#include "extractors/text_utils.h"

namespace cc {
namespace {

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Characters OCR gives for the stroke of a roman I.
bool i_like(char c) { return c != '\0' && std::strchr("Il1|!i[]{}()tJj\\", c) != nullptr; }

// "I!" -> "II", "lil:" -> "III:", "!V" -> "IV", "tt" -> "II"; nullopt for anything else.
std::optional<std::string> roman_of(const std::string& token) {
  size_t end = token.size();
  while (end > 0 && std::strchr(":,.;", token[end - 1])) --end;
  if (end == 0 || end > 4) return std::nullopt;
  const std::string core = token.substr(0, end);
  if (std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  // A number or numeral in brackets ("(1)", "(I)": part one of a series) is what it says, not
  // three strokes of a numeral.
  if (core.size() >= 3 && core.front() == '(' && core.back() == ')') return std::nullopt;
  // A bracket opening before a numeral ("(I anno)", "(II") is a bracket: the numeral is the rest.
  if (core.size() >= 2 && core.front() == '(') {
    const auto rest = roman_of(core.substr(1));
    return rest ? std::optional<std::string>("(" + *rest + token.substr(end)) : std::nullopt;
  }
  if (std::count(core.begin(), core.end(), 'V') > 1) return std::nullopt;
  std::string out;
  for (char c : core) {
    if (c == 'V') out += 'V';
    else if (i_like(c)) out += 'I';
    else return std::nullopt;
  }
  // Four strokes make no numeral (IV is four): a word of four stroke-like letters is a word
  // (Swedish `till`, `Jill`), not a misread numeral.
  if (out == "IIII") return std::nullopt;
  return out + token.substr(end);
}

// A '!' or '|' after a letter, or a 1 or 0 between letters, inside a word of letters: "Medica!",
// "Bio1ogy", "Bi0logy"; a ')' ending a word of a title that opens no parenthesis ("Genera)"), a
// ']' or '}' ending a word ("Clinica}").
std::string repair_inside_word(const std::string& token, bool title_has_parenthesis, bool* fixed) {
  if (std::count_if(token.begin(), token.end(), is_letter) < 3) return token;
  std::string out = token;
  for (size_t i = 1; i < out.size(); ++i) {
    const char c = out[i], prev = out[i - 1];
    const bool next_letter = i + 1 < out.size() && is_letter(out[i + 1]);
    if (!is_letter(prev)) continue;
    const bool last = i + 1 == out.size();
    const bool closes_nothing = c == ')' && last && is_lower(prev) && !title_has_parenthesis;
    const bool bracket_end = (c == ']' || c == '}') && last && is_lower(prev);
    if (c == '!' || c == '|' || (c == '1' && next_letter) || closes_nothing || bracket_end)
      out[i] = is_lower(prev) ? 'l' : 'I';
    else if (c == '0' && next_letter) out[i] = is_lower(prev) ? 'o' : 'O';
  }
  if (out != token) *fixed = true;
  return out;
}

// Dashes, underscores, points, guillemets and opening quotes glued before a title's first word by
// OCR (a rule's stroke or a speck: "—_—Clinical", "..Paediatric", "«Islamic", "‘Physical") are no
// part of it: taken off when a letter follows them. A quote the title closes again stays.
bool strip_leading_marks(std::string& word, const std::string& title) {
  static const char* marks[] = {"\u2014", "\u2013", "\u00ab", "\u201c", "\u2018", "\u201e", "-", "_", ".", "'", "\"", "`", "~"};
  static const char* closing[] = {"\u00bb", "\u201d", "\u2019"};
  size_t from = 0;
  bool quote = false;
  for (bool more = true; more;) {
    more = false;
    for (size_t k = 0; k < std::size(marks); ++k) {
      const char* m = marks[k];
      const size_t n = std::strlen(m);
      if (word.compare(from, n, m) != 0) continue;
      quote = quote || (k >= 2 && k <= 5);  // an opening quote or guillemet
      from += n;
      more = true;
      break;
    }
  }
  if (from == 0 || from >= word.size()) return false;
  const auto next = static_cast<unsigned char>(word[from]);
  if (!is_letter(static_cast<char>(next)) && !(next >= 0xC3 && next <= 0xDF)) return false;
  if (quote)
    for (const char* c : closing)
      if (title.find(c, 1) != std::string::npos) return false;
  word = word.substr(from);
  return true;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::string t;
  for (char c : s) {
    if (c == ' ') {
      if (!t.empty()) out.push_back(t);
      t.clear();
    } else {
      t += c;
    }
  }
  if (!t.empty()) out.push_back(t);
  return out;
}

// Capital first letters where the title's other long words have them: "immunology" at the start,
// "lmmunology" or "indusirial" among capitalised words.
void repair_capitals(std::vector<std::string>& words, bool* fixed) {
  if (words.empty()) return;
  auto long_word = [](const std::string& w) { return std::count_if(w.begin(), w.end(), is_letter) >= 4; };
  const bool capitalised = std::all_of(words.begin() + 1, words.end(), [&](const std::string& w) {
    return !long_word(w) || !is_lower(w[0]) || w[0] == 'i' || w[0] == 'l';
  });
  for (size_t i = 0; i < words.size(); ++i) {
    std::string& w = words[i];
    if (w.size() < 2 || !is_lower(w[0])) continue;
    const bool first = i == 0 && is_letter(w[1]);
    // OCR reads a capital I as l far more often than it lower-cases an L, but a word opening with
    // l and a vowel is a word ("language", "laborator" among capitalised words), not "Ianguage".
    const bool l_for_i = w[0] == 'l' && long_word(w) && std::strchr("aeiouy", w[1]) == nullptr;
    const bool misread_i = capitalised && long_word(w) && (w[0] == 'i' || l_for_i) && is_lower(w[1]);
    if (!first && !misread_i) continue;
    w[0] = l_for_i ? 'I' : static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    *fixed = true;
  }
}

bool confusable(char a, char b) {
  static const char* pairs[] = {"il", "lt", "it", "Il", "CG", "ce", "ft", "fi", "oc", "ao"};
  for (const char* p : pairs)
    if ((a == p[0] && b == p[1]) || (a == p[1] && b == p[0])) return true;
  return false;
}

// One letter apart: any letter in a long word printed often elsewhere, else only a pair OCR
// confuses (i/l/t, C/G, c/e...).
bool one_letter_apart(const std::string& a, const std::string& b, bool any_letter) {
  if (a.size() != b.size() || a == b) return false;
  int differences = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (++differences > 1) return false;
    // Words that differ in their last vowel are two forms of one word, not a misreading: Spanish,
    // Portuguese, Italian and Romanian inflect by it ("Clínico" beside "Clínica", "Biológico").
    if (i + 1 == a.size() && std::strchr("aeiou", a[i]) && std::strchr("aeiou", b[i])) return false;
    if (!any_letter && !confusable(a[i], b[i])) return false;
    if (!is_letter(a[i]) || !is_letter(b[i])) return false;
  }
  return differences == 1;
}

}  // namespace

// Digits with a bracket ("1)" of "(Year 1)", "(2") are a number in brackets, not a numeral: a
// misread numeral has a letter-like stroke in it.
bool number_in_brackets(const std::string& token) {
  const bool digit = std::any_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digit && std::all_of(token.begin(), token.end(), [](char c) { return (c >= '0' && c <= '9') || std::strchr("()[]{}:,.;", c); });
}

namespace {

// A lone lower-case "i" before a word in lower case is the word "and" of Croatian, Serbian,
// Bosnian, Polish, Slovak ("Fizika i biofizika"), not a numeral: a title prints its part numbers in
// capitals, and after the subject's name ("Kemija I", "Chemistry I Laboratory").
bool conjunction_i(const std::vector<std::string>& words, size_t at) {
  if (words[at] != "i" || at == 0 || at + 1 >= words.size()) return false;
  const unsigned char next = static_cast<unsigned char>(words[at + 1].front());
  return std::islower(next) || next >= 0xC0;  // a letter of another alphabet or with a mark: a word
}

}  // namespace

std::string repair_roman_numerals(const std::string& text, bool* fixed) {
  std::vector<std::string> words = split_words(text);
  bool changed = false;
  for (size_t k = 0; k < words.size(); ++k) {
    auto& w = words[k];
    if (number_in_brackets(w) || conjunction_i(words, k)) continue;
    const auto roman = roman_of(w);
    if (!roman || *roman == w) continue;
    w = *roman;
    changed = true;
  }
  if (fixed) *fixed = changed;
  return join_words(words);
}

namespace {

// A word of term headings OCR misread by one confusable letter ("Fali", "Fail" -> "Fall").
void repair_term_word(std::string& w) {
  static const char* vocabulary[] = {"Fall", "Spring", "Summer", "Winter", "Autumn", "Semester", "First",
                                     "Second", "Third", "Quarter", "Session", "Harmattan", "Examination", "Year"};
  size_t end = w.size();
  while (end > 0 && !is_letter(w[end - 1])) --end;
  const std::string core = w.substr(0, end);
  if (core.size() < 4) return;
  const auto upper = std::count_if(core.begin(), core.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool capitals = upper * 2 > static_cast<long>(core.size());
  for (const char* v : vocabulary) {
    const std::string word = v;
    if (lower(core) == lower(word)) return;
    if (!one_letter_apart(lower(core), lower(word), false)) continue;
    std::string as_printed = word;  // in the case the heading prints it
    if (capitals)
      for (auto& c : as_printed) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    w = as_printed + w.substr(end);
    return;
  }
}

}  // namespace

namespace {

std::string repair_term_heading_uncached(const std::string& text) {
  std::vector<std::string> words = split_words(repair_roman_numerals(text));
  for (auto& w : words) {
    if (w.size() == 3 && (i_like(w[0]) || w[0] == 'A') && w.compare(1, 2, "st") == 0) w[0] = '1';
    repair_term_word(w);
  }
  return join_words(words);
}

}  // namespace

// The table reader asks this of the same lines many times over (before every section test of a
// header and term search, as is_section_line), and the answer depends on the text alone: answers
// are remembered per thread, a bounded set.
std::string repair_term_heading(const std::string& text) {
  thread_local BoundedMemo<std::string> known;
  return known.get(text, repair_term_heading_uncached);
}

FieldReading read_title(const std::string& printed, bool text_layer) {
  FieldReading r;
  std::string s = squeeze_spaces(printed);
  while (!s.empty() && std::strchr("|_~ ", s.front())) s.erase(s.begin());
  while (!s.empty() && std::strchr("_~ ", s.back())) s.pop_back();
  // A mark that the course is left out of the GPA ("English Language I (NGPA)", "(Non-GPA)") is a
  // note on the course, not its title.
  static const Regex outside_gpa(R"(\s*[(\[](n|non[-\s]?|not\s+in\s+)?(c?gpa|gwa|qpa)[)\]]\s*$)", Regex::ECMAScript | Regex::icase);
  s = std::regex_replace(s, outside_gpa, "");
  std::vector<std::string> words = split_words(s);
  if (auto joined = join_split_capitals(words); joined.size() != words.size()) {
    words = std::move(joined);
    r.fixed = true;
  }
  // Specks before the first word ("= College Algebra", a quote mark) are not part of the title. A
  // word is a letter or digit of ASCII, or two letters of the two-byte alphabets (Cyrillic, Greek,
  // Hebrew, Arabic: "Анатомія людини / Human Anatomy" keeps its first half; dashes and quote marks,
  // "—_—" or "«", are no letters).
  const auto first_word = std::find_if(words.begin(), words.end(), [](const std::string& w) {
    const auto non_ascii = std::count_if(w.begin(), w.end(), [](char c) {
      const auto b = static_cast<unsigned char>(c);
      return b >= 0xC3 && b <= 0xDF;
    });
    return non_ascii >= 2 ||
           std::any_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
  });
  if (first_word != words.begin()) {
    words.erase(words.begin(), first_word);
    r.fixed = true;
  }
  if (!words.empty() && strip_leading_marks(words.front(), s)) r.fixed = true;
  for (size_t k = 0; k < words.size(); ++k) {
    auto& w = words[k];
    if (conjunction_i(words, k)) continue;
    // S137: a word of small letters only is a word when the page's own text gives it: strokes
    // misread as letters are OCR's, and a text layer prints a numeral as a numeral.
    const bool small_letters = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (text_layer && small_letters) continue;
    if (auto roman = roman_of(w)) {
      r.fixed = r.fixed || *roman != w;
      w = *roman;
      continue;
    }
    w = repair_inside_word(w, s.find('(') != std::string::npos, &r.fixed);
  }
  repair_capitals(words, &r.fixed);
  r.value = join_words(words);
  // Letters of any alphabet count: a title printed in Cyrillic, Greek or Armenian only is a title
  // (a two-byte UTF-8 letter counted once, by its lead byte).
  r.valid = std::count_if(r.value.begin(), r.value.end(), [](char c) {
              const auto b = static_cast<unsigned char>(c);
              return is_letter(c) || (b >= 0xC3 && b <= 0xD6);
            }) >= 3;
  return r;
}

namespace {

bool is_numeral(const std::string& t) {
  return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// True when a title prints `head` then `stem` then a roman numeral: a series the transcript
// numbers ("Islamic Culture II" for the head "Islamic" and the stem "Culture").
bool numbered_series(const std::vector<std::vector<std::string>>& titles, const std::vector<std::string>& head,
                     const std::string& stem) {
  for (const auto& t : titles) {
    if (t.size() != head.size() + 2 || t[head.size()] != stem || !is_numeral(t.back())) continue;
    if (std::equal(head.begin(), head.end(), t.begin())) return true;
  }
  return false;
}

}  // namespace

int harmonise_title_words(std::vector<std::string>& titles, std::vector<bool>* changed, const std::vector<bool>* read_by_ocr) {
  if (changed) changed->assign(titles.size(), false);
  std::map<std::string, int> count;
  std::vector<std::vector<std::string>> words;
  for (const auto& t : titles) {
    words.push_back(split_words(t));
    for (const auto& w : words.back())
      if (w.size() >= 4) ++count[w];
  }
  int titles_changed = 0;
  for (size_t i = 0; i < titles.size(); ++i) {
    if (read_by_ocr && i < read_by_ocr->size() && !(*read_by_ocr)[i]) continue;
    bool any = false;
    // The last word with a stroke glued on, where the transcript numbers a series of that stem
    // ("Islamic Culturel", "Midwiferyl" beside "Islamic Culture II", "Midwifery II"): the stroke
    // is the numeral I the word space before it was lost from.
    if (!words[i].empty()) {
      std::string& last = words[i].back();
      const std::vector<std::string> head(words[i].begin(), words[i].end() - 1);
      if (last.size() >= 5 && std::strchr("liI1|!", last.back()) && count[last] == 1 &&
          numbered_series(words, head, last.substr(0, last.size() - 1))) {
        last = last.substr(0, last.size() - 1) + " I";
        any = true;
      }
    }
    for (auto& w : words[i]) {
      if (w.size() < 4 || w.find(' ') != std::string::npos) continue;
      const int seen = count[w];
      const std::string* match = nullptr;
      int matches = 0;
      for (const auto& [other, n] : count) {
        if (n < 2 || n < 2 * seen) continue;
        if (!one_letter_apart(w, other, w.size() >= 6 && n >= 3 && seen == 1)) continue;
        match = &other;
        ++matches;
      }
      // A stroke read after the word ("Generali" beside many "General").
      if (matches == 0 && seen == 1 && w.size() >= 5 && std::strchr("liI1|!", w.back())) {
        const auto shorter = count.find(w.substr(0, w.size() - 1));
        if (shorter != count.end() && shorter->second >= 2) {
          match = &shorter->first;
          matches = 1;
        }
      }
      if (matches != 1) continue;
      w = *match;
      any = true;
    }
    if (!any) continue;
    titles[i] = join_words(words[i]);
    ++titles_changed;
    if (changed) (*changed)[i] = true;
  }
  return titles_changed;
}

int restore_abbreviation_points(std::vector<std::string>& titles, const std::vector<bool>& read_by_ocr,
                                std::vector<bool>* changed) {
  if (changed) changed->assign(titles.size(), false);
  std::map<std::string, int> count;
  std::vector<std::vector<std::string>> words;
  for (const auto& t : titles) {
    words.push_back(split_words(t));
    for (const auto& w : words.back()) ++count[w];
  }
  int restored = 0;
  for (size_t i = 0; i < titles.size(); ++i) {
    if (i >= read_by_ocr.size() || !read_by_ocr[i] || words[i].size() < 2) continue;
    const std::string& last = words[i].back();
    const bool letters = last.size() >= 3 && std::all_of(last.begin(), last.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    });
    if (!letters || count[last] != 1 || count[last + "."] < 2) continue;
    words[i].back() += ".";
    titles[i] = join_words(words[i]);
    ++restored;
    if (changed) (*changed)[i] = true;
  }
  return restored;
}

namespace {

bool is_arabic_series(const std::string& t) { return t.size() == 1 && t[0] >= '2' && t[0] <= '9'; }
bool is_roman_series(const std::string& t) {
  return t.size() >= 2 && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

}  // namespace

int harmonise_series_numbers(std::vector<std::string>& titles, std::vector<bool>* changed, const std::vector<bool>* read_by_ocr) {
  if (changed) changed->assign(titles.size(), false);
  std::vector<std::string> stems, numbers;
  for (const auto& t : titles) {
    const size_t space = t.rfind(' ');
    stems.push_back(space == std::string::npos ? "" : lower(t.substr(0, space)));
    numbers.push_back(space == std::string::npos ? "" : t.substr(space + 1));
  }
  // A transcript numbers its series one way: when no title of the same stem tells (a scan read
  // "Química Clínica 1" and "Química Clínica 11"), the other titles' numbers do ("Inglés II",
  // "Biochimie clinique III" and no title ending in 2-9: the figures are misread numerals).
  int arabic_all = 0, roman_all = 0;
  for (const auto& n : numbers) {
    arabic_all += is_arabic_series(n);
    roman_all += is_roman_series(n);
  }
  int n_changed = 0;
  for (size_t i = 0; i < titles.size(); ++i) {
    const bool one = numbers[i] == "I" || numbers[i] == "1", two = numbers[i] == "II" || numbers[i] == "11";
    const bool three = numbers[i] == "III" || numbers[i] == "111";
    if (stems[i].empty() || (!one && !two && !three)) continue;
    int arabic = 0, roman = 0;
    for (size_t j = 0; j < titles.size(); ++j) {
      if (j == i || stems[j] != stems[i]) continue;
      arabic += is_arabic_series(numbers[j]);
      roman += is_roman_series(numbers[j]);
    }
    // Figures to numerals only, and only where OCR read them: a text layer prints what it means.
    const bool ocr = read_by_ocr && i < read_by_ocr->size() && (*read_by_ocr)[i];
    if (arabic == roman && arabic_all == 0 && ocr) roman = roman_all - is_roman_series(numbers[i]);
    const char* as_arabic = one ? "1" : two ? "11" : "111";
    const char* as_roman = one ? "I" : two ? "II" : "III";
    const std::string want = arabic > roman ? as_arabic : roman > arabic ? as_roman : numbers[i];
    if (want == numbers[i]) continue;
    titles[i] = titles[i].substr(0, titles[i].size() - numbers[i].size()) + want;
    ++n_changed;
    if (changed) (*changed)[i] = true;
  }
  return n_changed;
}

namespace {

std::string without_punctuation(const std::string& w) {
  std::string out;
  for (char c : w)
    if (!std::strchr(".,;:", c)) out += c;
  return out;
}

// The usual form of a word read as `w` (`seen` times): one that differs from it only in
// punctuation, printed at least twice and twice as often.
const std::string* usual_form(const std::string& w, int seen, const std::map<std::string, int>& count) {
  const std::string key = without_punctuation(w);
  if (key.empty()) return nullptr;
  const std::string* found = nullptr;
  for (const auto& [u, n] : count) {
    if (n < 2 || n < 2 * seen || u == w || without_punctuation(u) != key) continue;
    if (found) return nullptr;
    found = &u;
  }
  return found;
}

}  // namespace

std::vector<std::string> harmonise_term_labels(const std::vector<std::string>& headings) {
  std::map<std::string, int> count;
  std::vector<std::vector<std::string>> words;
  for (const auto& h : headings) {
    words.push_back(split_words(h));
    for (const auto& w : words.back()) ++count[w];
  }
  std::vector<std::string> out;
  for (auto& ws : words) {
    std::vector<std::string> fixed;
    for (size_t i = 0; i < ws.size(); ++i) {
      if (i + 1 < ws.size()) {
        const std::string pair = ws[i] + ws[i + 1];
        const int seen = std::max(count[ws[i]], count[ws[i + 1]]);
        const auto it = count.find(pair);
        const bool usual_as_one = it != count.end() && it->second >= 2 && it->second >= 2 * seen;
        const std::string* u = usual_as_one ? &it->first : usual_form(pair, seen, count);
        if (u) {
          fixed.push_back(*u);
          ++i;
          continue;
        }
      }
      const std::string* u = usual_form(ws[i], count[ws[i]], count);
      fixed.push_back(u ? *u : ws[i]);
    }
    out.push_back(join_words(fixed));
  }
  return out;
}

}  // namespace cc
