// The document error codes of the dossier contract ("error": {"code", "message"}) and of the
// batch summary, in one table. A code names *what kind* of failure it is so that an evaluator and
// a script can act on it; the message says where and why in words.
#pragma once

#include <optional>
#include <string_view>

namespace cc {

enum class ErrorCode {
  // The file itself.
  empty_file,          // zero bytes
  unreadable,          // cannot be opened or read (permissions, I/O error)
  file_too_large,      // larger than --max-file-mb
  unsupported_format,  // a known format we do not read (Word, ZIP, HEIC, GIF, ...)
  not_a_document,      // not a PDF or image at all (text, binary junk)
  encrypted,           // needs a password we do not have
  corrupt,             // the parser cannot make sense of it
  truncated,           // the file ends early
  file_name_not_utf8,  // its name (or a folder's on its path) is not UTF-8: it cannot be named to a worker or in a dossier
  parse_error_flood,   // the parser reported more errors than --max-parser-errors
  xfa_form,            // dynamic XFA form: the content is not in the PDF pages
  // Its pages.
  no_pages,            // zero pages
  too_many_pages,      // more pages than --max-pages
  page_size_invalid,   // zero, tiny or missing page box
  page_too_large,      // page or image beyond the size or megapixel limits (decompression bomb)
  // The worker that read it.
  page_timeout,        // one page exceeded --page-timeout
  document_timeout,    // the document exceeded --doc-timeout
  cpu_limit,           // CPU-time limit of a worker exceeded
  memory_limit,        // address-space limit of a worker exceeded
  worker_crashed,      // the worker died (signal) while reading
  worker_protocol,     // the worker wrote something that is not a valid result
  // Everything else.
  ocr_failed,          // Tesseract could not be initialised or failed on the page
  output_not_writable,
  internal,
};

// Stable snake_case name used in JSON ("encrypted", "page_timeout", ...).
std::string_view error_code_name(ErrorCode code);
std::optional<ErrorCode> error_code_from_name(std::string_view name);

}  // namespace cc
