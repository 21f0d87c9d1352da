// Passwords for encrypted PDFs the agency can open: the per-candidate passwords file
// (`credcheck run --passwords FILE`), the forms of a password worth trying, and SASLprep.
//
// PDF 2.0 (ISO 32000-2, AES-256 "R6") says a password is prepared with SASLprep (RFC 4013) before
// it is used, as UTF-8, at most 127 bytes. Poppler passes the bytes through unprepared, so a
// password typed with a soft hyphen, a non-ASCII space or a compatibility character (U+00AA
// "ª" for "a") would not open a file that a PDF 2.0 reader opens. We prepare it ourselves with
// ICU's stringprep (USPREP_RFC4013_SASLPREP: map non-ASCII spaces to U+0020, drop characters
// commonly mapped to nothing, NFKC, refuse prohibited and bidi-mixed strings) and try both forms;
// older revisions (RC4, AES-128) take PDFDocEncoding bytes, so a Latin-1 form is tried as well.
//
// Passwords are secrets: nothing here puts one in an Error message, and no caller may log one.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/expected.h"

namespace cc {

// The SASLprep form of a UTF-8 password (truncated to 127 bytes as PDF 2.0 requires), or nullopt
// when the password is not valid UTF-8 or holds characters SASLprep prohibits.
std::optional<std::string> saslprep(std::string_view utf8);

// The distinct byte strings to try for `password`, in order: as given, its SASLprep form, its
// Latin-1 (PDFDocEncoding) form when every character fits. Empty passwords give nothing.
std::vector<std::string> password_variants(const std::string& password);

// Every password to try on one file, most specific first (`given`, then `fallback`, the
// --password), each in its forms (password_variants), without repeats.
std::vector<std::string> passwords_to_try(const std::vector<std::string>& given, const std::string& fallback);

// The passwords file: one `KEY<TAB>PASSWORD` a line, where KEY is a candidate id (every file of
// that candidate) or `candidate_id/path/in/folder.pdf` (that file only); `*` applies to every
// candidate. Blank lines and lines starting with '#' are ignored. A password runs to the end of
// the line (spaces included; a trailing CR is removed). Several lines may name the same key:
// each password is tried in file order.
class PasswordBook {
 public:
  // Errors name the file and line, never a password.
  static Expected<PasswordBook> load(const std::string& path);
  static Expected<PasswordBook> parse(std::string_view text, const std::string& source);

  // The passwords for `file` (path relative to the candidate folder) of `candidate`: the file's
  // own first, then the candidate's, then the `*` ones.
  std::vector<std::string> passwords_for(const std::string& candidate, const std::string& file) const;
  size_t size() const { return count_; }

 private:
  std::map<std::string, std::vector<std::string>> by_key_;
  size_t count_ = 0;
};

}  // namespace cc
