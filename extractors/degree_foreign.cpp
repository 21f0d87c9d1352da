#include "extractors/degree_foreign.h"

#include <cctype>
#include <vector>

#include "extractors/degree.h"
#include "extractors/text_utils.h"
#include "core/regex.h"
#include "core/text.h"

namespace cc {

namespace {

struct Found {
  std::size_t begin = 0, end = 0;  // in the folded text
};

// The name that follows a match: up to a comma, full stop, parenthesis, slash, line end or a word
// that begins the rest of the sentence, six words at most.
Found name_after(const std::string& folded, std::string_view original, const std::vector<std::size_t>& source,
                 std::size_t from) {
  static const Regex& stop = icase_regex(
      R"([,.;:()\n]|\s/\s|\s-\s|\s+(a favor|a la|al|en (la|el|esta|este)|con|cu|o profilu|o|practical|full-time|w formie|with|who|at|from|during|)"
      R"(forma|durata|registro|specializarea|profil|held|on|dan|pada|kepadanya|faculty|por tanto|para que|)"
      // (German verbs that close the clause: "im Studiengang Biologie bestanden")
      R"(bestanden|abgeschlossen|absolviert|)"
      // (Croatian "... te je stekla akademski naziv": and obtained the title)
      R"(te)\b)");
  Found f{from, folded.size()};
  while (f.begin < folded.size() && folded[f.begin] == ' ') ++f.begin;
  std::smatch m;
  const std::string rest = folded.substr(f.begin);
  if (std::regex_search(rest, m, stop)) f.end = f.begin + static_cast<std::size_t>(m.position(0));
  std::size_t words = 0;
  for (std::size_t i = f.begin; i < f.end; ++i)
    if (folded[i] == ' ' && i + 1 < f.end && folded[i + 1] != ' ' && ++words >= 6) {
      f.end = i;
      break;
    }
  // A name printed in capitals ends where the capitals do ("... CLÍNICO En testimonio de ello").
  auto is_upper_word = [&](std::size_t b, std::size_t e) {
    const std::string word(original.substr(source[b], source[e] - source[b]));
    return upper_utf8(word) == word && lower_utf8(word) != word;
  };
  std::size_t word_end = f.begin;
  while (word_end < f.end && folded[word_end] != ' ') ++word_end;
  if (word_end - f.begin >= 3 && is_upper_word(f.begin, word_end))
    for (std::size_t i = word_end; i < f.end; ++i) {
      if (folded[i] == ' ') continue;
      std::size_t e = i;
      while (e < f.end && folded[e] != ' ') ++e;
      // A lower-case word ends it, a lone letter too ("BACHAREL EM BIOMEDICINA a LETÍCIA ..."); a
      // dash or an ampersand does not.
      if (!is_upper_word(i, e) && (e - i > 1 || std::isalpha(static_cast<unsigned char>(folded[i])))) {
        f.end = i;
        break;
      }
      i = e;
    }
  while (f.end > f.begin && folded[f.end - 1] == ' ') --f.end;
  return f;
}

// The level the words of Cyrillic-script systems state ("основне академске студије", the Serbian
// first cycle; "бакалавр"; "мастер академске студије", "магистр"), or a credit total only a first
// cycle has in the European credit system (180 to 240 ECTS; ESPB / ЕСПБ and CFU are the same
// credits: a master's adds 60-120, a short cycle has 120): "" when neither is printed. `lowered` is
// the text lower-cased as printed (folding to Latin drops Cyrillic).
std::string level_in_other_scripts(const std::string& lowered) {
  static const Regex& master = icase_regex(R"(мастер\s+академск|магистр)");
  static const Regex& first_cycle = icase_regex(R"(основн\S*\s+(академск|струковн)\S*\s+студиј|бакалавр)");
  static const Regex& first_cycle_credits = icase_regex(R"(\b(180|210|240)\s*(ects|espb|еспб|cfu)(?![a-z]))");
  if (std::regex_search(lowered, master)) return "master";
  if (std::regex_search(lowered, first_cycle) || std::regex_search(lowered, first_cycle_credits)) return "bachelor";
  return {};
}

// The programme named after the Cyrillic words for a course of studies ("на основне академске студије
// Биологија, обима 180 ЕСПБ", "студијски програм: ...", "по специальности «...»"): the name as
// printed, up to a comma, a bracket, a quote or six words, when it names a field the rules know.
std::optional<StatedQualification> cyrillic_programme(std::string_view text, const std::string& lowered,
                                                       const std::string& level) {
  if (lowered.size() != text.size()) return std::nullopt;  // offsets must hold
  static const Regex& label = icase_regex(
      R"((студије|студијски програм|студијског програма|специальности|специальность|направлению подготовки|)"
      R"(спеціальністю|спеціальність)\s*(?:(?:—|–|-)\s*)?(?::|«|"|„)?\s*)");
  // (Marks outside ASCII as alternatives, never in brackets: a bracket matches single bytes, and the
  // second byte of a Cyrillic letter, "л" = D0 BB, is the second byte of "»".)
  static const Regex& name_end = icase_regex(R"re([,.;:()"\n]|«|»|“|”|„|\s(?:—|–|-)\s)re");
  for (auto it = SRegexIterator(lowered.begin(), lowered.end(), label); it != SRegexIterator(); ++it) {
    const auto begin = static_cast<std::size_t>(it->position(0) + it->length(0));
    std::smatch m;
    const std::string rest = lowered.substr(begin);
    std::size_t end = begin + (std::regex_search(rest, m, name_end) ? static_cast<std::size_t>(m.position(0)) : rest.size());
    std::size_t words = 0;
    for (std::size_t i = begin; i < end; ++i)
      if (text[i] == ' ' && i + 1 < end && text[i + 1] != ' ' && ++words >= 6) end = i;
    while (end > begin && text[end - 1] == ' ') --end;
    if (end <= begin + 3) continue;
    const std::string name = natural_case(text.substr(begin, end - begin));
    if (field_of_title(name) == "other") continue;
    return StatedQualification{name, level, begin, end};
  }
  return std::nullopt;
}

}  // namespace

