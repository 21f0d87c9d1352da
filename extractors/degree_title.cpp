// Degree titles: which lines state one, how a title broken over lines or continued by its field
// joins up, and what level and field a title names (degree.h declares the public three).
#include "extractors/degree.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/degree_parts.h"
#include "core/regex.h"
#include "extractors/degree_foreign.h"
#include "extractors/document_words.h"
#include "extractors/text_utils.h"

namespace cc {

namespace {

// The same fields named in Cyrillic (Serbian, Russian, Ukrainian programme names: "Медицинска
// лабораторијска дијагностика", "Биологија", "Здравствена нега", "Сестринское дело"), which folding to
// Latin drops: matched on the title lower-cased as printed; "other" when none is named.
std::string cyrillic_field_of_title(std::string_view title) {
  const std::string t = lower_utf8(title);
  static const std::vector<std::pair<const char*, const char*>> rules = {
      // (a medical laboratory technician's programme named by the profession: Bulgarian "Медицински лаборант")
      {R"(лабораторијск\S*\s+дијагност|лабораторн\S*\s+(диагност|діагност)|(медицинск|медичн)\S*\s+лаборатор|(медицинск|медичн)\S*\s+лаборант)",
       "medical_laboratory_science"},
      {R"(здравствен\S*\s+нег|сестринск|(медицинск|медичн)\S*\s+сестр|медсестр)", "nursing"},
      {R"(фармац)", "pharmacy"},
  };
  for (const auto& [pattern, field] : rules)
    if (std::regex_search(t, icase_regex(pattern))) return field;
  // Two sciences named: the first printed is the major (as in Latin letters).
  static const Regex& chemistry = icase_regex(R"(хеми|хими|хімі)");
  static const Regex& biology = icase_regex(R"(биолог|біолог)");
  std::smatch c, b;
  const bool has_c = std::regex_search(t, c, chemistry), has_b = std::regex_search(t, b, biology);
  if (has_c && (!has_b || c.position(0) < b.position(0))) return "chemistry";
  if (has_b) return "biology";
  return "other";
}

// The title words of a class (data/document_words.tsv) found in `folded` (never, ablated).
bool title_words_in(const std::string& folded, const char* word_class) {
  if (degree_parts::title_words_ablated()) return false;
  return std::regex_search(folded, icase_regex(document_words_alternation(word_class)));
}

}  // namespace

std::string field_of_title(std::string_view title) {
  // Matched on the folded title (accents dropped: "Química" -> "quimica"), in English and in the
  // languages agencies receive degrees in (Spanish, Portuguese, French, Romanian, Polish, Indonesian).
  static const std::vector<std::pair<const char*, const char*>> rules = {
      {R"(medical\s+(laboratory\s+)?technolog|\bm\.?\s?l\.?\s?t\.?\b|\bmed\.?\s*tech|\b(bsmt|bmlt|bscmlt|dmlt)\b|)"
       R"(tecnologi[ao]\s+medic|technologie\s+medic|teknologi\s+laboratorium\s+medi|)"
       // the technology of (bio)medical analyses or of the medical laboratory, as French, Spanish and
       // Portuguese programmes name it ("Technologie d'analyses biomédicales", "Tecnología de análisis
       // clínicos"); a medical laboratory technician named by the profession's word in Albanian and
       // Romanian ("Laborant Mjekësor", "laborant medical")
       R"(\btechnolog\w*\s+(?:d'|d’|de\s+|des\s+|of\s+)?(?:analy|analisis|analises)\w*\s+(?:bio-?)?(?:medic|clinic)|)"
       R"(\blaborant\w*\s+(?:mjekesor|medical)\b)",
       "medical_technology"},
      {R"((medical|clinical)\s+laboratory\s+science|bio-?medical\s+(laboratory\s+)?science|\bm\.?l\.?s\.?\b|\bc\.?l\.?s\.?\b|)"
       R"(\b(bsmls|bmls|bmlsc|bscmls)\b|^(in\s+)?laboratory\s+sciences?\b|\bscience\s+in\s+laboratory\s+sciences?\b|)"
       R"(bacteriolog[ao]|laborat[oó]ri[oa]\s+clinico|laboratorista\s+clinic|laborator\s+clinic|analises\s+clinicas|)"
       R"(analityka\s+medyczna|diagnostyka\s+laboratoryjna|biologie\s+medicale|analyses\s+(biologiques\s+et\s+)?(bio-?)?medicales|)"
       R"(sciences\s+biomedicales|ciencias\s+biomedicas|laboratoire\s+medical|analis\s+kesehatan|laboratory\s+diagnostic|\bmedical\s+diagnostics\b|\bbiomedicina\b|)"
       // "Bachelor of Science in Medical Laboratory" (a laboratory's kind named, "Technology" not)
       R"(\b(bio-?)?medical\s+laboratory\b|\bclinical\s+laboratory\b|)"
       // "Bioanálisis": the clinical laboratory degree's name in the Dominican Republic and Venezuela
       R"(\bbioanalisis\b|)"
       // Italian: "Tecniche di Laboratorio Biomedico" (the biomedical laboratory technician's degree)
       R"(\blaboratorio\s+biomedic|\btecniche\s+di\s+laboratorio\b|)"
       // A laboratory science qualified "clinical" after it, as Spanish and French degree names put
       // it ("Microbiología y Química Clínica", "Bioquímica Clínica", "Biologie clinique"): the
       // clinical laboratory profession. Not the English "Clinical Biochemistry", a science degree
       // in many countries: read as an MLS field it would shorten the experience a route asks.
       R"(\b(bio-?)?(quimica|chimie|microbiolog[a-z]*|biologi[a-z]*|bioquimica|biochimie)\s+(clinica|clinique|clinic[oa])\b|)"
       // Hungarian "orvosi laboratóriumi ... analitikus" (medical laboratory analyst), Czech/Slovak
       // "zdravotní laborant", "laboratórne vyšetrovacie metódy", Croatian "medicinsko laboratorijska
       // dijagnostika" (Bulgarian "медицински лаборант": cyrillic_field_of_title)
       R"(\borvosi\s+laboratoriumi|\bzdravotn[ia]\s+laborant|laboratorne\s+vysetrovacie|laboratorijsk[aeo]\s+dijagnostik|)"
       // biomedical analytics / diagnostics, the profession's name in German, Dutch, Scandinavian and
       // Baltic programmes ("Biomedizinische Analytik", "Biomedicininė diagnostika", "biomedicinsk
       // analytiker", "Biomedical Diagnostics")
       R"(\bbio-?medi\w*\s+(?:analyti|diagnosti)\w*|)"
       // (and its laboratory named in those languages: Dutch "biomedische laboratoriumtechnologie",
       // Latvian "biomedicīnas laborants", Scandinavian "biomedicinsk laboratorie...")
       R"(\bbio-?medi\w*\s+laborat\w*|)"
       // (Dutch "Medisch Laboratoriumonderzoek", medical laboratory investigation: the profession's
       // programme in the Netherlands and Suriname)
       R"(\bmedisch\w*\s+laborator\w*|)"
       // the laboratory's analyses named "biological" in French programmes ("option Analyses
       // biologiques et biochimiques") and the laboratory technologies of South Slavic ones
       // ("Bachelor laboratorijskih tehnologija"): the clinical laboratory profession
       R"(\banalyses\s+biologiques\b|\blaboratorijsk\w*\s+tehnolog|)"
       // Icelandic "lífeindafræði" (biomedical science, the clinical laboratory profession), folded
       R"(\blifeindafraed)",
       "medical_laboratory_science"},
  };
  static const std::vector<std::pair<const char*, const char*>> professions = {
      // (and in Dutch, German, Latvian, Slovak, Finnish and Scandinavian programmes: "verpleegkunde",
      // "Pflege", "māszinības", "ošetrovateľstvo", "sairaanhoitaja", "sjuksköterska", "sygepleje")
      {R"(nursing|enfermeri|enfermagem|infirmi|infermier|pielegniarstw|asistent[ae]?\s+medical|keperawatan|)"
       R"(verpleegkund|\bpflege|maszinib|osetrovatel|sairaanhoi|sjukskoterske|sygepleje|sykepleie)", "nursing"},
      {R"(pharmac|farmac)", "pharmacy"},
  };
  // Two sciences named ("Microbiology and Chemistry", "Biochemistry and Molecular Biology"): the
  // first one printed is the major.
  static const std::vector<std::pair<const char*, const char*>> sciences = {
      {R"(chemistry|quimica|chimie|chemia\b|\bkimia\b|\bchemie\b)", "chemistry"},
      // (Icelandic "líffræði", folded)
      {R"(biolog|zoology|botany|life sciences?|sciences?\s+de\s+la\s+vie|ciencias\s+de\s+la\s+vida|scienze\s+della\s+vita|\bliffraed)", "biology"},
  };
  const std::string t = lower_utf8(fold_latin(title));
  for (const auto& [pattern, field] : rules)
    if (std::regex_search(t, icase_regex(pattern))) return field;
  // The profession's words in more languages, as data ("bioanalytiker", "bioingeniør", "laboratorijska
  // biomedicina", "medisch laboratorium"): the same field.
  if (title_words_in(t, "field_mls")) return "medical_laboratory_science";
  std::string first;
  std::ptrdiff_t first_at = -1;
  for (const auto& [pattern, field] : sciences) {
    std::smatch m;
    if (!std::regex_search(t, m, icase_regex(pattern))) continue;
    if (first_at < 0 || m.position(0) < first_at) first_at = m.position(0), first = field;
  }
  if (!degree_parts::title_words_ablated()) {
    std::smatch m;
    if (std::regex_search(t, m, icase_regex(document_words_alternation("field_biology"))) &&
        (first_at < 0 || m.position(0) < first_at))
      first_at = m.position(0), first = "biology";
  }
  if (!first.empty()) return first;
  for (const auto& [pattern, field] : professions)
    if (std::regex_search(t, icase_regex(pattern))) return field;
  if (title_words_in(t, "field_nursing")) return "nursing";
  return cyrillic_field_of_title(title);
}

std::string level_of_title(std::string_view title) {
  static const std::vector<std::pair<const char*, const char*>> rules = {
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?((professional|applied)\s+)?(bachelor|baccalaure(ate|us)|bachelier|b\.?\s?sc\b|b\.?\s?s\.|b\.?\s?a\.|bs\b|)"
       R"(bsmt\b|bmlt\b|bscmlt\b|bsmls\b|bmls\b|bmlsc\b|bscmls\b|licenciad[oa]\b|licenciatura\b|licencjat\b|licen[tţ][aă]\b|)"
       R"(sarjana\b|lisans\b|licence\b|cu\s+nhan\b|cử\s+nhân|CỬ\s+NHÂN|Cử\s+Nhân|бакалавр|Бакалавр|БАКАЛАВР))", "bachelor"},
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?(master|m\.?\s?sc\b|m\.?\s?s\.|ms\b))", "master"},
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?(doctor|ph\.?\s?d))", "doctorate"},
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?associate)", "associate"},
      {R"(^\s*(the\s+)?(diploma|certificate|d\.?m\.?l\.?t|(higher\s+)?national\s+diploma|h\.?n\.?d\b|advanced\s+diploma|graduate\s+diploma))", "diploma"},
      // A state diploma of the French system ("Diplôme d'État de Technicien Supérieur en ...",
      // "Diplôme d'État d'Infirmier"): a professional diploma, not a university degree.
      {R"(^\s*dipl(?:ô|Ô|o|O)me\s+d(?:'|’)\s?(?:é|É|e|E)tat\b)", "diploma"},
      // A diploma "of studies" of a stage of education ("Diplôme d'études collégiales", "Diplôme
      // d'études universitaires générales"): a diploma below a bachelor's, whatever the stage's name.
      {R"(^\s*dipl(?:ô|Ô|o|O)me\s+d(?:'|’)\s?(?:é|É|e|E)tudes\b)", "diploma"},
      // The short-cycle technologist diplomas (two years after secondary school, below a
      // bachelor's): French "Diplôme universitaire de technologie" (DUT), "Brevet de technicien
      // supérieur" (BTS), Spanish "Técnico Superior"; and a certificate in the other languages
      // ("Certificado Post Bachillerato en ...": a certificate, whatever level it follows).
      {R"(^\s*(?:dipl(?:ô|Ô|o|O)me\s+universitaire\s+de\s+technologie|brevet\s+de\s+technicien|t(?:é|É|e|E)cnico\s+superior|certificado|certificat)\b)", "diploma"},
      // (the same as "Diplôme de technicien supérieur" and by its initials, "BTS Analyses médicales")
      {R"(^\s*(?:dipl(?:ô|Ô|o|O)me\s+de\s+technicien\s+sup(?:é|É|e|E)rieur|BTS)\b)", "diploma"},
  };
  const std::string t(title);
  for (const auto& [pattern, level] : rules)
    if (std::regex_search(t, icase_regex(pattern))) return level;
  // The level's abbreviation after the programme's name, as Central European degrees are written
  // ("Biológia BSc", "Ápolás MSc"); Bulgarian "(професионален) бакалавър", "магистър" first.
  static const Regex& level_after = icase_regex(R"(\s(b\.?\s?sc|m\.?\s?sc)\.?\s*$)");
  std::smatch after;
  if (std::regex_search(t, after, level_after)) return std::tolower(static_cast<unsigned char>(after[1].str()[0])) == 'b' ? "bachelor" : "master";
  const std::string lowered = lower_utf8(t);
  static const Regex& bulgarian = icase_regex(
      "^\\s*(?:\u043f\u0440\u043e\u0444\u0435\u0441\u0438\u043e\u043d\u0430\u043b\u0435\u043d\\s+)?"
      "(\u0431\u0430\u043a\u0430\u043b\u0430\u0432\u044a\u0440|\u043c\u0430\u0433\u0438\u0441\u0442\u044a\u0440)");
  std::smatch bg;
  if (std::regex_search(lowered, bg, bulgarian)) return bg[1].str().rfind("\u0431", 0) == 0 ? "bachelor" : "master";
  // A degree named by its country's word for the first degree, alone or in brackets after its
  // English gloss ("Degree (Ptychio) in ...", "Laurea in ...", "Grado en ...", "Bakalavr ..."):
  // the words are data, a hint; an English level word above wins.
  static const Regex& first_degree = icase_regex(
      R"(^\s*(?:the\s+)?(?:(?:university\s+|academic\s+|first\s+)?degree\s*\(\s*)?)"
      R"((?:ptychi\w*|πτυχίο|πτυχιο|ΠΤΥΧΙΟ|laurea(?!\s+magistrale)|grado|bakalavr\w*|bakalaur\w*|bakal(?:á|Á|a|A)(?:ř|Ř|r|R)\w*|baccalaur(?:é|É|e|E)at|licence|licenciatura|lisans|diplom\s+bakalavra)\b)");
  if (std::regex_search(t, first_degree)) return "bachelor";
  // (Czech and Slovak "Bakalář" / "Bakalár": no word boundary after their last letter.)
  static const Regex& czech_bachelor = icase_regex(R"(^\s*bakal(?:á|Á|a|A)(?:ř|Ř|r|R))");
  if (std::regex_search(t, czech_bachelor)) return "bachelor";
  // The level named inside the title in its own language, as data: a first degree after the field
  // in the genitive ("Loodusteaduste bakalaureus", "Professionsbachelor i ..."), the graduate's
  // title after a first cycle ("diplomirani inženir ..."), a technician's diploma ("Technicien
  // supérieur ..."). Matched on the title folded and, for other scripts, lower-cased as printed.
  // A master's or doctor's word anywhere keeps its level undecided here.
  static const Regex& higher = icase_regex(R"(\b(master|magist|doctor|doktor|ph\.?\s?d)\w*)");
  const std::string folded = lower_utf8(fold_latin(t));
  if (!std::regex_search(folded, higher)) {
    if (title_words_in(folded, "level_diploma") || title_words_in(lowered, "level_diploma")) return "diploma";
    if (title_words_in(folded, "level_bachelor") || title_words_in(lowered, "level_bachelor")) return "bachelor";
  }
  return {};
}


