// A printed name put in natural order (given names, then the surname) and name case. Kept apart
// from finding names on pages (identity.h) because the order is a property of naming customs, not
// of documents: "SURNAME, Given" is turned around; "NDJOCK Mireille Michelle" (the surname in
// capitals before given names in name case, the French/Romanian/Cameroonian administrative style)
// is turned around; an East Asian name printed family name first ("KHOO WEI JIE", "Nguyễn Văn
// An", "Kim Min-jun") is turned around when its first word is a family name of the closed set of
// Chinese, Korean and Vietnamese family names and the rest reads as given-name syllables. A
// surname-first form of other customs ("KULKARNI PRIYA RAMESH") cannot be told from its print:
// reorder_by_surname / order_like use what the candidate's other documents show.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cc {

// "Ms. Maria S. Dela Cruz" -> "Maria S. Dela Cruz" (Mr, Mrs, Ms, Miss, Dr, Shri, Smt, Señora,
// Mme, Doamna, Pani, ...; the French "M." only before a surname in capitals: "M. AYUK Landry").
std::string strip_honorific(std::string_view name);
// Name case for capitals: "DELA CRUZ" -> "Dela Cruz", "O'BRIEN" -> "O'Brien"; mixed case kept.
std::string name_case(std::string_view name);
// Natural order and case of a printed name (see the top of this file).
std::string natural_name(std::string_view printed);
// When `natural` starts with `surname` (words compared without case and accents) and does not
// end with it, the surname is moved to the end: "Kulkarni Priya Ramesh" + "Kulkarni" ->
// "Priya Ramesh Kulkarni".
std::string reorder_by_surname(const std::string& natural, const std::string& surname);
// When the words of `name` are those of `known` turned around (a rotation: "García Martínez
// Alejandra" / "Alejandra García Martínez"), `name`'s words in `known`'s order; else `name`.
std::string order_like(const std::string& name, const std::string& known);
// The surname of a natural-order name: the last word with the particles before it ("Dela Cruz",
// "van der Berg").
std::string surname_of(std::string_view natural);

// An East Asian name printed family name first: the words as printed (no comma, no honorific).
bool east_asian_family_first(const std::vector<std::string>& words);

bool is_honorific_word(std::string_view word);
// "Q.F.B.": three or more letters with full stops, a professional title printed before a name
// (two, "J.R.", are initials).
bool is_title_abbreviation(std::string_view word);
// "de" in "de heer", "der" in "der Herr": an article that stands before a civility (only then).
bool is_civility_article(std::string_view word);
bool is_name_particle(std::string_view word);
// Folded lowercase words of a name, punctuation dropped: for comparisons.
std::vector<std::string> folded_name_words(std::string_view name);

}  // namespace cc
