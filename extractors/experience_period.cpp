// The period of employment a letter states (experience_parts.h): the start after its cue ("from",
// "since", "Date of joining:", "desde el"), the end after a joiner ("to", "-", "hasta", an end
// field's label) or an open end ("to present", "hasta la fecha"), a promotion's second period
// joined to the first, and the letter's own date that bounds them.
#include "extractors/experience_parts.h"
#include "core/regex.h"
#include "extractors/document_words.h"

#include <algorithm>

namespace cc {

std::string with_column_dates_joined(const std::string& text) {
  static const Regex& split = icase_regex(R"((^|[^\d.,/:\-])(0?[1-9]|[12]\d|3[01]) (0?[1-9]|1[0-2]) ((?:19|20)\d\d)(?![\d.,/:\-]))");
  std::string out = text;
  for (auto it = SRegexIterator(text.begin(), text.end(), split); it != SRegexIterator(); ++it) {
    out[static_cast<std::size_t>(it->position(3)) - 1] = '.';
    out[static_cast<std::size_t>(it->position(4)) - 1] = '.';
  }
  return out;
}

namespace {

// No cue named the period: what the dates' layout says. A table's row prints start and end in cells
// side by side ("22/10/2022   22/05/2024", "22/11/2021   To date"); a form's fields state the period
// and the letter's own date, so the two other dates, earlier first, are its start and end.
void period_from_structure(const std::string& text, const std::vector<DateMatch>& dates, Period& p) {
  // (The same date in another calendar may stand in brackets beside it: "20/10/2018 (09/02/1440 H)".)
  static const Regex& cell_gap = icase_regex(R"(^[\s|]*(?:\([^()\n]{1,40}\)[\s|]*)?$)");
  for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
    const DateMatch& a = dates[i];
    const DateMatch& b = dates[i + 1];
    if (!a.date || a.date->year < 1900 || !std::regex_match(text.substr(a.end, b.begin - a.end), cell_gap)) continue;
    if (!b.present && (!b.date || *b.date < *a.date)) continue;
    if (is_date_of_letter_or_birth(text, a)) continue;
    p.start = a;
    p.end = b;
    return;
  }
  // Two dates joined by a word or two of any language ("1 de julio de 2022 hasta el 10 de mayo de
  // 2026", "01.09.2018 bis 30.06.2021", "2019-03-01 tot 2021-05-31"): a connector is short, holds
  // no figure and ends no sentence; the later date second.
  static const Regex& connector = icase_regex(R"(^\s*[-–—~,]?\s*(?:[^\s\d.;:]{1,6}\s+){0,2}?[^\s\d.;:]{0,6}\s*$)");
  for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
    const DateMatch& a = dates[i];
    const DateMatch& b = dates[i + 1];
    if (!a.date || a.date->year < 1900 || b.begin < a.end || !std::regex_match(text.substr(a.end, b.begin - a.end), connector)) continue;
    if (!b.present && (!b.date || *b.date <= *a.date)) continue;
    if (is_date_of_letter_or_birth(text, a) || is_date_of_letter_or_birth(text, b)) continue;
    p.start = a;
    p.end = b;
    return;
  }
  std::vector<const DateMatch*> stated;
  for (const DateMatch& d : dates)
    if (d.date && d.date->year >= 1900 && !is_date_of_letter_or_birth(text, d)) stated.push_back(&d);
  if (stated.size() != 2 || *stated[1]->date < *stated[0]->date) {
    period_from_open_row(text, dates, p);
    return;
  }
  p.start = *stated[0];
  p.end = *stated[1];
}

}  // namespace

// A person's birth date ("geboren am 8. November 1999", "född 1998-11-04") is never a period's start
// or end: the word for "born" (data, `born`: it names the holder, no word of a period) before a
// date sets it aside.
std::vector<DateMatch> without_birth_dates(const std::string& text, const std::vector<DateMatch>& dates) {
  static const Regex& born_before = icase_regex(R"((?:^|[\s,(])(?:)" + document_words_alternation("born") +
                                                R"()\s*(?:den\s+|on\s+|am\s+|the\s+|:\s*)?$)");
  std::vector<DateMatch> out;
  for (const DateMatch& d : dates) {
    const std::size_t from = d.begin >= 30 ? d.begin - 30 : 0;
    if (!std::regex_search(text.substr(from, d.begin - from), born_before)) out.push_back(d);
  }
  return out;
}

