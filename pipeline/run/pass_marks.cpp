#include "pipeline/run/pass_marks.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/grades.h"

namespace cc {
namespace {

struct Line {
  std::string text;
  Box box;
  double confidence = 1.0;
};

// The page's words joined line by line (the reader's line index), each line with its box.
std::vector<Line> lines_of(const PageText& page) {
  std::map<int, Line> lines;
  for (const auto& w : page.words) {
    auto [it, fresh] = lines.try_emplace(w.line);
    Line& line = it->second;
    if (fresh) line.box = w.box;
    line.text += (line.text.empty() ? "" : " ") + w.text;
    line.box = {std::min(line.box.x0, w.box.x0), std::min(line.box.y0, w.box.y0), std::max(line.box.x1, w.box.x1),
                std::max(line.box.y1, w.box.y1)};
    line.confidence = std::min(line.confidence, static_cast<double>(w.confidence));
  }
  std::vector<Line> out;
  for (auto& [index, line] : lines) out.push_back(std::move(line));
  return out;
}

std::optional<CourseworkFacts::PassMark> pass_mark_in(const Line& line, const std::string& file, int page,
                                                      const std::vector<TitlePattern>& patterns) {
  for (const auto& p : patterns) {
    std::smatch m;
    if (!std::regex_search(line.text, m, p.regex) || m.size() < 2) continue;
    const auto value = numeric_mark(m[1].str());
    if (!value || *value <= 0) continue;
    return CourseworkFacts::PassMark{*value, Evidence{file, page, line.box, line.text, line.confidence}};
  }
  return std::nullopt;
}

}  // namespace

std::vector<CourseworkFacts::PassMark> printed_pass_marks(const std::vector<SegmentView>& transcripts,
                                                          const std::vector<TitlePattern>& patterns) {
  std::vector<CourseworkFacts::PassMark> out;
  std::set<std::string> files;
  if (patterns.empty()) return out;
  for (const auto& segment : transcripts) {
    if (files.count(segment.file)) continue;
    for (const auto& ref : segment.pages) {
      if (!ref.page || files.count(segment.file)) continue;
      for (const auto& line : lines_of(*ref.page)) {
        auto found = pass_mark_in(line, segment.file, ref.page->number, patterns);
        if (!found) continue;
        out.push_back(std::move(*found));
        files.insert(segment.file);
        break;
      }
    }
  }
  return out;
}

}  // namespace cc
