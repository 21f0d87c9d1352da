// The parts of a diploma or transcript that degree.cpp assembles into DegreeFacts, each read by its
// own file: the title (degree_title.cpp: a labelled value, a title line, one broken over lines or
// continued by its field, one in prose, one stated the way other languages state it), the school
// (degree_institution.cpp), the conferral date (degree_conferred.cpp) and the clinical training
// rows (degree_training.cpp). Internal to extractors/: the public API is degree.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_utils.h"
#include "core/facts.h"

namespace cc::degree_parts {

// A value read with its confidence and the words it was read from.
struct Fact {
  std::string value;
  bool month_only = false;  // a date read from a month and year alone ("June 2022": its last day)
  std::string level;  // the level the reading states beside its title, when the title does not name one
  double confidence = 0;
  std::vector<Evidence> evidence;
};
Fact fact_of(const TextRun& run, std::string value, double certainty, std::size_t begin = 0,
             std::size_t end = std::string::npos);

// A degree title in `text`; `other_languages` also accepts French, Vietnamese and Russian titles.
std::string title_in(std::string_view text, bool other_languages);
// With CC_ABLATE_TITLE_WORDS=1 the degree word classes of data/document_words.tsv (field_*, level_*,
// title_given, programme_label, school) are left out: only the built-in patterns apply (a measure
// of generality, off in normal runs).
bool title_words_ablated();
// The class's words as an alternation, or one that matches nothing when ablated.
std::string title_words_alternation(const char* word_class);
// The degree a title names: the graduate's title ("Licenciada en X") read as the degree ("Licenciatura en X").
std::string degree_named(const std::string& title);
// The title: a labelled value ("Degree: ...") or a line that is a degree title (diplomas).
std::optional<Fact> read_title(const std::vector<TextRun>& lines);
// The title after the words that confer it ("le titre de", "strokovni naslov", data: title_given),
// on its line or alone on the next, when it names a field or a level; the last way tried.
std::optional<Fact> title_after_given_words(const std::vector<TextRun>& lines);
// A title inside a sentence that wraps over lines ("... granted the degree of Bachelor of" / "Science ...").
std::optional<Fact> title_in_prose(const TextRun& all);
// A qualification stated the way other languages state it (degree_foreign.h), its level beside it.
std::optional<Fact> stated_title(const TextRun& all);
// A degree of the licence-master-doctorate system named by its level and its programme's fields
// ("DIPLÔME DE LICENCE" ... "Mention : Sciences Biologiques, Parcours : Biologie Médicale"): "Licence
// en Sciences Biologiques - Parcours Biologie Médicale". `level_text` is where the level is printed.
std::optional<Fact> lmd_title(const std::vector<TextRun>& lines, const std::string& level_text);
// "Grau: Licenciatura" and "Curso: Enfermagem" printed as two fields: "Licenciatura em Enfermagem".
std::optional<Fact> title_from_level_and_programme(const std::vector<TextRun>& lines);
// A title that names only a broad area of study: "Bachelor of Science", "Bachelor of Health Science(s)".
bool generic_field_title(const std::string& title);
// The field of the first "Department of X" whose X names a field the rules know; empty if none.
std::string department_field_in(const std::string& text);

// The school named near the top of the first page; `address` receives the lines after it. With
// `any_script`, a name in Cyrillic counts too (the last resort: where a translation gives the school's
// English name, evaluators read that one).
std::optional<Fact> read_institution(const std::vector<TextRun>& first_page, std::string& address,
                                     bool any_script = false);
// No heading names the school: the one the certificate's sentence says was attended ("completed the
// full course of study at X Institute"), on any page of the segment (a translation's page).
std::optional<Fact> read_institution_in_prose(const std::vector<TextRun>& lines);

// The conferral date near a conferral's words (diplomas: also in prose, else the latest date printed).
std::optional<Fact> read_conferred(const std::vector<TextRun>& lines, const TextRun& all, bool is_diploma,
                                   const std::string& country);
// The date a diploma says it was issued ("Délivré à Lomé, le 16 novembre 2021", "Date of issue:
// 13 June 2022", "expedido en", "Fait à ... le"), if any.
std::optional<Fact> read_issue_date(const TextRun& all, const std::string& country);
// A transcript's numeric date and a diploma's worded one name the same day only read month first.
bool month_first_by_agreement(const std::optional<Fact>& numeric, const std::optional<Fact>& worded);

// Internship / practicum / clinical posting rows of a transcript; the lab areas they name go to `areas`,
// and why the list of areas may be partial to `doubt` (a list that runs on past what was read, words
// read below kLowConfidence).
std::optional<Fact> read_training(const std::vector<TextRun>& lines, std::vector<std::string>& areas,
                                  std::optional<std::string>& doubt);

}  // namespace cc::degree_parts
