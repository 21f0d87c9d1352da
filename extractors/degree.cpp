#include "extractors/degree.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extractors/dates.h"
#include "extractors/degree_credentials.h"
#include "extractors/degree_foreign.h"
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

std::string field_of_title(std::string_view title) {
  // Matched on the folded title (accents dropped: "Química" -> "quimica"), in English and in the
  // languages agencies receive degrees in (Spanish, Portuguese, French, Romanian, Polish, Indonesian).
  static const std::vector<std::pair<const char*, const char*>> rules = {
      {R"(medical\s+(laboratory\s+)?technolog|\bm\.?\s?l\.?\s?t\.?\b|\bmed\.?\s*tech|\b(bsmt|bmlt|bscmlt|dmlt)\b|)"
       R"(tecnologi[ao]\s+medic|technologie\s+medic|teknologi\s+laboratorium\s+medi)",
       "medical_technology"},
      {R"((medical|clinical)\s+laboratory\s+science|bio-?medical\s+(laboratory\s+)?science|\bm\.?l\.?s\.?\b|\bc\.?l\.?s\.?\b|)"
       R"(\b(bsmls|bmls|bmlsc|bscmls)\b|^(in\s+)?laboratory\s+sciences?\b|\bscience\s+in\s+laboratory\s+sciences?\b|)"
       R"(bacteriolog[ao]|laborat[oó]ri[oa]\s+clinico|laboratorista\s+clinic|laborator\s+clinic|analises\s+clinicas|)"
       R"(analityka\s+medyczna|diagnostyka\s+laboratoryjna|biologie\s+medicale|analyses\s+(biologiques\s+et\s+)?medicales|)"
       R"(sciences\s+biomedicales|analis\s+kesehatan|laboratory\s+diagnostic|\bbiomedicina\b|)"
       // "Bachelor of Science in Medical Laboratory" (a laboratory's kind named, "Technology" not)
       R"(\b(bio-?)?medical\s+laboratory\b|\bclinical\s+laboratory\b|)"
       // "Bioanálisis": the clinical laboratory degree's name in the Dominican Republic and Venezuela
       R"(\bbioanalisis\b)",
       "medical_laboratory_science"},
  };
  static const std::vector<std::pair<const char*, const char*>> professions = {
      {R"(nursing|enfermeri|enfermagem|infirmi|pielegniarstw|asistent[ae]?\s+medical|keperawatan)", "nursing"},
      {R"(pharmac|farmac)", "pharmacy"},
  };
  // Two sciences named ("Microbiology and Chemistry", "Biochemistry and Molecular Biology"): the
  // first one printed is the major.
  static const std::vector<std::pair<const char*, const char*>> sciences = {
      {R"(chemistry|quimica|chimie|chemia\b|\bkimia\b)", "chemistry"},
      {R"(biolog|zoology|botany|life sciences?)", "biology"},
  };
  const std::string t = lower_utf8(fold_latin(title));
  for (const auto& [pattern, field] : rules)
    if (std::regex_search(t, icase_regex(pattern))) return field;
  std::string first;
  std::ptrdiff_t first_at = -1;
  for (const auto& [pattern, field] : sciences) {
    std::smatch m;
    if (!std::regex_search(t, m, icase_regex(pattern))) continue;
    if (first_at < 0 || m.position(0) < first_at) first_at = m.position(0), first = field;
  }
  if (!first.empty()) return first;
  for (const auto& [pattern, field] : professions)
    if (std::regex_search(t, icase_regex(pattern))) return field;
  return "other";
}

std::string level_of_title(std::string_view title) {
  static const std::vector<std::pair<const char*, const char*>> rules = {
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?(bachelor|baccalaure(ate|us)|b\.?\s?sc\b|b\.?\s?s\.|b\.?\s?a\.|bs\b|)"
       R"(bsmt\b|bmlt\b|bscmlt\b|bsmls\b|bmls\b|bmlsc\b|bscmls\b|licenciad[oa]\b|licenciatura\b|licencjat\b|licen[tţ][aă]\b|)"
       R"(sarjana\b|lisans\b|licence\b|cu\s+nhan\b|cử\s+nhân|CỬ\s+NHÂN|Cử\s+Nhân|бакалавр|Бакалавр|БАКАЛАВР))", "bachelor"},
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?(master|m\.?\s?sc\b|m\.?\s?s\.|ms\b))", "master"},
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?(doctor|ph\.?\s?d))", "doctorate"},
      {R"(^\s*(the\s+)?((diploma|certificate)\s+(of|for)\s+(the\s+)?)?(degree\s+of\s+)?associate)", "associate"},
      {R"(^\s*(the\s+)?(diploma|certificate|d\.?m\.?l\.?t|(higher\s+)?national\s+diploma|h\.?n\.?d\b|advanced\s+diploma|graduate\s+diploma))", "diploma"},
  };
  const std::string t(title);
  for (const auto& [pattern, level] : rules)
    if (std::regex_search(t, icase_regex(pattern))) return level;
  return {};
}

