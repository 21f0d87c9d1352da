// Page images for the review server's page viewer, rendered on demand by a worker process
// (pipeline/workers/crop_client.h: the same worker and limits as dossier.html's crops, a deadline
// per page; the server itself never opens a candidate's file). Given `--input DIR` (the folder
// `run` read: DIR/<candidate id>/<file>), a page is the whole page at 80 dpi in gray; the file
// must be one the dossier lists, found under DIR/<id>/ (no path leads out of it). The last 32
// pages stay in memory. Without --input there is no page viewer. An encrypted PDF opens with the
// passwords `run` and the daemon were given (`--passwords FILE`, the same file): they go from here
// to the worker in the crop request only, never into a page, a URL, an error or the log.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/limits.h"
#include "pipeline/serve/dossier_catalog.h"
#include "pipeline/watch/password_file.h"
#include "pipeline/workers/crop_client.h"

namespace cc {

struct PageImage {
  std::string png;
  Box rendered;  // the page region in points that the picture shows
  int width = 0, height = 0;
};

// The passwords to try on one of a candidate's files (by its name in the candidate folder).
using PagePasswords = std::function<std::vector<std::string>(const std::string& candidate, const std::string& file)>;
// From a passwords file (read again whenever it changes, as the daemon does).
PagePasswords passwords_from_file(PasswordFile file);

class PageRenderer {
 public:
  PageRenderer(std::string input_dir, std::string worker_executable, Limits limits, PagePasswords passwords = {});
  bool enabled() const { return !input_dir_.empty(); }
  // The page `page` (from 1) of the dossier's document number `doc` (from 0); nullopt with `why`.
  std::optional<PageImage> render(const CatalogDossier& dossier, int doc, int page, std::string& why);

 private:
  std::string input_dir_;
  std::unique_ptr<CropClient> client_;
  PagePasswords passwords_;
  std::mutex mutex_;  // one worker, one page at a time
  std::map<std::string, std::shared_ptr<const PageImage>> cache_;
};

}  // namespace cc
