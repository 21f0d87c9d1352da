#include "pipeline/reader/ocr_page.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <string>

#include "pipeline/reader/box_marks.h"
#include "pipeline/reader/lost_dashes.h"
#include "pipeline/reader/lost_points.h"
#include "pipeline/reader/lost_stops.h"
#include "pipeline/reader/mark_boxes.h"
#include "pipeline/reader/lost_signs.h"
#include "pipeline/reader/page_script.h"
#include "pipeline/reader/second_reading.h"
#include "pipeline/reader/page_prep.h"
#include "pipeline/reader/stacked_cells.h"
#include "pipeline/reader/unread_bands.h"
#include "pipeline/reader/step_times.h"
#include "pipeline/reader/text_layer.h"

namespace cc {

namespace {

// Turns below this confidence are checked by reading the page both ways (OCRmyPDF trusts OSD
// turns from 14 up; wrong turns on real pages were seen at 3). The ascender test's scores of
// turned pages are 14-24 on generated scans: it turns pages from 12 up, and 12-14 are read twice.
constexpr float kTrustedOrientation = 14.0f;

// Lines Tesseract reads below this mean word confidence are graphics read as text (seals,
// guilloche borders, signatures); measured on generated scans, dropping them lowers the
// character error rate from 2.0% to 1.5% (0.4: 1.5%, 0.7: 1.8%).
constexpr double kMinLineConfidence = 0.5;

// Ink parts this small (2 x 2 px or less) are scanner dust when a word's ink is looked at again.
constexpr int kDustSide = 2;

// A word Tesseract read on a drawn check box ("[V7]", "fm]", "i]" for a box with a mark in it) is
// the box's garbage, not the line's text: it does not count in the line's confidence, so the line
// "[box] Histopathology" is not dropped as noise for it.
// A word that touches a circled box takes in the ring ("©Histopathology"): it does not count
// either, but stays (a line of such words only is kept).
bool on_check_box(const OcrWord& w, const std::vector<PixelBox>& boxes) {
  for (const PixelBox& b : boxes) {
    const int ring = b.circled ? b.w * 3 / 5 : 0;
    const int x0 = std::max(w.left, b.x - ring), x1 = std::min(w.right, b.x + b.w + ring);
    const int y0 = std::max(w.top, b.y - ring), y1 = std::min(w.bottom, b.y + b.h + ring);
    if (x1 <= x0 || y1 <= y0) continue;
    if (b.circled || 2 * (x1 - x0) * (y1 - y0) >= (w.right - w.left) * (w.bottom - w.top)) return true;
  }
  return false;
}

int drop_unreadable_lines(std::vector<OcrWord>& words, const std::vector<PixelBox>& boxes) {
  std::map<int, std::pair<double, int>> lines;  // line -> (confidence sum, words)
  for (const auto& w : words) {
    if (on_check_box(w, boxes)) continue;
    auto& l = lines[w.line];
    l.first += w.confidence;
    ++l.second;
  }
  int dropped = 0;
  for (const auto& [line, sum] : lines) dropped += sum.first / sum.second < kMinLineConfidence;
  std::erase_if(words, [&](const OcrWord& w) {
    const auto found = lines.find(w.line);  // (a line of box garbage only has no entry: kept)
    return found != lines.end() && found->second.first / found->second.second < kMinLineConfidence;
  });
  return dropped;
}

double mean_confidence(const std::vector<OcrWord>& words) {
  if (words.empty()) return 0;
  double sum = 0;
  for (const auto& w : words) sum += w.confidence;
  return sum / static_cast<double>(words.size());
}

// Only a short reading is worth a second one. Of the 59 generated scans of bench/, 17 were read
// twice: 4 diplomas of 65-74 words, where layout analysis read better (reading score 117-131 ->
// 120-137), and 13 pages of 150+ words (transcripts, letters) where the two readings tied within 1%
// or the single block won, and the second reading cost a third of all OCR time. With this limit:
// 32% less OCR time on the set, character errors 735 -> 727.
constexpr size_t kRereadWithLayoutBelowWords = 150;

// A single-block reading whose mean word confidence is below this is read again with automatic
// layout (display pages such as diplomas: 0.88-0.90 as a single block against 0.91-0.95 with
// layout analysis, on generated scans).
constexpr double kRereadWithLayoutBelow = 0.93;

// How much text a reading got right, roughly: characters weighted by how far their word's
// confidence is above a coin flip, so garbage read from ornaments counts against a reading.
// Mean confidence alone would favour a layout that silently skips hard columns.
double reading_score(const std::vector<OcrWord>& words) {
  double score = 0;
  for (const auto& w : words) score += static_cast<double>(w.text.size()) * (w.confidence - 0.6);
  return score;
}

// The words of a prepared page: as one block of lines across the page, or with Tesseract's layout
// analysis when that reads the page better.
Expected<std::vector<OcrWord>> read_words(OcrEngine& engine, const PreparedPage& prep, std::vector<std::string>& notes,
                                          OcrLayout& chosen) {
  chosen = OcrLayout::single_block;
  auto block = engine.recognize(prep.image.get(), prep.dpi, OcrLayout::single_block);
  if (!block) return block;
  if (mean_confidence(*block) >= kRereadWithLayoutBelow || block->size() >= kRereadWithLayoutBelowWords) return block;
  auto laid_out = engine.recognize(prep.image.get(), prep.dpi, OcrLayout::automatic);
  if (!laid_out) return laid_out;
  if (reading_score(*laid_out) <= reading_score(*block)) return block;
  notes.push_back("read with layout analysis (mixed text sizes or columns)");
  chosen = OcrLayout::automatic;
  return laid_out;
}

// A reading in the page's own language may be a little less sure of itself than the English
// model's bare capitals (PE certificate: 0.82 -> 0.80) and still be the right one.
constexpr double kLanguageConfidenceSlack = 0.05;
constexpr double kScriptConfidenceGain = 0.10;

// A second reading costs as much as the first; a page whose first reading already cost this much
// CPU (a very dense page) is not read again, so it stays well inside the 60 s page timeout. CPU
// time of this thread (Tesseract runs in it, OMP_THREAD_LIMIT=1), not wall time: the same page
// must read the same on a loaded machine and a quiet one (a wall-clock guard skipped 7 of 8
// re-readings at load 21). A page reads in 1-5 s of CPU.
constexpr double kRereadOnlyWithinCpuSeconds = 15.0;

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// The page read again with the model of the script or language its words are in
// (second_reading.h), when that model is installed and its reading is not clearly worse. Returns
// the model kept ("" for the main model's reading).
std::string reread_in_page_language(OcrEngine& engine, const PreparedPage& prep, OcrLayout layout,
                             double started_cpu, std::vector<OcrWord>& words,
                             std::vector<std::string>& notes) {
  std::vector<std::string> texts;
  texts.reserve(words.size());
  for (const auto& w : words) texts.push_back(w.text);
  for (const SecondModel& second : second_models(texts)) {
    const std::string& language = second.model;
    if (!engine.has_language(language)) continue;
    if (thread_cpu_seconds() - started_cpu > kRereadOnlyWithinCpuSeconds) {
      notes.push_back("not read again with the '" + language + "' model: the first reading took too long");
      return "";
    }
    auto again = engine.recognize_in(language, prep.image.get(), prep.dpi, layout);
    if (!again || again->empty()) continue;
    if (mean_confidence(*again) + kLanguageConfidenceSlack < mean_confidence(words)) continue;
    // A page in another script than Latin and Cyrillic (Armenian, round 9) also reads with capitals
    // after small letters; the Cyrillic model reads it no better (0.04-0.05 more sure, where Cyrillic
    // pages gain 0.15-0.33: rounds 9 and 10), so that reading must be clearly surer to be kept.
    if (second.by_script && mean_confidence(*again) < mean_confidence(words) + kScriptConfidenceGain) continue;
    notes.push_back("read again with the '" + language + "' model" +
                    (second.by_script    ? " (its words read as another script's letters taken for Latin ones)"
                     : second.by_letters ? " (its words show Latin letters the English model lacks)"
                                         : " (the page's function words are in that language)"));
    if (const int figures = keep_first_reading_figures(words, *again); figures > 0)
      notes.push_back("figures of the first reading kept in " + std::to_string(figures) + " word(s) the '" + language +
                      "' model read as letters");
    words = std::move(*again);
    if (second.by_script)
      for (auto& w : words) w.text = roman_numeral_read_as_cyrillic(cyrillic_twins_in_cyrillic_word(w.text));
    return language;
  }
  return "";
}

// Minus signs of letter grades that Tesseract's noise removal dropped, read off the page again
// (lost_signs.h). Returns how many were put back.
int put_back_lost_minus(Pix* image, std::vector<OcrWord>& words) {
  std::vector<SignCandidate> candidates;
  std::vector<size_t> at;
  for (size_t i = 0; i < words.size(); ++i) {
    const OcrWord& w = words[i];
    if (!may_have_lost_minus(w.text)) continue;
    const bool next_on_line = i + 1 < words.size() && words[i + 1].line == w.line && words[i + 1].left > w.right;
    candidates.push_back({w.text, w.left, w.top, w.right, w.bottom, next_on_line ? words[i + 1].left : pixGetWidth(image)});
    at.push_back(i);
  }
  if (candidates.empty()) return 0;
  const auto restored = restore_lost_minus(image, candidates);
  int count = 0;
  for (size_t k = 0; k < at.size(); ++k) {
    if (restored[k] == words[at[k]].text) continue;
    words[at[k]].text = restored[k];
    ++count;
  }
  return count;
}

// The check boxes of a prepared page, measured on it; the page Tesseract reads is left without
// them (box_marks.h, without_check_boxes), so a ring or a tick touching a label is not read into it.
std::vector<PixelBox> take_off_check_boxes(PreparedPage& prep) {
  std::vector<PixelBox> boxes = find_box_marks(prep.image.get(), prep.dpi);
  if (boxes.empty()) return boxes;
  if (PixPtr cleared = without_check_boxes(prep.image.get(), boxes)) prep.image = std::move(cleared);
  return boxes;
}

}  // namespace

Status ocr_page(Pix* gray, int dpi, OcrEngine& engine, PageText& page) {
  const double started_cpu = thread_cpu_seconds();
  auto prep = prepare_page(gray, dpi, &engine);
  if (!prep) return prep.error();
  std::vector<PixelBox> check_boxes = take_off_check_boxes(*prep);
  std::vector<std::string> reading_notes;
  OcrLayout layout = OcrLayout::single_block;
  auto words = read_words(engine, *prep, reading_notes, layout);
  if (!words) return words.error();
  if (prep->clockwise_quads != 0 && prep->orientation_confidence < kTrustedOrientation) {
    auto upright = prepare_page(gray, dpi, nullptr);
    if (!upright) return upright.error();
    std::vector<PixelBox> upright_boxes = take_off_check_boxes(*upright);
    std::vector<std::string> upright_notes;
    OcrLayout upright_layout = OcrLayout::single_block;
    auto upright_words = read_words(engine, *upright, upright_notes, upright_layout);
    if (!upright_words) return upright_words.error();
    if (mean_confidence(*upright_words) >= mean_confidence(*words)) {
      reading_notes = std::move(upright_notes);
      reading_notes.push_back("orientation guess rejected: the page reads better upright");
      prep = std::move(upright);
      check_boxes = std::move(upright_boxes);
      words = std::move(upright_words);
      layout = upright_layout;
    }
  }
  const std::string language = reread_in_page_language(engine, *prep, layout, started_cpu, *words, reading_notes);
  const ReadPart read_part = [&](Pix* part) {
    return language.empty() ? engine.recognize(part, prep->dpi, OcrLayout::single_block)
                            : engine.recognize_in(language, part, prep->dpi, OcrLayout::single_block);
  };
  if (layout == OcrLayout::single_block) {
    StepTimer timer("stacked cells read again");
    if (const int cells = reread_stacked_cells(prep->image.get(), read_part, *words); cells > 0)
      reading_notes.push_back("read again on its own: " + std::to_string(cells) + " cell(s) printed on two lines inside a one-line row");
  }
  {
    StepTimer timer("bands of ink without words read again");
    if (const int bands = read_unread_bands(prep->image.get(), read_part, *words); bands > 0)
      reading_notes.push_back("read again on its own: " + std::to_string(bands) + " band(s) of ink the page's reading gave no words for (large titles)");
  }
  if (const int signs = put_back_lost_minus(prep->image.get(), *words); signs > 0)
    reading_notes.push_back("minus sign put back after " + std::to_string(signs) + " grade letter(s) (dropped with the specks)");
  {
    StepTimer timer("ink repairs: decimal points, stops, marks, dashes");
    const InkParts ink(prep->image.get(), kDustSide);
    if (const int points = put_back_lost_points(ink, *words); points > 0)
      reading_notes.push_back("decimal point put back in " + std::to_string(points) + " number(s) (dropped with the specks)");
    if (const int stops = put_back_lost_stops(ink, *words); stops > 0)
      reading_notes.push_back("full stop put back in " + std::to_string(stops) + " abbreviation(s) in capitals (dropped with the specks)");
    if (const int marks = grow_boxes_to_marks(ink, *words); marks > 0)
      reading_notes.push_back("box grown to its final mark's ink in " + std::to_string(marks) + " word(s) (dots dropped with the specks)");
    if (const int dashes = put_back_lost_dashes(ink, *words); dashes > 0)
      reading_notes.push_back("dash put back between words " + std::to_string(dashes) + " time(s) (dropped with the specks)");
  }

  page.notes.insert(page.notes.end(), reading_notes.begin(), reading_notes.end());
  const double to_points = 72.0 / dpi;
  page.words.clear();
  double confidence_sum = 0;
  const int dropped = drop_unreadable_lines(*words, check_boxes);
  if (dropped > 0) page.notes.push_back("dropped " + std::to_string(dropped) + " line(s) read below " +
                                        std::to_string(static_cast<int>(kMinLineConfidence * 100)) + "% confidence (seals, ornaments, noise)");
  for (auto& w : *words) {
    Box px = to_source_pixels(*prep, w.left, w.top, w.right, w.bottom);
    Word word;
    word.text = std::move(w.text);
    word.box = {px.x0 * to_points, px.y0 * to_points, px.x1 * to_points, px.y1 * to_points};
    word.confidence = w.confidence;
    word.line = w.line;
    confidence_sum += w.confidence;
    page.words.push_back(std::move(word));
  }
  page.box_marks.clear();
  for (const PixelBox& b : check_boxes) {
    const Box px = to_source_pixels(*prep, b.x, b.y, b.x + b.w, b.y + b.h);
    page.box_marks.push_back({{px.x0 * to_points, px.y0 * to_points, px.x1 * to_points, px.y1 * to_points}, b.ink, b.circled});
  }
  page.source = TextSource::ocr;
  page.ocr_dpi = prep->dpi;
  page.rotation_applied = prep->clockwise_quads * 90;
  page.skew_degrees = prep->skew_degrees;
  if (prep->ruling_pixels > 0) page.notes.push_back("ruling lines taken off before reading (" + std::to_string(prep->ruling_pixels) + " px)");
  if (prep->despeckled) page.notes.push_back("despeckled (" + std::to_string(prep->specks) + " specks)");
  if (prep->scale != 1.0) page.notes.push_back("scaled to the text size Tesseract reads best (x" + std::to_string(prep->scale).substr(0, 4) + ")");
  if (prep->clockwise_quads != 0) {
    char note[96];
    snprintf(note, sizeof note, "turned %d degrees clockwise (%s, confidence %.1f)", prep->clockwise_quads * 90,
             prep->orientation_by, static_cast<double>(prep->orientation_confidence));
    page.notes.push_back(note);
  }
  if (!page.words.empty()) page.ocr_confidence = confidence_sum / static_cast<double>(page.words.size());
  return ok_status();
}

}  // namespace cc
