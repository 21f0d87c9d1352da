// What a printed person's name is (identity_parts.h): the words a name is made of, the words that
// make a run of capitalised words an institution or the next field rather than a name, and a found
// name built from a run of words (its natural order, its evidence, how sure each word was read).
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "extractors/identity_parts.h"
#include "extractors/name_order.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

bool is_particle(std::string_view word) { return is_name_particle(word); }
bool is_honorific(std::string_view word) { return is_honorific_word(word); }
std::vector<std::string> split_spaces(std::string_view s) { return split_words(s); }
std::vector<std::string> folded_words(std::string_view name) { return folded_name_words(name); }

}  // namespace

// Words that begin the next field, capitalised like a name ("Mr. Tran Van Tuan Ngày sinh ...").
bool is_field_word(std::string_view word) {
  static const Regex& r = icase_regex(
      R"(^(ngày|sinh|date|dated|born|birth|fecha|data|née|né|nascido|nascida|urodzony|urodzona|născut|născută|)"
      R"(doğum|tarikh|tarih|id|no\.?|nr\.?|reg\.?|dob|d\.o\.b\.?|)"
      // an identifier's label after the name ("Code permanent :", "Matricule", "Código") and "born" in
      // German and Lithuanian ("geb.", "geboren", "gim.")
      R"(code|codigo|código|matricule|matricula|matrícula|geboren|geb\.|gim\.)$)");
  return std::regex_match(word.begin(), word.end(), r);
}

// A word that can be part of a printed person's name: capitalised, an initial, or a particle.
bool is_name_word(std::string_view word) {
  if (word.empty()) return false;
  if (is_particle(word)) return true;
  const auto first = static_cast<unsigned char>(word[0]);
  if (!(std::isupper(first) || first >= 0xC0)) return false;
  for (char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isdigit(c)) return false;
    if (!(std::isalpha(c) || c >= 0x80 || c == '\'' || c == '-' || c == '.')) return false;
  }
  return true;
}

bool has_stop_word(std::string_view name) {
  static const Regex& r = icase_regex(
      R"(\b(university|college|institute|school|hospital|laboratory|laboratories|centre|center|clinic|bachelor|)"
      R"(science|technology|degree|diploma|diplôme|diplome|licence|licenciad[oa]|licenciatura|registrar|registrador|registradora|president|transcript|record|certificate|republic|office|)"
      R"(student|candidate|name|date|programme|program|course|department|faculty|board|the|of|and|employee|staff|)"
      // the same words in the languages of the documents (an institution is no person)
      R"(universidad|universidade|université|universite|universitas|universiti|universitatea|uniwersytet|)"
      R"(laboratorio|laboratório|laboratoire|laborator|laboratorium|clínica|clinica|clinique|hôpital|hopital|)"
      R"(hospitalul|spitalul|szpital|centro|instituto|institut|facultad|faculdade|faculté|faculte|escuela|école|colegio|)"
      R"(laboratorios|clínicos|clinicos|s\.a\.s?|ltda|ltd|inc|bhd|sdn|gmbh|s\.r\.l|sp\. z o\.o|código|matrícula|)"
      R"(matricula|estados|unidos|república|republica|république|republique|repubblica|republik|românia|ministerio|ministry|ministère|)"
      // "republic" in the words of other former-Soviet and African states' headings (Azerbaijani and
      // Uzbek respublikasi, Malagasy repoblika, Swahili jamhuri, Turkish cumhuriyeti)
      R"(respublika|respublikasi|respublikası|repoblika|repoblikan|jamhuri|cumhuriyeti|cumhuriyet|)"
      // a translator's heading ("TRANSLATION FROM AZERBAIJANI") and its words in other languages
      R"(translation|translated|traduction|traducción|traduccion|tradução|traducao|traduzione|)"
      // the officer a signatory's name runs on into ("Mr. Ravinesh Kumar" / "Vice-Chancellor")
      R"(chancellor|rector|rectora|recteur|rettore|reitor|reitora|director|directora|directeur|secretary|manager|officer|)"
      R"(secretaría|gobierno|government|kingdom|federal|nacional|national|sciences|ciencias|constancia|)"
      R"(certificado|certificación|certificacion|attestation|certificat|adeverinţă|adeverință|zaświadczenie|)"
      R"(trabajo|travail|laboral|employment|work|service|experience|experiencia|expérience|diplôme|diplÔme|diplome)\b)");
  return std::regex_search(name.begin(), name.end(), r);
}

