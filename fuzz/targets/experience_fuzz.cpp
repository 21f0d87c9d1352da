// Fuzz target: jobs from employment letters (extractors/experience.h) on synthetic word boxes;
// every segment is offered as a letter. Also the hours and lab-area readers on the raw text.
#include "extractors/classify.h"
#include "extractors/experience.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto docs = cc::fuzz::documents_from_bytes(data, size);
  const auto classified = cc::classify_documents(docs);
  (void)cc::extract_experience(classified.segments, "2026-11-01");
  (void)cc::extract_experience(cc::segments_of_type(classified.segments, "employment_letter"));
  cc::fuzz::ByteReader in(data, size);
  const std::string text = cc::fuzz::text_after(in);
  (void)cc::hours_in(text);
  (void)cc::lab_areas_in(text);
  (void)cc::lab_area_mentions(text);
  return 0;
}
