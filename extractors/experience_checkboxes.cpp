#include "extractors/experience_checkboxes.h"

#include <algorithm>
#include <cctype>

#include "extractors/experience.h"
#include "extractors/experience_checkbox_pixels.h"

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

// A token that may be a piece of a box OCR read apart ("[", "X", "]"): it holds a bracket, or is
// a mark (x, v, y) or a box or tick glyph.
bool box_piece(std::string_view token) {
  if (token.find_first_of("[](){}|") != std::string_view::npos) return true;
  if (token.size() == 1) return std::string_view("xXvVyY").find(token[0]) != std::string_view::npos;
  for (const auto& [glyph, state] : glyphs())
    if (token == glyph) return true;
  return false;
}

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
    // (A piece of a box read apart is a bracket or the mark: a dash or a dot OCR read off the
    // paper before the box is no part of it.)
    if (tokens > 0 && !box_piece(std::string_view(text).substr(s, b - s))) break;
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

// The box printed after the area named before `at`: right after it, or after the one or two words
// that end the area's name ("Transfusion Medicine [X]", "Molecular Diagnostics ☒").
std::optional<std::pair<std::size_t, BoxState>> box_after(const std::string& text, std::size_t at, int skip = 2) {
  std::size_t b = at;
  while (b < text.size() && (text[b] == ' ' || text[b] == ':')) ++b;
  std::size_t e = b;
  while (e < text.size() && text[e] != ' ') ++e;
  if (e == b) return std::nullopt;
  const std::string_view first = std::string_view(text).substr(b, e - b);
  if (skip > 0 && !box_state(first) && is_plain_word(first)) return box_after(text, e, skip - 1);
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

// How sure the box's token is: OCR's confidence in its characters, but a token with a bracket in
// it is a box whatever shape OCR gave the bracket ("{X]", "(XJ"): its state comes from what is
// inside, read as surely as a word.
double token_confidence(const TextRun& line, std::size_t from, std::size_t to, bool has_box) {
  if (!has_box || from >= to) return 1.0;
  const double read = line.confidence(from, to);
  const std::string token = line.text.substr(from, to - from);
  return token.find_first_of("[](){}|") != std::string::npos ? std::max(read, 0.9) : read;
}

// The end of the word `at` lies in (patterns match word beginnings: "Microbiolog", "Hemat").
std::size_t word_end(const std::string& text, std::size_t at) {
  while (at < text.size() && text[at] != ' ') ++at;
  return at;
}

// Which side of their names a list prints its box tokens on. A line that begins with a box before
// its first name, or ends with one after its last, tells (in two columns, "Chemistry ☒
// Microbiology ☐", the second name has a box before it too: the first column's); failing those,
// the side more names have a box on; failing that, before ("✓ Chemistry Microbiology ✓
// Hematology": boxes drawn as graphics, only the ticks are text). `ambiguous` when no line's end
// tells and names have boxes on both sides ("Microscopy ✓ Chemistry ✓ Molecular": whose tick?).
bool token_boxes_before(const std::vector<TextRun>& lines, bool& ambiguous) {
  int starts = 0, ends = 0, before = 0, after = 0;
  for (const TextRun& line : lines) {
    const auto mentions = lab_area_mentions(line.text);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const bool has_before = box_before(line.text, mentions[i].begin, i > 0 ? word_end(line.text, mentions[i - 1].end) : 0).has_value();
      const auto next = box_after(line.text, word_end(line.text, mentions[i].end));
      const bool has_after = next && (i + 1 >= mentions.size() || next->first <= mentions[i + 1].begin);
      before += has_before;
      after += has_after;
      starts += i == 0 && has_before;
      ends += i + 1 == mentions.size() && has_after;
    }
  }
  ambiguous = starts == ends && before > 0 && after > 0;
  if (starts != ends) return starts > ends;
  return before >= after;
}

}  // namespace

