// The pass mark a transcript's own legend prints ("Pass mark: 50", "Minimum passing grade 60",
// "Nota mínima de aprobación: 4,0"), found line by line with the ruleset's `pass_mark_patterns`
// (data, one capture group: the number). The validators judge numeric marks with it
// (validators/README.md, "Failing marks"): a printed pass mark decides alone, whatever scale the
// marks show.
#pragma once

#include <vector>

#include "core/facts.h"
#include "extractors/document_view.h"
#include "validators/ruleset.h"

namespace cc {

// At most one pass mark per transcript file: the first line a pattern matches.
std::vector<CourseworkFacts::PassMark> printed_pass_marks(const std::vector<SegmentView>& transcripts,
                                                          const std::vector<TitlePattern>& patterns);

}  // namespace cc
