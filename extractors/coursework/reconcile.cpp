#include "extractors/coursework/reconcile.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "core/grades.h"
#include "core/text.h"

namespace cc {
namespace {

std::string upper_of(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (!std::isspace(c)) out += static_cast<char>(std::toupper(c));
  return out;
}

std::optional<double> numeric_grade(const std::string& grade) {
  const std::string g = upper_of(grade);
  if (g.empty() || g.size() > 6) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(g.c_str(), &end);
  if (end != g.c_str() + g.size() || !std::isdigit(static_cast<unsigned char>(g.front()))) return std::nullopt;
  return v;
}

// A mark as printed, a decimal comma too ("12,75", "5,3": one comma, no point, one or two digits
// after it). Only to tell a failed mark from a passed one: an average of such marks is weighted by
// coefficients a transcript may not print, so no GPA is checked on them.
std::optional<double> numeric_mark(const std::string& grade) {
  std::string g = grade;
  if (const size_t comma = g.find(','); comma != std::string::npos && g.find('.') == std::string::npos &&
                                        g.find(',', comma + 1) == std::string::npos && g.size() - comma - 1 >= 1 &&
                                        g.size() - comma - 1 <= 2)
    g[comma] = '.';
  return numeric_grade(g);
}

// Withdrawn, incomplete, audited, in progress: no credit earned, no grade points, not attempted.
bool is_withdrawn(const std::string& grade) {
  static const char* kinds[] = {"W", "WD", "WP", "DRP", "DR", "DROPPED", "INC", "IC", "I", "IP", "AU", "AUD",
                                "NR", "X", "-", "--", "ABS", "AB"};
  const std::string g = upper_of(grade);
  for (const char* k : kinds)
    if (g == k) return true;
  return false;
}

// Failed: attempted (and counted in a GPA) but no credit earned. The failing words are the
// ruleset's (`definitions.failing_grades`, handed over by the pipeline: core/grades.h); numeric 5.0
// among grades that are all 3.0 or better elsewhere is the failure of a 1.0-5.0 scale.
bool is_failed(const std::string& grade, bool ph_numeric_scale, const std::vector<std::string>& failing_grades) {
  if (grade_in_list(grade, failing_grades)) return true;
  const auto v = numeric_grade(upper_of(grade));
  return ph_numeric_scale && v && std::fabs(*v - 5.0) < 1e-9;
}

// A row that prints grade points above zero was graded, whatever its grade looks like: "AB" is
// absent to some registrars and the grade between A and B (3.5) to others (Indonesia, Thailand).
bool withdrawn(const RowFigures& r) { return is_withdrawn(r.grade) && !(r.points && *r.points > 0); }

// Passed without grade points (pass/fail courses): credit earned, left out of a GPA.
// ("UP": an ungraded pass.)
bool is_pass_only(const std::string& grade) {
  static const char* kinds[] = {"P", "PASS", "S", "SAT", "CR", "PS", "UP"};
  const std::string g = upper_of(grade);
  for (const char* k : kinds)
    if (g == k) return true;
  return false;
}

// Credit brought from another school ("TR", "T", "TC", "TRF"): earned, with no grade points, and
// left out of the figures a school prints for its own courses ("TOTAL INSTITUTION", "CUM Att"),
// though its overall earned total counts it.
// An exemption ("Exempt", "EX": credit granted for prior study) counts so too: credit earned
// without a grade of this school.
bool is_transfer(const std::string& grade) {
  static const char* kinds[] = {"TR", "T", "TC", "TRF", "TRN", "TRANSFER", "EX", "EXEMPT", "EXEMPTED", "EXEMPTION"};
  const std::string g = upper_of(grade);
  for (const char* k : kinds)
    if (g == k) return true;
  return false;
}

// Common letter-grade scales and their maxima. None is assumed known: a table's letter scale is
// the one that gives some printed GPA or grade-point total of the same table (see run()).
const std::vector<std::pair<std::string, double>>& letter_scales() {
  static const std::vector<std::pair<std::string, double>> scales = {
      {"US 4-point", 4.0},       {"4-point in thirds", 4.0},       {"4-point with half steps", 4.0},
      {"4.3-point", 4.3},        {"Korean 4.5-point", 4.5},
      {"Nigerian 5-point", 5.0}, {"Saudi 5-point", 5.0},           {"Indian 10-point", 10.0},
      {"7-point HD-D-C-P", 7.0}};
  return scales;
}

bool within_rounding(double expected, double printed, int decimals, bool truncation_too) {
  const double step = std::pow(10.0, -decimals);
  if (std::fabs(expected - printed) <= step / 2 + 1e-6) return true;
  return truncation_too && expected - printed >= -1e-6 && expected - printed < step - 1e-6;
}

// One way of computing what a statement should say, from a set of rows.
struct Candidate {
  std::optional<double> value;
  std::string basis;
  std::string letter_scale;  // the letter scale it rests on, if any
  // How far the rows' own rounding lets the figure stray: a sum of points each printed rounded
  // (11.25 printed "11.2") may differ from the exact sum the school divided (S130).
  double slack = 0;
};

using ScaleSet = std::set<std::string>;

class TableChecker {
 public:
  // A statement with the rows it may close: those since the previous group of lines (its term),
  // before it (cumulative), since the previous line that closed a year.
  struct Pending {
    const PrintedStatement* statement;
    const TotalsLine* line;
    size_t term_from, before, year_from;
    size_t measure_from;  // the first row after the previous line stating the same measure
  };

