// The degree, read from diplomas first and transcripts second: level, program length, title, field
// (normalised per criteria.md), institution, country, conferral date, and the clinical training the
// transcript shows. Every fact found carries evidence; the facts' confidence combines the OCR
// confidence of the words read with how sure the parse is (a stated "four (4) years" is surer than
// four academic years counted on a transcript; an ambiguous 05/06/2019 is less sure than "June 5").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/dates.h"
#include "extractors/document_view.h"
#include "core/facts.h"

namespace cc {

// Field of a degree title: medical_technology | medical_laboratory_science | biology | chemistry |
// nursing | pharmacy | other ("Medical Laboratory Technology" -> medical_technology, "Biomedical
// Science" -> medical_laboratory_science, microbiology/zoology -> biology, biochemistry -> chemistry).
std::string field_of_title(std::string_view title);
// Level of a degree title: bachelor | master | doctorate | associate | diploma; empty if none.
std::string level_of_title(std::string_view title);
// A degree title in `text` ("Bachelor of Science in Medical Technology", "B.Sc. (MLT)",
// "Diploma in Medical Laboratory Technology"), natural case; empty if none.
std::string degree_title_in(std::string_view text);
// Program length stated in `text`: "Duration: 3 Years", "four (4) years", "three-year"; 0 if none.
int stated_program_years(std::string_view text);
// A programme's length from its credit total in a credit system of 60 a year ("180 ECTS" -> 3,
// "Укупно ЕСПБ: 240" -> 4): the largest total printed, read only when it is 180 or 240; `years` 0
// when none. `begin` / `end`: the total's characters in `text` lower-cased (lower_utf8).
struct CreditYears {
  int years = 0;
  std::size_t begin = 0, end = 0;
};
CreditYears credit_total_years(std::string_view text);
// Academic years a transcript's term labels span ("First Semester 2015-2016", "2014/2015
// Session", "Fall Quarter 2016", "Semester VI", "Third Year Examination", "Part III"); 0 if unknown.
// `first_line`, when given, receives the index of the first line that counted; `spans`, when given,
// the character ranges (line index, begin, end) of every term label and year that counted, so that
// the evidence is scored on those words and not on a whole heading line with other words in it.
struct TermSpan {
  std::size_t line = 0, begin = 0, end = 0;
};
int years_from_terms(const std::vector<std::string>& lines, std::size_t* first_line = nullptr,
                     std::vector<TermSpan>* spans = nullptr);
// Academic years the terms the coursework reader gave its course rows span, when the terms are
// codes no line of text explains: a year of study and a term in it ("1.º 2.º": the highest year,
// the years 1, 2, ... without a gap), or a calendar year and a term's number ("2015 1", "1/2014",
// "2010-II": one academic year per first term, when some year shows both terms); 0 otherwise.
int years_from_course_terms(const std::vector<std::string>& terms);

// The years between a labelled admission and a labelled completion date ("Date of Entrance:
// 2021.03.06 ... Date of Graduation: 2025.02.24", "Period of study: 14.09.2017 – 08.06.2021"),
// a part year counted from seven months on; years 0 when `text` does not show both dates.
struct StudySpan {
  int years = 0;
  std::size_t admitted_begin = 0, admitted_end = 0, completed_begin = 0, completed_end = 0;
};
StudySpan study_span(std::string_view text);

// A conferral stated only as a session near the words of a conferral ("conferred ... in the second
// semester of the academic year 2020/2021", "Session: Juin 2019", "in the academic year
// 2018-2019"): the session's last day (January, June, August for a first, second, summer semester;
// June for an academic year; the month's last day for a month), and where it was read.
struct SessionDate {
  Ymd date;
  std::size_t begin = 0, end = 0;
};
// (On a transcript only graduation words lead to it, "Graduated: Second Semester 2020/2021": its
// terms are sessions too.)
std::optional<SessionDate> conferral_session_in(std::string_view text, bool is_diploma);

// The highest credential read from the diplomas and transcripts (extract_degrees in
// degree_credentials.h gives every one); empty optional when there are neither.
std::optional<DegreeFacts> extract_degree(const std::vector<SegmentView>& diplomas,
                                          const std::vector<SegmentView>& transcripts);

}  // namespace cc
