#include "core/page_text.h"

#include <map>

namespace cc {

std::string_view text_source_name(TextSource s) {
  switch (s) {
    case TextSource::text_layer: return "text_layer";
    case TextSource::ocr: return "ocr";
    case TextSource::none: return "none";
  }
  return "none";
}

std::optional<TextSource> text_source_from_name(std::string_view name) {
  if (name == "text_layer") return TextSource::text_layer;
  if (name == "ocr") return TextSource::ocr;
  if (name == "none") return TextSource::none;
  return std::nullopt;
}

std::string_view file_kind_name(FileKind k) {
  switch (k) {
    case FileKind::pdf: return "pdf";
    case FileKind::png: return "png";
    case FileKind::jpeg: return "jpeg";
    case FileKind::tiff: return "tiff";
    case FileKind::unknown: return "unknown";
  }
  return "unknown";
}

std::string DocumentText::text_source() const {
  bool text = false, ocr = false;
  for (const auto& p : pages) {
    text |= p.source == TextSource::text_layer;
    ocr |= p.source == TextSource::ocr;
  }
  if (text && ocr) return "mixed";
  if (ocr) return "ocr";
  if (text) return "text_layer";
  return "none";
}

std::optional<double> DocumentText::ocr_confidence() const {
  double sum = 0;
  size_t n = 0;
  for (const auto& p : pages) {
    if (p.source != TextSource::ocr) continue;
    for (const auto& w : p.words) {
      sum += w.confidence;
      ++n;
    }
  }
  if (n == 0) return std::nullopt;
  return sum / static_cast<double>(n);
}

std::vector<std::string> page_lines(const PageText& page) {
  std::map<int, std::string> lines;
  for (const auto& w : page.words) {
    auto& line = lines[w.line];
    if (!line.empty()) line += ' ';
    line += w.text;
  }
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (auto& [_, text] : lines) out.push_back(std::move(text));
  return out;
}

}  // namespace cc