  TableChecker(std::vector<RowFigures> rows, std::vector<TotalsLine> lines, const std::vector<std::string>& failing_grades)
      : rows_(std::move(rows)), lines_(std::move(lines)), failing_grades_(failing_grades) {
    std::stable_sort(rows_.begin(), rows_.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    std::stable_sort(lines_.begin(), lines_.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    bool numeric = !rows_.empty();
    std::vector<std::string> marks;
    for (const auto& r : rows_) {
      if (withdrawn(r) || is_pass_only(r.grade) || is_transfer(r.grade)) continue;
      numeric = numeric && numeric_grade(r.grade).has_value();
      marks.push_back(r.grade);
    }
    // The same rule the validators count semester hours by (core/grades.h).
    ph_numeric_ = numeric && five_fails_on_these_marks(marks);
  }

  TableReconciliation run() {
    TableReconciliation out;
    out.courses = static_cast<int>(rows_.size());
    std::vector<Pending> statements;
    size_t row_cursor = 0;  // rows before the previous line
    size_t term_from = 0;   // the first row after the previous group of lines
    size_t year_from = 0;   // the first row after the previous line that closed a year
    std::map<TotalMeasure, size_t> measure_from;  // per measure, the first row after its previous line
    for (const TotalsLine& line : lines_) {
      size_t before = row_cursor;
      while (before < rows_.size() && rows_[before].order < line.order) ++before;
      // Rows since the previous line: this line starts a new group (lines printed one under the
      // other, "Term: ..." then "Cumulative: ...", close the same rows).
      if (before > row_cursor) term_from = row_cursor;
      row_cursor = before;
      bool closes_year = false;
      for (const auto& statement : line.statements) {
        const size_t same = measure_from.count(statement.measure) ? measure_from[statement.measure] : 0;
        statements.push_back({&statement, &line, term_from, before, year_from, same});
        closes_year = closes_year || statement.scope == TotalScope::year;
      }
      for (const auto& statement : line.statements) measure_from[statement.measure] = before;
      if (closes_year) year_from = before;
    }
    // A letter scale is the table's when it gives one of its printed figures; a GPA on letter
    // grades is then checked on the scales so confirmed only, and unchecked when none is.
    ScaleSet all, confirmed;
    for (const auto& [name, max] : letter_scales()) all.insert(name);
    for (const auto& st : statements) check(*st.statement, st, all, &confirmed);
    for (const auto& st : statements) out.checks.push_back(check(*st.statement, st, confirmed, nullptr));
    std::vector<std::string> line_terms;
    for (const auto& st : statements) line_terms.push_back(st.line->term);
    reconcile_cumulatives_from_terms(out.checks, line_terms);
    set_aside_second_credit_system(out.checks, statements);
    out.status = status_of(out.checks);
    return out;
  }

 private:
  static std::string status_of(const std::vector<TotalCheck>& checks) {
    if (checks.empty()) return "no totals printed";
    bool reconciled = false;
    for (const auto& c : checks) {
      if (c.status == "mismatch") return "mismatch";
      reconciled = reconciled || c.status == "reconciled";
    }
    return reconciled ? "reconciled" : "unchecked";
  }

  using RowSet = std::vector<const RowFigures*>;

  static bool is_credit(const std::string& measure) { return measure.rfind("credits", 0) == 0; }

  // Terms printed side by side are read across: the rows above a cumulative figure are not the
  // terms it sums. When every term with rows prints a credit total its own rows reconcile with, a
  // cumulative credit figure that is the sum of the term totals of some terms, its own among them,
  // is the sum of those terms' rows too: any misread row already shows in its term's total.
  // `line_terms`: per check, the term of the line it was read from.
  void reconcile_cumulatives_from_terms(std::vector<TotalCheck>& checks, const std::vector<std::string>& line_terms) const {
    std::map<std::string, std::map<std::string, double>> term_totals;  // measure -> term -> printed
    for (const auto& c : checks)
      if (is_credit(c.measure) && c.scope == "term" && c.status == "reconciled" && !c.term.empty())
        term_totals[c.measure][c.term] = c.printed;
    std::set<std::string> terms_with_rows;
    for (const auto& r : rows_) terms_with_rows.insert(r.term);
    for (size_t i = 0; i < checks.size(); ++i) {
      TotalCheck& c = checks[i];
      if (!is_credit(c.measure) || c.scope != "cumulative" || c.status != "mismatch") continue;
      const auto totals = term_totals.find(c.measure);
      if (totals == term_totals.end()) continue;
      bool every_term = !terms_with_rows.count("");
      for (const auto& t : terms_with_rows) every_term = every_term && totals->second.count(t);
      if (!every_term) continue;
      const std::string& own = line_terms[i];
      if (own.empty() || !totals->second.count(own)) continue;
      std::vector<long> others;
      for (const auto& [term, value] : totals->second)
        if (term != own) others.push_back(std::lround(value * 100));
      if (!subset_sums_to(others, std::lround((c.printed - totals->second.at(own)) * 100))) continue;
      c.status = "reconciled";
      c.expected = c.printed;
      c.basis = "the printed totals of its own term and earlier ones, each reconciled with its rows";
    }
  }

  // The unit word a credit statement was labelled with ("Kredi", "AKTS", "ECTS", "SKS"): its last
  // measure word.
  static std::string unit_word(const PrintedStatement& s) {
    std::string unit, piece;
    for (char ch : s.label + " ") {
      if (ch != ' ') {
        piece += ch;
        continue;
      }
      if (!piece.empty() && !read_number_text(piece)) unit = upper_of(piece);
      piece.clear();
    }
    return unit;
  }

  static bool read_number_text(const std::string& t) {
    for (char ch : t)
      if (!std::isdigit(static_cast<unsigned char>(ch)) && ch != '.' && ch != ',') return false;
    return true;
  }

  // Two credit systems printed side by side ("Kredi 22 AKTS 30": national credits and ECTS; "19
  // 32" under two credit columns): the rows carry one of them. On one line, a credit figure of
  // another unit word than a figure of the same scope that reconciles is the other system's: not
  // a total of these rows, so `unchecked`. A misread row breaks the figure of the rows' own unit,
  // and then nothing on the line reconciles and nothing is set aside.
  static void set_aside_second_credit_system(std::vector<TotalCheck>& checks, const std::vector<Pending>& statements) {
    for (size_t i = 0; i < checks.size() && i < statements.size(); ++i) {
      if (!is_credit(checks[i].measure) || checks[i].status != "mismatch") continue;
      const std::string unit = unit_word(*statements[i].statement);
      for (size_t k = 0; k < checks.size() && k < statements.size(); ++k) {
        if (k == i || statements[k].line != statements[i].line || checks[k].status != "reconciled") continue;
        if (checks[k].measure != checks[i].measure || statements[k].statement->scope != statements[i].statement->scope)
          continue;
        if (unit.empty() || unit_word(*statements[k].statement) == unit) continue;
        checks[i].status = "unchecked";
        checks[i].expected.reset();
        checks[i].basis = "another credit system printed beside a figure of the rows' own that reconciles";
        break;
      }
    }
  }

  // Whether some of `values` add up to `target`. A hostile page may print hundreds of "terms":
  // beyond 65536 sums kept, nothing is concluded (the figure stays a mismatch).
  static bool subset_sums_to(const std::vector<long>& values, long target) {
    constexpr size_t kMostSums = 1 << 16;
    if (target < 0) return false;
    if (target == 0) return true;
    std::set<long> reachable = {0};
    for (long v : values) {
      std::set<long> next = reachable;
      for (long r : reachable)
        if (v > 0 && r + v <= target) next.insert(r + v);
      if (next.size() > kMostSums) return false;
      reachable.swap(next);
      if (reachable.count(target)) return true;
    }
    return false;
  }

  RowSet term_rows(const TotalsLine& line, size_t from, size_t to) const {
    RowSet out;
    for (size_t k = from; k < to; ++k)
      if (line.term.empty() || rows_[k].term == line.term) out.push_back(&rows_[k]);
    return out;
  }

  // Every row of the line's term printed before it (none when the line has no term).
  RowSet whole_term_rows(const TotalsLine& line, size_t to) const {
    RowSet out;
    if (line.term.empty()) return out;
    for (size_t k = 0; k < to; ++k)
      if (rows_[k].term == line.term) out.push_back(&rows_[k]);
    return out;
  }

  RowSet rows_between(size_t from, size_t to) const {
    RowSet out;
    for (size_t k = from; k < to; ++k) out.push_back(&rows_[k]);
    return out;
  }

  RowSet rows_before(size_t to) const {
    RowSet out;
    for (size_t k = 0; k < to; ++k) out.push_back(&rows_[k]);
    return out;
  }

  // Every row printed above the line (a total printed across tables side by side).
  RowSet rows_above(const TotalsLine& line) const {
    RowSet out;
    for (const auto& r : rows_)
      if (r.page_index < line.page_index || (r.page_index == line.page_index && r.y < line.y)) out.push_back(&r);
    return out;
  }

  RowSet all_rows() const {
    RowSet out;
    for (const auto& r : rows_) out.push_back(&r);
    return out;
  }

  static std::string rows_text(const RowSet& rows) { return std::to_string(rows.size()) + " rows"; }

  // "GPA Hrs 9.00": the credits a GPA is computed over, rows passed without grade points (P, S)
  // and credit transferred in left out; failed rows in, or left out where the school drops a
  // failure retaken from its GPA.
  std::vector<Candidate> graded_credit_candidates(const RowSet& rows) const {
    if (std::none_of(rows_.begin(), rows_.end(), [](const RowFigures& r) { return r.credits.has_value(); })) return {};
    double graded = 0, passed = 0;
    for (const RowFigures* r : rows) {
      if (!r->credits || withdrawn(*r) || is_pass_only(r->grade) || is_transfer(r->grade)) continue;
      graded += *r->credits;
      if (!is_failed(r->grade, ph_numeric_, failing_grades_)) passed += *r->credits;
    }
    const std::string n = rows_text(rows);
    std::vector<Candidate> out = {{graded, n + ", rows graded on the points scale", ""}};
    if (passed < graded) out.push_back({passed, n + ", rows graded on the points scale, failed courses left out", ""});
    return out;
  }

  std::vector<Candidate> credit_candidates(TotalMeasure measure, const RowSet& rows) const {
    // A table whose rows print no credits at all ("Asignatura | Horas | Evaluación", marks only)
    // cannot be checked against a credit or hours figure: unchecked, not a sum of nothing. (A row
    // whose credits were missed among rows that print them still counts as a miss.)
    if (std::none_of(rows_.begin(), rows_.end(), [](const RowFigures& r) { return r.credits.has_value(); })) return {};
    double all = 0, attempted = 0, earned = 0;
    bool any_withdrawn = false, any_failed = false;
    for (const RowFigures* r : rows) {
      if (!r->credits) continue;
      all += *r->credits;
      if (withdrawn(*r)) {
        any_withdrawn = true;
        continue;
      }
      attempted += *r->credits;
      if (is_failed(r->grade, ph_numeric_, failing_grades_)) {
        any_failed = true;
        continue;
      }
      earned += *r->credits;
    }
    const std::string n = rows_text(rows);
    const Candidate c_all{all, n + ", every row's credits", ""};
    const Candidate c_attempted{attempted, n + ", withdrawn and incomplete courses left out", ""};
    const Candidate c_earned{earned, n + ", failed, withdrawn and incomplete courses left out", ""};
    std::vector<Candidate> out;
    if (measure == TotalMeasure::credits_earned) {
      out = {c_earned};
    } else if (measure == TotalMeasure::credits_attempted) {
      out = any_withdrawn ? std::vector<Candidate>{c_attempted, c_all} : std::vector<Candidate>{c_all};
    } else {
      out = {c_all};
      if (any_withdrawn) out.push_back(c_attempted);
      if (any_failed) out.push_back(c_earned);
    }
    if (measure != TotalMeasure::credits_attempted) add_below_cut(rows, n, out);
    add_without_transfers(rows, out);
    return out;
  }

  // The school's own figures leave credit brought from elsewhere out (is_transfer): each way of
  // counting again, without the transferred rows.
  static void add_without_transfers(const RowSet& rows, std::vector<Candidate>& out) {
    double transferred = 0;
    for (const RowFigures* r : rows)
      if (r->credits && is_transfer(r->grade)) transferred += *r->credits;
    if (transferred <= 0) return;
    const size_t ways = out.size();
    for (size_t k = 0; k < ways; ++k)
      out.push_back({*out[k].value - transferred, out[k].basis + ", credit transferred from elsewhere left out", ""});
  }

  // Earned credits on a numeric scale whose pass mark is not in the failing-grade list (20-point,
  // 1-7, 10-point, percentages, 1-5 with 5 best): the rows graded at or below some mark under the
  // highest pass mark in use on that scale are the failed ones. The scale's top is the table's
  // highest grade rounded up to 5, 7, 10, 20 or 100; the pass marks in use: 3 of 5, 4 of 7, 7 of
  // 10, 10 of 20, 70 of 100 (a page may print its own, "Nota mínima de aprobación: 65%"). One way
  // of counting per such mark; only the arithmetic says which, and only rows are left out, so a
  // row missed or misread still breaks the total.
  void add_below_cut(const RowSet& rows, const std::string& n, std::vector<Candidate>& out) const {
    double highest = 0;
    std::set<double> low;
    for (const RowFigures* r : rows) {
      if (withdrawn(*r) || is_pass_only(r->grade) || is_transfer(r->grade)) continue;
      // A row of no credits changes no sum: its grade, a word or none ("RÉU" beside 0,00 units),
      // says nothing of the scale (round 14 CA's program's synthesis exam).
      if (r->credits && *r->credits == 0) continue;
      const auto v = numeric_mark(r->grade);
      if (!v) return;
      highest = std::max(highest, *v);
    }
    static const std::pair<double, double> scales[] = {{5, 3}, {7, 4}, {10, 7}, {20, 10}, {100, 70}};
    double ceiling = 0;
    for (const auto& [top, pass] : scales)
      if (highest <= top) {
        ceiling = pass;
        break;
      }
    // A 1.00-5.00 scale where 5 fails (ph_numeric_) and grades of 1-3 read best-first are no 1-5
    // scale with 5 best: its failures are the failing-grade rule's.
    if (ceiling <= 0 || highest < 4 || (highest <= 5 && ph_numeric_)) return;
    for (const RowFigures* r : rows)
      if (const auto v = numeric_mark(r->grade); v && *v < ceiling) low.insert(*v);
    for (double cut : low) {
      double kept = 0;
      for (const RowFigures* r : rows) {
        if (!r->credits || withdrawn(*r)) continue;
        const auto v = numeric_mark(r->grade);
        if (v && *v <= cut) continue;
        kept += *r->credits;
      }
      char mark[32];
      std::snprintf(mark, sizeof mark, "%g", cut);
      out.push_back({kept, n + ", rows graded " + mark + " or less (failed) left out", ""});
    }
  }


  // Grade points per credit of a row under a source: printed points (as a row total or per credit),
  // the numeric grade itself, or a letter scale. Nullopt: the row has none (W, P) under it.
  // `known` false: the source does not fit the row at all.
  std::optional<double> grade_point(const RowFigures& r, const std::string& source, bool* known) const {
    *known = true;
    // On a ladder whose lowest pass is P (High Distinction, Distinction, Credit, Pass) the P is a
    // graded pass with its points, no pass without grade points.
    if (source == "7-point HD-D-C-P" && upper_of(r.grade) == "P" && !(r.points && *r.points == 0)) return 4.0;
    if (withdrawn(r) || is_pass_only(r.grade) || is_transfer(r.grade)) return std::nullopt;
    if (source == "printed points (row totals)" || source == "printed points (per credit)") {
      if (!r.points || !r.credits || *r.credits <= 0) {
        *known = false;
        return std::nullopt;
      }
      return source == "printed points (row totals)" ? *r.points / *r.credits : *r.points;
    }
    if (source == "numeric grades") {
      const auto v = numeric_grade(r.grade);
      *known = v.has_value();
      return v;
    }
    const auto g = grade_point_on(source, r.grade);
    *known = g.has_value();
    return g;
  }

  // Where a row's grade points can come from, and the most a GPA on that source can be.
  struct Source {
    std::string name;
    std::string letter_scale;  // "" unless a letter scale
    double max = 0;
  };

  std::vector<Source> grade_sources(const RowSet& rows, const ScaleSet& scales) const {
    std::vector<Source> out;
    bool points = !rows.empty();
    for (const RowFigures* r : rows)
      points = points && (r->points || withdrawn(*r) || is_pass_only(r->grade) || is_transfer(r->grade));
    if (points) {
      out.push_back({"printed points (row totals)", "", 1e9});
      out.push_back({"printed points (per credit)", "", 1e9});
    }
    out.push_back({"numeric grades", "", 1e9});
    for (const auto& [name, max] : letter_scales())
      if (scales.count(name)) out.push_back({name, name, max});
    return out;
  }

  // A GPA printed outside what a source can give is not on that scale (a weighted average of marks
  // is no 4-point GPA): the source does not apply, rather than disagree.
  static bool applies(const Source& source, TotalMeasure measure, double printed, double lowest, double highest) {
    if (measure != TotalMeasure::gpa) return true;
    if (!source.letter_scale.empty()) return printed <= source.max + 0.005;
    // A credit-weighted average lies between its lowest and highest part, whatever the rows' figures
    // are: "Stage Average: 58.1%" is no average of a column of 1s (an attempt number read as points).
    return printed >= lowest - 0.005 && printed <= highest + 0.005;
  }

  // S130 (k5): the most a sum of the rows' printed points can differ from the sum of the exact
  // points they round: half a step of the column's finest decimal on each row whose points show a
  // fraction ("11.2" for 3 x 3.75). A column of whole points shows no rounding and gets none, so a
  // misread row still mismatches by more than this.
  static double rounding_of_points(const RowSet& rows) {
    int finest = 0;
    for (const RowFigures* r : rows) {
      if (!r->points) continue;
      for (int d = 0; d <= 3; ++d) {
        const double scaled = *r->points * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6) {
          finest = std::max(finest, d);
          break;
        }
      }
    }
    if (finest == 0) return 0;
    double slack = 0;
    for (const RowFigures* r : rows)
      if (r->points) slack += std::pow(10.0, -finest) / 2;
    return slack;
  }

  std::vector<Candidate> grade_candidates(TotalMeasure measure, const RowSet& rows, double printed,
                                          const ScaleSet& scales) const {
    std::vector<Candidate> out;
    for (const auto& source : grade_sources(rows, scales)) {
      double points = 0, credits = 0, lowest = 1e9, highest = -1e9;
      double passed_points = 0, passed_credits = 0;  // a school that leaves failures (retaken) out
      bool fits = true;
      for (const RowFigures* r : rows) {
        if (!r->credits) continue;
        bool known = true;
        const auto gp = grade_point(*r, source.name, &known);
        if (!known) {
          fits = false;
          break;
        }
        if (!gp) continue;
        lowest = std::min(lowest, *gp);
        highest = std::max(highest, *gp);
        points += *gp * *r->credits;
        credits += *r->credits;
        if (is_failed(r->grade, ph_numeric_, failing_grades_)) continue;
        passed_points += *gp * *r->credits;
        passed_credits += *r->credits;
      }
      if (!fits || credits <= 0 || !applies(source, measure, printed, lowest, highest)) continue;
      const std::string basis = rows_text(rows) + ", " + source.name;
      const double slack = source.name == "printed points (row totals)" ? rounding_of_points(rows) : 0.0;
      out.push_back({measure == TotalMeasure::gpa ? points / credits : points, basis, source.letter_scale,
                     measure == TotalMeasure::gpa ? slack / credits : slack});
      if (passed_credits > 0 && passed_credits < credits)
        out.push_back({measure == TotalMeasure::gpa ? passed_points / passed_credits : passed_points,
                       basis + ", failed courses left out", source.letter_scale});
    }
    return out;
  }

  std::vector<Candidate> marks_candidates(const RowSet& rows) const {
    double sum = 0;
    for (const RowFigures* r : rows) {
      const auto v = numeric_grade(r->grade);
      if (!v) return {};
      sum += *v;
    }
    return {{sum, rows_text(rows) + ", marks obtained", ""}};
  }

  std::vector<Candidate> candidates(const PrintedStatement& s, const RowSet& rows, const ScaleSet& scales) const {
    if (rows.empty()) return {};
    const TotalMeasure measure = s.measure;
    const double printed = s.value;
    if (s.graded_only) return graded_credit_candidates(rows);
    switch (measure) {
      case TotalMeasure::credits:
      case TotalMeasure::credits_attempted:
      case TotalMeasure::credits_earned: return credit_candidates(measure, rows);
      case TotalMeasure::grade_points:
      case TotalMeasure::gpa: return grade_candidates(measure, rows, printed, scales);
      case TotalMeasure::marks: return marks_candidates(rows);
    }
    return {};
  }

  // `scales`: the letter scales allowed; `agreeing`, when given, receives every letter scale that
  // gives the printed figure (a term without +/- grades fits several).
  // "Cumulative" said by an earlier label of the line may not be this figure's ("Semester GPA: 2.70
  // Cumulative GPA: 2.96 Credit Units Earned: 20.0" under each semester): the record so far first,
  // then the term's rows alone; a figure that fits neither is reported as the record's. (Only that
  // way: a term's figure tried against the whole record finds sums that fit by chance.)
  TotalCheck check(const PrintedStatement& s, const Pending& at, const ScaleSet& scales, ScaleSet* agreeing) const {
    TotalCheck named = check_as(s, s.scope, at, scales, agreeing);
    if (!s.scope_inherited || s.scope != TotalScope::cumulative || named.status == "reconciled") return named;
    TotalCheck term = check_as(s, TotalScope::term, at, scales, agreeing);
    return term.status == "reconciled" ? term : named;
  }

  TotalCheck check_as(const PrintedStatement& s, TotalScope scope, const Pending& at, const ScaleSet& scales,
                      ScaleSet* agreeing) const {
    const TotalsLine& line = *at.line;
    const size_t term_from = at.term_from, before = at.before;
    TotalCheck c;
    c.measure = measure_name(s.measure);
    c.printed = s.value;
    c.evidence = line.evidence;
    struct Scoped {
      std::string scope;
      RowSet rows;
    };
    std::vector<Scoped> scopes;
    // A year's figure closes the rows since the previous year's line (its semesters, whatever
    // their terms); when those are none, the line's own term and the record so far are tried.
    if (scope == TotalScope::year && before > at.year_from) scopes.push_back({"year", rows_between(at.year_from, before)});
    if (scope != TotalScope::cumulative) {
      scopes.push_back({"term", term_rows(line, term_from, before)});
      // Subtotals between (a module's or teaching unit's "Crédits UE 22") close only their own
      // rows; the term's line closes every row of its term above it.
      RowSet whole = whole_term_rows(line, before);
      if (whole.size() > scopes.back().rows.size()) scopes.push_back({"term", std::move(whole)});
    }
    // A figure naming no scope closes the rows since the previous line stating the same measure: a
    // year's "Crédits capitalisés : 60/60" after the semesters' "Total crédits : 30" lines.
    if (scope == TotalScope::unstated && before > at.measure_from && at.measure_from < term_from)
      scopes.push_back({"period", rows_between(at.measure_from, before)});
    if (scope != TotalScope::term) {
      scopes.push_back({"cumulative", rows_before(before)});
      scopes.push_back({"cumulative", rows_above(line)});
      // The transcript's own total covers every row of it wherever it is printed below some of
      // them: terms side by side run on below a total printed at the foot of one column. (A figure
      // above every row closes none: a requirement, not a total.)
      if (!scopes.back().rows.empty() || before > 0) scopes.push_back({"cumulative", all_rows()});
    }
    const bool gpa = s.measure == TotalMeasure::gpa;
    std::optional<std::pair<double, size_t>> closest;  // distance, scope index
    Candidate closest_candidate;
    std::optional<TotalCheck> first_match;
    bool any_rows = false;
    for (size_t k = 0; k < scopes.size(); ++k) {
      any_rows = any_rows || !scopes[k].rows.empty();
      for (const auto& cand : candidates(s, scopes[k].rows, scales)) {
        const bool grouped = s.grouped_value && std::fabs(*cand.value - *s.grouped_value) < 0.5;
        if (grouped || within_rounding(*cand.value, s.value, s.decimals, gpa) ||
            (cand.slack > 0 && std::fabs(*cand.value - s.value) <= std::pow(10.0, -s.decimals) / 2 + cand.slack + 1e-6)) {
          if (agreeing && !cand.letter_scale.empty()) agreeing->insert(cand.letter_scale);
          if (first_match) continue;
          if (grouped) c.printed = *s.grouped_value;
          c.scope = scopes[k].scope;
          c.term = c.scope == "term" ? line.term : "";
          c.expected = round_to(*cand.value, 4);
          c.status = "reconciled";
          c.basis = cand.basis;
          if (!agreeing) return c;
          first_match = c;
          continue;
        }
        const double distance = std::fabs(*cand.value - s.value);
        if (!closest || distance < closest->first) {
          closest = std::make_pair(distance, k);
          closest_candidate = cand;
        }
      }
    }
    if (first_match) return *first_match;
    if (!closest) {
      c.scope = scopes.front().scope;
      c.term = c.scope == "term" ? line.term : "";
      c.status = "unchecked";
      c.basis = !any_rows ? "no course row above it"
                          : (gpa || s.measure == TotalMeasure::grade_points ? "grade scale not known" : "no figures on the rows");
      return c;
    }
    c.scope = scopes[closest->second].scope;
    c.term = c.scope == "term" ? line.term : "";
    c.expected = round_to(*closest_candidate.value, 4);
    c.status = "mismatch";
    c.basis = closest_candidate.basis;
    return c;
  }

  std::vector<RowFigures> rows_;
  std::vector<TotalsLine> lines_;
  const std::vector<std::string>& failing_grades_;
  bool ph_numeric_ = false;
};

}  // namespace

std::optional<double> grade_point_on(const std::string& scale, const std::string& grade) {
  static const std::map<std::string, std::map<std::string, double>> scales = {
      {"US 4-point", {{"A+", 4.0}, {"A", 4.0}, {"A-", 3.7}, {"B+", 3.3}, {"B", 3.0}, {"B-", 2.7}, {"C+", 2.3},
                      {"C", 2.0}, {"C-", 1.7}, {"D+", 1.3}, {"D", 1.0}, {"D-", 0.7}, {"F", 0.0}, {"WF", 0.0}}},
      // The +/- a third of a point apart (A- 3.67, B+ 3.33), as many registrars print them.
      {"4-point in thirds", {{"A+", 4.0}, {"A", 4.0}, {"A-", 3.67}, {"B+", 3.33}, {"B", 3.0}, {"B-", 2.67}, {"C+", 2.33},
                             {"C", 2.0}, {"C-", 1.67}, {"D+", 1.33}, {"D", 1.0}, {"D-", 0.67}, {"F", 0.0}, {"WF", 0.0}}},
      {"Nigerian 5-point", {{"A", 5.0}, {"B", 4.0}, {"C", 3.0}, {"D", 2.0}, {"E", 1.0}, {"F", 0.0}}},
      {"Indian 10-point", {{"O", 10.0}, {"A+", 9.0}, {"A", 8.0}, {"B+", 7.0}, {"B", 6.0}, {"C", 5.0}, {"P", 4.0},
                           {"F", 0.0}}},
      {"4-point with half steps", {{"A", 4.0}, {"B+", 3.5}, {"B", 3.0}, {"C+", 2.5}, {"C", 2.0}, {"D+", 1.5}, {"D", 1.0},
                                   {"F", 0.0}}},
      {"4.3-point", {{"A+", 4.3}, {"A", 4.0}, {"A-", 3.7}, {"B+", 3.3}, {"B", 3.0}, {"B-", 2.7}, {"C+", 2.3},
                     {"C", 2.0}, {"C-", 1.7}, {"D+", 1.3}, {"D", 1.0}, {"D-", 0.7}, {"F", 0.0}}},
      {"Korean 4.5-point", {{"A+", 4.5}, {"A0", 4.0}, {"A", 4.0}, {"B+", 3.5}, {"B0", 3.0}, {"B", 3.0}, {"C+", 2.5},
                            {"C0", 2.0}, {"C", 2.0}, {"D+", 1.5}, {"D0", 1.0}, {"D", 1.0}, {"F", 0.0}}},
      {"Saudi 5-point", {{"A+", 5.0}, {"A", 4.75}, {"B+", 4.5}, {"B", 4.0}, {"C+", 3.5}, {"C", 3.0}, {"D+", 2.5},
                         {"D", 2.0}, {"F", 1.0}}},
      // High Distinction, Distinction, Credit, Pass, Fail (N): the 7-point GPA of Australian and
      // some Pacific universities.
      {"7-point HD-D-C-P", {{"HD", 7.0}, {"D", 6.0}, {"C", 5.0}, {"P", 4.0}, {"N", 0.0}, {"F", 0.0}, {"NN", 0.0}}},
  };
  const auto s = scales.find(scale);
  if (s == scales.end()) return std::nullopt;
  const auto g = s->second.find(upper_of(grade));
  if (g == s->second.end()) return std::nullopt;
  return g->second;
}

TableReconciliation reconcile_table(std::vector<RowFigures> rows, std::vector<TotalsLine> lines,
                                    const std::vector<std::string>& failing_grades) {
  return TableChecker(std::move(rows), std::move(lines), failing_grades).run();
}

}  // namespace cc
