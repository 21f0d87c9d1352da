#include "extractors/identity.h"

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

// Words that begin the next field, capitalised like a name ("Mr. Tran Van Tuan Ngày sinh ...").
bool is_field_word(std::string_view word) {
  static const Regex& r = icase_regex(
      R"(^(ngày|sinh|date|dated|born|birth|fecha|data|née|né|nascido|nascida|urodzony|urodzona|născut|născută|)"
      R"(doğum|tarikh|tarih|id|no\.?|nr\.?|reg\.?|dob|d\.o\.b\.?)$)");
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
      R"(science|technology|degree|diploma|registrar|president|transcript|record|certificate|republic|office|)"
      R"(student|candidate|name|date|programme|program|course|department|faculty|board|the|of|and|employee|staff|)"
      // the same words in the languages of the documents (an institution is no person)
      R"(universidad|universidade|université|universite|universitas|universiti|universitatea|uniwersytet|)"
      R"(laboratorio|laboratório|laboratoire|laborator|laboratorium|clínica|clinica|clinique|hôpital|hopital|)"
      R"(hospitalul|spitalul|szpital|centro|instituto|institut|facultad|faculdade|faculté|escuela|école|colegio|)"
      R"(laboratorios|clínicos|clinicos|s\.a\.s?|ltda|ltd|inc|bhd|sdn|gmbh|s\.r\.l|sp\. z o\.o|código|matrícula|)"
      R"(matricula|estados|unidos|república|republica|république|românia|ministerio|ministry|ministère|)"
      R"(secretaría|gobierno|government|kingdom|federal|nacional|national|sciences|ciencias|constancia|)"
      R"(certificado|certificación|certificacion|attestation|certificat|adeverinţă|adeverință|zaświadczenie|)"
      R"(trabajo|travail|laboral|employment|work|service|experience|experiencia|expérience)\b)");
  return std::regex_search(name.begin(), name.end(), r);
}

bool plausible_name(std::string_view name) {
  const auto words = split_spaces(name);
  if (words.size() < 2 || words.size() > 7) return false;
  int letters = 0;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 4 && !has_stop_word(name);
}


// Reads name words from piece `i` of `run` on: the printed name and its character range.
// Honorifics before the name are part of the range (the name as printed keeps them).
std::optional<std::pair<std::size_t, std::size_t>> read_name_words(const TextRun& run, std::size_t i) {
  const std::size_t printed_first = i;
  while (i < run.pieces.size() && (is_honorific(run.word_text(i)) || is_title_abbreviation(run.word_text(i)))) ++i;
  const std::size_t first = i;
  std::size_t last = i;
  int count = 0;
  for (; i < run.pieces.size() && count < 7; ++i) {
    std::string w = run.word_text(i);
    const bool comma = !w.empty() && w.back() == ',';
    if (comma) w.pop_back();
    if (!is_name_word(w) || is_field_word(w)) break;
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
  while (!printed.empty() && std::string_view(";:,.-_|'\"").find(printed.front()) != std::string_view::npos)
    printed = trim(printed.substr(1));  // OCR specks before a value
  while (!printed.empty() && std::string_view(",;:").find(printed.back()) != std::string_view::npos) printed.pop_back();
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

// "This is to certify that Ms. X has ...", "conferred upon X the degree", "Be it known that X".
std::optional<FoundName> name_in_prose(const TextRun& text) {
  static const Regex& trigger = icase_regex(
      R"(\b(certify|certifies|confirm|confirms|verify|known)[\s-]+that\s+|\bconferred upon\s+|\bconfers upon\s+|)"
      R"(\bawarded to\s+|\bpresented to\s+|\bgranted to\s+|)"
      // the same in the languages of the documents: "atteste que Mme ...", "hace constar que la C. ...",
      // "En atención a que el señor ...", "se certifică faptul că doamna ...", "zaświadcza się, że Pani ..."
      R"(\b(atteste|attestons|certifie|certifions|certifica|certifico|certificamos|certifican|atesta|atestamos|)"
      R"(declara|declaramos|hace constar|hacemos constar|faz saber|certifică|confirmă|atestă|en atención a|)"
      // (a few words may come between: "Declaramos para os devidos fins que LETÍCIA ...")
      R"(zaświadcza się|zaświadcza|zaświadczamy|potwierdza się|potwierdza)(\s+faptul)?(?:\s+[a-z]+){0,4}?\s*(:\s*)?(que|că|,?\s*że)\s+)"
      // the article, then titles abbreviated before the name: "Que la Lic. T.M. KATHERINE ..."
      R"(((el|la|le|o|a|al)\s+)?(C\.\s+)?(?:(?:[A-Z][a-z]{1,3}\.|(?:[A-Z]{1,2}\.){2,3})\s+){0,3})");
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), trigger); it != SRegexIterator(); ++it) {
    const std::size_t after = static_cast<std::size_t>(it->position(0) + it->length(0));
    const auto range = read_name_words(text, piece_at(text, after));
    if (!range) continue;
    if (auto f = make_found(text, range->first, range->second, true)) return f;  // prose: natural order
  }
  return std::nullopt;
}

