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
#include "extractors/name_order.h"  // natural_name, strip_honorific, surname_of, ...
#include "core/facts.h"

namespace cc {

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
