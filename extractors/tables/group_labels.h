// The name of a group of courses is no line of a course's title. Transcripts group their subjects
// under full-width rows (`Fundamental subjects`, `Professional subjects`, `Placements`) printed in
// the title column with nothing else on the line, so a group's row right under a course reads as the
// second line of that course's title. A title's second line belongs to that title alone, while a
// group's name comes back over every year or term of the transcript, each time under a different
// course: a line appended as the last title line of two different titles or more (over all tables
// of the document), whose first word would have fitted on the title's line above on half of them
// at least (a title wraps because its next word does not fit: `... IN MEDICAL` over `TECHNOLOGY`
// under several long titles is a wrap) and that closes no bracket the title above opened
// (`Clinical Practice I (Hospital` over `Rotation)`), is a group's name, and is taken off those titles again
// (listed as skipped).
#pragma once

#include "extractors/tables/table_reader.h"

namespace cc {

// Takes group names, as described above, off the titles of `reading`'s records.
void take_off_group_names(TableReading& reading);

}  // namespace cc
