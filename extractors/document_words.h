// Word classes of documents as data (data/document_words.tsv, compiled in): what a certificate of
// employment or a diploma says, and the words of a period of employment ("since", "from ... to",
// "to this day"), in the languages the documents are printed in. Classification adds the
// `letter`, `letter_start` and `diploma` classes to its cue lists (classify_cues.cpp); the letter
// readers build their period words from the `period_*` classes (experience_period.cpp). Keeping
// the words apart from the code means a language is added by adding its words, and a rule reads
// structure, not one design's phrase.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cc {

struct DocumentWord {
  std::string word_class;  // "letter", "diploma", "period_until", ...
  double weight = 0;       // for the classification classes; 0 where unused ("-")
  std::string pattern;     // ECMAScript, lower case
};

// Every entry of the class, in the file's order.
std::vector<DocumentWord> document_words(std::string_view word_class);

// The class's patterns as one non-capturing alternation, "(?:a|b|c)"; "(?!)" (matches nothing) for
// an empty class.
std::string document_words_alternation(std::string_view word_class);

// True when the environment variable `variable` is "1": an ablation switch, set to measure what a
// rule reads without its words (CC_ABLATE_LETTER_WORDS, CC_ABLATE_TITLE_WORDS, CC_ABLATE_TERM_WORDS,
// CC_ABLATE_TRAINING_WORDS). Read each time: callers that ask often keep the answer.
bool ablated_by(const char* variable);

// The class's alternation, or "(?!)" while the switch `ablation_variable` is on.
std::string document_words_alternation(std::string_view word_class, const char* ablation_variable);

// For tests: the data as compiled in.
std::string_view document_words_tsv();

}  // namespace cc
