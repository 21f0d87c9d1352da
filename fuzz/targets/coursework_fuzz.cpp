// Fuzz target: course rows, credits, grades and categories (extractors/coursework/coursework.h) from
// synthetic word boxes, every segment offered as a transcript, with the default ruleset's
// category patterns and a country hint chosen by the input.
#include <cstdlib>

#include "extractors/classify.h"
#include "extractors/coursework/coursework.h"
#include "fuzz/fuzz_input.h"
#include "validators/rules_loader.h"

namespace {

const cc::CourseworkOptions& base_options() {
  static const cc::CourseworkOptions options = [] {
    cc::CourseworkOptions o;
    auto rules = cc::load_ruleset(CREDCHECK_SOURCE_DIR "/rules/boards-2026.12");
    if (!rules) std::abort();  // the fuzz build is broken, not the input
    for (const auto& p : rules->course_categories.patterns) o.patterns.push_back({p.value, p.pattern});
    o.failing_grades = rules->definitions.failing_grades;
    o.semester_hours_per_credit = rules->definitions.semester_hours_per_credit;
    return o;
  }();
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto docs = cc::fuzz::documents_from_bytes(data, size);
  const auto classified = cc::classify_documents(docs);
  cc::CourseworkOptions options = base_options();
  static const char* const kCountries[] = {"", "PH", "IN", "NG", "US"};
  options.country_hint = kCountries[(size > 1 ? data[1] : 0) % 5];
  (void)cc::extract_coursework(classified.segments, options);
  return 0;
}
