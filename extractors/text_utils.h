// Text helpers shared by the extractors. A TextRun is text rebuilt from OCR/text-layer words that
// remembers which word every character came from, so a regex match on a line (or on a whole
// letter, lines joined) can be turned back into evidence: file, page, box, words, confidence.
// Lines come from Word::line; a line is split into cells where the gap between two words is much
// wider than a space (table columns, "Label: value" pairs printed side by side on one baseline).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/document_view.h"
#include "core/facts.h"
#include "core/regex.h"
#include "core/text.h"  // fold_latin, lower_utf8, upper_utf8, join, trim

namespace cc {

// A word's box in the frame the text reads in. Boxes are given on the page as displayed, where a
// scanned page may read sideways or upside down and slope by its skew; the frame is measured from
// the words (which way lines run, how they slope). Every geometric test (same line, gaps, heights)
// uses this frame; evidence keeps the displayed box.
Box upright_box(const PageText& page, const Box& box);

struct TextRun {
  struct Piece {
    PageRef page;
    const Word* word = nullptr;
    Box upright;                     // the word's box in the page's reading frame
    std::size_t begin = 0, end = 0;  // character range of the word in `text`
  };
  std::string text;
  std::vector<Piece> pieces;

  // Appends a word, separated from the previous one by `separator` (nothing before the first).
  // Without an upright box the displayed one is used.
  void append(const PageRef& page, const Word* word, char separator = ' ');
  void append(const PageRef& page, const Word* word, const Box& upright, char separator = ' ');
  void append(const TextRun& other, char separator = ' ');
  bool empty() const { return pieces.empty(); }
  // The text of piece `i` as it stands in `text` (OCR letter repairs applied).
  std::string word_text(std::size_t i) const { return text.substr(pieces[i].begin, pieces[i].end - pieces[i].begin); }

  // Words overlapping the character range [begin, end).
  std::vector<const Piece*> pieces_in(std::size_t begin, std::size_t end) const;
  // Evidence for the character range, one item per page it touches (usually one).
  std::vector<Evidence> evidence(std::size_t begin, std::size_t end) const;
  std::vector<Evidence> evidence() const { return evidence(0, text.size()); }
  // Mean word confidence over the range (1 when the range holds no word).
  double confidence(std::size_t begin, std::size_t end) const;
  double confidence() const { return confidence(0, text.size()); }
  // The part of the run for [begin, end), words kept whole.
  TextRun slice(std::size_t begin, std::size_t end) const;
  double top() const;     // smallest y0 of its words (upright frame)
  double height() const;  // median word height (points, upright frame)
};

// Letters OCR commonly confuses, fixed inside one word without changing its length: "!" for i/l/I
// ("Medica!", "Ekit!", roman "I!"), "|" for l between letters, a word-initial "l" before a
// consonant ("lmmunology", "lfeanyi") for "I". TextRun applies it to OCR words (evidence keeps the
// word as read).
std::string repair_ocr_letters(std::string_view word);

// The lines of a page in reading order, one run each.
std::vector<TextRun> page_line_runs(const PageRef& page);
// A line split at gaps wider than `gap_factor` times its median word height.
std::vector<TextRun> line_cells(const TextRun& line, double gap_factor = 1.4);
// Every line of every page of a segment, in order.
std::vector<TextRun> segment_lines(const SegmentView& segment);
// The whole segment as one run, lines joined by spaces (for prose that wraps across lines).
TextRun segment_text(const SegmentView& segment);

// An ECMAScript regex (case-insensitive unless told), compiled once per pattern and kept for the
// life of the program.
const Regex& icase_regex(const std::string& pattern, bool ignore_case = true);

// The country (ISO 3166 alpha-2) that place names in `text` point to: the gazetteer's country
// names, regulators, regions, cities and calling codes (gazetteer.h), US postal abbreviations,
// Philippine barangays. Empty when nothing points anywhere clearly (a tie, or a lone weak cue).
std::string country_from_text(std::string_view text);

// An ablation for measuring generality (issue 16), read here only: with CC_ABLATE_LETTER_WORDS=1 in
// the environment, the employment-letter readers leave out their phrase lists (the cue words of a
// period in each language, the employer named in prose, the state and title words of a letterhead)
// and keep what structure alone gives (dates side by side, the dates beside the letter's own, the
// most prominent line at the top). Off in normal runs.
bool letter_words_ablated();

// --- strings ---------------------------------------------------------------------------------

std::string lower_ascii(std::string_view s);
// Words separated by white space; and joined back with single spaces (from word `from` on).
std::vector<std::string> split_words(std::string_view s);
inline std::string join_words(const std::vector<std::string>& words, std::size_t from = 0) { return join(words, " ", from); }
// In a title-case name or title, a capital letter that OCR read apart from the rest of its word
// (wide kerning after a capital on a scan: "Medical C enter", "Human A natomy") joined back.
// Only a lone capital followed by a word that starts in lower case: title case never prints that.
std::vector<std::string> join_split_capitals(std::vector<std::string> words);
std::string join_split_capitals(std::string_view s);
// Runs of white space to one space, trimmed.
std::string collapse_spaces(std::string_view s);
// Trailing punctuation (.,;:) and spaces removed.
std::string trim_punct(std::string_view s);
// Also specks OCR reads at the ends of a line ("_ Colegio de San Aurelio", "Hospital |").
std::string trim_noise(std::string_view s);
// Case of letters: lower_utf8 and upper_utf8 are core/text.h's (all of Latin).
// True when the text has letters and none of them is lower case.
bool is_all_caps(std::string_view s);
// "NORTHERN LUZON COLLEGE OF HEALTH SCIENCES" -> "Northern Luzon College of Health Sciences";
// small words (of, in, and, the, de, del, ...) stay lower case except at the start.
std::string title_case(std::string_view s);
// Title case when the text is printed all in capitals, else unchanged.
std::string natural_case(std::string_view s);
// Edit distance between two words as OCR misreads them: lower-case ASCII compared, a swap between
// look-alike thin letters (i l 1 j t f ! |) or round ones (o 0) costs 0.5, anything else 1.
double ocr_distance(std::string_view a, std::string_view b);
bool contains(std::string_view haystack, std::string_view needle);
bool starts_with_ci(std::string_view s, std::string_view prefix);

}  // namespace cc
