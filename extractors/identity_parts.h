// What identity.cpp and its parts share: a name found in one segment; what a name is and the found
// name built from words (identity_words.cpp); names by a form's labels (identity_labels.cpp); the
// OCR consensus that mends one document's misread name words by the other documents' readings
// before the best reading is chosen (identity_consensus.cpp). Internal to extractors/: the public
// API is identity.h.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/facts.h"
#include "extractors/text_utils.h"

namespace cc {

// A name found in a segment, with what is known of its order and how sure each word was read.
struct FoundName {
  NameSighting sighting;
  std::string segment_type;
  bool order_known = false;  // printed with a comma, in split fields, or in mixed-case prose
  bool surname_first = false;  // its label says so ("Surname and given names", "Noms et prénoms")
  // its label names every word's part ("Nom, post-nom et prénom", "Surname, name, patronymic")
  bool roles_known = false;
  std::map<std::string, double> word_confidence;  // folded word -> OCR confidence (1: text layer)
};

// What a name is (identity_words.cpp): a word that begins the next field ("Ngày", "Date", "born"); a
// word that can be part of a name; a run of 2..7 such words naming no institution; the name's words
// read from piece `i` of `run` on (its character range); the piece at a character offset; the Latin
// half of a name printed in two scripts word by word; a found name from a run's characters.
bool is_field_word(std::string_view word);
bool is_name_word(std::string_view word);
bool plausible_name(std::string_view name);
std::optional<std::pair<std::size_t, std::size_t>> read_name_words(const TextRun& run, std::size_t i);
std::size_t piece_at(const TextRun& run, std::size_t offset);
std::string latin_words_of_bilingual(const std::string& name);
std::optional<FoundName> make_found(const TextRun& run, std::size_t begin, std::size_t end, bool order_known);

// Names by a form's labels (identity_labels.cpp): "Name:" and its kin in the documents' languages,
// and the split "Surname: / Given Name: / Middle Name:" fields.
std::optional<FoundName> name_from_labels(const std::vector<TextRun>& lines);
std::optional<FoundName> name_from_split_fields(const std::vector<TextRun>& lines);

// One misread letter in a surname would look like a different person (name_mismatch): each OCR
// word is checked against the other documents' readings and mended (identity_consensus.cpp).
void apply_consensus(std::vector<FoundName>& found);
// How good a reading is to be the candidate's name: academic documents first, then the fullest.
int reading_rank(const FoundName& f);
// Bytes outside ASCII: the accents a print kept.
int non_ascii(const std::string& s);

}  // namespace cc
