#include "extractors/document_words.h"

#include <cstdlib>
#include <sstream>

namespace cc {

extern const std::string_view kDocumentWordsTsv;

namespace {

const std::vector<DocumentWord>& all_words() {
  static const std::vector<DocumentWord> words = [] {
    std::vector<DocumentWord> out;
    std::istringstream in{std::string(kDocumentWordsTsv)};
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> fields;
      std::istringstream cols(line);
      for (std::string f; std::getline(cols, f, '\t');) fields.push_back(f);
      if (fields.size() < 3 || fields[2].empty()) continue;
      DocumentWord w;
      w.word_class = fields[0];
      w.weight = fields[1] == "-" ? 0.0 : std::stod(fields[1]);
      w.pattern = fields[2];
      out.push_back(std::move(w));
    }
    return out;
  }();
  return words;
}

}  // namespace

std::vector<DocumentWord> document_words(std::string_view word_class) {
  std::vector<DocumentWord> out;
  for (const DocumentWord& w : all_words())
    if (w.word_class == word_class) out.push_back(w);
  return out;
}

std::string document_words_alternation(std::string_view word_class) {
  std::string out;
  for (const DocumentWord& w : all_words())
    if (w.word_class == word_class) out += (out.empty() ? "" : "|") + w.pattern;
  return out.empty() ? "(?!)" : "(?:" + out + ")";
}

bool ablated_by(const char* variable) {
  const char* v = std::getenv(variable);
  return v && std::string_view(v) == "1";
}

std::string document_words_alternation(std::string_view word_class, const char* ablation_variable) {
  return ablated_by(ablation_variable) ? "(?!)" : document_words_alternation(word_class);
}

std::string_view document_words_tsv() { return kDocumentWordsTsv; }

}  // namespace cc
