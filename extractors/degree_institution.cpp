// The school a diploma or transcript is of: the most prominent line near the top of the first page
// that names a university, college or institute, without the officer who speaks for it.
#include <algorithm>
#include <string>
#include <vector>

#include "extractors/degree_parts.h"
#include "core/regex.h"
#include "extractors/document_words.h"
#include "extractors/text_utils.h"

namespace cc::degree_parts {

namespace {

// The school's name without the officer or body that speaks for it on a certificate ("The
// President of Hanbit Health University", "The Rector of ...", "The Council of ...") and without
// a leading article ("The University of Northmoor").
std::string without_officer(const std::string& text) {
  static const Regex& officer = icase_regex(
      R"(^\s*(the\s+)?(president|rector|chancellor|vice[- ]chancellor|council|senate|board\s+of\s+(trustees|governors|regents)|)"
      R"(governing\s+(body|council)|dean|director)\s+of\s+|)"
      // (in French, Spanish, Portuguese: "Le Directeur Général de l'École ...", "El Rector de la Universidad ...")
      // (after "and in its name", as a Spanish title is issued by the head of state "y en su nombre el
      // Rector de la Universidad ...")
      R"(^\s*(?:(?:y|and|et|e)\s+(?:en\s+su\s+nombre|in\s+(?:his|her|its)\s+name|en\s+son\s+nom|em\s+seu\s+nome),?\s+)?)"
      R"((le|la|el|o|il)?\s*(directeur|directrice|pr(?:é|e)sident|recteur|rector|reitor|rettore|director|diretor|doyen|decano)(\s+g(?:é|e)n(?:é|e)ral)?\s+(de\s+l(?:'|’)\s*|de\s+la\s+|du\s+|del\s+|da\s+|do\s+|della\s+|de\s+))");
  // (on whose recommendation an authority confers: "sur recommandation du Collège X, décerne à", "on
  // the recommendation of the Senate of X"; the verb after the comma is no part of the name)
  static const Regex& recommended = icase_regex(
      R"(^\s*(?:sur|upon|on)\s+(?:la\s+|the\s+)?recommandation\s+(?:du\s+|de\s+la\s+|de\s+l(?:'|’)\s*|de\s+|des\s+)|)"
      R"(^\s*(?:upon|on)\s+the\s+recommendation\s+of\s+(?:the\s+)?|,\s+(?:d(?:é|e)cern|conf(?:è|e)r|d(?:é|e)livr|awards?|confers?)\S*\b.*$|)"
      // (the same verb without the comma, to its holder: "Université X confère à Mme ...", "décerne au")
      R"(\s+(?:d(?:é|e)cern|conf(?:è|e)r|d(?:é|e)livr)e(?:nt)?\s+(?:à|a|au|aux)(?:\s.*)?$)");
  // ("..., soussigné," "the undersigned": the officer's words after the name)
  static const Regex& undersigned = icase_regex(R"(,?\s+(soussign\S*|undersigned|abaixo[- ]assinad\S*|suscrit\S*)\b.*$)");
  static const Regex& article = icase_regex(R"(^\s*the\s+(?=\S))");
  const std::string plain = std::regex_replace(text, recommended, "");
  return std::regex_replace(std::regex_replace(std::regex_replace(plain, officer, ""), article, ""), undersigned, "");
}

// A name printed in two languages ("Université du Mont Fébé / University of Mount Febe"): the
// English one, which the evaluators read; else the text as printed.
std::string english_part(const std::string& text, const Regex& school) {
  static const Regex& english = icase_regex(R"(\b(university|college|institute|polytechnic|academy|school)\b)");
  const std::size_t slash = text.find(" / ");
  if (slash == std::string::npos) return text;
  const std::string a = text.substr(0, slash), b = text.substr(slash + 3);
  const std::string fa = fold_latin(a), fb = fold_latin(b);  // "Université": \b needs letters
  if (!std::regex_search(fa, school) || !std::regex_search(fb, school)) return text;
  if (std::regex_search(fb, english) && !std::regex_search(fa, english)) return b;
  if (std::regex_search(fa, english) && !std::regex_search(fb, english)) return a;
  return text;
}

// A school named after the university it belongs to, on one line ("Université du Sud-Ouest —
// Institut Supérieur des Sciences de la Santé de Gafsa"): the school that taught the programme is the
// part after the dash; the whole when only one part names a school.
std::string constituent_school(const std::string& text, const Regex& school) {
  static const Regex& dash = icase_regex(R"(\s(?:—|–|-{1,2})\s)");
  std::smatch m;
  if (!std::regex_search(text, m, dash)) return text;
  const std::string parent = text.substr(0, static_cast<std::size_t>(m.position(0)));
  const std::string part = text.substr(static_cast<std::size_t>(m.position(0) + m.length(0)));
  if (!std::regex_search(fold_latin(parent), school) || part.size() < 10) return text;
  if (!std::regex_search(fold_latin(part), school)) return text;
  return part;
}

// A name printed in quotes after what the school is ("Educational institution "Polesie State Medical
// University"", «...»): the quoted name, when it names a school.
std::string quoted_name(const std::string& text, const Regex& school) {
  static const Regex& quoted = icase_regex(R"((?:"|“|«)([^"“”«»]{6,120})(?:"|”|»|$))");
  std::smatch m;
  if (!std::regex_search(text, m, quoted) || !std::regex_search(fold_latin(m[1].str()), school)) return text;
  return m[1].str();
}

// No heading names the school: the one the holder studied at, in the certificate's sentence ("has
// completed the full course of study at Shirak Regional State Medical Institute in the speciality
// ...", "entered Polesie State Medical University"): capitalised words ending in a school word, with
// its "of ..." after it, following "at", "from" or "entered".
std::optional<Fact> school_in_prose_of(const std::vector<TextRun>& page) {
  static const Regex& prose = icase_regex(
      R"(\b(?:at|from|entered|of)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){0,7}(?:University|Institute|College|Academy|Polytechnic|School))"
      R"((?:\s+of(?:\s+(?:[A-Z][\w'’.-]*|and|the))+)?))", false);
  for (const TextRun& line : page) {
    std::smatch m;
    if (!std::regex_search(line.text, m, prose)) continue;
    std::string name = m[1].str();
    while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
    if (split_words(name).size() < 2) continue;  // "at University": no name
    const auto at = static_cast<std::size_t>(m.position(1));
    return fact_of(line, name, 0.9, at, at + name.size());
  }
  return std::nullopt;
}

// A line that names the school inside what is said of it ("Vu le décret portant organisation de
// l'École Nationale de Santé Publique ...", "La Conférence des directeurs de l'École supérieure de santé
// du Léman", "By order of the Senate of the ..."): the name starts at the school word after the first
// "of"/"de" whose words before it name no school; the words before are the preamble, not the name.
std::string school_after_preamble(const std::string& text, const Regex& school) {
  static const Regex& preposition =
      icase_regex(R"(\s(?:de\s+l(?:'|’)\s*|de\s+la\s+|du\s+|des\s+|of\s+the\s+|of\s+)(?=\S))");
  for (auto it = SRegexIterator(text.begin(), text.end(), preposition); it != SRegexIterator(); ++it) {
    const auto end = static_cast<std::size_t>(it->position(0) + it->length(0));
    const std::string before = text.substr(0, static_cast<std::size_t>(it->position(0)));
    if (std::regex_search(fold_latin(before), school)) return text;  // "Institute of ... of the University": a name
    const std::string rest = text.substr(end);
    std::smatch m;
    const std::string folded = fold_latin(rest);
    // (a name is capitalised: "... seal of the academy" refers to a school, it names none)
    const bool capital = !rest.empty() && !(rest[0] >= 'a' && rest[0] <= 'z');
    if (capital && std::regex_search(folded, m, school) && m.position(0) == 0 && split_words(before).size() >= 2) return rest;
  }
  return text;
}

}  // namespace

// The school: the most prominent line near the top of the first page naming a university, college...
std::optional<Fact> read_institution(const std::vector<TextRun>& first_page, std::string& address, bool any_script) {
  static const Regex& school =
      icase_regex(R"(\b(university|college|institute|colegio|universidad|universiti|universitas|universidade|)"
                  R"(universit(e|é|a|à)|universitatea|uniwersytet|polytechnic|academy|school|)"
                  R"(universitesi|institut|instituto|politecnico|politeknik|akademi|sekolah tinggi|centro universitario|faculdade|)"
                  // a faculty in the languages that name it as the school ("Faculté des Sciences ... de Sousse")
                  R"(faculte|facultad|facolta|)"
                  // a school in French, Spanish, Portuguese, Italian ("École Nationale ...", "Escuela de
                  // ..."), a university in Hungarian (a compound: "Tudományegyetem", "Semmelweis Egyetem")
                  // and a college ("főiskola"), Czech/Slovak, Croatian/Serbian
                  R"(ecole|escuela|escola|scuola|[a-z]*egyetem|[a-z]*foiskola|univerzit[a-z]*|vysoka skola|sveuciliste|veleuciliste|)"
                  // a university of applied sciences or college in German ("Hochschule", compounds:
                  // "Fachhochschule"), Dutch ("hogeschool"), the Baltic languages ("kolegija", "koledža",
                  // "universitetas", "universitāte")
                  R"([a-z]*hochschule|hogeschool|kolegija|koledza|universitetas|universitate|)"
                  // (a school of higher education in Latvian, "augstskola", and Finnish, "(ammatti)korkeakoulu",
                  // "yliopisto")
                  R"(augstskol[a-z]*|[a-z]*korkeakoulu|yliopisto|)"
                  // (and the words of more languages kept as data: Nordic "højskole", "högskola",
                  // "universitet", Estonian "ülikool", German "Universität", ...)
                  + title_words_alternation("school") + R"()\b)");
  // With `any_script`, the same words in Cyrillic (Serbian, Russian, Ukrainian, Kyrgyz, Bulgarian
  // schools), which folding to Latin drops: matched on the lower-cased text as printed.
  static const Regex& cyrillic_school = icase_regex(
      R"((универзитет|университет|університет|універсітет|институт|інститут|академија|академия|академія|)"
      R"(колеџ|колледж|коледж|висока школа|высшая школа))");
  auto names_school = [&](const std::string& t) {
    return std::regex_search(fold_latin(t), school) || (any_script && std::regex_search(lower_utf8(t), cyrillic_school));
  };
  // A sentence that names the school ("... studied at Jiangnan Medical University from ...") is no heading.
  // ("... completed the full course of the said university ...": a school referred back to is no name.)
  static const Regex& sentence = icase_regex(R"(\b(from|has|have|was|were|is|studied|completed|entered|said)\b)");
  static const Regex& not_a_name = icase_regex(
      R"(office of|registrar|republic of|prescribed|\bby the\b|of the university|for the award|board of|faculty|)"
      R"(high school|form 138|department|this is to|certif|upon the|programme|program:|course:|degree:|@)");
  static const Regex& cut = icase_regex(R"(\s[-|]\s|\s+(official|transcript|statement|record of|office)\b)");
  std::optional<TextRun> best;
  std::string best_text;
  std::size_t best_line = 0;
  const std::size_t limit = std::min<std::size_t>(first_page.size(), 12);
  for (std::size_t i = 0; i < limit; ++i)
    for (const TextRun& cell : line_cells(first_page[i])) {
      if (!names_school(cell.text) || std::regex_search(cell.text, not_a_name)) continue;
      // The officer who confers, of a school the line does not name ("Le Président de l'Université,").
      static const Regex& officer_only = icase_regex(
          R"(^\W*(?:the|le|la|el|o|il)?\s*(?:president|recteur|rector|reitor|rettore|doyen|dean|directeur|director)\s+)"
          R"((?:de|of|del|da|do|della|dell)\b.{0,6}(?:universit\w*|institut\w*|college|faculte)\W*$)");
      if (std::regex_search(fold_latin(cell.text), officer_only)) continue;
      std::string text = constituent_school(quoted_name(cell.text, school), school);
      std::smatch m;
      if (std::regex_search(text, m, cut)) text = text.substr(0, static_cast<std::size_t>(m.position(0)));
      text = trim_noise(without_officer(english_part(text, school)));
      // An OCR speck read as a full stop after a particle ("... de la Santé de. Gafsa").
      static const Regex& particle_stop = icase_regex(R"(\b(de|du|des|of|la|le|del|da|do|di)\.\s)");
      text = std::regex_replace(text, particle_stop, "$1 ");
      if (std::regex_search(text, sentence)) continue;
      if (text.size() < 6 || !names_school(text)) continue;
      // A sentence's article before the name ("La Universidad ... otorga", "L'Université ... confère")
      // is no part of it.
      static const Regex& article = icase_regex(R"(^(?:la|el|le)\s+(?=(?:universi|institu|colegio|coll|acad|escuela|facult)))");
      text = std::regex_replace(text, article, "");
      // The state in whose name the school speaks, before it on one line ("La República Bolivariana de
      // Venezuela y en su nombre la Universidad Nacional del Ávila"): the school's name is the rest.
      static const Regex& state_first = icase_regex(R"(^(?:la\s+|the\s+)?(?:rep(?:ú|u)blica|republic|r(?:é|e)publique|estado)(?:\s+\w+)?\s+(?:of|de|du|del)\s)");
      std::smatch school_at;
      if (std::regex_search(text, state_first) && std::regex_search(text, school_at, school) && school_at.position(0) > 0)
        text = text.substr(static_cast<std::size_t>(school_at.position(0)));
      text = std::regex_replace(text, article, "");
      text = school_after_preamble(text, school);
      // Two names side by side on one line (a bilingual letterhead): the English one.
      static const Regex& english = icase_regex(R"(\b(university|college|institute|polytechnic|academy|school)\b)");
      const bool english_beside = best && best_line == i && std::regex_search(text, english) &&
                                  !std::regex_search(best_text, english);
      if (best && cell.height() <= best->height() * 1.05 && !english_beside) continue;
      best = cell;
      best_text = text;
      best_line = i;
    }
  if (!best) return school_in_prose_of(first_page);
  for (std::size_t i = best_line; i < std::min(first_page.size(), best_line + 3); ++i) address += first_page[i].text + "\n";
  const std::size_t at = std::min(best->text.find(best_text), best->text.size());
  return fact_of(*best, natural_case(best_text), 0.97, at, at + best_text.size());
}

std::optional<Fact> read_institution_in_prose(const std::vector<TextRun>& lines) { return school_in_prose_of(lines); }

}  // namespace cc::degree_parts
