#include "extractors/coursework/coursework_courses.h"

#include "core/regex.h"

#include <cctype>
#include <map>

#include "extractors/coursework/code_column.h"
#include "extractors/coursework/code_shapes.h"
#include "extractors/coursework/coursework_codes.h"
#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/coursework_grades.h"
#include "extractors/coursework/coursework_system.h"
#include "extractors/coursework/credit_points.h"
#include "extractors/coursework/term_groups.h"
#include "extractors/coursework/coursework_titles.h"
#include "extractors/tables/cell_types.h"
#include "extractors/tables/table_rows.h"

namespace cc {
namespace {

GradeStyle column_style(const TranscriptRows& rows) {
  std::vector<std::string> grades, marks;
  for (const auto& r : rows.rows) {
    if (!r.grade.empty()) grades.push_back(r.grade);
    if (!r.marks.empty()) marks.push_back(r.marks);
  }
  if (grades.empty() && !marks.empty()) return GradeStyle::marks;
  return grade_style_of(grades);
}

// Letter parts of codes read without any fix: they decide how to split a misread code.
PrefixCounts clean_prefixes(const TranscriptRows& rows) {
  PrefixCounts out;
  for (const auto& r : rows.rows) {
    const auto code = read_code(r.code);
    if (code.valid && !code.fixed) ++out[code_prefix(code.value)];
  }
  return out;
}

CreditSystemClues clues_of(const TranscriptRows& rows, GradeStyle style, const std::string& country_hint,
                            const std::string& supplement_text) {
  CreditSystemClues clues;
  clues.credit_headers = rows.credit_headers;
  clues.terms = rows.terms;
  clues.has_marks = rows.has_marks_column;
  clues.european_beside = rows.european_beside;
  clues.grade_style = style;
  clues.text = supplement_text.empty() ? rows.text : rows.text + "\n" + supplement_text;
  clues.country_hint = country_hint;
  // Rows with no term read: the groups their printed totals close are their terms (term_groups.h).
  clues.credits_from_weekly_hours = rows.credits_from_weekly_hours;
  const std::vector<std::string> groups = term_groups_by_totals(rows);
  size_t credit_cells = 0, hour_cells = 0;
  for (size_t i = 0; i < rows.rows.size(); ++i) {
    const RawCourseRow& r = rows.rows[i];
    auto credits = read_number(r.credits);
    if (!credits) credits = credit_value(r.credits);
    if (!r.credits.empty()) ++credit_cells;
    if (!credits && (credits = hours_with_unit(r.credits))) ++hour_cells;
    clues.has_credits = clues.has_credits || credits.has_value();
    if (credits) clues.course_credits.push_back({groups[i].empty() ? r.term : groups[i], *credits});
    const auto hours = read_number(r.contact_hours);
    if (credits && *credits > 0 && hours) clues.hours_per_credit.push_back(*hours / *credits);
    if (credits && *credits > 0) {
      ++clues.rows_with_credits;
      std::vector<std::string> texts;
      for (const Word* w : r.words) texts.push_back(w->text);
      if (weekly_work_in_thirds(texts, *credits)) ++clues.credits_of_weekly_thirds;
    }
  }
  // Hours the cells print with their unit, or that the table reader knows for hours of class (a
  // weight derived from them beside them: tables/measure_columns.h).
  clues.credits_carry_hour_unit = (credit_cells > 0 && hour_cells == credit_cells) || rows.credits_in_class_hours;
  return clues;
}

// What one row reads as, before the transcript-wide repairs.
struct Reading {
  FieldReading code, title, grade;
  std::optional<double> credits;
  bool credits_fixed = false;
};

// True when the quality points the rows print (points / credits) are US 4-point grades.
bool has_quality_points(const TranscriptRows& rows) {
  std::vector<double> per_credit;
  for (const auto& r : rows.rows) {
    const auto credits = read_number(r.credits);
    const auto points = read_number(r.points);
    if (credits && points && *credits > 0) per_credit.push_back(*points / *credits);
  }
  return is_four_point_scale(per_credit);
}

// A text layer prints what it means: a capital closing a code after its figures ("WIL811S", a
// module code's suffix) is no misread figure ("WIL8115"), whatever digit it looks like; it is put
// back as printed. Only that last character: a reading that changed anything else stays.
void keep_printed_suffix(FieldReading& code, const std::string& printed) {
  const std::string text = squeeze_spaces(printed);
  const size_t n = text.size();
  if (n < 3 || n != code.value.size() || text.compare(0, n - 1, code.value, 0, n - 1) != 0) return;
  const auto last = static_cast<unsigned char>(text[n - 1]);
  if (!std::isupper(last) || !std::isdigit(static_cast<unsigned char>(text[n - 2])) ||
      !std::isdigit(static_cast<unsigned char>(code.value[n - 1])))
    return;
  code.value = text;
  code.fixed = false;
}

// The capital that closes most of a transcript's codes right after their figures, as printed
// ("WIL811S", "RPR811S", "ADH811S": a module code's suffix), or '\0'. A misread figure lands on
// one code or a few, never in the same place on three codes in four; so on a scan too that letter
// is the code's, not a 5 (an S), an 8 (a B) or a 6 (a G). At least five codes so.
char shared_code_suffix(const TranscriptRows& rows) {
  std::map<char, int> last;
  int codes = 0;
  for (const auto& r : rows.rows) {
    const std::string text = squeeze_spaces(r.code);
    if (text.size() < 3) continue;
    ++codes;
    const auto c = static_cast<unsigned char>(text.back());
    if (std::isupper(c) && std::isdigit(static_cast<unsigned char>(text[text.size() - 2]))) ++last[static_cast<char>(c)];
  }
  for (const auto& [c, n] : last)
    if (n >= 5 && 4 * n >= 3 * codes) return c;
  return '\0';
}

// The word in capitals that opens most of a transcript's codes before a code with a letter part
// of its own (`UE BIO 101`, `UE CHI 102`: `UE` names the row a teaching unit), or "". A code's
// letters name its subject and change from course to course; one word before them on eight codes
// in ten (five codes at least) names the kind of row, and the code is what follows it. A code of
// two letter parts on a few rows (`MT INTERN 3` among `MT 101`, `MT 102`) keeps them.
std::string shared_kind_word(const TranscriptRows& rows) {
  static const Regex kind_before(R"(^([A-Z]{2,3})\s+[A-Z]{2,6}[ -]?\d{1,4}[A-Z]?$)");
  std::map<std::string, int> first;
  int codes = 0;
  for (const auto& r : rows.rows) {
    const std::string text = squeeze_spaces(r.code);
    if (text.empty()) continue;
    ++codes;
    std::smatch m;
    if (std::regex_match(text, m, kind_before)) ++first[m[1].str()];
  }
  for (const auto& [word, n] : first)
    if (n >= 5 && 10 * n >= 8 * codes) return word;
  return "";
}

Reading read_row(const RawCourseRow& r, GradeStyle style, bool quality_points, const PrefixCounts& prefixes,
                 bool has_credit_column, int credit_decimals, char shared_suffix, const std::string& kind_word) {
  Reading x;
  const std::string printed_code = squeeze_spaces(r.code);
  const bool kind_first = !kind_word.empty() && printed_code.rfind(kind_word + " ", 0) == 0;
  x.code = read_code(kind_first ? printed_code.substr(kind_word.size() + 1) : r.code, prefixes);
  if (!x.code.valid) x.code.value = squeeze_spaces(r.code);
  const bool text_layer = r.page.page && r.page.page->source != TextSource::ocr;
  const std::string printed = squeeze_spaces(r.code);
  const bool suffix_shared = shared_suffix != '\0' && !printed.empty() && printed.back() == shared_suffix;
  if (x.code.valid && x.code.fixed && (text_layer || suffix_shared)) keep_printed_suffix(x.code, r.code);
  x.title = read_title(r.title, text_layer);
  // Credits and grade print close together; on a scan one cell can hold both.
  std::string credits = r.credits, grade = r.grade;
  const bool split = has_credit_column && split_merged_credits_and_grade(credits, grade, style);
  const auto styled = credits_in_column_style(credits, credit_decimals);  // "15" where the column prints "1.0"
  if (styled) credits = *styled;
  x.credits = read_number(credits, &x.credits_fixed);
  if (!x.credits) x.credits = credit_value(credits);  // "(3)", "3(2-1)": the total
  if (!x.credits) x.credits = hours_with_unit(credits);  // "60h": hours counted in place of credits
  if (!x.credits && no_load_printed(credits)) x.credits = 0.0;  // a dash: no credit printed (S194)
  if (x.credits && *x.credits >= 1000) x.credits.reset();  // a year, not credits
  x.credits_fixed = x.credits_fixed || split || styled.has_value();
  const bool use_marks = grade.empty() && !r.marks.empty();
  x.grade = read_grade(use_marks ? r.marks : grade, use_marks ? GradeStyle::marks : style);
  // A lost +/- or a grade OCR missed altogether, from the quality points printed beside it.
  const auto points = read_number(r.points);
  if (!quality_points || !points || !x.credits || *x.credits <= 0) return x;
  auto g = x.grade.value.empty() ? letter_grade_for(*points / *x.credits)
                                 : letter_grade_from_points(x.grade.value, *points, *x.credits);
  if (g) {
    x.grade.value = *g;
    x.grade.valid = true;
    x.grade.fixed = true;
  }
  return x;
}

// Codes and titles made consistent across the transcript (a word misread once, a lost space).
void harmonise(std::vector<Reading>& readings, const TranscriptRows& rows) {
  std::vector<std::string> codes, titles;
  for (const auto& x : readings) {
    codes.push_back(x.code.value);
    titles.push_back(x.title.value);
  }
  std::vector<bool> read_by_ocr;
  for (const auto& r : rows.rows) read_by_ocr.push_back(r.page.page && r.page.page->source == TextSource::ocr);
  std::vector<bool> shape_changed, code_changed, word_changed, number_changed;
  repair_code_shapes(codes, read_by_ocr, &shape_changed);
  harmonise_codes(codes, &code_changed);
  harmonise_title_words(titles, &word_changed, &read_by_ocr);
  harmonise_series_numbers(titles, &number_changed, &read_by_ocr);
  std::vector<bool> point_changed;
  restore_abbreviation_points(titles, read_by_ocr, &point_changed);
  for (size_t i = 0; i < readings.size(); ++i) {
    readings[i].code.value = codes[i];
    readings[i].code.fixed = readings[i].code.fixed || code_changed[i] || shape_changed[i];
    // A code put back in the transcript's usual shape is a code, though its cell read as none.
    if (shape_changed[i]) readings[i].code.valid = true;
    readings[i].title.value = titles[i];
    readings[i].title.fixed = readings[i].title.fixed || word_changed[i] || number_changed[i] || point_changed[i];
  }
}

}  // namespace

double parse_certainty(bool code_ok, bool code_fixed, bool title_ok, bool title_fixed, bool credits_expected,
                       bool credits_ok, bool credits_fixed, bool grade_ok, bool grade_fixed) {
  double c = 1.0;
  if (!code_ok) c *= 0.7;
  if (code_fixed) c *= 0.92;
  if (!title_ok) c *= 0.7;
  if (title_fixed) c *= 0.95;
  if (credits_expected && !credits_ok) c *= 0.6;
  if (credits_fixed) c *= 0.9;
  if (!grade_ok) c *= 0.85;
  if (grade_fixed) c *= 0.92;
  return c;
}

SegmentCourses courses_of(const TranscriptRows& rows, const CourseCategorizer& categorizer, const std::string& country_hint,
                          const CreditFactors& factors, const std::string& supplement_text) {
  SegmentCourses out;
  const GradeStyle style = column_style(rows);
  const CreditSystemChoice choice = choose_credit_system(clues_of(rows, style, country_hint, supplement_text));
  out.credit_system = choice.system;
  out.credit_system_evidence = choice.evidence;
  const auto prefixes = clean_prefixes(rows);
  const char suffix = shared_code_suffix(rows);
  const std::string kind_word = shared_kind_word(rows);
  std::vector<Reading> readings;
  const bool quality_points = has_quality_points(rows);
  const bool has_credit_column = !rows.credit_headers.empty();
  std::vector<std::string> credit_cells;
  for (const auto& r : rows.rows) credit_cells.push_back(r.credits);
  const int credit_decimals = printed_decimals(credit_cells);
  for (const auto& r : rows.rows)
    readings.push_back(read_row(r, style, quality_points, prefixes, has_credit_column, credit_decimals, suffix, kind_word));
  harmonise(readings, rows);
  // A code cell as its table prints it (none at all, or figures alone) is no missing code.
  const std::vector<bool> as_printed = code_cells_as_the_table_prints(rows.rows);

  for (size_t i = 0; i < rows.rows.size(); ++i) {
    const RawCourseRow& r = rows.rows[i];
    const Reading& x = readings[i];
    Course c;
    c.code = x.code.value;
    c.title = x.title.value;
    c.term = r.term;
    c.credits = x.credits;
    c.semester_hours = to_semester_hours(c.credits, out.credit_system, factors);
    c.grade = x.grade.value;
    c.category = categorizer.category_of(c.title);
    const double certainty =
        parse_certainty(x.code.valid || as_printed[i], x.code.fixed, x.title.valid, x.title.fixed, out.credit_system != "marks",
                        c.credits.has_value(), c.credits && x.credits_fixed, x.grade.valid, x.grade.fixed);
    c.confidence = min_confidence(r.words) * certainty;
    c.evidence.push_back(evidence_of(r.page, r.words));
    out.exact_hours.push_back(to_semester_hours(c.credits, out.credit_system, factors, false).value_or(0));
    out.courses.push_back(std::move(c));
  }
  return out;
}

}  // namespace cc
