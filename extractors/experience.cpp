#include "extractors/experience.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "extractors/dates.h"
#include "extractors/experience_checkboxes.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

// "Scientist Il", "Scientist [1" (OCR for "II"): a last word of look-alikes becomes a roman numeral.
std::string repair_roman_suffix(const std::string& title) {
  const auto space = title.rfind(' ');
  if (space == std::string::npos) return title;
  const std::string last = title.substr(space + 1);
  if (last == "If") return title.substr(0, space + 1) + "II";  // f: another thin letter
  if (last.empty() || last.size() > 3 || last.find_first_not_of("I1l|[]{}!") != std::string::npos) return title;
  if (last.find_first_not_of("I") == std::string::npos) return title;
  return title.substr(0, space + 1) + std::string(last.size(), 'I');
}

// "Crestview Medical Laboratories Lid" (OCR): company suffixes read back.
std::string repair_company_suffix(const std::string& name) {
  static const std::array<const char*, 4> suffixes = {"Ltd", "Inc", "LLC", "PLC"};
  const auto space = name.rfind(' ');
  if (space == std::string::npos) return name;
  std::string last = name.substr(space + 1);
  const bool dot = !last.empty() && last.back() == '.';
  if (dot) last.pop_back();
  for (const char* suffix : suffixes)
    if (last != suffix && ocr_distance(last, suffix) <= 0.5) return name.substr(0, space + 1) + suffix + (dot ? "." : "");
  return name;
}

struct Part {
  std::string value;
  double confidence = 0;
  std::vector<Evidence> evidence;
};

Part part_of(const TextRun& run, std::string value, double certainty, std::size_t begin, std::size_t end) {
  Part p;
  p.value = std::move(value);
  p.confidence = certainty * run.confidence(begin, end);
  p.evidence = run.evidence(begin, end);
  return p;
}

// "employed by X as", "working with X as": the employer named in the body.
std::optional<Part> employer_in_body(const TextRun& text) {
  static const Regex& r = icase_regex(
      R"(\b(?:employed|working|worked|works|engaged|served|serving)\s+(?:by|with|at|in)\s+(?:the\s+)?(.{3,90}?)\s+(?:as|from|since|w\.e\.f)\b)");
  std::smatch m;
  if (!std::regex_search(text.text, m, r)) return std::nullopt;
  const std::string name = trim_punct(m[1].str());
  if (name.size() < 3) return std::nullopt;
  const auto first = static_cast<unsigned char>(name[0]);
  if (!std::isupper(first) || std::regex_search(name, icase_regex(R"(^(this|our|us|the)\b)")))
    return std::nullopt;
  // "employed by the Trust as": one word after "the" refers back to the letterhead's full name.
  const std::string matched = m[0].str();
  if (name.find(' ') == std::string::npos && std::regex_search(matched, icase_regex(R"(\s(by|with|at|in)\s+the\s+\S+\s+\S+$)")))
    return std::nullopt;
  const auto begin = static_cast<std::size_t>(m.position(1));
  return part_of(text, name, 0.97, begin, begin + name.size());
}

// The letterhead: the most prominent line at the top of the first page.
std::optional<Part> employer_in_letterhead(const std::vector<TextRun>& lines) {
  static const Regex& not_a_name = icase_regex(
      R"(^(ref|date|tel|phone|fax|e-?mail|www|to whom|dear|certificate|experience certificate|employment verification|subject)\b|)"
      R"(@|\d{3,}|^page\b|\b(name|title|status|hours|sections?)$|)"
      // a religious invocation printed above the letterhead ("In the name of God, the Most Gracious")
      R"(^(in the name of (god|allah)|bismillah|in god we trust)\b)");
  std::optional<TextRun> best;
  std::string best_text;
  const PageText* first_page = lines.empty() || lines.front().pieces.empty() ? nullptr : lines.front().pieces.front().page.page;
  for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 4); ++i) {
    if (lines[i].pieces.front().page.page != first_page) break;
    for (const TextRun& cell : line_cells(lines[i])) {
      const std::string text = trim_noise(cell.text);
      if (text.size() < 4 || std::regex_search(text, not_a_name) || parse_date(text)) continue;
      // The topmost line, unless a later one is printed clearly larger.
      if (best && cell.height() <= best->height() * 1.3) continue;
      best = cell;
      best_text = text;
    }
  }
  if (!best) return std::nullopt;
  const std::size_t at = std::min(best->text.find(best_text), best->text.size());
  Part part = part_of(*best, best_text, 0.9, at, at + best_text.size());
  // OCR specks read as full stops inside a name ("CASCADIA. REFERENCE"): abbreviations keep theirs.
  static const Regex& stray_stop = icase_regex(R"(([a-z]{4,})\.(?= ))");
  part.value = std::regex_replace(best_text, stray_stop, "$1");
  return part;
}

