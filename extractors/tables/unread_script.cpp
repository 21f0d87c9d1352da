#include "extractors/tables/unread_script.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

namespace cc {
namespace {

constexpr double kTallerThanLetters = 1.55;
constexpr float kMisreadConfidence = 0.8f;
constexpr float kPieceConfidence = 0.5f;
constexpr size_t kWordsOfAnotherScript = 8;
constexpr double kTouchingGap = 0.25;  // capital heights

double median_of(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

bool has_letter_or_figure(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

// Half of the characters or more are letters (UTF-8 code points; any byte past ASCII counts as
// part of a letter), and no figure: figures are read as figures in any script, and a code whose
// box took in a grey rule's stroke (`BIOL101` read 1.6 times its height) is no word of another script.
bool letters_without_figures(const std::string& text) {
  size_t letters = 0, all = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xc0) == 0x80) continue;
    if (std::isdigit(c)) return false;
    ++all;
    letters += std::isalpha(c) || c >= 0x80;
  }
  return all > 0 && 2 * letters >= all;
}

// The word's height as it stands upright (a page read turned has its boxes turned with it).
double upright_height(const PageText& page, const Word& w) {
  return (page.rotation_applied / 90) % 2 != 0 ? w.box.width() : w.box.height();
}

}  // namespace

double latin_span(const std::string& text) {
  double top = 0, below = 0;
  for (unsigned char c : text) {
    if ((c & 0xc0) == 0x80) continue;
    if (c >= 0x80) top = std::max(top, 1.3);
    else if (std::strchr("acemnorsuvwxz", c)) top = std::max(top, 0.7);
    else if (std::isalnum(c) || std::strchr("\"'()[]{}/\\|!?%&#@$*", c)) top = std::max(top, 1.0);
    else top = std::max(top, 0.3);  // a point, a comma, a dash
    if (std::strchr("gjpqy()[]{},;", c)) below = 0.28;
  }
  return std::max(top + below, 0.3);
}

std::vector<size_t> words_in_unread_script(const PageText& page) {
  if (page.source != TextSource::ocr) return {};
  std::map<int, std::vector<size_t>> lines;
  for (size_t i = 0; i < page.words.size(); ++i) lines[page.words[i].line].push_back(i);
  std::vector<bool> off(page.words.size(), false);
  std::map<int, double> cap_height;
  std::set<std::string> found;
  for (const auto& [line, members] : lines) {
    std::vector<double> caps;
    for (size_t i : members)
      if (has_letter_or_figure(page.words[i].text)) caps.push_back(upright_height(page, page.words[i]) / latin_span(page.words[i].text));
    if (caps.size() < 3) continue;
    const double cap = median_of(caps);
    cap_height[line] = cap;
    for (size_t i : members) {
      const Word& w = page.words[i];
      if (w.confidence >= kMisreadConfidence || !letters_without_figures(w.text)) continue;
      if (upright_height(page, w) < kTallerThanLetters * latin_span(w.text) * cap) continue;
      off[i] = true;
      found.insert(w.text);
    }
  }
  // Eight different words at least: another script's words read as Latin are each their own
  // invention, while one mark that OCR reads the same way on every row (a grade read `Cc` in a
  // box 1.6 times its height, eleven times on one page) is that page's print, not a script.
  if (found.size() < kWordsOfAnotherScript) return {};
  // Pieces of such a word that OCR read apart ("mm) Ninn", "D ha"), touching it on its line.
  for (const auto& [line, members] : lines) {
    if (!cap_height.count(line)) continue;
    const double touch = kTouchingGap * cap_height[line];
    std::vector<size_t> by_x = members;
    std::sort(by_x.begin(), by_x.end(), [&](size_t a, size_t b) { return page.words[a].box.x0 < page.words[b].box.x0; });
    for (bool grew = true; grew;) {
      grew = false;
      for (size_t k = 0; k < by_x.size(); ++k) {
        const Word& w = page.words[by_x[k]];
        if (off[by_x[k]] || w.confidence >= kPieceConfidence) continue;
        const bool left = k > 0 && off[by_x[k - 1]] && w.box.x0 - page.words[by_x[k - 1]].box.x1 <= touch;
        const bool right = k + 1 < by_x.size() && off[by_x[k + 1]] && page.words[by_x[k + 1]].box.x0 - w.box.x1 <= touch;
        if (left || right) off[by_x[k]] = grew = true;
      }
    }
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < off.size(); ++i)
    if (off[i]) out.push_back(i);
  return out;
}

}  // namespace cc
