#include "extractors/experience.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "extractors/dates.h"
#include "extractors/experience_checkboxes.h"
#include "extractors/experience_parts.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

// The areas named in the sentence that states the period of employment: a letter says where the
// holder worked where it says when ("a exercé au sein du Service de Biochimie ... du 01/05/2024 au
// 13/07/2024"; a table's row holds its dates and its unit). Read when no list follows a cue word, so
// a letter in a language whose words for "section" nobody listed still gives its areas.
std::optional<LetterPart> areas_beside_period(const TextRun& text, const Period& period, std::vector<std::string>& areas) {
  if (!period.start) return std::nullopt;
  static const Regex& sentence_end = icase_regex(R"([^;,\s.]{2}\.\s+[A-Z])", false);
  const std::size_t start = period.start->begin;
  const std::size_t stop = period.end ? period.end->end : period.start->end;
  std::size_t from = 0;
  for (auto it = SRegexIterator(text.text.begin(), text.text.begin() + static_cast<std::ptrdiff_t>(start), sentence_end);
       it != SRegexIterator(); ++it)
    from = static_cast<std::size_t>(it->position(0)) + 3;
  std::size_t to = text.text.size();
  std::smatch e;
  const std::string rest = text.text.substr(stop);
  if (std::regex_search(rest, e, sentence_end)) to = stop + static_cast<std::size_t>(e.position(0)) + 3;
  auto mentions = lab_area_mentions(text.text.substr(from, to - from));
  parasitology_alone_is_other(std::string_view(text.text).substr(from, to - from), mentions);
  if (mentions.empty()) return std::nullopt;
  for (const auto& m : mentions)
    if (std::find(areas.begin(), areas.end(), m.area) == areas.end()) areas.push_back(m.area);
  return letter_part(text, "", 0.9, from + mentions.front().begin, from + mentions.back().end);
}