// The same name printed in mixed case elsewhere in the letter (the signature block), if any.
std::string mixed_case_form(const std::string& name, const TextRun& text) {
  if (!is_all_caps(name)) return name;
  const std::string lowered = lower_utf8(name);
  const std::string hay = lower_utf8(text.text);
  for (std::size_t at = hay.find(lowered); at != std::string::npos; at = hay.find(lowered, at + 1)) {
    const std::string printed = text.text.substr(at, name.size());
    if (!is_all_caps(printed)) return printed;
  }
  return title_case(name);
}

// A word printed with a capital (ASCII or Latin-1 letters).
bool starts_capitalised(const std::string& word) {
  if (word.empty()) return false;
  const auto c0 = static_cast<unsigned char>(word[0]);
  if (c0 >= 'A' && c0 <= 'Z') return true;
  // Latin-1 capitals (À..Þ) in UTF-8: C3 80..9E
  return word.size() > 1 && c0 == 0xC3 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

// "en el cargo de Tecnólogo Médico en Laboratorio Clínico,", "exercendo o cargo de Biomédico Analista
// Clínico,", "bekerja sebagai Analis Laboratorium": the post a letter in Spanish, Portuguese, French,
// Italian or Indonesian names in its prose, up to the clause's end. Matched on accent-folded text.
std::optional<Part> position_in_foreign_prose(const TextRun& text) {
  std::vector<std::size_t> source;
  const std::string folded = fold_latin(text.text, &source);
  static const Regex& cue = icase_regex(
      R"(\b(?:(?:en|no|in|com|al|del|nel)\s+(?:el\s+|o\s+|la\s+|il\s+)?(?:cargo|puesto|funcao|posto|poste)\s+(?:de|del|di)|)"
      R"(el cargo de|o cargo de|la funcion de|a funcao de|en qualite de|in qualita di|en calidad de|sebagai)\s+)");
  static const std::vector<std::string> small = {"de", "del", "da", "do", "en", "em", "di", "in", "of", "and", "y", "e", "dan"};
  auto is_small = [&](const std::string& w) { return std::find(small.begin(), small.end(), w) != small.end(); };
  for (auto it = SRegexIterator(folded.cbegin(), folded.cend(), cue); it != SRegexIterator(); ++it) {
    const std::size_t at = source[static_cast<std::size_t>(it->position(0) + it->length(0))];
    // Words of a title: capitalised words and the small words between them, to the clause's end.
    std::size_t pos = at, kept_end = at;
    while (pos < text.text.size()) {
      const std::size_t space = std::min(text.text.find(' ', pos), text.text.size());
      std::string word = text.text.substr(pos, space - pos);
      const bool clause_ends = !word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';');
      if (clause_ends) word.pop_back();
      if (starts_capitalised(word)) kept_end = pos + word.size();
      else if (!is_small(word) || clause_ends) break;
      if (clause_ends) break;
      pos = space + 1;
    }
    if (kept_end < at + 4) continue;
    const std::string value = text.text.substr(at, kept_end - at);
    return part_of(text, value, 0.9, at, kept_end);
  }
  return std::nullopt;
}

// A form's value wrapped onto the next line ("Pranata Laboratorium Kesehatan (Medical Laboratory" /
// "Technologist)"): a next line whose first cell begins under the value, with no label of its own
// to the left, goes on with it.
std::string value_wrapped_below(const std::string& value, const TextRun& cell, const TextRun* next_line) {
  if (!next_line || cell.pieces.empty()) return value;
  const auto below = line_cells(*next_line);
  if (below.empty() || below.front().pieces.empty()) return value;
  if (std::abs(below.front().pieces.front().upright.x0 - cell.pieces.front().upright.x0) > 2 * cell.height()) return value;
  return value + " " + trim_punct(below.front().text);
}