// "Mr./Ms. Given Surname" anywhere (letters that name the employee only with an honorific).
std::optional<FoundName> name_after_honorific(const TextRun& text) {
  for (std::size_t i = 0; i + 1 < text.pieces.size(); ++i) {
    if (!is_honorific(text.word_text(i)) || lower_ascii(text.word_text(i)).rfind("dr", 0) == 0)
      continue;
    const auto range = read_name_words(text, i);
    if (!range) continue;
    if (auto f = make_found(text, range->first, range->second, true)) return f;
  }
  return std::nullopt;
}

// Labels of a name. OCR often drops the colon: a specific label ("Employee Name") may go without
// one, a bare word ("Name", "Student") must have it.
// Labels in other languages too ("Nombre:", "Nom / Name:", "Aluno:", "Numele şi prenumele / Name:",
// "1.1 Imię i nazwisko:"), after a section number, with a translation after a slash.
#define CC_NAME_LABEL_MULTIWORD                                                                                  \
  R"(name of (the )?(student|candidate|graduate|employee|applicant|staff|staff member|technologist|holder)|)"    \
  R"((student|employee|graduate|candidate|applicant|staff)'?s? (full )?name|full name|)"                        \
  R"((surname|family name|last name)s? and (given|first|other) names?|(given|first) names? and (surname|family name)|)" \
  R"(noms? et prénoms?|prénoms? et noms?|nom complet|apellidos? y nombres?|nombres? y apellidos?|nombre completo|)" \
  R"(nombre del (alumno|estudiante|egresado)|nome completo|nome do alunoa?|numele (şi|și|si) prenumele|)"        \
  R"(nume(le)? (şi|și|si) prenume(le)?|imię i nazwisko|nazwisko i imię|ім'я та прізвище|прізвище та ім'я|)"     \
  R"(họ và tên|họ tên|ad(?:ı|i)? soyad(?:ı|i)?|nama (pelajar|pekerja|penuh|lengkap))"
#define CC_NAME_LABEL_WORD                                                                                       \
  R"(name|student|candidate|graduate|employee|awardee|applicant|nombre|nombres|nom|nome|aluno|aluna|alumno|)"   \
  R"(alumna|estudiante|étudiant|étudiante|egresado|egresada|nama|ім'я|imię|numele|nume|isim|adı)"
const Regex& name_label() {
  return icase_regex(
      R"(^(\d+(\.\d+)*\.?\s+)?(()" CC_NAME_LABEL_MULTIWORD "|" CC_NAME_LABEL_WORD R"()(\s*\([^)]{1,20}\))?\s*/\s*)?)"
      R"((()" CC_NAME_LABEL_MULTIWORD R"()(\s*\([^)]{1,20}\))?\s*:?|()" CC_NAME_LABEL_WORD R"()\s*:)\s*)");
}

// A label that names the surname before the given names: its value is printed in that order.
bool label_puts_surname_first(const std::string& label) {
  static const Regex& r = icase_regex(
      R"(\b((surname|family name|last name)s? and|noms? et prénoms?|apellidos? y nombres?|numele (şi|și|si) prenumele|)"
      R"(nume(le)? (şi|și|si) prenume|nazwisko i imię|прізвище та|họ và tên|họ tên))");
  return std::regex_search(label, r);
}

