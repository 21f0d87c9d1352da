// text-accuracy PRINTED.txt OCR.txt: prints "flexible_cer strict_cer errors reference" for one
// page; used by bench/ to score every OCR engine against the generator's text the same way.
// Lines starting with "# " or "=== page" in OCR.txt (credcheck's text dumps) are skipped; a
// form-feed line separates frames and is ignored.
#include <fstream>
#include <iostream>
#include <sstream>

#include "tools/text_accuracy.h"

namespace {

std::vector<std::string> read_lines(const std::string& path, bool skip_dump_headers) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (skip_dump_headers && (line.rfind("# ", 0) == 0 || line.rfind("=== page", 0) == 0)) continue;
    if (line == "\f") continue;
    lines.push_back(line);
  }
  return lines;
}

std::string join(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: text-accuracy PRINTED.txt OCR.txt\n";
    return 2;
  }
  const auto printed = read_lines(argv[1], false);
  const auto ocr = read_lines(argv[2], true);
  const auto flex = cc::flexible_character_errors(printed, ocr);
  const auto strict = cc::strict_character_errors(join(printed), join(ocr));
  std::cout << flex.cer() << " " << strict.cer() << " " << flex.errors << " " << flex.reference << "\n";
  return 0;
}