// "Görevi / Position" over "Tıbbi Laboratuvar Teknisyeni / Laboratory Technician": a bilingual
// form prints its value's languages in the label's order; the half under the English label word.
std::string english_half(const std::string& label, const std::string& value) {
  const auto label_slash = label.find('/');
  const auto value_slash = value.find(" / ");
  if (label_slash == std::string::npos || value_slash == std::string::npos || value.find(" / ", value_slash + 3) != std::string::npos)
    return value;
  static const Regex& english = icase_regex(R"(\b(position|post|rank|designation|job title)\b)");
  const bool english_first = std::regex_search(label.substr(0, label_slash), english);
  const bool english_second = std::regex_search(label.substr(label_slash + 1), english);
  if (english_first == english_second) return value;
  return trim(english_first ? value.substr(0, value_slash) : value.substr(value_slash + 3));
}

std::optional<Part> position_of(const TextRun& text, const std::vector<TextRun>& lines) {
  static const Regex& labelled =
      // after a form's item number ("2. Designation"), with a translation before a slash ("Cargo /
      // Position:"), or in the letter's language alone
      icase_regex(R"(^(\d{1,2}[.)]\s*)?([^:/]{1,30}/\s*)?((job title|designation|position title|job position|position held|)"
                  R"(cargo|puesto|función|poste|fonction|emploi occupé|funcția|funcţia|stanowisko|görevi|unvan(?:ı)?)\s*:?|)"
                  R"((position|post|rank)\s*:)\s*)");
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const auto cells = line_cells(lines[l]);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::smatch m;
      // "Position          : Scientific Officer": the colon printed apart begins the value's cell.
      // (With its translation beside it: "Jabatan / Position", "Position / Cargo".)
      static const Regex& label_alone = icase_regex(
          R"(^([^:/]{1,30}/\s*)?(position|post|rank|designation|job title|jabatan|cargo|puesto|pozisyon|unvan|görevi|)"
          R"(посада)(\s*/\s*[^:/]{1,30})?$)");
      // A bilingual form's label ("Görevi / Position") needs no colon: its value is the next cell.
      const bool bilingual_label = cells[c].text.find('/') != std::string::npos;
      if (std::regex_match(cells[c].text, label_alone) && c + 1 < cells.size() && !cells[c + 1].text.empty() &&
          (cells[c + 1].text[0] == ':' || bilingual_label)) {
        const TextRun& cell = cells[c + 1];
        const std::size_t from = cell.text[0] == ':' ? 1 : 0;
        std::string value = trim_punct(cell.text.substr(from));
        value = value_wrapped_below(value, cell, l + 1 < lines.size() ? &lines[l + 1] : nullptr);
        if (bilingual_label) value = english_half(cells[c].text, value);
        if (!value.empty()) return part_of(cell, repair_roman_suffix(value), 0.97, from, cell.text.size());
      }
      if (!std::regex_search(cells[c].text, m, labelled)) continue;
      // A label alone on its line, its value printed under it (a form's boxes): the next line's cell
      // that begins within a few word heights of the label's left edge.
      if (m.length(0) == static_cast<long>(cells[c].text.size()) && cells.size() == 1 && l + 1 < lines.size()) {
        for (const TextRun& below : line_cells(lines[l + 1])) {
          if (below.pieces.empty()) continue;
          const double dx = below.pieces.front().upright.x0 - cells[c].pieces.front().upright.x0;
          if (below.text.empty() || std::abs(dx) > 3 * cells[c].height() || below.text.back() == ':') continue;
          const std::string value = trim_punct(below.text);
          if (!value.empty()) return part_of(below, repair_roman_suffix(value), 0.9, 0, below.text.size());
        }
      }
      const TextRun& cell = m.length(0) < static_cast<long>(cells[c].text.size()) || c + 1 >= cells.size() ? cells[c] : cells[c + 1];
      const std::size_t begin = &cell == &cells[c] ? static_cast<std::size_t>(m.length(0)) : 0;
      const std::string value = trim_punct(cell.text.substr(begin));
      if (!value.empty()) return part_of(cell, repair_roman_suffix(value), 0.97, begin, cell.text.size());
    }
  }
  // "... employed as Medical Technologist in this institution", "... in our laboratory as X w.e.f."
  static const Regex& prose = icase_regex(
      R"(\b(?:employed|working|worked|work|engaged|appointed|served|serving|designated|hired)\b[^\n]{0,100}?\bas[.:,]?\s+(?:an?\s+)?)"
      R"(((?:[A-Z][A-Za-z.\-/]*|I{1,3}|IV|\([A-Za-z ]+\))(?:\s+(?:[A-Z][A-Za-z.\-/]*|I{1,3}|IV|[I1l|\[\]{}!]{1,3}|\([A-Za-z ]+\)|of|and)(?=\s|$|[.,]))*))",
      false);
  std::smatch m;
  if (!std::regex_search(text.text, m, prose)) return position_in_foreign_prose(text);
  std::string value = trim_punct(m[1].str());
  // A trailing "of"/"and" belongs to the sentence, not the title.
  static const Regex& dangling = icase_regex(R"(\s+(of|and)$)");
  while (std::regex_search(value, dangling)) value = value.substr(0, value.rfind(' '));
  const auto begin = static_cast<std::size_t>(m.position(1));
  Part part = part_of(text, value, 0.95, begin, begin + value.size());
  part.value = repair_roman_suffix(value);
  return part;
}

