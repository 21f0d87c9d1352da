#include "pipeline/serve/page_renderer.h"

#include <filesystem>

namespace cc {
namespace {

constexpr int kPageDpi = 80;
constexpr double kPageBudgetSeconds = 20;

std::optional<FileKind> kind_named(const std::string& name) {
  for (FileKind k : {FileKind::pdf, FileKind::png, FileKind::jpeg, FileKind::tiff})
    if (file_kind_name(k) == name) return k;
  return std::nullopt;
}

// DIR/<id>/<file>, only when it resolves to a regular file inside DIR/<id>.
std::optional<std::string> file_inside(const std::string& input_dir, const std::string& id, const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(fs::path(input_dir) / id, ec);
  if (ec) return std::nullopt;
  const fs::path path = fs::weakly_canonical(base / file, ec);
  if (ec || !fs::is_regular_file(path, ec)) return std::nullopt;
  const auto rel = path.lexically_relative(base);
  if (rel.empty() || rel.native().rfind("..", 0) == 0) return std::nullopt;
  return path.string();
}

}  // namespace

PagePasswords passwords_from_file(PasswordFile file) {
  auto shared = std::make_shared<std::pair<std::mutex, PasswordFile>>();
  shared->second = std::move(file);
  return [shared](const std::string& candidate, const std::string& name) {
    std::lock_guard lock(shared->first);
    return passwords_to_try(shared->second.current().passwords_for(candidate, name), "");
  };
}

PageRenderer::PageRenderer(std::string input_dir, std::string worker_executable, Limits limits, PagePasswords passwords)
    : input_dir_(std::move(input_dir)), passwords_(std::move(passwords)) {
  if (enabled()) client_ = std::make_unique<CropClient>(std::move(worker_executable), limits);
}

std::optional<PageImage> PageRenderer::render(const CatalogDossier& dossier, int doc, int page, std::string& why) {
  if (!enabled()) {
    why = "the page viewer needs `credcheck serve --input DIR`";
    return std::nullopt;
  }
  const auto& docs = dossier.machine.value("documents", nlohmann::json::array());
  if (!docs.is_array() || doc < 0 || doc >= static_cast<int>(docs.size()) || !docs[static_cast<size_t>(doc)].is_object()) {
    why = "no such document";
    return std::nullopt;
  }
  const auto& d = docs[static_cast<size_t>(doc)];
  const int pages = d.value("pages", 0);
  const auto kind = kind_named(d.value("kind", ""));
  if (page < 1 || page > pages || !kind) {
    why = "no such page";
    return std::nullopt;
  }
  const auto path = file_inside(input_dir_, dossier.id, d.value("file", ""));
  if (!path) {
    why = "the document is not in the input folder";
    return std::nullopt;
  }
  const std::string key = dossier.version + "|" + std::to_string(doc) + "|" + std::to_string(page);
  std::lock_guard lock(mutex_);
  if (auto it = cache_.find(key); it != cache_.end()) return *it->second;
  CropRequest request;
  request.path = *path;
  request.kind = *kind;
  request.page = page;
  if (passwords_) request.passwords = passwords_(dossier.id, d.value("file", ""));
  request.spec.box = Box{0, 0, 14400, 14400};  // the whole page: the worker clamps the box to it
  request.spec.dpi = kPageDpi;
  auto results = client_->render({request}, kPageBudgetSeconds);
  if (results.empty() || !results[0]) {
    why = results.empty() ? "no answer from the worker" : results[0].error().message;
    return std::nullopt;
  }
  auto image = std::make_shared<PageImage>(PageImage{results[0]->png, results[0]->box, results[0]->width, results[0]->height});
  if (cache_.size() >= 32) cache_.clear();
  cache_[key] = image;
  return *image;
}

}  // namespace cc
