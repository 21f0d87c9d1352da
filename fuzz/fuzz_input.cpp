#include "fuzz/fuzz_input.h"

#include <algorithm>

namespace cc::fuzz {
namespace {

constexpr size_t kMaxDocuments = 8, kMaxPages = 12;

struct Geometry {
  bool ocr = false;
  int turn = 0;         // 0..3 quarter turns
  double height = 10;   // font height, points
  double slope = 0;     // skew: y change per point of x
  float confidence = 1.0f;
};

// Rotates a box on an upright page of size w x h into the displayed page (quarter turns clockwise).
Box turn_box(const Box& b, int turn, double w, double h) {
  switch (turn) {
    case 1: return {h - b.y1, b.x0, h - b.y0, b.x1};
    case 2: return {w - b.x1, h - b.y1, w - b.x0, h - b.y0};
    case 3: return {b.y0, w - b.x1, b.y1, w - b.x0};
    default: return b;
  }
}

PageText make_page(std::string_view text, int number, const Geometry& g) {
  PageText page;
  page.number = number;
  const double w = 612, h = 792;
  const bool sideways = g.turn % 2 == 1;
  page.width_pt = sideways ? h : w;
  page.height_pt = sideways ? w : h;
  page.source = g.ocr ? TextSource::ocr : TextSource::text_layer;
  if (g.ocr) page.ocr_confidence = g.confidence;
  double y = 30;
  int line = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view row = text.substr(start, end - start);
    double x = 40, jitter = 0;
    size_t pos = 0;
    while (pos < row.size()) {
      size_t spaces = 0;
      // Spaces and control bytes (tab included) separate words; each word takes at least one byte,
      // so the loop always moves on (a tab once stopped both loops: an endless empty word).
      while (pos < row.size() && (row[pos] == ' ' || static_cast<unsigned char>(row[pos]) < 0x20)) {
        if (row[pos] == ' ') ++spaces;
        else jitter = (static_cast<unsigned char>(row[pos]) % 7) - 3.0;
        ++pos;
      }
      if (pos >= row.size()) break;
      if (spaces >= 3) x += g.height * 6;
      size_t word_end = pos;
      while (word_end < row.size() && row[word_end] != ' ' && static_cast<unsigned char>(row[word_end]) >= 0x20) ++word_end;
      Word word;
      word.text = std::string(row.substr(pos, word_end - pos));
      const double width = g.height * 0.5 * static_cast<double>(word.text.size());
      const double top = y + x * g.slope + jitter;
      word.box = turn_box(Box{x, top, x + width, top + g.height}, g.turn, w, h);
      word.confidence = g.confidence;
      word.line = line;
      page.words.push_back(std::move(word));
      x += width + g.height * 0.3;
      jitter = 0;
      pos = word_end;
    }
    y += g.height * 1.4;
    ++line;
    if (end == text.size()) break;
    start = end + 1;
  }
  return page;
}

std::vector<std::string_view> split(std::string_view text, char sep, size_t max_parts) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (parts.size() + 1 < max_parts) {
    const size_t end = text.find(sep, start);
    if (end == std::string_view::npos) break;
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  parts.push_back(text.substr(start));  // the rest, separators and all, in the last part
  return parts;
}

}  // namespace

std::vector<DocumentText> documents_from_bytes(const uint8_t* data, size_t size) {
  ByteReader in(data, size);
  Geometry g;
  const uint8_t flags = in.byte();
  g.ocr = flags & 1;
  g.turn = (flags >> 1) & 3;
  g.height = 6 + in.byte() % 16;
  g.slope = (static_cast<int>(in.byte()) - 128) / 2000.0;
  const uint8_t confidence = in.byte();  // always consumed: the header is 4 bytes
  g.confidence = g.ocr ? static_cast<float>(confidence) / 255.0f : 1.0f;
  std::vector<DocumentText> docs;
  int file_number = 0;
  for (std::string_view doc_text : split(in.rest(), '\x1c', kMaxDocuments)) {
    DocumentText doc;
    doc.file = "doc" + std::to_string(++file_number) + ".pdf";
    doc.path = "/nonexistent/" + doc.file;
    doc.kind = FileKind::pdf;
    int number = 0;
    for (std::string_view page_text : split(doc_text, '\f', kMaxPages))
      doc.pages.push_back(make_page(page_text, ++number, g));
    doc.page_count = number;
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace cc::fuzz