namespace degree_parts {

namespace {

// A title in another language followed by its English rendering in parentheses ("Licence en
// Sciences de Laboratoire Médical (Medical Laboratory Sciences)"): the title as conferred, when the
// two name the same field.
std::string without_translation(const std::string& title) {
  static const Regex& english_level = icase_regex(R"(^\s*(the\s+)?(bachelor|master|doctor|associate|diploma|b\.?\s?sc|m\.?\s?sc|bs\b))");
  static const std::regex translated(R"(^(.*\S)\s*\(([A-Za-z][A-Za-z ,&'-]{5,})\)$)");
  std::smatch m;
  if (std::regex_search(title, english_level) || !std::regex_match(title, m, translated)) return title;
  const std::string field = field_of_title(m[1].str());
  if (field == "other" || field != field_of_title(m[2].str())) return title;
  return m[1].str();
}

}  // namespace

std::string title_in(std::string_view text, bool other_languages) {
  static const Regex& start = icase_regex(
      // (a level qualified by its kind, "Professional Bachelor of ..."; a level quoted, 'DIPLOMA
      // "BACHELOR" në ...', "in" in Albanian)
      R"((?:"|“|„)bachelor(?:"|”|“)\s+(?:(?:of|in|en)\b|në\s)|)"
      // (a bachelor's named in a compound: Danish "Professionsbachelor in ...")
      R"(\b((?:professional\s+|applied\s+)?(?:[a-z]{4,}(?=bachelor))?bachelor(?:'?s)?\s+(?:of|in)\b|master(?:'?s)?\s+(?:of|in)\b|doctor\s+of\b|associate\s+(?:of|in)\b|)"
      // ("Associate Degree in ...", the associate's degree named with the word degree; not "Bachelor
      // degree in ...", which diplomas print as a description beside the title they confer)
      R"(associate\s+degree\s+(?:of|in)\b|)"
      R"((?:(?:higher\s+)?national\s+)?diploma\s+(?:in|of)\b|b\.\s?sc\.?|b\.?\s?sc\.|m\.\s?sc\.?|m\.?\s?sc\.|\bbs\.?\s+(?:in\s+|í\s+|Í\s+)?\w|\bb\.s\.\s*(?:in\s+)?\w|)"
      R"(licenciad[oa]\s+e[nm]\b|licenciatura\s+e[nm]\b|\bsarjana\s+(?!muda\b)\w))");
  // French "Licence en ...", Vietnamese "Cử nhân ...", Russian "бакалавр ..." (no word boundary
  // before their letters): only where no title above is printed, a bilingual diploma's English
  // title being the one the other documents and the evaluators use.
  static const Regex& other_start = icase_regex(
      // (the level word, then "degree": "Associate Degree in ...", "Bachelor's Degree of ...": only
      // where no title of the usual order is printed, a translation's "Bachelor of ..." being the
      // name the documents give the degree)
      R"(\b(?:bachelor|master|associate)(?:'?s)?\s+degree\s+(?:of|in)\b|)"
      // (A licence may be qualified by its kind first: "Licence Appliquée en", "Licence Fondamentale en".)
      R"(\blicence\s+(?:(?:appliqu|fondamental|professionnel|g.{1,2}n.{1,2}ral|acad.{1,2}miqu)\S*\s+)?(?:en|de|d')\b|)"
      R"(\blicence\s+professionnelle\b|\blicenci(?:é|É)e?\s+(?:en|de|d')\s|)"
      // a bachelor's with the Nordic and Albanian "i" for "in" / "of", maybe in a compound
      // ("Bachelor i bioingeniørfag", "Professionsbachelor i ...", "Bachelor i Shkencave ..."): where
      // no English title is printed (a native title whose field no word list knows would otherwise
      // hide the English one beside it)
      R"(\b(?:[a-z]{4,}(?=bachelor))?bachelor\s+i\s|)"
      // a degree named by its country's word, glossed in English: "the Degree (Ptychio) in X",
      // "Laurea in X", "Grado en X"
      R"(\bdegree\s+\([^()\d]{3,30}\)\s+in\s|\blaurea\s+(?:triennale\s+)?in\s|\bgrado\s+en\s|\bptychi\w*\s+(?:in|of)\s|)"
      R"((?:Cử\s+nhân|CỬ\s+NHÂN|(?:Б|б)акалавр|БАКАЛАВР)\s|)"
      // the first degree in French-speaking Belgium and Central Africa, and Quebec's ("Bachelier en
      // ...", "Baccalauréat en ..."), and a diploma of studies of a stage ("Diplôme d'études
      // collégiales")
      R"(\bbachelier\s+(?:en|de|d')\s?|\bbaccalaur(?:é|É|e|E)at\s+(?:en|de|d')\s?|)"
      R"(\bdipl(?:ô|Ô|o|O)me\s+d(?:'|’)\s?(?:é|É|e|E)tudes\s+\S+|)"
      // a state diploma of the French system: "Diplôme d'État de Technicien Supérieur en ..."
      R"(\bdipl(?:ô|Ô|o|O)me\s+d(?:'|’)\s?(?:é|É|e|E)tat\s+(?:de|d'|d’|en)\s?|)"
      // a higher technician's diploma of the French system named as the credential ("Diplôme de
      // Technicien Supérieur en Analyses Biomédicales"), and its initials before the field ("BTS
      // Analyses médicales": brevet de technicien supérieur)
      R"(\bdipl(?:ô|Ô|o|O)me\s+de\s+technicien\s+sup(?:é|É|e|E)rieur\s+(?:en|de|d'|d’)\s?|\bBTS\s+(?=\w)|)"
      // a certificate named in Spanish or Portuguese with its field ("Certificado Post Bachillerato
      // en Tecnología Médica", "Certificado em ...")
      R"(\bcertificado\s+(?:(?:post|pos)\s*-?\s*(?:bachillerato|bacharelado)\s+)?(?:en|em)\s)");
  static const Regex& stop = icase_regex(
      R"(\s+(with(?!\s+honou?rs\b)|has|having|date|conferred|awarded|on the|on(?=\s+\d)|this|granted|and placed|major in:?$|from|)"
      // (a purpose clause after the title: "... en Microbiología para que pueda ejercer la profesión")
      R"(por tanto|para que|beserta|dengan|by(?=\s+(?:the\s+)?(?:university|order|decision|resolution|decree|ministerial|council|senate|board|governing|academic\s+board|authority|president|rector|chancellor))|)"
      // a date after the title ("..., June 11, 2022 (ROC 111/06/11)")
      R"(,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b|)"
      // a clause after a comma ("..., este Instituto conferiu-lhe o grau de", "..., this University")
      R"(,\s+(?:este|esta|this|que|which)\b|,\s+(?:com|con|avec)\s|)"
      // (Dutch "heeft behaald" (has obtained) after the title, and a track named after a comma:
      // "..., afstudeerrichting klinische biologie", German "Studienrichtung", "Schwerpunkt")
      R"(heeft|,\s+(?:afstudeerrichting|studienrichtung|schwerpunkt)\b|)"
      R"(\s+-\s+|\s+/\s+|[;]|\.\s|\.$|)"
      // (what is said after a title, data/document_words.tsv title_end: "... og til at anvende titlen
      // ...", "and to use the title", the honours class "..., Second Class Upper")
      R"((?:\(\s*)?\b(?:)" + title_words_alternation("title_end") + ")");
  // A degree's initials joined to the word for its examination or degree ("BS-prófi í líffræði",
  // Icelandic "próf", "gráða"): the initials name the degree, "BS í líffræði".
  static const Regex& initials_joined = icase_regex(R"(\b(B\.?S\.?c?|B\.?A\.?|M\.?S\.?c?|M\.?A\.?)-(?:pr(?:ó|Ó|o|O)f|gr(?:á|Á|a|A)(?:ð|Ð|d|D)u)\S*)");
  const std::string s = std::regex_replace(std::string(text), initials_joined, "$1");
  std::smatch m;
  if (!std::regex_search(s, m, start) && !(other_languages && std::regex_search(s, m, other_start))) return {};
  std::string rest = s.substr(static_cast<std::size_t>(m.position(0)));
  // Keep "B.Sc." abbreviations whole: look for a stop after the first word.
  const std::size_t skip = std::min<std::size_t>(rest.size(), static_cast<std::size_t>(m.length(0)));
  std::smatch e;
  const std::string tail = rest.substr(skip);
  std::size_t cut = std::regex_search(tail, e, stop) ? static_cast<std::size_t>(e.position(0)) : std::string::npos;
  // The body that conferred it, after a comma, ends the title too: "..., conferida pela Faculdade
  // de ...", "..., otorgado por la Facultad", "..., délivré par l'Université".
  static const Regex& conferring_body = icase_regex(
      R"(,\s+(?:conferid[oa]|outorgad[oa]|atribu(?:í|i)d[oa]|otorgad[oa]|expedid[oa]|conf(?:é|e)r(?:é|e)e?|d(?:é|e)livr(?:é|e)e?)\s+(?:pel[oa]|por|par)\s)");
  if (std::regex_search(tail, e, conferring_body)) cut = std::min(cut, static_cast<std::size_t>(e.position(0)));
  if (cut != std::string::npos) rest = rest.substr(0, skip + cut);
  rest = trim_punct(collapse_spaces(rest));
  // A level word printed in quotes ('"BACHELOR" në ...') is the level: the quotes are no part of it.
  static const std::regex quoted_level(R"(^(?:"|“|„)([A-Za-z]{3,20})(?:"|”|“))");
  rest = std::regex_replace(rest, quoted_level, "$1");
  // The title's own initials after it ("... Technology (B.M.L.T.)") are no part of it; initials
  // that carry the field ("B.Sc. (MLT)") stay.
  static const std::regex initials(R"(\s*\((?:[A-Z]\.?\s?){2,8}(?:\.?Sc\.?)?\)?\W*$)");
  const std::string without_initials = std::regex_replace(rest, initials, "");
  if (without_initials.size() >= 8 && field_of_title(without_initials) == field_of_title(rest)) rest = without_initials;
  // ... and so are the level's initials inside it ("BACHELOR OF SCIENCE (B.Sc.) IN MICROBIOLOGY").
  static const std::regex level_initials(R"(\s*\((?=[^)]*\.)(?:[A-Z][a-zA-Z]{0,2}\.?\s?){1,4}\)(?=\s+(?:in|of|IN|OF|In|Of)\s))");
  rest = std::regex_replace(rest, level_initials, "");
  // OCR joins words with a hyphen now and then ("Applied Science-in Medical ...").
  rest = std::regex_replace(rest, icase_regex(R"(([a-z])-(in|of|and)\b)"), "$1 $2");
  if (rest.size() < 8) return {};
  // A French diploma names its holder, "Licencié(e) en X": the degree is the "Licence en X".
  static const Regex& french_holder = icase_regex(R"(^licenci(?:é|É)e?\s+)");
  rest = natural_case(rest);
  if (std::regex_search(rest, french_holder)) rest = "Licence " + std::regex_replace(rest, french_holder, "");
  return without_translation(rest);
}


// A Spanish or Portuguese diploma names its holder, "Licenciada en/em X" (as a French one does, "Licenciée en X"):
// the degree conferred is the "Licenciatura en X". (The masculine "Licenciado en X" is also the
// title's generic name, as documents cite it: kept as printed.)
std::string degree_named(const std::string& title) {
  static const Regex& spanish_holder = icase_regex(R"(^licenciada\s+(e[nm])\s+)");
  // (Spain's "Graduado/Graduada en X" is the holder of the "Grado en X".)
  static const Regex& graduate = icase_regex(R"(^graduad[oa]\s+en\s+)");
  if (std::regex_search(title, graduate)) return "Grado en " + std::regex_replace(title, graduate, "");
  std::smatch m;
  if (!std::regex_search(title, m, spanish_holder)) return title;
  return "Licenciatura " + lower_utf8(m[1].str()) + " " + std::regex_replace(title, spanish_holder, "");
}

// The licence-master-doctorate system (France and the countries that took it up) names a programme
// by its level, its domain, its field ("Mention", or "Filière") and its track ("Parcours", or
// "Spécialité"): the degree is the level in the field, and the track when one is printed ("Licence en
// Sciences Biologiques - Parcours Biologie Médicale", "Licence en Sciences Biologiques, spécialité
// Analyses Biomédicales"). A "mention" that names no field is the grade's honour ("Mention : Bien",
// "MENTION : Satisfaction"), no programme.
std::optional<Fact> lmd_title(const std::vector<TextRun>& lines, const std::string& level_text) {
  static const Regex& level = icase_regex(
      R"(\bdipl(?:ô|Ô|o)me\s+(?:national\s+)?de\s+(licence|master)\b|\bniveau\s*:\s*(licence|master)\b|)"
      // (the short-cycle "Diplôme universitaire de technologie", named by its "spécialité" and "option")
      R"(\bdipl(?:ô|Ô|o)me\s+(universitaire\s+de\s+technologie)\b)");
  // The field: the "mention" or the "filière"; the track: the "parcours" or the "spécialité".
  static const Regex& field_label = icase_regex(
      R"(\b(?:mention|fili(?:è|e)re)\s*:?\s*([^,;:]+?)\s*(?:,|;|\s-\s|\s(?=(?:parcours|sp(?:é|e)cialit(?:é|e)|niveau)\b)|$))");
  static const Regex& track_label = icase_regex(
      R"(\b(parcours|sp(?:é|e)cialit(?:é|e)|option)\s*:?\s*([^,;:]+?)\s*(?:,|;|\s-\s|\s(?=niveau\b)|$))");
  // (A DUT names its field the "spécialité" and its track the "option"; the colon is often left out.)
  static const Regex& dut_field_label = icase_regex(
      R"(^\s*sp(?:é|e)cialit(?:é|e)\s*:?\s*([^,;:]+?)\s*(?:,|;|\s-\s|\s(?=option\b)|$))");
  std::smatch lm;
  if (!std::regex_search(level_text, lm, level)) return std::nullopt;
  const std::string level_word = lower_utf8(lm[1].matched ? lm[1].str() : lm[2].matched ? lm[2].str() : lm[3].str());
  const bool dut = !lm[1].matched && !lm[2].matched;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextRun& line = lines[i];
    std::smatch m;
    if (!std::regex_search(line.text, m, dut ? dut_field_label : field_label)) continue;
    const std::string field = natural_case(trim(m[1].str()));
    if (field.size() < 4 || field_of_title(field) == "other") continue;
    std::string title = (dut ? "Diplôme universitaire de technologie " : level_word == "master" ? "Master en " : "Licence en ") + field;
    auto end = static_cast<std::size_t>(m.position(1) + m.length(1));
    // The track after the field on its line ("..., Parcours : Biologie Médicale"), or on the next
    // line ("Spécialité : Analyses Biomédicales").
    std::smatch t;
    const std::string after = line.text.substr(end);
    const bool same_line = std::regex_search(after, t, track_label) && t.position(0) <= 3;
    if (same_line) end += static_cast<std::size_t>(t.position(2) + t.length(2));
    else if (i + 1 < lines.size() && std::regex_search(lines[i + 1].text, t, track_label) && t.position(0) == 0) {}
    else t = std::smatch();
    if (!t.empty()) {
      const std::string track = lower_utf8(t[1].str());
      title += (track.rfind("parcours", 0) == 0 ? " - Parcours " : track == "option" ? ", option " : ", spécialité ") +
               natural_case(trim(t[2].str()));
    }
    return fact_of(line, title, 0.9, static_cast<std::size_t>(m.position(1)), end);
  }
  return std::nullopt;
}

