#include "extractors/coursework/printed_totals.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "core/text.h"

namespace cc {
namespace {

enum class WordKind { none, measure, term_scope, cumulative_scope, year_scope, divider };

struct WordMeaning {
  WordKind kind = WordKind::none;
  TotalMeasure measure = TotalMeasure::credits;
  std::optional<TotalScope> scope;  // a measure word that names its scope too (CGPA, SGPA, CTCU)
};

// Lower-case letters of a word, dots and other marks dropped ("G.P.A." -> "gpa", "Hrs." -> "hrs"),
// Latin accents folded ("Créditos" -> "creditos", "cumulés" -> "cumules").
std::string letters_of(const std::string& word) {
  std::string out;
  for (unsigned char c : fold_latin(word))
    if (std::isalpha(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

// A word after an elided article or preposition ("l'année", "d'études", "dell'anno", "l’année"):
// the word itself.
std::string without_elision(const std::string& word) {
  for (const std::string mark : {"'", "\u2019"}) {
    const size_t at = word.find(mark);
    if (at != std::string::npos && at > 0 && at <= 4 && at + mark.size() < word.size()) return word.substr(at + mark.size());
  }
  return word;
}

// A credit word in Cyrillic ("кредита", "кредитов", "Кредиты"): its letters fold to nothing above.
// The ECTS acronym in Cyrillic too: ЕСПБ (Serbian), ЄКТС (Ukrainian), ЕКТС (Russian, Bulgarian).
bool cyrillic_credit_word(const std::string& word) {
  const std::string w = lower_utf8(word);
  for (const char* credit : {"кредит", "еспб", "єктс", "ектс"})
    if (w.rfind(credit, 0) == 0) return true;
  return false;
}

WordMeaning meaning_of(const std::string& word) {
  using M = TotalMeasure;
  using S = TotalScope;
  struct Entry {
    M measure;
    std::optional<S> scope;
  };
  // What registrars print. Nigerian and Ghanaian TCU/TNU (units registered), TCE/TUP (earned or
  // passed; TCP is left out: "total credits passed" to some, "total credit points" to others), TGP/CGP (grade points); US quality points, GPA hours; Indian SGPA/CGPA; Philippine GWA;
  // Ghanaian and Kenyan weighted averages (SWA/CWA) of marks.
  static const std::map<std::string, Entry> measures = {
      {"gpa", {M::gpa, {}}},          {"gwa", {M::gpa, {}}},          {"qpa", {M::gpa, {}}},
      {"average", {M::gpa, {}}},      {"avg", {M::gpa, {}}},          {"swa", {M::gpa, S::term}},
      {"sgpa", {M::gpa, S::term}},    {"tgpa", {M::gpa, S::term}},    {"cgpa", {M::gpa, S::cumulative}},
      {"ccgpa", {M::gpa, S::cumulative}}, {"cwa", {M::gpa, S::cumulative}}, {"cqpa", {M::gpa, S::cumulative}},
      {"tgp", {M::grade_points, {}}}, {"gp", {M::grade_points, {}}},  {"points", {M::grade_points, {}}},
      {"pts", {M::grade_points, {}}}, {"qp", {M::grade_points, {}}},  {"qpts", {M::grade_points, {}}},
      {"tqp", {M::grade_points, {}}}, {"cgp", {M::grade_points, S::cumulative}},
      {"ctgp", {M::grade_points, S::cumulative}},
      {"attempted", {M::credits_attempted, {}}}, {"att", {M::credits_attempted, {}}},
      {"attm", {M::credits_attempted, {}}}, {"tcu", {M::credits_attempted, {}}},
      {"tnu", {M::credits_attempted, {}}}, {"registered", {M::credits_attempted, {}}},
      {"taken", {M::credits_attempted, {}}}, {"carried", {M::credits_attempted, {}}},
      {"ctcu", {M::credits_attempted, S::cumulative}}, {"ctnu", {M::credits_attempted, S::cumulative}},
      {"earned", {M::credits_earned, {}}}, {"ern", {M::credits_earned, {}}}, {"earn", {M::credits_earned, {}}},
      {"passed", {M::credits_earned, {}}}, {"tce", {M::credits_earned, {}}},
      {"tup", {M::credits_earned, {}}}, {"ctce", {M::credits_earned, S::cumulative}},
      {"cce", {M::credits_earned, S::cumulative}},
      {"credits", {M::credits, {}}},  {"credit", {M::credits, {}}},   {"cr", {M::credits, {}}},
      {"crs", {M::credits, {}}},      {"cred", {M::credits, {}}},     {"units", {M::credits, {}}},
      {"unit", {M::credits, {}}},     {"hours", {M::credits, {}}},    {"hrs", {M::credits, {}}},
      {"hr", {M::credits, {}}},       {"sh", {M::credits, {}}},       {"sch", {M::credits, {}}},
      {"ch", {M::credits, {}}},       {"tch", {M::credits, {}}},      {"qh", {M::credits, {}}},
      {"load", {M::credits, {}}},     {"ects", {M::credits, {}}},     {"cu", {M::credits, {}}},
      {"marks", {M::marks, {}}},      {"mark", {M::marks, {}}},       {"aggregate", {M::marks, {}}},
      // Spanish grade points ("Puntos: 61"). (Not "promedio": many registrars' promedio is the
      // plain mean of the marks, no credit-weighted average.)
      {"puntos", {M::grade_points, {}}},
      // The same measures in the languages of other registrars (accents folded): credits (es/pt,
      // fr, ro, tr/id/pl/cs/hr, Italian CFU), earned (acquired, obtained, passed, validated).
      {"creditos", {M::credits, {}}}, {"credito", {M::credits, {}}}, {"credite", {M::credits, {}}},
      {"kredi", {M::credits, {}}},    {"kredit", {M::credits, {}}},  {"krediti", {M::credits, {}}},
      {"kredity", {M::credits, {}}},  {"kreditu", {M::credits, {}}}, {"akts", {M::credits, {}}},
      {"sks", {M::credits, {}}},      {"cfu", {M::credits, {}}},
      // French units ("Unités réussies", "Total des unités"), the Albanian credit in its forms
      // ("Totali i krediteve"), the Lithuanian one ("kreditai"; "kreditų" folds to "kreditu").
      {"unites", {M::credits, {}}},   {"unite", {M::credits, {}}},
      {"kredite", {M::credits, {}}},  {"krediteve", {M::credits, {}}}, {"kreditet", {M::credits, {}}},
      {"kreditai", {M::credits, {}}},
      // Dutch credits, "studiepunten"; "behaalde" (obtained): earned. (Not "EC": in a French LMD
      // record it opens an element's line, "EC Cytologie 2 11,50".)
      {"studiepunten", {M::credits, {}}},
      {"behaalde", {M::credits_earned, {}}},
      {"acquis", {M::credits_earned, {}}},    {"obtenus", {M::credits_earned, {}}},
      {"valides", {M::credits_earned, {}}},   {"capitalises", {M::credits_earned, {}}},
      {"obtenidos", {M::credits_earned, {}}}, {"aprobados", {M::credits_earned, {}}},
      {"aprovados", {M::credits_earned, {}}}, {"obtidos", {M::credits_earned, {}}},
      {"acquisiti", {M::credits_earned, {}}}, {"conseguiti", {M::credits_earned, {}}},
      // French "réussi(e)s": passed ("Unités réussies", "Crédits réussis").
      {"reussis", {M::credits_earned, {}}},   {"reussies", {M::credits_earned, {}}},
      // The feminine forms ("unidades de crédito aprobadas", "U.C. aprobadas").
      {"aprobadas", {M::credits_earned, {}}}, {"aprovadas", {M::credits_earned, {}}},
      {"aprobada", {M::credits_earned, {}}},  {"aprovada", {M::credits_earned, {}}},
      // Spanish "superados" (passed: "Créditos superados"), "intentados" (attempted, "Cred. Intent.")
      // and the abbreviations registrars print them by ("Aprob.", "Intent.").
      {"superados", {M::credits_earned, {}}}, {"superadas", {M::credits_earned, {}}},
      {"aprob", {M::credits_earned, {}}},
      {"intentados", {M::credits_attempted, {}}}, {"intent", {M::credits_attempted, {}}},
      // Hours, the measure of transcripts that count hours in place of credits, in other
      // languages (es/pt, fr, it, az/tr): "Total des heures : 1050 heures", "Carga horária total:
      // 3945 horas". Beside a credit figure they are the hours of class the credits stand for
      // (drop_hours_beside_credits).
      {"horas", {M::credits, {}}},    {"heures", {M::credits, {}}},  {"ore", {M::credits, {}}},
      {"saat", {M::credits, {}}},
  };
  static const std::map<std::string, WordKind> scopes = {
      {"term", WordKind::term_scope},        {"semester", WordKind::term_scope},
      {"sem", WordKind::term_scope},         {"trimester", WordKind::term_scope},
      {"current", WordKind::term_scope},     {"quarter", WordKind::term_scope},
      {"cumulative", WordKind::cumulative_scope}, {"cum", WordKind::cumulative_scope},
      {"overall", WordKind::cumulative_scope}, {"career", WordKind::cumulative_scope},
      {"program", WordKind::cumulative_scope}, {"programme", WordKind::cumulative_scope},
      {"grand", WordKind::cumulative_scope},   {"transcript", WordKind::cumulative_scope},
      {"institution", WordKind::cumulative_scope},
      // Other languages: the term (semestre, semestr, trimestre), the whole record so far.
      {"semestre", WordKind::term_scope},      {"semestr", WordKind::term_scope},
      {"semestru", WordKind::term_scope},      {"trimestre", WordKind::term_scope},
      {"cuatrimestre", WordKind::term_scope},
      {"cumules", WordKind::cumulative_scope}, {"cumule", WordKind::cumulative_scope},
      {"cumulees", WordKind::cumulative_scope}, {"acumulado", WordKind::cumulative_scope},
      {"acumulados", WordKind::cumulative_scope}, {"acumulada", WordKind::cumulative_scope},
      {"acumuladas", WordKind::cumulative_scope}, {"cumulati", WordKind::cumulative_scope},
      {"cumulate", WordKind::cumulative_scope},
      // An academic year: two semesters or three trimesters ("Year Credit Hours", "Crédits de
      // l'année", "Moyenne annuelle", "Créditos del año").
      {"year", WordKind::year_scope},   {"yearly", WordKind::year_scope}, {"annual", WordKind::year_scope},
      {"annee", WordKind::year_scope},  {"annuel", WordKind::year_scope}, {"annuelle", WordKind::year_scope},
      {"anual", WordKind::year_scope},  {"ano", WordKind::year_scope},    {"anno", WordKind::year_scope},
  };
  if (word == "/") return {WordKind::divider, {}, {}};
  const std::string key = letters_of(without_elision(word));
  if (key.empty()) return cyrillic_credit_word(word) ? WordMeaning{WordKind::measure, M::credits, {}} : WordMeaning{};
  if (auto m = measures.find(key); m != measures.end()) return {WordKind::measure, m->second.measure, m->second.scope};
  if (auto s = scopes.find(key); s != scopes.end()) return {s->second, {}, {}};
  return {};
}

// A comma as printed: a decimal comma before one or two digits ("3,79"), a thousands separator
// before three ("1,600").
std::string without_commas(const std::string& t) {
  const auto comma = t.find(',');
  if (comma == std::string::npos || t.find(',', comma + 1) != std::string::npos) return t;
  const size_t after = t.size() - comma - 1;
  for (size_t i = comma + 1; i < t.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return t;
  if (after == 3) return t.substr(0, comma) + t.substr(comma + 1);
  if ((after == 1 || after == 2) && t.find('.') == std::string::npos) return t.substr(0, comma) + "." + t.substr(comma + 1);
  return t;
}

// A plain number ("14", "3.43", "52.0", "75%", "3,79", "1,600"), with the digits after its point.
std::optional<std::pair<double, int>> number_of(std::string t) {
  while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == '%' || t.back() == ')')) t.pop_back();
  if (!t.empty() && t.back() == '.') t.pop_back();
  if (!t.empty() && t.front() == '(') t.erase(0, 1);
  t = without_commas(t);
  if (t.empty() || t.size() > 9) return std::nullopt;
  int dots = 0, decimals = 0;
  for (char c : t) {
    if (c == '.') {
      ++dots;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    if (dots) ++decimals;
  }
  if (dots > 1 || !std::isdigit(static_cast<unsigned char>(t.front()))) return std::nullopt;
  return std::make_pair(std::strtod(t.c_str(), nullptr), decimals);
}

// Words cut at ':' '=' and '/' ("TCU:14" -> "TCU", "14"; "3.43/4.00" -> "3.43", "/", "4.00").
struct Token {
  std::string text;
  std::string role;
  bool before_colon = false;   // printed right before a ':' ("2015:" of "Credits obtained 2015: 120")
  bool before_equals = false;  // printed right before a '=' ("A" of "A=4", "credit" of "1 credit = 36 hours")
};

std::vector<Token> tokens_of(const std::vector<std::string>& words, const std::vector<std::string>& roles) {
  std::vector<Token> out;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string role = i < roles.size() ? roles[i] : "";
    std::string piece;
    const std::string& w = words[i];
    for (size_t k = 0; k < w.size(); ++k) {
      const char c = w[k];
      // "GPA-HRS", "Cum.-GPA": a hyphen between letters joins two label words.
      const auto alpha = [&](size_t j) { return std::isalpha(static_cast<unsigned char>(w[j])) != 0; };
      const bool joining_hyphen =
          c == '-' && k > 0 && k + 1 < w.size() && (alpha(k - 1) || w[k - 1] == '.') && alpha(k + 1);
      if (joining_hyphen) {
        if (!piece.empty()) out.push_back({piece, role});
        piece.clear();
        continue;
      }
      if (c == ':' || c == '=' || c == '/') {
        if (!piece.empty()) out.push_back({piece, role});
        // "2015:" and "2015 :", "A=4" and "credit = 36": the mark belongs to the token before it.
        if (!out.empty() && (!piece.empty() || k == 0)) {
          if (c == ':') out.back().before_colon = true;
          if (c == '=') out.back().before_equals = true;
        }
        piece.clear();
        if (c == '/') out.push_back({"/", role});
        continue;
      }
      piece += c;
    }
    if (!piece.empty()) out.push_back({piece, role});
  }
  return out;
}

bool defines_units(const std::vector<Token>& tokens);
bool hours_word(const std::string& word);

// Grading legends, notes and program requirements print numbers beside measure words without
// stating any total of the rows.
bool is_legend(const std::vector<Token>& tokens) {
  // "2.50-2.75 Fair; 3.00 Passed; 5.00 Failed": ranges of grades or marks (not years), and words
  // that describe grades.
  static const std::regex range(R"(^\(?\d{1,3}(\.\d+)?-\d{1,3}(\.\d+)?\)?[,;.]?$)");
  static const std::set<std::string> describing = {"excellent", "good", "fair", "pass", "fail", "passed", "failed", "failure", "poor",
                                                   "satisfactory", "unsatisfactory", "incomplete", "dropped",
                                                   "withdrawn", "distinction", "merit", "conditional"};
  std::set<std::string> described;
  for (const auto& t : tokens) {
    if (std::regex_match(t.text, range)) return true;
    if (describing.count(letters_of(t.text))) described.insert(letters_of(t.text));
  }
  if (described.size() >= 2) return true;
  if (defines_units(tokens)) return true;
  for (size_t i = 0; i + 1 < tokens.size(); ++i)
    if (letters_of(tokens[i].text) == "full" && letters_of(tokens[i + 1].text) == "time") return true;
  for (const auto& t : tokens) {
    const std::string w = letters_of(t.text);
    if (w == "grading" || w == "scale" || w == "equals" || w == "key") return true;
    // "Legend", "Legenda", "Leyenda"; "1 credit hour is equivalent to 40 notional hours": a unit's
    // definition ("equivale", "equivaut", "corresponds to" in other languages).
    if (w.rfind("legend", 0) == 0 || w.rfind("leyend", 0) == 0) return true;
    if (w.rfind("equival", 0) == 0 || w == "equivaut" || w == "corresponds" || w == "corresponde") return true;
    if (w == "required" || w == "requirement" || w == "requirements" || w == "minimum") return true;
    // A pass mark is a rule of the scale, not a total of the rows ("The passing mark is 60 out of 100").
    if (w == "passing") return true;
    // The load of a year is a rule of the scale: "a full-time year of study is 64 credit points", "a
    // full academic year carries 120 credits".
    if (w == "carries") return true;
    // Credits that are not the rows': transferred, exempted, still to take.
    // (Spanish: "transferidos", "convalidados".)
    if (w == "transfer" || w == "transferred" || w == "exempt" || w == "exempted" || w == "waived" ||
        w == "transferidos" || w == "transferidas" || w == "convalidados" || w == "convalidadas" ||
        w == "progress" || w == "remaining" || w == "needed" || w == "outstanding")
      return true;
  }
  return false;
}

bool has_digit(const std::string& t) {
  for (unsigned char c : t)
    if (std::isdigit(c)) return true;
  return false;
}

bool is_number(const Token& t);

// A line that defines a unit or a scale with '=' states no total: "1 kredit = 36 akademik soat",
// "1 credit hour = 15 contact hours" (one of a unit, a word or three, '=', so many of another
// unit), "A=4 A-=3.7 B+=3.3" (two or more things that are not measures set equal to numbers). A
// total set equal to its number ("TCU=14 TGP=48") is neither: its left side is a measure word
// preceded by no "1", or the number after '=' is followed by the next label.
bool defines_units(const std::vector<Token>& tokens) {
  int non_measure_equals = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].before_equals) continue;
    const bool measure_left = !is_number(tokens[i]) && meaning_of(tokens[i].text).kind == WordKind::measure;
    if (!measure_left) ++non_measure_equals;
    if (is_number(tokens[i])) continue;
    // "(1 crédito = 15 horas)" broken over two lines: a credit word set equal to so many hours is
    // the unit's definition, with or without its "1".
    if (measure_left && !hours_word(tokens[i].text) && i + 2 < tokens.size() && is_number(tokens[i + 1]) &&
        hours_word(tokens[i + 2].text) && !tokens[i + 2].before_equals && !tokens[i + 2].before_colon)
      return true;
    // Back over at most three words to a number: "1" or "one" starts a unit's definition.
    const auto counts = [&](size_t at) { return is_number(tokens[at]) || letters_of(tokens[at].text) == "one"; };
    size_t k = i;
    int words = 0;
    // A slash between the languages of the unit's name ("1 tín chỉ / credit = 15 tiết") is no word.
    while (k > 0 && words < 3 && !counts(k - 1)) {
      --k;
      if (tokens[k].text != "/") ++words;
    }
    if (k == 0 || words == 3) continue;
    const std::string& one = tokens[k - 1].text;
    if (one != "1" && letters_of(one) != "one") continue;
    // The right side: a number, then a word of another unit that is no next label of its own.
    if (i + 2 < tokens.size() && is_number(tokens[i + 1]) && !is_number(tokens[i + 2]) && !tokens[i + 2].before_equals &&
        !tokens[i + 2].before_colon)
      return true;
  }
  return non_measure_equals >= 2;
}

// "Clinical hours: 1200", "Lab Hrs 48": clock hours of teaching or training, not credit hours.
bool contact_hours(const std::vector<Token>& tokens, const std::vector<size_t>& label) {
  static const std::set<std::string> hours = {"hours", "hrs", "hr"};
  static const std::set<std::string> contact = {"clinical", "contact", "clock", "lecture", "lec", "lab", "laboratory",
                                                "practical", "internship", "duty", "training", "practicum", "theory"};
  bool has_hours = false, has_contact = false;
  for (size_t k : label) {
    const std::string w = letters_of(tokens[k].text);
    has_hours = has_hours || hours.count(w);
    has_contact = has_contact || contact.count(w);
  }
  return has_hours && has_contact;
}

bool is_number(const Token& t) { return number_of(t.text).has_value(); }

std::optional<TotalMeasure> measure_of_role(const std::string& role) {
  if (role == "credits") return TotalMeasure::credits;
  if (role == "points") return TotalMeasure::grade_points;
  if (role == "marks") return TotalMeasure::marks;
  return std::nullopt;
}

bool hours_word(const std::string& word) {
  static const std::set<std::string> hours = {"hours", "hrs", "horas", "heures", "ore", "saat"};
  return hours.count(letters_of(word)) > 0;
}

// A whole number, or one whose point may group thousands ("5.800").
bool whole_or_grouped(const std::string& text) {
  const auto n = number_of(text);
  return n && (n->second == 0 || n->second == 3);
}

struct Reader {
  std::vector<PrintedStatement> out;
  bool labelled_first = false;  // some statement had its label before its number
  bool labelled_count = false;  // or a label closed by a colon before "number unit"