std::optional<LetterPart> departments_of(const TextRun& text, std::vector<std::string>& areas) {
  static const Regex& cue = icase_regex(
      R"(\b(sections?|departments?|units?|areas?|benches|rotated\s+through|assigned\s+to|tests\s+in|posted\s+(in|to|at)|)"
      R"(worked\s+in|sector|setor|servicio|unit\s+kerja|rotando\s+por|across|)"
      // the plural of a list's head word in the letters' languages: "en las secciones de", "nos setores
      // de", "nas secções de" (and "seções"), "dans les services de", "departamentos", "unidades"
      R"(secciones|secci(?:ó|o)n|sec?(?:ç|c)(?:õ|o)es|setores|sectores|departamentos?|d(?:é|e)partements?|servicios|)"
      R"(servi(?:ç|c)os|unidad(?:es)?|rotaciones|khoa|(?:les|aux|au|dans\s+le)\s+services?\s+(?:de|d')|)"
      // "affecté(e) aux services suivants : ...", a post's "Specialty: Laboratory Medicine — ..."
      R"(services?\s+suivants|affect(?:é|e)e?s?\s+(?:aux?|à|a|dans)\b|specialt(?:y|ies)|specialit(?:y|ies)|)"
      // "performed routine laboratory examinations in Immunology, ...", "experience in"
      R"((?:examinations?|analys[ie]s|investigations?|procedures|duties|experience|testing|work)\s+in|)"
      // "Her duties included TB Microscopy, Haematology and Serology"
      R"((?:duties|responsibilities|tasks|work)\s+(?:included?|including|comprised|covered|were)|)"
      // a unit named by its areas: "du Service d'Hématologie", "l'Unité de Biologie Moléculaire", "afecto ao
      // Laboratório de Imunohemoterapia, Urianálise ...", a table's "Struttura" / "settore" column
      R"(service\s+(?:de|d['’]|of)|unit(?:é|e|à|a)\s+(?:de|d['’]|di)|laborat(?:ó|o)rio\s+(?:de|di)|laboratoire\s+(?:de|d['’])|)"
      R"(afect[oa]\s+(?:ao|à|a)|struttura|settore|reparto|reparti|)"
      // Hungarian "részleg(ek)" (sections), "osztály(ok)" (departments), "munkavégzés helye" (place of work)
      R"(r(?:é|e)szleg\w*|oszt(?:á|a)ly\w*|munkav(?:é|e)gz(?:é|e)s\s+helye|)"
      // German "die Bereiche" (areas), "Abteilung(en)" (departments), "Aufgabengebiet" (field of duties)
      R"(bereiche?|abteilung(?:en)?|aufgabengebiet|)"
      // French "les secteurs (suivants)" (sectors), "a travaillé dans" (worked in)
      R"(secteurs?|travaill(?:é|e)\s+dans)\b|(?:á|Á)reas?\b|)"
      // Icelandic "hefur unnið við (rannsóknir í)" (has worked at)
      R"(unni(?:ð|d)\s+vi(?:ð|d)\s)");
  // A full stop ends the list unless OCR put it after a separator ("Chemical Pathology;. Blood").
  static const Regex& sentence_end = icase_regex(R"([^;,\s]\.\s+[A-Z]|\.$)", false);
  auto add = [&](const std::vector<LabAreaMention>& mentions) {
    for (const auto& m : mentions)
      if (std::find(areas.begin(), areas.end(), m.area) == areas.end()) areas.push_back(m.area);
  };
  // Every list the letter gives: a letter that names the posts held in turn lists each one's areas
  // in its own sentence ("... unités de Biochimie ... Avant cette date, ... affecté à l'unité de
  // Banque de Sang ..."). The evidence is the first list.
  std::optional<LetterPart> first;
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), cue); it != SRegexIterator(); ++it) {
    const auto begin = static_cast<std::size_t>(it->position(0));
    std::smatch e;
    const std::string rest = text.text.substr(begin);
    const std::size_t end = begin + (std::regex_search(rest, e, sentence_end) ? static_cast<std::size_t>(e.position(0)) + 1
                                                                            : std::min<std::size_t>(rest.size(), 200));
    auto mentions = lab_area_mentions(text.text.substr(begin, end - begin));
    parasitology_alone_is_other(std::string_view(text.text).substr(begin, end - begin), mentions);
    if (mentions.empty()) continue;
    // A cue inside the list ("(Haematology, Biochemistry, Blood Transfusion Unit, Bacteriology)",
    // "Unit" a cue): the areas named before it in the same clause, back to a bracket, a colon or a
    // sentence's end, belong to the list too.
    std::size_t from = begin >= 150 ? begin - 150 : 0;
    if (const auto stop = text.text.substr(from, begin - from).find_last_of(".;:("); stop != std::string::npos) from += stop + 1;
    auto before = lab_area_mentions(text.text.substr(from, begin - from));
    parasitology_alone_is_other(std::string_view(text.text).substr(from, begin - from), before);
    const bool listed_before = !before.empty() && std::regex_search(text.text.substr(from + before.back().end, begin - from - before.back().end),
                                                                    icase_regex(R"(^[\w\s-]{0,30}[,;/]?\s*[\w\s-]{0,30}$)"));
    if (listed_before) add(before);
    add(mentions);
    std::size_t last = 0;
    for (const auto& m : mentions) last = std::max(last, m.end);
    // evidence: the cue (or the first area listed before it) to the last area named
    if (!first) first = letter_part(text, "", 0.95, listed_before ? from + before.front().begin : begin, begin + last);
  }
  if (first) return first;
  // No list after any cue: the areas named before one in its sentence ("in the Haematology and
  // Microbiology sections").
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), cue); it != SRegexIterator(); ++it) {
    const auto begin = static_cast<std::size_t>(it->position(0));
    std::size_t from = begin >= 120 ? begin - 120 : 0;
    if (const auto stop = text.text.substr(from, begin - from).find_last_of(".;:"); stop != std::string::npos) from += stop + 1;
    auto mentions = lab_area_mentions(text.text.substr(from, begin - from));
    parasitology_alone_is_other(std::string_view(text.text).substr(from, begin - from), mentions);
    if (mentions.empty()) continue;
    add(mentions);
    return letter_part(text, "", 0.95, from + mentions.front().begin, begin + static_cast<std::size_t>(it->length(0)));
  }
  return std::nullopt;
}

}  // namespace

