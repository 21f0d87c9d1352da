// Which evidence items of a dossier get a picture, and what region of the page each picture shows.
// dossier.html shows the evidence a decision rests on as a crop of the page with the evidence box
// highlighted. Crops are rendered by a worker process (pipeline/workers/crop_client.h); this file
// only chooses: decisive evidence first (each route's criteria), then the degree, the jobs and the
// flags; duplicates once; at most kMaxCropsPerDossier, so a dossier stays a few hundred KB.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/dossier/candidate_record.h"

namespace cc {

constexpr size_t kMaxCropsPerDossier = 16;
constexpr int kCropDpi = 110;

struct EvidenceCrop {
  Evidence evidence;  // what is highlighted
  std::string key;    // evidence_key(evidence)
  Box region;         // the part of the page asked for: the box with some context around it
  int turn = 0;       // degrees clockwise the crop is turned so text reads upright (the page's OCR turn)
  // Filled once rendered: the PNG as base64, the region actually rendered (clamped to the page)
  // and its size in pixels; or why there is no picture.
  std::string png_base64;
  Box rendered;
  int width = 0, height = 0;
  std::string failure;
  bool from_cache = false;  // taken from the crop cache rather than rendered in this run
  bool ok() const { return !png_base64.empty(); }
  // Where the evidence box lies in the picture, as fractions of its width and height (after the turn).
  Box highlight() const;
};

// The same evidence item always gives the same key (file, page, box to a tenth of a point).
std::string evidence_key(const Evidence& e);

// The crops worth rendering for this candidate, in priority order, at most `max` of them. Only
// evidence with a real box on a page of a document that was read is chosen.
std::vector<EvidenceCrop> select_evidence_crops(const CandidateRecord& record, size_t max = kMaxCropsPerDossier);

// The crop for `e` (or for the evidence whose evidence_key() is `key`), or nullptr.
const EvidenceCrop* find_crop(const std::vector<EvidenceCrop>& crops, const Evidence& e);
const EvidenceCrop* find_crop(const std::vector<EvidenceCrop>& crops, const std::string& key);

}  // namespace cc
