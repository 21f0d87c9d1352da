// Course titles and term headings as OCR reads them, repaired where the damage has one reading:
// roman numerals whose strokes came out as other characters ("Chemistry I!", "Chemistry Il",
// "Zoology lil:", "Practical tt", "Biochemistry {" -> I, II, III), a '!' or '|' inside a word
// ("Medica!" -> "Medical"), a first letter read in lower case ("immunology"). A transcript repeats
// its words, so a word read once can also be matched to a word the same transcript prints
// several times, one confusable letter away ("Ghemistry" -> "Chemistry").
#pragma once

#include <string>
#include <vector>

#include "extractors/coursework/coursework_fields.h"

namespace cc {

// Roman numerals repaired token by token; `fixed` set when something changed.
std::string repair_roman_numerals(const std::string& text, bool* fixed = nullptr);

// A term heading as OCR read it, repaired: roman numerals ("Semester lI") and ordinals whose 1
// came out as a letter ("Ist Sem.", "lst Semester" -> "1st").
std::string repair_term_heading(const std::string& text);

// A course title: spacing normalised, stray rule characters trimmed, roman numerals and broken
// words repaired. Valid when it has at least three letters. On a text layer (`text_layer`) a word
// of small letters only is a word as printed, never a numeral's strokes misread (S137: Danish and
// Norwegian `til`, `lit`; a text layer prints `II` as `II`).
FieldReading read_title(const std::string& printed, bool text_layer = false);

// Replaces, in `titles`, a word by one the titles print at least twice as often that differs from
// it by one OCR-confusable letter (i/l/t, C/G, c/e, o/c...), or by any one letter when the word is
// long, read once, and the other printed three times or more; a word read once with a stroke
// after it ("Generali") by the word printed at least twice without it. Returns how many titles
// changed; `changed[i]` tells which. With `read_by_ocr`, only titles read by OCR are changed (all
// count as references): a text layer gives the printed letters themselves, and a word printed once
// beside a more common one a letter apart (`CLÍNICO` beside many `CLÍNICA`) is another word.
int harmonise_title_words(std::vector<std::string>& titles, std::vector<bool>* changed = nullptr,
                          const std::vector<bool>* read_by_ocr = nullptr);

// A series number OCR reads either way ("I" or "1", "II" or "11" ending a title) takes the style of
// the other titles of the same series in the transcript: "Hematology 2" makes "Hematology I" a
// "Hematology 1", "Organic Chemistry III" makes "Organic Chemistry 1" an "Organic Chemistry I".
// With no sibling to tell, a "1", "11" or "111" that OCR read (`read_by_ocr[i]`) becomes a numeral
// when other titles end in numerals (II, III, IV...) and none in a figure 2-9: a transcript numbers
// its series one way, and Tesseract reads a numeral I as a 1.
int harmonise_series_numbers(std::vector<std::string>& titles, std::vector<bool>* changed = nullptr,
                             const std::vector<bool>* read_by_ocr = nullptr);

// OCR drops a period standing alone after a word's last letter with the specks: a title read by OCR
// whose last word is printed with a period in other titles of the transcript (at least twice) and
// nowhere else without it takes the period back ("Analytical Chem" beside "Organic Chem. Lab" and
// "Gen. Chem. Lab II"; "Intro. to Med. Lab. Sci" beside "Clin. Sci." twice). Returns how many
// titles changed; `changed[i]` tells which. Titles of text layers are left as printed.
int restore_abbreviation_points(std::vector<std::string>& titles, const std::vector<bool>& read_by_ocr,
                                std::vector<bool>* changed = nullptr);

// Term headings of one transcript made consistent: a word read once that differs only in its
// punctuation from a word the headings print several times takes that form ("A.Y," among many
// "A.Y."), and so do two words read apart ("A. Y."). Returns each heading's repaired form, in order.
std::vector<std::string> harmonise_term_labels(const std::vector<std::string>& headings);

}  // namespace cc
