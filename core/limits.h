// Every limit the reader enforces, with its default. The README's "Limits" table lists the same
// values and the error a user sees when each trips; keep the two in step.
#pragma once

namespace cc {

struct Limits {
  long long max_file_bytes = 100LL * 1024 * 1024;  // --max-file-mb 100          -> file_too_large
  int max_pages = 300;                             // --max-pages 300            -> too_many_pages
  double max_page_inches = 100;                    // page side beyond this     -> page_too_large
  double max_megapixels = 40;                      // --max-megapixels 40: render size cap; an image
                                                   //   file above it            -> page_too_large
  int page_timeout_s = 60;                         // --page-timeout 60         -> page_timeout
  int doc_timeout_s = 600;                         // --doc-timeout 600         -> document_timeout
  int worker_memory_mb = 2048;                     // --worker-memory-mb 2048   -> memory_limit
  int max_parser_errors = 5000;                    // parser messages per doc   -> parse_error_flood
  int max_words_per_page = 20000;                  // result size bound (the wire format's too)
  int ocr_dpi = 300;                               // resolution scanned pages are read at
};

}  // namespace cc