// Cut a label value before a following label printed too close to be its own cell.
std::size_t value_end(const TextRun& cell, std::size_t begin) {
  static const Regex& next_label = icase_regex(
      R"(\s(student (no|number|id)|id (no|number)|matric|registration|record no|date of|sex|prn|seat no|)"
      R"(enrolment|enrollment|\(contin|employee (no|number|id)|staff (no|number|id)|emp\.? no|)"
      R"(c(?:ó|o)digo|matr(?:í|i)cula|cédula|c\.c\.|nr\.|numer|born|née|né|nascid)|\s(?:-|–|\|)\s|)"
      // a given-name field after a surname's ("Nom : AIT OUHMANE Prénom : Youssef")
      R"(\s(?:given names?|first names?|prénoms?|nombres?|prenume|imię)\s*:)");
  std::smatch m;
  const std::string rest = cell.text.substr(begin);
  if (std::regex_search(rest, m, next_label)) return begin + static_cast<std::size_t>(m.position(0));
  return cell.text.size();
}

std::optional<FoundName> name_from_labels(const std::vector<TextRun>& lines) {
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const auto cells = line_cells(lines[l]);
    std::vector<TextRun> below;  // the next line's cells, for a value printed under its label
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::smatch m;
      // "Name                : Phyu Phyu Soe": a form's colon printed apart from its label, at the
      // start of the value's cell.
      const bool colon_apart = c + 1 < cells.size() && cells[c + 1].text.size() > 1 && cells[c + 1].text[0] == ':';
      const std::string label = colon_apart ? cells[c].text + ":" : cells[c].text;
      if (!std::regex_search(label, m, name_label())) continue;
      if (colon_apart && m.length(0) == static_cast<long>(label.size())) {
        const TextRun& value = cells[c + 1];
        std::size_t at = 1;
        while (at < value.text.size() && value.text[at] == ' ') ++at;
        if (auto f = make_found(value, at, value_end(value, at), false)) return f;
        continue;
      }
      if (colon_apart && !std::regex_search(cells[c].text, m, name_label())) continue;
      const TextRun* cell = &cells[c];
      std::size_t begin = static_cast<std::size_t>(m.length(0));
      if (begin >= cell->text.size() && c + 1 < cells.size()) {  // the value is the next cell
        cell = &cells[c + 1];
        begin = 0;
      } else if (begin >= cell->text.size()) {
        // A label alone at the end of its line: the value under it, starting near its left edge.
        if (l + 1 >= lines.size()) continue;
        below = line_cells(lines[l + 1]);
        const TextRun* under = nullptr;
        for (const TextRun& b : below)
          if (!b.pieces.empty() && std::abs(b.pieces.front().upright.x0 - cells[c].pieces.front().upright.x0) <= 3 * cells[c].height())
            under = &b;
        if (!under || under->text.empty() || under->text.back() == ':') continue;
        cell = under;
        begin = 0;
      }
      const std::size_t end = value_end(*cell, begin);
      auto f = make_found(*cell, begin, end, false);
      if (!f) continue;
      if (label_puts_surname_first(m.str(0)) && !contains(f->sighting.as_printed, ",") &&
          folded_words(f->sighting.natural) == folded_words(strip_honorific(f->sighting.as_printed))) {
        f->surname_first = true;  // no capitals tell where the surname ends: one word, unless others show
        auto words = split_spaces(f->sighting.natural);
        std::rotate(words.begin(), words.begin() + 1, words.end());
        f->sighting.natural = join_words(words);
      }
      return f;
    }
  }
  // OCR drops colons: "Candidate VIKRAM MOHAN PILLAI" is still a label and a name when the name is
  // printed the structured way (capitals, or surname and comma).
  static const Regex& bare = icase_regex(R"(^(name|student|candidate|graduate|employee|awardee)\s+)");
  for (const TextRun& line : lines)
    for (const TextRun& cell : line_cells(line)) {
      std::smatch m;
      if (!std::regex_search(cell.text, m, bare)) continue;
      const auto begin = static_cast<std::size_t>(m.length(0));
      const std::size_t end = value_end(cell, begin);
      const std::string value = cell.text.substr(begin, end - begin);
      if (!is_all_caps(value) && !contains(value, ",")) continue;
      if (auto f = make_found(cell, begin, end, false)) return f;
    }
  return std::nullopt;
}

