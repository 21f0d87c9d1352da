// Turning a fuzzer's bytes into the inputs the code under test takes, shared by every fuzz target
// and by the regression replay driver (so a saved crash replays through exactly the same path).
//
// Synthetic documents (`documents_from_bytes`): a 4-byte header sets the geometry — whether the
// words come from OCR (confidence below 1), the turn of the page (0/90/180/270: the extractors
// measure the reading frame from the boxes), the font height and a skew slope — and the rest is
// text: '\x1c' starts a new document, '\f' a new page, '\n' a new line, three or more spaces a
// wide gap (a new table cell), any other byte below 0x20 jitters the next word's box. Seeds are
// therefore readable page dumps (fuzz/make_seeds.sh) behind a header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/page_text.h"

namespace cc::fuzz {

// Reads values off the front of the input; past the end everything reads as zero.
class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::string_view rest() const {
    return {reinterpret_cast<const char*>(data_ + pos_), size_ - pos_};
  }
  size_t remaining() const { return size_ - pos_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

std::vector<DocumentText> documents_from_bytes(const uint8_t* data, size_t size);

// The text of the input after its header byte(s), as a string (for text parsers).
inline std::string text_after(ByteReader& in) { return std::string(in.rest()); }

}  // namespace cc::fuzz
