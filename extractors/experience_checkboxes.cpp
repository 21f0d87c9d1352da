#include "extractors/experience_checkboxes.h"

#include <algorithm>
#include <cctype>

#include "extractors/experience.h"

namespace cc {

namespace {

// Glyphs that are boxes or marks, as UTF-8 (and the Wingdings letters Word's check boxes come out as
// in a text layer: þ ☑, ý ☒, ü ✓, ¨ ☐).
const std::vector<std::pair<std::string_view, BoxState>>& glyphs() {
  static const std::vector<std::pair<std::string_view, BoxState>> g = {
      {"\u2611", BoxState::ticked}, {"\u2612", BoxState::ticked}, {"\u2713", BoxState::ticked}, {"\u2714", BoxState::ticked},
      {"\u2717", BoxState::ticked}, {"\u2718", BoxState::ticked}, {"\u25A0", BoxState::ticked}, {"\u25A3", BoxState::ticked},
      {"\u25CF", BoxState::ticked}, {"\u00FE", BoxState::ticked}, {"\u00FD", BoxState::ticked}, {"\u00FC", BoxState::ticked},
      {"\u2610", BoxState::empty},  {"\u25A1", BoxState::empty},  {"\u25CB", BoxState::empty},  {"\u00A8", BoxState::empty},
  };
  return g;
}


}  // namespace

std::optional<BoxState> box_state(std::string_view token) {
  std::string t;
  for (char c : token)
    if (c != ' ') t += c;
  if (t.empty() || t.size() > 8) return std::nullopt;
  for (const auto& [glyph, state] : glyphs())
    if (t.find(glyph) != std::string::npos) return state;
  if (t.size() > 5) return std::nullopt;
  auto is_mark = [](char c) { return c == 'x' || c == 'X' || c == 'v' || c == 'V' || c == 'y' || c == 'Y'; };
  // No bracket: a lone X is a tick; a lone O, 0, D, Q, @ is a box OCR could not read.
  const bool bracketed = t.find_first_of("[](){}") != std::string::npos ||
                         (t.size() >= 2 && (t.front() == 'L' || t.front() == '|') && (t.back() == 'J' || t.back() == '|'));
  if (!bracketed) {
    if (t == "X" || t == "x") return BoxState::ticked;
    if (t == "O" || t == "0" || t == "D" || t == "Q" || t == "@" || t == "[O]") return BoxState::unclear;
    return std::nullopt;  // "-", "1.", "I", "|", "o", a word: no box
  }
  // A box: its edges as OCR reads them ("[", "(", "|", "L" on the left; "]", ")", "|", "J" on the
  // right) around what is inside.
  std::size_t b = 0, e = t.size();
  if (b < e && std::string_view("[({|LIl1").find(t[b]) != std::string_view::npos) ++b;
  if (e > b && std::string_view("])}|JIl1").find(t[e - 1]) != std::string_view::npos) --e;
  std::string inside;
  for (std::size_t i = b; i < e; ++i)
    if (t[i] != '_' && t[i] != ' ') inside += t[i];
  if (inside.empty()) return BoxState::empty;  // [], [ ], ( ), L], (_], LJ
  bool mark = false, other = false;
  if (inside.find("\u00A5") != std::string::npos) mark = true;  // "¥": a check mark as Tesseract reads it
  for (char c : inside) {
    if (is_mark(c) || c == '/' || c == '\\' || c == '*') mark = true;
    else if (std::isalnum(static_cast<unsigned char>(c)) || std::ispunct(static_cast<unsigned char>(c)) || (c & 0x80)) other = true;
    else return std::nullopt;
  }
  if (inside.size() > 4) return std::nullopt;
  // [X], |X|, [ZV] (a check mark), [/]: ticked; [B], [O], [|: something inside OCR cannot name.
  return mark ? BoxState::ticked : other ? BoxState::unclear : BoxState::empty;
}

namespace {

// The box that ends at `end` in `text` (no further left than `limit`): the last one to three
// tokens that together read as a box ("[", "X", "]" read apart by OCR); its start and state.
std::optional<std::pair<std::size_t, BoxState>> box_ending_at(const std::string& text, std::size_t end, std::size_t limit) {
  std::optional<std::pair<std::size_t, BoxState>> best;
  std::size_t begin = end;
  for (int tokens = 0; tokens < 3 && begin > limit; ++tokens) {
    std::size_t b = begin;
    while (b > limit && text[b - 1] == ' ') --b;
    std::size_t s = b;
    while (s > limit && text[s - 1] != ' ') --s;
    if (s == b) break;
    begin = s;
    const auto state = box_state(std::string_view(text).substr(begin, end - begin));
    if (state) best = std::make_pair(begin, *state);
    else if (tokens == 0) break;
  }
  return best;
}

bool is_plain_word(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '&' && c != '/') return false;
  return true;
}

// The box printed before the area named at `at`: right before it, or before the one or two words
// that begin the area's name ("[X] Clinical Chemistry", "☒ Medical Microbiology"), never reaching
// back past `limit` (the end of the area named before it).
// An opening bracket glued to the name ("Laboratorium Klinik (Hematologi, Bank Darah") opens a list
// in parentheses: a box is printed apart from the name it ticks, or closes before it ("[X]Chemistry").
std::optional<std::pair<std::size_t, BoxState>> box_before(const std::string& text, std::size_t at, std::size_t limit = 0) {
  if (at > limit && (text[at - 1] == '(' || text[at - 1] == '[' || text[at - 1] == '{')) return std::nullopt;
  std::size_t end = at;
  for (int skipped = 0; skipped <= 2; ++skipped) {
    while (end > limit && text[end - 1] == ' ') --end;
    if (end <= limit) return std::nullopt;
    if (auto box = box_ending_at(text, end, limit)) return box;
    std::size_t s = end;
    while (s > limit && text[s - 1] != ' ') --s;
    if (!is_plain_word(std::string_view(text).substr(s, end - s))) return std::nullopt;
    end = s;
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, BoxState>> box_after(const std::string& text, std::size_t at) {
  std::size_t b = at;
  while (b < text.size() && (text[b] == ' ' || text[b] == ':')) ++b;
  std::size_t e = b;
  while (e < text.size() && text[e] != ' ') ++e;
  if (e == b) return std::nullopt;
  // "[ X ]" read apart: up to two more tokens.
  std::size_t end = e;
  for (int more = 0; more < 2 && end < text.size(); ++more) {
    std::size_t nb = end;
    while (nb < text.size() && text[nb] == ' ') ++nb;
    std::size_t ne = nb;
    while (ne < text.size() && text[ne] != ' ') ++ne;
    if (ne == nb || !box_state(std::string_view(text).substr(b, ne - b))) break;
    end = ne;
  }
  const auto state = box_state(std::string_view(text).substr(b, end - b));
  if (!state) return std::nullopt;
  return std::make_pair(end, *state);
}

}  // namespace

namespace {

// Ink inside a drawn box, border left out (BoxMark::ink): an X or a check mark inks 0.1-0.4 of
// it, a filled box most of it, an empty one nothing but scan noise; between the two: unclear.
constexpr double kTickedInk = 0.10, kEmptyInk = 0.04;

// The box drawn on a scanned page just left of the word an area's name begins with (the reader's
// BoxMark: OCR reads no text for a drawn box), with its state by the ink inside it.
std::optional<std::pair<BoxState, Evidence>> pixel_box(const TextRun& line, std::size_t begin, std::size_t end) {
  const auto pieces = line.pieces_in(begin, end);
  if (pieces.empty() || !pieces.front()->word) return std::nullopt;
  const TextRun::Piece& first = *pieces.front();
  const PageText* page = first.page.page;
  if (!page || page->source != TextSource::ocr || page->box_marks.empty()) return std::nullopt;
  const Box& word = first.word->box;
  const double height = std::max(word.height(), 1.0);
  const BoxMark* nearest = nullptr;
  for (const BoxMark& m : page->box_marks) {
    const double gap = word.x0 - m.box.x1;
    if (gap < -0.3 * height || gap > 3 * height) continue;
    if (std::abs(m.box.center_y() - word.center_y()) > 0.6 * std::max(height, m.box.height())) continue;
    if (!nearest || m.box.x1 > nearest->box.x1) nearest = &m;
  }
  if (!nearest) return std::nullopt;
  const BoxState state = nearest->ink >= kTickedInk ? BoxState::ticked : nearest->ink <= kEmptyInk ? BoxState::empty : BoxState::unclear;
  Evidence e;
  e.file = first.page.document ? first.page.document->file : "";
  e.page = page->number;
  e.bbox = nearest->box;
  e.text = std::string(state == BoxState::ticked ? "ticked" : state == BoxState::empty ? "empty" : "unclear") +
           " box (ink " + std::to_string(static_cast<int>(nearest->ink * 100 + 0.5)) + "%)";
  // Well inside either side of the margin: as sure as the print; near it: below review's bar.
  const double margin = state == BoxState::ticked ? nearest->ink / kTickedInk : state == BoxState::empty ? 1.0 : 0.0;
  e.confidence = state == BoxState::unclear ? 0.5 : std::min(1.0, 0.85 + 0.1 * std::min(margin, 1.5));
  return std::make_pair(state, e);
}

// The end of the word `at` lies in (patterns match word beginnings: "Microbiolog", "Hemat").
std::size_t word_end(const std::string& text, std::size_t at) {
  while (at < text.size() && text[at] != ' ') ++at;
  return at;
}

}  // namespace

std::vector<CheckedArea> checked_areas(const std::vector<TextRun>& lines) {
  // Which side a list prints its boxes on: before the names when any name has a box before it
  // (then "✓ Chemistry Microbiology ✓ Hematology" gives Microbiology no box), else after.
  bool boxes_before = false;
  for (const TextRun& line : lines) {
    const auto mentions = lab_area_mentions(line.text);
    for (std::size_t i = 0; i < mentions.size(); ++i)
      boxes_before = boxes_before ||
                     box_before(line.text, mentions[i].begin, i > 0 ? word_end(line.text, mentions[i - 1].end) : 0).has_value();
  }
  // "Check all that apply" (or tick, mark): the list of boxes follows, within a few lines.
  static const Regex& cue = icase_regex(
      R"(\b(check|tick|mark)\s+(all\s+that\s+apply|(the\s+)?(appropriate|relevant)|where\s+applicable|as\s+appropriate|(the\s+)?box(es)?))");
  std::size_t cue_line = lines.size();
  for (std::size_t l = 0; l < lines.size() && cue_line == lines.size(); ++l)
    if (std::regex_search(lines[l].text, cue)) cue_line = l;
  auto in_list = [&](std::size_t l) { return cue_line < lines.size() && l > cue_line && l <= cue_line + 8; };
  std::vector<CheckedArea> boxed;
  std::vector<std::pair<std::size_t, CheckedArea>> bare;  // with their line
  std::vector<bool> line_has_box(lines.size(), false);
  int with_box = 0, ticked_by_token = 0;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const TextRun& line = lines[l];
    const auto mentions = lab_area_mentions(line.text);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const LabAreaMention& m = mentions[i];
      // Two names of one area ("Blood Bank/Immunohematology") share the box before the first.
      if (i > 0 && mentions[i - 1].area == m.area && m.begin - mentions[i - 1].end <= 2) continue;
      CheckedArea item;
      item.area = m.area;
      std::optional<std::pair<std::size_t, BoxState>> box;
      std::size_t from = m.begin, to = word_end(line.text, m.end);
      if (boxes_before) box = box_before(line.text, m.begin, i > 0 ? word_end(line.text, mentions[i - 1].end) : 0);
      if (box) from = box->first;
      else if (auto after = boxes_before ? std::nullopt : box_after(line.text, to);
               after && (i + 1 >= mentions.size() || after->first <= mentions[i + 1].begin)) {
        box = std::make_pair(after->first, after->second);
        to = after->first;
      }
      item.evidence = line.evidence(from, to);
      item.confidence = line.confidence(from, to);
      for (const TextRun::Piece* p : line.pieces_in(m.begin, m.end))
        item.ocr = item.ocr || (p->page.page && p->page.page->source == TextSource::ocr);
      // On a scan the box's pixels decide when its text does not: no token, or one OCR could not
      // name; a token that disagrees with the pixels makes the box unclear.
      if (const auto pixels = item.ocr ? pixel_box(line, m.begin, m.end) : std::nullopt) {
        const BoxState by_text = box ? box->second : BoxState::unclear;
        item.state = !box || by_text == BoxState::unclear || by_text == pixels->first ? pixels->first : BoxState::unclear;
        item.evidence.insert(item.evidence.begin(), pixels->second);
        item.confidence = std::min(item.confidence, pixels->second.confidence);
        line_has_box[l] = true;
        ++with_box;
        boxed.push_back(std::move(item));
        continue;
      }
      if (!box) {
        bare.emplace_back(l, std::move(item));
        continue;
      }
      item.state = box->second;
      line_has_box[l] = true;
      ++with_box;
      ticked_by_token += item.state == BoxState::ticked;
      boxed.push_back(std::move(item));
    }
  }
  bool bare_in_list = false;
  for (const auto& [l, b] : bare) bare_in_list = bare_in_list || in_list(l);
  const bool is_list = with_box >= 2 || (cue_line < lines.size() && (with_box >= 1 || bare_in_list));
  if (!is_list) return {};
  // An area with no box token, in the list. On a text layer the boxes are graphics: beside boxes
  // ticked with a glyph, it is an unticked one. On a scan Tesseract often drops a box with an X in
  // it altogether (and reads the empty ones as "L]" or "(_]"), and a text layer whose marks are
  // graphics too shows no tick at all: the text cannot tell, so it is unclear.
  for (auto& [l, b] : bare) {
    if (!line_has_box[l] && !in_list(l)) continue;  // named in the letter's prose, not in the list
    b.state = !b.ocr && ticked_by_token > 0 ? BoxState::empty : BoxState::unclear;
    boxed.push_back(std::move(b));
  }
  return boxed;
}

}  // namespace cc
