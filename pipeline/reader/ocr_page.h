// Reads one page image with OCR: prepare (orientation, deskew, binarise), recognise, and map the
// word boxes back to PDF points on the page as displayed. Shared by PDF pages and image files.
#pragma once

#include "core/expected.h"
#include "core/page_text.h"
#include "pipeline/reader/ocr_engine.h"
#include "pipeline/reader/pix.h"

namespace cc {

// `gray` is the page as an 8-bit image at `dpi`; the page is gray's size in points at that dpi.
// Fills source, words, ocr_confidence, rotation_applied, skew_degrees and ocr_dpi of `page`.
Status ocr_page(Pix* gray, int dpi, OcrEngine& engine, PageText& page);

}  // namespace cc