Period period_of(const std::string& text, const std::vector<DateMatch>& dates) {
  static const Regex& start_cue = icase_regex(
      R"((\bfrom|\bsince|w\.?e\.?f\.?|with effect from|\beffective|\bjoined\b(?: on)?|\bstart(?:ing|ed)?(?: on)?|\bcommenc\w*(?: on)?|)"
      R"(\bbeginning|dates? of (employment|service)|employment|period|service|\bdates|)"
      // the same in other languages: "desde el", "no período de", "a partir de", "depuis le", "sejak"
      R"(\bdesde(?: el| o)?(?: d(?:í|i)a)?|\bper(?:í|i)odo de|\ba partir d[eo]l?|\bdepuis(?: le)?|\bsejak(?: tanggal)?|)"
      // French "du 1er septembre 2019 au ...", "à compter du", Russian "с 01.09.2018 по ...",
      // Vietnamese "từ ngày 01/09/2018 đến ..."
      R"(\bdu|\b(?:à|a) compter du|(?:^|\s)с|\bt(?:ừ|u)(?: ng(?:à|a)y)?|)"
      R"(\bstart(?:ing)? date|date of (?:first\s+)?(?:joining|appointment|hire|commencement|entry|employment|engagement)|joining date|date (?:joined|hired)|)"
      // a date of entry in other languages: "fecha de ingreso:", "date d'entrée", "data de admissão",
      // "tanggal masuk", "Eintrittsdatum"
      R"(\bfecha de (?:ingreso|alta|inicio)|\bingres(?:o|ó) (?:el|en)|\bdate d'(?:entr(?:é|e)e|embauche)|\bdata de (?:admiss(?:ã|a)o|in(?:í|i)cio|ingresso)|)"
      R"(\btanggal (?:masuk|mulai)|\beintritt(?:sdatum)?(?: am)?|)"
      // Romanian "în perioada", Dutch "vanaf", "sinds", German "seit", "ab dem", "vom"
      R"(\bperioada|\bvanaf|\bsinds|\bin dienst per|\bseit(?: dem)?|\bab dem|\bvom)\s*[,:.;]?\s*(the\s+)?$)");
  // "Date: 05.10.2024", "Dated ...": the letter's own date, never the start of the period.
  static const Regex& letter_date_cue = icase_regex(R"((\bdate|\bdated|\bissued(?: this| on)?)\s*[,:]?\s*$)");
  // "to", "-", or a form's label for the end: "End date:", "Date of leaving:", "To:".
  // (A date written as an ordinal, "01.07.2021. године до 23.10.2025.", keeps its full stop and
  // may be followed by its word for "year" before the joiner.)
  static const Regex& joiner = icase_regex(
      // (Or the year's abbreviation with its full stop: "22.03.2022 г. до 10.05.2024 г.")
      R"(^\s*(?:\.\s*(?:[^\s\d.;:]+\.?\s+)?|[^\s\d.;:]{1,4}\.\s*)?(to|until|till|through|thru|up\s*to|upto|-|–|—|~|〜|～|and|to\s*:|)"
      // "hasta el", "até", "a" (Portuguese "de 01/04/2020 a 03/06/2021"), "au", "sampai", "s/d"
      R"(hasta(?: el)?(?: d(?:í|i)a)?|at(?:é|e)(?: ao?)?(?: dia)?|a|al|au|sampai(?: dengan)?|hingga|s/d|s\.d\.|bis|do|left\s+on|по|до|đến(?: ng(?:à|a)y)?|)"
      // a form's end label, maybe after its translation and a slash: "Çıkış Tarihi / End Date",
      // "Akhir Bekerja / End of Service :"
      // (a form's item number before it: "5. Date of Relieving")
      R"((?:\d{1,2}[.)]\s*)?(?:[^\d:/]{1,30}/\s*)?(?:(?:end(?:ing)?|finish|last(?: working)?)\s+(?:date|day)|end of (?:service|employment|contract)|)"
      R"(date of (?:leaving|relieving|separation|resignation|exit|termination|discharge)|date\s+(?:left|ended|of\s+end)|)"
      // a service record's "Service to:" / "Employment until:"
      R"((?:service|employment)\s+(?:to|until|ended)|)"
      // a form's end field in Dutch and German: "Uit dienst per", "Austritt am", "Austrittsdatum"
      R"(uit\s+dienst(?:\s+per)?|austritt(?:sdatum)?(?:\s+am)?)\s*:?)?\s*(the\s+)?$)");
  // (and the words for "to" of more languages, kept as data: Latvian "līdz", Dutch "tot en met")
  static const Regex& data_joiner = icase_regex(R"(^\s*(?:\.\s*)?)" + document_words_alternation("period_until") + R"(\s*(the\s+)?$)");
  auto joins = [&](const std::string& between) { return std::regex_match(between, joiner) || std::regex_match(between, data_joiner); };
  // A translated letter prints each date in its own calendar with the Gregorian in brackets
  // ("from 1399/06/11 (1 September 2020) to 1402/02/18 (8 May 2023)"): the other calendar's date
  // and the brackets are no part of the words between cue and date. No job begins before 1900.
  static const Regex& other_calendar = icase_regex(R"(\(?\s*\d{3,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*\(\s*|^\s*\))");
  // An aside in brackets after a date ("19.11.2020 (order No. 161-K) to 19.02.2022") or a suffix
  // glued to it ("19.11.2020-yildan"): no part of the words that join two dates.
  // (A Gregorian date's era label before the aside is part of the date: "01/09/2018 G.C. (22/12/2010
  // E.C.) to ...".)
  static const Regex& aside = icase_regex(R"(^\s*(?:G\.\s?C\.|A\.\s?D\.|C\.\s?E\.)?[-\w]{0,8}\s*\([^()]{1,40}\)|^-\w{1,8}\b)");
  auto plain = [](const std::string& s) { return std::regex_replace(std::regex_replace(s, other_calendar, " "), aside, " "); };
  // A date labelled with another calendar's era ("22/12/2010 E.C.", Ethiopian; "1445 A.H.", Hijri;
  // "2566 B.E.", Buddhist) is that calendar's, never the Gregorian start or end: its year can pass
  // for a Gregorian one (the Ethiopian runs seven or eight years behind).
  static const Regex& other_era = icase_regex(R"(^\s*(?:E\.\s?C\.|A\.\s?H\.|B\.\s?E\.|H\.\s?S\.|H\.\s?Ş\.))");
  auto gregorian = [&text](const DateMatch& d) {
    if (d.present) return true;
    if (!d.date || d.date->year < 1900) return false;
    return !std::regex_search(text.substr(d.end, std::min<std::size_t>(12, text.size() - d.end)), other_era);
  };
  // "He disengaged from the service of the Hospital with effect from 30th July 2024": the act of
  // leaving, then the date it took effect, in one sentence.
  static const Regex& left_on = icase_regex(
      R"(\b(?:disengaged|resigned|retired|separated|exited|withdrew|left|relieved|ceased)\b[^.;\n]{0,80}?)"
      R"(\b(?:with effect from|w\.?e\.?f\.?|effective(?: from)?|on|as of)\s*(the\s+)?$)");
  Period p;
  if (letter_words_ablated()) {  // structure alone (text_utils.h)
    const std::vector<DateMatch> not_births = without_birth_dates(text, dates);
    period_from_structure(text, not_births, p);
    extend_by_following_rows(text, not_births, p, nullptr);
    for (const DateMatch& d : dates)
      // (the letter's own date: the latest of the others, wherever it is printed)
      if (d.date && (!p.start || d.begin != p.start->begin) && (!p.end || d.begin != p.end->begin) &&
          std::find(p.joined.begin(), p.joined.end(), d.begin) == p.joined.end() &&
          (!p.letter_date || !(*d.date < *p.letter_date->date)))
        p.letter_date = d;
    return p;
  }
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (!dates[i].date || !gregorian(dates[i])) continue;
    const std::size_t from = dates[i].begin >= 40 ? dates[i].begin - 40 : 0;
    const std::string before = plain(text.substr(from, dates[i].begin - from));
    // ("Start Date 19.10.2020" is a start, though "Date" ends its label.)
    static const Regex& start_date_label = icase_regex(
        R"((\bstart(?:ing)?|\bbeginning|\bjoining|\bentry|\bcommencement)\s+date\s*[,:.;]?\s*$)");
    // "He was employed as Medical Laboratory Scientist II on 1st October, 2021": the act of hiring,
    // its post between it and "on" in the same sentence.
    static const Regex& hired_on = icase_regex(
        R"(\b(?:employed|appointed|engaged|hired|recruited|joined|contratad[oa]|nombrad[oa]|recrut(?:é|e)e?)\b[^.;\n]{0,100}?\b(?:on|el|le|em)\s*(the\s+)?$)");
    const std::size_t wide = dates[i].begin >= 140 ? dates[i].begin - 140 : 0;
    // A language that says "from" with a case ending glued to the date ("2026. február 18-ától",
    // "2019. szeptember 1-jétől": Hungarian's ablative) puts the start cue after it.
    static const Regex& from_suffix = icase_regex(R"(^\.?-?(?:j?(?:á|a|é|e)t(?:ó|o|ő)l|t(?:ó|o|ő)l)(?![a-z]))");
    // Bulgarian "от 01.10.2019 г. до ..." (from ... to): "от" is also "dated" ("Приказ от 01.01.2024",
    // "№ 604 от ..."), so only with the "до" (to) after the date.
    // (The same pair in Latin script, Croatian/Serbian/Polish "od 05.06.2023. do ...", the year's
    // full stop kept.)
    static const Regex& from_before = icase_regex(R"((?:^|\s)(?:от|od)\s*$)");
    // (The year's word may stand between, "01.04.2019. godine do ...", and "then": "pa do danas";
    // Czech "od 1. 9. 2018 dosud": from ... till now.)
    static const Regex& to_after = icase_regex(R"(^\.?\s*(?:г\.\s*|godine\s+|god\.\s*)?(?:pa\s+)?[-–]?\s*(?:(?:до|do)\s|dosud\b))");
    // The period's words of more languages, kept as data (data/document_words.tsv): "since" before
    // the date ("kopš", "sedan"), "from" after it (Finnish "21.2.2019 alkaen"), and a "from" that
    // is common elsewhere (Latvian "no", Dutch "van") only with its "to" or "to this day" after the
    // date ("no 2021. gada 7. septembra līdz ...", "van 1 januari 2021 tot en met ...").
    static const Regex& since_word = icase_regex("(?:^|\\s)" + document_words_alternation("period_since") + "\\s*[,:]?\\s*$");
    static const Regex& from_word = icase_regex("(?:^|\\s)" + document_words_alternation("period_from") + "\\s*$");
    static const Regex& since_after = icase_regex("^\\.?\\s*" + document_words_alternation("period_since_after") + "(?![a-z])");
    static const Regex& until_after = icase_regex("^\\.?\\s*(?:[-–]\\s*)?(?:" + document_words_alternation("period_until") + "|" +
                                                  document_words_alternation("period_ongoing") + ")(?![a-z])");
    const std::string after_date = text.substr(dates[i].end, 24);
    const bool cue_after = std::regex_search(text.substr(dates[i].end, 12), from_suffix) ||
                           (std::regex_search(before, from_before) && std::regex_search(text.substr(dates[i].end, 16), to_after)) ||
                           std::regex_search(before, since_word) || std::regex_search(after_date, since_after) ||
                           (std::regex_search(before, from_word) && std::regex_search(after_date, until_after));
    if (!cue_after && !std::regex_search(before, start_cue) && !std::regex_search(text.substr(wide, dates[i].begin - wide), hired_on)) continue;
    // "She resigned from the service with effect from 13/05/2023": the act of leaving before the cue
    // makes its date an end, never the start.
    const std::size_t back = dates[i].begin >= 120 ? dates[i].begin - 120 : 0;
    if (std::regex_search(text.substr(back, dates[i].begin - back), left_on)) continue;
    if (std::regex_search(before, letter_date_cue) && !std::regex_search(before, start_date_label)) continue;
    p.start = dates[i];
    std::size_t n = i + 1;
    while (n < dates.size() && !gregorian(dates[n])) ++n;
    if (n < dates.size()) {
      const DateMatch& next = dates[n];
      const std::string between = plain(text.substr(dates[i].end, next.begin - dates[i].end));
      // (OCR may drop the dash of "03/01/2018 - present": a start cue makes the pair a period.)
      // (A form's end field holding no date but the job going on is its open end: open_end_of_start.)
      if (joins(between) || (next.present && between.size() <= 30) || open_end_of_start(text, dates[i], next))
        p.end = next;
    }
    break;
  }
  // "... and was promoted ... with effect from 1st February, 2023, a position he held until 30th
  // July, 2024": with no end joined to the start, the first later date after "until" ends the job.
  if (p.start && !p.end) {
    static const Regex& until = icase_regex(
        R"((\buntil|\btill|\bup\s*to|\bhasta(?: el)?|\bjusqu'(?:au|à|a)(?: le)?|\bat(?:é|e)|\bsampai(?: dengan)?|\bhingga|\bbis(?: zum)?|(?:^|\s)по|đến(?: ng(?:à|a)y)?)\s*(the\s+)?$)");
    for (const DateMatch& d : dates) {
      if (d.begin <= p.start->begin || !d.date || !gregorian(d) || *d.date < *p.start->date) continue;
      const std::size_t from = d.begin >= 30 ? d.begin - 30 : 0;
      const std::size_t wide = d.begin >= 120 ? d.begin - 120 : 0;
      if (!std::regex_search(plain(text.substr(from, d.begin - from)), until) &&
          !std::regex_search(text.substr(wide, d.begin - wide), left_on))
        continue;
      p.end = d;
      break;
    }
  }
  // "desde el 23 de setiembre de 2025 hasta la fecha", "sampai sekarang", a form's "End of Service :
  // -" left blank: the job goes on (the languages' "to date", and an end field with no date in it).
  if (p.start && !p.end) {
    static const Regex& ongoing = icase_regex(
        // (after the start, a comma, a dash or the year's full stop: "05.06.2023. do danas", "10.05.2023 - prezent")
        R"(^(?:[\s,.-]|–|—)*(?:godine\s+|god\.\s*)?(?:pa\s+)?(?:(?:hasta|a)\s+(?:la\s+fecha|el\s+presente|la\s+actualidad|hoy)|at(?:é|e)\s+(?:o\s+momento|o\s+presente|)"
        R"((?:a|à|ao)\s+presente\s+data|hoje|a\s+data\s+atual)|(?:sampai|hingga)\s+(?:sekarang|saat\s+ini)|jusqu'(?:à|a)\s+(?:ce\s+jour|présent)|)"
        // "à ce jour", "jusqu'à aujourd'hui", "hasta el día de hoy", "по настоящее время", "по н.в.",
        // "đến nay", "đến hiện tại"
        R"((?:à|a)\s+ce\s+jour|jusqu'(?:à|a)\s+aujourd'hui|hasta\s+el\s+d(?:í|i)a\s+de\s+hoy|)"
        R"(по\s+(?:настоящее\s+время|н\.?\s*в\.?|сегодняшний\s+день)|(?:cho\s+)?đến\s+(?:nay|hiện\s+tại|bây\s+giờ)|)"
        // Bulgarian "от 01.10.2019 г. до момента" / "до настоящия момент" (the year's "г." after the date)
        R"((?:г\.\s*)?до\s+(?:момента|настоящия\s+момент|днес)|)"
        // Romanian "prezent", "până în prezent"; Croatian/Serbian/Bosnian "do danas"; Dutch "heden",
        // "tot (op) heden"; German "bis heute", "bis dato"; Polish "obecnie", "do chwili obecnej"
        R"((?:p(?:â|a)n(?:ă|a)\s+(?:(?:î|i)n|la)\s+)?prezent\b|do\s+danas\b|(?:tot\s+(?:op\s+)?)?heden\b|bis\s+(?:heute|dato)\b|)"
        R"(obecnie\b|do\s+chwili\s+obecnej|)"
        // Czech and Slovak "dosud", "do současnosti", "doteraz"; "until today", "till date"
        R"(dosud\b|do\s+sou(?:č|c)asnosti\b|doteraz\b|(?:until|till|up\s+to)\s+(?:today|date)\b|)"
        R"((?:[^\d:/]{1,30}/\s*)?(?:end\s+of\s+(?:service|employment)|end(?:ing)?\s+date|date\s+of\s+leaving)\s*:\s*[-–—](?:\s|$)|)"
        // a numbered form's end field whose value says the job goes on ("5. Date of Relieving
        // Continuing", "End date: ongoing"): the words for continuing, only as that field's value
        R"((?:\d{1,2}[.)]\s*)?(?:end(?:ing)?\s+date|date\s+of\s+(?:leaving|relieving|termination|separation|exit))\s*:?\s*)"
        R"((?:continuing|continues|ongoing|current(?:ly\s+(?:employed|working|in\s+service))?)\b))");
    const std::string after = text.substr(p.start->end, std::min<std::size_t>(80, text.size() - p.start->end));
    // (the words for "to this day" of more languages, kept as data, maybe after a "from" written
    // after the date: "līdz šim brīdim", "tot heden", "21.2.2019 alkaen (työsuhde jatkuu)")
    static const Regex& data_ongoing = icase_regex(
        "^(?:[\\s,.-]|–|—)*(?:" + document_words_alternation("period_since_after") + "\\s*)?(?:[\\s,.-]|–|—)*" +
        document_words_alternation("period_ongoing"));
    std::smatch m;
    if (std::regex_search(after, m, ongoing) || std::regex_search(after, m, data_ongoing)) {
      DateMatch open;
      open.present = true;
      open.begin = p.start->end + static_cast<std::size_t>(m.position(0));
      open.end = open.begin + static_cast<std::size_t>(m.length(0));
      open.certainty = 0.95;
      p.end = open;
    }
  }
  // "has been employed ... since 10 September 2017", "labora en esta institución desde el ...": a
  // start after "since" with no end, in a letter that speaks of the job in the present, runs to the
  // letter's date. (A letter in the past tense, "was employed since ...", keeps its end unknown.)
  if (p.start && !p.end) {
    // (A date of entry, "fecha de ingreso: 18/10/2023", "Date of joining:", says the same as "since".)
    static const Regex& since = icase_regex(
        R"((\bsince|\bdesde(?: el)?|\bdepuis(?: le)?|\bsejak(?: tanggal)?|(?:^|\s)с|\bfecha de ingreso|\bdate of (?:joining|entry|engagement)|)"
        R"(\bjoining date|\bdate d'entr(?:é|e)e|\bdata de admiss(?:ã|a)o|\btanggal masuk|)"
        // (and "since" in the languages of data/document_words.tsv, `period_since`: "sedan", "seit dem")
        R"((?:^|\s)(?:)" + document_words_alternation("period_since") + R"()(?:\s+(?:dem|den|de))?)\s*[,:]?\s*(the\s+)?$)");
    static const Regex& present_tense = icase_regex(
        R"(\b(?:has|have)\s+been\s+(?:\w+\s+){0,2}?(?:employed|working|serving|engaged|attached|posted|deployed|appointed)\b|)"
        R"(\b(?:is|are)\s+(?:presently\s+|currently\s+|still\s+|now\s+)?(?:employed|working|serving|engaged)\b|)"
        R"(\b(?:labora|trabaja|se\s+desempe(?:ñ|n)a|travaille|exerce|trabalha|bekerja|é\s+funcion(?:á|a)ri[oa])\b|работает|)"
        // (the present tense of the languages of data/document_words.tsv, `employed_now`)
        R"((?:)" + document_words_alternation("employed_now") + R"())");
    const std::size_t from = p.start->begin >= 40 ? p.start->begin - 40 : 0;
    if (std::regex_search(text.substr(from, p.start->begin - from), since) && std::regex_search(text, present_tense)) {
      DateMatch open;
      open.present = true;
      open.begin = p.start->begin;  // (evidence: the start date; the tense is the whole letter's)
      open.end = p.start->end;
      open.certainty = 0.9;
      p.end = open;
    }
  }
  // A record of events, each date before what happened on it (a work record book, a service
  // record): "01.09.2018 Принята на должность ...", "01/09/2018 Appointed as ...", later "Уволена".
  if (!p.start) {
    static const Regex& hired = icase_regex(
        R"(^\s*[,:;.\-–]?\s*(?:\S+\s+){0,2}?(?:appointed|hired|joined|employed|engaged|admis|admise|recrut|embauch|contratad|nombrad|)"
        R"(ingres|принят|Принят|прийнят|Прийнят|назначен|Назначен|зачислен|Зачислен))");
    static const Regex& left = icase_regex(
        R"(^\s*[,:;.\-–]?\s*(?:\S+\s+){0,2}?(?:dismissed|resigned|relieved|terminated|left|retired|released|licenci|d(?:é|e)missionn|)"
        R"(renunci|cesad|уволен|Уволен|звільнен|Звільнен|освобожден|Освобожден))");
    for (std::size_t i = 0; i < dates.size(); ++i) {
      if (!dates[i].date) continue;
      const std::string after = text.substr(dates[i].end, 40);
      if (!p.start && std::regex_search(after, hired)) p.start = dates[i];
      else if (p.start && std::regex_search(after, left)) p.end = dates[i];
    }
  }
  if (!p.start) {  // no cue: the first pair of dates joined by "to", "-", "until"
    for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
      if (!dates[i].date) continue;
      const std::string between = text.substr(dates[i].end, dates[i + 1].begin - dates[i].end);
      if (!joins(between) || std::regex_match(between, icase_regex(R"(^\s*$)"))) continue;
      p.start = dates[i];
      p.end = dates[i + 1];
      break;
    }
  }
  if (!p.start) period_from_structure(text, dates, p);
  // A promotion at the same employer printed as a second period that begins where the first ends
  // ("from 1 March 2015 to 31 May 2018 as ... and from 1 June 2018 to date as ..."), or a table's
  // next row: one job, from the first start to the last end.
  extend_by_following_rows(text, dates, p, &joiner);
  extend_by_earlier_period(text, dates, p, joiner);
  // The letter's own date: another full date, preferring the last one after the period.
  for (const DateMatch& d : dates) {
    if (!d.date || (p.start && d.begin == p.start->begin) || (p.end && d.begin == p.end->begin)) continue;
    if (std::find(p.joined.begin(), p.joined.end(), d.begin) != p.joined.end()) continue;
    if (!p.letter_date || (p.start && d.begin > p.start->begin)) p.letter_date = d;
  }
  return p;
}

