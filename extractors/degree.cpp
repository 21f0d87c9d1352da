#include "extractors/degree.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extractors/dates.h"
#include "extractors/degree_credentials.h"
#include "extractors/degree_parts.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace degree_parts {

Fact fact_of(const TextRun& run, std::string value, double certainty, std::size_t begin, std::size_t end) {
  end = std::min(end, run.text.size());
  Fact f;
  f.value = std::move(value);
  f.confidence = certainty * run.confidence(begin, end);
  f.evidence = run.evidence(begin, end);
  return f;
}

}  // namespace degree_parts

using namespace degree_parts;

namespace {

struct DegreeReadings {
  std::optional<Fact> title, institution, conferred, issued, stated_years, term_years, span_years, credit_years, training;
  std::string country;
  std::string department_field;  // the field of the department the degree was taken in, when known
  std::vector<std::string> training_areas;
  std::optional<std::string> training_doubt;  // why the training's areas may be partial
};

void add_evidence(DegreeFacts& out, const std::optional<Fact>& fact) {
  if (!fact) return;
  out.evidence.insert(out.evidence.end(), fact->evidence.begin(), fact->evidence.end());
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
  // The count rests on every term label, not on how well the first one was read; and each label on
  // the words it was read from ("Semester 3", "2016-2017"), not on the heading line around it, whose
  // other words (a scan's stamp, noise read as letters) say nothing about the count.
  double sum = 0;
  int n = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::vector<TermSpan> spans;
    if (years_from_terms({texts[i]}, nullptr, &spans) <= 0 || spans.empty()) continue;
    double line_sum = 0;
    for (const TermSpan& span : spans) line_sum += lines[i].confidence(span.begin, span.end);
    sum += line_sum / static_cast<double>(spans.size());
    ++n;
  }
  if (n) f.confidence = 0.88 * sum / n;
  return f;
}

// The years between the admission and completion dates the document prints (study_span): the
// evidence is the two dates.
std::optional<Fact> read_span_years(const TextRun& all) {
  const StudySpan span = study_span(all.text);
  if (span.years <= 0) return std::nullopt;
  Fact f = fact_of(all, std::to_string(span.years), 0.9, span.admitted_begin, span.admitted_end);
  const Fact completed = fact_of(all, "", 0.9, span.completed_begin, span.completed_end);
  f.evidence.insert(f.evidence.end(), completed.evidence.begin(), completed.evidence.end());
  f.confidence = std::min(f.confidence, completed.confidence);
  return f;
}

// The programme's length from its credit total (credit_total_years): the evidence is the total.
std::optional<Fact> read_credit_years(const TextRun& all) {
  const CreditYears credits = credit_total_years(all.text);
  if (credits.years <= 0) return std::nullopt;
  // (the offsets are those of the text lower-cased, the same when lower-casing kept its length)
  const bool offsets_hold = lower_utf8(all.text).size() == all.text.size();
  return offsets_hold ? fact_of(all, std::to_string(credits.years), 0.9, credits.begin, credits.end)
                      : fact_of(all, std::to_string(credits.years), 0.9);
}