  void read(const std::vector<Token>& tokens) {
    std::optional<TotalScope> line_scope;
    std::vector<size_t> label;  // token indexes since the last number
    constexpr size_t kNone = static_cast<size_t>(-1);
    size_t pending = kNone;  // a number still without a measure word
    bool pending_free = false;  // its words before it name no other thing ("Cumulative: 30.0 credits")
    bool pending_total = false;  // its words before it say "total" ("Carga horária total do curso:")
    bool after_divider = false;
    bool total_word = false;  // "Total" with no measure: a row of the table's own columns
    size_t emitted_at = kNone;  // the last number read with a label of its own before it
    for (size_t i = 0; i < tokens.size(); ++i) {
      const WordMeaning m = meaning_of(tokens[i].text);
      if (m.kind == WordKind::divider) {
        after_divider = true;
        // "Iš viso / Total: 180": words before the slash of a label printed in two languages that
        // name no measure, scope or total are the other language's; they leave the label (S112).
        label.erase(std::remove_if(label.begin(), label.end(),
                                   [&](size_t k) {
                                     const WordKind kind = meaning_of(tokens[k].text).kind;
                                     const std::string w = letters_of(tokens[k].text);
                                     return kind == WordKind::none && w != "total" && w != "totals";
                                   }),
                    label.end());
        continue;
      }
      if (letters_of(tokens[i].text) == "total" || letters_of(tokens[i].text) == "totals") total_word = true;
      // A number printed before a colon names what follows, it is no value: the year of "Credits
      // obtained 2015: 120", the term of "Semester 2: 18 credits". It neither ends nor joins the label.
      if (tokens[i].before_colon && number_of(tokens[i].text)) continue;
      const auto number = number_of(tokens[i].text);
      if (!number && has_digit(tokens[i].text)) {  // a value that cannot be read ("3.4O", "1-2"): it ends the label
        if (pending != kNone && pending_free) role_statement(tokens, pending, line_scope, total_word);
        pending = kNone;
        label.clear();
        continue;
      }
      if (!number) {
        // "240 ECTS - Média final: 13": a measure word right after a number read with its own
        // label, and no number right after it, is that number's unit, not the next one's label.
        // (Not when another measure word follows it: "Earn Hrs 15.00 GPA Hrs 9.00" labels the 9.)
        if (m.kind == WordKind::measure && label.empty() && i > 0 && emitted_at == i - 1 &&
            (i + 1 >= tokens.size() || !number_of(tokens[i + 1].text)) &&
            !(i + 1 < tokens.size() && meaning_of(tokens[i + 1].text).kind == WordKind::measure))
          continue;
        // "Provimi i formimit: 10 kredite, nota 5": a measure word right after a number its own
        // label does not state, closing its clause with a comma (a course's size in prose), is that
        // number's unit, not the label of the next number.
        if (m.kind == WordKind::measure && label.empty() && pending != kNone && pending == i - 1 && !pending_free &&
            (tokens[i].text.back() == ',' || tokens[i].text.back() == ';')) {
          pending = kNone;
          continue;
        }
        if (m.kind == WordKind::term_scope) line_scope = TotalScope::term;
        if (m.kind == WordKind::cumulative_scope) line_scope = TotalScope::cumulative;
        if (m.kind == WordKind::year_scope) line_scope = TotalScope::year;
        // "36.0 credits": a number whose measure word follows it at once.
        if (pending != kNone && pending_free && m.kind == WordKind::measure && label.empty()) {
          emit(tokens, pending, {i}, line_scope, false);
          after_divider = false;  // "8640 soat / hours, 240 kredit": the slash was the unit's languages
          // "Общо за семестъра: 30 кредита": a label closed by a colon, then the count and its unit.
          labelled_count = labelled_count || (pending > 0 && tokens[pending - 1].before_colon);
          pending = kNone;
          continue;
        }
        // "Total carga horaria aprobada: 5.800 horas Promedio: 67,86": a whole number after a
        // label of its own that says "total", closed by a colon, an hours word right after it and
        // no number after that word, counts hours ("Servicio Social: 500 horas", "Stage
        // hospitalier : 480 heures" are hours of a placement, no total of the rows; "TCP 62 GPA 3.44" puts a number after the measure word: the
        // word is the next label; "Moyenne : 15,04 Crédits du semestre : 30" an average, then
        // the next label).
        if (pending != kNone && !pending_free && pending_total && m.kind == WordKind::measure && label.empty() &&
            pending > 0 && tokens[pending - 1].before_colon && hours_word(tokens[i].text) &&
            whole_or_grouped(tokens[pending].text) &&
            (i + 1 >= tokens.size() || !number_of(tokens[i + 1].text))) {
          emit(tokens, pending, {i}, line_scope, false);
          labelled_count = true;
          pending = kNone;
          continue;
        }
        // A measure word in another alphabet ("ЕСПБ:", "кредитов") is part of the label too.
        if (!letters_of(tokens[i].text).empty() || m.kind == WordKind::measure) {
          label.push_back(i);
          // "Jumlah SKS / Total Credits: 146": a slash between the two languages of one label
          // divides words, not a number by its maximum ("356 / 500").
          after_divider = false;
        }
        continue;
      }
      if (after_divider) {  // "356 / 500", "3.43 / 4.00": a maximum or a scale, not a total
        after_divider = false;
        // Only a number with no label of its own ("Total: 356 / 500"): "Moyenne générale : 11,97/20"
        // is an average out of its scale, whatever column it stands under.
        if (pending != kNone && pending_free && !label_has_measure(tokens, label))
          mark_out_of(tokens, pending, line_scope, total_word);
        pending = kNone;
        label.clear();
        continue;
      }
      if (pending != kNone && pending_free) role_statement(tokens, pending, line_scope, total_word);
      pending = kNone;
      if (label_has_measure(tokens, label) && bare_numbers_from(tokens, i) == 3 &&
          brought_forward_line(tokens, i, label)) {
        i += 2;
        label.clear();
        continue;
      }
      if (label_has_measure(tokens, label)) {
        emit(tokens, i, label, line_scope, true);
        emitted_at = i;
      } else {
        pending = i;
        pending_free = only_scope_words(tokens, label);
        pending_total = names_a_total(tokens, label);
      }
      label.clear();
    }
    if (pending != kNone && pending_free) role_statement(tokens, pending, line_scope, total_word);
  }

