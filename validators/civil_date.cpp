#include "validators/civil_date.h"

#include <charconv>

namespace cc {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

namespace {

std::optional<int> digits(std::string_view text) {
  int value = 0;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = digits(text.substr(0, 4));
  const auto month = digits(text.substr(5, 2));
  const auto day = digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  if (*month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
  return CivilDate{*year, *month, *day};
}

std::string to_iso(CivilDate date) {
  const auto year = std::to_string(date.year);
  const std::string padded_year = std::string(year.size() < 4 ? 4 - year.size() : 0, '0') + year;
  const auto two = [&](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
  return padded_year + "-" + two(date.month) + "-" + two(date.day);
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
int day_number(CivilDate date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int year_of_era = y - era * 400;
  const int day_of_year = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate date_from_day_number(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int day_of_era = z - era * 146097;
  const int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int mp = (5 * day_of_year + 2) / 153;
  const int day = day_of_year - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  const int year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

CivilDate years_before(CivilDate date, int years) {
  CivilDate earlier{date.year - years, date.month, date.day};
  if (earlier.day > days_in_month(earlier.year, earlier.month)) earlier.day = days_in_month(earlier.year, earlier.month);
  return earlier;
}

}  // namespace cc
