// Is a page read by the English model printed in Cyrillic? The Latin models read Cyrillic small
// letters as the Latin letters they look like, and many of them (н, к, т, м, в, л, и, п) look like
// small capitals: "HeopraHcka" for "неорганска", "jYHCKH" for "јунски", "MeguuyHcka" for
// "медицинска". Latin words almost never put a capital after a small letter inside a word, so a
// page where many words do was printed in Cyrillic (rounds 4, 5, 8-11: Ukrainian, Kazakh,
// Russian, Mongolian, Serbian, Kyrgyz, Belarusian and Tajik documents). Such a page is read again
// with the English and Cyrillic-script models together (Tesseract tries the second model on
// each word the first reads badly), so English lines of a bilingual page stay English.
#pragma once

#include <string>
#include <vector>

namespace cc {

// The Tesseract model ("eng+Cyrillic") to read the page again with, or "" when its words read as
// Latin text (or too few words to tell). Words are as the English model read them.
std::string page_script_model(const std::vector<std::string>& words);

}  // namespace cc

namespace cc {

// A word is written in one script. The mixed reading may give a Cyrillic word a Latin letter of
// the same shape ("МЛД1O01", "Oпшта" with a Latin O): in a word of two Cyrillic letters or more
// and no other Latin letter than such twins (A B C E H K M O P T X a c e o p x y), each twin
// becomes its Cyrillic letter. Other words come back as they were.
std::string cyrillic_twins_in_cyrillic_word(const std::string& word);

// Roman numerals printed in a Cyrillic document ("II семестър", "Хематология I част") are Latin
// letters the mixed reading takes for the Cyrillic letters of their shape: "І" (U+0406) for I,
// "П" for a serifed II, "Ш" for III, "У" for V, "Х" for X. A word made only of those letters (and
// Latin I, V, X), whose Latin reading is a Roman numeral from I to XX, becomes that numeral;
// punctuation around it stays. Any other word comes back as it was.
std::string roman_numeral_read_as_cyrillic(const std::string& word);

}  // namespace cc