// "Surname: X  Given Name: Y  Middle Name: Z" / "Surname: X  Other Names: Y".
std::optional<FoundName> name_from_split_fields(const std::vector<TextRun>& lines) {
  // An optional section number and a label in another language before a slash: "1.1 Nazwisko /
  // Family name(s):", "Apellidos / Surname:"; or the other language's label alone.
  #define CC_SPLIT_PREFIX R"(^(\d+(\.\d+)*\.?\s+)?([^:/]{1,40}/\s*)?)"
  static const Regex& surname = icase_regex(
      CC_SPLIT_PREFIX R"((surnames?|last names?|family names?|nazwisko|apellidos?|nom de famille|nom|sobrenome|apelidos|)"
      R"(numele de familie|numele|prezime|soyad(?:ı|i)?)(?=[\s:(]|$)(\s*\(s\)|\s*\([^)]{1,20}\))?\s*:?\s*)");
  static const Regex& given = icase_regex(
      CC_SPLIT_PREFIX R"((given names?|first names?|other names?|forenames?|imię|imiona|nombres?|prénoms?|prenumele|)"
      R"(prenume|ime|adı|ad)(?=[\s:(]|$)(\s*\(s\)|\s*\([^)]{1,20}\))?\s*:?\s*)");
  static const Regex& middle = icase_regex(CC_SPLIT_PREFIX R"((middle names?|middle initial)\s*:?\s*)");
  static const Regex& given_inside = icase_regex(
      R"(\s(given names?|first names?|other names?|forenames?|imię|imiona|nombres?|prénoms?|prenumele|prenume|adı)\s*:\s*)");
  #undef CC_SPLIT_PREFIX
  struct Part {
    std::string text;
    std::vector<Evidence> evidence;
  };
  std::optional<Part> sur, giv, mid;
  for (const TextRun& line : lines) {
    for (const TextRun& cell : line_cells(line)) {
      std::smatch m;
      for (auto [r, slot] : {std::pair{&surname, &sur}, std::pair{&given, &giv}, std::pair{&middle, &mid}}) {
        if (*slot || !std::regex_search(cell.text, m, *r)) continue;
        const auto begin = static_cast<std::size_t>(m.length(0));
        std::size_t end = cell.text.size();
        // The next field's label in the same cell ("Nom : AIT OUHMANE Prénom : Youssef") ends the
        // value; the given names follow it.
        std::smatch next;
        const std::string rest = cell.text.substr(begin);
        if (slot == &sur && std::regex_search(rest, next, given_inside)) {
          end = begin + static_cast<std::size_t>(next.position(0));
          const std::size_t from = begin + static_cast<std::size_t>(next.position(0) + next.length(0));
          const std::string given_value = trim_noise(cell.text.substr(from));
          if (!giv && !given_value.empty()) giv = Part{given_value, cell.evidence(from, cell.text.size())};
        }
        const std::string value = trim_noise(cell.text.substr(begin, end - begin));
        if (!value.empty()) *slot = Part{value, cell.evidence(begin, end)};
      }
    }
    if (sur && giv) break;
  }
  if (!sur || !giv) return std::nullopt;
  FoundName f;
  f.sighting.as_printed = sur->text + ", " + giv->text + (mid ? " " + mid->text : "");
  // "ГРИЦЕНКО / HRYTSENKO" and "ЮЛІЯ / YULIIA": each field in two scripts, the Latin compared.
  f.sighting.natural = natural_name(latin_words_of_bilingual(sur->text) + ", " + latin_words_of_bilingual(giv->text) +
                                    (mid ? " " + latin_words_of_bilingual(mid->text) : ""));
  if (!plausible_name(f.sighting.natural)) return std::nullopt;
  f.sighting.evidence = sur->evidence.empty() ? Evidence{} : sur->evidence.front();
  for (const auto* part : {&*giv, mid ? &*mid : nullptr}) {
    if (!part || part->evidence.empty()) continue;
    const Evidence& e = part->evidence.front();
    Evidence& out = f.sighting.evidence;
    if (e.page != out.page) continue;
    out.bbox.x0 = std::min(out.bbox.x0, e.bbox.x0);
    out.bbox.y0 = std::min(out.bbox.y0, e.bbox.y0);
    out.bbox.x1 = std::max(out.bbox.x1, e.bbox.x1);
    out.bbox.y1 = std::max(out.bbox.y1, e.bbox.y1);
    out.text += " " + e.text;
    out.confidence = std::min(out.confidence, e.confidence);
  }
  f.sighting.file = f.sighting.evidence.file;
  f.order_known = true;
  for (const std::string& w : folded_words(f.sighting.natural)) f.word_confidence[w] = f.sighting.evidence.confidence;
  return f;
}

