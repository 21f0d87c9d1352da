#include "pipeline/cache/crop_cache.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/core/sha256.h"
#include "pipeline/run/output_files.h"

namespace cc {
namespace {

constexpr std::uintmax_t kMaxEntryBytes = 2 << 20;  // a crop's PNG is at most 768 KB, base64 1 MB

}  // namespace

std::string CropCache::entry_path(const std::string& sha256, int page, const CropSpec& spec) const {
  char key[200];
  snprintf(key, sizeof key, "v%d|p%d|%.1f|%.1f|%.1f|%.1f|dpi%d|turn%d", kCropRendererVersion, page, spec.box.x0,
           spec.box.y0, spec.box.x1, spec.box.y1, spec.dpi, spec.turn);
  const std::string k(key);
  return dir_ + "/" + sha256.substr(0, 2) + "/" + sha256 + "-crop-" + sha256_hex(k.data(), k.size()).substr(0, 20) + ".json";
}

std::optional<CropImage> CropCache::lookup(const std::string& sha256, int page, const CropSpec& spec) const {
  if (!is_sha256_hex(sha256)) return std::nullopt;
  const std::string path = entry_path(sha256, page, spec);
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxEntryBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  const auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  auto crop = crop_image_from_json(j);
  if (!crop) return std::nullopt;
  return std::move(*crop);
}

Status CropCache::store(const std::string& sha256, int page, const CropSpec& spec, const CropImage& crop) const {
  if (!is_sha256_hex(sha256)) return make_error(ErrorCode::internal, "crop cache: no document hash");
  const std::string path = entry_path(sha256, page, spec);
  if (auto st = ensure_directory(dir_ + "/" + sha256.substr(0, 2)); !st) return st;
  return write_file_atomic(path, crop_image_to_json(crop).dump(), Durability::unsynced);
}

}  // namespace cc