// A record's labelled fields that name the degree's level and its programme apart, in Portuguese and
// Spanish ("Grau: Licenciatura" ... "Curso: Ciências Biomédicas Laboratoriais", "Grado: Licenciatura"
// ... "Carrera: Laboratorio Clínico"): the degree is the level in the programme, when the programme
// names a field the rules know.
std::optional<Fact> title_from_level_and_programme(const std::vector<TextRun>& lines) {
  static const Regex& level = icase_regex(
      R"((?:^|\s)(grau|grado)\s*:\s*(licenciatura|bacharelato|bacharelado|bachillerato)\b(?!\s+e[nm]\b))");
  static const Regex& programme = icase_regex(
      "(?:^|\\s)(?:curso|carrera|\u0421\u043f\u0435\u0446\u0438\u0430\u043b\u043d\u043e\u0441\u0442|\u0441\u043f\u0435\u0446\u0438\u0430\u043b\u043d\u043e\u0441\u0442)\\s*:\\s*(.+?)(?=\\s+[^\\s:]+\\s*:|$)");
  // Bulgarian: "Образователно-квалификационна степен: (професионален) бакалавър" and "Специалност:
  // ...": the level "по" (in) the programme.
  static const Regex& bulgarian_level = icase_regex(
      "(?:\u041e|\u043e)\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u043d\u043e-\u043a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u043e\u043d\u043d\u0430 \u0441\u0442\u0435\u043f\u0435\u043d\\s*:\\s*"
      "((?:\u043f\u0440\u043e\u0444\u0435\u0441\u0438\u043e\u043d\u0430\u043b\u0435\u043d\\s+)?(?:\u0431\u0430\u043a\u0430\u043b\u0430\u0432\u044a\u0440|\u043c\u0430\u0433\u0438\u0441\u0442\u044a\u0440))");
  std::string level_word, preposition;
  for (const TextRun& line : lines) {
    std::smatch m;
    if (std::regex_search(line.text, m, bulgarian_level)) {
      const std::string word = lower_utf8(m[1].str());
      const std::size_t first = word.size() > 1 && (static_cast<unsigned char>(word[0]) & 0xE0) == 0xC0 ? 2 : 1;
      level_word = upper_utf8(word.substr(0, first)) + word.substr(first);
      preposition = " \u043f\u043e ";
      break;
    }
    if (!std::regex_search(line.text, m, level)) continue;
    level_word = natural_case(m[2].str());
    preposition = lower_utf8(m[1].str()) == "grau" ? " em " : " en ";
    break;
  }
  if (level_word.empty()) return std::nullopt;
  for (const TextRun& line : lines) {
    std::smatch m;
    if (!std::regex_search(line.text, m, programme)) continue;
    const std::string field = trim_punct(trim(m[1].str()));
    if (field.size() < 4 || field_of_title(field) == "other") continue;
    const auto begin = static_cast<std::size_t>(m.position(1));
    return fact_of(line, level_word + preposition + field, 0.9, begin, begin + field.size());
  }
  return std::nullopt;
}

}  // namespace degree_parts