// A cover note: the writer's name on the first line or under the closing.
std::optional<FoundName> name_on_first_line(const std::vector<TextRun>& lines) {
  for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 2); ++i) {
    const auto range = read_name_words(lines[i], 0);
    if (range && range->second >= lines[i].text.size() - 1)
      if (auto f = make_found(lines[i], range->first, range->second, false)) return f;
  }
  return std::nullopt;
}

// A diploma prints its holder's name on a line of its own ("confiere el título de ... a" / "PAOLA
// FERNANDA QUISHPE TOAPANTA"), whatever words lead to it: the line of name words alone, the tallest
// (a signatory's name is printed small, and beside its title).
std::optional<FoundName> name_standing_alone(const std::vector<TextRun>& lines) {
  static const Regex& office = icase_regex(
      R"(\b(rector|rectora|secretar\w*|dean|decan[oa]|director\w*|chancellor|recteur|doyen|registrar|president\w*|signature)\b)");
  const TextRun* best = nullptr;
  for (const TextRun& line : lines) {
    if (line_cells(line).size() != 1) continue;
    const auto words = split_spaces(line.text);
    if (words.size() < 2 || words.size() > 5 || std::regex_search(line.text, office)) continue;
    if (!std::all_of(words.begin(), words.end(), [](const std::string& w) { return is_name_word(w) && !is_field_word(w); })) continue;
    if (is_honorific(words.front()) || !plausible_name(line.text)) continue;
    if (!best || line.height() > best->height() * 1.1) best = &line;
  }
  if (!best) return std::nullopt;
  return make_found(*best, 0, best->text.size(), false);
}

// Every word of `part` is in `whole`, and `whole` has more.
bool contains_all_words(const std::string& whole, const std::string& part) {
  const auto w = folded_words(whole), p = folded_words(part);
  if (w.size() <= p.size()) return false;
  for (const std::string& word : p)
    if (std::find(w.begin(), w.end(), word) == w.end()) return false;
  return true;
}

std::optional<FoundName> find_in_segment(const SegmentView& segment) {
  const auto lines = segment_lines(segment);
  const TextRun text = segment_text(segment);
  if (segment.type == "employment_letter") {
    if (auto f = name_in_prose(text)) return f;
    if (auto f = name_from_labels(lines)) return f;
    return name_after_honorific(text);
  }
  if (segment.type == "other") {
    if (auto f = name_in_prose(text)) return f;  // "certify that ...": specific wherever it stands
    if (auto f = name_on_first_line(lines)) return f;
    return name_from_labels(lines);
  }
  auto labelled = name_from_labels(lines);
  auto split = name_from_split_fields(lines);
  // "Nom : AIT OUHMANE   Prénom : Youssef": a label that names only the surname read alone gives
  // part of the name; the split fields give all of it.
  if (labelled && split && contains_all_words(split->sighting.natural, labelled->sighting.natural)) return split;
  if (labelled) return labelled;
  if (split) return split;
  if (auto f = name_in_prose(text)) return f;
  // A certificate that names its holder only with an honorific ("Pani Joanna Ewa Mazur").
  if (segment.type != "diploma") return std::nullopt;
  if (auto f = name_after_honorific(text)) return f;
  return name_standing_alone(lines);
}

}  // namespace

std::optional<NameSighting> find_name(const SegmentView& segment) {
  auto f = find_in_segment(segment);
  if (!f) return std::nullopt;
  return f->sighting;
}