// A bracket after the title that holds a label and its value ("Bachelor of Biology (field of study:
// Biology)", "(specialty: ...)") glosses the title: it is no part of the degree's name.
std::string without_labelled_aside(const std::string& title) {
  static const Regex& aside = icase_regex(R"(\s*\([^()]{2,40}:[^()]*\)\W*$)");
  std::smatch m;
  if (!std::regex_search(title, m, aside) || m.position(0) < 8) return title;
  return title.substr(0, static_cast<std::size_t>(m.position(0)));
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
    // None at the head of the first page: one at the head of a later page (a translation printed
    // after its original, "Hisor State Medical University"), before one named in the prose (which
    // may be the original's, in another script).
    if (!r.institution && segment.pages.size() > 1) {
      std::vector<TextRun> later_pages;
      for (const TextRun& l : lines)
        if (!l.pieces.empty() && l.pieces.front().page.page != segment.pages.front().page) later_pages.push_back(l);
      r.institution = read_institution(later_pages, address);
    }
    if (!r.institution) r.institution = read_institution_in_prose(lines);
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
    if (!r.title) r.title = lmd_title(lines, all.text);
    if (!r.title) r.title = title_from_level_and_programme(lines);
    if (!r.title) r.title = title_after_given_words(lines);
    if (!r.title || field_of_title(r.title->value) == "other")
      if (auto q = stated_title(all)) r.title = q;
    if (!r.conferred) r.conferred = read_conferred(lines, all, is_diploma, r.country);
    if (is_diploma && !r.issued) r.issued = read_issue_date(all, r.country);
    // Only the session printed: its last day. The session is printed and read as surely as a date;
    // the day is its end, a bound the degree was conferred by (0.85: no review for that alone).
    if (!r.conferred)
      if (const auto session = conferral_session_in(all.text, is_diploma)) {
        r.conferred = fact_of(all, session->date.iso(), 0.85, session->begin, session->end);
        r.conferred->month_only = true;
      }
    if (!r.stated_years) r.stated_years = read_stated_years(lines);
    if (!r.span_years) r.span_years = read_span_years(all);
    if (!r.credit_years) r.credit_years = read_credit_years(all);

    if (!is_diploma && !r.training) r.training = read_training(lines, r.training_areas, r.training_doubt);
  }
  // No school named in Latin letters on any page: the heading as printed in Cyrillic.
  for (const SegmentView& segment : segments) {
    if (r.institution || segment.pages.empty()) break;
    std::vector<TextRun> first_page;
    for (TextRun& l : segment_lines(segment))
      if (!l.pieces.empty() && l.pieces.front().page.page == segment.pages.front().page) first_page.push_back(std::move(l));
    std::string address;
    r.institution = read_institution(first_page, address, /*any_script=*/true);
  }
  return r;
}