std::string degree_title_in(std::string_view text) { return degree_parts::title_in(text, true); }

namespace degree_parts {

bool title_words_ablated() {
  static const bool ablated = ablated_by("CC_ABLATE_TITLE_WORDS");
  return ablated;
}

std::string title_words_alternation(const char* word_class) {
  return title_words_ablated() ? std::string("(?!)") : document_words_alternation(word_class);
}

}  // namespace degree_parts

namespace degree_parts {

namespace {

// A field label, possibly after the same label in another language ("Bậc đào tạo / Degree:").
const Regex& degree_label() {
  return icase_regex(
      R"(^([^:/]{0,40}/\s*)?(course|degree|programme|program|degree awarded|degree in view|programme completed|)"
      // (and French records' "Filière :", the programme's stream)
      // (Hungarian "Szak:", the programme studied)
      R"(degree programme|qualification|award|course of study|study program(me)?|carrera|fili(?:è|e)re|szak|)"
      // (the programme's label in more languages, as data: Dutch "Opleiding", Slovenian "Študijski
      // program", Scandinavian "Studieprogram", ...)
      + title_words_alternation("programme_label") + R"()\s*:?\s*)");
}

// A title that names a level but no field ("Bachelor of Science", "Bachelor of Science Honours",
// "The degree of Bachelor") often goes on on the next line: "in Medical Laboratory Sciences",
// "(Microbiology)", "Major: Biomedical Laboratory Science", or the field alone ("Clinical
// Laboratory Science"). The joined title, or empty when the next line is no such continuation.
std::string continued_title(const std::string& title, const std::string& next_line) {
  if (field_of_title(title) != "other") return {};
  static const Regex& lead = icase_regex(R"(^\s*(in|of)\s+(.+)$)");
  static const Regex& paren = icase_regex(R"(^\s*\(([^()]{3,60})\)\s*$)");
  static const Regex& major = icase_regex(
      R"(^\s*([^:/]{0,40}/\s*)?(major|specialisation|specialization|speciality|specialty|field of study|discipline)\s*(in|:)\s*(.+)$)");
  static const Regex& sentence = icase_regex(R"(\b(has|having|with|the|is|was|been|upon|at|on)\b|\d)");
  std::smatch m;
  std::string field;
  if (std::regex_match(next_line, m, lead)) field = m[2].str();
  else if (std::regex_match(next_line, m, paren)) field = m[1].str();
  else if (std::regex_match(next_line, m, major)) field = m[4].str();
  else if (field_of_title(next_line) != "other" && !std::regex_search(next_line, sentence)) field = next_line;
  field = trim_punct(collapse_spaces(field));
  if (field.size() < 3 || field.find(':') != std::string::npos || field_of_title(field) == "other" ||
      std::regex_search(field, sentence))
    return {};
  // "The degree of Bachelor" + "Major: Medical Laboratory Technology" -> "Bachelor of ...".
  static const Regex& bare_level = icase_regex(R"(^(bachelor|master|doctor|associate)$)");
  // (A title in another language goes on after a comma: "Licenciada en Tecnología de la Salud" +
  // "perfil Laboratorio Clínico"; "in" is English.)
  static const Regex& english = icase_regex(R"(^\s*(the\s+)?(bachelor|master|doctor|associate|diploma|b\.?\s?sc|m\.?\s?sc|bs\b))");
  const std::string joiner = std::regex_match(title, bare_level) ? " of " : std::regex_search(title, english) ? " in " : ", ";
  return natural_case(title) + joiner + natural_case(field);
}

// `title` continued on `next` (the whole line, else one of its cells: a bilingual certificate
// prints the two languages side by side): the joined run and title.
std::optional<Fact> title_continued_on(const TextRun& cell, const std::string& title, const TextRun& next) {
  std::vector<TextRun> candidates = line_cells(next);
  if (candidates.size() > 1) candidates.push_back(next);
  for (const TextRun& c : candidates) {
    const std::string longer = continued_title(title, trim(c.text));
    if (longer.empty()) continue;
    TextRun joined = cell;
    joined.append(c);
    return fact_of(joined, longer, 0.95);
  }
  return std::nullopt;
}

}  // namespace

// The title: a labelled value ("Degree: ...") or a line that is a degree title (diplomas).
std::optional<Fact> read_title(const std::vector<TextRun>& lines) {
  for (const TextRun& line : lines) {
    const std::vector<TextRun> cells = line_cells(line);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const TextRun& cell = cells[c];
      std::smatch m;
      if (!std::regex_search(cell.text, m, degree_label()) || m.length(0) == 0) continue;
      // (A label alone in its cell, its value in the next: "Szak:      Biológia BSc".)
      const bool value_apart = static_cast<std::size_t>(m.length(0)) == cell.text.size() && c + 1 < cells.size() &&
                               cell.text.find(':') != std::string::npos;
      if (value_apart) {
        static const Regex& level_last_apart = icase_regex(R"(^\s*(\S.{2,120}?\s(?:b\.?\s?sc|m\.?\s?sc)\.?)\s*$)");
        std::smatch lm;
        const std::string next = cells[c + 1].text;
        const std::string title = degree_title_in(next);
        if (!title.empty()) return fact_of(cells[c + 1], title, 0.98);
        if (std::regex_match(next, lm, level_last_apart)) return fact_of(cells[c + 1], trim(lm[1].str()), 0.95);
        continue;
      }
      const std::string value = cell.text.substr(static_cast<std::size_t>(m.length(0)));
      const std::string title = degree_title_in(value);
      if (!title.empty()) return fact_of(cell, title, 0.98, static_cast<std::size_t>(m.length(0)));
      // A labelled value that names both a level and a field with no "of"/"in" between
      // ("Opleiding: Bachelor Medisch Laboratoriumonderzoek"): the title as printed.
      if (const std::string v = trim_punct(trim(value)); v.size() >= 8 && v.size() <= 120 && !level_of_title(v).empty() &&
                                                         field_of_title(v) != "other")
        return fact_of(cell, v, 0.95, static_cast<std::size_t>(m.length(0)));
      // A programme's name followed by its level's abbreviation ("Szak: Biológia BSc", the
      // Central European order): the value as printed is the title.
      static const Regex& level_last = icase_regex(R"(^\s*(\S.{2,120}?\s(?:b\.?\s?sc|m\.?\s?sc)\.?)\s*$)");
      std::smatch lm;
      if (m.length(0) > 0 && std::regex_match(value, lm, level_last))
        return fact_of(cell, trim(lm[1].str()), 0.95, static_cast<std::size_t>(m.length(0)));
    }
  }
  // Before the title: nothing, a colon whose label sits in the cell before, "the degree of".
  // (Or the name of the certificate in the diploma's language: "DIPLÔME DE LICENCIÉ EN ...",
  // "Diploma de Licenciatura en ...", "Título de Licenciado en ...".)
  static const Regex& lead = icase_regex(
      R"(^\s*:?\s*(the\s+|le\s+|la\s+|el\s+|der\s+)?(degree\s+of\s+|diploma\s+of\s+|dipl(?:ô|Ô|o)me\s+de\s+|diploma\s+de\s+|t(?:í|Í|i)tulo\s+de\s+|diplom(?:a|ë|e)?\s+)?(?:"|“|„)?$)");
  // "The degree of Bachelor" alone, its field on the next line.
  static const Regex& bare = icase_regex(R"(^\s*(the\s+)?degree\s+of\s+(bachelor|master|doctor)\s*$)");
  // (An English title first, wherever it is printed: a bilingual diploma's native title, "Licence
  // en ..." or "Cử nhân ...", only when there is none.)
  for (const bool other_languages : {false, true})
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (const TextRun& cell : line_cells(lines[i])) {
      std::smatch bm;
      if (std::regex_match(cell.text, bm, bare) && i + 1 < lines.size())
        if (auto f = title_continued_on(cell, bm[2].str(), lines[i + 1])) return f;
      const std::string title = title_in(cell.text, other_languages);
      if (title.empty()) continue;
      std::size_t at = lower_utf8(cell.text).find(lower_utf8(title.substr(0, 6)));
      // (a title read from initials joined to their word, "BS-prófi í ..." as "BS í ...": its first word)
      if (at == std::string::npos) at = lower_utf8(cell.text).find(lower_utf8(title.substr(0, title.find(' '))) + "-");
      if (at == std::string::npos || !std::regex_match(cell.text.substr(0, at), lead)) continue;
      // A title broken over two lines ("Bachelor of Science in" / "Medical Technology").
      static const Regex& open_end = icase_regex(R"(\b(in|of|and|&)$)");
      if (std::regex_search(title, open_end) && i + 1 < lines.size()) {
        TextRun joined = cell;
        joined.append(lines[i + 1]);
        const std::string longer = degree_title_in(joined.text);
        if (!longer.empty()) return fact_of(joined, longer, 0.95);
      }
      if (i + 1 < lines.size())
        if (auto f = title_continued_on(cell, title, lines[i + 1])) return f;
      // A field's last word alone on the next line ("... in Biomedical Laboratory" / "Sciences").
      static const Regex& open_field = icase_regex(R"(\b(laboratory|medical|clinical|biomedical|health)$)");
      static const Regex& last_word = icase_regex(R"(^\s*(sciences?|technology|technologies|studies)\s*$)");
      if (i + 1 < lines.size() && std::regex_search(title, open_field) && std::regex_match(lines[i + 1].text, last_word)) {
        TextRun joined = cell;
        joined.append(lines[i + 1]);
        return fact_of(joined, title + " " + natural_case(trim(lines[i + 1].text)), 0.95);
      }
      return fact_of(cell, title, 0.98);
    }
  }
  return std::nullopt;
}

