#include "extractors/experience_checkbox_pixels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace cc {

namespace {

// Ink inside a drawn box, border left out (BoxMark::ink): an X, a check mark or a dot inks
// 0.15-0.6 of it, a filled box most of it, an empty one nothing but scan noise (0-0.02 on
// generated scans, faint scans and phone photos); between the two bars: unclear.
// Both bars are counted from the form's own floor: the least ink of the other boxes of about the
// same size on the page (a grey photo or a dirty scan inks its empty boxes alike). A floor above
// kMaxFloor is no floor: the other boxes are all marked, none shows what an empty one holds.
constexpr double kTickedInk = 0.08, kEmptyInk = 0.04, kMaxFloor = 0.06;

// Boxes of about the same size (within a fifth).
bool alike(const BoxMark& a, const BoxMark& b) {
  return std::abs(a.box.width() - b.box.width()) * 5 <= b.box.width() && std::abs(a.box.height() - b.box.height()) * 5 <= b.box.height();
}

double ink_floor(const PageText& page, const BoxMark& box) {
  double floor = 1.0;
  for (const BoxMark& m : page.box_marks)
    if (&m != &box && alike(m, box)) floor = std::min(floor, m.ink);
  return floor <= kMaxFloor ? std::max(floor, 0.0) : 0.0;
}

// Box `box` of `page` read from its ink, counted from the page's floor.
PixelBoxReading reading_of(const PageRef& page, const BoxMark& box) {
  PixelBoxReading r;
  r.page = page;
  r.box = &box;
  const double floor = ink_floor(*page.page, box), ink = box.ink - floor;
  r.state = box.circled || ink >= kTickedInk ? BoxState::ticked : ink <= kEmptyInk ? BoxState::empty : BoxState::unclear;
  r.strong = box.circled || ink >= 2 * kTickedInk;
  Evidence& e = r.evidence;
  e.file = page.document ? page.document->file : "";
  e.page = page.page->number;
  e.bbox = box.box;
  e.text = std::string(r.state == BoxState::ticked ? "ticked" : r.state == BoxState::empty ? "empty" : "unclear") + " box (" +
           (box.circled ? std::string("circled, ") : std::string()) + "ink " +
           std::to_string(static_cast<int>(box.ink * 100 + 0.5)) + "%)";
  // Well inside either side of the margin: as sure as the print; near it: below review's bar.
  const double margin = r.state == BoxState::ticked ? (box.circled ? 1.5 : ink / kTickedInk) : r.state == BoxState::empty ? 1.0 : 0.0;
  e.confidence = r.state == BoxState::unclear ? 0.5 : std::min(1.0, 0.85 + 0.1 * std::min(margin, 1.5));
  return r;
}

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

// How the page's lines of text run, dy per dx: the median over its OCR lines at least 150 points
// wide of the slope from their first word to their last (a page scanned a degree askew, or a photo
// seen at an angle, that the reader did not straighten), within 3 degrees; 0 when no line tells.
double text_slope(const PageText& page) {
  std::map<int, std::pair<const Word*, const Word*>> ends;  // line -> (leftmost, rightmost word)
  for (const Word& w : page.words) {
    auto [it, fresh] = ends.try_emplace(w.line, &w, &w);
    if (fresh) continue;
    if (w.box.center_x() < it->second.first->box.center_x()) it->second.first = &w;
    if (w.box.center_x() > it->second.second->box.center_x()) it->second.second = &w;
  }
  std::vector<double> slopes;
  for (const auto& [line, lr] : ends) {
    const double dx = lr.second->box.center_x() - lr.first->box.center_x();
    if (dx >= 150) slopes.push_back((lr.second->box.y1 - lr.first->box.y1) / dx);  // (baselines: bottoms)
  }
  if (slopes.empty()) return 0;
  std::nth_element(slopes.begin(), slopes.begin() + slopes.size() / 2, slopes.end());
  return std::clamp(slopes[slopes.size() / 2], -0.05, 0.05);
}

// Whether box `m` stands on the line of `word`, the page's slope followed from the word to the box
// (a box in a column of its own stands far from its label: a degree of skew over 5 inches moves it
// half a line).
bool on_line(const BoxMark& m, const Box& word, double slope) {
  const double height = std::max(word.height(), 1.0);
  const double line_y = word.center_y() + slope * (m.box.center_x() - word.center_x());
  return std::abs(m.box.center_y() - line_y) <= 0.6 * std::max(height, m.box.height());
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
  const double slope = text_slope(*page);
  for (const BoxMark& m : page->box_marks) {
    if (!on_line(m, side == BoxSide::before ? label->first : label->last, slope)) continue;
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
  PixelBoxReading r = reading_of(*label->page, *box);
  r.name = {label->first.x0, label->first.y0, label->last.x1, label->last.y1};
  return r;
}

namespace {

// Whether a word stands where box `m`'s label would, on its line: after it (within three sides)
// when the list's boxes stand before their labels, before it (back to the list's left) when
// after. Such a box's label was read, and is no area's ("Other (specify):"): not a lost name.
bool label_read_beside(const PageText& page, const BoxMark& m, BoxSide side, double left) {
  const double slope = text_slope(page), s = m.box.width();
  return std::any_of(page.words.begin(), page.words.end(), [&](const Word& w) {
    if (!on_line(m, w.box, slope)) return false;
    return side == BoxSide::before ? w.box.x0 >= m.box.x1 - 2 && w.box.x0 <= m.box.x1 + 3 * s
                                   : w.box.x1 <= m.box.x0 + 2 && w.box.x1 >= left;
  });
}

}  // namespace

std::vector<CheckedArea> unclaimed_marked_boxes(const std::vector<PixelBoxReading>& read, BoxSide side) {
  std::vector<CheckedArea> out;
  std::set<const BoxMark*> claimed;
  std::set<const PageText*> pages;
  for (const PixelBoxReading& r : read) {
    if (!r.box) continue;
    claimed.insert(r.box);
    if (r.page.page) pages.insert(r.page.page);
  }
  for (const PageText* page : pages) {
    std::vector<const BoxMark*> list;  // the list's boxes on this page
    double left = std::numeric_limits<double>::infinity(), right = -left;  // its boxes' and names' reach
    for (const PixelBoxReading& r : read) {
      if (r.page.page != page) continue;
      list.push_back(r.box);
      left = std::min({left, r.box->box.x0, r.name.x0});
      right = std::max({right, r.box->box.x1, r.name.x1});
    }
    // The rows' pitch: the least gap between two rows of the list (a box's side when one row).
    double top = std::numeric_limits<double>::infinity(), bottom = -top, pitch = top;
    for (const BoxMark* a : list) {
      top = std::min(top, a->box.center_y());
      bottom = std::max(bottom, a->box.center_y());
      for (const BoxMark* b : list)
        if (std::abs(a->box.center_y() - b->box.center_y()) > a->box.height()) pitch = std::min(pitch, std::abs(a->box.center_y() - b->box.center_y()));
    }
    if (!std::isfinite(pitch)) pitch = 2 * list.front()->box.height();
    const PageRef* ref = nullptr;
    for (const PixelBoxReading& r : read)
      if (r.page.page == page) ref = &r.page;
    for (const BoxMark& m : page->box_marks) {
      if (claimed.count(&m)) continue;
      if (m.box.center_y() < top - 1.5 * pitch || m.box.center_y() > bottom + 1.5 * pitch) continue;
      // (In the list: the size of its boxes, within the reach of its boxes and names; a box right after its
      // label stands wherever the label ends, so no column is asked of it.)
      const bool in_list = std::any_of(list.begin(), list.end(), [&](const BoxMark* b) { return alike(*b, m); }) &&
                           m.box.x0 >= left - 2 * m.box.width() && m.box.x1 <= right + 2 * m.box.width();
      if (!in_list || label_read_beside(*page, m, side, left)) continue;
      PixelBoxReading r = reading_of(*ref, m);
      if (r.state == BoxState::empty) continue;
      CheckedArea item;
      item.state = BoxState::unclear;
      item.ocr = page->source == TextSource::ocr;
      r.evidence.text += " with no area's name read beside it: undecided";
      r.evidence.confidence = 0.5;
      item.evidence.push_back(r.evidence);
      item.confidence = 0.5;
      out.push_back(std::move(item));
    }
  }
  return out;
}

}  // namespace cc
