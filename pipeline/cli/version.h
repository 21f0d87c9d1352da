// `credcheck --version`: the program's version (CMake's project VERSION), the id of the ruleset
// used when --rules is not given (read from its ruleset.yaml at run time, so a changed default or
// $CREDCHECK_RULES shows), and the versions of the Tesseract, Leptonica and Poppler libraries
// actually loaded. One "name version" line each.
#pragma once

#include <string>

namespace cc {

std::string version_text();

}  // namespace cc
