#include "pipeline/cache/crop_cache.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/json_text.h"
#include "core/sha256.h"
#include "core/output_files.h"

namespace cc {
namespace {

// A document's crops beyond this are not kept (a file this large is read as empty and replaced
// by the new crops alone). A crop's PNG is at most 768 KB; typical ones are 5-30 KB.
constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

}  // namespace

std::string CropCache::crop_key(int page, const CropSpec& spec) {
  char key[200];
  snprintf(key, sizeof key, "v%d|p%d|%.1f|%.1f|%.1f|%.1f|dpi%d|turn%d", kCropRendererVersion, page, spec.box.x0,
           spec.box.y0, spec.box.x1, spec.box.y1, spec.dpi, spec.turn);
  return key;
}

std::string CropCache::document_path(const std::string& sha256) const {
  return dir_ + "/" + sha256.substr(0, 2) + "/" + sha256 + "-crops.json";
}

DocumentCrops CropCache::load(const std::string& sha256) const {
  DocumentCrops crops;
  if (!is_sha256_hex(sha256)) return crops;
  const std::string path = document_path(sha256);
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxFileBytes) return crops;
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) return crops;
  const auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("crops") || !j["crops"].is_object()) return crops;
  for (const auto& [key, entry] : j["crops"].items())
    if (auto crop = crop_image_from_json(entry)) crops.emplace(key, std::move(*crop));
  return crops;
}

Status CropCache::add(const std::string& sha256, const DocumentCrops& crops) const {
  if (!is_sha256_hex(sha256)) return make_error(ErrorCode::internal, "crop cache: no document hash");
  if (crops.empty()) return ok_status();
  const std::lock_guard<std::mutex> lock(add_mutex_);
  DocumentCrops all = load(sha256);
  for (const auto& [key, crop] : crops) all.insert_or_assign(key, crop);
  nlohmann::json entries = nlohmann::json::object();
  for (const auto& [key, crop] : all) entries[key] = crop_image_to_json(crop);
  if (auto st = ensure_directory(dir_ + "/" + sha256.substr(0, 2)); !st) return st;
  const nlohmann::json file = {{"sha256", sha256}, {"crops", std::move(entries)}};
  return write_file_atomic(document_path(sha256), json_text(file), Durability::unsynced);
}

std::optional<CropImage> CropCache::lookup(const std::string& sha256, int page, const CropSpec& spec) const {
  auto crops = load(sha256);
  auto it = crops.find(crop_key(page, spec));
  if (it == crops.end()) return std::nullopt;
  return std::move(it->second);
}

Status CropCache::store(const std::string& sha256, int page, const CropSpec& spec, const CropImage& crop) const {
  return add(sha256, DocumentCrops{{crop_key(page, spec), crop}});
}

}  // namespace cc
