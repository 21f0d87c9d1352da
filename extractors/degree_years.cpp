// Program length: stated on a document ("Duration: 3 Years", "four (4) years", "a three-year
// degree") or counted from a transcript's term labels (academic years, seasons, semester numbers,
// years of study). Split from degree.cpp, which reads the other degree facts.
#include <algorithm>
#include <map>
#include <set>

#include "extractors/degree.h"
#include "extractors/text_utils.h"
#include "core/regex.h"
#include "extractors/document_words.h"

namespace cc {

namespace {

int roman_or_number(const std::string& s) {
  static const std::map<std::string, int> roman = {{"i", 1},  {"ii", 2},  {"iii", 3}, {"iv", 4},   {"v", 5},
                                                   {"vi", 6}, {"vii", 7}, {"viii", 8}, {"ix", 9}, {"x", 10}};
  const std::string w = lower_ascii(s);
  const auto r = roman.find(w);
  if (r != roman.end()) return r->second;
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::stoi(w);
  return 0;
}

// Years of study form one run (gaps of a year or two at most); a year OCR misread ("Fall Quarter
// 2076") falls outside it and is not counted.
std::size_t longest_run(const std::set<int>& years) {
  std::size_t best = 0, run = 0;
  int previous = 0;
  for (int y : years) {
    run = (run && y - previous <= 2) ? run + 1 : 1;
    best = std::max(best, run);
    previous = y;
  }
  return best;
}

// The words of a data class (data/document_words.tsv) as one alternation; none when
// CC_ABLATE_TERM_WORDS=1 (to measure what the built-in words read alone).
std::string term_words(const char* word_class) { return document_words_alternation(word_class, "CC_ABLATE_TERM_WORDS"); }

int ordinal_year(const std::string& w) {
  static const std::map<std::string, int> words = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4},
                                                   {"fifth", 5}, {"1st", 1},    {"2nd", 2},   {"3rd", 3},
                                                   {"4th", 4},   {"5th", 5}};
  const auto it = words.find(w);
  return it == words.end() ? 0 : it->second;
}


// The year a `numbered_year` match of years_from_terms names (its groups: English number word,
// Romance ordinal, digit before a year word, digit after "year of study", hundreds of a level before or after the word).
int numbered_year_value(const std::smatch& m) {
  static const std::map<std::string, int> ordinals = {
      {"primer", 1},  {"primero", 1},   {"primeiro", 1},  {"primo", 1},   {"première", 1}, {"premiere", 1},
      {"segundo", 2}, {"secondo", 2},   {"deuxième", 2},  {"deuxieme", 2}, {"tercer", 3},   {"tercero", 3},
      {"terceiro", 3}, {"terzo", 3},    {"troisième", 3}, {"troisieme", 3}, {"cuarto", 4},  {"quarto", 4},
      {"quatrième", 4}, {"quatrieme", 4}, {"quinto", 5},  {"cinquième", 5}, {"cinquieme", 5}, {"sexto", 6},
      {"sesto", 6},   {"sixième", 6},   {"sixieme", 6},   {"one", 1},     {"two", 2},      {"three", 3},
      {"four", 4},    {"five", 5},      {"six", 6}};
  for (int g : {1, 2}) {
    if (!m[g].matched) continue;
    const auto it = ordinals.find(lower_utf8(m[g].str()));
    return it == ordinals.end() ? 0 : it->second;
  }
  for (int g : {3, 4, 5, 6, 7, 8})
    if (m[g].matched) return std::stoi(m[g].str());
  return 0;
}

// "séptimo" -> 7: Spanish and Portuguese ordinals of a semester; 0 for none.
int semester_ordinal_value(const std::string& word) {
  static const std::map<std::string, int> ordinals = {
      {"primero", 1}, {"primeiro", 1}, {"segundo", 2}, {"tercero", 3}, {"terceiro", 3}, {"cuarto", 4},
      {"quinto", 5},  {"sexto", 6},    {"séptimo", 7}, {"septimo", 7}, {"sétimo", 7},   {"setimo", 7},
      {"octavo", 8},  {"oitavo", 8},   {"noveno", 9},  {"nono", 9},    {"décimo", 10},  {"decimo", 10}};
  const auto it = ordinals.find(lower_utf8(word));
  return it == ordinals.end() ? 0 : it->second;
}

