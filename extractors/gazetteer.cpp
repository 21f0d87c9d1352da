#include "extractors/gazetteer.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "core/text.h"

namespace cc {

extern const std::string_view kGazetteerTsv;

namespace {

struct Entry {
  std::string country;
  int weight = 0;
};

int weight_of(const std::string& kind) {
  if (kind == "country") return 8;
  if (kind == "regulator") return 6;
  if (kind == "region" || kind == "era") return 4;
  if (kind == "adjective" || kind == "city" || kind == "phone") return 3;
  return 0;
}

// Words of `text`, folded: accents dropped, lower case, anything but letters, digits, "+" and "&"
// a separator.
std::vector<std::string> words_of(std::string_view text) {
  std::string folded = fold_latin(text);
  for (char& c : folded) {
    const auto u = static_cast<unsigned char>(c);
    c = std::isalnum(u) || c == '+' || c == '&' ? static_cast<char>(std::tolower(u)) : ' ';
  }
  std::vector<std::string> out;
  std::istringstream in(folded);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string key_of(const std::vector<std::string>& words, std::size_t from, std::size_t n) {
  std::string key;
  for (std::size_t i = from; i < from + n; ++i) key += (i == from ? "" : " ") + words[i];
  return key;
}

struct Gazetteer {
  std::unordered_map<std::string, Entry> names;  // an ambiguous name maps to an entry of weight 0
  std::size_t longest = 1;                       // words in the longest name
};

const Gazetteer& gazetteer() {
  static const Gazetteer g = [] {
    Gazetteer out;
    std::istringstream in{std::string(kGazetteerTsv)};
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string country, kind, names;
      if (!std::getline(fields, country, '\t') || !std::getline(fields, kind, '\t') || !std::getline(fields, names)) continue;
      const int weight = weight_of(kind);
      std::istringstream list(names);
      for (std::string name; std::getline(list, name, '|');) {
        const auto words = words_of(name);
        if (words.empty()) continue;
        out.longest = std::max(out.longest, words.size());
        const std::string key = key_of(words, 0, words.size());
        auto [it, inserted] = out.names.try_emplace(key, Entry{country, weight});
        if (inserted) continue;
        if (it->second.country != country) it->second.weight = 0;  // several countries: none
        else it->second.weight = std::max(it->second.weight, weight);
      }
    }
    return out;
  }();
  return g;
}

}  // namespace

std::string_view gazetteer_tsv() { return kGazetteerTsv; }

std::map<std::string, int> gazetteer_scores(std::string_view text) {
  const Gazetteer& g = gazetteer();
  const std::vector<std::string> words = words_of(text);
  std::map<std::string, int> seen;  // name -> times counted
  std::map<std::string, int> out;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t taken = 1;
    for (std::size_t n = std::min(g.longest, words.size() - i); n >= 1; --n) {
      const std::string key = key_of(words, i, n);
      const auto it = g.names.find(key);
      if (it == g.names.end()) continue;
      taken = n;
      if (it->second.weight > 0 && ++seen[key] <= 3) out[it->second.country] += it->second.weight;
      break;
    }
    i += taken;
  }
  return out;
}

}  // namespace cc