struct Period {
  std::optional<DateMatch> start, end, letter_date;
};

Period period_of(const std::string& text, const std::vector<DateMatch>& dates) {
  static const Regex& start_cue = icase_regex(
      R"((\bfrom|\bsince|w\.?e\.?f\.?|with effect from|\beffective|\bjoined\b(?: on)?|\bstart(?:ing|ed)?(?: on)?|\bcommenc\w*(?: on)?|)"
      R"(\bbeginning|dates? of (employment|service)|employment|period|service|\bdates|)"
      // the same in other languages: "desde el", "no período de", "a partir de", "depuis le", "sejak"
      R"(\bdesde(?: el)?|\bper(?:í|i)odo de|\ba partir d[eo]l?|\bdepuis(?: le)?|\bsejak(?: tanggal)?|)"
      R"(\bstart(?:ing)? date|date of (?:joining|appointment|hire|commencement|entry)|joining date|date (?:joined|hired))\s*[,:.;]?\s*(the\s+)?$)");
  // "Date: 05.10.2024", "Dated ...": the letter's own date, never the start of the period.
  static const Regex& letter_date_cue = icase_regex(R"((\bdate|\bdated|\bissued(?: this| on)?)\s*[,:]?\s*$)");
  // "to", "-", or a form's label for the end: "End date:", "Date of leaving:", "To:".
  static const Regex& joiner = icase_regex(
      R"(^\s*(to|until|till|through|thru|up\s*to|upto|-|–|and|to\s*:|)"
      // "hasta el", "até", "a" (Portuguese "de 01/04/2020 a 03/06/2021"), "au", "sampai", "s/d"
      R"(hasta(?: el)?|at(?:é|e)|a|al|au|sampai(?: dengan)?|hingga|s/d|s\.d\.|bis|do|left\s+on|)"
      // a form's end label, maybe after its translation and a slash: "Çıkış Tarihi / End Date",
      // "Akhir Bekerja / End of Service :"
      R"((?:[^\d:/]{1,30}/\s*)?(?:(?:end(?:ing)?|finish|last(?: working)?)\s+(?:date|day)|end of (?:service|employment|contract)|)"
      R"(date of (?:leaving|relieving|separation|resignation|exit)|date\s+(?:left|ended|of\s+end))\s*:?)?\s*(the\s+)?$)");
  // A translated letter prints each date in its own calendar with the Gregorian in brackets
  // ("from 1399/06/11 (1 September 2020) to 1402/02/18 (8 May 2023)"): the other calendar's date
  // and the brackets are no part of the words between cue and date. No job begins before 1900.
  static const Regex& other_calendar = icase_regex(R"(\(?\s*\d{3,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*\(\s*|^\s*\))");
  auto plain = [](const std::string& s) { return std::regex_replace(s, other_calendar, " "); };
  auto gregorian = [](const DateMatch& d) { return d.present || (d.date && d.date->year >= 1900); };
  Period p;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (!dates[i].date || !gregorian(dates[i])) continue;
    const std::size_t from = dates[i].begin >= 40 ? dates[i].begin - 40 : 0;
    const std::string before = plain(text.substr(from, dates[i].begin - from));
    // ("Start Date 19.10.2020" is a start, though "Date" ends its label.)
    static const Regex& start_date_label = icase_regex(
        R"((\bstart(?:ing)?|\bbeginning|\bjoining|\bentry|\bcommencement)\s+date\s*[,:.;]?\s*$)");
    if (!std::regex_search(before, start_cue)) continue;
    if (std::regex_search(before, letter_date_cue) && !std::regex_search(before, start_date_label)) continue;
    p.start = dates[i];
    std::size_t n = i + 1;
    while (n < dates.size() && !gregorian(dates[n])) ++n;
    if (n < dates.size()) {
      const DateMatch& next = dates[n];
      const std::string between = plain(text.substr(dates[i].end, next.begin - dates[i].end));
      // (OCR may drop the dash of "03/01/2018 - present": a start cue makes the pair a period.)
      if (std::regex_match(between, joiner) || (next.present && between.size() <= 30)) p.end = next;
    }
    break;
  }
  // "desde el 23 de setiembre de 2025 hasta la fecha", "sampai sekarang", a form's "End of Service :
  // -" left blank: the job goes on (the languages' "to date", and an end field with no date in it).
  if (p.start && !p.end) {
    static const Regex& ongoing = icase_regex(
        R"(^[\s,]*(?:(?:hasta|a)\s+(?:la\s+fecha|el\s+presente|la\s+actualidad|hoy)|at(?:é|e)\s+(?:o\s+momento|o\s+presente|)"
        R"(a\s+presente\s+data|hoje|a\s+data\s+atual)|(?:sampai|hingga)\s+(?:sekarang|saat\s+ini)|jusqu'(?:à|a)\s+(?:ce\s+jour|présent)|)"
        R"((?:[^\d:/]{1,30}/\s*)?(?:end\s+of\s+(?:service|employment)|end(?:ing)?\s+date|date\s+of\s+leaving)\s*:\s*[-–—](?:\s|$)))");
    const std::string after = text.substr(p.start->end, std::min<std::size_t>(80, text.size() - p.start->end));
    std::smatch m;
    if (std::regex_search(after, m, ongoing)) {
      DateMatch open;
      open.present = true;
      open.begin = p.start->end + static_cast<std::size_t>(m.position(0));
      open.end = open.begin + static_cast<std::size_t>(m.length(0));
      open.certainty = 0.95;
      p.end = open;
    }
  }
  if (!p.start) {  // no cue: the first pair of dates joined by "to", "-", "until"
    for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
      if (!dates[i].date) continue;
      const std::string between = text.substr(dates[i].end, dates[i + 1].begin - dates[i].end);
      if (!std::regex_match(between, joiner) || std::regex_match(between, icase_regex(R"(^\s*$)"))) continue;
      p.start = dates[i];
      p.end = dates[i + 1];
      break;
    }
  }
  // A promotion at the same employer printed as a second period that begins where the first ends
  // ("from 1 March 2015 to 31 May 2018 as ... and from 1 June 2018 to date as ..."): one job, from
  // the first start to the last end.
  for (std::size_t i = 0; p.end && p.end->date && i + 1 < dates.size(); ++i) {
    if (dates[i].begin <= p.end->begin || !dates[i].date || (!dates[i + 1].date && !dates[i + 1].present)) continue;
    const std::string between = text.substr(dates[i].end, dates[i + 1].begin - dates[i].end);
    if (!std::regex_match(between, joiner) || std::regex_match(between, icase_regex(R"(^\s*$)"))) continue;
    const long gap = days_from_civil(*dates[i].date) - days_from_civil(*p.end->date);
    if (gap < 0 || gap > 62) continue;
    p.end = dates[i + 1];
  }
  // The letter's own date: another full date, preferring the last one after the period.
  for (const DateMatch& d : dates) {
    if (!d.date || (p.start && d.begin == p.start->begin) || (p.end && d.begin == p.end->begin)) continue;
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

std::optional<Part> departments_of(const TextRun& text, std::vector<std::string>& areas) {
  static const Regex& cue = icase_regex(
      R"(\b(sections?|departments?|units?|areas?|benches|rotated\s+through|assigned\s+to|tests\s+in|posted\s+(in|to|at)|)"
      R"(worked\s+in|sector|setor|servicio|unit\s+kerja|rotando\s+por|)"
      // "performed routine laboratory examinations in Immunology, ...", "experience in"
      R"((?:examinations?|analys[ie]s|investigations?|procedures|duties|experience|testing|work)\s+in)\b|(?:á|Á)reas?\b)");
  // A full stop ends the list unless OCR put it after a separator ("Chemical Pathology;. Blood").
  static const Regex& sentence_end = icase_regex(R"([^;,\s]\.\s+[A-Z]|\.$)", false);
  auto add = [&](const std::vector<LabAreaMention>& mentions) {
    for (const auto& m : mentions)
      if (std::find(areas.begin(), areas.end(), m.area) == areas.end()) areas.push_back(m.area);
  };
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), cue); it != SRegexIterator(); ++it) {
    const auto begin = static_cast<std::size_t>(it->position(0));
    std::smatch e;
    const std::string rest = text.text.substr(begin);
    const std::size_t end = begin + (std::regex_search(rest, e, sentence_end) ? static_cast<std::size_t>(e.position(0)) + 1
                                                                            : std::min<std::size_t>(rest.size(), 200));
    const auto mentions = lab_area_mentions(text.text.substr(begin, end - begin));
    if (mentions.empty()) continue;
    add(mentions);
    std::size_t last = 0;
    for (const auto& m : mentions) last = std::max(last, m.end);
    return part_of(text, "", 0.95, begin, begin + last);  // evidence: the cue to the last area named
  }
  // No list after any cue: the areas named before one in its sentence ("in the Haematology and
  // Microbiology sections").
  for (auto it = SRegexIterator(text.text.begin(), text.text.end(), cue); it != SRegexIterator(); ++it) {
    const auto begin = static_cast<std::size_t>(it->position(0));
    std::size_t from = begin >= 120 ? begin - 120 : 0;
    if (const auto stop = text.text.substr(from, begin - from).find_last_of(".;:"); stop != std::string::npos) from += stop + 1;
    const auto mentions = lab_area_mentions(text.text.substr(from, begin - from));
    if (mentions.empty()) continue;
    add(mentions);
    return part_of(text, "", 0.95, from + mentions.front().begin, begin + static_cast<std::size_t>(it->length(0)));
  }
  return std::nullopt;
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
  auto take = [&](const std::optional<Part>& part, bool decisive = true) {
    if (!part) return;
    if (decisive) confidence = std::min(confidence, part->confidence);
    job.evidence.insert(job.evidence.end(), part->evidence.begin(), part->evidence.end());
  };

  std::optional<Part> employer = employer_in_body(text);
  if (!employer) employer = employer_in_letterhead(lines);
  if (employer) {
    job.employer = repair_company_suffix(join_split_capitals(mixed_case_form(employer->value, text)));
    take(employer, false);
  }
  const auto position = position_of(text, lines);
  if (position) {
    job.position = natural_case(position->value);
    take(position, false);
  }

  const std::string country = country_from_text(text.text);
  const DayOrderInfo order = infer_day_order(text.text, country);
  const std::vector<DateMatch> dates = find_dates(text.text, order, /*month_alone=*/true);
  Period period = period_of(text.text, dates);
  resolve_by_plausibility(period, order, parse_iso_ymd(as_of));
  if (period.start && period.start->date) {
    job.start = period.start->date->iso();
    const std::size_t end = period.end ? period.end->end : period.start->end;
    Part part = part_of(text, "", period.start->certainty * (period.end ? period.end->certainty : 1.0), period.start->begin, end);
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

  const HoursStatement hours = hours_in(text.text);
  if (hours.hours_per_week) job.hours_per_week = hours.hours_per_week;
  else job.full_time_stated = hours.full_time;
  if (hours.end > hours.begin) take(part_of(text, "", 0.97, hours.begin, hours.end));

  std::vector<std::string> areas;
  const std::vector<CheckedArea> boxes = checked_areas(lines);
  if (boxes.empty()) {
    take(departments_of(text, areas));
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
  job.confidence = confidence;
  return job;
}

std::vector<Job> extract_experience(const std::vector<SegmentView>& letters, const std::string& as_of) {
  std::vector<Job> jobs;
  for (const SegmentView& letter : letters) jobs.push_back(extract_job(letter, as_of));
  return jobs;
}

}  // namespace cc
