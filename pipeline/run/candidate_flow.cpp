#include "pipeline/run/candidate_flow.h"

#include "pipeline/dossier/dossier_html.h"
#include "pipeline/run/candidate_output.h"
#include "pipeline/run/evaluate_candidate.h"
#include "validators/evaluate.h"

namespace cc {

CandidateFlowResult run_candidate_flow(CandidateRecord& record, const CandidateFlowContext& context, CropSource& crop_source,
                                       StageRunner& stages) {
  const std::string& as_of = context.batch.as_of;
  record.facts = stages.run("extract", [&] { return extract_facts(record.id, record.documents, context.rules, as_of); });
  record.validation = stages.run("validate", [&] { return evaluate(*record.facts, context.rules, as_of); });
  stages.check("validate", record.validation->evaluations.size() >= 2, "every board is evaluated for " + record.id);
  CropPasswords passwords;
  if (context.passwords) passwords = [&](const std::string& file) { return context.passwords(record.id, file); };
  const auto crops = stages.run("crops", [&] { return render_evidence_crops(record, crop_source, passwords, context.crop_cache); });
  CandidateFlowResult result;
  result.written = stages.run("write", [&] {
    const std::string html = dossier_html(record, context.batch, crops, &context.rules);
    return write_candidate_output(context.out_dir, record, context.batch, context.history_version, &html);
  });
  for (const auto& crop : crops) {
    result.crops_cached += crop.ok() && crop.from_cache;
    result.crops_rendered += crop.ok() && !crop.from_cache;
  }
  return result;
}

}  // namespace cc
