// Fuzz target: the degree (extractors/degree.h) from synthetic word boxes, with every segment
// offered both as a diploma and as a transcript so classification does not gate the code.
#include "extractors/classify.h"
#include "extractors/degree.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto docs = cc::fuzz::documents_from_bytes(data, size);
  const auto classified = cc::classify_documents(docs);
  (void)cc::extract_degree(cc::segments_of_type(classified.segments, "diploma"),
                           cc::segments_of_type(classified.segments, "transcript"));
  (void)cc::extract_degree(classified.segments, classified.segments);
  cc::fuzz::ByteReader in(data, size);
  const std::string text = cc::fuzz::text_after(in);
  (void)cc::degree_title_in(text);
  (void)cc::field_of_title(text);
  (void)cc::level_of_title(text);
  (void)cc::stated_program_years(text);
  std::vector<std::string> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  size_t first = 0;
  (void)cc::years_from_terms(lines, &first);
  return 0;
}
