// Text for dossier.html. Everything read from a document is hostile input (a transcript can say
// "<script>"), so every string goes through html_escape on its way into the page: markup
// characters become entities, control characters and invalid UTF-8 are replaced, so no text can
// open a tag, close an attribute or smuggle a script.
#pragma once

#include <string>
#include <string_view>

namespace cc {

// Safe in element content and in double- or single-quoted attribute values.
std::string html_escape(std::string_view text);

// At most `max_chars` characters (code points) of `text`, with "…" when cut; never splits a
// UTF-8 sequence. Not escaped.
std::string truncate_text(std::string_view text, size_t max_chars);

// A number for a reader: at most `decimals` decimals, trailing zeros dropped ("4", "2.67").
std::string format_number(double value, int decimals = 2);

}  // namespace cc