// Institutions in languages that build words by compounding (German "Universitätsklinikum",
// "Kreiskrankenhaus", "Hochschule", Lithuanian "ligoninė", "kolegija") and the certificate's own words
// ("Profesinio Bakalauro Diplomas") hold the class word inside a longer word: matched as parts of
// words, on the folded name. No person's name holds one of these stems.
bool has_institution_stem(const std::string& folded_lower) {
  static const Regex& r = icase_regex(
      R"(universit|hochschul|klinik|krankenhaus|spital|ligonin|kolegij|diplom|bakalaur|laborator|ministr|fakult|)"
      R"(akademi|institu|respubli|republi|)"
      // (the words for a college or a school of higher education: Latvian "augstskola", "koledža",
      // Dutch "hogeschool", Finnish "yliopisto", "(ammatti)korkeakoulu", Czech/Slovak "vysoká škola")
      R"(augstskol|koledz|hogeschool|yliopist|korkeakoul|vysoka skola|)"
      // (Swedish, Danish, Norwegian "högskola", "højskole", "høgskole"; Slovenian "univerza",
      // "bolnišnica" (hospital); Estonian "ülikool", "kõrgkool", "haigla" (hospital))
      R"(hogskol|hojskol|hoyskol|hogskul|univerz|bolnisnic|ulikool|korgkool|haigla)");
  return std::regex_search(folded_lower, r);
}

namespace {
std::string_view trim_view(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}
}  // namespace

bool plausible_name(std::string_view name) {
  const auto words = split_spaces(name);
  if (words.size() < 2 || words.size() > 7) return false;
  // A particle and one word ("El Rey", "La Direction") names no one: a person's name has a given name
  // besides the particle and the surname.
  if (words.size() == 2 && is_particle(words[0])) return false;
  int letters = 0;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
  }
  // (std::regex folds the case of ASCII only and sees no word boundary after "É": "UNIVERSITÉ" is
  // looked up folded too.)
  const std::string folded = fold_latin(lower_utf8(std::string(name)));
  // A name quoted after a word is a company's or a school's ("SIA “BioLab Baltija”", "ЈЗУ „Козјак“"):
  // a person's name is never quoted. (A mark before the whole name, "« LOURDES ...", is a stray
  // mark, dropped elsewhere.)
  static const std::array<std::string_view, 5> quotes = {"\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"};
  const std::string_view inner = trim_view(name);
  for (std::string_view q : quotes)
    if (const auto at = inner.find(q); at != std::string_view::npos && at + q.size() < inner.size() &&
                                       (at > 0 || inner[at + q.size()] != ' '))
      return false;
  return letters >= 4 && !has_stop_word(name) && !has_stop_word(folded) && !has_institution_stem(folded);
}