  // Whether a label says "total" (total, totale, totales, totaux, totais).
  static bool names_a_total(const std::vector<Token>& tokens, const std::vector<size_t>& label) {
    static const std::set<std::string> total = {"total", "totale", "totales", "totaux", "totais", "totali", "totaal"};
    for (size_t k : label)
      if (total.count(letters_of(tokens[k].text))) return true;
    return false;
  }

  // How many plain numbers stand one after the other from `at` (none before a colon or a slash).
  static size_t bare_numbers_from(const std::vector<Token>& tokens, size_t at) {
    size_t n = 0;
    while (at + n < tokens.size() && number_of(tokens[at + n].text) && !tokens[at + n].before_colon &&
           !tokens[at + n].before_equals)
      ++n;
    return n;
  }

  // "TNU 15 14 29", "TCU 43 13 56": three figures under one label where the first two add up to
  // the third are what was brought forward, this term's and the new cumulative figure (a
  // registrar's columns Previous | Current | Cumulative). Three figures that do not add up (a
  // GPA's "4.60 4.43 4.52" on such a line) cannot be told apart: none is read. False when the
  // line is neither: its figures are read one by one.
  bool brought_forward_line(const std::vector<Token>& tokens, size_t at, const std::vector<size_t>& label) {
    bool gpa = false;
    for (size_t k : label) {
      const WordMeaning m = meaning_of(tokens[k].text);
      if (m.kind == WordKind::measure) gpa = m.measure == TotalMeasure::gpa;
    }
    if (gpa) return true;
    const double a = number_of(tokens[at].text)->first, b = number_of(tokens[at + 1].text)->first,
                 c = number_of(tokens[at + 2].text)->first;
    if (std::fabs(a + b - c) > 0.011 || c <= 0) return false;
    emit(tokens, at + 1, label, TotalScope::term, true);
    emit(tokens, at + 2, label, TotalScope::cumulative, true);
    return true;
  }

