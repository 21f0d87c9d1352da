// Term headings of transcripts ("First Semester 2015-2016", "1st Sem., A.Y. 2019-2020",
// "Fall Quarter 2014", "2014/2015 Session - First Semester", "Harmattan Semester", "Semester III
// (Examination: November/December 2017)", "Part I", "Year 1", "100 Level") and the date a term ends,
// which gives when the coursework was completed.
#pragma once

#include <optional>
#include <string>

namespace cc {

// True when `row_text` (a whole row, or one side of a two-column page) is a term heading: the
// table reader's section line (extractors/tables/line_kinds.h), the one set of term patterns.
bool is_term_heading(const std::string& row_text);

// True when the term is a quarter ("Fall Quarter 2014", "Qtr").
bool names_quarter(const std::string& term);
// The season word of a US-style term ("fall", "autumn", "winter", "spring", "summer"), or "".
std::string season_of(const std::string& term);

// When the term ended, as an ISO date, if the heading says enough: a month and year ("Examination:
// April/May 2018" -> 2018-05-31), a season and year ("Fall Quarter 2016" -> 2016-12-31), or a
// semester of an academic year ("2nd Sem., A.Y. 2019-2020" -> 2020-05-31). Nullopt otherwise.
std::optional<std::string> term_end_date(const std::string& term);

}  // namespace cc
