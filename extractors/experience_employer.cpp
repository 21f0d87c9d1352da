// The employer an employment letter names (experience_parts.h): in its body ("employed by X as"),
// else its letterhead, the most prominent line at the top; OCR's misreadings of company suffixes.
#include <algorithm>
#include <array>
#include <cctype>

#include "extractors/experience_parts.h"
#include "core/regex.h"
#include "extractors/document_words.h"

namespace cc {

namespace {

// "Sp. z o.o.", "S.A.C.", "Sdn. Bhd.", "Ltd.": a name that ends in an abbreviation keeps the full
// stop that trimming took (the stop belongs to the abbreviation, even when it also ends a sentence).
// An abbreviation: a last word with a stop inside ("o.o", "S.A.C", "A.Ş"), one after another
// abbreviated word ("Sdn. Bhd"), or a company form that is always shortened.
std::string keep_abbreviation_stop(const std::string& name, std::string_view printed) {
  const std::string raw = trim(printed);
  if (name.empty() || name.back() == '.' || raw.size() <= name.size() || raw[name.size()] != '.' ||
      raw.compare(0, name.size(), name) != 0)
    return name;
  const std::size_t space = name.rfind(' ');
  const std::string last = space == std::string::npos ? name : name.substr(space + 1);
  const std::string before = space == std::string::npos ? "" : trim(name.substr(0, space));
  static const Regex& company_form = icase_regex(
      R"(^(ltd|ltda|lda|inc|co|corp|bhd|pvt|plc|pte|pty|llc|gmbh|cía|cia|sa|sarl|srl|sl|slu|sas|sac|spa|bv|nv|ag|as|ab|oy|kft|jsc|ooo|mmc|tbk|cv|)"
      // (Icelandic "ehf.", "hf." (private and public limited companies), Danish "ApS", Norwegian "ASA", Finnish "Oyj")
      R"(ehf|hf|aps|asa|oyj)$)");
  const bool dotted = last.find('.') != std::string::npos;
  const bool after_abbreviation = !before.empty() && before.back() == '.';
  if (dotted || after_abbreviation || std::regex_search(last, company_form)) return name + ".";
  return name;
}

// "[Letterhead: Al-Karmel Medical Laboratories]": a translation labels what it renders.
std::string without_translator_label(const std::string& name) {
  static const Regex& label = icase_regex(R"(^(?:letterhead|heading|header|logo|emblem|stamp|seal)\s*:\s*)");
  return std::regex_replace(name, label, "");
}

// The state above an employer in an official letterhead ("Arab Republic of Egypt", "Ministry of
// Health and Population", "République Algérienne Démocratique et Populaire", "Sở Y Tế / Department
// of Health"; "Azərbaycan Respublikası", "Repoblikan'i Madagasikara": the word for republic in the
// states' own languages): the authority the employer belongs to, never the employer itself.
bool names_a_state_authority(const std::string& line) {
  // (Matched on the lower-cased line; words in other scripts carry no \b, which sees only ASCII.)
  static const Regex& state = icase_regex(
      R"((?:^|[^a-z])(republic|r(?:é|e)publique|rep(?:ú|u)blica|republik|respublika[a-z]*|repoblika[a-z]*|jamhuri|cumhuriyet[a-z]*|kingdom|royaume|reino|kerajaan|federation|f(?:é|e)d(?:é|e)ration|)"
      R"(commonwealth|emirates?|sultanate|state of|government|gouvernement|gobierno|governo|pemerintah|)"
      R"(ministry|minist(?:è|e)re|ministerio|minist(?:é|e)rio|kementerian|department of health|health directorate|)"
      R"(secretar(?:í|i)a de salud|dinas kesehatan|)"
      // a region's or a province's health authority: "Délégation Sanitaire Provinciale du ...",
      // "Direction Régionale de la Santé", "Regional Health Directorate"
      R"(d(?:é|e)l(?:é|e)gation (?:r(?:é|e)gionale |provinciale |d(?:é|e)partementale )?(?:sanitaire|de la sant(?:é|e))|)"
      R"(direction (?:r(?:é|e)gionale|provinciale|d(?:é|e)partementale) de la sant(?:é|e)|regional health (?:directorate|authority))(?![a-z])|cộng hòa|bộ y tế|sở y tế|республик|министерств|министрлігі)");
  // (and as printed: lower_utf8 folds Latin letters only)
  // (Greek: "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", the Hellenic Republic; "ΥΠΟΥΡΓΕΙΟ", a ministry.)
  static const Regex& state_caps = icase_regex(
      R"(CỘNG HÒA|BỘ Y TẾ|SỞ Y TẾ|РЕСПУБЛИК|МИНИСТЕРСТВ|МИНИСТРЛІГІ|Республик|Министерств|ΔΗΜΟΚΡΑΤΙΑ|Δημοκρατία|ΥΠΟΥΡΓΕΙΟ|Υπουργείο)");
  // An institution of the state is an employer all the same ("Kissy Road Government Hospital").
  static const Regex& institution = icase_regex(
      R"((?:^|[^a-z])(hospital|clinic|clinica|clinique|klinik|laborator|laboratoire|medical cent|health cent|)"
      R"(h(?:ô|o)pital|rumah sakit|bệnh viện|больниц|поликлиник)(?![a-z]))");
  if (std::regex_search(lower_utf8(line), institution)) return false;
  return std::regex_search(lower_utf8(line), state) || std::regex_search(line, state_caps);
}

// "Serviço de Gestão de Recursos Humanos", "Human Resources Department", "Direction des ressources
// humaines", "Kadrlar şöbəsi", "Отдел кадров": the employer's office that issues the letter (its
// personnel office), printed under the employer's name and named again by the signatory's title; a
// part of the employer, never the employer.
bool names_a_personnel_office(const std::string& line) {
  static const Regex& office = icase_regex(
      R"((?:^|[^a-z])(human resources?|personnel (?:department|office|section|division)|recursos humanos|)"
      R"(ressources humaines|risorse umane|sumber daya manusia|insan kaynaklar|kadrlar|hr (?:department|office|division))(?![a-z])|)"
      R"(отдел кадров|кадров|кадрів)");
  return std::regex_search(lower_utf8(line), office);
}

// A state's motto printed under its name: three or four single words between dashes or dots
// ("Fraternité - Justice - Travail", "Unité – Travail – Progrès", "Fitiavana - Tanindrazana -
// Fandrosoana"), no employer's name.
bool is_motto(const std::string& line) {
  static const Regex& motto = icase_regex(R"(^\s*[^\s,;:()-]+(?:\s+(?:-|–|—|•|·)\s+[^\s,;:()-]+){2,3}\s*\.?\s*$)");
  return std::regex_match(line, motto);
}

// "(Translation)", "[Certified translation]", "(Traducción)": a note in brackets before the text it
// annotates (a translator's, a clerk's) is no part of the letterhead.
std::string without_bracketed_note(const std::string& text) {
  static const Regex& note = icase_regex(R"(^\s*(\([^()]{2,40}\)|\[[^\[\]]{2,40}\])\s*)");
  return std::regex_replace(text, note, "");
}

// An address without a number: a street's word first, then places separated by commas ("Avenida
// Cidade de Lisboa, Plateau, Praia", "Rue des Lilas, Kaloum, Conakry").
bool begins_with_a_street(const std::string& line) {
  static const Regex& street = icase_regex("^\\s*(?:" + document_words_alternation("street") + R"()\.?\s+[^,]{2,50},[^,]{2,50},)");
  return std::regex_search(lower_utf8(line), street);
}

// An address: a line with a number and places separated by commas ("34 Kissy Road, Freetown,
// Sierra Leone", "8-3 Izumino-machi, Kanazawa, Ishikawa"), no sentence.
bool is_address_line(const std::string& line) {
  if (line.size() > 90 || line.find_first_of("0123456789") == std::string::npos || line.find_first_of("()@:") != std::string::npos ||
      line.back() == '.')
    return false;
  std::size_t parts = 0;
  for (std::size_t from = 0; from <= line.size();) {
    std::size_t comma = line.find(',', from);
    if (comma == std::string::npos) comma = line.size();
    if (split_words(line.substr(from, comma - from)).size() > 4) return false;
    ++parts;
    from = comma + 1;
  }
  return parts >= 3;
}

// "Nile Corniche Medical Center, Laboratory Department": the unit after the employer's name, a
// part of it rather than the employer.
std::string without_trailing_unit(const std::string& name) {
  static const Regex& unit = icase_regex(
      R"(,\s*[^,]*\b(department|dept\.?|section|unit|division|ward|wing|departamento|servicio|secci(?:ó|o)n|d(?:é|e)partement|)"
      R"(service|unidade|setor|bagian|instalasi|отдел|отделение|khoa)\b[^,]*$)");
  return std::regex_replace(name, unit, "");
}

// "<Employer> certifies that", "BỆNH VIỆN ... xác nhận / Hoa Sen International Hospital certifies
// that": the institution that speaks in the letter's first sentence.
std::optional<std::pair<std::size_t, std::string>> certifying_institution(const std::string& text) {
  static const Regex& r = icase_regex(R"((?:^|\n|/\s*)([A-Z][^\n/:]{3,90}?)\s+(?:hereby\s+)?(?:certifies|confirms|attests)\s+that\b)", false);
  std::smatch m;
  if (!std::regex_search(text, m, r)) return std::nullopt;
  return std::make_pair(static_cast<std::size_t>(m.position(1)), trim_punct(m[1].str()));
}

}  // namespace

std::string repair_company_suffix(const std::string& name) {
  static const std::array<const char*, 4> suffixes = {"Ltd", "Inc", "LLC", "PLC"};
  const auto space = name.rfind(' ');
  if (space == std::string::npos) return name;
  std::string last = name.substr(space + 1);
  const bool dot = !last.empty() && last.back() == '.';
  if (dot) last.pop_back();
  for (const char* suffix : suffixes)
    if (last != suffix && ocr_distance(last, suffix) <= 0.5) return name.substr(0, space + 1) + suffix + (dot ? "." : "");
  return name;
}

LetterPart letter_part(const TextRun& run, std::string value, double certainty, std::size_t begin, std::size_t end) {
  LetterPart p;
  p.value = std::move(value);
  p.confidence = certainty * run.confidence(begin, end);
  p.evidence = run.evidence(begin, end);
  return p;
}

std::optional<LetterPart> employer_in_body(const TextRun& text) {
  if (letter_words_ablated()) return std::nullopt;  // structure alone: the letterhead (text_utils.h)
  // (An employer's name holds no colon or semicolon: "employed by X in the following capacities:
  // Position | Department | From" ends the sentence before the table's "From".)
  static const Regex& r = icase_regex(
      R"(\b(?:employed|working|worked|works|engaged|served|serving)\s+(?:by|with|at|in)\s+(?:the\s+)?([^:;]{3,90}?)\s+(?:as|from|since|w\.e\.f)\b)");
  std::smatch m;
  if (!std::regex_search(text.text, m, r)) {
    const auto certifier = certifying_institution(text.text);
    if (!certifier || names_a_state_authority(certifier->second) || certifier->second.size() < 4 ||
        std::regex_search(certifier->second, icase_regex(R"(^(this|we|i|the undersigned)\b)")))
      return std::nullopt;
    return letter_part(text, certifier->second, 0.9, certifier->first, certifier->first + certifier->second.size());
  }
  const std::string name = without_trailing_unit(
      keep_abbreviation_stop(trim_punct(m[1].str()), text.text.substr(static_cast<std::size_t>(m.position(1)))));
  if (name.size() < 3) return std::nullopt;
  const auto first = static_cast<unsigned char>(name[0]);
  // ("the Department of Pathology of this hospital": a unit of the employer the letterhead names.)
  if (!std::isupper(first) || std::regex_search(name, icase_regex(R"(^(this|our|us|the)\b|\b(this|our)\s+\w+$)")) ||
      names_a_state_authority(name))
    return std::nullopt;
  // "employed by the Trust as": one word after "the" refers back to the letterhead's full name.
  const std::string matched = m[0].str();
  if (name.find(' ') == std::string::npos && std::regex_search(matched, icase_regex(R"(\s(by|with|at|in)\s+the\s+\S+\s+\S+$)")))
    return std::nullopt;
  const auto begin = static_cast<std::size_t>(m.position(1));
  return letter_part(text, name, 0.97, begin, begin + name.size());
}

std::optional<LetterPart> employer_in_form(const std::vector<TextRun>& lines) {
  if (letter_words_ablated()) return std::nullopt;
  static const Regex& label = icase_regex(
      R"(^\s*(employer|employer'?s name|name of (the )?(employer|institution|organi[sz]ation|establishment|company)|)"
      // (a civil service form's "Station:" / "Duty Station:", where the officer serves)
      R"(place of (work|employment|posting)|work ?place|(duty )?station|employing (institution|organi[sz]ation)|lugar de trabajo|)"
      R"(empleador|empregador|employeur|lieu de travail|nombre de la instituci(?:ó|o)n)\s*:\s*|)"
      // (Dutch "Naam werkgever", German "Arbeitgeber", Croatian "Poslodavac", Romanian "Angajator": a
      // form's label, its value after a colon or in the cell beside it)
      R"(^\s*(naam werkgever|werkgever|arbeitgeber|name des arbeitgebers|poslodavac|angajator)\s*(?::\s*|$))");
  for (const TextRun& line : lines) {
    const std::vector<TextRun> cells = line_cells(line);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::smatch m;
      if (!std::regex_search(cells[c].text, m, label)) continue;
      // The value in the label's cell, else in the next one ("Place of Work:" | "Fintas Medical ...").
      const bool own_cell = !trim_punct(trim(cells[c].text.substr(static_cast<std::size_t>(m.length(0))))).empty();
      if (!own_cell && c + 1 == cells.size()) continue;
      const TextRun& cell = own_cell ? cells[c] : cells[c + 1];
      const std::size_t begin = own_cell ? static_cast<std::size_t>(m.length(0)) : 0;
      std::string name = trim_punct(trim(cell.text.substr(begin)));
      // The town after the name ("Fintas Medical Laboratories Center, Fintas"): one word, no company form.
      static const Regex& town = icase_regex(
          R"(,\s*(?!(ltd|ltda|inc|llc|plc|s\.?a|s\.?r\.?l|gmbh|bhd|pvt|co)\b)[A-Z][\w'-]+\s*$)", false);
      name = std::regex_replace(name, town, "");
      name = without_trailing_unit(name);
      if (name.size() < 4 || name.find_first_of("0123456789") != std::string::npos) continue;
      const std::size_t at = std::min(cell.text.find(name, begin), cell.text.size());
      return letter_part(cell, name, 0.95, at, at + name.size());
    }
  }
  return std::nullopt;
}

