// The post an employment letter names (experience_parts.h): a form's labelled field (colon apart,
// bilingual label, value wrapped or printed under its label), else the prose's "employed as X",
// else the same in Spanish, Portuguese, French, Italian or Indonesian prose.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "extractors/experience_parts.h"
#include "core/regex.h"
#include "extractors/document_words.h"

namespace cc {

namespace {

// "Scientist Il", "Scientist [1" (OCR for "II"): a last word of look-alikes becomes a roman numeral.
std::string repair_roman_suffix(const std::string& title) {
  const auto space = title.rfind(' ');
  if (space == std::string::npos) return title;
  const std::string last = title.substr(space + 1);
  if (last == "If") return title.substr(0, space + 1) + "II";  // f: another thin letter
  if (last.empty() || last.size() > 3 || last.find_first_not_of("I1l|[]{}!") != std::string::npos) return title;
  if (last.find_first_not_of("I") == std::string::npos) return title;
  return title.substr(0, space + 1) + std::string(last.size(), 'I');
}

// A word printed with a capital (ASCII or Latin-1 letters).
bool starts_capitalised(const std::string& word) {
  if (word.empty()) return false;
  const auto c0 = static_cast<unsigned char>(word[0]);
  if (c0 >= 'A' && c0 <= 'Z') return true;
  // Latin-1 capitals (À..Þ) in UTF-8: C3 80..9E
  return word.size() > 1 && c0 == 0xC3 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

// "en qualité de technicienne supérieur de laboratoire depuis le 26 août 2025": a post printed in
// lower case, as French and Spanish print common nouns, runs to the clause's next part: a word that
// begins the period or the place ("depuis", "du", "au sein", "desde", "from"), a figure or a
// punctuation mark. At most six words; where it ends: 0 when none.
std::size_t lower_case_title_end(const std::string& text, std::size_t at, bool* closed = nullptr) {
  static const Regex& next_part = icase_regex(
      R"(^(depuis|du|des|au|aux|à|a|dans|pendant|pour|avec|chez|desde|hasta|durante|con|el|los|las|na|no|nos|em|entre|)"
      // (Romanian "în", "din", "cu": in, from, with)
      R"(în|din|cu|)"
      // ("neste estabelecimento", "en este centro", "dans cet établissement": the place begins)
      R"(neste|nesta|nesse|nessa|este|esta|ce|cet|cette|nel|nella|)"
      R"(from|since|with|at|in|on|for|during|until|till|sejak|pada|di|dari|selama|w\.?e\.?f\.?|)"
      // (Dutch, German, Scandinavian: in, at, from, since, with)
      R"(bij|op|van|vanaf|sinds|tot|met|im|bei|seit|von|vom|am|mit|hos|vid|ved|på|från|fra|sedan|siden|)"
      // (Icelandic "á", "í", "hjá", "frá", "síðan", "til": at, in, with, from, since, to)
      R"(á|í|hjá|frá|síðan|til)$)");
  static const std::vector<std::string> small = {"de", "del", "da", "do", "des", "d'", "di", "of", "en", "y", "et", "e"};
  std::size_t pos = at, end = 0;
  if (closed) *closed = false;
  for (int words = 0; words < 6 && pos < text.size(); ++words) {
    const std::size_t space = std::min(text.find(' ', pos), text.size());
    std::string word = text.substr(pos, space - pos);
    // A word with a colon after it is the next field's label ("Técnico de laboratorio Servicio:
    // Laboratorio"): the value ends before it.
    if (word.size() > 1 && word.back() == ':') {
      if (closed) *closed = true;
      break;
    }
    const bool clause_ends = !word.empty() && std::string(",.;:()").find(word.back()) != std::string::npos;
    if (clause_ends) word.pop_back();
    if (word.empty() || word.find_first_of("0123456789") != std::string::npos || std::regex_match(word, next_part)) {
      if (closed) *closed = true;
      break;
    }
    if (std::find(small.begin(), small.end(), word) == small.end()) end = pos + word.size();
    if (clause_ends) {
      if (closed) *closed = true;
      break;
    }
    pos = space + 1;
    if (pos >= text.size() && closed) *closed = true;
  }
  return end;
}

// "en el cargo de Tecnólogo Médico en Laboratorio Clínico,", "exercendo o cargo de Biomédico Analista
// Clínico,", "bekerja sebagai Analis Laboratorium": the post a letter in Spanish, Portuguese, French,
// Italian or Indonesian names in its prose, up to the clause's end. Matched on accent-folded text.
std::optional<LetterPart> position_in_foreign_prose(const TextRun& text) {
  std::vector<std::size_t> source;
  const std::string folded = fold_latin(text.text, &source);
  static const Regex& cue = icase_regex(
      R"(\b(?:(?:en|no|in|com|al|del|nel|ocupando|ocupa|ocupaba|ocupo|desempenando|ejerciendo|occupant|occupe|occupait)\s+)"
      R"((?:el\s+|o\s+|la\s+|il\s+|le\s+)?(?:cargo|puesto|funcao|posto|poste)\s+(?:de|del|di)|)"
      // (Romanian "în funcția de biolog": in the post of)
      R"(\bin\s+functia\s+de|)"
      R"(categoria\s*:|categorie\s*:|el cargo de|o cargo de|la funcion de|a funcao de|as funcoes de|las funciones de|les fonctions de|en qualite de|in qualita di|en calidad de|sebagai|)"
      // "exerceu funções de Técnico ...", "exerce les fonctions de ...": a verb of holding a post
      // and the word for duties without its article
      R"(\bexerc\w*\s+(?:as\s+|les\s+)?(?:funcoes|fonctions|funciones)\s+(?:de|d')|)"
      // "labora en este centro como Tecnóloga de ...", "trabalhou no laboratório como ...": a verb of
      // working, then "como" (as) in the same clause
      // (the period may stand between: "laboró en esta institución desde el 19 de septiembre de
      // 2019 hasta el 19 de febrero de 2021 como Tecnólogo Médico I")
      R"((?:labor|trabaj|trabalh|desempen)\w*\b[^.;,]{0,120}?\bcomo)\s+)");
  static const std::vector<std::string> small = {"de", "del", "da", "do", "en", "em", "di", "in", "of", "and", "y", "e", "dan"};
  auto is_small = [&](const std::string& w) { return std::find(small.begin(), small.end(), w) != small.end(); };
  for (auto it = SRegexIterator(folded.cbegin(), folded.cend(), cue); it != SRegexIterator(); ++it) {
    const std::size_t at = source[static_cast<std::size_t>(it->position(0) + it->length(0))];
    // Words of a title: capitalised words and the small words between them, to the clause's end.
    std::size_t pos = at, kept_end = at;
    while (pos < text.text.size()) {
      const std::size_t space = std::min(text.text.find(' ', pos), text.text.size());
      std::string word = text.text.substr(pos, space - pos);
      // (a word with a colon after it is the next field's label: "... (Análisis Clínicos) Servicio: ...")
      if (kept_end > at && word.size() > 1 && word.back() == ':') break;
      const bool clause_ends = !word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';');
      if (clause_ends) word.pop_back();
      // (a grade's ordinal inside the title goes with it: "... de Análises Clínicas de 2.ª Classe")
      static const Regex& ordinal = icase_regex(R"(^\d{1,2}(?:\.?(?:ª|º|°)|st|nd|rd|th|e|er|ème)?\.?$)");
      // (a qualifier in brackets after the title's words is part of it: "Técnico Superior de
      // Diagnóstico e Terapêutica (Ciências Biomédicas Laboratoriais)")
      const std::size_t close = word.size() > 1 && word[0] == '(' && kept_end > at ? text.text.find(')', pos) : std::string::npos;
      // (but the terms of the employment in brackets are no part of the post's name: "Medical
      // Technologist (Casual)", "Senior Medical Technologist (Contractual)")
      static const Regex& terms = icase_regex(R"(^\(\s*)" + document_words_alternation("employment_terms") + R"(\s*\)$)");
      if (close != std::string::npos && std::regex_match(text.text.substr(pos, close + 1 - pos), terms)) break;
      if (close != std::string::npos && close - pos <= 80 && text.text.find('(', pos + 1) > close) {
        kept_end = close + 1;
        pos = std::min(text.text.find(' ', close), text.text.size()) + 1;
        if (close + 1 < text.text.size() && std::string(",.;").find(text.text[close + 1]) != std::string::npos) break;
        continue;
      }
      // A definite article before a unit of the employer ends the post: "Químico Biólogo del
      // Laboratorio Clínico", "Technicien du Service de ...", "Técnico da Unidade ..." name the
      // place of the post (a bare "de" is part of it: "Técnico de Laboratorio").
      static const Regex& unit_follows = icase_regex(
          R"(^(?:del|du|da|do|della|dello|nel|de\s+la|de\s+l'|of\s+the)\s+(?:laborat|servic|servi(?:ç|c)o|departament|d(?:é|e)partement|)"
          R"(hospital|h(?:ô|o)pital|ospedale|unidad|unidade|unit(?:é|e)|secci(?:ó|o)n|section|sec(?:ç|c)(?:ã|a)o|cl(?:í|i)nica|clinique|centro|centre|instit))");
      if (kept_end > at && is_small(word) && !clause_ends && std::regex_search(text.text.substr(pos), unit_follows)) break;
      if (starts_capitalised(word)) kept_end = pos + word.size();
      else if (!clause_ends && std::regex_match(word, ordinal)) {}
      else if (!is_small(word) || clause_ends) break;
      if (clause_ends) break;
      pos = space + 1;
    }
    // A capitalised noun that goes on in lower case ("en qualité de Technicien supérieur de
    // laboratoire :", "Biologiste assistant du ..."), as French and Spanish print a post's qualifiers:
    // the lower-case words count when they run to the clause's next part. (After a title of
    // capitalised words, a word in lower case is a status beside it: "... Biomédicales vacataire".)
    // (After several capitalised words, the same when a particle joins the lower-case words to them:
    // "en qualité de Technicien Supérieur de laboratoire au service de ...", where a status word
    // beside the title has no particle before it.)
    auto particle_next = [&] {
      static const Regex& particle_noun = icase_regex(
          R"(^ (?:de|da|do|di|en|em) (?!(?:la|le|les|el|los|las|lo|il|l|o|a|os|as)\b)[a-z])", false);
      return std::regex_search(text.text.substr(kept_end), particle_noun);
    };
    if (kept_end >= at + 4 && kept_end < text.text.size() &&
        (text.text.substr(at, kept_end - at).find(' ') == std::string::npos || particle_next())) {
      bool closed = false;
      const std::size_t lower_end = lower_case_title_end(text.text, at, &closed);
      if (closed && lower_end > kept_end) kept_end = lower_end;
    }
    if (kept_end < at + 4) kept_end = lower_case_title_end(text.text, at);
    if (kept_end < at + 4) continue;
    const std::string value = text.text.substr(at, kept_end - at);
    return letter_part(text, value, 0.9, at, kept_end);
  }
  return std::nullopt;
}

// "на радном месту биолог у лабораторији од 01.07.2021", "работает в должности медицинского
// технолога с ...": the post a letter in Serbian, Russian or Ukrainian names in its prose after the
// words for "at the post of", printed in lower case as those languages print common nouns, up to the
// clause's next part (a figure, a punctuation mark, "from" / "to" / "with": од, до, са, с, з, від,
// по). At most six words. Matched on the text as printed (folding to Latin drops Cyrillic).
// The same words in Latin script (Croatian, Serbian, Bosnian: "na radnom mjestu prvostupnica ...
// u laboratoriju od ...", "na poslovima ...").
std::optional<LetterPart> position_in_cyrillic_prose(const TextRun& text) {
  static const Regex& cue = icase_regex(
      R"((?:на радном месту|на радно место|на работно место|радно место\s*:|на должности|в должности|на посаді|на посаду|)"
      // (Bulgarian "работи като лаборант в ...": works as; "на длъжност": at the post of)
      R"(у звању|в качестве|у својству|работи като|работил като|работила като|на длъжност|)"
      R"(na radnom mjestu|na radnom mestu|na radno mjesto|na radno mesto|na poslovima|u zvanju|)"
      // (Czech, Slovak and Polish: "na pozici zdravotní laborantka na pracovištích ...", "na
      // pozícii", "na pracovní pozici", "ve funkci", "na stanowisku")
      R"(na (?:pracovní |pracovnej )?poz(?:i|í)ci(?:i)?|ve funkci|vo funkcii|na stanowisku|)"
      // (Slovenian "na delovnem mestu inženir laboratorijske biomedicine, v ...": at the workplace of)
      R"(na delovnem mestu)\s+)");
  static const std::vector<std::string> next_part = {"од", "до", "са", "с", "со", "з", "від", "по", "из", "у трајању", "на", "в", "във", "от", "во",
                                                     "u", "od", "do", "sa", "s", "na", "i", "pri", "v", "ve", "w"};
  // Albanian "në pozitën Laborant i mjekësisë prej datës ...", "në cilësinë e ...": at the position
  // of; the post runs to its words for "from", "with" or "since" (its "i", "e", "në" join a name's
  // parts: "Laborant i mjekësisë", "Biolog në laborator").
  static const Regex& albanian_cue = icase_regex(R"((?:n(?:ë|e) pozit(?:ë|e)n|n(?:ë|e) cil(?:ë|e)sin(?:ë|e) e)\s+)");
  static const std::vector<std::string> albanian_next = {"prej", "nga", "me", "që", "qe", "duke", "nën", "nen", "nё"};
  std::smatch m;
  const bool albanian = !std::regex_search(text.text, m, cue) && std::regex_search(text.text, m, albanian_cue);
  if (m.empty()) return std::nullopt;
  const std::vector<std::string>& stops = albanian ? albanian_next : next_part;
  const auto at = static_cast<std::size_t>(m.position(0) + m.length(0));
  std::size_t pos = at, end = at;
  for (int words = 0; words < 6 && pos < text.text.size(); ++words) {
    const std::size_t space = std::min(text.text.find(' ', pos), text.text.size());
    std::string word = text.text.substr(pos, space - pos);
    const bool clause_ends = !word.empty() && std::string(",.;:()").find(word.back()) != std::string::npos;
    if (clause_ends) word.pop_back();
    if (word.empty() || word.find_first_of("0123456789") != std::string::npos ||
        std::find(stops.begin(), stops.end(), word) != stops.end())
      break;
    end = pos + word.size();
    if (clause_ends) break;
    pos = space + 1;
  }
  if (end < at + 4) return std::nullopt;
  return letter_part(text, text.text.substr(at, end - at), 0.9, at, end);
}

// "... Laboratóriumában orvosi laboratóriumi analitikus munkakörben, heti 40 órás ...": a language
// that puts the word for "post" after the post's name (Hungarian "munkakörben", "beosztásban",
// "munkakörű"): the lower-case words before it, back to a capitalised word, a figure or a
// punctuation mark. At most six words.
std::optional<LetterPart> position_before_post_word(const TextRun& text) {
  static const Regex& post_word = icase_regex(R"(\s(munkak(?:ö|o)rben|munkak(?:ö|o)rbe|munkak(?:ö|o)r(?:ű|u)|beoszt(?:á|a)sban)\b)");
  std::smatch m;
  if (!std::regex_search(text.text, m, post_word)) return std::nullopt;
  const auto end = static_cast<std::size_t>(m.position(0));
  std::size_t begin = end;
  for (int words = 0; words < 6 && begin > 0; ++words) {
    const std::size_t space = begin >= 2 ? text.text.find_last_of(" \n", begin - 2) : std::string::npos;
    const std::size_t from = space == std::string::npos ? 0 : space + 1;
    const std::string word = trim(text.text.substr(from, begin - from));
    if (word.empty() || starts_capitalised(word) || word.find_first_of("0123456789,.;:()") != std::string::npos) break;
    begin = from;
    if (space == std::string::npos) break;
  }
  if (end < begin + 4) return std::nullopt;
  std::string value = text.text.substr(begin, end - begin);
  std::replace(value.begin(), value.end(), '\n', ' ');
  return letter_part(text, value, 0.9, begin, end);
}

// A form's value wrapped onto the next line ("Pranata Laboratorium Kesehatan (Medical Laboratory" /
// "Technologist)"): a next line whose first cell begins under the value, with no label of its own
// to the left, goes on with it.
std::string value_wrapped_below(const std::string& value, const TextRun& cell, const TextRun* next_line) {
  if (!next_line || cell.pieces.empty()) return value;
  const auto below = line_cells(*next_line);
  if (below.empty() || below.front().pieces.empty()) return value;
  if (std::abs(below.front().pieces.front().upright.x0 - cell.pieces.front().upright.x0) > 2 * cell.height()) return value;
  return value + " " + trim_punct(below.front().text);
}

// "Görevi / Position" over "Tıbbi Laboratuvar Teknisyeni / Laboratory Technician": a bilingual
// form prints its value's languages in the label's order; the half under the English label word.
std::string english_half(const std::string& label, const std::string& value) {
  const auto label_slash = label.find('/');
  const auto value_slash = value.find(" / ");
  if (label_slash == std::string::npos || value_slash == std::string::npos || value.find(" / ", value_slash + 3) != std::string::npos)
    return value;
  static const Regex& english = icase_regex(R"(\b(position|post|rank|designation|job title)\b)");
  const bool english_first = std::regex_search(label.substr(0, label_slash), english);
  const bool english_second = std::regex_search(label.substr(label_slash + 1), english);
  if (english_first == english_second) return value;
  return trim(english_first ? value.substr(0, value_slash) : value.substr(value_slash + 3));
}

// "... worked at the laboratory (...) of Medlab Polesie LLC as a medical laboratory diagnostician from
// 08.08.2021": a post printed in lower case after a verb of working and "as", to the clause's next part
// (a translation keeps the original's common nouns in lower case).
std::optional<LetterPart> position_in_lower_case(const TextRun& text) {
  static const Regex& cue = icase_regex(
      R"(\b(?:employed|working|worked|work|engaged|appointed|served|serving|hired)\b[^.;]{0,200}?\bas\s+(?:an?\s+)?(?=[a-z])|)"
      // (the same in Dutch, German and the Scandinavian languages: "bij ons in dienst was als medisch
      // laboratoriumtechnoloog in het ...", "werkzaam als", "beschäftigt als", "anställd som")
      R"(\b(?:in dienst (?:is|was|trad)|werkzaam|besch(?:ä|a)ftigt|anst(?:ä|a)lld|ansat|tilsatt)\b[^.;]{0,80}?\b(?:als|som)\s+(?:een\s+|eine?\s+|en\s+|ett\s+)?(?=[a-z])|)"
      // (Icelandic: "hefur starfað sem lífeindafræðingur á ...", "starfar sem", "starfaði sem": has
      // worked, works, worked as)
      R"(\bstarfa(?:ð|r|ði)\s+(?:[^.;\s]+\s+){0,6}?sem\s+(?=[a-z]))", false);
  // German capitalises every noun, a post too: "war vom 1. September 2017 bis 31. August 2020 in
  // unserem Zentrallabor als Biomedizinische Analytikerin im Ausmaß von ...", "ist seit ... als
  // Laborassistentin in Vollzeit beschäftigt": after "war" / "ist" and the period, "als" and a
  // capitalised word, to the clause's next part ("im", "in", "bei", a figure, a comma).
  static const Regex& german = icase_regex(
      R"(\b(?:war|ist|wurde)\s+(?:vom|seit|ab)\b[^;]{0,160}?\bals\s+(?:eine?\s+)?(?=[A-Z]|Ä|Ö|Ü))", false);
  std::smatch m;
  if (!std::regex_search(text.text, m, cue) && !std::regex_search(text.text, m, german)) return std::nullopt;
  const auto at = static_cast<std::size_t>(m.position(0) + m.length(0));
  const std::size_t end = lower_case_title_end(text.text, at);
  if (end < at + 4 || end - at > 70) return std::nullopt;
  return letter_part(text, text.text.substr(at, end - at), 0.85, at, end);
}

// "atteste que Mme SARRA TRABELSI, Technicien de laboratoire, matricule ...", "certify that Mr. John
// Doe, Medical Technologist, ...": the post in apposition to the holder's name, between the commas
// after a certifying verb, an honorific and the name (capitalised words).
std::optional<LetterPart> position_after_name(const TextRun& text) {
  static const Regex& apposition = icase_regex(
      R"((?:\b(?:atteste|attestons|certifie|certifions|certifica|certifico|hace constar|declara|declaro)\s+que|\b(?:certify|certifies|certified)\s+that)\s+)"
      // (honorifics abbreviated or spelled out: "Monsieur", "Madame", Spanish "D." and "Dª")
      R"((?:M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sr\.?|Sra\.?|Srta\.?|Dr\.?|Monsieur|Madame|Mademoiselle|D\.|Dª)\s+)"
      R"((?:[A-Z][^\s,;:()\d]*\s+){1,5}?[A-Z][^\s,;:()\d]*\s*,\s*)"
      // (a qualifier in brackets after the post is part of it: "Biologiste (Licence en Analyses
      // Biomédicales),"; and so is a grade's code after it: "Technicien de Laboratoire A2,")
      R"(([A-Z][^,;:()\n\d]{2,70}?(?:\s*\([^()\n]{2,60}\))?(?:\s+[A-Z]?\d{1,2})?)\s*,)",
      false);
  std::smatch m;
  if (!std::regex_search(text.text, m, apposition)) return std::nullopt;
  const std::string value = trim_punct(m[1].str());
  if (value.empty()) return std::nullopt;
  const auto begin = static_cast<std::size_t>(m.position(1));
  return letter_part(text, value, 0.9, begin, begin + m.length(1));
}

// A header row ("Position | From | To | Status", "Job title | Department") over its values: the
// cell under the position's header. A table of posts held one after another (a promotion) lists them
// in order, each row with its dates: the last row's post is the one held now, or last.
bool is_position_header(const std::string& text) {
  static const Regex& position_header = icase_regex(
      R"(^(position|post|rank|designation|job title|title|position title|position held|job position|cargo|puesto|)"
      R"(jabatan|stanowisko|poste|fonction|função|funcao|должность|посада|chức vụ|chức danh|)"
      // Italian service certificates' "Profilo" (the post's profile), "Qualifica", "Mansione"
      R"(profilo|profilo professionale|qualifica|mansione|categoria|)"
      // Dutch "Functie", German "Funktion" / "Tätigkeit", Croatian "Radno mjesto", Romanian "Funcția"
      R"(functie|funktion|t(?:ä|a)tigkeit|radno mjesto|func(?:ț|ţ|t)ia)$)");
  return std::regex_match(text, position_header);
}

// A form's field printed as two cells on one line, its label first ("Job title | Senior Medical
// Technologist", "Title | Medical Technologist"): the value beside the label. (A table's header row
// has more columns than a label and its value: "Post | From | To | Station".)
// (When the cell beside is itself a field's label, "Job title | Department", the line is a header
// row over its values: value_in_column_below reads it.)
bool is_field_label(const std::string& text) {
  static const Regex& label = icase_regex(
      R"(^(department|dept|section|unit|division|ward|service|status|dates?|period|from|to|since|hours|location|station|)"
      R"(workplace|place of work|grade|salary|employee (id|no|number)|id|departamento|servicio|secci(?:ó|o)n|d(?:é|e)partement|)"
      R"(unidad|setor|bagian|unit kerja|отдел|подразделение)( of employment)?$)");
  return std::regex_match(text, label);
}

std::optional<LetterPart> value_beside_label(const std::vector<TextRun>& cells) {
  if (cells.size() != 2 || !is_position_header(trim_punct(cells[0].text))) return std::nullopt;
  const std::string value = trim_punct(cells[1].text);
  if (value.empty() || value.find_first_of("0123456789") != std::string::npos || is_field_label(value)) return std::nullopt;
  return letter_part(cells[1], repair_roman_suffix(value), 0.95, 0, cells[1].text.size());
}

std::optional<LetterPart> value_in_column_below(const std::vector<TextRun>& lines, std::size_t l,
                                                const std::vector<TextRun>& header, std::size_t c) {
  static const Regex& header_word = icase_regex(R"(^[^\d:]{1,30}$)");
  if (header.size() < 2 || !is_position_header(header[c].text) || header[c].pieces.empty()) return std::nullopt;
  if (header.size() == 2 && c == 0 && !is_field_label(trim_punct(header[1].text))) return std::nullopt;  // a label and its value
  for (const TextRun& cell : header)
    if (!std::regex_match(cell.text, header_word)) return std::nullopt;
  const double x0 = header[c].pieces.front().upright.x0;
  const double reach = 3 * header[c].height();
  std::optional<LetterPart> found;
  for (std::size_t k = l + 1; k < lines.size() && k <= l + 12; ++k) {
    const auto row = line_cells(lines[k]);
    // After the first row, only rows of the same table: as many cells, with dates or numbers in them.
    if (found && (row.size() != header.size() || lines[k].text.find_first_of("0123456789") == std::string::npos)) break;
    const TextRun* under = nullptr;
    for (const TextRun& cell : row)
      if (!cell.pieces.empty() && std::abs(cell.pieces.front().upright.x0 - x0) <= reach) under = &cell;
    // (A header centred over its column: the cell nearest the header's middle, within a few word
    // heights of it.)
    const double middle = (x0 + header[c].pieces.back().upright.x1) / 2;
    double nearest = reach;
    const TextRun* centred = nullptr;
    for (const TextRun& cell : row) {
      if (cell.pieces.empty()) continue;
      const double left = cell.pieces.front().upright.x0, right = cell.pieces.back().upright.x1;
      const double distance = middle < left ? left - middle : (middle > right ? middle - right : 0);
      if (distance <= nearest) nearest = distance, centred = &cell;
    }
    if (!under) under = centred;
    // (A header wrapped onto a second line, "Ore" / "settimanali": words under other headers only,
    // no figure, right below the header, is still the header.)
    if (!under && !found && k == l + 1 && lines[k].text.find_first_of("0123456789") == std::string::npos) continue;
    if (!under) break;
    std::string value = trim_punct(under->text);
    if (value.empty() || value.back() == ':' || value.find_first_of("0123456789") != std::string::npos) break;
    // A value wrapped in its cell ("Tecnico sanitario di" / "laboratorio biomedico"): the next line,
    // fewer cells than a row and no figure, whose first cell begins under the value, goes on with it
    // when the value breaks off on a joining word or the next line begins in lower case (not a
    // sentence or a label below the table: "She is a full-time employee.", "Dates of employment").
    static const Regex& joining_end = icase_regex(R"(\s(of|in|and|de|di|da|do|du|des|del|della|en|e|y|et|-)$)");
    if (k + 1 < lines.size() && line_cells(lines[k + 1]).size() < header.size() &&
        lines[k + 1].text.find_first_of("0123456789") == std::string::npos) {
      const std::string next = trim(line_cells(lines[k + 1]).front().text);
      const bool lower_start = !next.empty() && std::islower(static_cast<unsigned char>(next[0]));
      if ((lower_start || std::regex_search(value, joining_end)) && !next.empty() && next.back() != '.')
        value = value_wrapped_below(value, *under, &lines[k + 1]);
    }
    found = letter_part(*under, repair_roman_suffix(value), 0.9, 0, under->text.size());
  }
  return found;
}

}  // namespace

std::optional<LetterPart> position_of(const TextRun& text, const std::vector<TextRun>& lines) {
  static const Regex& labelled =
      // after a form's item number ("2. Designation"), with a translation before a slash ("Cargo /
      // Position:"), or in the letter's language alone
      icase_regex(R"(^(\d{1,2}[.)]\s*)?([^:/]{1,30}/\s*)?((job title|designation|substantive (?:post|position|rank)|position title|job position|position held|)"
                  R"(cargo|puesto|función|poste|fonction|emploi occupé|funcția|funcţia|stanowisko|görevi|unvan(?:ı)?)\s*:?|)"
                  R"((position|post|rank)\s*:)\s*)");
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const auto cells = line_cells(lines[l]);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::smatch m;
      // "Position          : Scientific Officer": the colon printed apart begins the value's cell.
      // (With its translation beside it: "Jabatan / Position", "Position / Cargo".)
      static const Regex& label_alone = icase_regex(
          R"(^([^:/]{1,30}/\s*)?(position|post|rank|designation|job title|jabatan|cargo|puesto|pozisyon|unvan|görevi|)"
          R"(посада)(\s*/\s*[^:/]{1,30})?$)");
      // A bilingual form's label ("Görevi / Position") needs no colon: its value is the next cell.
      const bool bilingual_label = cells[c].text.find('/') != std::string::npos;
      if (std::regex_match(cells[c].text, label_alone) && c + 1 < cells.size() && !cells[c + 1].text.empty() &&
          (cells[c + 1].text[0] == ':' || bilingual_label)) {
        // (The colon alone in its own cell, the value in the one after: "Position   :   Scientist".)
        const bool colon_alone = trim(cells[c + 1].text) == ":" && c + 2 < cells.size();
        const TextRun& cell = colon_alone ? cells[c + 2] : cells[c + 1];
        const std::size_t from = !colon_alone && cell.text[0] == ':' ? 1 : 0;
        std::string value = trim_punct(cell.text.substr(from));
        value = value_wrapped_below(value, cell, l + 1 < lines.size() ? &lines[l + 1] : nullptr);
        if (bilingual_label) value = english_half(cells[c].text, value);
        if (!value.empty()) return letter_part(cell, repair_roman_suffix(value), 0.97, from, cell.text.size());
      }
      if (c == 0)
        if (auto beside = value_beside_label(cells)) return beside;
      if (auto in_column = value_in_column_below(lines, l, cells, c)) return in_column;
      if (!std::regex_search(cells[c].text, m, labelled)) continue;
      // A label alone on its line, its value printed under it (a form's boxes): the next line's cell
      // that begins within a few word heights of the label's left edge.
      if (m.length(0) == static_cast<long>(cells[c].text.size()) && cells.size() == 1 && l + 1 < lines.size()) {
        for (const TextRun& below : line_cells(lines[l + 1])) {
          if (below.pieces.empty()) continue;
          const double dx = below.pieces.front().upright.x0 - cells[c].pieces.front().upright.x0;
          if (below.text.empty() || std::abs(dx) > 3 * cells[c].height() || below.text.back() == ':') continue;
          const std::string value = trim_punct(below.text);
          if (!value.empty()) return letter_part(below, repair_roman_suffix(value), 0.9, 0, below.text.size());
        }
      }
      const TextRun& cell = m.length(0) < static_cast<long>(cells[c].text.size()) || c + 1 >= cells.size() ? cells[c] : cells[c + 1];
      const std::size_t begin = &cell == &cells[c] ? static_cast<std::size_t>(m.length(0)) : 0;
      const std::string value = trim_punct(cell.text.substr(begin));
      // A label word without its colon, its "value" running on in lower case, is prose that a line
      // happens to begin with ("puesto de Químico Clínico, con un horario ..."): the prose readers
      // below take it.
      const bool colon = m.str(0).find(':') != std::string::npos;
      if (!colon && &cell == &cells[c] && !value.empty() && !starts_capitalised(value)) continue;
      // ("Job Title | Department | From | To": a header row whose values no column below gave.)
      if (!colon && &cell != &cells[c] && is_field_label(value)) continue;
      if (!value.empty()) return letter_part(cell, repair_roman_suffix(value), 0.97, begin, cell.text.size());
    }
  }
  // "... employed as Medical Technologist in this institution", "... in our laboratory as X w.e.f."
  static const Regex& prose = icase_regex(
      R"(\b(?:employed|working|worked|work|engaged|appointed|served|serving|designated|hired)\b[^\n]{0,100}?\bas[.:,]?\s+(?:an?\s+)?)"
      // (a pay grade before the title is no part of it: "as a Band 5 Biomedical Scientist")
      R"((?:(?:Band|Grade|Level|Scale)\s+\d{1,2}[A-Za-z]?\s+)?)"
      R"(((?:[A-Z][A-Za-z.\-/]*|I{1,3}|IV|\([A-Za-z ]+\))(?:\s+(?:[A-Z][A-Za-z.\-/]*|I{1,3}|IV|[I1l|\[\]{}!]{1,3}|\([A-Za-z ]+\)|of|and)(?=\s|$|[.,]))*))",
      false);
  // "appointed as Laboratory Technician on ... and promoted to Medical Technologist w.e.f. ...": the
  // post held last is the one the promotion names (the last promotion, when there are several).
  static const Regex& promoted = icase_regex(
      R"(\b(?:promoted|elevated|upgraded|re-?designated|advanced)\s+(?:to|as)\s+(?:the\s+(?:post|position|rank|grade)\s+of\s+)?(?:an?\s+)?)"
      R"(((?:[A-Z][A-Za-z.\-/]*|I{1,3}|IV|\([A-Za-z ]+\))(?:\s+(?:[A-Z][A-Za-z.\-/]*|I{1,3}|IV|[I1l|\[\]{}!]{1,3}|\([A-Za-z ]+\)|of|and)(?=\s|$|[.,]))*))",
      false);
  std::smatch m;
  std::optional<std::smatch> last_promotion;
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), promoted); it != SRegexIterator(); ++it) last_promotion = *it;
  if (last_promotion) m = *last_promotion;
  else if (!std::regex_search(text.text, m, prose)) {
    if (auto apposed = position_after_name(text)) return apposed;
    if (auto foreign = position_in_foreign_prose(text)) return foreign;
    if (auto cyrillic = position_in_cyrillic_prose(text)) return cyrillic;
    if (auto before_post = position_before_post_word(text)) return before_post;
    return position_in_lower_case(text);
  }
  std::string value = trim_punct(m[1].str());
  // The terms of the employment in brackets after the post are no part of its name ("Senior Medical
  // Technologist (Contractual)", "Laboratory Aide (Probationary)"): the post ends before them.
  {
    static const Regex& terms = icase_regex(R"(\s*\(\s*)" + document_words_alternation("employment_terms") + R"(\s*\)(?:\s.*)?$)");
    std::smatch t;
    if (std::regex_search(value, t, terms) && t.position(0) > 0) value = trim_punct(value.substr(0, static_cast<std::size_t>(t.position(0))));
  }
  // A full stop after a word of three or more letters ends the sentence: the capitalised word after
  // it begins the next one ("... as a Medical Laboratory Scientist. She worked ..."), while an
  // abbreviation's stop ("Sr. Technologist", "Lab. Scientist") stays inside the title.
  static const Regex& sentence_end = icase_regex(R"(\b([A-Za-z]{3,})\.\s+[A-Z])", false);
  static const Regex& abbreviation = icase_regex(R"(^(?:lab|med|sci|tech|asst|assoc|dept|hosp|clin|spec|admin)$)");
  for (auto it = SRegexIterator(value.begin(), value.end(), sentence_end); it != SRegexIterator(); ++it) {
    if (std::regex_match((*it)[1].str(), abbreviation)) continue;
    value = value.substr(0, static_cast<std::size_t>(it->position(1) + it->length(1)));
    break;
  }
  // A trailing "of"/"and" belongs to the sentence, not the title.
  static const Regex& dangling = icase_regex(R"(\s+(of|and)$)");
  while (std::regex_search(value, dangling)) value = value.substr(0, value.rfind(' '));
  const auto begin = static_cast<std::size_t>(m.position(1));
  LetterPart part = letter_part(text, value, 0.95, begin, begin + value.size());
  part.value = repair_roman_suffix(value);
  return part;
}

}  // namespace cc
