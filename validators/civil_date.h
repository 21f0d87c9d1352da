// A tiny proleptic-Gregorian calendar date, enough for the eligibility windows: ISO parsing and
// printing, day numbers (days from 1970-01-01, Howard Hinnant's days_from_civil) and "N calendar
// years back" with Feb 29 -> Feb 28. No time zones: every date in a dossier is a civil date.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cc {

struct CivilDate {
  int year = 1970, month = 1, day = 1;
  auto operator<=>(const CivilDate&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Strict "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
std::optional<CivilDate> parse_iso_date(std::string_view text);
std::string to_iso(CivilDate date);

// Day number: 1970-01-01 is 0. Consecutive dates have consecutive numbers.
int day_number(CivilDate date);
CivilDate date_from_day_number(int days);

// The same month and day `years` calendar years earlier; Feb 29 becomes Feb 28 in a common year.
CivilDate years_before(CivilDate date, int years);

}  // namespace cc