// The words that confer a title ("le titre de", "strokovni naslov", "stručni naziv", "betegne sig",
  // data: title_given) followed by the title, on the same line or alone on the next: the title as
  // printed, when it names a level (a diploma's sentence in any language). Read after every
  // other way of finding the title has found none.
std::optional<Fact> title_after_given_words(const std::vector<TextRun>& lines) {
  if (title_words_ablated()) return std::nullopt;
  static const Regex& given = icase_regex("(?:^|\\s)" + document_words_alternation("title_given") + "\\s*:?\\s*");
  // (A level must be named: "sveučilišna prvostupnica (baccalaurea) ..." after "akademski naziv" names a
  // field only, and the programme's title read elsewhere says more.)
  auto names_degree = [](const std::string& t) {
    return t.size() >= 8 && t.size() <= 120 && !level_of_title(t).empty();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string folded = lower_utf8(fold_latin(lines[i].text));
    std::smatch m;
    if (!std::regex_search(folded, m, given)) continue;
    if (static_cast<std::size_t>(m.position(0) + m.length(0)) >= folded.size()) {
      if (i + 1 >= lines.size()) continue;
      const std::string next = trim_punct(trim(lines[i + 1].text));
      if (names_degree(next)) return fact_of(lines[i + 1], natural_case(next), 0.9);
      continue;
    }
    // (On the same line: where the folded match ends, counted in the line as printed.)
    std::vector<std::size_t> source;
    const std::string f2 = fold_latin(lines[i].text, &source);
    const std::size_t end_folded = static_cast<std::size_t>(m.position(0) + m.length(0));
    if (f2.size() != folded.size() || end_folded >= source.size()) continue;
    const std::size_t at = source[end_folded];
    std::string rest = degree_title_in(lines[i].text.substr(at));
    if (rest.empty()) rest = trim_punct(trim(lines[i].text.substr(at)));
    if (names_degree(rest)) return fact_of(lines[i], rest, 0.9, at, at + rest.size());
  }
  return std::nullopt;
}