// Two printed lengths that differ (the diploma's "3 years" and the transcript's "8 semesters"), or a
// printed length the transcript's own years of terms contradict: which is true is for a reviewer.
// (The span of admission to completion is left out: a year repeated or a late conferral lengthens
// it without saying anything about the programme.)
struct YearsDisagreement {
  std::string what;
  int other = 0;  // the length that is not the one kept
};
std::optional<YearsDisagreement> years_disagreement(const DegreeReadings& d, const DegreeReadings& t) {
  std::vector<std::pair<std::string, int>> readings;
  if (d.stated_years) readings.emplace_back("stated on the diploma", std::stoi(d.stated_years->value));
  if (t.stated_years) readings.emplace_back("stated on the transcript", std::stoi(t.stated_years->value));
  // (A count of one year from terms is no programme's length: a year's two semesters, an admission year.)
  if (t.term_years && std::stoi(t.term_years->value) >= 2)
    readings.emplace_back("counted from the transcript's terms", std::stoi(t.term_years->value));
  for (std::size_t i = 0; i < readings.size(); ++i)
    for (std::size_t j = i + 1; j < readings.size(); ++j)
      if (readings[i].second != readings[j].second)
        return YearsDisagreement{std::to_string(readings[i].second) + " years " + readings[i].first + ", " +
                                     std::to_string(readings[j].second) + " years " + readings[j].first,
                                 readings[j].second};
  return std::nullopt;
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
  if (!title) title = title_after_given_words(lines);
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
  // The same level and field on both, the transcript's title printed as one and the diploma's
  // composed from a level word and a field label ("Diplôme de Licence" ... "Spécialité : X"), no
  // title as titles are printed: the title read more surely.
  if (d.title && t.title && title && title->value == d.title->value && t.title->confidence > d.title->confidence &&
      degree_title_in(d.title->value).empty() && !degree_title_in(t.title->value).empty() &&
      field_of_title(d.title->value) == field_of_title(t.title->value) &&
      level_of_title(t.title->value) == (d.title->level.empty() ? level_of_title(d.title->value) : d.title->level))
    title = t.title;
  // "Licenciada en Análisis Clínicos" (the graduate's title) on the diploma, "Licenciatura en
  // Análisis Clínicos" (the degree's name) on the transcript: the degree's name.
  if (title && d.title && t.title && title->value == d.title->value) {
    // (The same field, one reading maybe longer: "Tecnología de la Salud" / "..., perfil Laboratorio Clínico".)
    static const Regex& holder = icase_regex(R"(^licenciad[oa]\s+e[nm]\s+(.*)$)");
    static const Regex& degree = icase_regex(R"(^licenciatura\s+(e[nm])\s+(.*)$)");
    std::smatch m, n;
    const std::string diploma = d.title->value, transcript = t.title->value;
    if (std::regex_match(diploma, m, holder) && std::regex_match(transcript, n, degree)) {
      // (Spanish "en", Portuguese "em": the transcript's word.)
      const std::string a = fold_latin(lower_utf8(m[1].str())), b = fold_latin(lower_utf8(n[2].str()));
      if (!a.empty() && !b.empty() && (a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0))
        title->value = "Licenciatura " + lower_utf8(n[1].str()) + " " + m[1].str();
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
  // A length printed beats one counted from terms, which beats one from the dates of admission and
  // completion (a repeated year lengthens the studies, not the programme).
  const std::optional<Fact>* chosen = d.stated_years   ? &d.stated_years
                                      : t.stated_years ? &t.stated_years
                                      : t.term_years   ? &t.term_years
                                      : t.span_years   ? &t.span_years
                                      : d.span_years   ? &d.span_years
                                      : d.credit_years ? &d.credit_years
                                                       : &t.credit_years;
  const std::optional<Fact>& years = *chosen;
  const std::optional<YearsDisagreement> conflict = years_disagreement(d, t);
  double confidence = 1.0;
  if (title) {
    out.title = degree_named(without_labelled_aside(title->value));
    const std::string level = !title->level.empty() ? title->level : level_of_title(title->value);
    if (!level.empty()) out.level = level;
    out.field = field_of_title(title->value);
    // A title closing a parenthesis it never opened (`Bachelor of Science), omfattande 180
    // högskolepoäng`) was cut out of a sentence inside a translation's parenthesis: the degree's own
    // name stood before it, so the fragment names no field either (S148).
    const size_t close = title->value.find(')');
    const bool cut_inside_parenthesis = close != std::string::npos && title->value.rfind('(', close) == std::string::npos;
    if (out.field == "other" && (generic_field_title(title->value) || cut_inside_parenthesis)) {
      // "Bachelor of Science" names a level and a family of degrees, not a field: the department
      // that gave it, or no field read (review), never a field outside the routes' (which would
      // make a candidate whose documents name the field elsewhere not_eligible).
      const std::string& department = !d.department_field.empty() ? d.department_field : t.department_field;
      if (!department.empty()) out.field = department;
      else out.field.reset();
    }
    double c = title->confidence;
    if (d.title && t.title && field_of_title(d.title->value) != field_of_title(t.title->value)) c *= 0.85;
    confidence = std::min(confidence, c);
  } else {
    confidence = 0.5;  // no degree title read: the level and field are unknown
  }
  if (conferred) {
    out.conferred = conferred->value;
    // The diploma was issued on another day than the one read as the conferral (the jury's
    // deliberation, a graduation): both are dates of the award, kept for the checks of a window.
    if (d.issued && d.issued->value.size() == 10 && conferred->value.size() == 10 && d.issued->value != conferred->value)
      out.conferred_other = d.issued->value;
    if (d.conferred && t.conferred && d.conferred->value != t.conferred->value) conferred->confidence *= 0.85;
    confidence = std::min(confidence, conferred->confidence);
  }
  if (years) {
    out.years = std::stoi(years->value);
    confidence = std::min(confidence, years->confidence);
  }
  if (conflict) {
    out.years_conflict = conflict->what;
    out.years_conflicting = conflict->other;
  }
  if (institution) out.institution = join_split_capitals(institution->value);
  if (!country.empty()) out.country = country;
  if (!transcripts.empty()) {
    const bool mls_field = out.field == "medical_technology" || out.field == "medical_laboratory_science";
    out.clinical_training = t.training.has_value() && (mls_field || !out.field);
    if (*out.clinical_training) out.clinical_training_areas = t.training_areas;
    if (*out.clinical_training) out.clinical_training_areas_doubt = t.training_doubt;
  }
  out.confidence = confidence;
  add_evidence(out, title);
  add_evidence(out, conferred);
  add_evidence(out, institution);
  add_evidence(out, years);
  // The other lengths read, when they disagree, beside it.
  if (conflict)
    for (const auto* reading : {&d.stated_years, &t.stated_years, &t.term_years})
      if (reading != chosen) add_evidence(out, *reading);
  add_evidence(out, t.training);
  return out;
}

}  // namespace cc
