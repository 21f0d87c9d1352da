// The page-text cache: what reading a document gave (its pages' words, or a permanent error),
// keyed by the SHA-256 of the file's bytes and a reader-settings string, one JSON file per
// document under a cache folder. `credcheck run --cache` and the watch daemon share it, so an
// unchanged document is never read twice: rerunning a batch skips reading, and a candidate whose
// later document arrives is re-evaluated with only the new document read.
//
// Only results that reading again would reproduce are stored: pages read, and permanent errors
// (corrupt, encrypted, not a document, ...). Transient ones (timeouts, a worker killed, resource
// limits, I/O errors) are never cached. Entries are written atomically; an entry that does not
// decode (truncated, another version) is a miss, never an error.
#pragma once

#include <optional>
#include <string>

#include "core/expected.h"
#include "core/limits.h"
#include "core/page_text.h"

namespace cc {

// Bump when the reader's behaviour changes (OCR parameters, text-layer rules): every cached entry
// then misses and documents are read again.
constexpr int kReaderSettingsVersion = 29;  // 29: bands of ink the whole-page reading gave no words for (large bold titles) read again on their own (unread_bands, k3); 28: upright pieces of broken rules must stand clear of the ink beside them (the I of codes lined up down a column kept, j3); 27: full stops of abbreviations in capitals dropped with the specks put back (lost_stops, i3); 26: the middle-band upright test also weighs the landscape score (clearly_upright); 25: pages no language claims whose English reading shows Latin letters that model lacks read again with the Latin-script model (latin_letters, h3); "e" no Portuguese marker; 24: a page that reads as another script is read in it before its Latin function words are counted, numbers of the first reading kept where the second model read letters (second_reading, f3); 23: pages whose English reading looks Cyrillic read again with eng+Cyrillic (page_script); 22: pictures placed on text-layer pages that may hold text read by OCR, their words merged into the page's (pictured_text); 21: ink lying wholly within 2 px of a rule taken off with it (the fringe of a thick or blurred rule); 20: header words broken at a hyphen over two lines joined, straddled header lines of up to five words; 19: short thin bars (sides of header cells) and grey rules broken into dashes taken off before OCR, cells printed on two lines in a row of labels read again on their own; 18: table reader rules of round 9 (flush-left cuts, captions by shape, credits by printed totals, sector codes); 17: dashes between words dropped with the specks put back (lost_dashes), boxes grown to their final mark (mark_boxes); 16: French pages read again with the French model; 15: rings drawn round the labels of a check-box list cleared from the image OCR reads; 14: check boxes (their marks, rings) cleared from the image OCR reads; 13: decimal points dropped with the specks put back (lost_points); 12: check boxes found among straight strokes, circled boxes; 11: minus signs of letter grades put back (lost_signs); 10: Spanish/Portuguese pages read again with their own model, zeros read as O by glyph width; 7: check boxes found on page images (box_marks); 8: rules of ruled tables taken off before OCR; 9: text layers in other alphabets used

// The settings a read result depends on, as a string that is part of the cache key.
std::string reader_settings_key(const Limits& limits, bool force_ocr);

// True for errors that reading the same bytes again could avoid (timeouts, worker lost, resource
// limits, I/O): retried by the daemon, never cached.
bool is_transient_error(ErrorCode code);

class PageCache {
 public:
  PageCache(std::string dir, std::string settings_key);

  // The stored result for a file with this content, or nullopt. `path` and `file` of the result are
  // left empty for the caller to fill. An `encrypted` entry is a miss when passwords are offered.
  std::optional<DocumentText> lookup(const std::string& sha256, bool passwords_offered) const;
  // Stores `doc` if it is cacheable (has a sha256 and no transient error); a no-op otherwise.
  Status store(const DocumentText& doc) const;
  static bool cacheable(const DocumentText& doc);

  const std::string& dir() const { return dir_; }
  std::string entry_path(const std::string& sha256) const;

 private:
  std::string dir_;
  std::string settings_key_;
  std::string settings_digest_;  // short hash of settings_key_, part of the file name
};

}  // namespace cc
