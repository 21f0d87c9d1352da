// Fuzz target: names (extractors/identity.h) from every segment of synthetic word boxes, and the
// name helpers on the raw text.
#include "extractors/classify.h"
#include "extractors/identity.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto docs = cc::fuzz::documents_from_bytes(data, size);
  const auto classified = cc::classify_documents(docs);
  for (const auto& segment : classified.segments) (void)cc::find_name(segment);
  (void)cc::extract_identity(classified.segments);
  // The string helpers on the text itself (first line against the second).
  cc::fuzz::ByteReader in(data, size);
  const std::string text = cc::fuzz::text_after(in);
  const size_t nl = text.find('\n');
  const std::string a = text.substr(0, nl), b = nl == std::string::npos ? std::string() : text.substr(nl + 1, 200);
  (void)cc::natural_name(a);
  (void)cc::strip_honorific(a);
  (void)cc::name_case(a);
  (void)cc::surname_of(a);
  (void)cc::reorder_by_surname(a, b);
  (void)cc::match_names(a, b);
  return 0;
}
