// The lab areas of a clinical training the degree reader recognised without reading any area in it
// ("Clinical Laboratory Posting I", "Practicum II", "Hospital Laboratory Internship"). A fact that
// can be checked from what was read, so it should not send a decision to review:
// 1. the training's own rows in full: the coursework reader keeps a course's whole title ("Clinical
//    Laboratory Internship I (Biochemistry and Haematology)") where the degree reader may have
//    kept its head only; the areas those titles name are the training's;
// 2. a posting or rotation that names no area at all is the program's rotation through its
//    clinical laboratory sections: inside an MLS-field program (criteria.md, "clinical training")
//    it covers the areas the program's own MLS professional courses teach ("Clinical Chemistry",
//    "Haematology", "Blood Banking", "Medical Microbiology"). Our working choice, so the areas are
//    marked `from_program_courses` and the decision resting on them says it is assumed
//    (`definitions.assumed.clinical_training_areas`, validators/README.md).
#pragma once

#include "core/facts.h"

namespace cc {

// 3. areas already read are completed by the areas the training's rows name in full, and the
//    rows that name no area known are kept (`clinical_training_rows_without_area`): the areas
//    read may be partial, so a missing one is not shown absent (validators: undecided);
// 4. when the training names areas of its own, the areas the program's MLS professional courses
//    teach are kept beside them (`clinical_training_areas_taught`): an area the rotations leave out
//    but a course of the program teaches may have been trained in that course's laboratory
//    sessions, so it is not shown absent either (validators: undecided, never met).
// Fills `facts.degree->clinical_training_areas` when the degree shows a clinical training (rule 1,
// else 2 when no area was read in it; rule 3 when some were); leaves everything else as it is.
void complete_training_areas(CandidateFacts& facts);

}  // namespace cc
