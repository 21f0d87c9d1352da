#include "extractors/coursework/coursework_codes.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "extractors/coursework/coursework_fields.h"

namespace cc {
namespace {

struct CodeParts {
  std::string letters;
  char separator = '\0';  // ' ', '-' or none
  std::string rest;
};

std::optional<CodeParts> parts_of(const std::string& code) {
  CodeParts p;
  p.letters = code_prefix(code);
  if (p.letters.empty() || p.letters.size() == code.size()) return std::nullopt;
  size_t i = p.letters.size();
  if (code[i] == ' ' || code[i] == '-') p.separator = code[i++];
  p.rest = code.substr(i);
  if (p.rest.empty() || p.rest[0] < '0' || p.rest[0] > '9') return std::nullopt;
  return p;
}

std::string code_of(const CodeParts& p) {
  return p.separator ? p.letters + p.separator + p.rest : p.letters + p.rest;
}

bool is_capitals(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Capitals, a small l read as the capital I it looks like.
std::string as_capitals(std::string s) {
  for (auto& c : s) c = c == 'l' ? 'I' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool confusable_capitals(char a, char b) {
  // (I and J: a serif capital I with a tail, "BJO-232" among the BIO codes of a scanned record)
  static const char* pairs[] = {"IL", "IJ", "CG", "MN", "OD", "OQ", "EF", "UV", "HN"};
  for (const char* p : pairs)
    if ((a == p[0] && b == p[1]) || (a == p[1] && b == p[0])) return true;
  return false;
}

bool one_confusable_capital_apart(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a == b) return false;
  int differences = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (++differences > 1 || !confusable_capitals(a[i], b[i])) return false;
  }
  return differences == 1;
}

}  // namespace

int harmonise_codes(std::vector<std::string>& codes, std::vector<bool>* changed) {
  if (changed) changed->assign(codes.size(), false);
  std::vector<std::optional<CodeParts>> parts;
  int capitalised = 0, total_parts = 0;
  for (const auto& c : codes) {
    parts.push_back(parts_of(c));
    if (!parts.back()) continue;
    ++total_parts;
    capitalised += is_capitals(parts.back()->letters);
  }
  // Where the school prints its letter parts in capitals, one OCR read small is in capitals too.
  if (capitalised * 5 >= total_parts * 4)
    for (auto& p : parts)
      if (p) p->letters = as_capitals(p->letters);
  std::map<std::string, int> letters;
  std::map<char, int> separators;
  for (const auto& p : parts) {
    if (!p) continue;
    ++letters[p->letters];
    ++separators[p->separator];
  }
  int total = 0;
  char usual = '\0';
  int usual_count = 0;
  for (const auto& [sep, n] : separators) {
    total += n;
    if (n > usual_count) {
      usual = sep;
      usual_count = n;
    }
  }
  const bool separator_is_usual = total >= 5 && usual_count * 5 >= total * 4;
  int n_changed = 0;
  for (size_t i = 0; i < codes.size(); ++i) {
    if (!parts[i]) continue;
    CodeParts p = *parts[i];
    if (letters[p.letters] == 1) {
      for (const auto& [other, n] : letters) {
        if (n >= 3 && one_confusable_capital_apart(p.letters, other)) {
          p.letters = other;
          break;
        }
      }
    }
    // OCR loses a hyphen or a space, or splits a word; it does not print a hyphen.
    if (separator_is_usual && p.separator != '-') p.separator = usual;
    const std::string fixed = code_of(p);
    if (fixed == codes[i]) continue;
    codes[i] = fixed;
    ++n_changed;
    if (changed) (*changed)[i] = true;
  }
  return n_changed;
}

}  // namespace cc
