// Fuzz target: page classification and bundle splitting (extractors/classify.h) on synthetic word
// boxes (fuzz/fuzz_input.h).
#include "extractors/classify.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto docs = cc::fuzz::documents_from_bytes(data, size);
  for (const auto& doc : docs)
    for (const auto& page : doc.pages) (void)cc::classify_page(page);
  const auto classified = cc::classify_documents(docs);
  for (const char* type : {"transcript", "diploma", "employment_letter", "other"})
    (void)cc::segments_of_type(classified.segments, type);
  return 0;
}
