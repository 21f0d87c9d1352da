// Tells what a file is from its first bytes, never from its name. A file that is not a PDF or an
// image we read gets a specific error (an empty file, a Word document, plain text) instead of a
// parser's confusion later.
#pragma once

#include <string>

#include "core/expected.h"
#include "core/page_text.h"

namespace cc {

// The kind of `head` (the first bytes of a file, up to 1 KiB is enough); `file_bytes` is the
// whole file's size. Unreadable content gets an Error with a code and a sentence.
Expected<FileKind> sniff_bytes(std::string_view head, long long file_bytes);

// Reads the head of `path` and sniffs it.
Expected<FileKind> sniff_file(const std::string& path);

// Heuristic checks on a PDF's raw bytes that Poppler's C++ API cannot answer:
// whether its last KiB holds %%EOF (a missing one suggests truncation), and whether the catalog
// asks for XFA rendering (/NeedsRendering true: the pages are an empty shell).
struct PdfTraits {
  bool has_eof_marker = false;
  bool needs_xfa_rendering = false;
};
PdfTraits pdf_traits(const std::string& path);

}  // namespace cc