// A title inside a sentence that wraps over lines ("... has been granted the degree of Bachelor of" /
// "Science in Laboratory Sciences on 1398/04/19 ...").
std::optional<Fact> title_in_prose(const TextRun& all) {
  // (or a verb of completing a programme and the article before its level, in Portuguese and
  // Spanish: "concluiu em 20 de julho de 2022 a Licenciatura em Enfermagem", "concluyó el Grado en")
  static const Regex& lead = icase_regex(
      R"(\b(the\s+)?(degree|diploma)\s+of\s+|\b(?:de\s+)?graad\s+van\s+|)"
      // (or the verb of the award and what it awards: "is awarded the title Bachelor of ...",
      // "conferred the degree Bachelor of ...", Dutch "verleent de graad Bachelor of ...")
      R"(\b(?:awarded|conferred|granted)\s+(?:(?:the|a)\s+)?(?:title|degree|qualification)\s+(?:of\s+)?|\bverleent\s+de\s+graad\s+|\b(?:concluiu|concluyo|concluyó|terminou|termino|terminó)\b[^.;]{0,40}?\s(?:a|o|la|el)\s+|)"
      // (or of obtaining it, in French, Spanish and Portuguese: "a obtenu le Diplôme d'État de ...",
      // "obtuvo el título de ...", "obteve o diploma de ...")
      R"(\b(?:a\s+obtenu|obtuvo|obteve)\s+(?:le|la|l'|el|o|a)\s*)"
      R"((?=licenci|bachar|bachill|grado\s+en|dipl))");
  for (auto it = SRegexIterator(all.text.begin(), all.text.end(), lead); it != SRegexIterator(); ++it) {
    const std::size_t at = static_cast<std::size_t>(it->position(0) + it->length(0));
    const std::string title = degree_title_in(utf8_prefix(std::string_view(all.text).substr(at), 120));
    if (title.empty() || all.text.compare(at, 4, title.substr(0, 4)) != 0) continue;
    return fact_of(all, title, 0.9, at, at + title.size());
  }
  return std::nullopt;
}

