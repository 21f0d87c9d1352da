// What the reading stage hands to the extractors: for each document, its pages, and for each page
// the words with their boxes. Boxes are in PDF points from the top-left corner of the page as it
// is displayed (after /Rotate), so evidence can be drawn on the page an evaluator sees.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/expected.h"

namespace cc {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, top-left origin; x0 <= x1, y0 <= y1
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double center_x() const { return (x0 + x1) / 2; }
  double center_y() const { return (y0 + y1) / 2; }
};

// The smallest box holding both.
inline Box bounding_box(const Box& a, const Box& b) {
  return Box{a.x0 < b.x0 ? a.x0 : b.x0, a.y0 < b.y0 ? a.y0 : b.y0, a.x1 > b.x1 ? a.x1 : b.x1, a.y1 > b.y1 ? a.y1 : b.y1};
}

struct Word {
  std::string text;   // UTF-8
  Box box;
  float confidence = 1.0f;  // 0..1; 1 for a text layer
  int line = 0;             // index of the text line on the page, in reading order
};

// A small square drawn on a scanned page (a check box), found by the reader on the page image
// since OCR reads no text for a drawn box: where it is and how much of its inside, its border left
// out, is inked (0: empty, about 0.1-0.6: an X or a check mark, near 1: filled), and whether a
// ring is drawn round it (a box circled instead of ticked).
struct BoxMark {
  Box box;
  double ink = 0;
  bool circled = false;
};

enum class TextSource { text_layer, ocr, none };  // none: blank page, nothing to read
std::string_view text_source_name(TextSource s);
std::optional<TextSource> text_source_from_name(std::string_view name);

struct PageText {
  int number = 0;                  // from 1
  double width_pt = 0, height_pt = 0;
  TextSource source = TextSource::none;
  std::vector<Word> words;
  std::optional<double> ocr_confidence;  // mean word confidence 0..1 when OCR ran
  int rotation_applied = 0;        // degrees clockwise the page image was turned before OCR
  double skew_degrees = 0;         // skew corrected before OCR
  int ocr_dpi = 0;                 // resolution the page was read at (0: text layer)
  double seconds = 0;              // time spent on this page in the worker
  std::vector<std::string> notes;  // why OCR was chosen, limits applied, parser warnings (bounded)
  std::vector<BoxMark> box_marks;  // check boxes on the page image (OCR pages, and text-layer pages that ask for ticks; bounded)
};

enum class FileKind { pdf, png, jpeg, tiff, unknown };
std::string_view file_kind_name(FileKind k);

// One input file and everything read from it. `error` set means the document failed as a whole;
// `pages` then holds what was read before the failure (possibly nothing).
struct DocumentText {
  std::string path;        // absolute or as given
  std::string file;        // file name within the candidate folder
  std::string sha256;
  FileKind kind = FileKind::unknown;
  long long bytes = 0;
  int page_count = 0;
  std::vector<PageText> pages;
  std::optional<Error> error;

  // text_layer | ocr | mixed, from the pages read; "none" when nothing was read.
  std::string text_source() const;
  // Mean OCR word confidence over OCR'd pages (0..1), or nullopt if nothing was OCR'd.
  std::optional<double> ocr_confidence() const;
};

// Lines of a page as plain text, words joined by spaces, in reading order.
std::vector<std::string> page_lines(const PageText& page);

}  // namespace cc
