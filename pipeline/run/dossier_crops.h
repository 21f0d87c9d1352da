// The evidence crops of one candidate's dossier.html: chooses them (dossier/evidence_crops.h),
// takes those rendered before from the crop cache (cache/crop_cache.h, when given), has the crop
// source (a crop worker, workers/crop_client.h) render the rest within a time budget, page by
// page, and returns them with their PNGs or the reason each has none. This process never opens
// the candidate's files.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pipeline/cache/crop_cache.h"
#include "pipeline/dossier/candidate_record.h"
#include "pipeline/dossier/evidence_crops.h"
#include "pipeline/workers/crop_source.h"

namespace cc {

constexpr double kCropBudgetSeconds = 20;  // per candidate, all crops together

// The passwords to try on one of the candidate's files (by its name in the candidate folder).
using CropPasswords = std::function<std::vector<std::string>(const std::string& file)>;

std::vector<EvidenceCrop> render_evidence_crops(const CandidateRecord& record, CropSource& source, const CropPasswords& passwords,
                                                const CropCache* cache = nullptr, double budget_seconds = kCropBudgetSeconds);

}  // namespace cc