  // A label of scope words and "Total" only: the number's measure may still follow it ("TCP 62 GPA"
  // is not a GPA of 62).
  static bool only_scope_words(const std::vector<Token>& tokens, const std::vector<size_t>& label) {
    for (size_t k : label) {
      const WordKind kind = meaning_of(tokens[k].text).kind;
      const std::string w = letters_of(tokens[k].text);
      if (kind != WordKind::term_scope && kind != WordKind::cumulative_scope && kind != WordKind::year_scope &&
          w != "total" && w != "totals")
        return false;
    }
    return true;
  }

  static bool label_has_measure(const std::vector<Token>& tokens, const std::vector<size_t>& label) {
    for (size_t k : label)
      if (meaning_of(tokens[k].text).kind == WordKind::measure) return true;
    return false;
  }

  // The measure of a label: its last measure word; a credit word is earned or attempted when the
  // label says so anywhere ("Total Units Earned", "Earned Hrs", "Credits Attempted").
  void emit(const std::vector<Token>& tokens, size_t number_at, const std::vector<size_t>& label,
            std::optional<TotalScope> line_scope, bool label_first) {
    std::optional<WordMeaning> last;
    bool earned = false, attempted = false;
    bool averaged = false;  // a GPA or quality word before the credit word ("GPA Hrs", "Quality Hours")
    std::optional<TotalScope> scope = line_scope;
    bool own_scope = false;
    std::string text;
    for (size_t n = 0; n < label.size(); ++n) {
      const size_t k = label[n];
      WordMeaning m = meaning_of(tokens[k].text);
      // "Credit Points": the credits of Australian and Pacific records, no grade points.
      if (m.kind == WordKind::measure && m.measure == TotalMeasure::grade_points && n > 0 &&
          meaning_of(tokens[label[n - 1]].text).measure == TotalMeasure::credits &&
          letters_of(tokens[label[n - 1]].text).rfind("credit", 0) == 0)
        m.measure = TotalMeasure::credits;
      text += (text.empty() ? "" : " ") + tokens[k].text;
      own_scope = own_scope || m.kind == WordKind::term_scope || m.kind == WordKind::cumulative_scope ||
                  m.kind == WordKind::year_scope;
      if (m.kind == WordKind::term_scope) scope = TotalScope::term;
      if (m.kind == WordKind::cumulative_scope) scope = TotalScope::cumulative;
      if (m.kind == WordKind::year_scope) scope = TotalScope::year;
      const std::string w = letters_of(tokens[k].text);
      averaged = averaged || w == "quality" || w == "qlty";
      if (m.kind != WordKind::measure) continue;
      averaged = averaged || m.measure == TotalMeasure::gpa;
      earned = earned || m.measure == TotalMeasure::credits_earned;
      attempted = attempted || m.measure == TotalMeasure::credits_attempted;
      last = m;
    }
    if (!last) return;
    if (contact_hours(tokens, label)) return;
    TotalMeasure measure = last->measure;
    const bool credit_word = measure == TotalMeasure::credits || measure == TotalMeasure::credits_earned ||
                             measure == TotalMeasure::credits_attempted;
    if (credit_word) measure = earned ? TotalMeasure::credits_earned
                                      : attempted ? TotalMeasure::credits_attempted : TotalMeasure::credits;
    if (last->scope) scope = last->scope;
    own_scope = own_scope || last->scope.has_value();
    const std::string& value = tokens[number_at].text;
    add(tokens, number_at, measure, scope, label_first ? text + " " + value : value + " " + text);
    out.back().scope_inherited = scope.has_value() && !own_scope;
    out.back().graded_only = credit_word && averaged;
    labelled_first = labelled_first || label_first;
  }

