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
#include "core/regex.h"
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
  std::vector<std::size_t> joined;  // where the later rows' dates joined to the period begin
};
Period period_of(const std::string& text, const std::vector<DateMatch>& dates);
// `dates` without the ones after the word for "born" (a birth date is no period's; used where the
// dates' layout alone reads the period, CC_ABLATE_LETTER_WORDS=1).
std::vector<DateMatch> without_birth_dates(const std::string& text, const std::vector<DateMatch>& dates);

// experience_period_rows.cpp: a letter's periods printed as rows of a table.
// A date the letter gives for something other than the job: its own date or the holder's birth.
bool is_date_of_letter_or_birth(const std::string& text, const DateMatch& d);
// A row whose end cell holds an open end on a line below its start ("2019.03.14 <words>\n<words>
// to date"): the start is the one date of the letter followed by an open end with no figure
// between, and not the letter's latest date (its own).
bool period_from_open_row(const std::string& text, const std::vector<DateMatch>& dates, Period& p);
// An open end that is the value of the field after the start's ("Date of engagement 2018-10-21 /
// Date of termination Not applicable - still in service", "Start date 25.01.2025 / <label in two
// languages> to date"): the marker follows the start with only words between (no figure: no
// other date, no field's number), at most 120 bytes, as a row's open end printed below its start.
bool open_end_of_start(const std::string& text, const DateMatch& start, const DateMatch& open);
// Later rows that begin where the period ends (within two months: a promotion, a trainee's post
// then the post itself) extend it to their own end: joined by `joiner` (when words are known), by
// a cell gap, or an open end with no figure between.
void extend_by_following_rows(const std::string& text, const std::vector<DateMatch>& dates, Period& p, const Regex* joiner);
// A post held before at the same employer, printed after the current one ("... depuis le 1er août
// 2023 à ce jour. Avant cette date, ... affecté à ... du 1er juillet 2021 au 31 juillet 2023"): a
// pair of dates joined by a joiner that ends within two months before the start begins the job.
void extend_by_earlier_period(const std::string& text, const std::vector<DateMatch>& dates, Period& p, const Regex& joiner);
// A date the period leaves unread: an open end or a date after the period's end but before the
// letter's latest date, or two dates paired as a period of their own. A letter read in part must
// not count as read (its job goes to review): returns the unread date or marker.
std::optional<DateMatch> period_left_unread(const std::string& text, const std::vector<DateMatch>& dates, const Period& p);
// Ambiguous numeric dates whose order came only from convention: swap day and month when that
// makes the period plausible (start <= end <= letter date) and the convention does not.
void resolve_by_plausibility(Period& p, const DayOrderInfo& order, const std::optional<Ymd>& as_of);
// "to March 2022": the month's last day (the job ran through it).
Ymd month_end_if_no_day(const DateMatch& end);

}  // namespace cc