IdentityFacts extract_identity(const std::vector<SegmentView>& segments) {
  IdentityFacts out;
  std::vector<FoundName> found;
  for (const SegmentView& s : segments) {
    auto f = find_in_segment(s);
    if (!f) continue;
    f->segment_type = s.type;
    if (f->sighting.file.empty()) f->sighting.file = s.file;
    found.push_back(std::move(*f));
  }
  apply_consensus(found);
  // Surnames known for sure (comma forms, split fields, mixed-case prose), academic ones first.
  std::map<std::string, int> surnames;
  for (const FoundName& f : found)
    if (f.order_known) surnames[surname_of(f.sighting.natural)] += f.segment_type == "employment_letter" ? 1 : 3;
  std::string known_surname;
  int best_votes = 0;
  for (const auto& [s, votes] : surnames)
    if (votes > best_votes) known_surname = s, best_votes = votes;
  // A print whose order is not known, in the order of a known print of the same words turned
  // around ("GARCÍA MARTÍNEZ ALEJANDRA" / "ALEJANDRA GARCÍA MARTÍNEZ"); else by the known surname.
  for (FoundName& f : found) {
    if (f.order_known && !f.surname_first) continue;
    const std::string before = f.sighting.natural;
    for (const FoundName& k : found)
      if (k.order_known && !k.surname_first && f.sighting.natural == before)
        f.sighting.natural = order_like(f.sighting.natural, k.sighting.natural);
    if (f.sighting.natural == before && !known_surname.empty() && !f.surname_first)
      f.sighting.natural = reorder_by_surname(f.sighting.natural, known_surname);
  }

  const FoundName* best = nullptr;
  for (const FoundName& f : found)
    if (!best || reading_rank(f) > reading_rank(*best)) best = &f;
  if (best) {
    std::string name = best->sighting.natural;
    // Capitals lose case information ("McDonald"), a print without accents loses them ("Tran Van
    // Tuan" / "Trần Văn Tuấn"): take the mixed-case print of the same words with the most accents.
    int best_accents = -1;
    for (const FoundName& f : found) {
      if (is_all_caps(strip_honorific(f.sighting.as_printed)) || folded_words(f.sighting.natural) != folded_words(name)) continue;
      const int accents = non_ascii(f.sighting.natural);
      if (accents > best_accents) name = f.sighting.natural, best_accents = accents;
    }
    out.name = name;
  }
  for (const FoundName& f : found) {
    out.sightings.push_back(f.sighting);
    const std::string printed = strip_honorific(f.sighting.as_printed);
    if (out.name && printed == *out.name) continue;
    if (std::find(out.variants.begin(), out.variants.end(), printed) == out.variants.end())
      out.variants.push_back(printed);
  }
  return out;
}

NameMatch match_names(std::string_view a, std::string_view b) {
  const std::string na = natural_name(a), nb = natural_name(b);
  auto wa = folded_words(na), wb = folded_words(nb);
  if (wa.empty() || wb.empty()) return {false, "a name is missing"};
  auto sorted_a = wa, sorted_b = wb;
  std::sort(sorted_a.begin(), sorted_a.end());
  std::sort(sorted_b.begin(), sorted_b.end());
  if (sorted_a == sorted_b) return {};  // same words, other order (surname first without comma)
  const auto sa = folded_words(surname_of(na)), sb = folded_words(surname_of(nb));
  std::string ja, jb;
  for (const auto& w : sa) ja += w;
  for (const auto& w : sb) jb += w;
  if (ja != jb) {
    // Surname first without a comma: the other's surname may lead this one.
    const std::string ra = reorder_by_surname(na, surname_of(nb)), rb = reorder_by_surname(nb, surname_of(na));
    if (ra != na) return match_names(ra, nb);
    if (rb != nb) return match_names(na, rb);
    return {false, "different surname: " + join_words(sa) + " / " + join_words(sb)};
  }
  std::vector<std::string> ga(wa.begin(), wa.end() - static_cast<long>(sa.size()));
  std::vector<std::string> gb(wb.begin(), wb.end() - static_cast<long>(sb.size()));
  if (ga.empty() || gb.empty()) return {};
  const std::size_t n = std::min(ga.size(), gb.size());
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& x = ga[i];
    const std::string& y = gb[i];
    if (x == y) continue;
    const bool initial = (x.size() == 1 && y[0] == x[0]) || (y.size() == 1 && x[0] == y[0]);
    if (initial && i > 0) continue;  // middle initial against the full middle name
    if (initial && i == 0) continue;  // an initial for the given name
    return {false, std::string(i == 0 ? "different given name: " : "different middle name: ") + x + " / " + y};
  }
  return {};
}

}  // namespace cc