// Number words of a programme's length, in the languages seen so far (data; the digits need none).
int number_word(const std::string& lowered) {
  static const std::map<std::string, int> words = {
      {"one", 1},    {"two", 2},    {"three", 3},   {"four", 4},    {"five", 5},    {"six", 6},     {"seven", 7},
      {"tres", 3},   {"três", 3},   {"tre", 3},     {"trois", 3},   {"cuatro", 4},  {"quatro", 4},  {"quattro", 4},
      {"quatre", 4}, {"cinco", 5},  {"cinque", 5},  {"cinq", 5},    {"seis", 6},    {"sei", 6},     {"drei", 3},
      {"vier", 4},   {"fünf", 5},   {"trzy", 3},    {"cztery", 4},  {"pięć", 5},    {"три", 3},     {"четыре", 4},
      {"пять", 5}};
  const auto w = words.find(lowered);
  if (w != words.end()) return w->second;
  if (!lowered.empty() && lowered.size() <= 2 &&
      std::all_of(lowered.begin(), lowered.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(lowered);
  return 0;
}

}  // namespace

int stated_program_years(std::string_view text) {
  static const std::string num =
      R"((\d{1,2}|one|two|three|four|five|six|seven|tres|três|tre|trois|cuatro|quatro|quattro|quatre|cinco|cinque|cinq|seis|sei|drei|vier|fünf|trzy|cztery|pięć|три|четыре|пять))";
  // Year words after the number: English, Spanish, Portuguese, Italian, French, German, Polish, Russian.
  static const std::string year_word = R"((?:academic\s+)?(?:years?|a(?:ñ|Ñ)os?|anos?|anni|anno|ans?|jahre?n?|lat|lata|года?|лет)(?!\w))";
  // Labels of a length: "Duration", "Official length of programme", "durata normale", "Duración",
  // "Duração", "Durée", "Regelstudienzeit", "Czas trwania", "Срок обучения".
  static const Regex& labelled = icase_regex(
      R"((\b(?:duration|length|durata|duraci(?:ó|o)n|dura(?:çã|ca)o|dur(?:é|e)e|regelstudienzeit|czas\s+trwania)\b|срок\s+обучения|нормативный\s+срок)[^:\n]{0,60}:?\s*)" +
      num + R"(\s*(\(\s*\d+\s*\))?\s*-?\s*)" + year_word);
  static const Regex& adjective =
      icase_regex(R"(\b)" + num + R"(\s*(\(\s*\d+\s*\))?[\s-]+(academic\s+)?years?\b[\s-]*(degree|programme|program|course|bachelor|full[- ]time|study|curriculum))");
  // A programme's length in semesters ("metodología presencial, 10 semestres", "8 semesters"):
  // two to a year.
  static const Regex& semesters =
      icase_regex(R"(\b(\d{1,2})\s+(?:semesters|semestres|semestri|semestr(?:ó|o)w|yar(?:ı|i)y(?:ı|i)l)\b)");
  const std::string s(text);
  std::smatch m;
  std::string value;
  if (std::regex_search(s, m, labelled)) value = m[2];
  else if (std::regex_search(s, m, adjective)) value = m[1];
  else if (std::regex_search(s, m, semesters)) {
    const int count = std::stoi(m[1].str());
    // (an odd count is a half year short of the next: "7 semesters" is three and a half years, never four)
    return count >= 4 && count <= 14 ? count / 2 : 0;
  } else return 0;
  const int years = number_word(lower_utf8(value));
  return years >= 1 && years <= 8 ? years : 0;
}

namespace {

// The month (1-12) an English or Spanish month name's first three letters name; 0 for none.
int month_of_prefix(const std::string& prefix) {
  static const std::map<std::string, int> months = {
      {"jan", 1}, {"ene", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"abr", 4}, {"may", 5}, {"jun", 6},
      {"jul", 7}, {"aug", 8}, {"ago", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}, {"dic", 12}};
  const auto it = months.find(prefix);
  return it == months.end() ? 0 : it->second;
}

}  // namespace

int years_from_terms(const std::vector<std::string>& lines, std::size_t* first_line, std::vector<TermSpan>* spans) {
  static const Regex& term_line =
      // (a level of study headed with its academic year, "Level One — 2014/2015", is a year's heading too)
      icase_regex(R"(semester|\bsem\b|\bsem\.|session|\bterm\b|trimester|a\.\s?y\.|academic year|school year|quarter|\blevel\b|)"
                  // (a year of its own named before its academic year heads that year's rows too:
                  // "Discovery Year 2023/2024", "Internship Year 2019-20", "Foundation Year 2015/16")
                  R"(\byear\s+(?:19|20)\d{2}\s*[-/]\s*(?:19|20)?\d{2}\b|)"
                  // the same in French and Spanish: "Année académique 2015-2016", "Año académico"
                  R"(ann(?:é|É|e)e\s+(?:acad(?:é|É|e)mique|universitaire)|a(?:ñ|Ñ|n)o\s+(?:acad(?:é|É|e)mico|lectivo)|)"
                  // and in other languages (data class term_word: "Academiejaar", "akademska godina",
                  // "2015/2016 ZS", "Anul", "Semestar", ...)
                  + term_words("term_word"));
  static const Regex& academic_year = icase_regex(R"(\b(19|20)(\d{2})\s*[-/]\s*((19|20)?(\d{2}))\b)");
  // (and in other languages, data classes season_autumn and season_later: "Automne 2017", "Hiver
  // 2018", "Haust 2015", "Vor 2016"; an autumn term begins its academic year, the others fall in the
  // one begun the year before)
  static const Regex& season = icase_regex(R"(\b(?:(fall|autumn|)" + term_words("season_autumn") +
                                           R"()|(winter|spring|summer|)" + term_words("season_later") +
                                           R"())\s+(?:quarter\s+|semester\s+|term\s+)?((?:19|20)\d{2})\b)");
  // (and in other languages, data class semester_word: "Semestar 1", "Семестар 8", "Semestri I", the
  // number before it too: "VI семестър", "III semestar", "1. Semester")
  static const std::string semester_words = "(?:semester|" + term_words("semester_word") + ")";
  static const Regex& semester_no = icase_regex(R"((?:\bsemester|)" + term_words("semester_word") +
                                                R"()\s+([ivx]+|\d{1,2})\b|\b([ivx]+|\d{1,2}\.)\s*)" + semester_words + "(?![a-z])");
  // Semesters numbered through the programme: "8th Semester", "SEMESTRE: SÉPTIMO", "5.º semestre".
  static const Regex& semester_ordinal = icase_regex(
      R"(\b(\d{1,2})(?:st|nd|rd|th|\.?\s*º|\.?\s*°)\s+(?:semester|semestre)\b|)"
      R"(\bsemestre\s*:?\s+(primero|segundo|tercero|cuarto|quinto|sexto|s(?:é|É|e)ptimo|octavo|noveno|d(?:é|É|e)cimo|)"
      R"(primeiro|terceiro|s(?:é|É|e)timo|oitavo|nono)\b)");
  static const Regex& month_range = icase_regex(
      R"(\b(jan|ene|feb|mar|apr|abr|may|jun|jul|aug|ago|sep|oct|nov|dec|dic)[a-z]*\.?\s*[-–—]\s*)"
      R"((jan|ene|feb|mar|apr|abr|may|jun|jul|aug|ago|sep|oct|nov|dec|dic)[a-z]*\.?,?\s+((?:19|20)\d{2})\b)");
  // "Third year", and the examinations that close each year: "First B.Sc. (Zoology) Examination",
  // "Second Professional M.B.B.S.", "Final B.Sc. Examination" (a final one after the others counts
  // one more year).
  static const Regex& year_of_study = icase_regex(
      R"(\b(first|second|third|fourth|fifth|final|1st|2nd|3rd|4th|5th)\s+(?:[\w.()]+\s+){0,3}?(?:year|examination|exam|professional)\b|)"
      R"(\b(?:part|year)\s+([ivx]+|\d)\b|)"
      // (a year of study called a stage, heading its block: "Stage 3 — 2017/18", as Irish and
      // British records number them)
      R"(^\s*stage\s+([1-7])\b)");
  static const Regex& not_a_year = icase_regex(R"(semester|\bterm\b|trimester|quarter|\bclass\b|division)");
  // The year of study numbered in other words and languages: "Year Three", "1.º ANO", "Anno di
  // corso: 2", "QUINTO AÑO", "3e année", "Level 400" (a hundred a year).
  static const Regex& numbered_year = icase_regex(
      R"(\byear\s+(one|two|three|four|five|six)\b|)"
      R"(\b(primer|primero|primeiro|primo|premi(?:è|È|e)re|segundo|secondo|deuxi(?:è|È|e)me|tercer|tercero|terceiro|terzo|troisi(?:è|È|e)me|cuarto|quarto|quatri(?:è|È|e)me|quinto|cinqui(?:è|È|e)me|sexto|sesto|sixi(?:è|È|e)me)\s+(?:a(?:ñ|Ñ)o|ano|anno|ann(?:é|É|e)e)\b|)"
      R"(\b([1-7])\s*(?:\.|º|°|ª|e|(?:è|e)me)?\s*(?:º|°|ª)?\s*(?:a(?:ñ|Ñ)o|ano|anno|ann(?:é|É|e)e|studienjahr|rok|курс)(?!\w)|)"
      R"(\b(?:a(?:ñ|Ñ)o|ano|anno|year)\s+(?:de\s+|di\s+|of\s+)?(?:curso|corso|estudios?|estudos?|study)\s*:?\s*([1-7])\b|)"
      R"(\blevel\s+([1-7])00\b|\b([1-7])00\s+level\b|)"
      // (and in other languages, data class year_word: "1. letnik", "2. godina", "Anul 3", "Studiejaar 2")
      R"(\b([1-7])\.\s*)" + term_words("year_word") + R"((?![a-z])|(?:^|[^a-z]))" + term_words("year_word") +
      R"(\s+([1-7])\b)");
  // A term coded by its year and its number in the year ("2010-I", "2010-II", "2016/1", "2016.2"):
  // taken when some year shows both its first and its second term, so that a date or an
  // academic year "2016/17" is not read as one.
  static const Regex& coded_term = icase_regex(R"(\b((?:19|20)\d{2})\s?[-/.]\s?(I|II|1|2)\b(?![-/.]\d))");
  // A first semester named with its calendar year ("2021 1st Semester", "First Semester 2016"):
  // one to an academic year, whichever calendar year the second semester falls in.
  static const Regex& first_semester = icase_regex(
      R"(\b(?:first|1st)\s+semester\s*,?\s*((?:19|20)\d{2})\b(?!\s*[-/]\s*\d)|\b((?:19|20)\d{2})\s+(?:first|1st)\s+semester\b|)"
      // (the semester's number first, "Semester 1, 2016", as Australian records print them)
      R"(\bsemester\s+1\s*,\s*((?:19|20)\d{2})\b(?!\s*[-/]\s*\d)|)"
      // (the calendar year first, "2016 Semester 1", as Pacific and Australian records head a term:
      // the semesters are numbered within the year, so their numbers alone count one year)
      R"(\b((?:19|20)\d{2})\s+semester\s+(?:1|i|one)\b)");
  bool final_year = false;
  std::set<int> academic_years, season_years, coded_first_terms, coded_second_terms;
  int max_semester = 0, max_year = 0, max_semester_ordinal = 0;
  std::size_t first = lines.size();
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string& line = lines[index];
    const auto note = [&](const std::smatch& m) {
      if (spans) spans->push_back({index, static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.position(0) + m.length(0))});
    };
    const std::size_t counted = academic_years.size() + season_years.size() + static_cast<std::size_t>(max_semester + max_year + max_semester_ordinal);
    std::smatch label;
    if (std::regex_search(line, label, term_line)) {
      bool noted = false;
      for (auto it = SRegexIterator(line.begin(), line.end(), academic_year); it != SRegexIterator(); ++it) {
        const int from = std::stoi((*it)[1].str() + (*it)[2].str());
        const int to = std::stoi((*it)[5].str());
        if ((from + 1) % 100 != to) continue;
        academic_years.insert(from);
        note(*it);
        noted = true;
      }
      if (noted) note(label);
    }
    for (auto it = SRegexIterator(line.begin(), line.end(), season); it != SRegexIterator(); ++it) {
      note(*it);
      const int year = std::stoi((*it)[3].str());
      season_years.insert((*it)[1].matched ? year : year - 1);
    }
    // A term named by its months ("Septiembre-Diciembre 2011", "Jan–Apr 2012"): an academic year
    // begins in the second half of the calendar year, as a fall season does.
    for (auto it = SRegexIterator(line.begin(), line.end(), month_range); it != SRegexIterator(); ++it) {
      note(*it);
      const int month = month_of_prefix(lower_ascii((*it)[1].str()));
      const int year = std::stoi((*it)[3].str());
      if (month > 0) season_years.insert(month >= 7 ? year : year - 1);
    }
    for (auto it = SRegexIterator(line.begin(), line.end(), numbered_year); it != SRegexIterator(); ++it) {
      note(*it);
      max_year = std::max(max_year, numbered_year_value(*it));
    }
    for (auto it = SRegexIterator(line.begin(), line.end(), coded_term); it != SRegexIterator(); ++it) {
      note(*it);
      const std::string number = lower_ascii((*it)[2].str());
      (number == "i" || number == "1" ? coded_first_terms : coded_second_terms).insert(std::stoi((*it)[1].str()));
    }
    for (auto it = SRegexIterator(line.begin(), line.end(), first_semester); it != SRegexIterator(); ++it) {
      note(*it);
      const std::smatch& m = *it;
      const int group = m[1].matched ? 1 : m[2].matched ? 2 : m[3].matched ? 3 : 4;
      season_years.insert(std::stoi(m[group].str()));
    }
    for (auto it = SRegexIterator(line.begin(), line.end(), semester_ordinal); it != SRegexIterator(); ++it) {
      note(*it);
      max_semester_ordinal =
          std::max(max_semester_ordinal, (*it)[1].matched ? std::stoi((*it)[1].str()) : semester_ordinal_value((*it)[2].str()));
    }
    for (auto it = SRegexIterator(line.begin(), line.end(), semester_no); it != SRegexIterator(); ++it) {
      note(*it);
      std::string number = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
      if (!number.empty() && number.back() == '.') number.pop_back();
      max_semester = std::max(max_semester, roman_or_number(number));
    }
    for (auto it = SRegexIterator(line.begin(), line.end(), year_of_study); it != SRegexIterator(); ++it) {
      if (std::regex_search(it->str(), not_a_year)) continue;
      note(*it);
      const std::string w = lower_ascii((*it)[1].matched ? (*it)[1].str() : (*it)[2].matched ? (*it)[2].str() : (*it)[3].str());
      if (w == "final") final_year = true;
      max_year = std::max(max_year, (*it)[1].matched ? ordinal_year(w) : roman_or_number(w));
    }
    const std::size_t now = academic_years.size() + season_years.size() + static_cast<std::size_t>(max_semester + max_year + max_semester_ordinal);
    if (now != counted && first == lines.size()) first = index;
  }
  const bool coded_terms = std::any_of(coded_first_terms.begin(), coded_first_terms.end(),
                                      [&](int y) { return coded_second_terms.count(y) > 0; });
  if (coded_terms && longest_run(coded_first_terms) >= 2 && season_years.empty()) {
    season_years = coded_first_terms;
    if (first == lines.size())
      for (std::size_t index = 0; index < lines.size() && first == lines.size(); ++index)
        if (std::regex_search(lines[index], coded_term)) first = index;
  }
  if (first_line) *first_line = first;
  if (final_year && max_year >= 2) ++max_year;
  // (A single academic year is often the year of admission printed in the header, or the year of
  // a final internship after terms named by their seasons: the years of study counted otherwise,
  // when more, say the programme's length.)
  if (!academic_years.empty() &&
      (longest_run(academic_years) > 1 || (max_year <= 1 && longest_run(season_years) <= 1)))
    return static_cast<int>(longest_run(academic_years));
  if (!season_years.empty()) return static_cast<int>(longest_run(season_years));
  // ("1st Semester", "2nd Semester" repeat every year: an ordinal counts from the third on.)
  if (max_semester_ordinal >= 3) max_semester = std::max(max_semester, max_semester_ordinal);
  // (Semesters numbered within each year, "YEAR 2 — 2019/2020 / SEMESTER I  SEMESTER II", count one
  // year; the years of study numbered beside them say how many there are.)
  if (max_semester >= 2) return std::max((max_semester + 1) / 2, max_year);
  return max_year;
}

