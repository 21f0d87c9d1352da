#include "pipeline/run/dossier_crops.h"

#include <algorithm>
#include <map>
#include <spdlog/spdlog.h>
#include <tuple>

#include "core/base64.h"

namespace cc {
namespace {

void show(EvidenceCrop& crop, const CropImage& image) {
  crop.png_base64 = base64_encode(image.png);
  crop.rendered = image.box;
  crop.width = image.width;
  crop.height = image.height;
}

// Each PDF crop carries the union of the crops asked of its page, so the worker rasterises that
// part of the page once instead of all of it (`batch` is sorted by file and page).
void set_page_regions(std::vector<CropRequest>& batch) {
  for (size_t first = 0; first < batch.size();) {
    size_t end = first;
    Box u = batch[first].spec.box;
    for (; end < batch.size() && batch[end].path == batch[first].path && batch[end].page == batch[first].page; ++end)
      u = bounding_box(u, batch[end].spec.box);
    if (batch[first].kind == FileKind::pdf)
      for (size_t k = first; k < end; ++k) batch[k].spec.region = u;
    first = end;
  }
}

}  // namespace

std::vector<EvidenceCrop> render_evidence_crops(const CandidateRecord& record, CropSource& source, const CropPasswords& passwords,
                                                const CropCache* cache, double budget_seconds) {
  std::vector<EvidenceCrop> crops = select_evidence_crops(record);
  std::vector<CropRequest> requests(crops.size());
  std::vector<std::string> hashes(crops.size());
  std::vector<size_t> to_render;  // crops the cache does not have
  std::map<std::string, DocumentCrops> cached;  // by document hash, each file read once
  for (size_t i = 0; i < crops.size(); ++i) {
    CropRequest& r = requests[i];
    for (const auto& d : record.documents)
      if (d.file == crops[i].evidence.file) {
        r.path = d.path;
        r.kind = d.kind;
        hashes[i] = d.sha256;
      }
    if (passwords) r.passwords = passwords(crops[i].evidence.file);
    r.page = crops[i].evidence.page;
    r.spec.box = crops[i].region;
    r.spec.dpi = kCropDpi;
    r.spec.turn = crops[i].turn;
    if (cache) {
      auto doc = cached.find(hashes[i]);
      if (doc == cached.end()) doc = cached.emplace(hashes[i], cache->load(hashes[i])).first;
      if (auto hit = doc->second.find(CropCache::crop_key(r.page, r.spec)); hit != doc->second.end()) {
        show(crops[i], hit->second);
        crops[i].from_cache = true;
        continue;
      }
    }
    to_render.push_back(i);
  }
  if (to_render.empty()) return crops;
  // Crops of one page one after another: the worker renders or decodes that page once.
  std::stable_sort(to_render.begin(), to_render.end(), [&](size_t a, size_t b) {
    return std::tie(requests[a].path, requests[a].page) < std::tie(requests[b].path, requests[b].page);
  });
  std::vector<CropRequest> batch;
  for (size_t i : to_render) batch.push_back(requests[i]);
  set_page_regions(batch);
  auto results = source.render(batch, budget_seconds);
  std::map<std::string, DocumentCrops> rendered;  // new crops by document hash, stored once each
  for (size_t k = 0; k < to_render.size() && k < results.size(); ++k) {
    const size_t i = to_render[k];
    if (!results[k]) {
      crops[i].failure = results[k].error().message;
      continue;
    }
    show(crops[i], *results[k]);
    if (cache) rendered[hashes[i]].insert_or_assign(CropCache::crop_key(requests[i].page, requests[i].spec), std::move(*results[k]));
  }
  for (const auto& [sha, new_crops] : rendered)
    if (auto st = cache->add(sha, new_crops); !st) spdlog::warn("crop cache: {}", st.error().message);
  return crops;
}

}  // namespace cc
