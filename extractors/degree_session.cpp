// A conferral stated only as the session it closed (degree.h: conferral_session_in): "in the second
// semester of the academic year 2020/2021", "Graduated: Second Semester 2020/2021", "Session: Juin
// 2019", "in the academic year 2018-2019". The day is not printed: the session's last month's last
// day stands for it, and the caller marks the fact less sure than a printed date.
#include "extractors/dates.h"
#include "extractors/degree.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

Ymd last_day_of(int year, int month) {
  for (int day = 31; day >= 28; --day) {
    const Ymd d{year, month, day};
    if (d.valid()) return d;
  }
  return Ymd{year, month, 1};
}

// "2020/2021", "2020-21": the academic year's second calendar year; 0 when the two do not follow.
int second_year(const std::string& first, const std::string& second) {
  const int y1 = std::stoi(first);
  int y2 = std::stoi(second);
  if (second.size() == 2) y2 += (y1 / 100) * 100 + (y2 < y1 % 100 ? 100 : 0);
  return y2 == y1 + 1 ? y2 : 0;
}

}  // namespace

std::optional<SessionDate> conferral_session_in(std::string_view text_in, bool is_diploma) {
  const std::string text(text_in);
  // The session must follow the words of a conferral, within a sentence or a label's reach. (A
  // transcript's "Session 2016-2017" heads a year of its courses: there only graduation words count.)
  static const Regex& cue = icase_regex(R"(graduat|conferr|awarded|egresad|egresó|titulad|dipl(?:ô|o)m(?:é|e))");
  static const Regex& diploma_cue = icase_regex(
      R"(graduat|conferr|awarded|egresad|egresó|titulad|dipl(?:ô|o)m(?:é|e)|\bsession\b|\bsessi(?:ó|o)n\b|\bjury\b|)"
      R"(d(?:é|e)lib(?:é|e)ration|promotion)");
  static const Regex& semester = icase_regex(
      R"(\b(first|second|third|summer|fall|autumn|spring|1st|2nd|3rd)\s+semester\s+(?:of\s+)?(?:the\s+)?(?:academic\s+year\s+)?)"
      R"((\d{4})\s*[/-]\s*(\d{4}|\d{2})\b)");
  static const Regex& academic_year = icase_regex(
      R"(\b(?:academic\s+year|school\s+year|ann(?:é|e)e\s+(?:acad(?:é|e)mique|universitaire)|a(?:ñ|n)o\s+acad(?:é|e)mico|)"
      R"(ano\s+letivo|session)\s*:?\s*(?:of\s+)?(\d{4})\s*[/-]\s*(\d{4}|\d{2})\b)");
  const Regex& cues = is_diploma ? diploma_cue : cue;
  for (auto c = SRegexIterator(text.begin(), text.end(), cues); c != SRegexIterator(); ++c) {
    const std::size_t from = static_cast<std::size_t>(c->position(0));
    const std::string near = text.substr(from, 160);
    std::smatch m;
    if (std::regex_search(near, m, semester)) {
      const int y2 = second_year(m[2].str(), m[3].str());
      if (!y2) continue;
      const std::string which = lower_ascii(m[1].str());
      // The first semester ends in January, the second in June, a summer or third one in August.
      const int month = which == "first" || which == "1st" || which == "fall" || which == "autumn" ? 1
                        : which == "second" || which == "2nd" || which == "spring"                ? 6
                                                                                                  : 8;
      return SessionDate{last_day_of(y2, month), from + static_cast<std::size_t>(m.position(0)),
                         from + static_cast<std::size_t>(m.position(0) + m.length(0))};
    }
    // "Session: Juin 2019", "session of June 2019": a month and a year.
    for (const DateMatch& d : find_dates(near.substr(0, 60), DayOrderInfo{}, /*month_alone=*/true)) {
      if (!d.date || !d.day_missing) continue;
      return SessionDate{last_day_of(d.date->year, d.date->month), from + d.begin, from + d.end};
    }
    if (std::regex_search(near, m, academic_year)) {
      const int y2 = second_year(m[1].str(), m[2].str());
      if (!y2) continue;
      return SessionDate{last_day_of(y2, 6), from + static_cast<std::size_t>(m.position(0)),
                         from + static_cast<std::size_t>(m.position(0) + m.length(0))};
    }
  }
  return std::nullopt;
}

}  // namespace cc
