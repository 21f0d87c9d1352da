#include "extractors/coursework/coursework_system.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "extractors/coursework/coursework_terms.h"
#include "extractors/coursework/credit_scale.h"
#include "core/regex.h"

namespace cc {
namespace {

constexpr auto kIcase = Regex::ECMAScript | Regex::icase;

bool says_quarter(const CreditSystemClues& clues) {
  static const Regex quarter_words(R"(\b(qtr|quarter)\b)", kIcase);
  static const Regex quarter_hours(R"(\bquarter\s+(hours?|credits?|units?)\b)", kIcase);
  for (const auto& h : clues.credit_headers)
    if (std::regex_search(h, quarter_words)) return true;
  for (const auto& t : clues.terms)
    if (names_quarter(t)) return true;
  if (std::regex_search(clues.text, quarter_hours)) return true;
  // A year cut in three terms (fall or autumn, winter, spring) is a quarter calendar.
  std::set<std::string> seasons;
  for (const auto& t : clues.terms) seasons.insert(season_of(t));
  return seasons.count("winter") && seasons.count("spring") && (seasons.count("fall") || seasons.count("autumn"));
}

// The country the transcript's own words name, if any.
std::string country_in_text(const std::string& text) {
  static const Regex ph(R"(\bphilippines\b)", kIcase);
  static const Regex ng(R"(\bnigeria\b)", kIcase);
  static const Regex in(R"(\bindia\b)", kIcase);
  if (std::regex_search(text, ph)) return "PH";
  if (std::regex_search(text, ng)) return "NG";
  if (std::regex_search(text, in)) return "IN";
  return "";
}

// Credits called units, by a credit column's header or by the transcript's own words ("Credit is
// given in units").
bool says_units(const CreditSystemClues& clues) {
  static const Regex header(R"(^\s*units?\s*$)", kIcase);
  static const Regex text(R"(\bin\s+units\b|\bunits?\s+of\s+credit\b|\bone\s+unit\b)", kIcase);
  for (const auto& h : clues.credit_headers)
    if (std::regex_match(h, header)) return true;
  return std::regex_search(clues.text, text);
}

// European credits (ECTS) or UK credits (CATS, SCQF), by a credit column's header first (a UK
// transcript may print ECTS equivalents in the text, or the other way round), then by the words of
// the transcript, then by the country of a UK institution. Empty when neither.
std::string european_system(const CreditSystemClues& clues) {
  // "LMD" (Licence-Master-Doctorat) is the European three-cycle system that French-speaking
  // countries adopted with ECTS credits: "Système LMD", "régime LMD".
  // The acronym in Cyrillic too: ЕСПБ (Serbian), ЄКТС (Ukrainian), ЕКТС (Russian, Bulgarian).
  // Credits "capitalised" (crédits capitalisés, UE capitalisée) are the LMD system's own word for
  // credits acquired for good, whatever the country prints around them.
  static const Regex ects(R"(\bects\b|european\s+credit\s+transfer|\bsyst(e|è)me\s*/?\s*(system\s*)?:?\s*LMD\b|\br(e|é)gime\s+LMD\b|\bcr(e|é)dits\s+capitalis(e|é)s\b|ЕСПБ|ЄКТС|ЕКТС)", kIcase);
  // Chile's transfer credits (SCT-Chile: 60 a year, 24-31 hours of work each) are ECTS-like credits
  // by design; the acronym in capitals only in running text.
  static const Regex sct_header(R"(\bsct\b)", kIcase);
  // Italy's ECTS credits by law (D.M. 270/2004): CFU, crediti formativi universitari. In running
  // text only as a count of credits ("Totale CFU acquisiti"): CFU is also a colony-forming unit.
  static const Regex cfu_header(R"(\bcfu\b)", kIcase);
  static const Regex cfu_text(R"(\btotale\s+CFU\b|\bCFU\s+(acquisiti|conseguiti)\b|\bcrediti\s+formativi\s+universitari\b)", kIcase);
  static const Regex sct_text(R"(\bSCT\b|[Ss]istema\s+de\s+[Cc]r(e|é)ditos\s+[Tt]ransferibles)");
  // The Dutch name of ECTS credits: EC (European Credits), "studiepunten"; a column headed `EC`, or
  // credits counted in EC in the text ("60 EC", "7,5 EC": the acronym in capitals after a number).
  static const Regex ec_header(R"(^\s*ec\s*$|\bstudiepunten\b)", kIcase);
  static const Regex ec_text(R"(\b\d{1,3}([.,]\d)?\s*EC\b|\b[Ss]tudiepunten\b)");
  // The national names of ECTS credits (a class of words, not one school's): Swedish högskolepoäng
  // (hp), Norwegian studiepoeng (sp), Finnish opintopiste (op), Estonian ainepunkt (EAP: Euroopa
  // ainepunkt), Slovene kreditne točke (KT), German Leistungspunkte (LP) and ECTS-Punkte. As a
  // credits column's header (`Maht (EAP)`, `KT`, `hp`), or in the text as the unit after a number
  // (`7,5 hp`, `180 EAP`, `240 KT`) or spelled out. (Latvian kredītpunkti are left out: until 2022
  // one was 1.5 ECTS.)
  static const Regex national_header(
      R"(^\s*(hp|sp|op|eap|kt|lp)\s*$|\((hp|sp|op|eap|kt|lp)\)|h(ö|o|Ö)gskolepo(ä|a)ng|studiepoeng|opintopist|ainepunkt|kreditn\S*\s+to\S*k|leistungspunkt|ects-?(punkt|point))",
      kIcase);
  static const Regex national_text(
      R"(\b\d{1,3}(?:[.,]\d{1,2})?\s*(?:hp|sp|op|EAP|KT|LP)\b|\bKT\s*:\s*\d{2,3}\b|\bEAP\s*:\s*\d{2,3}\b|[Hh](ö|o)gskolepo(ä|a)ng|[Ss]tudiepoeng|[Oo]pintopist|[Aa]inepunkt|[Kk]reditn\S*\s+to\S*k|[Ll]eistungspunkt|ECTS-?([Pp]unkt|point))");
  static const Regex uk(R"(\b(cats|scqf)\b|\buk\s+credits?\b|credit\s+accumulation\s+and\s+transfer)", kIcase);
  // In running text the acronyms only in capitals: "Dogs and Cats" is a course title.
  static const Regex uk_in_text(R"(\b(CATS|SCQF)\b|\bUK\s+[Cc]redits?\b|[Cc]redit\s+[Aa]ccumulation\s+and\s+[Tt]ransfer)");
  // Not "England": "New England" names a US region (and universities in the US and Australia).
  static const Regex uk_country(R"(\bunited\s+kingdom\b|\bscotland\b|\bnorthern\s+ireland\b)", kIcase);
  // A credits column headed in hours ("Cr.Hr", "Credit Hours") is not European whatever else the
  // text prints: ECTS beside the hours is a second measure.
  static const Regex hours(R"(\b(hours?|hrs?)\b|cr\.?\s*hrs?\b)", kIcase);
  bool hours_header = false;
  for (const auto& h : clues.credit_headers) {
    if (std::regex_search(h, ects) || std::regex_search(h, sct_header) || std::regex_search(h, cfu_header) || std::regex_search(h, ec_header) ||
        std::regex_search(h, national_header))
      return "ects";
    if (std::regex_search(h, uk)) return "uk";
    hours_header = hours_header || std::regex_search(h, hours);
  }
  if (hours_header) return "";
  // Credits read beside an ECTS column ("K | AKTS", "Credits | ECTS"): the text's ECTS names that
  // column, not the credits.
  if (!clues.european_beside &&
      (std::regex_search(clues.text, ects) || std::regex_search(clues.text, sct_text) || std::regex_search(clues.text, cfu_text) ||
       std::regex_search(clues.text, ec_text) || std::regex_search(clues.text, national_text)))
    return "ects";
  if (std::regex_search(clues.text, uk_in_text)) return "uk";
  if (clues.country_hint == "GB" || std::regex_search(clues.text, uk_country)) return "uk";
  return "";
}

// The credits of a full-time year, as a transcript's own notes state it ("a full-time year of study
// is 64 credit points", "60 credits per full-time academic year", "a full-time load of 120
// points a year"); nullopt when none is stated.
std::optional<double> stated_full_time_year(const std::string& text) {
  // "a full-time year of study is 64 credit points", "a full academic year carries 120 credits":
  // the year named full-time or full, then a verb of size and the credits.
  static const Regex year_is(
      R"(\bfull(?:[- ]time)?\s+(?:academic\s+)?(?:year|load)(?:\s+of\s+study)?\s*(?:is|=|equals|comprises|carries|of)\s*(\d{2,3})\s+(?:credit\s+points|credits?|points|units)\b)",
      kIcase);
  static const Regex per_year(
      R"(\b(\d{2,3})\s+(?:credit\s+points|credits?|points|units)\s+(?:per|a|each|every)\s+(?:full[- ]time\s+)?(?:academic\s+)?year\b)",
      kIcase);
  std::smatch m;
  if (std::regex_search(text, m, year_is) || std::regex_search(text, m, per_year)) return std::strtod(m[1].str().c_str(), nullptr);
  // The programme's official length in years and credits ("Official length of programme: 3 years,
  // 180 credits", "4 years (240 ECTS credits)"): its credits a year, when they divide evenly.
  static const Regex length(
      R"(\b([1-6])\s+(?:academic\s+|full[- ]time\s+)?years?\s*[,;(]\s*(\d{2,3})\s+(?:ects\s+)?(?:credit\s+points|credits?|ects)\b)",
      kIcase);
  if (std::regex_search(text, m, length)) {
    const double years = std::strtod(m[1].str().c_str(), nullptr), credits = std::strtod(m[2].str().c_str(), nullptr);
    if (std::fmod(credits, years) == 0) return credits / years;
  }
  return std::nullopt;
}

// The system a stated full-time year names: 60 credits are ECTS, 120 UK (CATS) credits, 64 the
// credit points of a 64-point year (the University of the South Pacific: a course of 8 points);
// empty for any other size (the scale then comes from the other clues).
std::string system_of_full_time_year(double credits) {
  if (credits == 60) return "ects";
  if (credits == 120) return "uk";
  if (credits == 64) return "points";
  if (credits == 80) return "points80";
  if (credits == 90) return "credits90";
  return "";
}

// Hours of class printed in place of credits: every credit column headed in hours alone ("Heures",
// "Horas", "Carga Horária", "CH", "V.H." for volume horaire, no word of credit) and a typical course
// of 16 hours or more (no course carries 16 semester credits; a course of 45 or 60 hours over a
// term is an ordinary one).
bool contact_hours_for_credits(const CreditSystemClues& clues) {
  if (clues.credits_carry_hour_unit && clues.course_credits.size() >= 3) return true;
  // "Carga Horária" (Portuguese, accented): hor(a|á), since icase matching of UTF-8 sees bytes
  static const Regex hours(R"(heure|hor(a|á|Á)|hour|\bhrs?\b|godzin|\bore\b|\bch\b|\bv\.?\s?h\b)", kIcase);
  static const Regex credit(R"(cr(e|é)d|kred|\bects\b|\bunits?\b|\bcr\b)", kIcase);
  if (clues.credit_headers.empty() || clues.course_credits.size() < 3) return false;
  for (const auto& h : clues.credit_headers)
    if (!std::regex_search(h, hours) || std::regex_search(h, credit)) return false;
  std::vector<double> values;
  for (const auto& [term, credits] : clues.course_credits) values.push_back(credits);
  std::sort(values.begin(), values.end());
  return values[values.size() / 2] >= 16;
}

// Credit points told by the load of a year when no note states it: a credits column headed "credit
// points" (Australian, New Zealand and Pacific records; `credit_points_are_credits` of the table
// reader) whose terms carry one load S in half of the terms or more (terms of two courses at
// least, two such terms at least), the terms naming semesters (a year is 2 S), trimesters (3 S) or
// years (S). The year's load names the scale as a stated one does (60 ECTS, 120 UK, 64 or 80
// points); points of any other year, or terms that name no part of a year, leave the scale unknown
// (empty system: review), since a credit point is no semester hour. Nullopt when the credits are
// not credit points.
std::optional<CreditSystemChoice> credit_points_by_year(const CreditSystemClues& clues) {
  static const Regex points(R"(\bcredit\s*points?\b|\bcredit\s*pts\b)", kIcase);
  bool named = false;
  for (const auto& h : clues.credit_headers) named = named || std::regex_search(h, points);
  if (!named) return std::nullopt;
  std::map<std::string, std::pair<double, int>> per_term;
  for (const auto& [term, credits] : clues.course_credits) {
    per_term[term].first += credits;
    per_term[term].second += 1;
  }
  std::map<long, int> loads;
  int terms = 0;
  for (const auto& [term, sum_count] : per_term) {
    if (term.empty() || sum_count.second < 2) continue;
    ++terms;
    ++loads[std::lround(sum_count.first)];
  }
  const CreditSystemChoice unknown{"", "credit points of a year whose load the transcript does not tell"};
  if (terms < 2) return unknown;
  const auto modal = std::max_element(loads.begin(), loads.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (modal->second * 2 < terms) return unknown;
  static const Regex semester(R"(\bsem(ester|estre|estr)?\b)", kIcase);
  static const Regex trimester(R"(\btrimest(er|re)\b)", kIcase);
  static const Regex year(R"(\byear\b|\bann(e|é)e\b|\ba(n|ñ)o\b)", kIcase);
  int parts_a_year = 0;
  for (const auto& [term, sum_count] : per_term) {
    int parts = std::regex_search(term, trimester) ? 3 : std::regex_search(term, semester) ? 2 : std::regex_search(term, year) ? 1 : 0;
    if (parts == 0 || (parts_a_year != 0 && parts != parts_a_year)) return unknown;
    parts_a_year = parts;
  }
  const double year_load = static_cast<double>(modal->first) * parts_a_year;
  const std::string system = system_of_full_time_year(year_load);
  if (system.empty()) return unknown;
  return CreditSystemChoice{system, "credit points of terms of " + std::to_string(modal->first) + ", a year of " +
                                        std::to_string(static_cast<int>(year_load))};
}

// Credits of student workload told by the hours printed beside them: a credit of 24 to 40 hours of
// work (ECTS: 25-30; the credit unit of Belarus, Russia and Kazakhstan: 36) on three rows in four
// or more, all at the same rate (within a tenth of the median), three rows at least. Contact hours
// beside US or Indian credits run 15 an hour of credit (45 for a laboratory credit), never a
// single rate between 24 and 40.
bool workload_credits(const CreditSystemClues& clues) {
  std::vector<double> rates = clues.hours_per_credit;
  if (rates.size() < 3) return false;
  std::sort(rates.begin(), rates.end());
  const double median = rates[rates.size() / 2];
  if (median < 24 || median > 40) return false;
  const auto same = std::count_if(rates.begin(), rates.end(), [median](double r) { return std::fabs(r - median) <= 0.1 * median; });
  return static_cast<size_t>(same) * 4 >= rates.size() * 3;
}

// UK credits told by their numbers when no word names them: whole-number modules of 10 to 60
// credits (median), adding up to exactly 120 in at least half of the terms (a UK or South African
// year is 120 credits; an ECTS year is 60, a US semester 12 to 18 of courses of 1 to 5). A term of
// exactly 60 is a UK semester when the whole record adds up to 360 or more (three UK years or more;
// ECTS years of 60 make a degree of 180-240, so six or more of them are not a bachelor's record).
// The calendar year a term's heading prints alone (`2016 Semester 1`, `Fall 2017`), 0 when it
// prints none or a range of years (`2016-2017`: an academic year).
int single_calendar_year(const std::string& term) {
  static const Regex range(R"(\b(19|20)\d{2}\s*[-/–]\s*(\d{2}|(19|20)\d{2})\b)");
  static const Regex year(R"(\b((19|20)\d{2})\b)");
  if (std::regex_search(term, range)) return 0;
  std::smatch m;
  return std::regex_search(term, m, year) ? std::atoi(m[1].str().c_str()) : 0;
}

bool uk_by_numbers(const CreditSystemClues& clues) {
  const auto& cc = clues.course_credits;
  if (cc.size() < 4) return false;
  std::vector<double> values;
  std::map<std::string, double> per_term;
  for (const auto& [term, credits] : cc) {
    // A course of no credit (`FOUNDATION ENGLISH (non-credit)  0`) adds nothing to a term's load.
    if (credits == 0) continue;
    if (credits < 0 || std::fmod(credits, 1.0) != 0) return false;
    values.push_back(credits);
    per_term[term] += credits;
  }
  if (values.size() < 4) return false;
  std::sort(values.begin(), values.end());
  const double median = values[values.size() / 2];
  if (median < 10 || values.back() > 60) return false;
  double record = 0;
  for (double v : values) record += v;
  const bool semesters_of_sixty = record >= 360 - 0.5;
  // Terms whose headings print the same calendar year (`2016 Semester 1`, `2016 Semester 2`) are
  // parts of a year, whatever words name them: a load of 60 in each is a UK semester, never an
  // ECTS one (30) nor a US one (12-18) (S174).
  std::map<int, int> terms_in_year;
  for (const auto& [term, sum] : per_term)
    if (const int y = single_calendar_year(term)) ++terms_in_year[y];
  auto part_of_a_year = [&](const std::string& term) {
    const int y = single_calendar_year(term);
    return y != 0 && terms_in_year[y] >= 2;
  };
  size_t years = 0;
  for (const auto& [term, sum] : per_term)
    years += std::fabs(sum - 120) < 0.5 || ((semesters_of_sixty || part_of_a_year(term)) && std::fabs(sum - 60) < 0.5);
  return years > 0 && years * 2 >= per_term.size();
}

// ECTS told by their numbers when no word names them: whole or half credits adding up to exactly
// 30 in at least half of the terms, or 60 in a term that names a whole academic year (an ECTS
// semester is 30 credits, a year 60; no US, Nigerian or Indian year carries 60; a US or Nigerian
// semester carries 12 to 24 hours, an Indian CBCS one about 20 to 26), four terms or more, each
// counted with two courses or more (a semester of two modules of 10 and 20, or 15 and 15, is an
// ECTS semester as well: no semester-hour term adds up to 30 with two courses), no course above 30.
// A term heading naming a whole academic year and no part of one ("Curso académico 2014-15", "Year
// 2", "Année 2019/2020"): the rows under it are a year's.
bool names_whole_year(const std::string& term) {
  static const Regex part(R"(\bsem(ester|estre|estr)?\b|\bterm\b|trimest|cuatrimest|quarter|\bfall\b|\bspring\b|\bautumn\b)", kIcase);
  static const Regex year(R"(\byear\b|\bcurso\b|\ba(n|ñ)o\b|\bann(e|é)e\b|\banno\b|\b(19|20)\d{2}\s*[-/–]\s*(\d{2}|(19|20)\d{2})\b)", kIcase);
  return !std::regex_search(term, part) && std::regex_search(term, year);
}

bool ects_by_numbers(const CreditSystemClues& clues) {
  std::map<std::string, std::pair<double, int>> per_term;
  for (const auto& [term, credits] : clues.course_credits) {
    if (credits <= 0 || credits > 30 || std::fmod(credits * 2, 1.0) != 0) return false;
    per_term[term].first += credits;
    per_term[term].second += 1;
  }
  // Three terms suffice when each names a whole academic year (`Année universitaire 2017-2018`
  // three times: a licence of three years of 60); a US, Nigerian or Indian year carries 30 to 50 (S176).
  const bool whole_years = std::all_of(per_term.begin(), per_term.end(), [](const auto& t) { return names_whole_year(t.first); });
  if (per_term.size() < 4 && !(whole_years && per_term.size() == 3)) return false;
  size_t semesters = 0;
  for (const auto& [term, sum_count] : per_term)
    semesters += sum_count.second >= 2 && (std::fabs(sum_count.first - 30) < 0.25 ||
                                           (names_whole_year(term) && std::fabs(sum_count.first - 60) < 0.25));
  return semesters * 2 >= per_term.size();
}

// Mexican credits (the ANUIES rule: an hour of class a week through a semester is two credits, an
// hour of laboratory one) when the transcript is from Mexico: by its own words or the degree's
// country.
bool mexican_credits(const CreditSystemClues& clues) {
  static const Regex mexico(R"(\bm(e|é)xico\b|\bmexican[ao]?\b|\bestados\s+unidos\s+mexicanos\b)", kIcase);
  return clues.country_hint == "MX" || std::regex_search(clues.text, mexico);
}

// Credits of 45 hours of a student's work: the rows print each course's weekly hours of class,
// laboratory and personal work ("3-2-3") and credits a third of their sum (2,66), on eight rows in
// ten that print credits, three at least: three hours of work a week through a term of about 15
// weeks make a credit, as a US semester hour's one hour of class and two of preparation do (the
// ruleset's `qc_units`, after the Quebec college units that print so; assumed).
bool credits_of_weekly_work(const CreditSystemClues& clues) {
  return clues.credits_of_weekly_thirds >= 3 && clues.credits_of_weekly_thirds * 10 >= clues.rows_with_credits * 8;
}

}  // namespace

CreditSystemChoice choose_credit_system(const CreditSystemClues& clues) {
  if (clues.credits_from_weekly_hours)
    return {"semester", "credits from hours a week: lecture and tutorial hours whole, practical hours half"};
  if (!clues.has_credits && clues.has_marks) return {"marks", "a marks column and no credits"};
  if (contact_hours_for_credits(clues)) return {"hours", "hours of class in place of credits"};
  if (credits_of_weekly_work(clues))
    return {"qc_units", "credits a third of the weekly hours of class, laboratory and personal work printed beside them"};
  if (std::string european = european_system(clues); !european.empty())
    return {european, "a credit header or the transcript's words name " + european + " credits"};
  if (const auto year = stated_full_time_year(clues.text)) {
    const std::string system = system_of_full_time_year(*year);
    if (!system.empty()) return {system, "the transcript states a full-time year of " + std::to_string(static_cast<int>(*year)) + " credits"};
  }
  if (auto points = credit_points_by_year(clues)) return *points;
  if (workload_credits(clues)) return {"ects", "about 24-40 hours of work printed per credit"};
  if (uk_by_numbers(clues)) return {"uk", "modules of 10 credits or more adding up to 120 a year or 60 a semester"};
  if (ects_by_numbers(clues)) return {"ects", "terms adding up to 30 credits"};
  if (mexican_credits(clues)) return {"mx", "a Mexican transcript"};
  if (auto scale = credit_scale_of(clues.text, clues.course_credits)) return {scale->system, scale->evidence};
  if (says_quarter(clues)) return {"quarter", "a quarter calendar or quarter hours"};
  std::string country = country_in_text(clues.text);
  if (country.empty()) country = clues.country_hint;
  if (country == "PH") return {"units", "a Philippine transcript"};
  if (!country.empty()) return {"semester", "credits as printed in " + country};
  // No country: units with grades like 1.75 (1.0 best, 5.0 failed) is the Philippine system.
  if (says_units(clues) && clues.grade_style == GradeStyle::decimal)
    return {"units", "units with grades of 1.0-5.0"};
  return {"semester", "no other system told"};
}

std::string detect_credit_system(const CreditSystemClues& clues) { return choose_credit_system(clues).system; }

bool weekly_work_in_thirds(const std::vector<std::string>& row_words, double credits) {
  static const Regex triple(R"(^(\d{1,2})-(\d{1,2})-(\d{1,2})$)");
  if (credits <= 0) return false;
  for (const auto& word : row_words) {
    std::smatch m;
    if (!std::regex_match(word, m, triple)) continue;
    const double third = (std::stod(m[1].str()) + std::stod(m[2].str()) + std::stod(m[3].str())) / 3.0;
    if (std::fabs(std::floor(third * 100.0) / 100.0 - credits) < 0.006 || std::fabs(third - credits) < 0.006) return true;
  }
  return false;
}

std::optional<double> to_semester_hours(std::optional<double> credits, const std::string& system,
                                        const CreditFactors& factors, bool rounded) {
  if (!credits || system.empty()) return std::nullopt;  // empty: the scale is unknown
  const std::optional<double> factor = credit_factor(factors, system);  // the ruleset's, none of our own
  if (!factor) return std::nullopt;
  const double hours = *credits * *factor;
  return rounded ? std::round(hours * 100.0) / 100.0 : hours;
}

}  // namespace cc
