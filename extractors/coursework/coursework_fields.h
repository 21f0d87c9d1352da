// Cell text -> course codes and numbers, surviving the usual OCR confusions: I, l, |, ! and 1;
// O and 0; S and 5 in codes and numbers ("CHEM 1!1", "BIO t02", "MATH IOL", "1O", "3."). A fix is
// made only where the shape of the field leaves one reading, and is reported so the course's
// confidence drops a little. Titles: coursework_titles.h; grades: coursework_grades.h.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cc {

struct FieldReading {
  std::string value;
  bool valid = false;  // the text has the field's shape (after fixes)
  bool fixed = false;  // an OCR fix-up changed it
};

// Course code: a letter part (1-6 letters: "MT", "CHEM", "BMLS") and a number part (1-4 digits,
// maybe a suffix letter: "101P"), separated by a space, a hyphen or nothing, kept as printed.
// `known_prefixes`: letter parts read without any fix elsewhere in the transcript, with how many
// codes have them; the more codes, the more a code printed without a space is split after one.
using PrefixCounts = std::map<std::string, int>;
// True when a cell starts with a word closed by a colon and a word after it ("CA: Continuous
// Assessment", "Note: ..."): a label and its text, a legend under the table; a course code carries
// no colon inside it.
bool is_label_and_text(const std::string& printed);
FieldReading read_code(const std::string& printed, const PrefixCounts& known_prefixes = {});
// The letter part of a code read by read_code ("CHEM" of "CHEM 101"), or "".
std::string code_prefix(const std::string& code);

// A number as printed in a credits or marks column ("3", "5.0", "3.", "1O", "l"); nullopt when
// the text is not a number. `fixed` is set when a letter had to be read as a digit.
std::optional<double> read_number(const std::string& printed, bool* fixed = nullptr);

// Hours printed with their unit ("60h", "45 h", "60 hrs", "75 heures", "60 horas", "45 hours"):
// the number, whole, 1-999; nullopt for anything else. A value that carries the hour's unit says
// it counts hours, whatever its column's header says.
std::optional<double> hours_with_unit(const std::string& printed);

// A credits cell holding a dash alone (`—`, `–`, `-`, `--`, `−`): the table says the course carries
// no credit (a term paper, a practice counted in weeks), which is not a cell left unread (S194).
bool no_load_printed(const std::string& printed);

// `s` with the characters OCR gives for digits read as those digits ("l.7S" -> "1.75").
std::string as_digits(const std::string& s);

// Trims spaces and collapses runs of spaces to one.
std::string squeeze_spaces(const std::string& s);

}  // namespace cc