namespace {

std::string title_in(std::string_view text, bool other_languages);

}  // namespace

std::string degree_title_in(std::string_view text) { return title_in(text, true); }

namespace {

std::string title_in(std::string_view text, bool other_languages) {
  static const Regex& start = icase_regex(
      R"(\b(bachelor(?:'?s)?\s+(?:of|in)\b|master(?:'?s)?\s+(?:of|in)\b|doctor\s+of\b|associate\s+(?:of|in)\b|)"
      R"((?:(?:higher\s+)?national\s+)?diploma\s+(?:in|of)\b|b\.\s?sc\.?|b\.?\s?sc\.|m\.\s?sc\.?|m\.?\s?sc\.|\bbs\.?\s+(?:in\s+)?\w|\bb\.s\.\s*(?:in\s+)?\w|)"
      R"(licenciad[oa]\s+en\b|licenciatura\s+en\b|\bsarjana\s+(?!muda\b)\w))");
  // French "Licence en ...", Vietnamese "Cử nhân ...", Russian "бакалавр ..." (no word boundary
  // before their letters): only where no title above is printed, a bilingual diploma's English
  // title being the one the other documents and the evaluators use.
  static const Regex& other_start = icase_regex(
      R"(\blicence\s+(?:en|de|d'|professionnelle)\b|\blicenci(?:é|É)e?\s+(?:en|de|d')\s|)"
      R"((?:Cử\s+nhân|CỬ\s+NHÂN|(?:Б|б)акалавр|БАКАЛАВР)\s)");
  static const Regex& stop = icase_regex(
      R"(\s+(with(?!\s+honou?rs\b)|has|having|date|conferred|awarded|on the|on(?=\s+\d)|this|granted|and placed|major in:?$|from|)"
      R"(por tanto|beserta|dengan|by(?=\s+(?:the\s+)?(?:university|order|decision|resolution|decree|ministerial))|)"
      // a date after the title ("..., June 11, 2022 (ROC 111/06/11)")
      R"(,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b|)"
      R"(\s+-\s+|\s+/\s+|[;]|\.\s|\.$)");
  const std::string s(text);
  std::smatch m;
  if (!std::regex_search(s, m, start) && !(other_languages && std::regex_search(s, m, other_start))) return {};
  std::string rest = s.substr(static_cast<std::size_t>(m.position(0)));
  // Keep "B.Sc." abbreviations whole: look for a stop after the first word.
  const std::size_t skip = std::min<std::size_t>(rest.size(), static_cast<std::size_t>(m.length(0)));
  std::smatch e;
  const std::string tail = rest.substr(skip);
  if (std::regex_search(tail, e, stop)) rest = rest.substr(0, skip + static_cast<std::size_t>(e.position(0)));
  rest = trim_punct(collapse_spaces(rest));
  // The title's own initials after it ("... Technology (B.M.L.T.)") are no part of it; initials
  // that carry the field ("B.Sc. (MLT)") stay.
  static const std::regex initials(R"(\s*\((?:[A-Z]\.?\s?){2,8}(?:\.?Sc\.?)?\)?\W*$)");
  const std::string without_initials = std::regex_replace(rest, initials, "");
  if (without_initials.size() >= 8 && field_of_title(without_initials) == field_of_title(rest)) rest = without_initials;
  // OCR joins words with a hyphen now and then ("Applied Science-in Medical ...").
  rest = std::regex_replace(rest, icase_regex(R"(([a-z])-(in|of|and)\b)"), "$1 $2");
  if (rest.size() < 8) return {};
  // A French diploma names its holder, "Licencié(e) en X": the degree is the "Licence en X".
  static const Regex& french_holder = icase_regex(R"(^licenci(?:é|É)e?\s+)");
  rest = natural_case(rest);
  if (std::regex_search(rest, french_holder)) rest = "Licence " + std::regex_replace(rest, french_holder, "");
  return rest;
}

}  // namespace