int years_from_course_terms(const std::vector<std::string>& terms) {
  // "1.º 2.º", "3° 1°": the year of study, then the term within it.
  static const Regex& year_and_term = icase_regex(R"(^\s*([1-7])\s*\.?\s*(?:º|°|ª)?\s+([1-3])\s*\.?\s*(?:º|°|ª)?\s*$)");
  // "2015 1", "2010-II", "1/2014", "II-2016": a calendar year and the term's number in it.
  static const Regex& year_first = icase_regex(R"(^\s*((?:19|20)\d{2})\s*[-/. ]\s*(I|II|1|2)\s*$)");
  static const Regex& term_first = icase_regex(R"(^\s*(I|II|1|2)\s*[-/. ]\s*((?:19|20)\d{2})\s*$)");
  std::set<int> years_of_study, terms_in_year, first_terms, second_terms;
  std::size_t other = 0;  // terms of no form above ("ANUAL"): their years may be missing
  for (const std::string& term : terms) {
    std::smatch m;
    if (std::regex_match(term, m, year_and_term)) {
      years_of_study.insert(std::stoi(m[1].str()));
      terms_in_year.insert(std::stoi(m[2].str()));
      continue;
    }
    std::string year, number;
    if (std::regex_match(term, m, year_first)) year = m[1], number = m[2];
    else if (std::regex_match(term, m, term_first)) year = m[2], number = m[1];
    else {
      ++other;
      continue;
    }
    number = lower_ascii(number);
    (number == "i" || number == "1" ? first_terms : second_terms).insert(std::stoi(year));
  }
  // Terms of another kind beside the codes (a tenth at most is what a misread cell gives): a year
  // of annual courses would go uncounted, and a short count is worse than none.
  if (other * 10 > terms.size()) return 0;
  // Years of study 1, 2, ... with no gap, each with more than one term.
  if (years_of_study.size() >= 2 && terms_in_year.size() >= 2 && *years_of_study.begin() == 1 &&
      *years_of_study.rbegin() == static_cast<int>(years_of_study.size()))
    return *years_of_study.rbegin();
  const bool both_terms = std::any_of(first_terms.begin(), first_terms.end(), [&](int y) { return second_terms.count(y) > 0; });
  if (both_terms && longest_run(first_terms) >= 2) return static_cast<int>(longest_run(first_terms));
  return 0;
}


