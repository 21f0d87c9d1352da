// The ruleset's numeric marks (`definitions.numeric_marks`: scales with the marks that fail or pass
// on every school using them) and the legend patterns that find a transcript's own pass mark
// (`definitions.pass_mark_patterns`). Loaded and checked here; judged with core/grades.h.
#pragma once

#include "core/expected.h"
#include "validators/ruleset.h"
#include "validators/yaml_reader.h"

namespace cc {

// Both keys are optional: absent, numeric marks are not judged (as before) and no legend is read.
Status load_numeric_marks(const YamlMap& defs, Definitions& out);

}  // namespace cc
