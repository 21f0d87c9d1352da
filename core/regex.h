// cc::Regex: Regex with a traits class that looks the locale up once, not per character.
//
// Why: libstdc++'s regex_traits<char> fetches the ctype facet from its locale (std::use_facet: a
// dynamic_cast, i.e. type-name string compares) on every call of translate_nocase, isctype and
// lookup_classname. A case-insensitive pattern calls translate_nocase for every character it
// compares, and every `\b` calls lookup_classname("w") and isctype for the characters on both
// sides. On the text-layer benchmark that bookkeeping was over half of all extraction time.
// FastRegexTraits answers those three calls from tables filled once from the same facet, so a
// match gives exactly what Regex gives (regex_test.cpp checks every byte value); the
// regex engine, its syntax and std::smatch are unchanged. The engine calls the traits through
// its template parameter, so the functions below hide the base class's without being virtual.
#pragma once

#include <array>
#include <regex>
#include <string>

namespace cc {

class FastRegexTraits : public std::regex_traits<char> {
 public:
  using Base = std::regex_traits<char>;

  FastRegexTraits() { fill_tables(); }

  locale_type imbue(locale_type locale) {
    locale_type old = Base::imbue(locale);
    fill_tables();
    return old;
  }

  char translate_nocase(char c) const { return lower_[static_cast<unsigned char>(c)]; }

  template <typename It>
  char_class_type lookup_classname(It first, It last, bool icase = false) const {
    if (last - first == 1 && *first == 'w') return word_class_;
    return Base::lookup_classname(first, last, icase);
  }

  bool isctype(char c, char_class_type f) const {
    if (f == word_class_) return is_word_[static_cast<unsigned char>(c)];
    return Base::isctype(c, f);
  }

 private:
  void fill_tables() {
    static constexpr char w[] = "w";
    word_class_ = Base::lookup_classname(w, w + 1, false);
    for (int i = 0; i < 256; ++i) {
      const char c = static_cast<char>(i);
      lower_[static_cast<std::size_t>(i)] = Base::translate_nocase(c);
      is_word_[static_cast<std::size_t>(i)] = Base::isctype(c, word_class_);
    }
  }

  std::array<char, 256> lower_{};
  std::array<bool, 256> is_word_{};
  char_class_type word_class_{};
};

using Regex = std::basic_regex<char, FastRegexTraits>;
using SRegexIterator = std::regex_iterator<std::string::const_iterator, char, FastRegexTraits>;

}  // namespace cc
