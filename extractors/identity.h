// The candidate's name as each document prints it, in natural order, and the best reading.
// Names are found by label ("Name:", "Name of Student:", "Name of Graduate:", "Student:", split
// "Surname: / Given Name: / Middle Name:" fields) or by the prose around them ("This is to certify
// that Ms. ... has been employed", "has conferred upon ... the degree of", "Be it known that ...").
// Natural order: "DELA CRUZ, MARIA S." -> "Maria S. Dela Cruz"; capitals become name case; an
// honorific is dropped. A surname-first form printed without a comma ("KULKARNI PRIYA RAMESH") is
// put in order using the surname that the candidate's other documents show. The best reading
// prefers academic documents (the birth name) and the fullest form (a full middle name beats an
// initial). match_names() tells whether two printed names are the same person under criteria.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/document_view.h"
#include "core/facts.h"

namespace cc {

// "Ms. Maria S. Dela Cruz" -> "Maria S. Dela Cruz" (Mr, Mrs, Ms, Miss, Dr, Engr, Shri, Smt...).
std::string strip_honorific(std::string_view name);
// Name case for capitals: "DELA CRUZ" -> "Dela Cruz", "O'BRIEN" -> "O'Brien"; mixed case kept.
std::string name_case(std::string_view name);
// Natural order and case of a printed name. "SURNAME, Given Middle" is turned around; anything
// else is taken as already natural (see reorder_by_surname for the no-comma surname-first form).
std::string natural_name(std::string_view printed);
// When `natural` starts with `surname` (words compared without case and accents) and does not
// end with it, the surname is moved to the end: "Kulkarni Priya Ramesh" + "Kulkarni" ->
// "Priya Ramesh Kulkarni".
std::string reorder_by_surname(const std::string& natural, const std::string& surname);
// The surname of a natural-order name: the last word with the particles before it ("Dela Cruz",
// "van der Berg").
std::string surname_of(std::string_view natural);

// The name printed on one segment, if any.
std::optional<NameSighting> find_name(const SegmentView& segment);

// Every segment's name, the distinct printed variants and the best reading.
IdentityFacts extract_identity(const std::vector<SegmentView>& segments);

struct NameMatch {
  bool same = true;
  std::string reason;  // when not the same: "different surname: dela cruz / reyes"
};

// Same person despite case, accents, punctuation, honorifics, surname-first order, a middle
// initial against the full middle name or a middle name left out; a different surname or given
// name is a mismatch (even a likely married name).
NameMatch match_names(std::string_view a, std::string_view b);

}  // namespace cc
