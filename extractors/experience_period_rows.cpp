// A letter's periods printed as rows of a table (experience_parts.h): a row whose open end sits on
// a line below its start, later rows that continue the period (a trainee's post, then the post),
// and the check that no row was left unread. A letter read in part would count a part of the
// experience as all of it: a date or an open end the period does not use sends the job to review.
#include <algorithm>

#include "extractors/experience_parts.h"

namespace cc {

namespace {

bool used_by(const Period& p, const DateMatch& d) {
  if (p.start && d.begin == p.start->begin) return true;
  if (p.end && d.begin == p.end->begin) return true;
  if (p.letter_date && d.begin == p.letter_date->begin) return true;
  return std::find(p.joined.begin(), p.joined.end(), d.begin) != p.joined.end();
}

// What lies between two cells of one row or a cell and the open end printed below it: words of any
// script, no figure (a figure would be another date, a number, an amount).
bool no_figure_between(const std::string& text, const DateMatch& a, const DateMatch& b, std::size_t most) {
  if (b.begin < a.end || b.begin - a.end > most) return false;
  const std::string between = text.substr(a.end, b.begin - a.end);
  return std::none_of(between.begin(), between.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool cell_gap(const std::string& text, const DateMatch& a, const DateMatch& b) {
  // (another calendar's date in brackets beside the Gregorian: "10/02/2023 (19/07/1444 H)")
  static const Regex& gap = icase_regex(R"(^[\s|]*(?:\([^()\n]{1,40}\)[\s|]*)?$)");
  return b.begin >= a.end && std::regex_match(text.substr(a.end, b.begin - a.end), gap);
}

std::optional<Ymd> latest_date(const std::vector<DateMatch>& dates) {
  std::optional<Ymd> latest;
  for (const DateMatch& d : dates)
    if (d.date && d.date->year >= 1900 && (!latest || *d.date > *latest)) latest = d.date;
  return latest;
}

}  // namespace

bool is_date_of_letter_or_birth(const std::string& text, const DateMatch& d) {
  static const Regex& cue = icase_regex(
      R"((\bdate|\bdated|\bissued(?: this| on)?|\bthis|\bfait\s+(?:à|a)\s+\S+,?\s+le|\bbirth|\bborn(?: on)?|\bnaissance|)"
      R"(\bnacimiento|\bnascimento|\blahir|рождения|\bd\.?o\.?b|\bn(?:é|e)e?\s+le|\bnacid[oa]\s+el|\bnascid[oa]\s+(?:em|a[o]?s?))\s*[,:.]?\s*(the\s+)?)"
      // the same date in the letter's own calendar first, the Gregorian in brackets ("Date: 1402/12/24 (")
      R"((?:\d{3,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*\(\s*)?$)");
  // The letter's dateline, a place, a comma and the article of a day before the date ("Luanda, aos
  // quinze de Outubro de ...", "Tabarka, le 17/07/2024", "Berlin, den 3. Mai 2024"): where the letter
  // was signed. (Not a bare comma: a table's last area before its start date, "Bacteriology,
  // 23.02.2026", is no place.)
  static const Regex& dateline = icase_regex(
      R"((?:^|[\s.])[A-Z][^\s,.;:()\d]{2,30}(?:[\s-][A-Z][^\s,.;:()\d]{1,30}){0,2},\s*(?:le|aos|em|el|den|am)\s*$)", false);
  // The date of a numbered paper the letter cites ("order No. 184-к of 26.02.2026", "приказ № 184-к
  // от 26.02.2026", "Ref. 12/2020 dated"): when that paper was signed, not when the job began or
  // ended. (The number holds a figure: "no período de 01/03/2019" is a period.)
  static const Regex& numbered_paper = icase_regex(
      R"((?:\bno\.?|№|\bn[º°o]\.?|\bnr\.?|\bref\.?)\s*[^\s\d]{0,6}\d\S{0,12}\s+(?:of|dated|от|de|du|del|z|vom)\s*$)");
  const std::size_t from = d.begin >= 40 ? d.begin - 40 : 0;
  const std::string before = text.substr(from, d.begin - from);
  return std::regex_search(before, cue) || std::regex_search(before, dateline) || std::regex_search(before, numbered_paper);
}

bool period_from_open_row(const std::string& text, const std::vector<DateMatch>& dates, Period& p) {
  const std::optional<Ymd> latest = latest_date(dates);
  for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
    const DateMatch& a = dates[i];
    const DateMatch& b = dates[i + 1];
    if (!a.date || a.date->year < 1900 || !b.present || !latest || !(*a.date < *latest)) continue;
    if (!no_figure_between(text, a, b, 120) || is_date_of_letter_or_birth(text, a)) continue;
    p.start = a;
    p.end = b;
    return true;
  }
  return false;
}

bool open_end_of_start(const std::string& text, const DateMatch& start, const DateMatch& open) {
  return open.present && !open.date && no_figure_between(text, start, open, 120);
}

// The text between two dates is one of the joining words ("to", "-", "au", ...), not nothing.
bool joined_by(const std::string& between, const Regex& joiner) {
  static const Regex& blank = icase_regex(R"(^\s*$)");
  return std::regex_match(between, joiner) && !std::regex_match(between, blank);
}

// A period that begins at most two months after another ended continues it (a trainee post then
// the post, a promotion, a new contract at the same employer).
bool continues_within_two_months(const Ymd& ended, const Ymd& began) {
  const long gap = days_from_civil(began) - days_from_civil(ended);
  return gap >= 0 && gap <= 62;
}

void extend_by_following_rows(const std::string& text, const std::vector<DateMatch>& dates, Period& p, const Regex* joiner) {
  // A row of time not worked ("Extraordinary leave (without pay) ... Not counted as service", "unpaid
  // leave", "licencia sin goce de sueldo", "congé sans solde", "отпуск без сохранения"): the service
  // stops where it begins, however close its dates follow.
  static const Regex& not_worked = icase_regex(
      R"(\b(?:leave\s+(?:\(\s*)?without\s+pay|unpaid\s+leave|extraordinary\s+leave|not\s+counted\s+as\s+service|)"
      R"(does\s+not\s+count\s+as\s+service|career\s+break|suspended|suspension|sin\s+goce|sans\s+solde|sem\s+vencimento|)"
      R"(licencia\s+sin|cong(?:é|e)\s+sans)|без\s+сохранения|без\s+збереження)");
  for (std::size_t i = 0; p.end && p.end->date && i + 1 < dates.size(); ++i) {
    const DateMatch& a = dates[i];
    const DateMatch& b = dates[i + 1];
    if (a.begin <= p.end->begin || !a.date || (!b.date && !b.present)) continue;
    // (the row's words: from the period's end to this row's end date)
    if (std::regex_search(text.substr(p.end->end, b.begin - p.end->end), not_worked)) break;
    const std::string between = text.substr(a.end, b.begin - a.end);
    const bool joined = (joiner && joined_by(between, *joiner)) ||
                        ((b.date || b.present) && cell_gap(text, a, b)) || (b.present && no_figure_between(text, a, b, 120));
    if (!joined) continue;
    if (b.date && *b.date < *a.date) continue;
    if (!continues_within_two_months(*p.end->date, *a.date)) continue;
    p.joined.push_back(p.end->begin);
    p.joined.push_back(a.begin);
    p.end = b;
  }
}

void extend_by_earlier_period(const std::string& text, const std::vector<DateMatch>& dates, Period& p, const Regex& joiner) {
  if (!p.start || !p.start->date || !p.end) return;
  for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
    const DateMatch& a = dates[i];
    const DateMatch& b = dates[i + 1];
    if (used_by(p, a) || used_by(p, b) || !a.date || !b.date || a.date->year < 1900 || *b.date < *a.date) continue;
    if (b.begin < a.end || is_date_of_letter_or_birth(text, a)) continue;
    const std::string between = text.substr(a.end, b.begin - a.end);
    if (!joined_by(between, joiner)) continue;
    if (!continues_within_two_months(*b.date, *p.start->date)) continue;
    p.joined.push_back(p.start->begin);
    p.joined.push_back(b.begin);
    p.start = a;
    return;
  }
}

std::optional<DateMatch> period_left_unread(const std::string& text, const std::vector<DateMatch>& all_dates, const Period& p) {
  if (!p.start || !p.start->date) return std::nullopt;
  // A birth date after the word for "born" in any language (data, `born`: "rojena 26. 12. 1996",
  // "geboren am 8. November 1999") is no date of the job: it leaves no period unread.
  const std::vector<DateMatch> dates = without_birth_dates(text, all_dates);
  const std::optional<Ymd> latest_found = latest_date(dates);
  if (!latest_found) return std::nullopt;
  const Ymd latest = *latest_found;
  const bool dated_end = p.end && p.end->date;
  const Ymd end = dated_end ? *p.end->date : Ymd{};
  // An open end printed as "to"/"till"/"until" a date or the present ("to date", "till now").
  static const Regex& open_end = icase_regex(R"(^(?:up\s*)?(?:to|till|until)\b)");
  std::optional<DateMatch> previous;
  for (const DateMatch& d : dates) {
    const bool used = used_by(p, d);
    if (!used && d.present && dated_end && std::regex_search(text.substr(d.begin, d.end - d.begin), open_end)) return d;
    const bool stated = d.date && d.date->year >= 1900 && !is_date_of_letter_or_birth(text, d);
    if (!used && stated && dated_end && end < *d.date && *d.date < latest) return d;
    // A full date before the start that the period does not use: the job may have begun then (an
    // appointment, the start read from a promotion's date).
    if (!used && stated && !d.day_missing && *d.date < *p.start->date) return d;
    // Two dates the period does not use, side by side or joined by a word: a period of their own,
    // unless it lies within the period read (a rotation, a probation inside the job).
    // (Months alone, "Aug. 2024 – Apr. 2025", count from the start's month.)
    const Ymd month_of_start{p.start->date->year, p.start->date->month, 1};
    const bool inside = stated && previous && !(*previous->date < month_of_start) && (!dated_end || !(end < *d.date));
    if (!used && stated && previous && !(*d.date < *previous->date) && no_figure_between(text, *previous, d, 12) && !inside)
      return d;
    previous = !used && stated ? std::optional<DateMatch>(d) : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace cc
