// Course codes OCR read with specks or a table rule's remnant glued to them, or with their first
// letter lost or read as a figure, put back in the shape the transcript's other codes share. A
// school prints its codes one way (three letters and four figures, two letters, a space and three
// figures...), and its letter parts repeat; a scan garbles a few cells only: "2 6BIO1101",
// "§ ENG1202", "6 iITC2101 1" (a serial number, a speck or the stroke of a ruling line read in the
// cell) among "GEN1101", "CHM1202"... are "BIO1101", "ENG1202", "ITC2101"; "1AB3104" and "AB4105"
// beside three "LAB..." codes are "LAB3104" and "LAB4105"; "MIT 213" or "MILT 317" read a few
// times among many "MLT 2xx" are "MLT"; where most codes share one pattern of figures and capitals
// (figures first too: "047ANATO1"), a character of the wrong class takes its usual confusion of the
// right one ("047ANATOI" -> "047ANATO1", "047VIROLS" -> "047VIROL5", "1A3" read "143"), unless
// the transcript's other codes print the character read at that place and never its repair ("601-101-SM"
// among many "140-1A4-SM": a college's numbered courses beside its lettered ones, their "0" is
// no "O"). Only codes read by OCR are touched: a text layer prints
// what it means. Nothing is guessed where the transcript's codes have no usual shape.
#pragma once

#include <string>
#include <vector>

namespace cc {

// Repairs `codes[i]` where `read_by_ocr[i]`; returns how many changed, `changed[i]` tells which.
int repair_code_shapes(std::vector<std::string>& codes, const std::vector<bool>& read_by_ocr,
                       std::vector<bool>* changed = nullptr);

}  // namespace cc
