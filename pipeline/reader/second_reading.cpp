#include "pipeline/reader/second_reading.h"

#include <algorithm>
#include <string_view>

#include "pipeline/reader/latin_letters.h"
#include "pipeline/reader/page_language.h"
#include "pipeline/reader/page_script.h"

namespace cc {

std::vector<SecondModel> second_models(const std::vector<std::string>& words) {
  std::vector<SecondModel> models;
  if (std::string script = page_script_model(words); !script.empty()) models.push_back({std::move(script), true});
  if (std::string language = page_language(words); !language.empty()) {
    models.push_back({std::move(language), false});
    return models;
  }
  if (page_in_english(words)) return models;
  if (std::string latin = latin_letters_model(words); !latin.empty()) models.push_back({std::move(latin), false, true});
  return models;
}

namespace {

// The same word: each box has at least this share of its area inside the other.
constexpr double kSameInkShare = 0.6;
// A number read below this confidence is no better a witness than the letters read instead.
constexpr float kMinNumberConfidence = 0.5f;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Figures with the separators of numbers, dates and marks ("12,50", "3.5", "22/11/2014"), at
// least one figure.
bool is_number(std::string_view w) {
  if (w.empty()) return false;
  bool figure = false;
  for (char c : w) {
    if (is_digit(c)) figure = true;
    else if (std::string_view(".,/-:").find(c) == std::string_view::npos) return false;
  }
  return figure;
}

size_t code_points(std::string_view w) {
  return static_cast<size_t>(std::count_if(w.begin(), w.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

long area(const OcrWord& w) { return static_cast<long>(std::max(0, w.right - w.left)) * std::max(0, w.bottom - w.top); }

bool same_ink(const OcrWord& a, const OcrWord& b) {
  const long x = std::min(a.right, b.right) - std::max(a.left, b.left);
  const long y = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
  if (x <= 0 || y <= 0) return false;
  const double inside = static_cast<double>(x * y);
  return inside >= kSameInkShare * static_cast<double>(area(a)) && inside >= kSameInkShare * static_cast<double>(area(b));
}

}  // namespace

int keep_first_reading_figures(const std::vector<OcrWord>& first, std::vector<OcrWord>& second) {
  int mended = 0;
  for (OcrWord& w : second) {
    if (is_number(w.text)) continue;
    const size_t length = code_points(w.text);
    for (const OcrWord& f : first) {
      if (f.confidence < kMinNumberConfidence || !is_number(f.text) || !same_ink(f, w)) continue;
      // The surer reading wins: a grade "B" the English model read "8" at less confidence stays.
      if (f.confidence < w.confidence) continue;
      // About the number's length: a word of letters read over a number's ink is a misreading of
      // it; a longer one is other text the first reading cut differently.
      if (length > f.text.size() + 1 || length + 1 < f.text.size()) continue;
      w.text = f.text;
      w.confidence = f.confidence;
      ++mended;
      break;
    }
  }
  return mended;
}

}  // namespace cc