Job extract_job(const SegmentView& letter, const std::string& as_of) {
  Job job;
  job.file = letter.file;
  const std::vector<TextRun> lines = segment_lines(letter);
  const TextRun text = segment_text(letter);
  if (text.empty()) return job;
  // The job's confidence is that of the facts a decision rests on (period, hours, departments);
  // employer and position are evidence for the reviewer, not inputs to the routes.
  double confidence = 1.0;
  auto take = [&](const std::optional<LetterPart>& part, bool decisive = true) {
    if (!part) return;
    if (decisive) confidence = std::min(confidence, part->confidence);
    job.evidence.insert(job.evidence.end(), part->evidence.begin(), part->evidence.end());
  };

  std::optional<LetterPart> employer = employer_in_body(text);
  if (!employer) employer = employer_in_form(lines);
  if (!employer) employer = employer_in_letterhead(lines);
  if (employer) {
    job.employer = repair_company_suffix(join_split_capitals(mixed_case_form(employer->value, text)));
    // A hyphenated name OCR read with a space after its hyphen ("Rosales- Occidente").
    static const Regex& open_hyphen = icase_regex(R"(([a-z])- ([A-Z]))", false);
    job.employer = std::regex_replace(*job.employer, open_hyphen, "$1-$2");
    take(employer, false);
  }
  const auto position = position_of(text, lines);
  if (position) {
    job.position = natural_case(position->value);
    take(position, false);
  }

  const std::string country = country_from_text(text.text);
  const std::string dated = with_column_dates_joined(text.text);
  const DayOrderInfo order = infer_day_order(dated, country);
  const std::vector<DateMatch> dates = find_dates(dated, order, /*month_alone=*/true);
  Period period = period_of(dated, dates);
  resolve_by_plausibility(period, order, parse_iso_ymd(as_of));
  if (period.start && period.start->date) {
    job.start = period.start->date->iso();
    const std::size_t end = period.end ? period.end->end : period.start->end;
    LetterPart part = letter_part(text, "", period.start->certainty * (period.end ? period.end->certainty : 1.0), period.start->begin, end);
    // How well the dates themselves were read (not the dash or "to" between them).
    double read = text.confidence(period.start->begin, period.start->end);
    if (period.end) read = std::min(read, text.confidence(period.end->begin, period.end->end));
    part.confidence = period.start->certainty * (period.end ? period.end->certainty : 1.0) * read;
    take(part);
  } else {
    confidence = std::min(confidence, 0.3);
  }
  if (period.end) {
    if (period.end->present) job.to_present = true;
    else if (period.end->date) job.end = month_end_if_no_day(*period.end).iso();
  } else {
    confidence = std::min(confidence, 0.5);  // an end that is neither a date nor "present"
  }
  // A row, a date or a "to date" the period leaves unread: the letter was read in part, and a part
  // of the experience must not be counted as all of it (experience_period_rows.cpp).
  if (const auto unread = period_left_unread(dated, dates, period)) {
    LetterPart part = letter_part(text, "", 0.6, unread->begin, unread->end);
    part.confidence = 0.6;
    take(part);
  }

  const HoursStatement hours = hours_in(text.text);
  if (hours.hours_per_week) job.hours_per_week = hours.hours_per_week;
  else job.full_time_stated = hours.full_time;
  if (hours.end > hours.begin) take(letter_part(text, "", 0.97, hours.begin, hours.end));

  std::vector<std::string> areas;
  const std::vector<CheckedArea> boxes = checked_areas(lines);
  if (boxes.empty()) {
    auto listed = departments_of(text, areas);
    if (!listed) listed = areas_beside_period(text, period, areas);
    take(listed);
  } else {
    // A form with a box per area: the ticked ones only; a box OCR could not read sends the job to
    // review rather than count (or drop) its area unseen.
    for (const CheckedArea& box : boxes) {
      if (box.state == BoxState::empty) continue;
      job.evidence.insert(job.evidence.end(), box.evidence.begin(), box.evidence.end());
      if (box.state == BoxState::unclear) {
        confidence = std::min(confidence, 0.6);
        continue;
      }
      confidence = std::min(confidence, box.confidence);
      if (std::find(areas.begin(), areas.end(), box.area) == areas.end()) areas.push_back(box.area);
    }
  }
  job.departments = areas;
  // Parasitology named without microbiology (parasitology_alone_is_other): its own bench in some
  // laboratories, microbiology's in others; microbiology is possible, not covered.
  const bool microbiology = std::find(areas.begin(), areas.end(), "microbiology") != areas.end();
  if (boxes.empty() && !microbiology && std::find(areas.begin(), areas.end(), "other") != areas.end() &&
      lower_ascii(fold_latin(text.text)).find("parasit") != std::string::npos)
    job.departments_possible = {"microbiology"};
  job.confidence = confidence;
  return job;
}

std::vector<Job> extract_experience(const std::vector<SegmentView>& letters, const std::string& as_of) {
  std::vector<Job> jobs;
  for (const SegmentView& letter : letters) jobs.push_back(extract_job(letter, as_of));
  return jobs;
}

}  // namespace cc
