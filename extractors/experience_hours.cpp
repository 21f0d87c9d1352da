// Hours a letter states (experience.h: hours_in): a form's field, shifts, hours a day times days a
// week, hours a week, "full-time" / "part-time" as OCR misreads them.
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

#include <algorithm>
#include <cmath>

namespace cc {

HoursStatement hours_in(std::string_view text) {
  HoursStatement out;
  const std::string s(text);
  std::smatch m;
  static const Regex& per_day = icase_regex(
      R"((\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?\.?)\s*(?:a|per|each|/)\s*day[,;\s]+(?:and\s+|for\s+)?(\d)\s*days?\s*(?:a|per|each|/|in\s+a)\s*week)");
  // (Not the last digits of a year or a date: "31/03/2022 Hours per week: 40".)
  static const Regex& per_week = icase_regex(
      R"((?:^|[^\d./])(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?\.?)?\s*(?:a|per|each|/|in\s+a)\s*week)");
  // A form's field: "Hours per week: 40".
  // ("Hours per week 40" without its colon only when nothing else states the hours: in prose,
  // "40 hours per week 8 hours a day" with a comma lost, the 8 belongs to the day.)
  static const Regex& labelled = icase_regex(R"(\bhours\s*(?:per|a|/|each)\s*week\s*:\s*(\d{1,2}(?:\.\d)?)\b)");
  static const Regex& labelled_loose = icase_regex(R"(\bhours\s*(?:per|a|/|each)\s*week\s+(\d{1,2}(?:\.\d)?)\b)");
  // "full-time", and OCR's "full-timie", "fulltme".
  static const Regex& full = icase_regex(R"(\bful+[\s-]*(t[a-z1]{1,4})\b)");
  static const Regex& part = icase_regex(R"(\bpart[\s-]*(t[a-z1]{1,4})\b)");
  // Part-time stated as shifts: "12-hour shifts, 3 per week", "3 shifts of 8 hours a week".
  static const Regex& shift_hours_first = icase_regex(
      R"((\d{1,2})[\s-]*(?:hours?|hrs?\.?|h)[\s-]+shifts?,?\s*(?:x\s*)?(\d)\s*(?:shifts?|times|days)?\s*(?:a|per|each|/|in\s+a)\s*week)");
  static const Regex& shifts_first = icase_regex(
      R"((\d)\s*shifts?\s*(?:of|x)\s*(\d{1,2})\s*(?:hours?|hrs?\.?|h)(?:\s*each)?,?\s*(?:a|per|each|/|in\s+a)\s*week)");
  static const Regex& weekly = icase_regex(R"((?:^|[^\d./])(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?\.?)\s*(?:weekly|/\s*wk\b|a\s+wk\b))");
  // The same in the letters' languages: "40 horas semanales", "30 horas semanais", "35 heures par
  // semaine", "40 ore/săptămână", "40 godzin tygodniowo", "45 saat/hafta".
  static const Regex& foreign_week = icase_regex(
      R"((?:^|[^\d./])(\d{1,2}(?:[.,]\d)?)\s*(?:horas?|hrs|heures?|h|ore|godzin|godziny|saat|jam|uur|stunden)\s*)"
      R"((?:semanales|semanais|hebdomadaires|por\s+semana|a\s+la\s+semana|par\s+semaine|/\s*semana|/\s*semaine|)"
      R"(pe\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:ă|a)|/\s*s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:ă|a)|tygodniowo|w\s+tygodniu|/\s*hafta|haftal(?:ı|i)k|seminggu|per\s+minggu))");
  // Hours a month ("150 horas mensuales", "160 hours per month"): a week is 12/52 of a month's.
  static const Regex& per_month = icase_regex(
      R"((?:^|[^\d./])(\d{2,3})\s*(?:hours?|hrs?\.?|horas|heures|ore|godzin)\s*(?:(?:a|per|al|por|par|pe|each|/)\s*)?)"
      R"((?:month|mes|mois|lun(?:ă|a)|miesi(?:ą|a)c|mensuales|mensais|mensuelles|monthly))");
  if (std::regex_search(s, m, labelled)) {
    out.hours_per_week = std::stod(m[1]);
  } else if (std::regex_search(s, m, shift_hours_first)) {
    out.hours_per_week = std::stod(m[1]) * std::stod(m[2]);
  } else if (std::regex_search(s, m, shifts_first)) {
    out.hours_per_week = std::stod(m[1]) * std::stod(m[2]);
  } else if (std::regex_search(s, m, per_day)) {
    out.hours_per_week = std::stod(m[1]) * std::stod(m[2]);
  } else if (std::regex_search(s, m, weekly)) {
    out.hours_per_week = std::stod(m[1]);
  } else if (std::regex_search(s, m, per_week)) {
    out.hours_per_week = std::stod(m[1]);
  } else if (std::regex_search(s, m, foreign_week)) {
    std::string h = m[1].str();
    std::replace(h.begin(), h.end(), ',', '.');
    out.hours_per_week = std::stod(h);
  } else if (std::regex_search(s, m, per_month)) {
    // A month's figure is a week's times 52/12, rounded to the hour ("173" for 40): the whole
    // number of hours a week that rounds back to it is the one the employer counted in.
    const double monthly = std::stod(m[1]);
    const double per_week_exact = monthly * 12.0 / 52.0;
    const double whole = std::round(per_week_exact);
    out.hours_per_week = std::round(whole * 52.0 / 12.0) == monthly ? whole : std::round(per_week_exact * 10) / 10;
  } else if (std::regex_search(s, m, labelled_loose)) {
    out.hours_per_week = std::stod(m[1]);
  }
  if (m.size() && m[0].matched) {
    out.begin = static_cast<std::size_t>(m.position(0));
    out.end = out.begin + static_cast<std::size_t>(m.length(0));
  }
  auto says = [&](const Regex& r, std::smatch& f) {
    for (auto it = SRegexIterator(s.begin(), s.end(), r); it != SRegexIterator(); ++it)
      if (ocr_distance((*it)[1].str(), "time") <= 1.0) {
        f = *it;
        return true;
      }
    return false;
  };
  // The same in the letters' languages: "a tiempo completo", "em regime de tempo integral", "à temps
  // plein", "penuh waktu", "tam zamanlı", "повний робочий день"; and their part-time words.
  static const Regex& foreign_full = icase_regex(
      R"(\b(tiempo\s+completo|jornada\s+completa|tempo\s+integral|tempo\s+inteiro|temps\s+plein|tempo\s+pieno|)"
      R"(penuh\s+waktu|tam\s+zamanl|normă\s+întreagă|pełny\s+etat|pełnym\s+etacie)|повний\s+робочий\s+день)");
  static const Regex& foreign_part = icase_regex(
      R"(\b(tiempo\s+parcial|medio\s+tiempo|tempo\s+parcial|temps\s+partiel|tempo\s+parziale|paruh\s+waktu|)"
      R"(yarı\s+zamanl|yari\s+zamanl|jumătate\s+de\s+normă|niepełny\s+etat)|неповний\s+робочий\s+день)");
  std::smatch f;
  const bool part_foreign = std::regex_search(s, f, foreign_part);
  if (part_foreign) out.part_time = true;
  // ("неповний робочий день" holds "повний робочий день": part-time checked first.)
  if (!part_foreign && std::regex_search(s, f, foreign_full)) {
    out.full_time = true;
    if (!out.hours_per_week) {
      out.begin = static_cast<std::size_t>(f.position(0));
      out.end = out.begin + static_cast<std::size_t>(f.length(0));
    }
  }
  if (says(full, f)) {
    out.full_time = true;
    if (!out.hours_per_week) {
      out.begin = static_cast<std::size_t>(f.position(0));
      out.end = out.begin + static_cast<std::size_t>(f.length(0));
    }
  }
  if (says(part, f)) out.part_time = true;
  return out;
}

}  // namespace cc