  // "Total 18 54" in the table's own columns: the column says what each number is. Only for a
  // number no words of its own label ("Percentage: 81.2" under the credits column is a percentage).
  void role_statement(const std::vector<Token>& tokens, size_t number_at, std::optional<TotalScope> line_scope,
                      bool total_word) {
    const auto measure = measure_of_role(tokens[number_at].role);
    if (!total_word || !measure) return;
    add(tokens, number_at, *measure, line_scope, "Total " + tokens[number_at].text);
  }

  // "Total: 356 / 500": marks obtained out of a maximum (a number without any label of its own).
  void mark_out_of(const std::vector<Token>& tokens, size_t number_at, std::optional<TotalScope> line_scope,
                   bool total_word) {
    if (!total_word) return;
    add(tokens, number_at, measure_of_role(tokens[number_at].role).value_or(TotalMeasure::marks), line_scope,
        "Total " + tokens[number_at].text);
  }

  // `label`: the words the statement was read from, its number included.
  void add(const std::vector<Token>& tokens, size_t number_at, TotalMeasure measure, std::optional<TotalScope> scope,
           const std::string& label) {
    const auto number = number_of(tokens[number_at].text);
    PrintedStatement s;
    s.scope = scope.value_or(TotalScope::unstated);
    s.measure = measure;
    s.value = number->first;
    s.decimals = number->second;
    static const std::regex grouped(R"(^\d{1,3}\.\d{3}[,;.)]?$)");
    const bool credit_measure = measure == TotalMeasure::credits || measure == TotalMeasure::credits_attempted ||
                                measure == TotalMeasure::credits_earned || measure == TotalMeasure::marks;
    if (credit_measure && std::regex_match(tokens[number_at].text, grouped)) s.grouped_value = std::round(s.value * 1000);
    s.label = label;
    out.push_back(s);
  }
};

}  // namespace

