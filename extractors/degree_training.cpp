// The clinical training a transcript shows: its internship, practicum or clinical posting rows and
// the lab areas they name.
#include <cctype>
#include <string_view>
#include <algorithm>
#include <string>
#include <vector>

#include "extractors/degree_parts.h"
#include "core/regex.h"
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "extractors/document_words.h"

namespace cc::degree_parts {

namespace {

// The course title around a keyword in a table row: the run of words that are neither numbers,
// grades nor course codes ("MT 316 Molecular Biology 4.25 3 MT 403 Internship in Hematology 1.75 6"
// -> "Internship in Hematology"), so a neighbouring column's course does not leak in.
std::pair<std::size_t, std::size_t> title_around(const std::string& row, std::size_t at) {
  auto is_stop = [&](std::size_t b, std::size_t e) {
    const std::string w = row.substr(b, e - b);
    if (w.find_first_of("0123456789") != std::string::npos) return true;                      // numbers, codes
    if (std::regex_match(w, icase_regex(R"(^[A-F][+-]?$|^(INC|DRP|P|F|S|U|W)$)", false))) return true;  // grades
    if (w.size() >= 2 && w.size() <= 6 && is_all_caps(w) && w.find_first_of(".:()") == std::string::npos) {
      // A word that joins a list ("AND", "OF", "ET", "UND", "Y") is never a code, even when the title
      // wraps right after it and the row's numbers follow: "HOSPITAL INTERNSHIP: BIOCHEMISTRY AND" / "HAEMATOLOGY"
      // is a list running on to the next line, not "BIOCHEMISTRY" before the code "AND 100".
      static const Regex& joining_word = icase_regex(R"(^(and|of|in|the|for|with|et|de|des|du|und|y|e)$)");
      if (std::regex_match(w, joining_word)) return false;
      // Nor is a word that completes a lab area's name with the word before it ("BLOOD" "BANK"),
      // though a capitalised title puts the row's numbers right after it.
      if (b > 0) {
        std::size_t p = b - 1;
        while (p > 0 && row[p - 1] != ' ') --p;
        if (lab_areas_in(row.substr(p, e - p)).size() > lab_areas_in(row.substr(p, b - 1 - p)).size()) return false;
      }
      // A department code before a number ("MLT 210") ends the title; a capitalised acronym inside it does not.
      std::size_t n = e;
      while (n < row.size() && row[n] == ' ') ++n;
      if (n < row.size() && std::isdigit(static_cast<unsigned char>(row[n]))) return true;
    }
    return false;
  };
  std::vector<std::pair<std::size_t, std::size_t>> words;
  for (std::size_t i = 0; i < row.size();) {
    while (i < row.size() && row[i] == ' ') ++i;
    std::size_t j = i;
    while (j < row.size() && row[j] != ' ') ++j;
    if (j > i) words.emplace_back(i, j);
    i = j;
  }
  std::size_t k = 0;
  while (k < words.size() && words[k].second <= at) ++k;
  if (k >= words.size()) return {at, row.size()};
  std::size_t first = k, last = k;
  while (first > 0 && !is_stop(words[first - 1].first, words[first - 1].second)) --first;
  while (last + 1 < words.size() && !is_stop(words[last + 1].first, words[last + 1].second)) ++last;
  return {words[first].first, words[last].second};
}

// The training words of other languages (data class `training_row`); none when
// CC_ABLATE_TRAINING_WORDS=1 (to measure what the built-in words and the structure read alone).
std::string training_words_alternation() { return document_words_alternation("training_row", "CC_ABLATE_TRAINING_WORDS"); }

}  // namespace

// Internship / practicum / clinical posting rows of a transcript and the lab areas they name.
std::optional<Fact> read_training(const std::vector<TextRun>& lines, std::vector<std::string>& areas,
                                  std::optional<std::string>& doubt) {
  static const Regex& training = icase_regex(
      // (OCR reads the final l of "clinical" as t or 1 when its foot is bold: "Clinicat Rotation")
      R"(internship|practicum|clinica[lt1]\s+(laboratory\s+)?(posting|rotation|attachment|training|practice|clerkship|affiliation)|)"
      R"(hospital\s+(laboratory\s+)?(training|posting|attachment|rotation)|clerkship|)"
      // the same in French, Spanish and Portuguese: "Stage hospitalier", "Pasantía Hospitalaria",
      // "Internado Clínico", "Práctica clínica", "Estágio supervisionado"
      R"(\bstage\s+(hospitalier|clinique|pratique|en\s+laboratoire)|pasant(?:í|i)a|\binternado\b|)"
      R"(pr(?:á|a|Á)cticas?\s+(?:cl(?:í|i|Í)nicas?|hospitalarias?|profesional(?:es)?)|est(?:á|a)gio|)"
      // A placement of students in a working laboratory, as programs in many systems name it:
      // "Clinical/Professional/Work Placement", "Work-Integrated Learning", "Practical Training",
      // "Production/Pre-diploma Practice" (the post-Soviet terms), "Field (Work) Practice/Attachment";
      // and the word for a clinical internship in other languages: Romanian
      // "stagiu", Turkish "staj" and "klinik uygulama", Russian/Ukrainian "практика".
      R"((?:clinical|hospital|laboratory|professional|work)\s+placement|work[-\s]+integrated\s+learning|practical\s+training|)"
      R"((?:production|industrial|pre-?diploma|pre-?graduation)\s+(?:clinical\s+)?(?:practice|placement|attachment)|)"
      R"(field\s+(?:work\s+)?(?:practice|attachment)|\bstagi(?:u|ul)\b|\bstaj\b|klinik\s+uygulama\b|практик|)"
      // and the words of other languages (data class `training_row`: "stručna praksa", "odborná
      // praxe", "Praxissemester", "Stage klinisch laboratorium", "szakmai gyakorlat", "tirocinio", ...)
      + training_words_alternation());
  // (Not a teaching practice; a "teaching hospital" is a hospital: "Clinical Attachment (Teaching
  // Hospital)". Not a Nigerian student's industrial work; an "industrial practice" in a clinical or
  // hospital laboratory is the post-Soviet production practice: "Industrial practice: clinical laboratory",
  // or a placement in one, its place in brackets: "Industrial Attachment (Clinical Laboratory)".)
  static const Regex& not_training =
      icase_regex(R"(nursing|industrial(?![^)]*\b(?:clinical|hospital)\b)|siwes|teaching(?!\s+hospital)|grading|legend)");
  // A title whose list of areas runs on to the next line ("Práctica Profesional I: Química Clínica,
  // Hematología y" / "Uroanálisis"): the next line's areas are the training's too. Without them
  // the areas would be read in part, and a route asking for all four would fail on a misreading.
  static const Regex& runs_on = icase_regex(R"((,|;|&|\b(y|e|et|and|und)|\sи|:)\s*$)");  // not "i": "Posting I"
  std::optional<Fact> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextRun& line = lines[i];
    for (auto it = SRegexIterator(line.text.begin(), line.text.end(), training); it != SRegexIterator(); ++it) {
      const auto [begin, end] = title_around(line.text, static_cast<std::size_t>(it->position(0)));
      const std::string title = line.text.substr(begin, end - begin);
      if (std::regex_search(title, not_training)) continue;
      std::vector<std::string> found = lab_areas_in(title);
      if (std::regex_search(title, runs_on)) {
        const std::vector<std::string> next = i + 1 < lines.size() ? lab_areas_in(lines[i + 1].text) : std::vector<std::string>{};
        found.insert(found.end(), next.begin(), next.end());
        // The list runs on and nothing after it names an area: it was read in part.
        if (next.empty() && !doubt) doubt = "\"" + title + "\" runs on past what was read";
      }
      // A training row that names no lab area we know ("Учебна практика по клинична лаборатория",
      // practice in the clinical laboratory) may cover any: the list the other rows give is partial.
      if (found.empty() && !doubt) doubt = "\"" + title + "\" names no lab area we know";
      // Words read below the threshold may have lost an area's name.
      if (!doubt && line.confidence(begin, end) < kLowConfidence) doubt = "\"" + title + "\" read with low confidence";
      for (const std::string& area : found)
        if (std::find(areas.begin(), areas.end(), area) == areas.end()) areas.push_back(area);
      Fact f = fact_of(line, title, 0.95, begin, end);
      if (!out) out = f;
      else out->evidence.insert(out->evidence.end(), f.evidence.begin(), f.evidence.end());
    }
  }
  return out;
}

}  // namespace cc::degree_parts
