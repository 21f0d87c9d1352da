#include "pipeline/run/candidate_output.h"

#include <filesystem>

#include "pipeline/dossier/dossier_json.h"
#include "core/output_files.h"

namespace cc {

Status write_candidate_output(const std::string& out_dir, const CandidateRecord& record, const BatchContext& context,
                              long long history_version, const std::string* html) {
  const std::string dir = (std::filesystem::path(out_dir) / record.id).string();
  if (auto st = ensure_directory(dir + "/text"); !st) return st;
  for (const auto& doc : record.documents)
    if (auto st = write_file_atomic(dir + "/text/" + flat_file_name(doc.file) + ".txt", document_text_dump(doc)); !st) return st;
  const std::string dossier = dossier_json(record, context).dump(2) + "\n";
  if (history_version > 0) {
    if (auto st = ensure_directory(dir + "/history"); !st) return st;
    if (auto st = write_file_atomic(dir + "/history/dossier-" + std::to_string(history_version) + ".json", dossier); !st) return st;
  }
  if (html)
    if (auto st = write_file_atomic(dir + "/dossier.html", *html); !st) return st;
  return write_file_atomic(dir + "/dossier.json", dossier);
}

}  // namespace cc