std::optional<StatedQualification> stated_qualification(std::string_view text) {
  std::vector<std::size_t> source;
  const std::string folded = lower_utf8(fold_latin(text, &source));
  if (folded.size() + 1 != source.size()) return std::nullopt;  // lower_utf8 of ASCII keeps lengths
  static const Regex& bachelor = icase_regex(
      R"(\b(licencjat\w*|licent\w*|licenciatur\w*|licenciad\w*|bacharel\w*|bachiller\w*|diplome de licence|sarjana|)"
      R"(titulo profesional|bachelor'?s degree|licence (?:en|de|d')|cu nhan|)"
      // the first degree's word in French-speaking Belgium and Central Africa ("bachelier"), in
      // Lithuanian and Latvian ("bakalauras", "bakalaurs", "bakalauro laipsnis"), and a German
      // "Bachelorprüfung" / "Bachelorstudiengang"
      R"(bachelier\w*|bakalaur\w*|bachelor(?:pr|stud)\w*|)"
      // the Czech and Slovak first degree ("bakalář", "bakalářský studijní program", "bakalár")
      R"(bakalar\w*)\b)");
  // Turkish: "lisans" is the first degree, "yüksek lisans" the master's, "ön lisans" the associate's.
  static const Regex& lisans = icase_regex(R"(\b(yuksek |on ?)?lisans\b)");
  // (a university's full course, as translations of diplomas of the former Soviet states state the
  // first degree: "completed the full course of the said university in the speciality ...")
  static const Regex& first_cycle = icase_regex(
      R"(\b(first[- ]cycle|pierwszego stopnia|undergraduate|first[- ]level (?:of )?higher education|)"
      R"(full course of (?:the )?(?:said )?university|course of the said university|)"
      // Croatian, Serbian and Bosnian in Latin letters: the undergraduate study ("preddiplomski
      // sveučilišni/stručni studij", "osnovne akademske studije") and its graduate's title
      // ("sveučilišni prvostupnik / prvostupnica", "baccalaureus / baccalaurea")
      R"(preddiplomsk\w*\s+(?:sveucilisn|strucn)\w*\s+studij|osnovn\w*\s+(?:akademsk|strukovn)\w*\s+studij\w*|prvostupni(?:k|ca)|baccalaure(?:us|a)|)"
      // the first cycle named so in South Slavic, French, Spanish and Italian ("diploma o završenom
      // prvom ciklusu studija", "premier cycle", "primer ciclo", "primo ciclo")
      R"(prv\w*\s+ciklus\w*|premier\s+cycle|primer\s+ciclo|primo\s+ciclo|)"
      // (the first level of Slovene and Croatian study programmes: "študijski program prve stopnje",
      // "prvog stupnja")
      R"(prv\w*\s+st(?:o|u)pnj\w*)\b)");
  static const Regex& master = icase_regex(R"(\b(second[- ]cycle|drugiego stopnia|magister\w*|maestri\w*|mestrado|master)\b)");
  // ("Título otorgado: X", "Título obtenido: X": a label whose value follows its colon.)
  static const Regex& conferred = icase_regex(
      R"(\b(titulo|titlul|tytul|)"
      // the academic title conferred, as Central European and South Slavic diplomas word it
      // ("stekla je akademsko zvanje X", "akademski naziv X", "uděluje akademický titul X")
      R"(akademsk\w*\s+(?:zvanj|naziv)\w*|akademick\w*\s+titul\w*|academic\s+title))"
      R"(\s+(profesional\s+|zawodowy\s+)?((?:otorgad|obtenid|conferid|outorgad)[oa]\s*:\s*)?(de\s+)?)");
  // Labels in English first: a bilingual certificate's English field is the one evaluators read.
  static const Regex& english_label = icase_regex(
      R"(\b(main field of study|field of study|study programme|study program|programme of study|(the )?program(me)? of|in the field of|)"
      R"(major|department of)\s*[:/]?\s*)");
  static const Regex& field_label = icase_regex(
      R"(\b(programul de studii|kierunku?( studiow)?|el programa de|programa de|carrera|especialidad|domaine|)"
      R"(specialite|specializarea|program studi|)"
      // the course completed: "concluiu o curso de Análises Clínicas ..., em regime de Licenciatura",
      // "Corso di Laurea in ...", "in the speciality ..."
      R"(curso de|curso em|corso di laurea in|corso di|speciality|specialty|)"
      // (Czech, Slovak and South Slavic "studijní obor X", "studijní program X", "studijskom programu X")
      R"(studijn\w*\s+(?:obor|program)\w*|studijsk\w*\s+program\w*|)"
      // (German "im Studiengang X", Lithuanian "studijų programą X")
      R"(studiengang|studienrichtung|studiju program\w*|)"
      // (a study named by its cycle: "preddiplomski sveučilišni studij Medicinsko laboratorijska
      // dijagnostika", "osnovne akademske studije Biologija")
      R"(preddiplomsk\w*\s+(?:sveucilisn|strucn)\w*\s+studij|osnovn\w*\s+(?:akademsk|strukovn)\w*\s+studij\w*)\s*[:/]?\s*)");
  auto original = [&](const Found& f) { return std::string(text.substr(source[f.begin], source[f.end] - source[f.begin])); };

  std::smatch m;
  std::string level_word, level;
  if (std::regex_search(folded, m, master)) level = "master";
  if (std::regex_search(folded, m, first_cycle)) level = "bachelor";
  for (auto it = SRegexIterator(folded.begin(), folded.end(), lisans); it != SRegexIterator(); ++it)
    if (!(*it)[1].matched) level = "bachelor";
    else if (level.empty()) level = (*it)[1].str().rfind("yuksek", 0) == 0 ? "master" : "associate";
  if (std::regex_search(folded, m, bachelor)) {
    level = "bachelor";
    const std::size_t b = static_cast<std::size_t>(m.position(0));
    level_word = original(Found{b, b + static_cast<std::size_t>(m.length(0))});
    if (m.str(0).rfind("licencjat", 0) == 0) level_word = "Licencjat";  // "licencjata": the genitive
    if (m.str(0).rfind("titulo", 0) == 0) level_word.clear();
    if (m.str(0).rfind("bachelor", 0) == 0 || m.str(0).rfind("bakalar", 0) == 0) level_word = "Bachelor";
  }

  const std::string lowered = lower_utf8(text);
  if (level.empty()) level = level_in_other_scripts(lowered);

  std::optional<StatedQualification> named;  // a title conferred, whatever field it names
  for (auto it = SRegexIterator(folded.begin(), folded.end(), conferred); it != SRegexIterator(); ++it) {
    // (The Spanish and Portuguese word for "title" bare is no title conferred, "de" or a label's
    // colon or kind after it is: a column headed "TÍTULO" over course headings, "que a este título
    // corresponden". Romanian "titlul" is "the title", the one conferred: "i s-a conferit titlul".)
    const std::string keyword = (*it)[1].str();
    const bool bare_title_word = keyword == "titulo" && !(*it)[2].matched && !(*it)[3].matched && !(*it)[4].matched;
    if (bare_title_word) continue;
    const Found f = name_after(folded, text, source, static_cast<std::size_t>(it->position(0) + it->length(0)));
    if (f.end <= f.begin + 3) continue;
    StatedQualification q{natural_case(original(f)), level, source[f.begin], source[f.end]};
    static const Regex& technician = icase_regex(R"(^(tecnic|tecnolog|auxiliar|technician))");
    // (A technologist's professional title conferred with an academic degree, "le confiere el Título
    // Profesional de TECNÓLOGA MÉDICA ... y el Grado Académico de Licenciada en ...", is at that
    // degree's level.)
    static const Regex& academic_degree_too = icase_regex(R"(\bgrado\s+academico\s+de\s+(licenciad|bachiller))");
    if (std::regex_search(folded.substr(f.begin), technician) && !std::regex_search(folded, academic_degree_too)) q.level = "diploma";
    else if (q.level.empty() && folded.compare(static_cast<std::size_t>(it->position(0)), 6, "titulo") == 0) q.level = "bachelor";
    if (field_of_title(q.title) != "other") return q;
    if (!named) named = q;
  }
  if (level.empty()) return named;
  for (const Regex* label : {&english_label, &field_label})
    for (auto it = SRegexIterator(folded.begin(), folded.end(), *label); it != SRegexIterator(); ++it) {
      const Found f = name_after(folded, text, source, static_cast<std::size_t>(it->position(0) + it->length(0)));
      if (f.end <= f.begin + 3) continue;
      std::string field = natural_case(original(f));
      // ('in the speciality "Medical Diagnostics"': the name without its quotes)
      static const Regex& quotes = icase_regex(R"(^["“«„]\s*|\s*["”»“]$)");
      field = std::regex_replace(field, quotes, "");
      if (field_of_title(field) == "other") continue;
      // ("o curso de Licenciatura em Análises Clínicas": the course's name already says its level.)
      std::smatch own;
      const std::string field_folded = folded.substr(f.begin, f.end - f.begin);
      if (std::regex_search(field_folded, own, bachelor) && own.position(0) == 0)
        return StatedQualification{field, level, source[f.begin], source[f.end]};
      // (A label that names the study's cycle is the title's first words, as printed: "Preddiplomski
      // sveučilišni studij Medicinsko laboratorijska dijagnostika".)
      std::smatch cycle;
      const std::string label_folded = it->str(0);
      if (std::regex_search(label_folded, cycle, first_cycle) && cycle.position(0) == 0) {
        std::string printed = trim(original(Found{static_cast<std::size_t>(it->position(0)),
                                                  static_cast<std::size_t>(it->position(0) + it->length(0))}));
        if (!printed.empty() && printed[0] >= 'a' && printed[0] <= 'z') printed[0] = static_cast<char>(printed[0] - 'a' + 'A');
        return StatedQualification{printed + " " + field, level, source[static_cast<std::size_t>(it->position(0))], source[f.end]};
      }
      const std::string word =
          level_word.empty() ? std::string(level == "master" ? "Master" : "Bachelor") : natural_case(level_word);
      return StatedQualification{word + " in " + field, level, source[f.begin], source[f.end]};
    }
  // No field named in Latin letters: the programme named in Cyrillic, as printed (its level beside it).
  if (auto programme = cyrillic_programme(text, lowered, level)) return programme;
  return named;
}

}  // namespace cc