namespace {

// A letterhead's line printed again, whole, in the lines below the letterhead (case aside; a name
// the text breaks over two lines counts).
bool repeated_below(const std::string& text, const std::vector<TextRun>& lines, std::size_t from) {
  const std::string wanted = lower_utf8(text);
  if (wanted.size() < 8) return false;
  std::string below;
  for (std::size_t i = from; i < lines.size(); ++i) below += lower_utf8(lines[i].text) + " ";
  return below.find(wanted) != std::string::npos;
}

}  // namespace

std::optional<LetterPart> employer_in_letterhead(const std::vector<TextRun>& lines) {
  static const Regex& not_a_name = icase_regex(
      R"(^(ref|date|tel|phone|fax|e-?mail|www|to whom|dear|certificate|experience certificate|employment verification|subject)\b|)"
      R"(@|\d{3,}|^page\b|\b(name|title|status|hours|sections?)$|)"
      // a translator's label above the translated page ("TRANSLATION", "Certified translation")
      // ("Translation from Russian", "Translated from Armenian into English")
      R"(^((certified|sworn|official|true)\s+)?translation$|^((certified|sworn|official)\s+)?translat(ion|ed)\s+(from|into):?\s|)"
      // a religious invocation printed above the letterhead ("In the name of God, the Most Gracious")
      R"(^(in the name of (god|allah)|bismillah|in god we trust)\b|)"
      // the standing instruction of Commonwealth government letterheads, boxed in a corner: "In case
      // of reply the number and date of this letter should be quoted", "When replying please quote"
      R"(^(in case of reply|when replying|in replying|in reply,? please quote|please quote)\b)");
  // "Employment Reference", "Certificate of Service", "Attestation de travail", "Constancia de
  // trabajo": the letter's title, that begins or ends with the kind of document it is.
  static const Regex& document_title = icase_regex(
      R"(^(attestation|certificat|certificate|certification|certificado|certificaci(?:ó|o)n|constancia|declara(?:ç|c)(?:ã|a)o|)"
      R"(reference|r(?:é|e)f(?:é|e)rence|surat keterangan|za(?:ś|s)wiadczenie|adeverin\S*|)"
      // (Dutch "Werkgeversverklaring", German "Arbeitsbescheinigung", "Arbeitszeugnis")
      R"(werkgeversverklaring|arbeitsbescheinigung|arbeitszeugnis)\b|)"
      R"(\b(reference|certificate|certification|verification|attestation|letter)$|^справк|^СПРАВК|)"
      // (an employer's certificate in Hungarian, Czech/Slovak, Croatian/Serbian, Bulgarian: "Munkáltatói
      // igazolás", "Potvrzení", "Potvrda", "Удостоверение", "Служебна бележка")
      R"(igazol(?:á|a)s$|^potvr(?:z|d)|^удостоверени|^УДОСТОВЕРЕНИ|^Удостоверени|^служебна|^СЛУЖЕБНА|^Служебна)");
  std::optional<TextRun> best;
  std::string best_text;
  std::vector<std::pair<TextRun, std::string>> candidates;  // every letterhead line that could name the employer
  std::size_t head_lines = 0;
  const PageText* first_page = lines.empty() || lines.front().pieces.empty() ? nullptr : lines.front().pieces.front().page.page;
  bool title_seen = false;
  // The letterhead's first four lines, and, while none of them could name the employer, one more
  // for each line that names only the state above it ("REPUBLIQUE ... / Unité - Travail - Progrès /
  // MINISTERE ... / Délégation Sanitaire ... / Hôpital ..."): the authorities a state's letterhead
  // descends through are no reason to stop before the employer (at most three more).
  std::size_t authority_lines = 0;
  for (std::size_t i = 0;
       i < lines.size() && (i < 4 || (candidates.empty() && i < 4 + std::min<std::size_t>(authority_lines, 3))) && !title_seen;
       ++i) {
    if (lines[i].pieces.front().page.page != first_page) break;
    head_lines = i + 1;
    {
      const auto cells = line_cells(lines[i]);
      const bool words = !letter_words_ablated();
      if (words && !cells.empty() && std::all_of(cells.begin(), cells.end(), [&](const TextRun& c) {
            const std::string t = trim_noise(c.text);
            return names_a_state_authority(t) || is_motto(t) || std::regex_search(t, icase_regex(R"(^n\S{0,2}\s*\d)"));
          }))
        ++authority_lines;
    }
    for (const TextRun& cell : line_cells(lines[i])) {
      // The letterhead is printed above the letter's title ("CERTIFICATE OF EMPLOYMENT"), never below.
      // (Matched lower-cased too: a title in capitals with accents, "DECLARAÇÃO", which case folding
      // of ASCII alone does not bring to the pattern's letters.)
      if (!letter_words_ablated() && (std::regex_search(trim_noise(cell.text), document_title) ||
                                      std::regex_search(lower_utf8(trim_noise(cell.text)), document_title)))
        title_seen = true;
      const std::string unlabelled = without_bracketed_note(without_translator_label(trim_noise(cell.text)));
      const std::string text = keep_abbreviation_stop(unlabelled, cell.text.substr(std::min(cell.text.find(unlabelled), cell.text.size())));
      const bool words = !letter_words_ablated();
      // (A letterhead in a script OCR was not asked to read comes out as letters it could not
      // place, confidence near 0: no name.)
      if (cell.confidence(0, cell.text.size()) < 0.3) continue;
      // (A name begins with a capital or a figure; a cell that begins with a small ASCII letter
      // runs on a sentence from the line above: "and date of this letter", "should be quoted".)
      const bool runs_on = !text.empty() && text[0] >= 'a' && text[0] <= 'z';
      if (text.size() < 4 || runs_on || (words && std::regex_search(text, not_a_name)) || parse_date(text) ||
          (words && (names_a_state_authority(text) || names_a_personnel_office(text) || std::regex_search(text, document_title) ||
                     std::regex_search(lower_utf8(text), document_title) || begins_with_a_street(text))) ||
          is_motto(text))
        continue;
      // The topmost line, unless a later one is printed clearly larger.
      // (Structure alone, no word telling a state's or a ministry's line from the employer's: the
      // largest line, and of lines printed alike the last, the most specific of a letterhead that
      // descends "REPUBLIC ... / Ministry ... / HOSPITAL ..."; an address or contact line, with its
      // '@' or its figures, is none.)
      if (!words) {
        const auto figures = std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (text.find('@') != std::string::npos || figures >= 5) continue;
        candidates.emplace_back(cell, text);
        if (best && cell.height() < best->height() * 0.95) continue;
        best = cell;
        best_text = text;
        continue;
      }
      candidates.emplace_back(cell, text);
      if (best && cell.height() <= best->height() * 1.3) continue;
      best = cell;
      best_text = text;
    }
  }
  // The employer is named again in the letter's text ("employed at X", "The Director of X
  // certifies"); a state's name or motto above it ("LAO PEOPLE'S DEMOCRATIC REPUBLIC / Peace
  // Independence ...", "РЕПУБЛИКА СРБИЈА") is not: of the letterhead's lines, one the body repeats.
  if (best && !repeated_below(best_text, lines, head_lines))
    for (const auto& [cell, text] : candidates)
      if (text != best_text && repeated_below(text, lines, head_lines)) {
        best = cell;
        best_text = text;
        break;
      }
  // A letterhead descending from a service to its unit ("HEALTH SERVICE OF GHANA / TAMALE ...
  // MUNICIPAL HOSPITAL") whose body speaks of "this Hospital": the employer is the line of that
  // kind, the unit the letter is written from.
  if (best && !repeated_below(best_text, lines, head_lines)) {
    static const Regex& this_kind = icase_regex(R"(\bthis\s+([A-Z][a-z]{3,})\b)", false);
    std::string kind;
    for (std::size_t i = head_lines; i < lines.size() && kind.empty(); ++i) {
      std::smatch m;
      if (std::regex_search(lines[i].text, m, this_kind)) kind = lower_ascii(m[1].str());
    }
    const auto last_word = [](const std::string& t) {
      const std::size_t sp = t.find_last_of(' ');
      return lower_ascii(sp == std::string::npos ? t : t.substr(sp + 1));
    };
    if (!kind.empty() && last_word(best_text) != kind)
      for (const auto& [cell, text] : candidates)
        if (last_word(text) == kind) {
          best = cell;
          best_text = text;
          break;
        }
  }
  // No letterhead above the title: the issuer printed elsewhere, on the line above its address
  // (a signature block that names the institution, as letters of some countries print it).
  for (std::size_t i = 0; !best && i + 1 < lines.size(); ++i) {
    if (lines[i + 1].pieces.front().page.page != first_page || !is_address_line(trim(lines[i + 1].text))) continue;
    const std::string text = trim_noise(lines[i].text);
    const auto first = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
    if (text.size() < 4 || !(std::isupper(first) || first >= 0xC0) || text.find_first_of("0123456789:") != std::string::npos ||
        text.back() == '.' || parse_date(text) || (!letter_words_ablated() && std::regex_search(text, not_a_name)))
      continue;
    best = lines[i];
    best_text = keep_abbreviation_stop(text, lines[i].text.substr(std::min(lines[i].text.find(text), lines[i].text.size())));
  }
  if (!best) return std::nullopt;
  // 'Health Care Institution "Mahiliou Regional Clinical Hospital"': a legal form (an institution,
  // an enterprise, a company) before the name in quotes that ends the line; the name is what the
  // quotes hold. ('General Hospital of Karditsa "Agios Charalambos"' names the hospital in full.)
  static const Regex& quoted_name = icase_regex(
      R"(^[^"«“]{0,50}\b(?:institution|enterprise|establishment|organi[sz]ation|company|society|unitary enterprise|)"
      R"(llc|jsc|ojsc|cjsc)\s+["«“]([^"»”]{4,80})["»”]?$)");
  std::smatch q;
  if (std::regex_match(best_text, q, quoted_name)) best_text = q[1].str();
  const std::size_t at = std::min(best->text.find(best_text), best->text.size());
  LetterPart part = letter_part(*best, best_text, 0.9, at, at + best_text.size());
  // OCR specks read as full stops inside a name ("CASCADIA. REFERENCE"): abbreviations keep theirs.
  static const Regex& stray_stop = icase_regex(R"(([a-z]{4,})\.(?= ))");
  part.value = std::regex_replace(best_text, stray_stop, "$1");
  return part;
}

std::string mixed_case_form(const std::string& name, const TextRun& text) {
  if (!is_all_caps(name)) return name;
  const std::string lowered = lower_utf8(name);
  const std::string hay = lower_utf8(text.text);
  for (std::size_t at = hay.find(lowered); at != std::string::npos; at = hay.find(lowered, at + 1)) {
    const std::string printed = text.text.substr(at, name.size());
    if (!is_all_caps(printed)) return printed;
  }
  return title_case(name);
}

}  // namespace cc
