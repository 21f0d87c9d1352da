// Reading dates as documents print them: "March 1, 2018", "1 March 2018", "1st March, 2018",
// "Mar. 1, 2018", "01-Mar-2018", "16 JUN 2022", "15/04/2019" (day first) or "04/15/2019" (month
// first), "2019-04-15", "01.06.2019", "this fifteenth day of June, two thousand nineteen", and the
// open end of a job ("to present", "till date", "up to now", "presently working"); on request a
// month and year alone ("since March 2019") as the month's first day, marked `day_missing`.
// Numeric dates are ambiguous when day and month are both <= 12: the order comes from the
// document itself (a 13..31 in one position decides), else from the country's convention (US
// month first, elsewhere day first), and callers can still check plausibility (start before end,
// nothing after the letter's date). Digits misread by OCR (O->0, l/I->1, S->5) are repaired inside
// tokens that are mostly digits.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

struct Ymd {
  int year = 0, month = 0, day = 0;
  std::string iso() const;  // YYYY-MM-DD
  bool valid() const;       // a real calendar date, years 1900..2100
  auto operator<=>(const Ymd&) const = default;
};

std::optional<Ymd> parse_iso_ymd(std::string_view iso);
// Days since 1970-01-01 (proleptic Gregorian).
long days_from_civil(const Ymd& d);

enum class DayOrder { unknown, day_first, month_first };

struct DayOrderInfo {
  DayOrder order = DayOrder::unknown;
  bool from_document = false;  // decided by a 13..31 in the document's own numeric dates
};

// US prints month first; everyone else in our corpus day first. Unknown country: unknown.
DayOrder country_day_order(std::string_view country);
// The order of `text`'s numeric dates: from the text itself when one of them decides it, else the
// country's convention.
DayOrderInfo infer_day_order(std::string_view text, std::string_view country);

struct DateMatch {
  std::size_t begin = 0, end = 0;  // characters of the searched text
  std::optional<Ymd> date;         // empty for a "present" marker
  bool present = false;            // "to present", "till date", "up to now", "presently"
  bool numeric = false;            // digits only (the day/month order mattered)
  bool ambiguous = false;          // numeric with day and month both <= 12 and different
  int first = 0, second = 0;       // numeric: the first two numbers as printed
  bool repaired = false;           // OCR digit confusions were fixed
  bool day_missing = false;        // "March 2019": the month only, read as its first day
  double certainty = 1.0;          // how sure the parse is, 0..1
};

// Every date and "present" marker in `text`, left to right, not overlapping.
// `month_alone`: also "March 2019" without a day (a letter's period), as the month's first day
// marked `day_missing`; off by default, where a month and year is a term or an examination session.
std::vector<DateMatch> find_dates(std::string_view text, const DayOrderInfo& order, bool month_alone = false);
// The first date of `text` (markers of "present" skipped).
std::optional<Ymd> parse_date(std::string_view text, DayOrder order = DayOrder::unknown);
// The same numeric date read in the other order (day <-> month), when that is a valid date.
std::optional<Ymd> swapped_order(const DateMatch& match);

// Tokens that are mostly digits get O/o->0, l/I/|->1, S->5 (same length, offsets kept).
std::string repair_ocr_digits(std::string_view text);

// "fifteenth" -> 15, "twenty-first" -> 21; 0 when not an ordinal word.
int ordinal_word_value(std::string_view word);
// Year in words at the start of `words` ("two thousand and nineteen", "nineteen ninety-eight"):
// the year and how many words it used; year 0 when none.
std::pair<int, int> year_from_words(const std::vector<std::string>& words);

}  // namespace cc
