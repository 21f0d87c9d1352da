#include "core/regex_literals.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <set>

namespace cc {

namespace {

using Strings = std::set<std::string>;

// Sets larger than this are given up (a pattern's alternatives multiply in a concatenation).
constexpr std::size_t kMaxStrings = 32;

// What a piece of pattern tells: `exact`, every string it can match (when few and known; "" when
// it can match nothing at all, like an assertion); `needed`, strings one of which every match of
// it contains.
struct Info {
  std::optional<Strings> exact;
  std::optional<Strings> needed;
};

struct Unsupported {};

Info unknown() { return {}; }
Info exactly(Strings s) { return {std::move(s), std::nullopt}; }

// The best set to require of a piece: its exact strings if none is empty, else what it needs.
std::optional<Strings> requirement(const Info& info) {
  if (info.exact && !info.exact->empty() && !info.exact->count("")) return info.exact;
  return info.needed;
}

std::size_t shortest(const Strings& s) {
  std::size_t n = std::string::npos;
  for (const std::string& x : s) n = std::min(n, x.size());
  return n;
}

// Longer literals are rarer; among equally long ones, fewer lookups.
bool better(const std::optional<Strings>& a, const std::optional<Strings>& b) {
  if (!a) return false;
  if (!b) return true;
  if (shortest(*a) != shortest(*b)) return shortest(*a) > shortest(*b);
  return a->size() < b->size();
}

std::optional<Strings> product(const Strings& a, const Strings& b) {
  if (a.size() * b.size() > kMaxStrings) return std::nullopt;
  Strings out;
  for (const std::string& x : a)
    for (const std::string& y : b) out.insert(x + y);
  return out;
}

class Reader {
 public:
  explicit Reader(std::string_view p) : p_(p) {}

  Info pattern() {
    Info info = alternation();
    if (i_ != p_.size()) throw Unsupported{};
    return info;
  }

 private:
  Info alternation() {
    std::vector<Info> branches{sequence()};
    while (i_ < p_.size() && p_[i_] == '|') {
      ++i_;
      branches.push_back(sequence());
    }
    if (branches.size() == 1) return branches.front();
    Info out;
    Strings exact, needed;
    bool exact_known = true, needed_known = true;
    for (const Info& b : branches) {
      if (b.exact && exact_known) exact.insert(b.exact->begin(), b.exact->end());
      else exact_known = false;
      const std::optional<Strings> r = requirement(b);
      if (r && needed_known) needed.insert(r->begin(), r->end());
      else needed_known = false;
    }
    if (exact_known && exact.size() <= kMaxStrings) out.exact = exact;
    if (needed_known) out.needed = needed;
    return out;
  }

  // A concatenation: runs of pieces with known strings are multiplied out; the best requirement of
  // any run or piece is the sequence's.
  Info sequence() {
    std::optional<Strings> run = Strings{""};
    std::optional<Strings> best;
    bool all_exact = true;
    auto close_run = [&] {
      if (run && !run->count("") && better(run, best)) best = run;
      run = Strings{""};
    };
    while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
      const Info piece = quantified(atom());
      if (better(piece.needed, best)) best = piece.needed;
      if (!piece.exact) {
        all_exact = false;
        close_run();
        continue;
      }
      std::optional<Strings> joined = product(*run, *piece.exact);
      if (!joined) {
        all_exact = false;
        close_run();
        joined = piece.exact;
      }
      run = joined;
    }
    Info out;
    if (all_exact) out.exact = run;
    close_run();
    out.needed = best;
    return out;
  }

  Info quantified(Info atom) {
    if (i_ >= p_.size()) return atom;
    const char c = p_[i_];
    std::size_t min = 1;
    bool plain_optional = false;
    if (c == '?') {
      ++i_;
      min = 0;
      plain_optional = true;
    } else if (c == '*') {
      ++i_;
      min = 0;
    } else if (c == '+') {
      ++i_;
    } else if (c == '{') {
      min = bounds();
    } else {
      return atom;
    }
    if (i_ < p_.size() && p_[i_] == '?') ++i_;  // lazy
    if (plain_optional && atom.exact) {
      Strings s = *atom.exact;
      s.insert("");
      return exactly(s);
    }
    if (min == 0) return unknown();
    Info out;
    out.needed = requirement(atom);
    return out;
  }

