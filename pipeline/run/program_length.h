// A program length the degree reader could not read from a line of text, counted from the terms the
// coursework reader gave the transcript's course rows (a "Year" and a "Semester" column: "1.º 2.º";
// a "Period" column: "2015 1", "1/2014"). Only when no length was read at all: a length printed
// or counted from the term labels of the text stays as it is.
#pragma once

#include "core/facts.h"

namespace cc {

// Sets `years` of the degree (and of the same credential in `degrees`) from the course terms when
// it is unset and the terms show it (extractors/degree.h, years_from_course_terms).
void complete_program_length(CandidateFacts& facts);

}  // namespace cc
