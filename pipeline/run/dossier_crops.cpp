#include "pipeline/run/dossier_crops.h"

#include "pipeline/core/base64.h"

namespace cc {

std::vector<EvidenceCrop> render_evidence_crops(const CandidateRecord& record, CropClient& client, const std::string& password,
                                                double budget_seconds) {
  std::vector<EvidenceCrop> crops = select_evidence_crops(record);
  std::vector<CropRequest> requests;
  for (const auto& c : crops) {
    CropRequest r;
    for (const auto& d : record.documents)
      if (d.file == c.evidence.file) {
        r.path = d.path;
        r.kind = d.kind;
      }
    r.password = password;
    r.page = c.evidence.page;
    r.spec.box = c.region;
    r.spec.dpi = kCropDpi;
    r.spec.turn = c.turn;
    requests.push_back(std::move(r));
  }
  if (requests.empty()) return crops;
  auto results = client.render(requests, budget_seconds);
  for (size_t i = 0; i < crops.size() && i < results.size(); ++i) {
    if (!results[i]) {
      crops[i].failure = results[i].error().message;
      continue;
    }
    crops[i].png_base64 = base64_encode(results[i]->png);
    crops[i].rendered = results[i]->box;
    crops[i].width = results[i]->width;
    crops[i].height = results[i]->height;
  }
  return crops;
}

}  // namespace cc
