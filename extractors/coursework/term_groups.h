// Terms told by printed totals, for a transcript whose term captions are not read (a caption in a
// language the patterns do not know, a term printed as a form field, the vocabulary ablated). A
// term's courses are followed by the line that totals them (`Credits earned: 60`, `TCU: 18`): when
// no row has a term, the rows since the last such line are one term, provided the arithmetic says
// so (the rows before half of those lines, two at least, add up to a number the line prints).
// Used for the credit system's per-term sums (UK years of 120, ECTS semesters of 30).
#pragma once

#include <string>
#include <vector>

#include "extractors/coursework/coursework_rows.h"

namespace cc {

// Per row of `rows.rows`, the key of the group of rows its term's total closes ("#0", "#1"...);
// empty when a row has a term of its own or the totals do not add up.
std::vector<std::string> term_groups_by_totals(const TranscriptRows& rows);

}  // namespace cc
