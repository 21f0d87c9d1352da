// Term captions told by their shape, for when no term word is known (a transcript in a language
// the section patterns do not cover, or the vocabulary ablated): a short line of its own among a
// table's rows that numbers something (`Semestre 1`, `Kisamyak 2`, `Anno di corso: 3`, `II`
// with a word) is the caption of the rows under it. A property of transcripts in general: terms
// are numbered, course titles wrap onto lines of words, and a line that is no wrap (its first word
// would have fitted on the line above) and holds no value cell is no course.
#pragma once

#include <string>

namespace cc {

// The text of a line shaped like a numbered caption: two to four words, exactly one of them a small
// number (1-12, an ordinal such as `1st`, `1er`, `1.`, `2º`) or a roman numeral up to XII, at least
// one a word of three letters or more (any script), no other digit but one range of calendar years
// (`VITI I PARË (2022-2023)`: the academic year of a numbered year of study), no sentence (no word
// ending in a full stop but the number).
bool has_caption_shape(const std::string& text);

}  // namespace cc
