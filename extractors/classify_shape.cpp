#include "extractors/classify_shape.h"

#include <algorithm>
#include <cmath>

namespace cc {

int course_rows(const std::vector<std::string>& lines) {
  const Regex& code = icase_regex(R"((^|\s)[A-Z]{2,6}[ -]?\d{2,4}[A-Z]?\b)", false);
  // Two or more numbers side by side (credits, a mark, points), at the row's end or followed only by a
  // few words of a remark column or a mark spelled out ("6  16 (sixteen)  Passed"): prose hardly ever
  // prints two bare numbers in a row.
  // (The remark may hold the exam's date: "9 (девет) 16.02.2016. фебруарски".) A number followed
  // by its name in brackets is one number ("8 (ocho) 8": a mark and the credits), and a mark in
  // words ends with its figure, bracketed or not ("60 45 6 Отличен 6", "6 jeles (5)"). The term
  // may close the row as a year with its part in figures ("6,8  5  2019/20", "2016-2"; the pattern
  // is case-sensitive, so a period in capitals, "2021-P1", is not taken). A mark may be spelled out
  // in capitals after its figure, unbracketed ("72 SETENTA Y DOS 5", as certificates of studies
  // in Spanish, Portuguese and French print marks), and the term may close the row as an ordinal
  // and a year ("1er. Sem. 2016", "2do. Sem. 2016").
  const Regex& numbers = icase_regex(
      R"((\s[0-9]+([.,][0-9]+)?(\s\([^\s()0-9]+\)|(\s[A-Z][^\s0-9a-z:]*){1,4}(?=\s[0-9]))?|\s[A-F][+-]?){2,})"
      R"((\s+([^\s0-9]\S*|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?|(19|20)\d\d([-/][a-z0-9]{1,4})?|\d{1,2}(er|ro|do|o|a|st|nd|rd|th|e)\.?|\(?\d{1,2}\)?)){0,4}\s*$)", false);
  int rows = 0;
  for (const std::string& line : lines)
    if (std::regex_search(line, code) || std::regex_search(line, numbers)) ++rows;
  return rows;
}

namespace {

double left_of(const TextRun& line) {
  double x = 1e9;
  for (const auto& p : line.pieces) x = std::min(x, p.upright.x0);
  return x;
}

double right_of(const TextRun& line) {
  double x = -1e9;
  for (const auto& p : line.pieces) x = std::max(x, p.upright.x1);
  return x;
}

// Box glyphs and the bracket pairs forms print for them: "☐", "☑", "☒", "□", "■", "[ ]", "[X]".
int boxes_in(const std::string& text) {
  static const Regex& glyphs = icase_regex("\u2610|\u2611|\u2612|\u25A1|\u25A0|\u25A3|\\[\\s?(x|X|\u2713|\u2714)?\\s?\\]", false);
  return static_cast<int>(std::distance(SRegexIterator(text.begin(), text.end(), glyphs), SRegexIterator()));
}

}  // namespace

PageShape page_shape(const std::vector<TextRun>& lines) {
  PageShape s;
  s.lines = static_cast<int>(lines.size());
  std::vector<double> heights;
  std::vector<std::string> texts;
  double confidence = 0;
  for (const TextRun& line : lines) {
    texts.push_back(line.text);
    for (const auto& p : line.pieces) {
      heights.push_back(p.upright.height());
      confidence += p.word->confidence;
      ++s.words;
      if (p.page.page && p.page.page->source == TextSource::ocr) s.ocr = true;
    }
    s.check_boxes += boxes_in(line.text);
  }
  if (s.words == 0) return s;
  s.mean_confidence = confidence / s.words;
  s.course_rows = course_rows(texts);
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  const double median = std::max(1.0, heights[heights.size() / 2]);
  double tallest = 0;
  for (const TextRun& line : lines) tallest = std::max(tallest, line.height());
  s.title_ratio = tallest / median;

  // Ragged left edges: a line whose left edge lies more than a third of a word height from every other
  // line's. Lines hung from one margin (or from a column's) share their edges.
  double extent_left = 1e9, extent_right = -1e9;
  for (const TextRun& line : lines) {
    extent_left = std::min(extent_left, left_of(line));
    extent_right = std::max(extent_right, right_of(line));
  }
  const double extent = std::max(1.0, extent_right - extent_left);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double x = left_of(lines[i]);
    const double tolerance = std::max(2.0, 0.3 * median);
    bool shared = false;
    for (std::size_t j = 0; j < lines.size() && !shared; ++j)
      shared = j != i && std::fabs(left_of(lines[j]) - x) <= tolerance;
    // A line as wide as the text (a wrapped paragraph) says nothing about centring.
    if (!shared && right_of(lines[i]) - x < 0.9 * extent) ++s.ragged_lines;
  }

  static const Regex& label_value = icase_regex(R"(^[A-Z][A-Za-z.'()/ -]{1,40}:\s*\S)", false);
  static const Regex& label_alone = icase_regex(R"(^[A-Z][A-Za-z.'()/ -]{1,40}:$)", false);
  for (const TextRun& line : lines)
    for (const TextRun& cell : line_cells(line))
      if (std::regex_search(cell.text, label_value) || std::regex_search(cell.text, label_alone)) ++s.label_lines;
  return s;
}

}  // namespace cc