// A qualification stated the way other languages state it (degree_foreign.h), when it names a
// field or nothing else was read.
std::optional<Fact> stated_title(const TextRun& all) {
  const auto q = stated_qualification(all.text);
  if (!q) return std::nullopt;
  Fact f = fact_of(all, q->title, 0.9, q->begin, q->end);
  f.level = q->level;
  return f;
}

// A degree whose title names a broad field ("Bachelor of Health Science") is taken in a department

// A title that names only a broad area of study: "Bachelor of Science", "Bachelor of Health Science(s)".
bool generic_field_title(const std::string& title) {
  static const Regex& generic = icase_regex(
      R"(^(?:the\s+)?(?:degree\s+of\s+)?(?:bachelor|master|associate)(?:'?s)?(?:\s+(?:of|in))?(?:\s+(?:health|applied|natural|life))?(?:\s+sciences?)?(?:\s*\(hons?\.?\)|\s+with\s+honou?rs)?\s*$)");
  // (a diploma "of studies" of a stage, "Diplôme d'études collégiales", names no subject either)
  static const Regex& studies = icase_regex(R"(^dipl(?:ô|Ô|o|O)me\s+d(?:'|’)\s?(?:é|É|e|E)tudes\s+\S+\s*(?:\([A-Z]{2,6}\))?$)");
  return std::regex_match(title, generic) || std::regex_match(title, studies);
}