// Reads name words from piece `i` of `run` on: the printed name and its character range.
// Honorifics before the name are part of the range (the name as printed keeps them).
std::optional<std::pair<std::size_t, std::size_t>> read_name_words(const TextRun& run, std::size_t i) {
  const std::size_t printed_first = i;
  while (i < run.pieces.size() && (is_honorific(run.word_text(i)) || is_title_abbreviation(run.word_text(i)) ||
                                    (is_civility_article(run.word_text(i)) && i + 1 < run.pieces.size() &&
                                     is_honorific(run.word_text(i + 1)))))
    ++i;
  const std::size_t first = i;
  std::size_t last = i;
  int count = 0;
  for (; i < run.pieces.size() && count < 7; ++i) {
    std::string w = run.word_text(i);
    const bool comma = !w.empty() && w.back() == ',';
    if (comma) w.pop_back();
    if (!is_name_word(w) || is_field_word(w)) break;
    // A word whose colon is printed apart is the next field's label ("Spécialité : ...").
    if (count >= 2 && i + 1 < run.pieces.size() && run.word_text(i + 1) == ":") break;
    // A number sign ("N°", "Nº", "No.", "#") follows the label of a number, and a label in capitals
    // after a comma looks like a name word: "ROCÍO FERNÁNDEZ, CUIL N° 27-...". The label is no part.
    static const Regex& number_sign = icase_regex(R"(^(n°|nº|no\.?|nr\.?|#)$)");
    if (std::regex_match(w, number_sign)) {
      const bool label_after_comma = last + 1 == i && count > 2 && i >= first + 2 &&
                                     !run.word_text(i - 2).empty() && run.word_text(i - 2).back() == ',';
      if (label_after_comma) --last, --count;
      break;
    }
    last = i;
    ++count;
    // A full stop after a word longer than an initial ends the sentence: "... El-Naggar. Egyptian".
    if (w.size() > 3 && w.back() == '.' && !is_honorific(w) && w.find('.') == w.size() - 1) break;
    // "MARTÍNEZ PEÑA, ANDRÉS FELIPE": a surname in capitals and a comma go on to given names in
    // capitals; after anything else a comma ends the name ("Mary Smith, Medical Technologist").
    if (!comma) continue;
    const std::string so_far = run.text.substr(run.pieces[first].begin, run.pieces[i].end - run.pieces[first].begin);
    const bool first_comma = std::count(so_far.begin(), so_far.end(), ',') == 1;
    const bool capitals_go_on = i + 1 < run.pieces.size() && is_all_caps(so_far) && is_all_caps(run.word_text(i + 1)) &&
                                is_name_word(run.word_text(i + 1));
    if (!(first_comma && capitals_go_on)) break;
  }
  if (count < 2) return std::nullopt;
  std::size_t end = run.pieces[last].end;
  if (run.text[end - 1] == ',') --end;
  // A particle cannot end a name ("... Dela" + "the degree"): drop trailing particles.
  while (last > first && is_particle(run.word_text(last))) {
    --last;
    end = run.pieces[last].end;
  }
  if (printed_first >= run.pieces.size()) return std::nullopt;
  return std::make_pair(run.pieces[printed_first].begin, end);
}

std::size_t piece_at(const TextRun& run, std::size_t offset) {
  for (std::size_t i = 0; i < run.pieces.size(); ++i)
    if (run.pieces[i].begin >= offset) return i;
  return run.pieces.size();
}

// "ЮЛІЯ / Yuliia ГРИЦЕНКО / Hrytsenko": a name printed in two scripts word by word, each word with
// its transliteration after a slash. The Latin words are the name the other documents compare with.
std::string latin_words_of_bilingual(const std::string& name) {
  if (name.find('/') == std::string::npos) return name;
  auto non_latin = [](const std::string& w) {
    for (char ch : w)
      if (static_cast<unsigned char>(ch) >= 0xCD) return true;  // lead bytes past Latin Extended-B / IPA
    return false;
  };
  auto has_ascii_letter = [](const std::string& w) {
    for (char ch : w)
      if (std::isalpha(static_cast<unsigned char>(ch))) return true;
    return false;
  };
  std::vector<std::string> latin;
  bool other_script = false;
  for (const std::string& w : split_spaces(name)) {
    if (w == "/") continue;
    if (non_latin(w)) other_script = true;
    else if (has_ascii_letter(w)) latin.push_back(w);
  }
  return other_script && !latin.empty() ? join_words(latin) : name;
}