// Ambiguous numeric dates whose order came only from convention: swap day and month when that
// makes the period plausible (start <= end <= letter date) and the convention does not.
void resolve_by_plausibility(Period& p, const DayOrderInfo& order, const std::optional<Ymd>& as_of) {
  if (order.from_document || !p.start || !p.start->date) return;
  auto plausible = [&](const Ymd& s, const std::optional<Ymd>& e) {
    if (e && s > *e) return false;
    const std::optional<Ymd> limit = p.letter_date && p.letter_date->date ? p.letter_date->date : as_of;
    if (limit && (s > *limit || (e && *e > *limit))) return false;
    return true;
  };
  const std::optional<Ymd> end = p.end && p.end->date ? p.end->date : std::nullopt;
  if (plausible(*p.start->date, end)) return;
  const auto s2 = swapped_order(*p.start);
  const auto e2 = p.end ? swapped_order(*p.end) : std::nullopt;
  const Ymd start = s2 ? *s2 : *p.start->date;
  const std::optional<Ymd> new_end = e2 ? e2 : end;
  if ((s2 || e2) && plausible(start, new_end)) {
    p.start->date = start;
    if (e2) p.end->date = e2;
  }
}

// "to March 2022": the month's last day (the job ran through it).
Ymd month_end_if_no_day(const DateMatch& end) {
  Ymd d = *end.date;
  if (!end.day_missing) return d;
  for (int day = 31; day >= 28; --day) {
    d.day = day;
    if (d.valid()) return d;
  }
  return *end.date;
}

}  // namespace cc