// A degree whose title names a broad field ("Bachelor of Health Science") is taken in a department
// that names the discipline ("the course of the Department of Medical Technology"): that
// department's field, or empty when none names a field the rules know.
std::string department_field_in(const std::string& text) {
  static const Regex& department = icase_regex(
      R"(\b(?:[Dd]epartment|DEPARTMENT|[Dd]ept\.?)\s+[Oo][Ff]\s+([A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|and|of)){0,4}))", false);
  for (auto it = SRegexIterator(text.begin(), text.end(), department); it != SRegexIterator(); ++it) {
    const std::string field = field_of_title((*it)[1].str());
    if (field != "other") return field;
  }
  // The programme of study named by its label word in the certificates' languages: German
  // "Studiengang" / "Studienrichtung", French "dans le programme", Lithuanian "studijų programą",
  // Spanish and Portuguese "programa de estudios" (a few words after it, a name in quotes or on the
  // next line): the field of the first that names one.
  static const Regex& programme = icase_regex(
      R"((?:\bstudiengang(?:e?s)?|\bstudienrichtung|\bdans\s+le\s+programme|\bstudij\S*\s+program\S*|\bprograma\s+de\s+estudios?|\bopleiding)\s*:?\s*)"
      R"(((?:\S+\s+){0,4}\S+))");
  for (auto it = SRegexIterator(text.begin(), text.end(), programme); it != SRegexIterator(); ++it) {
    const std::string field = field_of_title((*it)[1].str());
    if (field != "other") return field;
  }
  return {};
}

}  // namespace degree_parts
}  // namespace cc
