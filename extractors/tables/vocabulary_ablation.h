// The ablation switch of the table reader: with CC_TABLES_ABLATE_VOCABULARY=1 in the environment the
// header vocabulary (header_vocabulary.yaml's column phrases) and the term-caption words of the
// section patterns (semester, year, Fall, Primer...) are unknown, so the reader must read tables
// from structure alone. It measures how much of what the reader reads rests on words fitted to the
// designs it was trained on (what falls apart here falls apart on a design nobody has seen). Read
// once, here and nowhere else; off in normal runs.
#pragma once

namespace cc {

bool table_vocabulary_ablated();

}  // namespace cc
