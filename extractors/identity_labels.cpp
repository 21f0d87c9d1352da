// Names found by the labels of a form (identity_parts.h): "Name:", "Name of Student", "Nombre:",
// "Nom / Name:", a label's value beside or under it, a label that puts the surname first; and the
// split fields "Surname: X  Given Name: Y", in any of the documents' languages.
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
#include "extractors/document_words.h"

namespace cc {

namespace {

std::vector<std::string> split_spaces(std::string_view s) { return split_words(s); }
std::vector<std::string> folded_words(std::string_view name) { return folded_name_words(name); }

}  // namespace

// Labels of a name. OCR often drops the colon: a specific label ("Employee Name") may go without
// one, a bare word ("Name", "Student") must have it.
// Labels in other languages too ("Nombre:", "Nom / Name:", "Aluno:", "Numele şi prenumele / Name:",
// "1.1 Imię i nazwisko:"), after a section number, with a translation after a slash.
#define CC_NAME_LABEL_MULTIWORD                                                                                  \
  R"(name of (the )?(student|candidate|graduate|employee|applicant|staff|staff member|technologist|holder|)"     \
  R"(officer|official|incumbent|worker|trainee|intern)|)"                                                          \
  R"((student|employee|graduate|candidate|applicant|staff)'?s? (full )?name|full name|)"                        \
  R"((surname|family name|last name)s? and (given|first|other) names?|(given|first) names? and (surname|family name)|)" \
  R"((surname|family name),? (first |given )?name,? (and )?patronymic|)"                                           \
  R"(noms?,? post-?noms?,? et prénoms?|noms? et prénoms?|prénoms? et noms?|nom complet|apellidos? y nombres?|nombres? y apellidos?|nombre completo|)" \
  R"(nombre del (alumno|estudiante|egresado)|nome completo|nome do alunoa?|numele (şi|și|si) prenumele|)"        \
  R"(nume(le)? (şi|și|si) prenume(le)?|imię i nazwisko|nazwisko i imię|ім'я та прізвище|прізвище та ім'я|)"     \
  R"(họ và tên|họ tên|ad(?:ı|i)? soyad(?:ı|i)?|nama (pelajar|pekerja|penuh|lengkap))"
#define CC_NAME_LABEL_WORD                                                                                       \
  R"(names?|student|candidate|graduate|employee|awardee|applicant|nombre|nombres|nom|nome|aluno|aluna|alumno|)"   \
  R"(alumna|estudiante|étudiant|étudiante|egresado|egresada|nama|ім'я|imię|numele|nume|isim|adı|)"  \
  R"(naam|ime i prezime)"
const Regex& name_label() {
  return icase_regex(
      R"(^(\d+(\.\d+)*\.?\s+)?(()" CC_NAME_LABEL_MULTIWORD "|" CC_NAME_LABEL_WORD R"()(\s*\([^)]{1,20}\))?\s*/\s*)?)"
      R"((()" CC_NAME_LABEL_MULTIWORD R"()(\s*\([^)]{1,20}\))?\s*:?|()" CC_NAME_LABEL_WORD R"()\s*:)\s*)");
}

// A name whose inner word links it to a parent's name ("Sidi Mohamed ould Sidi", "Mounina mint
// Bouna": son, daughter of) is printed in its own order whatever the label says: the person's names
// come before the link and the parent's after it, and no surname stands first to be moved.
bool links_to_a_parent(const std::string& natural) {
  static const Regex& link = icase_regex("^" + document_words_alternation("name_filiation") + "$");
  const auto words = split_spaces(natural);
  for (std::size_t i = 1; i + 1 < words.size(); ++i)
    if (std::regex_match(words[i], link)) return true;
  return false;
}

// A label that names the surname before the given names: its value is printed in that order.
bool label_puts_surname_first(const std::string& label) {
  static const Regex& r = icase_regex(
      R"(\b((surname|family name|last name)s? and|(surname|family name),? (first |given )?name,? (and )?patronymic|noms? et prénoms?|apellidos? y nombres?|numele (şi|și|si) prenumele|)"
      R"(nume(le)? (şi|și|si) prenume|nazwisko i imię|прізвище та|họ và tên|họ tên))");
  return std::regex_search(label, r);
}

// A label that names each part of the name in the order printed ("Nom, post-nom et prénom",
// "Surname, name, patronymic", "Фамилия, имя, отчество"): the natural order of a value of as many
// words is the given name, the middle part (a post-nom, a patronymic), then the surname. Empty when
// the label does not name all three parts.
std::string natural_by_label_roles(const std::string& label, const std::string& printed) {
  static const Regex& part = icase_regex(
      R"((post-?noms?|patronymic|middle names?|отчество|по батькові)|(prénoms?|given names?|first names?|имя|ім'я)|)"
      R"((surnames?|family names?|last names?|noms?|фамилия|прізвище)|(\bnames?\b))");
  std::string roles;  // 'm' middle, 'g' given, 's' surname, in the label's order
  for (auto it = SRegexIterator(label.begin(), label.end(), part); it != SRegexIterator(); ++it) {
    const char role = (*it)[1].matched ? 'm' : (*it)[2].matched ? 'g' : (*it)[3].matched ? 's' : 'n';
    // a plain "name" after the surname is the given name ("Surname, name, patronymic")
    roles += role == 'n' ? (roles.find('s') != std::string::npos ? 'g' : 'n') : role;
  }
  std::string sorted = roles;
  std::sort(sorted.begin(), sorted.end());
  const auto words = split_spaces(printed);
  if (sorted != "gms" || words.size() != 3 || contains(printed, ",")) return {};
  std::string out;
  for (const char role : std::string("gms")) out += (out.empty() ? "" : " ") + name_case(words[roles.find(role)]);
  return out;
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

// A label printed in two languages over two lines, its value beside the first ("Työntekijä /   Henna
// Heikkinen" over "Employee:", "1.1 Uzvārds   Liepiņa" over "Family name"): the first line's label
// begins where the translation does, ends in the slash or begins with the field's number, and the
// value is the cell after it. The line under a label is never its value when it is such a label.
static std::optional<TextRun> value_beside_label_above(const std::vector<TextRun>& lines, std::size_t l, const TextRun& label) {
  if (l == 0 || label.pieces.empty()) return std::nullopt;
  const auto above = line_cells(lines[l - 1]);
  if (above.size() < 2 || above[0].pieces.empty()) return std::nullopt;
  if (std::abs(above[0].pieces.front().upright.x0 - label.pieces.front().upright.x0) > 3 * label.height()) return std::nullopt;
  static const Regex& first_language = icase_regex(R"(/\s*$|^\d+(\.\d+)+\.?\s+[^\d\s])");
  if (!std::regex_search(above[0].text, first_language)) return std::nullopt;
  return above[1];
}

std::optional<FoundName> name_from_labels(const std::vector<TextRun>& lines) {
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const auto cells = line_cells(lines[l]);
    std::vector<TextRun> below;  // the next line's cells, for a value printed under its label
    std::optional<TextRun> beside;  // the value beside the label's first language, on the line above
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::smatch m;
      // "Name                : Phyu Phyu Soe": a form's colon printed apart from its label, at the
      // start of the value's cell.
      const bool colon_apart = c + 1 < cells.size() && cells[c + 1].text.size() > 1 && cells[c + 1].text[0] == ':';
      // (Or the colon alone in a cell of its own, the value in the next: "Names   :   SURNAME Given".)
      const bool colon_alone = c + 2 < cells.size() && trim(cells[c + 1].text) == ":";
      const std::string label = colon_apart || colon_alone ? cells[c].text + ":" : cells[c].text;
      if (!std::regex_search(label, m, name_label())) continue;
      if (colon_alone && m.length(0) == static_cast<long>(label.size())) {
        const TextRun& value = cells[c + 2];
        if (auto f = make_found(value, 0, value_end(value, 0), false)) return f;
        continue;
      }
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
      } else if (begin >= cell->text.size() && (beside = value_beside_label_above(lines, l, cells[c]))) {
        cell = &*beside;  // the label's translation under its first language, the value beside that
        begin = 0;
      } else if (begin >= cell->text.size()) {
        // A label alone at the end of its line: the value under it, starting near its left edge.
        if (l + 1 >= lines.size()) continue;
        below = line_cells(lines[l + 1]);
        const TextRun* under = nullptr;
        for (const TextRun& b : below)
          if (!b.pieces.empty() && std::abs(b.pieces.front().upright.x0 - cells[c].pieces.front().upright.x0) <= 3 * cells[c].height())
            under = &b;
        if (!under || under->text.empty() || under->text.back() == ':' || under->text.back() == '/') continue;
        cell = under;
        begin = 0;
      }
      const std::size_t end = value_end(*cell, begin);
      auto f = make_found(*cell, begin, end, false);
      if (!f) continue;
      const std::string by_roles = natural_by_label_roles(m.str(0), strip_honorific(f->sighting.as_printed));
      if (!by_roles.empty()) {
        f->sighting.natural = by_roles;
        f->order_known = f->roles_known = true;  // the label gives each word's part
        return f;
      }
      if (label_puts_surname_first(m.str(0)) && !contains(f->sighting.as_printed, ",") &&
          !links_to_a_parent(f->sighting.natural) &&
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
  // (Dutch "Naam", German "Name", Croatian "Ime i prezime", the same label in its languages)
  static const Regex& bare_alone = icase_regex(R"(^\s*(name|full\s+name|naam|volledige\s+naam|ime\s+i\s+prezime)\s*$)");
  for (const TextRun& line : lines) {
    // A form's label in a cell of its own and its value in the next ("Name        Fatma Ali Al Saadi"):
    // the gap between the cells says where the label ends, whatever the value's case.
    const auto cells = line_cells(line);
    if (cells.size() == 2 && std::regex_search(cells[0].text, bare_alone))
      if (auto f = make_found(cells[1], 0, value_end(cells[1], 0), false)) return f;
  }
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
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const TextRun& line = lines[l];
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
        // (Not a label that names both, "Apellidos y nombres:": a surname begins with a capital.)
        const bool capital_first = !rest.empty() && (std::isupper(static_cast<unsigned char>(trim(rest)[0])) ||
                                                     static_cast<unsigned char>(trim(rest)[0]) >= 0xC0);
        if (slot == &sur && capital_first && std::regex_search(rest, next, given_inside) && next.position(0) > 1) {
          end = begin + static_cast<std::size_t>(next.position(0));
          const std::size_t from = begin + static_cast<std::size_t>(next.position(0) + next.length(0));
          const std::string given_value = trim_noise(cell.text.substr(from));
          if (!giv && !given_value.empty()) giv = Part{given_value, cell.evidence(from, cell.text.size())};
        }
        const std::string value = trim_noise(cell.text.substr(begin, end - begin));
        if (!value.empty()) *slot = Part{value, cell.evidence(begin, end)};
        // ("1.1 Uzvārds   Liepiņa" over "Family name": the value beside the label's first language)
        if (value.empty() && begin >= cell.text.size())
          if (const auto beside = value_beside_label_above(lines, l, cell); beside && !trim_noise(beside->text).empty())
            *slot = Part{trim_noise(beside->text), beside->evidence(0, beside->text.size())};
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

}  // namespace cc
