// Course titles printed in two languages, one line each, with no two-language header to tell
// which line is English. Two structures tell such a table, both needing most records (eight in
// ten) to have a title of exactly two lines:
// - scripts: the first lines written with letters outside ASCII and the second ones never (a
//   Vietnamese title over the English one): the second lines are the titles;
// - no wrap: a title wraps because its next word does not fit on its line; when, on most of the
//   two-line titles, the second line's first word would have fitted on the first line (within the
//   widest title line of the table), the second line is no continuation but the same title again,
//   in another language (`Biochemia` over `Biochemistry`, `Pendidikan Agama` over `Religious
//   Education`). Which line is English is then told by the lines' words (English function words
//   and word endings against letters outside ASCII, summed over the table), the second line when
//   they tell nothing (a translation is printed under the original). When neither line reads as
//   English (both score no English words or endings), the title is left whole: both languages.
// A table whose titles only sometimes wrap, or wrap at the column's edge, is left as it is.
#pragma once

#include "extractors/tables/table_reader.h"

namespace cc {

void prefer_translated_titles(ReadTable& table);

}  // namespace cc
