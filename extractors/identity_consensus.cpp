// The OCR consensus on a candidate's name (identity_parts.h): one document's misread words mended
// by the other documents' readings.
// One misread letter in a surname would look like a different person (name_mismatch). When a name
// was read by OCR on some documents, each of its words is checked against the other documents'
// readings: a word split in two ("LINDQVIS T") is joined when the joined word is printed elsewhere;
// a word within a letter or so of a better-supported reading is replaced by it; "fi" read where
// another document has "n" is the "ñ" OCR cannot see ("Pefiaflor" / "PENAFLOR" -> "Peñaflor").
// Text-layer words are never changed.

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "extractors/identity_parts.h"
#include "extractors/name_order.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

std::vector<std::string> split_spaces(std::string_view s) { return split_words(s); }
std::vector<std::string> folded_words(std::string_view name) { return folded_name_words(name); }


double word_conf(const FoundName& f, const std::string& key) {
  const auto it = f.word_confidence.find(key);
  return it == f.word_confidence.end() ? 1.0 : it->second;
}

std::string key_of(const std::string& word) {
  const auto w = folded_words(word);
  std::string k;
  for (const auto& x : w) k += x;
  return k;
}

std::string styled_like(const std::string& replacement, const std::string& original) {
  return is_all_caps(original) ? upper_utf8(replacement) : name_case(replacement);
}

// Joins "ANGELI CA" when "angelica" is printed on another document and the pieces are not.
void join_split_words(std::vector<FoundName>& found) {
  for (std::size_t i = 0; i < found.size(); ++i) {
    auto words = split_spaces(found[i].sighting.natural);
    bool changed = false;
    for (std::size_t j = 0; j + 1 < words.size(); ++j) {
      const std::string a = key_of(words[j]), b = key_of(words[j + 1]), joined = a + b;
      if (word_conf(found[i], a) >= 0.99 && word_conf(found[i], b) >= 0.99) continue;
      bool joined_elsewhere = false, pieces_elsewhere = false;
      for (std::size_t k = 0; k < found.size(); ++k) {
        if (k == i) continue;
        for (const auto& w : split_spaces(found[k].sighting.natural)) {
          const std::string key = key_of(w);
          if (ocr_distance(key, joined) <= 0.5) joined_elsewhere = true;
          if (key == a || key == b) pieces_elsewhere = true;
        }
      }
      if (!joined_elsewhere || pieces_elsewhere) continue;
      std::string second = words[j + 1];
      if (!second.empty() && second.back() == '.') second.pop_back();  // the "initial" was a piece
      words[j] = name_case(upper_utf8(words[j] + second));
      words.erase(words.begin() + static_cast<long>(j) + 1);
      found[i].word_confidence[joined] = std::min(word_conf(found[i], a), word_conf(found[i], b));
      auto printed = split_spaces(found[i].sighting.as_printed);
      for (std::size_t p = 0; p + 1 < printed.size(); ++p)
        if (key_of(printed[p]) == a && key_of(printed[p + 1]) == b) {
          std::string piece = printed[p + 1];
          const bool comma = !piece.empty() && piece.back() == ',';
          while (!piece.empty() && (piece.back() == '.' || piece.back() == ',')) piece.pop_back();
          printed[p] += piece + (comma ? "," : "");
          printed.erase(printed.begin() + static_cast<long>(p) + 1);
          break;
        }
      found[i].sighting.as_printed = join_words(printed);
      changed = true;
    }
    if (changed) found[i].sighting.natural = join_words(words);
  }
}

struct Reading {
  std::string text;     // best spelling seen (accents kept)
  double support = 0;   // sum of the confidences of the documents printing it
};

