// Course titles printed in two languages, one line each, with no two-language header to tell
// which line is English (a Vietnamese title over the English one): when most records of a table
// have a title of exactly two lines, the first lines written with letters outside ASCII and the
// second ones never, the second lines are the titles (translations), the first set aside. A table
// whose titles only sometimes wrap, or wrap in the same script, is left as it is.
#pragma once

#include "extractors/tables/table_reader.h"

namespace cc {

void prefer_translated_titles(ReadTable& table);

}  // namespace cc
