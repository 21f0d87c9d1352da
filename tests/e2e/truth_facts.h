// The generator's ground truth (samples/generate.py, DIR/truth/<id>.json) as CandidateFacts read
// with full confidence: what the extractors should have found. Judging these with the validators
// gives the decision each candidate should get.
#pragma once

#include <nlohmann/json.hpp>

#include "core/facts.h"

namespace cc::test {

CandidateFacts truth_to_facts(const nlohmann::json& truth);

}  // namespace cc::test
