#include "extractors/experience_checkbox_pixels.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cc {

namespace {

// Ink inside a drawn box, border left out (BoxMark::ink): an X, a check mark or a dot inks
// 0.15-0.6 of it, a filled box most of it, an empty one nothing but scan noise (0-0.02 on
// generated scans, faint scans and phone photos); between the two bars: unclear.
constexpr double kTickedInk = 0.08, kEmptyInk = 0.04;

struct Label {
  const PageRef* page = nullptr;
  Box first, last;  // the first and last words of the area's name
};

std::size_t word_end(const std::string& text, std::size_t at) {
  while (at < text.size() && text[at] != ' ') ++at;
  return at;
}

std::optional<Label> label_of(const TextRun& line, const LabAreaMention& m) {
  const auto pieces = line.pieces_in(m.begin, word_end(line.text, m.end));
  if (pieces.empty() || !pieces.front()->word || !pieces.back()->word) return std::nullopt;
  const PageText* page = pieces.front()->page.page;
  if (!page || page->box_marks.empty()) return std::nullopt;
  return Label{&pieces.front()->page, pieces.front()->word->box, pieces.back()->word->box};
}

bool on_line(const BoxMark& m, const Box& word) {
  const double height = std::max(word.height(), 1.0);
  return std::abs(m.box.center_y() - word.center_y()) <= 0.6 * std::max(height, m.box.height());
}

// Words of the line standing between x0 and x1 (their centres).
int words_between(const TextRun& line, const PageText* page, double x0, double x1) {
  int n = 0;
  for (const auto& p : line.pieces)
    if (p.word && p.page.page == page && p.word->box.center_x() > x0 && p.word->box.center_x() < x1) ++n;
  return n;
}

// The box of mention i on `side`: the nearest on that side of its name, short of the names of
// the areas beside it, with at most a few words between (the name's first words, OCR's garbage
// for the box itself).
const BoxMark* box_of(const TextRun& line, const std::vector<LabAreaMention>& mentions, std::size_t i, BoxSide side) {
  const auto label = label_of(line, mentions[i]);
  if (!label) return nullptr;
  const PageText* page = label->page->page;
  const double slack = 0.3 * std::max(label->first.height(), 1.0);
  const auto prev = i > 0 ? label_of(line, mentions[i - 1]) : std::nullopt;
  const auto next = i + 1 < mentions.size() ? label_of(line, mentions[i + 1]) : std::nullopt;
  const double low = prev && prev->page->page == page ? prev->last.x1 - slack : -std::numeric_limits<double>::infinity();
  const double high = next && next->page->page == page ? next->first.x0 + slack : std::numeric_limits<double>::infinity();
  const BoxMark* best = nullptr;
  for (const BoxMark& m : page->box_marks) {
    if (!on_line(m, label->first)) continue;
    // (OCR may read a box, or the ring round it, into the name's first word: "©Histopathology".)
    if (side == BoxSide::before) {
      if (m.box.x1 > label->first.x0 + slack && m.box.center_x() > label->first.x0 + label->first.height()) continue;
      if (m.box.x0 < low) continue;
      if (!best || m.box.x1 > best->box.x1) best = &m;
    } else {
      if (m.box.x0 < label->last.x1 - slack && m.box.center_x() < label->last.x1 - label->last.height()) continue;
      if (m.box.x1 > high) continue;
      if (!best || m.box.x0 < best->box.x0) best = &m;
    }
  }
  if (!best) return nullptr;
  const int between = side == BoxSide::before ? words_between(line, page, best->box.x1, label->first.x0)
                                              : words_between(line, page, label->last.x1, best->box.x0);
  return between <= 3 ? best : nullptr;
}

}  // namespace

BoxSide pixel_box_side(const std::vector<TextRun>& lines) {
  // A line's first name with a box before it, or its last with a box after, tells (in columns,
  // the other names have boxes on both sides); failing those, the side more names have a box on.
  int starts = 0, ends = 0, before = 0, after = 0;
  for (const TextRun& line : lines) {
    const auto mentions = lab_area_mentions(line.text);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const bool has_before = box_of(line, mentions, i, BoxSide::before) != nullptr;
      const bool has_after = box_of(line, mentions, i, BoxSide::after) != nullptr;
      before += has_before;
      after += has_after;
      starts += i == 0 && has_before;
      ends += i + 1 == mentions.size() && has_after;
    }
  }
  if (starts != ends) return starts > ends ? BoxSide::before : BoxSide::after;
  return after > before ? BoxSide::after : BoxSide::before;
}

std::optional<PixelBoxReading> pixel_box(const TextRun& line, const std::vector<LabAreaMention>& mentions, std::size_t i,
                                         BoxSide side) {
  const BoxMark* box = box_of(line, mentions, i, side);
  if (!box) return std::nullopt;
  const auto label = label_of(line, mentions[i]);
  PixelBoxReading r;
  r.state = box->circled || box->ink >= kTickedInk ? BoxState::ticked : box->ink <= kEmptyInk ? BoxState::empty : BoxState::unclear;
  r.strong = box->circled || box->ink >= 2 * kTickedInk;
  Evidence& e = r.evidence;
  e.file = label->page->document ? label->page->document->file : "";
  e.page = label->page->page->number;
  e.bbox = box->box;
  e.text = std::string(r.state == BoxState::ticked ? "ticked" : r.state == BoxState::empty ? "empty" : "unclear") + " box (" +
           (box->circled ? std::string("circled, ") : std::string()) + "ink " +
           std::to_string(static_cast<int>(box->ink * 100 + 0.5)) + "%)";
  // Well inside either side of the margin: as sure as the print; near it: below review's bar.
  const double margin = r.state == BoxState::ticked ? (box->circled ? 1.5 : box->ink / kTickedInk) : r.state == BoxState::empty ? 1.0 : 0.0;
  e.confidence = r.state == BoxState::unclear ? 0.5 : std::min(1.0, 0.85 + 0.1 * std::min(margin, 1.5));
  return r;
}

}  // namespace cc
