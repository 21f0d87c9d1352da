// The parts of an employment letter that experience.cpp assembles into a `Job`, each read by its
// own file: the employer (experience_employer.cpp: the body's "employed by X", else the letterhead),
// the position (experience_position.cpp: a form's field, a table's column, the prose's "as X"), and
// the period (experience_period.cpp: start and end dates by their cues, "to present", day/month
// order settled by plausibility). Internal to extractors/: the public API is experience.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extractors/dates.h"
#include "extractors/text_utils.h"
#include "core/facts.h"

namespace cc {

// A value read from a letter with its confidence and the words it was read from.
struct LetterPart {
  std::string value;
  double confidence = 0;
  std::vector<Evidence> evidence;
};
LetterPart letter_part(const TextRun& run, std::string value, double certainty, std::size_t begin, std::size_t end);

// "employed by X as", "working with X as": the employer named in the body.
std::optional<LetterPart> employer_in_body(const TextRun& text);
// A form's field that names the employer ("Place of Work: ...", "Employer: ...").
std::optional<LetterPart> employer_in_form(const std::vector<TextRun>& lines);
// The letterhead: the most prominent line at the top of the first page, above the letter's title;
// without one, the line printed above the issuer's address.
std::optional<LetterPart> employer_in_letterhead(const std::vector<TextRun>& lines);
// The same name printed in mixed case elsewhere in the letter (the signature block), if any.
std::string mixed_case_form(const std::string& name, const TextRun& text);
// "Crestview Medical Laboratories Lid" (OCR): company suffixes read back.
std::string repair_company_suffix(const std::string& name);

// The post held: a form's labelled field, the prose's "employed as X", or the same in other languages.
std::optional<LetterPart> position_of(const TextRun& text, const std::vector<TextRun>& lines);

// A work record book prints each date across three columns, day | month | year ("01   09   2018"):
// those read as one date ("01.09.2018"), same length so positions hold.
std::string with_column_dates_joined(const std::string& text);

// The period of employment found in a letter's dates, and the letter's own date.
struct Period {
  std::optional<DateMatch> start, end, letter_date;
};
Period period_of(const std::string& text, const std::vector<DateMatch>& dates);
// Ambiguous numeric dates whose order came only from convention: swap day and month when that
// makes the period plausible (start <= end <= letter date) and the convention does not.
void resolve_by_plausibility(Period& p, const DayOrderInfo& order, const std::optional<Ymd>& as_of);
// "to March 2022": the month's last day (the job ran through it).
Ymd month_end_if_no_day(const DateMatch& end);

}  // namespace cc
