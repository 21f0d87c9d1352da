// Which Latin-script language a page read by the English model is written in, told by its
// function words ("de", "del", "los", "y" / "do", "da", "dos", "em" / "et", "les", "des", "du"). The English model reads
// accented capitals as bare ones ("BIOLOGIA" for "BIOLOGÍA", "Satide" for "Saúde"), so a page in
// Spanish, Portuguese or French is read again with that language's model when it is installed: a course
// title must come out as the transcript prints it.
#pragma once

#include <string>
#include <vector>

namespace cc {

// The Tesseract model name ("spa", "por", "fra") of the page's language, or "" for English or too few
// words to tell. Words are as OCR read them, any case.
std::string page_language(const std::vector<std::string>& words);

// Whether English function words claim the page (enough of them, twice as many as of any other
// language): such a page is not read again for letters the English model lacks (latin_letters.h),
// whatever names with accents it prints.
bool page_in_english(const std::vector<std::string>& words);

}  // namespace cc
