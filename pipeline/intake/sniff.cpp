#include "pipeline/intake/sniff.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <vector>

namespace cc {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

Error unsupported(const std::string& what) {
  return make_error(ErrorCode::unsupported_format, what + " files are not read: send a PDF, PNG, JPEG or TIFF");
}

bool looks_like_text(std::string_view head) {
  size_t printable = 0;
  for (unsigned char c : head) printable += (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t' || c >= 0x80;
  return !head.empty() && printable * 100 >= head.size() * 95;
}

}  // namespace

Expected<FileKind> sniff_bytes(std::string_view head, long long file_bytes) {
  if (file_bytes == 0) return make_error(ErrorCode::empty_file, "the file is empty (0 bytes)");
  // The PDF header may follow some junk; readers accept it within the first KiB.
  if (head.substr(0, std::min<size_t>(head.size(), 1024)).find("%PDF-") != std::string_view::npos)
    return FileKind::pdf;
  if (starts_with(head, "\x89PNG\r\n\x1a\n")) return FileKind::png;
  if (starts_with(head, "\xff\xd8\xff")) return FileKind::jpeg;
  if (starts_with(head, std::string_view("II*\0", 4)) || starts_with(head, std::string_view("MM\0*", 4)))
    return FileKind::tiff;
  if (starts_with(head, std::string_view("II+\0", 4)) || starts_with(head, std::string_view("MM\0+", 4)))
    return unsupported("BigTIFF");
  if (starts_with(head, "PK\x03\x04")) return unsupported("ZIP or Office (docx/xlsx)");
  if (starts_with(head, "\xd0\xcf\x11\xe0")) return unsupported("legacy Microsoft Office (doc/xls)");
  if (starts_with(head, "GIF8")) return unsupported("GIF");
  if (starts_with(head, "BM")) return unsupported("BMP");
  if (starts_with(head, "RIFF") && head.size() >= 12 && head.substr(8, 4) == "WEBP") return unsupported("WebP");
  if (head.size() >= 12 && head.substr(4, 4) == "ftyp") return unsupported("HEIC/HEIF or MP4");
  if (starts_with(head, "{\\rtf")) return unsupported("RTF");
  if (looks_like_text(head))
    return make_error(ErrorCode::not_a_document, "the file holds plain text, not a PDF or an image");
  return make_error(ErrorCode::not_a_document, "the file is neither a PDF nor a PNG, JPEG or TIFF image");
}

Expected<FileKind> sniff_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCode::unreadable, "cannot open the file for reading");
  std::string head(1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  in.clear();
  in.seekg(0, std::ios::end);
  long long size = in.tellg();
  if (size < 0) return make_error(ErrorCode::unreadable, "cannot read the file's size");
  return sniff_bytes(head, size);
}

PdfTraits pdf_traits(const std::string& path) {
  PdfTraits t;
  std::ifstream in(path, std::ios::binary);
  if (!in) return t;
  in.seekg(0, std::ios::end);
  const long long size = in.tellg();
  const long long tail = std::min<long long>(size, 1024);
  std::string buf(static_cast<size_t>(tail), '\0');
  in.seekg(size - tail);
  in.read(buf.data(), tail);
  t.has_eof_marker = buf.find("%%EOF") != std::string::npos;
  // /NeedsRendering sits in the catalog, which small XFA shells keep uncompressed near the start.
  in.clear();
  in.seekg(0);
  std::string head(static_cast<size_t>(std::min<long long>(size, 1 << 20)), '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  size_t at = head.find("/NeedsRendering");
  if (at != std::string::npos) {
    auto after = head.substr(at + 15, 8);
    t.needs_xfa_rendering = after.find("true") != std::string::npos;
  }
  return t;
}

}  // namespace cc