namespace {

struct Fact {
  std::string value;
  bool month_only = false;  // a date read from a month and year alone ("June 2022": its last day)
  std::string level;  // the level the reading states beside its title, when the title does not name one
  double confidence = 0;
  std::vector<Evidence> evidence;
};

struct DegreeReadings {
  std::optional<Fact> title, institution, conferred, stated_years, term_years, training;
  std::string country;
  std::string department_field;  // the field of the department the degree was taken in, when known
  std::vector<std::string> training_areas;
};

void add_evidence(DegreeFacts& out, const std::optional<Fact>& fact) {
  if (!fact) return;
  out.evidence.insert(out.evidence.end(), fact->evidence.begin(), fact->evidence.end());
}

Fact fact_of(const TextRun& run, std::string value, double certainty, std::size_t begin = 0,
             std::size_t end = std::string::npos) {
  end = std::min(end, run.text.size());
  Fact f;
  f.value = std::move(value);
  f.confidence = certainty * run.confidence(begin, end);
  f.evidence = run.evidence(begin, end);
  return f;
}

// A field label, possibly after the same label in another language ("Bậc đào tạo / Degree:").
const Regex& degree_label() {
  return icase_regex(
      R"(^([^:/]{0,40}/\s*)?(course|degree|programme|program|degree awarded|degree in view|programme completed|)"
      R"(degree programme|qualification|award|course of study|study program(me)?|carrera)\s*:?\s*)");
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

// The title: a labelled value ("Degree: ...") or a line that is a degree title (diplomas).
std::optional<Fact> read_title(const std::vector<TextRun>& lines) {
  for (const TextRun& line : lines)
    for (const TextRun& cell : line_cells(line)) {
      std::smatch m;
      if (!std::regex_search(cell.text, m, degree_label()) || m.length(0) == 0) continue;
      const std::string title = degree_title_in(cell.text.substr(static_cast<std::size_t>(m.length(0))));
      if (!title.empty()) return fact_of(cell, title, 0.98, static_cast<std::size_t>(m.length(0)));
    }
  // Before the title: nothing, a colon whose label sits in the cell before, "the degree of".
  static const Regex& lead = icase_regex(R"(^\s*:?\s*(the\s+)?(degree\s+of\s+|diploma\s+of\s+)?$)");
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
      const std::size_t at = lower_utf8(cell.text).find(lower_utf8(title.substr(0, 6)));
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

// The school's name without the officer or body that speaks for it on a certificate ("The
// President of Hanbit Health University", "The Rector of ...", "The Council of ...") and without
// a leading article ("The University of Northmoor").
std::string without_officer(const std::string& text) {
  static const Regex& officer = icase_regex(
      R"(^\s*(the\s+)?(president|rector|chancellor|vice[- ]chancellor|council|senate|board\s+of\s+(trustees|governors|regents)|)"
      R"(governing\s+(body|council)|dean|director)\s+of\s+)");
  static const Regex& article = icase_regex(R"(^\s*the\s+(?=\S))");
  return std::regex_replace(std::regex_replace(text, officer, ""), article, "");
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

// The school: the most prominent line near the top of the first page naming a university, college...
std::optional<Fact> read_institution(const std::vector<TextRun>& first_page, std::string& address) {
  static const Regex& school =
      icase_regex(R"(\b(university|college|institute|colegio|universidad|universiti|universitas|universidade|)"
                  R"(universit(e|é|a|à)|universitatea|uniwersytet|polytechnic|academy|school|)"
                  R"(universitesi|institut|politeknik|akademi|sekolah tinggi|centro universitario|faculdade)\b)");
  // A sentence that names the school ("... studied at Jiangnan Medical University from ...") is no heading.
  static const Regex& sentence = icase_regex(R"(\b(from|has|have|was|were|is|studied|completed)\b)");
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
      if (!std::regex_search(fold_latin(cell.text), school) || std::regex_search(cell.text, not_a_name)) continue;
      std::string text = cell.text;
      std::smatch m;
      if (std::regex_search(text, m, cut)) text = text.substr(0, static_cast<std::size_t>(m.position(0)));
      text = trim_noise(without_officer(english_part(text, school)));
      if (std::regex_search(text, sentence)) continue;
      if (text.size() < 6 || !std::regex_search(fold_latin(text), school)) continue;
      // A sentence's article before the name ("La Universidad ... otorga", "L'Université ... confère")
      // is no part of it.
      static const Regex& article = icase_regex(R"(^(?:la|el|le)\s+(?=(?:universi|institu|colegio|coll|acad|escuela|facult)))");
      text = std::regex_replace(text, article, "");
      // Two names side by side on one line (a bilingual letterhead): the English one.
      static const Regex& english = icase_regex(R"(\b(university|college|institute|polytechnic|academy|school)\b)");
      const bool english_beside = best && best_line == i && std::regex_search(text, english) &&
                                  !std::regex_search(best_text, english);
      if (best && cell.height() <= best->height() * 1.05 && !english_beside) continue;
      best = cell;
      best_text = text;
      best_line = i;
    }
  if (!best) return std::nullopt;
  for (std::size_t i = best_line; i < std::min(first_page.size(), best_line + 3); ++i) address += first_page[i].text + "\n";
  const std::size_t at = std::min(best->text.find(best_text), best->text.size());
  return fact_of(*best, natural_case(best_text), 0.97, at, at + best_text.size());
}

// The conferral date: near "conferred", "graduation", "award", "convocation", "given ... day of".
std::optional<Fact> read_conferred(const std::vector<TextRun>& lines, const TextRun& all, bool is_diploma,
                                   const std::string& country) {
  static const Regex& keyword = icase_regex(
      R"(graduat|conferr|conferment|\baward|\bgranted\b|convocation|given at|\bday of\b|\bon the\b|completed on|date of completion|)"
      R"(final result|result (was )?(published|declared)|\bconclus|\bcola.{2,4}o de grau|\bmezun|)"
      // the examining board's decision the degree was conferred by: "délibération du jury en date du
      // 9 juillet 2018", "procès-verbal de délibération du", "by the decision of ... of 12 June 2022",
      // "решением ... от"
      R"(d(?:é|e)lib(?:é|e)ration|\bjury\b|\bdecision of\b|решени)");
  static const Regex& other_date = icase_regex(
      R"(birth|\bborn\b|issue|admi|entered|enrol|print|\bdob\b|\bn(?:é|e)e? le\b|\bfait (?:à|a)\b|\bd(?:é|e)livr(?:é|e))");
  const DayOrderInfo order = infer_day_order(all.text, country);
  // The first date that ends after the keyword begins: it may start before it ("this 15th day of
  // February, 2020", "the fifteenth day of June ..." around "day of").
  // A date labelled as another one ("Date of birth: 26/03/1999") is never the conferral.
  auto labelled_other = [&](const std::string& text, std::size_t begin) {
    const std::size_t from = begin >= 30 ? begin - 30 : 0;
    std::string before = text.substr(from, begin - from);
    const std::size_t stop = before.find_last_of(".;\n");
    if (stop != std::string::npos) before = before.substr(stop + 1);
    return std::regex_search(before, other_date);
  };
  auto from_run = [&](const TextRun& run, std::size_t keyword_at) -> std::optional<Fact> {
    const std::size_t from = keyword_at >= 40 ? keyword_at - 40 : 0;
    for (const DateMatch& m : find_dates(run.text.substr(from), order)) {
      if (!m.date || from + m.end <= keyword_at || labelled_other(run.text, from + m.begin)) continue;
      return fact_of(run, m.date->iso(), m.certainty, from + m.begin, from + m.end);
    }
    return std::nullopt;
  };
  // A date at the very end of its cell may go on on the next line ("... day of November, two
  // thousand" / "and eighteen."): read it again in the joined text of the segment.
  auto whole_date = [&](const TextRun& cell, Fact f) -> Fact {
    static const Regex& open_tail = icase_regex(R"(^[\s,.]*$)");
    if (f.evidence.empty()) return f;
    const std::string& printed = f.evidence.back().text;
    const std::size_t at = cell.text.rfind(printed);
    if (at == std::string::npos || !std::regex_match(cell.text.substr(at + printed.size()), open_tail)) return f;
    const std::size_t in_all = all.text.find(cell.text);
    if (in_all == std::string::npos) return f;
    const std::size_t start = in_all + cell.text.find(f.evidence.front().text);
    for (const DateMatch& m : find_dates(all.text.substr(start), order)) {
      if (!m.date || m.begin != 0) break;
      if (m.date->iso() != f.value) return fact_of(all, m.date->iso(), m.certainty, start, start + m.end);
      break;
    }
    return f;
  };
  for (const TextRun& line : lines)
    for (const TextRun& cell : line_cells(line)) {
      std::smatch m;
      if (!std::regex_search(cell.text, m, keyword) || std::regex_search(cell.text, other_date)) continue;
      if (auto f = from_run(cell, static_cast<std::size_t>(m.position(0)))) return whole_date(cell, *f);
      // A label whose value the reader put in a cell of its own ("Date of Graduation :   27 August 2021").
      const std::size_t in_line = line.text.find(cell.text);
      if (in_line == std::string::npos || std::regex_search(line.text.substr(in_line), other_date)) continue;
      if (auto f = from_run(line, in_line + static_cast<std::size_t>(m.position(0)))) return *f;
    }
  if (!is_diploma) return std::nullopt;
  // Diplomas: a date in a sentence that wraps over lines, or the only date printed.
  std::smatch m;
  if (std::regex_search(all.text, m, keyword))
    if (auto f = from_run(all, static_cast<std::size_t>(m.position(0)))) return f;
  // No date near a keyword: the latest date printed that no label calls something else (a birth
  // date comes before the conferral, in any language's layout).
  std::optional<Fact> latest, issued;
  static const Regex& issue = icase_regex(R"(\bissue)");
  for (const DateMatch& d : find_dates(all.text, order)) {
    if (!d.date) continue;
    if (labelled_other(all.text, d.begin)) {
      // A diploma that prints no other date than its date of issue ("Date of issue 13 June 2022")
      // was conferred then, as far as the document says: kept, less sure.
      const std::size_t from = d.begin >= 30 ? d.begin - 30 : 0;
      if (!issued && std::regex_search(all.text.substr(from, d.begin - from), issue))
        issued = fact_of(all, d.date->iso(), d.certainty * 0.9, d.begin, d.end);
      continue;
    }
    if (!latest || d.date->iso() > latest->value) latest = fact_of(all, d.date->iso(), d.certainty, d.begin, d.end);
  }
  return latest ? latest : issued;
}

std::optional<Fact> read_stated_years(const std::vector<TextRun>& lines) {
  for (const TextRun& line : lines) {
    const int years = stated_program_years(line.text);
    if (years) return fact_of(line, std::to_string(years), 0.97);
  }
  return std::nullopt;
}

std::optional<Fact> read_term_years(const std::vector<TextRun>& lines) {
  std::vector<std::string> texts;
  for (const TextRun& line : lines) texts.push_back(line.text);
  std::size_t first = 0;
  const int years = years_from_terms(texts, &first);
  if (years <= 0 || years > 8 || first >= lines.size()) return std::nullopt;
  Fact f = fact_of(lines[first], std::to_string(years), 0.88);
  // The count rests on every term label, not on how well the first one was read.
  double sum = 0;
  int n = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (years_from_terms({texts[i]}) > 0) sum += lines[i].confidence(), ++n;
  if (n) f.confidence = 0.88 * sum / n;
  return f;
}

// The course title around a keyword in a table row: the run of words that are neither numbers,
// grades nor course codes ("MT 316 Molecular Biology 4.25 3 MT 403 Internship in Hematology 1.75 6"
// -> "Internship in Hematology"), so a neighbouring column's course does not leak in.
std::pair<std::size_t, std::size_t> title_around(const std::string& row, std::size_t at) {
  auto is_stop = [&](std::size_t b, std::size_t e) {
    const std::string w = row.substr(b, e - b);
    if (w.find_first_of("0123456789") != std::string::npos) return true;                      // numbers, codes
    if (std::regex_match(w, icase_regex(R"(^[A-F][+-]?$|^(INC|DRP|P|F|S|U|W)$)", false))) return true;  // grades
    if (w.size() >= 2 && w.size() <= 6 && is_all_caps(w) && w.find_first_of(".:()") == std::string::npos) {
      // A department code before a number ("MLT 210") ends the title; a capitalised acronym inside it does not.
      std::size_t n = e;
      while (n < row.size() && row[n] == ' ') ++n;
      if (n < row.size() && std::isdigit(static_cast<unsigned char>(row[n]))) return true;
    }
    return false;
  };
  std::vector<std::pair<std::size_t, std::size_t>> words;
  for (std::size_t i = 0; i < row.size();) {
    while (i < row.size() && row[i] == ' ') ++i;
    std::size_t j = i;
    while (j < row.size() && row[j] != ' ') ++j;
    if (j > i) words.emplace_back(i, j);
    i = j;
  }
  std::size_t k = 0;
  while (k < words.size() && words[k].second <= at) ++k;
  if (k >= words.size()) return {at, row.size()};
  std::size_t first = k, last = k;
  while (first > 0 && !is_stop(words[first - 1].first, words[first - 1].second)) --first;
  while (last + 1 < words.size() && !is_stop(words[last + 1].first, words[last + 1].second)) ++last;
  return {words[first].first, words[last].second};
}

// Internship / practicum / clinical posting rows of a transcript and the lab areas they name.
std::optional<Fact> read_training(const std::vector<TextRun>& lines, std::vector<std::string>& areas) {
  static const Regex& training = icase_regex(
      R"(internship|practicum|clinical\s+(laboratory\s+)?(posting|rotation|attachment|training|practice|clerkship|affiliation)|)"
      R"(hospital\s+(laboratory\s+)?(training|posting|attachment|rotation)|clerkship|)"
      // the same in French, Spanish and Portuguese: "Stage hospitalier", "Pasantía Hospitalaria",
      // "Internado Clínico", "Práctica clínica", "Estágio supervisionado"
      R"(\bstage\s+(hospitalier|clinique|pratique|en\s+laboratoire)|pasant(?:í|i)a|\binternado\b|)"
      R"(pr(?:á|a)cticas?\s+(?:cl(?:í|i)nicas?|hospitalarias?|profesionales?)|est(?:á|a)gio)");
  static const Regex& not_training = icase_regex(R"(nursing|industrial|siwes|teaching|grading|legend)");
  std::optional<Fact> out;
  for (const TextRun& line : lines) {
    for (auto it = SRegexIterator(line.text.begin(), line.text.end(), training); it != SRegexIterator(); ++it) {
      const auto [begin, end] = title_around(line.text, static_cast<std::size_t>(it->position(0)));
      const std::string title = line.text.substr(begin, end - begin);
      if (std::regex_search(title, not_training)) continue;
      for (const std::string& area : lab_areas_in(title))
        if (std::find(areas.begin(), areas.end(), area) == areas.end()) areas.push_back(area);
      Fact f = fact_of(line, title, 0.95, begin, end);
      if (!out) out = f;
      else out->evidence.insert(out->evidence.end(), f.evidence.begin(), f.evidence.end());
    }
  }
  return out;
}

// A title inside a sentence that wraps over lines ("... has been granted the degree of Bachelor of" /
// "Science in Laboratory Sciences on 1398/04/19 ...").
std::optional<Fact> title_in_prose(const TextRun& all) {
  static const Regex& lead = icase_regex(R"(\b(the\s+)?(degree|diploma)\s+of\s+)");
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
// that names the discipline ("the course of the Department of Medical Technology"): that
// department's field, or empty when none names a field the rules know.
// A title that names only a broad area of study: "Bachelor of Science", "Bachelor of Health Science(s)".
bool generic_field_title(const std::string& title) {
  static const Regex& generic = icase_regex(
      R"(^(?:the\s+)?(?:degree\s+of\s+)?(?:bachelor|master|associate)(?:'?s)?(?:\s+(?:of|in))?(?:\s+(?:health|applied|natural|life))?(?:\s+sciences?)?(?:\s*\(hons?\.?\)|\s+with\s+honou?rs)?\s*$)");
  return std::regex_match(title, generic);
}

std::string department_field_in(const std::string& text) {
  static const Regex& department = icase_regex(
      R"(\b(?:[Dd]epartment|DEPARTMENT|[Dd]ept\.?)\s+[Oo][Ff]\s+([A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|and|of)){0,4}))", false);
  for (auto it = SRegexIterator(text.begin(), text.end(), department); it != SRegexIterator(); ++it) {
    const std::string field = field_of_title((*it)[1].str());
    if (field != "other") return field;
  }
  return {};
}

DegreeReadings read_degree_documents(const std::vector<SegmentView>& segments, bool is_diploma) {
  DegreeReadings r;
  // Years of terms are counted over every transcript segment: photos of one transcript come one
  // page per file.
  std::vector<TextRun> all_lines;
  for (const SegmentView& segment : segments)
    for (TextRun& l : segment_lines(segment)) all_lines.push_back(std::move(l));
  if (!is_diploma) r.term_years = read_term_years(all_lines);
  for (const SegmentView& segment : segments) {
    if (segment.pages.empty()) continue;
    const std::vector<TextRun> lines = segment_lines(segment);
    std::vector<TextRun> first_page;
    for (const TextRun& l : lines)
      if (!l.pieces.empty() && l.pieces.front().page.page == segment.pages.front().page) first_page.push_back(l);
    const TextRun all = segment_text(segment);
    std::string address;
    if (!r.institution) r.institution = read_institution(first_page, address);
    if (r.country.empty()) r.country = country_from_text(address);
    if (r.country.empty()) r.country = country_from_text(all.text);
    // No place named at all: month-first numeric dates are the United States' convention.
    if (r.country.empty()) {
      const DayOrderInfo order = infer_day_order(all.text, "");
      if (order.from_document && order.order == DayOrder::month_first) r.country = "US";
    }
    if (!r.title) r.title = read_title(first_page.empty() ? lines : first_page);
    if (r.department_field.empty()) r.department_field = department_field_in(all.text);
    if (!r.title) r.title = read_title(lines);
    if (!r.title) r.title = title_in_prose(all);
    if (!r.title || field_of_title(r.title->value) == "other")
      if (auto q = stated_title(all)) r.title = q;
    if (!r.conferred) r.conferred = read_conferred(lines, all, is_diploma, r.country);
    // Only the session printed: its last day. The session is printed and read as surely as a date;
    // the day is its end, a bound the degree was conferred by (0.85: no review for that alone).
    if (!r.conferred)
      if (const auto session = conferral_session_in(all.text, is_diploma)) {
        r.conferred = fact_of(all, session->date.iso(), 0.85, session->begin, session->end);
        r.conferred->month_only = true;
      }
    if (!r.stated_years) r.stated_years = read_stated_years(lines);

    if (!is_diploma && !r.training) r.training = read_training(lines, r.training_areas);
  }
  return r;
}

// The transcript's numeric conferral date ("06/10/2019") names the same day as the diploma's
// non-numeric one ("10th of June, 2019") only when read month first: the school writes dates the
// United States' way, though neither document names a place.
bool month_first_by_agreement(const std::optional<Fact>& numeric, const std::optional<Fact>& worded) {
  if (!numeric || !worded || numeric->evidence.empty() || worded->evidence.empty()) return false;
  const auto worded_dates = find_dates(worded->evidence.front().text, DayOrderInfo{});
  if (worded_dates.empty() || !worded_dates.front().date || worded_dates.front().numeric) return false;
  const Ymd diploma_date = *worded_dates.front().date;
  for (const DateMatch& m : find_dates(numeric->evidence.front().text, DayOrderInfo{DayOrder::month_first, false})) {
    if (!m.numeric || !m.ambiguous || !m.date) continue;
    return *m.date == diploma_date;
  }
  return false;
}

}  // namespace

SegmentCredential segment_credential(const SegmentView& segment) {
  SegmentCredential out;
  if (segment.pages.empty()) return out;
  const std::vector<TextRun> lines = segment_lines(segment);
  std::vector<TextRun> first_page;
  for (const TextRun& l : lines)
    if (!l.pieces.empty() && l.pieces.front().page.page == segment.pages.front().page) first_page.push_back(l);
  std::optional<Fact> title = read_title(first_page.empty() ? lines : first_page);
  if (!title) title = read_title(lines);
  if (!title || field_of_title(title->value) == "other")
    if (auto q = stated_title(segment_text(segment))) title = q;
  if (title) {
    out.title = title->value;
    out.level = !title->level.empty() ? title->level : level_of_title(title->value);
    out.field = field_of_title(title->value);
  }
  std::string address;
  if (const auto institution = read_institution(first_page, address)) out.institution = join_split_capitals(institution->value);
  return out;
}

DegreeFacts read_credential(const std::vector<SegmentView>& diplomas, const std::vector<SegmentView>& transcripts) {
  DegreeReadings d = read_degree_documents(diplomas, /*is_diploma=*/true);
  DegreeReadings t = read_degree_documents(transcripts, /*is_diploma=*/false);
  DegreeFacts out;
  std::optional<Fact> title = d.title ? d.title : t.title;
  // The same title read on both, the diploma's misread by OCR so that it names no field ("Medicaj
  // Laboratory Technology"): the transcript's reading.
  if (d.title && t.title && field_of_title(d.title->value) == "other" && field_of_title(t.title->value) != "other" &&
      ocr_distance(d.title->value, t.title->value) <= 3)
    title = t.title;
  // The diploma names the level only ("Bachelor of Science"), the transcript the same level with its
  // field ("Bachelor of Science in Biomedical Laboratory Science"): the transcript says more.
  if (d.title && t.title && field_of_title(d.title->value) == "other" && field_of_title(t.title->value) != "other" &&
      !level_of_title(d.title->value).empty() && level_of_title(d.title->value) == level_of_title(t.title->value))
    title = t.title;
  // "Licenciada en Análisis Clínicos" (the graduate's title) on the diploma, "Licenciatura en
  // Análisis Clínicos" (the degree's name) on the transcript: the degree's name.
  if (title && d.title && t.title && title->value == d.title->value) {
    // (The same field, one reading maybe longer: "Tecnología de la Salud" / "..., perfil Laboratorio Clínico".)
    static const Regex& holder = icase_regex(R"(^licenciad[oa]\s+en\s+(.*)$)");
    static const Regex& degree = icase_regex(R"(^licenciatura\s+en\s+(.*)$)");
    std::smatch m, n;
    const std::string diploma = d.title->value, transcript = t.title->value;
    if (std::regex_match(diploma, m, holder) && std::regex_match(transcript, n, degree)) {
      const std::string a = fold_latin(lower_utf8(m[1].str())), b = fold_latin(lower_utf8(n[1].str()));
      if (!a.empty() && !b.empty() && (a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0)) title->value = "Licenciatura en " + m[1].str();
    }
  }
  const std::optional<Fact> institution = d.institution ? d.institution : t.institution;
  std::string country = !d.country.empty() ? d.country : t.country;
  if (country.empty() && month_first_by_agreement(t.conferred, d.conferred)) country = "US";
  std::optional<Fact> conferred = d.conferred ? d.conferred : t.conferred;
  // The diploma names the month only ("June 2022", read as its last day), the transcript a day of
  // that month ("June 11, 2022"): the transcript's day.
  if (d.conferred && t.conferred && d.conferred->value.size() == 10 && t.conferred->value.size() == 10 &&
      d.conferred->value.compare(0, 7, t.conferred->value, 0, 7) == 0 && d.conferred->value != t.conferred->value &&
      d.conferred->month_only)
    conferred = t.conferred;
  std::optional<Fact> years = d.stated_years ? d.stated_years : t.stated_years ? t.stated_years : t.term_years;
  double confidence = 1.0;
  if (title) {
    out.title = title->value;
    const std::string level = !title->level.empty() ? title->level : level_of_title(title->value);
    if (!level.empty()) out.level = level;
    out.field = field_of_title(title->value);
    if (out.field == "other" && generic_field_title(title->value)) {
      const std::string& department = !d.department_field.empty() ? d.department_field : t.department_field;
      if (!department.empty()) out.field = department;
    }
    double c = title->confidence;
    if (d.title && t.title && field_of_title(d.title->value) != field_of_title(t.title->value)) c *= 0.85;
    confidence = std::min(confidence, c);
  } else {
    confidence = 0.5;  // no degree title read: the level and field are unknown
  }
  if (conferred) {
    out.conferred = conferred->value;
    if (d.conferred && t.conferred && d.conferred->value != t.conferred->value) conferred->confidence *= 0.85;
    confidence = std::min(confidence, conferred->confidence);
  }
  if (years) {
    out.years = std::stoi(years->value);
    confidence = std::min(confidence, years->confidence);
  }
  if (institution) out.institution = join_split_capitals(institution->value);
  if (!country.empty()) out.country = country;
  if (!transcripts.empty()) {
    const bool mls_field = out.field == "medical_technology" || out.field == "medical_laboratory_science";
    out.clinical_training = t.training.has_value() && (mls_field || !out.field);
    if (*out.clinical_training) out.clinical_training_areas = t.training_areas;
  }
  out.confidence = confidence;
  add_evidence(out, title);
  add_evidence(out, conferred);
  add_evidence(out, institution);
  add_evidence(out, years);
  add_evidence(out, t.training);
  return out;
}

}  // namespace cc
