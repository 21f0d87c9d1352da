// Hours a letter states (experience.h: hours_in): a form's field, shifts, hours a day times days a
// week, hours a week, "full-time" / "part-time" as OCR misreads them.
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "core/regex.h"
#include "extractors/document_words.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cc {

namespace {

// "9.00 a.m. to 1.00 p.m., Monday to Friday", "de lunes a sábado de 7:00 a 11:00": a working day's
// clock times and the week's span of days -> hours a week. 0 when the text states no such schedule.
double hours_from_schedule(const std::string& s, std::smatch& where) {
  static const std::string clock = R"((\d{1,2})(?:[.:](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|h(?:rs|oras)?)?)";
  static const std::string until = R"(\s*(?:to|-|–|until|till|a|hasta|à|au|bis|do|до|đến)\s*)";
  static const std::string days =
      R"((mon(?:day)?|lunes|lundi|segunda(?:-feira)?|montag|poniedzia\S*|понедельник\S*)\.?)" + until +
      R"((fri(?:day)?|sat(?:urday)?|viernes|s(?:á|a)bado|vendredi|samedi|sexta(?:-feira)?|freitag|samstag|pi(?:ą|a)t\S*|sobot\S*|пятниц\S*|суббот\S*)\.?)";
  static const Regex& times_then_days = icase_regex(clock + until + clock + R"([,;]?\s*\(?(?:from\s+|de\s+|du\s+)?)" + days);
  static const Regex& days_then_times = icase_regex(days + R"([,;]?\s*(?:from\s+|de\s+|du\s+|,\s*)?)" + clock + until + clock);
  auto hour_of = [](const std::ssub_match& h, const std::ssub_match& min, const std::ssub_match& half) {
    double value = std::stod(h.str()) + (min.matched ? std::stod(min.str()) / 60.0 : 0.0);
    const std::string mark = lower_ascii(half.str());
    if (!mark.empty() && mark[0] == 'p' && value < 12) value += 12;
    if (!mark.empty() && mark[0] == 'a' && value >= 12) value -= 12;
    return value;
  };
  auto days_of = [](const std::string& last) {
    const std::string l = lower_ascii(fold_latin(last));
    const bool saturday = l.rfind("sat", 0) == 0 || l.rfind("sab", 0) == 0 || l.rfind("sam", 0) == 0 ||
                          l.rfind("sob", 0) == 0 || last.find("\u0441\u0443\u0431") != std::string::npos;
    return saturday ? 6.0 : 5.0;
  };
  // (A time of day has its minutes or its a.m./p.m.: "9 to 5 Monday" alone is no clock.)
  auto clocks = [&](int a, int b) { return (where[a + 1].matched || where[a + 2].matched) && (where[b + 1].matched || where[b + 2].matched); };
  double day = 0, count = 0;
  if (std::regex_search(s, where, times_then_days) && clocks(1, 4)) {
    day = hour_of(where[4], where[5], where[6]) - hour_of(where[1], where[2], where[3]);
    count = days_of(where[8].str());
  } else if (std::regex_search(s, where, days_then_times) && clocks(3, 6)) {
    day = hour_of(where[6], where[7], where[8]) - hour_of(where[3], where[4], where[5]);
    count = days_of(where[2].str());
  } else {
    return 0;
  }
  if (day <= 0 || day > 14) return 0;
  // A span of nine hours or more ("8.00 am - 5.00 pm") holds the day's unpaid hour for lunch.
  if (day >= 9) day -= 1;
  return std::round(day * count * 100) / 100;
}

struct PostShare {
  double fraction = 0;  // of a full post, 0..1
  std::size_t begin = 0, end = 0;
};

// The share of a full post a letter states: a percentage after the words for a post, an employment
// or the working time ("position percentage: 50%", "taux d'activité : 80 %", "temps partiel 80 %",
// "Beschäftigungsgrad 60 %", "jornada del 50 %"), or a fraction of a full post ("úvazek 0,5",
// "0.6 FTE", "0,75 etatu", "1.0 FTE"). Nothing when neither is printed, or the figure is no share.
std::optional<PostShare> post_share_in(const std::string& s) {
  // (No "\b" beside an accented letter: it is no word character to the regex.)
  static const Regex& percentage = icase_regex(
      R"((?:\b(?:position|post|employment|appointment|job|work(?:ing)?\s+time|activity|taux|pensum|arbeitszeit|jornada|)"
      R"(temps\s+(?:partiel|plein)|full[\s-]time|part[\s-]time)\b|activit(?:é|e)|quotit(?:é|e)|besch(?:ä|a)ftigungsgrad|)"
      R"(dedicaci(?:ó|o)n|(?:ú|u)v(?:a|ä)z(?:e|o)k|)" +
      // (the words for a post's share in more languages, kept as data: "Tjänstgöringsgrad: 75 %")
      document_words_alternation("post_share") + R"()[^\d\n.;]{0,25}?(\d{1,3}(?:[.,]\d)?)\s*%)");
  // The percentage printed before the word ("í 100% starfshlutfalli", "i 50 % stilling"): the
  // percentage directly followed by the word.
  static const Regex& percentage_first = icase_regex(
      R"((?:^|[^\d.,])(\d{1,3}(?:[.,]\d)?)\s*%\s*(?:-\s*)?)" + document_words_alternation("post_share_after") + R"((?![a-z]))");
  static const Regex& fraction = icase_regex(
      R"((?:ú|u)v(?:a|ä)z(?:e|o)k\w*\s*:?\s*([01](?:[.,]\d{1,3})?)(?![\d%])|)"
      R"(\b([01][.,]\d{1,3})\s*(?:fte|etatu|etat|(?:ú|u)v(?:a|ä)zku)(?![a-z]))");
  std::smatch m;
  PostShare share;
  std::string figure;
  if (std::regex_search(s, m, percentage)) {
    figure = m[1].str();
    std::replace(figure.begin(), figure.end(), ',', '.');
    share.fraction = std::stod(figure) / 100.0;
  } else if (std::regex_search(s, m, percentage_first)) {
    figure = m[1].str();
    std::replace(figure.begin(), figure.end(), ',', '.');
    share.fraction = std::stod(figure) / 100.0;
  } else if (std::regex_search(s, m, fraction)) {
    figure = m[1].matched ? m[1].str() : m[2].str();
    std::replace(figure.begin(), figure.end(), ',', '.');
    share.fraction = std::stod(figure);
  } else {
    return std::nullopt;
  }
  if (share.fraction <= 0 || share.fraction > 1.0) return std::nullopt;
  share.begin = static_cast<std::size_t>(m.position(0));
  share.end = share.begin + static_cast<std::size_t>(m.length(0));
  return share;
}

}  // namespace

