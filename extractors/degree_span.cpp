// Program length from the period a transcript or diploma says the studies took: a labelled date of
// admission and a labelled date of completion ("Date of Entrance: 2021.03.06 ... Date of
// Graduation: 2025.02.24", "Date of Admission: June 2019", "First registration: 2018-02-04"), or a
// labelled range of two dates ("Period of study: 14.09.2017 – 08.06.2021"). Years alone ("in 2017
// he entered ... in 2021 completed") are left out: whether 2016-2019 means three years or four
// depends on when the country's academic year begins. The label words are data (below), in the
// languages seen so far; the dates and the arithmetic carry the rule.
#include <algorithm>

#include "extractors/degree.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

// Words that, just before a date, say the studies began or ended there (lower case, matched as
// word beginnings; accented forms folded by lower_utf8 are listed as printed).
const std::vector<std::string>& admission_words() {
  static const std::vector<std::string> words = {
      "admission", "admitted", "entrance", "entry", "enrolment", "enrollment", "enrolled", "matriculat",
      "first registration", "date of registration", "commenced", "start of studies", "ingreso", "ingresso",
      "iscrizione", "immatrikul", "inscription", "inscrit", "поступ", "зачисл"};
  return words;
}
const std::vector<std::string>& completion_words() {
  static const std::vector<std::string> words = {
      "graduation", "graduated", "completion", "completed", "date of award", "awarded on", "end of studies",
      "egreso", "egresso", "conclus", "fecha de grado", "titulación", "colação", "colacion", "colación", "laurea il", "conseguit", "окончил", "окончания", "выпуск"};
  return words;
}
// A range of two dates after one of these is the whole period of study.
const std::vector<std::string>& period_words() {
  static const std::vector<std::string> words = {"period of study", "period of studies", "study period",
                                                 "periodo di studi", "período de estudios", "período de estudos",
                                                 "période d'études", "studienzeit", "срок обучения", "период обучения",
                                                 "duration of study", "studied from", "attended from"};
  return words;
}

bool names_any(const std::string& lowered, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return lowered.find(w) != std::string::npos; });
}

// The text just before a date, back to the previous date or line break, at most 48 characters.
std::string label_before(const std::string& text, std::size_t begin, std::size_t floor) {
  std::size_t from = begin > 48 ? begin - 48 : 0;
  from = std::max(from, floor);
  const std::size_t newline = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  if (newline != std::string::npos && newline + 1 > from && newline < begin) from = newline + 1;
  return lower_utf8(text.substr(from, begin - from));
}

bool joins_a_range(const std::string& between) {
  static const Regex& joiner = icase_regex(R"(^\s*(?:-|–|—|to|until|till|a|al|ao|au|bis|до|по)\s*$)");
  return std::regex_match(between, joiner);
}

int months_between(const Ymd& from, const Ymd& to) { return (to.year - from.year) * 12 + (to.month - from.month); }

}  // namespace

StudySpan study_span(std::string_view text_view) {
  const std::string text(text_view);
  const DayOrderInfo order = infer_day_order(text, "");
  const std::vector<DateMatch> dates = find_dates(text, order, /*month_alone=*/true);
  std::optional<DateMatch> admitted, completed;
  std::size_t floor = 0;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const DateMatch& date = dates[i];
    if (!date.date) {
      floor = date.end;
      continue;
    }
    const std::string label = label_before(text, date.begin, floor);
    floor = date.end;
    const bool range_follows = i + 1 < dates.size() && dates[i + 1].date &&
                               joins_a_range(text.substr(date.end, dates[i + 1].begin - date.end));
    if (range_follows && names_any(label, period_words())) {
      if (!admitted || *date.date < *admitted->date) admitted = date;
      if (!completed || *dates[i + 1].date < *completed->date) completed = dates[i + 1];
      floor = dates[i + 1].end;
      ++i;
      continue;
    }
    // ("was admitted to the degree of ... on": a conferral, not an admission.)
    if (names_any(label, admission_words()) && label.find("degree") == std::string::npos) {
      if (!admitted || *date.date < *admitted->date) admitted = date;
    } else if (names_any(label, completion_words())) {
      // The first completion after the admission: a conferral months later adds nothing to the
      // studies (taken below, once the admission is known).
      if (!completed || *date.date < *completed->date) completed = date;
    }
  }
  if (!admitted || !completed) return {};
  const int months = months_between(*admitted->date, *completed->date);
  // Less than 18 months or more than 8 years is not a period of a degree's study (a date misread,
  // an admission to something else).
  if (months < 18 || months > 96) return {};
  StudySpan span;
  // Whole years, a part year counted from seven months on: studies begun in September end in June
  // (3 years 9 months for four years), a conferral a few months after three years stays three.
  span.years = (months + 5) / 12;
  span.admitted_begin = admitted->begin;
  span.admitted_end = admitted->end;
  span.completed_begin = completed->begin;
  span.completed_end = completed->end;
  return span;
}

}  // namespace cc