std::map<std::string, Reading> readings_of(const std::vector<FoundName>& found) {
  std::map<std::string, Reading> out;
  for (const FoundName& f : found) {
    std::set<std::string> seen;
    for (const auto& w : split_spaces(f.sighting.natural)) {
      const std::string key = key_of(w);
      if (key.size() < 3 || !seen.insert(key).second) continue;
      Reading& r = out[key];
      r.support += word_conf(f, key);
      const bool accented = non_ascii(w) > 0;
      if (r.text.empty() || (accented && non_ascii(r.text) == 0) || (is_all_caps(r.text) && !is_all_caps(w)))
        r.text = w;
    }
  }
  // "fi" where another reading has "n": the "ñ" OCR cannot see.
  for (auto& [key, r] : out) {
    for (auto at = key.find("fi"); at != std::string::npos; at = key.find("fi", at + 1)) {
      const std::string with_n = key.substr(0, at) + "n" + key.substr(at + 2);
      const auto other = out.find(with_n);
      if (other == out.end() || other->first == key) continue;
      const std::string spelled = r.text;
      const std::string lower_spelled = lower_ascii(spelled);
      const auto pos = lower_spelled.find("fi");
      if (pos == std::string::npos) continue;
      const std::string enye = is_all_caps(spelled) ? "\xC3\x91" : "\xC3\xB1";
      Reading& target = other->second;
      std::string text = spelled.substr(0, pos) + enye + spelled.substr(pos + 2);
      if (is_all_caps(text) && !is_all_caps(target.text)) text = name_case(text);
      target.text = text;
      target.support += r.support;
      r.support = 0;
      break;
    }
  }
  return out;
}

}  // namespace

int non_ascii(const std::string& s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
}

void apply_consensus(std::vector<FoundName>& found) {
  if (found.size() < 2) return;
  join_split_words(found);
  const auto readings = readings_of(found);
  for (FoundName& f : found) {
    std::map<std::string, std::string> replace;  // key -> new spelling
    for (const auto& w : split_spaces(f.sighting.natural)) {
      const std::string key = key_of(w);
      if (key.size() < 3 || word_conf(f, key) >= 0.99) continue;
      auto own = readings.find(key);
      if (own != readings.end() && own->second.support == 0) {  // merged into its "ñ" reading
        const auto at = key.find("fi");
        if (at != std::string::npos) own = readings.find(key.substr(0, at) + "n" + key.substr(at + 2));
      }
      if (own == readings.end()) continue;
      const Reading* best = &own->second;
      for (const auto& [other_key, r] : readings) {
        if (other_key == own->first || r.support <= best->support) continue;
        const double distance = ocr_distance(other_key, own->first);
        // One misread letter; in a short word only a look-alike, unless most documents disagree.
        const bool close = distance <= (key.size() >= 6 ? 1.0 : 0.5) ||
                           (distance <= 1.0 && key.size() >= 4 && r.support >= 2 * own->second.support);
        if (close) best = &r;
      }
      // Another spelling, or the same letters with the accents OCR lost; never a mere case change.
      const bool same_letters = key_of(best->text) == key;
      if (best->text != w && (!same_letters || non_ascii(best->text) > non_ascii(w))) replace[key] = best->text;
    }
    if (replace.empty()) continue;
    auto rewrite = [&](const std::string& text) {
      std::string out;
      for (const auto& token : split_spaces(text)) {
        std::string core = token, tail;
        while (!core.empty() && (core.back() == ',' || core.back() == '.')) tail.insert(tail.begin(), core.back()), core.pop_back();
        const auto r = replace.find(key_of(core));
        out += (out.empty() ? "" : " ") + (r == replace.end() ? token : styled_like(r->second, core) + tail);
      }
      return out;
    };
    f.sighting.natural = rewrite(f.sighting.natural);
    f.sighting.as_printed = rewrite(f.sighting.as_printed);
  }
}

int reading_rank(const FoundName& f) {
  const auto words = split_spaces(f.sighting.natural);
  int full_words = 0;
  for (const auto& w : words)
    if (w.size() > 2 && w.back() != '.') ++full_words;
  const bool academic = f.segment_type == "diploma" || f.segment_type == "transcript";
  return (academic ? 1000 : 0) + full_words * 20 + static_cast<int>(words.size()) * 5 +
         (f.segment_type == "diploma" ? 2 : 0) + (is_all_caps(f.sighting.as_printed) ? 0 : 1);
}

}  // namespace cc