std::string scope_name(TotalScope scope) {
  switch (scope) {
    case TotalScope::term: return "term";
    case TotalScope::cumulative: return "cumulative";
    case TotalScope::unstated: return "unstated";
    case TotalScope::year: return "year";
  }
  return "unstated";
}

std::string measure_name(TotalMeasure measure) {
  switch (measure) {
    case TotalMeasure::credits: return "credits";
    case TotalMeasure::credits_attempted: return "credits_attempted";
    case TotalMeasure::credits_earned: return "credits_earned";
    case TotalMeasure::grade_points: return "grade_points";
    case TotalMeasure::gpa: return "gpa";
    case TotalMeasure::marks: return "marks";
  }
  return "credits";
}

// "Total: 7200 hours, 240 credits": a line counting hours beside credits counts the hours of class
// or work, a second measure; only the credits are totals of the credits column.
void drop_hours_beside_credits(std::vector<PrintedStatement>& statements) {
  static const std::set<std::string> hour_words = {"hours", "hrs", "hr", "horas", "heures", "ore", "saat"};
  const auto words_of_label = [](const std::string& label) {
    std::vector<std::string> out;
    std::string piece;
    for (char c : label + " ") {
      if (c == ' ' || c == ',') {
        if (!piece.empty()) out.push_back(letters_of(piece));
        piece.clear();
      } else {
        piece += c;
      }
    }
    return out;
  };
  const auto hours_only = [&](const PrintedStatement& s) {
    bool hours = false;
    for (const auto& w : words_of_label(s.label)) {
      if (w.rfind("credit", 0) == 0 || w.rfind("kredit", 0) == 0 || w == "ects" || w == "units") return false;
      hours = hours || hour_words.count(w) > 0;
    }
    return hours;
  };
  const bool credits_named = std::any_of(statements.begin(), statements.end(), [&](const PrintedStatement& s) {
    return s.measure == TotalMeasure::credits && !hours_only(s);
  });
  if (!credits_named) return;
  statements.erase(std::remove_if(statements.begin(), statements.end(), hours_only), statements.end());
}

std::vector<PrintedStatement> read_printed_totals(const std::vector<std::string>& words,
                                                  const std::vector<std::string>& column_roles) {
  const auto tokens = tokens_of(words, column_roles);
  if (is_legend(tokens)) return {};
  Reader reader;
  reader.read(tokens);
  drop_hours_beside_credits(reader.out);
  return reader.out;
}

bool states_totals(const std::vector<std::string>& words) {
  const auto tokens = tokens_of(words, {});
  if (is_legend(tokens)) return false;
  Reader reader;
  reader.read(tokens);
  return reader.labelled_first || reader.labelled_count;
}

}  // namespace cc