HoursStatement hours_in(std::string_view text) {
  HoursStatement out;
  const std::string s(text);
  std::smatch m;
  static const Regex& per_day = icase_regex(
      R"((\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?\.?)\s*(?:a|per|each|/)\s*day[,;\s]+(?:and\s+|for\s+)?(\d)\s*days?\s*(?:a|per|each|/|in\s+a)\s*week)");
  // (Not the last digits of a year or a date: "31/03/2022 Hours per week: 40". The hours may be
  // named as hours of work, duty or service: "rendering 20 hours of work per week".)
  static const Regex& per_week = icase_regex(
      R"((?:^|[^\d./])(\d{1,2}(?:\.\d)?)\s*(?:(?:hours?|hrs?\.?)(?:\s+of\s+(?:work|duty|service))?)?\s*(?:a|per|each|/|in\s+a)\s*week)");
  // A form's field: "Hours per week: 40".
  // ("Hours per week 40" without its colon only when nothing else states the hours: in prose,
  // "40 hours per week 8 hours a day" with a comma lost, the 8 belongs to the day.)
  // ("Average hours worked per week: 24": what the hours are may stand between.)
  static const Regex& labelled = icase_regex(R"(\bhours\s*(?:worked\s*|of\s+work\s*)?(?:per|a|/|each)\s*week\s*:\s*(\d{1,2}(?:\.\d)?)\b)");
  static const Regex& labelled_loose = icase_regex(R"(\bhours\s*(?:worked\s*|of\s+work\s*)?(?:per|a|/|each)\s*week\s+(\d{1,2}(?:\.\d)?)\b)");
  // "two 8-hour shifts per week", "3 x 12-hour shifts a week": the count of shifts first, in digits or words.
  static const Regex& count_of_shifts = icase_regex(
      R"(\b(\d|one|two|three|four|five|six|seven)\s*(?:x\s*)?(\d{1,2})[\s-]*(?:hours?|hrs?\.?|h)[\s-]+shifts?\s*(?:a|per|each|/|in\s+a)\s*week)");
  // "full-time", and OCR's "full-timie", "fulltme".
  static const Regex& full = icase_regex(R"(\bful+[\s-]*(t[a-z1]{1,4})\b)");
  static const Regex& part = icase_regex(R"(\bpart[\s-]*(t[a-z1]{1,4})\b)");
  // Part-time stated as shifts: "12-hour shifts, 3 per week", "3 shifts of 8 hours a week".
  static const Regex& shift_hours_first = icase_regex(
      R"((\d{1,2})[\s-]*(?:hours?|hrs?\.?|h)[\s-]+shifts?,?\s*(?:x\s*)?(\d)\s*(?:shifts?|times|days)?\s*(?:a|per|each|/|in\s+a)\s*week)");
  static const Regex& shifts_first = icase_regex(
      R"((\d)\s*shifts?\s*(?:of|x)\s*(\d{1,2})\s*(?:hours?|hrs?\.?|h)(?:\s*each)?,?\s*(?:a|per|each|/|in\s+a)\s*week)");
  static const Regex& weekly = icase_regex(
      R"((?:^|[^\d./])(\d{1,2}(?:\.\d)?)\s*(?:(?:hours?|hrs?\.?)\s*(?:weekly|/\s*wk\b|a\s+wk\b)|weekly\s+(?:working\s+)?hours?\b))");
  // The same in the letters' languages: "40 horas semanales", "30 horas semanais", "35 heures par
  // semaine", "40 ore/săptămână", "40 godzin tygodniowo", "45 saat/hafta".
  static const Regex& foreign_week = icase_regex(
      R"((?:^|[^\d./])(\d{1,2}(?:[.,]\d)?)\s*(?:horas?|hrs|heures?|h|ore|godzin|godziny|saat|jam|uur|stunden)\s*)"
      R"((?:semanales|semanais|hebdomadaires|settimanali|a(?:lla)?\s+settimana|per\s+settimana|por\s+semana|a\s+la\s+semana|par\s+semaine|/\s*semana|/\s*semaine|)"
      R"(pe\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:ă|a)|/\s*s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:ă|a)|tygodniowo|w\s+tygodniu|/\s*hafta|haftal(?:ı|i)k|seminggu|per\s+minggu|)"
      // (Dutch "24 uur per week", German "40 Stunden pro Woche" / "wöchentlich")
      R"(per\s+week|pro\s+woche|w(?:ö|o)chentlich)|)"
      // (Latvian "40 stundas nedēļā")
      R"((?:^|[^\d./])(\d{1,2}(?:[.,]\d)?)\s*stund(?:as|u|ām|am)\s+ned(?:ē|e)(?:ļ|l)(?:ā|a))");
  // The week's word first ("heti 40 órás teljes munkaidő", Hungarian "weekly 40-hour") or the
  // hours followed by the Central European and Bulgarian words for "a week" ("40 hodin týdně", "40
  // hodín týždenne", "40 sati tjedno", "40 часа седмично"); text as printed (accents unfolded).
  static const Regex& week_word = icase_regex(
      R"(\bheti\s+(\d{1,2}(?:[.,]\d)?)\s*(?:órás|óra|órában|oras|ora)|)"
      R"((?:^|[^\d./])(\d{1,2}(?:[.,]\d)?)\s*(?:hodin|hodín|hod\.|sati|часа|ч\.)\s*(?:týdně|tydne|týždenne|tyzdenne|tjedno|nedeljno|sedmično|sedmicno|седмично|неделно|на\s+седмица))");
  // Hours a month ("150 horas mensuales", "160 hours per month"): a week is 12/52 of a month's.
  static const Regex& per_month = icase_regex(
      R"((?:^|[^\d./])(\d{2,3})\s*(?:hours?|hrs?\.?|horas|heures|ore|godzin)\s*(?:(?:a|per|al|por|par|pe|each|/)\s*)?)"
      R"((?:month|mes|mois|lun(?:ă|a)|miesi(?:ą|a)c|mensuales|mensais|mensuelles|monthly))");
  // "37 hours 55 minutes per week", "37 godz. 55 min. tygodniowo": hours and minutes.
  static const Regex& with_minutes = icase_regex(
      R"((?:^|[^\d./])(\d{1,2})\s*(?:hours?|hrs?\.?|h|horas|heures|godz(?:in|\.)?|ore|saat|jam|часов|час(?:а)?)\s*(?:and\s+|y\s+|et\s+|i\s+|e\s+)?)"
      R"((\d{1,2})\s*(?:minutes?|mins?\.?|minutos|minut|dakika|menit|минут\S*)\s*(?:a|per|each|/|in\s+a|por|par|w|в)?\s*)"
      R"((?:week|semana|semaine|tygodni\w*|hafta|minggu|неделю|weekly|semanales|semanais|hebdomadaires))");
  // Hours a fortnight ("80 hours per fortnight", the pay period of Australia and New Zealand): a
  // week is half of them.
  static const Regex& per_fortnight = icase_regex(
      R"((?:^|[^\d./])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:hours?|hrs?\.?|h)\s*(?:a|per|each|every|/|in\s+a)\s*(?:fortnight|two\s+weeks)\b)");
  // Hours with the unit and the week abbreviated, a slash between ("38,25 h/vko", "24 h/week",
  // "30 t/vk"): Finnish "viikko" (week) as "vko", "vk".
  static const Regex& slash_week = icase_regex(
      R"((?:^|[^\d./,])(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|t|tuntia)\s*/\s*(?:week|wk|vko|vk|viikko|viikossa)\b|)"
      R"((?:^|[^\d./,])(\d{1,2}(?:[.,]\d{1,2})?)\s*tuntia\s+viikossa\b)");
  // The week's working time named before its figure ("s ustanoveným týždenným pracovným časom 37,5
  // hodiny", "wöchentliche Arbeitszeit von 40 Stunden", "weekly working time of 38 hours").
  static const Regex& week_time_first = icase_regex(
      R"(\b(?:t(?:ý|y)(?:ž|z)denn|t(?:ý|y)denn|w(?:ö|o)chentlich|weekly|tjedn|nedeljn)\S*(?:\s+[^\s\d]+){0,3}?\s+)"
      R"((\d{1,2}(?:[.,]\d{1,2})?)\s*(?:hodin\S*|hod\.|stunden|hours?|sati|h)(?![a-z]))");
  // The words for "hours a week" of more languages after the figure, kept as data
  // (data/document_words.tsv, `hours_week`: "40 tundi nädalas", "24 ur tedensko", "20 Wochenstunden").
  static const Regex& data_week = icase_regex(
      R"((?:^|[^\d./])(\d{1,2}(?:[.,]\d{1,2})?)\s*)" + document_words_alternation("hours_week") + "(?![a-z])");
  auto figure = [](const std::ssub_match& a, const std::ssub_match& b) {
    std::string h = a.matched ? a.str() : b.str();
    std::replace(h.begin(), h.end(), ',', '.');
    return std::stod(h);
  };
  if (std::regex_search(s, m, per_fortnight)) {
    out.hours_per_week = std::round(figure(m[1], m[1]) / 2.0 * 100) / 100;
  } else if (std::regex_search(s, m, slash_week)) {
    out.hours_per_week = figure(m[1], m[2]);
  } else if (std::regex_search(s, m, week_time_first)) {
    out.hours_per_week = figure(m[1], m[1]);
  } else if (std::regex_search(s, m, with_minutes)) {
    out.hours_per_week = std::round((std::stod(m[1]) + std::stod(m[2]) / 60.0) * 100) / 100;
  } else if (std::regex_search(s, m, labelled)) {
    out.hours_per_week = std::stod(m[1]);
  } else if (std::regex_search(s, m, count_of_shifts)) {
    static const std::vector<std::string> words = {"zero", "one", "two", "three", "four", "five", "six", "seven"};
    const std::string count = lower_ascii(m[1].str());
    const auto word = std::find(words.begin(), words.end(), count);
    const double shifts = word != words.end() ? static_cast<double>(word - words.begin()) : std::stod(count);
    out.hours_per_week = shifts * std::stod(m[2]);
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
    std::string h = m[1].matched ? m[1].str() : m[2].str();
    std::replace(h.begin(), h.end(), ',', '.');
    out.hours_per_week = std::stod(h);
  } else if (std::regex_search(s, m, data_week)) {
    out.hours_per_week = figure(m[1], m[1]);
  } else if (std::regex_search(s, m, week_word)) {
    std::string h = m[1].matched ? m[1].str() : m[2].str();
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
  } else if (const double scheduled = hours_from_schedule(s, m); scheduled > 0) {
    out.hours_per_week = scheduled;
  }
  if (m.size() && m[0].matched) {
    out.begin = static_cast<std::size_t>(m.position(0));
    out.end = out.begin + static_cast<std::size_t>(m.length(0));
  }
  // The share of a full post, as a percentage or a fraction, where no hours are printed ("position
  // percentage: 100%", "à temps partiel 80 %", "úvazek 0,5", "0.6 FTE"): a whole post is full time;
  // a part of one is part time, its hours that share of 35 a week, the shorter of the boards' full
  // weeks, so that the share counts no more under either board than the letter states.
  if (!out.hours_per_week) {
    const std::optional<PostShare> share = post_share_in(s);
    if (share && share->fraction >= 0.999) {
      out.full_time = true;
      out.begin = share->begin, out.end = share->end;
    } else if (share && share->fraction > 0) {
      out.part_time = true;
      out.hours_per_week = std::round(share->fraction * 35.0 * 10) / 10;
      out.begin = share->begin, out.end = share->end;
    }
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
  // plein" (and "à plein temps"), "penuh waktu", "tam zamanlı", "повний робочий день"; and their part-time words.
  static const Regex& foreign_full = icase_regex(
      R"(\b(whole[\s-]time|tiempo\s+completo|jornada\s+completa|tempo\s+integral|tempo\s+inteiro|temps\s+plein|plein\s+temps|tempo\s+pieno|)"
      R"(penuh\s+waktu|tam\s+zamanl|normă\s+întreagă|pełny\s+etat|pełnym\s+etacie|)"
      // (Bosnian, Croatian, Serbian: "sa punim radnim vremenom", "puno radno vrijeme")
      R"(punim\s+radnim\s+vremenom|punom\s+radnom\s+vremenu|puno\s+radno\s+vrijeme|)"
      // (Dutch "voltijds", Finnish "kokoaikainen", Latvian "uz pilnu slodzi", Slovak and Czech "plný
      // (pracovný) úväzok / úvazek")
      R"(voltijds|kokoaikai\w*|pilnu\s+slodzi|pilna\s+slodze|pln(?:ý|ým|y|ym)\s+(?:pracovn\S*\s+)?(?:ú|u)v(?:ä|a)z\w*)|)"
      R"(повний\s+робочий\s+день|полно\s+работно\s+време)");
  static const Regex& foreign_part = icase_regex(
      R"(\b(tiempo\s+parcial|medio\s+tiempo|tempo\s+parcial|temps\s+partiel|tempo\s+parziale|paruh\s+waktu|)"
      R"(yarı\s+zamanl|yari\s+zamanl|jumătate\s+de\s+normă|niepełny\s+etat|media\s+jornada|mi-temps|meio\s+per(?:í|i)odo|)"
      R"(half[\s-]time|0[.,]5\s*(?:rate|fte|stawki|etatu)|p(?:ó|o)ł\s+etatu|0[.,]5\s*ставки|)"
      R"(b(?:á|a)n\s+th(?:ờ|o)i\s+gian|skra(?:ć|c)enim\s+radnim\s+vremenom|nepunim\s+radnim\s+vremenom|nepunom\s+radnom\s+vremenu|)"
      // (Dutch "deeltijds", Finnish "osa-aikainen", Latvian "nepilns darba laiks", Slovak "kratší
      // pracovný čas", Macedonian "скратено работно време")
      R"(deeltijds|osa-aikai\w*|nepiln(?:s|u|ā|a)\s+(?:darba\s+laik|slodz)\w*|krat(?:š|s)(?:í|i|ím|im)\s+pracovn\S*\s+(?:č|c)as\w*)|)"
      R"(скратено\s+работно\s+време|неповний\s+робочий\s+день|неполн\S*\s+рабоч\S*|пол(?:овин\S*)?\s*ставки)");
  // (and the full- and part-time words of more languages, kept as data: "täistööajaga", "s krajšim
  // delovnim časom", "Teilzeit", "heltid")
  static const Regex& data_full = icase_regex("(?:^|[^a-z])" + document_words_alternation("full_time"));
  static const Regex& data_part = icase_regex("(?:^|[^a-z])" + document_words_alternation("part_time"));
  std::smatch f;
  const bool part_foreign = std::regex_search(s, f, foreign_part) || std::regex_search(s, f, data_part);
  if (part_foreign) out.part_time = true;
  // ("неповний робочий день" holds "повний робочий день": part-time checked first.)
  if (!part_foreign && (std::regex_search(s, f, foreign_full) || std::regex_search(s, f, data_full))) {
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
