#include "pipeline/run/candidate_output.h"

#include <cstdlib>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "pipeline/dossier/dossier_json.h"
#include "core/json_text.h"
#include "core/output_files.h"

namespace cc {
namespace {

// A version above `version` in OUT/<id>/history: a newer dossier was published meanwhile.
bool newer_version_written(const std::string& history_dir, long long version) {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(history_dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("dossier-", 0) != 0 || name.size() < 14 || name.substr(name.size() - 5) != ".json") continue;
    if (std::atoll(name.c_str() + 8) > version) return true;
  }
  return false;
}

}  // namespace

Status write_candidate_output(const std::string& out_dir, const CandidateRecord& record, const BatchContext& context,
                              long long history_version, const std::string* html) {
  const std::string dir = (std::filesystem::path(out_dir) / record.id).string();
  if (auto st = ensure_directory(dir + "/text"); !st) return st;
  for (const auto& doc : record.documents)
    if (auto st = write_file_atomic(dir + "/text/" + flat_file_name(doc.file) + ".txt", document_text_dump(doc)); !st) return st;
  bool replaced = false;
  const std::string dossier = json_text(dossier_json(record, context), 2, &replaced) + "\n";
  if (replaced) spdlog::error("{}: a fact held bytes that are not UTF-8 (a bug: a cut inside a character); written as U+FFFD", record.id);
  if (history_version > 0) {
    if (auto st = ensure_directory(dir + "/history"); !st) return st;
    if (auto st = write_file_atomic(dir + "/history/dossier-" + std::to_string(history_version) + ".json", dossier); !st) return st;
    // A late writer (a daemon that stalled past its lease) keeps its version in the history but
    // never replaces a newer current dossier.
    if (newer_version_written(dir + "/history", history_version)) return ok_status();
  }
  if (html)
    if (auto st = write_file_atomic(dir + "/dossier.html", *html); !st) return st;
  return write_file_atomic(dir + "/dossier.json", dossier);
}

}  // namespace cc