// A programme's credit total in a credit system of 60 a year of full-time study (the European
// credit, ECTS, and its national names: data class `credit_60`), read as that many years: 180 is
// three, 240 four. The largest total printed counts (a transcript's running totals, "Cumulative:
// ECTS 180" .. "ECTS 240", end at the programme's; a sub-total "Totaal hoofdfase: 180 EC" is part of
// it); a range ("180-240 kreditų", a regulation's words on first cycles in general) is no total.
// Only the whole-year totals of a first cycle are read: 210 is three and a half years, which
// countries round either way, and a total outside 180..240 is a master's, a short cycle or a
// programme's part. 0 when none.
CreditYears credit_total_years(std::string_view text_view) {
  const std::string lowered = lower_utf8(std::string(text_view));
  static const std::string unit = "(?:" + document_words_alternation("credit_60") + ")(?![a-z0-9])";
  // The number before its unit ("180 ECTS", "180,0 hp", "180 credits (ECTS)") or after it
  // ("ECTS 180", "Укупно ЕСПБ: 240").
  static const Regex& after = icase_regex(R"((^|[^\d.,\-])(\d{3})(?:[.,]0+)?\s*(?:credits?\s*\(\s*)?)" + unit);
  static const Regex& before = icase_regex("(?:^|[^a-z])" + unit + R"(\s*:?\s*(\d{3})(?!\d|[.,]0*[1-9]|\s*(?:-|–)\s*\d))");
  CreditYears best;
  int largest = 0;
  auto consider = [&](int value, std::size_t begin, std::size_t end) {
    if (value < 120 || value > 360 || value <= largest) return;
    largest = value;
    best.begin = begin;
    best.end = end;
  };
  for (auto it = SRegexIterator(lowered.begin(), lowered.end(), after); it != SRegexIterator(); ++it) {
    const auto begin = static_cast<std::size_t>(it->position(2));
    // "180-240 kreditų": the number ends a range.
    std::size_t k = begin;
    while (k > 0 && lowered[k - 1] == ' ') --k;
    if (k > 0 && (lowered[k - 1] == '-' || (k >= 3 && lowered.compare(k - 3, 3, "–") == 0))) continue;
    consider(std::stoi((*it)[2].str()), begin, begin + 3);
  }
  for (auto it = SRegexIterator(lowered.begin(), lowered.end(), before); it != SRegexIterator(); ++it) {
    const auto begin = static_cast<std::size_t>(it->position(1));
    consider(std::stoi((*it)[1].str()), begin, begin + 3);
  }
  if (largest != 180 && largest != 240) return {};
  best.years = largest / 60;
  return best;
}

}  // namespace cc