std::optional<FoundName> make_found(const TextRun& run, std::size_t begin, std::size_t end, bool order_known) {
  std::string printed = trim(run.text.substr(begin, end - begin));
  // OCR specks before a value, and the marks no name begins with in any language (an inverted
  // exclamation mark read from a speck, a quotation mark, a dash, a bullet).
  static const std::vector<std::string_view> leading_marks = {"¡", "¿", "«", "»", "“", "”", "„", "‘", "’", "—", "–", "•", "·", "°"};
  for (bool stripped = true; stripped && !printed.empty();) {
    stripped = false;
    if (std::string_view(";:,.-_|'\"!?*~").find(printed.front()) != std::string_view::npos) {
      printed = trim(printed.substr(1));
      stripped = true;
      continue;
    }
    for (const std::string_view mark : leading_marks)
      if (printed.starts_with(mark)) {
        printed = trim(printed.substr(mark.size()));
        stripped = true;
        break;
      }
  }
  while (!printed.empty() && std::string_view(",;:").find(printed.back()) != std::string_view::npos) printed.pop_back();
  // ... and after it ("LOURDES CHOQUE CONDORI ¡": a speck at the line's end)
  for (bool stripped = true; stripped && !printed.empty();) {
    stripped = false;
    if (std::string_view("|_!?*~\"").find(printed.back()) != std::string_view::npos) {
      printed = trim(printed.substr(0, printed.size() - 1));
      stripped = true;
      continue;
    }
    for (const std::string_view mark : leading_marks)
      if (printed.ends_with(mark)) {
        printed = trim(printed.substr(0, printed.size() - mark.size()));
        stripped = true;
        break;
      }
  }
  // A sentence's full stop is not part of the name; an initial's is ("DELA CRUZ, MARIA S.").
  const auto last_space = printed.rfind(' ');
  if (!printed.empty() && printed.back() == '.' && printed.size() - (last_space == std::string::npos ? 0 : last_space + 1) > 2)
    printed.pop_back();
  const std::string bare = latin_words_of_bilingual(strip_honorific(printed));
  if (!plausible_name(bare)) return std::nullopt;
  FoundName f;
  f.sighting.as_printed = printed;
  f.sighting.natural = natural_name(bare);
  auto ev = run.evidence(begin, end);
  if (!ev.empty()) {
    f.sighting.evidence = ev.front();
    f.sighting.file = ev.front().file;
  }
  f.order_known = order_known || contains(bare, ",") || !is_all_caps(bare);
  for (const auto* piece : run.pieces_in(begin, end))
    for (const std::string& w : folded_words(run.text.substr(piece->begin, piece->end - piece->begin)))
      f.word_confidence[w] = piece->word->confidence;
  // OCR loses the full stop of an initial ("Lauren N Vasquez"): formal documents print it.
  const auto pieces = run.pieces_in(begin, end);
  if (!pieces.empty() && pieces.front()->page.page && pieces.front()->page.page->source == TextSource::ocr) {
    // A speck read as a full stop inside a word ("KRIST.INE"): names have none there.
    auto tokens = split_spaces(f.sighting.as_printed);
    for (auto& w : tokens) {
      const auto dot = w.find('.');
      // npos first: npos + 2 wraps to 1, which let words without a dot through (fuzz finding).
      if (dot == std::string::npos || dot < 2 || dot + 2 >= w.size() || is_honorific(w.substr(0, dot + 1))) continue;
      if (std::isalpha(static_cast<unsigned char>(w[dot - 1])) && std::isalpha(static_cast<unsigned char>(w[dot + 1])))
        w.erase(dot, 1);
    }
    f.sighting.as_printed = join_words(tokens);
    f.sighting.natural = natural_name(strip_honorific(f.sighting.as_printed));
    auto add_stops = [](const std::string& name) {
      auto words = split_spaces(name);
      for (auto& w : words) {
        if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) continue;
        if (w.size() == 1) w += '.';
        // "S$", "S," for "S.": an initial followed by a misread stop.
        else if (w.size() == 2 && !std::isalnum(static_cast<unsigned char>(w[1])) && w[1] != '.' && w[1] != ',') w[1] = '.';
      }
      return join_words(words);
    };
    f.sighting.as_printed = add_stops(f.sighting.as_printed);
    f.sighting.natural = add_stops(f.sighting.natural);
  }
  return f;
}

}  // namespace cc
