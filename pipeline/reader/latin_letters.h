// Is a page read by the English model printed in a Latin-script language whose letters that
// model lacks? The English model knows one accented letter, "é"; the letters of Albanian,
// Croatian, Lithuanian, Hungarian, Azerbaijani... come out as that "é" or as a symbol inside the
// word: "pérgjithshme" (përgjithshme), "Grgi¢" (Grgić), "sveuili$ni" (sveučilišni),
// "Priedélio" (Priedėlio), "kéciirtilmisdir" (köçürülmüşdür). A course title read so never
// matches its transcript. Tesseract's Latin-script model (Debian `tesseract-ocr-script-latn`)
// holds the letters of every Latin-script language, so such a page is read again with it
// (second_reading.h) when no installed language's model claims it by its function words
// (page_language.h): a table of titles has few of them, and a language with no model of its own
// has none to count.
#pragma once

#include <string>
#include <vector>

namespace cc {

// The Tesseract model name ("Latin") to read the page again with, or "" when few of its words
// show letters the English model lacks. Words are as the English model read them.
std::string latin_letters_model(const std::vector<std::string>& words);

}  // namespace cc
