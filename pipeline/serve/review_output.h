// The `review` section that the server adds to OUT/<id>/dossier.json (docs: pipeline/serve/README.md,
// "The review section"): the reviewer, the times, every word on a fact with the machine's original
// value, the decisions (machine, recomputed, final) and the state. Written into the file next to the
// machine's sections, which are kept byte for byte in their order; only when the file on disk is
// still the version reviewed (the daemon may have written a new one meanwhile). Written atomically
// but not fsync'ed: the database is the record (each change committed with a full sync), and the
// next change rewrites the section.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/expected.h"
#include "pipeline/dossier/summary.h"
#include "pipeline/serve/review_section_file.h"
#include "pipeline/serve/review_service.h"

namespace cc {

constexpr const char* kReviewSchema = "credcheck.review/1";

std::string iso_time(int64_t unix_seconds);

nlohmann::ordered_json review_section(const DossierReview& review, const std::function<std::string(int64_t)>& user_name);

// OUT/summary.csv with the review columns (pipeline/dossier/summary.h, kReviewColumns) filled
// from `cells` by candidate id: the machine's columns of `existing` (the file `run` wrote) are kept
// as they are, in their order; review columns already there are replaced. Empty when `existing`
// has no header row.
std::string summary_with_review(const std::string& existing, const std::map<std::string, ReviewCells>& cells);
// OUT/summary.json with each candidate's five review fields (summary.h, review_fields) set from
// `cells` by id, everything else as `run` wrote it. Empty when `existing` is not a summary.
std::string summary_json_with_review(const std::string& existing, const std::map<std::string, ReviewCells>& cells);

}  // namespace cc
