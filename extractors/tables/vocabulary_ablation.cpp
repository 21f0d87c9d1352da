#include "extractors/tables/vocabulary_ablation.h"

#include <cstdlib>
#include <cstring>

namespace cc {

bool table_vocabulary_ablated() {
  static const bool ablated = [] {
    const char* v = std::getenv("CC_TABLES_ABLATE_VOCABULARY");
    return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
  }();
  return ablated;
}

}  // namespace cc
