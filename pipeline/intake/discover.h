// Turns an input folder into candidates and their documents. Each subfolder is one candidate (its
// name is the id); a loose file at the top level is a candidate of its own (id = file stem). Hidden
// files and partial downloads are skipped; nothing is opened here beyond listing.
#pragma once

#include <string>
#include <vector>

#include "core/expected.h"

namespace cc {

struct InputFile {
  std::string path;  // full path
  std::string name;  // path relative to the candidate folder (e.g. "letters/job1.pdf")
};

struct Candidate {
  std::string id;
  std::string folder;  // the candidate's folder, or the loose file's folder
  std::vector<InputFile> files;  // sorted by name
};

// True for names we never treat as documents: hidden files, partial downloads (.part,
// .crdownload, .tmp, ~$ lock files), and OS litter (Thumbs.db, desktop.ini).
bool is_skipped_name(const std::string& name);

// Lists the candidates under `input_dir`, sorted by id. Files in nested subfolders of a candidate
// folder belong to that candidate. Errors only when `input_dir` cannot be listed at all.
Expected<std::vector<Candidate>> discover_candidates(const std::string& input_dir);

}  // namespace cc