  // "{m}", "{m,}", "{m,n}": returns m.
  std::size_t bounds() {
    ++i_;
    const std::size_t start = i_;
    while (i_ < p_.size() && (std::isdigit(static_cast<unsigned char>(p_[i_])) || p_[i_] == ',')) ++i_;
    if (i_ >= p_.size() || p_[i_] != '}' || i_ == start || p_[start] == ',') throw Unsupported{};
    std::size_t min = 0;
    for (std::size_t k = start; k < i_ && p_[k] != ','; ++k) min = min * 10 + static_cast<std::size_t>(p_[k] - '0');
    ++i_;
    return min;
  }

  Info atom() {
    const char c = p_[i_];
    if (c == '(') return group();
    if (c == '[') {
      skip_class();
      return unknown();
    }
    if (c == '.') {
      ++i_;
      return unknown();
    }
    if (c == '^' || c == '$') {
      ++i_;
      return exactly({""});
    }
    if (c == '\\') return escape();
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ']') throw Unsupported{};
    ++i_;
    return exactly({std::string(1, c)});
  }

  Info group() {
    ++i_;
    bool assertion = false;
    if (p_.substr(i_, 2) == "?:") {
      i_ += 2;
    } else if (p_.substr(i_, 2) == "?=" || p_.substr(i_, 2) == "?!") {
      i_ += 2;
      assertion = true;
    } else if (i_ < p_.size() && p_[i_] == '?') {
      throw Unsupported{};
    }
    Info inner = alternation();
    if (i_ >= p_.size() || p_[i_] != ')') throw Unsupported{};
    ++i_;
    return assertion ? exactly({""}) : inner;
  }

  void skip_class() {
    ++i_;
    if (i_ < p_.size() && p_[i_] == '^') ++i_;
    if (i_ < p_.size() && p_[i_] == ']') throw Unsupported{};  // "[]" and "[^]" are unusual
    while (i_ < p_.size() && p_[i_] != ']') i_ += p_[i_] == '\\' ? 2 : 1;
    if (i_ >= p_.size()) throw Unsupported{};
    ++i_;
  }

  Info escape() {
    if (i_ + 1 >= p_.size()) throw Unsupported{};
    const char c = p_[i_ + 1];
    i_ += 2;
    switch (c) {
      case 'b': case 'B': return exactly({""});
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W': return unknown();
      case 'n': return exactly({"\n"});
      case 't': return exactly({"\t"});
      case 'r': return exactly({"\r"});
      case 'f': return exactly({"\f"});
      case 'v': return exactly({"\v"});
      default: break;
    }
    // Back references, control and code-point escapes are not read; any other escaped character
    // stands for itself.
    if (std::isalnum(static_cast<unsigned char>(c))) throw Unsupported{};
    return exactly({std::string(1, c)});
  }

  std::string_view p_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<std::vector<std::string>> required_literals(std::string_view pattern) {
  try {
    const std::optional<Strings> need = requirement(Reader(pattern).pattern());
    if (!need || need->count("")) return std::nullopt;
    return std::vector<std::string>(need->begin(), need->end());
  } catch (const Unsupported&) {
    return std::nullopt;
  }
}

namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains_ignoring_ascii_case(std::string_view text, std::string_view lowered) {
  if (lowered.empty()) return true;
  if (text.size() < lowered.size()) return false;
  const char first = lowered.front();
  for (std::size_t i = 0; i + lowered.size() <= text.size(); ++i) {
    if (ascii_lower(text[i]) != first) continue;
    std::size_t k = 1;
    while (k < lowered.size() && ascii_lower(text[i + k]) == lowered[k]) ++k;
    if (k == lowered.size()) return true;
  }
  return false;
}

}  // namespace

LiteralGate::LiteralGate(std::string_view pattern, bool ignore_case)
    : literals_(required_literals(pattern)), ignore_case_(ignore_case) {
  if (!ignore_case_ || !literals_) return;
  for (std::string& literal : *literals_) {
    for (char& c : literal) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        literals_.reset();
        return;
      }
      c = ascii_lower(c);
    }
  }
}

bool LiteralGate::may_match(std::string_view text) const {
  if (!literals_) return true;
  for (const std::string& literal : *literals_) {
    const bool found = ignore_case_ ? contains_ignoring_ascii_case(text, literal) : text.find(literal) != std::string_view::npos;
    if (found) return true;
  }
  return false;
}

}  // namespace cc
