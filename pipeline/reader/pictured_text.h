// Text printed as a picture inside a text-layer page: which pictures to read, whether a reading is
// text, and how its words join the page's own.
//
// Born-digital transcripts often carry part of a page as a picture: a table scanned and pasted
// into a word-processor page, a photographed grade sheet inside a typed cover. The text layer has
// nothing of it, so the table reader saw no rows (round 11's Beninese relevé: 0 of 72 rows from the
// text layer, 33 of 36 from the scan of the same design). The reader OCRs those pictures only
// (pdf_source.cpp) and merges their words, boxes in page points, into the page's words. A text
// layer's words have confidence exactly 1 and OCR never gives 1 to these: on a text-layer page a
// word below 1 was read by OCR from a picture (`read_from_picture`), and evidence says so.
//
// Not read, all general properties of pictures, none of a layout:
//  - a picture shorter than two lines of the page's own text with their spacing, or narrower than ten of its line
//    heights (a line of a dozen characters): a seal, a crest, a face, a line of another script
//    drawn as a picture;
//  - a picture the text layer already covers (a scan with its own OCR layer, a background under
//    the text);
//  - a reading with fewer than two lines, or whose words are read at low confidence: a signature,
//    a photograph, a script no installed model reads (its letters come out as invented words).
#pragma once

#include <string>
#include <vector>

#include "core/page_text.h"
#include "pipeline/reader/image_placements.h"

namespace cc {

// A page reads at most this many pictures (largest first): a bound on the OCR time a page costs.
constexpr size_t kMaxPicturesPerPage = 6;

// The regions worth OCR, in points: images clipped to the page, overlapping ones joined (a picture
// cut into tiles), then filtered as above against the text layer's words.
std::vector<Box> pictures_to_read(const std::vector<PlacedImage>& images, const std::vector<Word>& text_words,
                                  double page_width, double page_height);

struct PictureVerdict {
  bool text = false;
  std::string reason;  // why not, for the page notes
};

// Whether a picture's OCR reading (its words after Tesseract's own noise-line filter) is text.
PictureVerdict judge_picture_reading(const std::vector<Word>& words);

// A picture's word never has a text layer's full confidence, whatever Tesseract says.
constexpr float kMaxPictureWordConfidence = 0.99f;

// The picture's words that do not repeat a text-layer word (text printed over the picture), their
// confidence at most kMaxPictureWordConfidence.
std::vector<Word> picture_words_to_add(std::vector<Word> picture_words, const std::vector<Word>& text_words);

}  // namespace cc
