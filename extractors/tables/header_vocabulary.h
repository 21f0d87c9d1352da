// The header vocabulary of the table reader: which printed header phrases name which column role,
// and which words mark a summary line. It is data (header_vocabulary.yaml, embedded in the binary
// at build time), loaded once; a phrase list a user edits needs a rebuild, not a code change.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cc {

enum class ColumnRole {
  code,        // course code
  title,       // course title
  grade,       // grade of any scale
  credits,     // credits, units, hours (earned)
  max_marks,   // maximum marks of the paper
  min_marks,   // pass marks
  marks,       // marks obtained (the total)
  marks_part,  // internal / external / theory / practical marks: parts of the total
  points,      // grade points, quality points
  score,       // score, percentage
  serial,      // S/N
  remark,      // remarks, result, re-exam
  dept,        // first half of a code printed in two columns
  number,      // second half ("No." after "Dept")
  attempted,   // credits attempted (not earned)
  contact_hours,  // lecture / tutorial / practical hours a week (the L, T, P of L-T-P-C), not credits
  term,        // the row's term printed in a column of its own (year, semester) rather than above it
  unknown,     // nothing known: neither its header nor its content says
};
std::string_view role_name(ColumnRole role);

struct HeaderPhrase {
  std::vector<std::string> words;  // lower-case letters only
  ColumnRole role;
  bool english = true;             // false: listed under other_languages
};

struct HeaderVocabulary {
  std::vector<HeaderPhrase> phrases;         // longest first
  std::vector<std::string> summary_words;    // anywhere in a line
  std::vector<std::string> summary_first_words;
};

// The embedded vocabulary, parsed once. A malformed embedded file is a build defect: it aborts
// through an assert in debug builds and yields an empty vocabulary otherwise.
const HeaderVocabulary& header_vocabulary();

// Parses a vocabulary from YAML text (exposed for tests); entries with an unknown role are skipped.
HeaderVocabulary parse_header_vocabulary(const std::string& yaml_text);

// Lower-case ASCII letters of `s`, Latin letters with accents folded to their base letter ("S/N" ->
// "sn", "Cr." -> "cr", "Créditos" -> "creditos"); other letters dropped.
std::string letters_lower(std::string_view s);

}  // namespace cc