std::vector<CheckedArea> checked_areas(const std::vector<TextRun>& lines) {
  bool side_ambiguous = false;
  const bool boxes_before = token_boxes_before(lines, side_ambiguous);
  // "Check all that apply" (or tick, mark): the list of boxes follows, within a few lines.
  static const Regex& cue = icase_regex(
      R"(\b(check|tick|mark)\s+(all\s+that\s+apply|(the\s+)?(appropriate|relevant)|where\s+applicable|as\s+appropriate|(the\s+)?box(es)?))");
  std::size_t cue_line = lines.size();
  for (std::size_t l = 0; l < lines.size() && cue_line == lines.size(); ++l)
    if (std::regex_search(lines[l].text, cue)) cue_line = l;
  auto in_list = [&](std::size_t l) { return cue_line < lines.size() && l > cue_line && l <= cue_line + 8; };
  const BoxSide pixel_side = pixel_box_side(lines);
  std::vector<CheckedArea> boxed;
  std::vector<std::pair<std::size_t, CheckedArea>> bare;  // with their line
  std::vector<bool> line_has_box(lines.size(), false);
  int with_box = 0, ticked_by_token = 0;
  std::vector<PixelBoxReading> pixel_read;  // the drawn boxes the areas' names claimed
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
      const std::size_t name_end = word_end(line.text, m.end);
      std::size_t from = m.begin, to = name_end;
      if (boxes_before) box = box_before(line.text, m.begin, i > 0 ? word_end(line.text, mentions[i - 1].end) : 0);
      if (box) from = box->first;
      else if (auto after = boxes_before ? std::nullopt : box_after(line.text, to);
               after && (i + 1 >= mentions.size() || after->first <= mentions[i + 1].begin)) {
        box = std::make_pair(after->first, after->second);
        to = after->first;
      }
      item.evidence = line.evidence(from, to);
      // The name read as surely as its words; the box as surely as its token (before or after it).
      const double name_read = line.confidence(m.begin, name_end);
      // (Tesseract is unsure of a word on a faint scan or beside a box; a long name the vocabulary
      // knows, in a list of boxes, is the area all the same: the box's reading decides how sure
      // the item is.)
      const double name_sure = m.end - m.begin >= 6 ? std::max(name_read, 0.9) : name_read;
      item.confidence = std::min(box ? name_sure : name_read, from < m.begin ? token_confidence(line, from, m.begin, box.has_value())
                                                                         : token_confidence(line, name_end, to, box.has_value()));
      for (const TextRun::Piece* p : line.pieces_in(m.begin, m.end))
        item.ocr = item.ocr || (p->page.page && p->page.page->source == TextSource::ocr);
      // On a scan the box's pixels decide when its text does not: no token, or one OCR could not
      // name. A token that disagrees makes the box unclear, unless the pixels are past doubt (OCR
      // reads a box with a faint mark in it as "[ ]" or "]"): the box's garbage then says nothing.
      // (The drawn boxes tell which side the list's marks are on: the token compared is the one on
      // that side.)
      if (const auto pixels = pixel_box(line, mentions, i, pixel_side)) {
        const std::size_t limit = i > 0 ? word_end(line.text, mentions[i - 1].end) : 0;
        auto token = pixel_side == BoxSide::before ? box_before(line.text, m.begin, limit) : box_after(line.text, name_end);
        if (token && pixel_side == BoxSide::after && i + 1 < mentions.size() && token->first > mentions[i + 1].begin) token.reset();
        const BoxState by_text = token ? token->second : BoxState::unclear;
        const bool agree = by_text == BoxState::unclear || by_text == pixels->state;
        item.state = agree || (pixels->strong && pixels->state == BoxState::ticked) ? pixels->state : BoxState::unclear;
        item.evidence.insert(item.evidence.begin(), pixels->evidence);
        item.confidence = std::min(name_sure, pixels->evidence.confidence);
        pixel_read.push_back(*pixels);
        line_has_box[l] = true;
        ++with_box;
        boxed.push_back(std::move(item));
        continue;
      }
      if (!box) {
        bare.emplace_back(l, std::move(item));
        continue;
      }
      item.state = side_ambiguous ? BoxState::unclear : box->second;
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
  // A marked box of the list that no name claimed: its name was lost, its area unknown (review).
  for (CheckedArea& lost : unclaimed_marked_boxes(pixel_read, pixel_side)) boxed.push_back(std::move(lost));
  return boxed;
}

}  // namespace cc
