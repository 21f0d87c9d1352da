#include "validators/ruleset.h"

namespace cc {

std::string_view source_confidence_name(SourceConfidence c) {
  switch (c) {
    case SourceConfidence::official: return "official";
    case SourceConfidence::secondary: return "secondary";
    case SourceConfidence::assumed: return "assumed";
    case SourceConfidence::unconfirmed: return "unconfirmed";
  }
  return "assumed";
}

const Credential* Board::credential(const std::string& credential_id) const {
  for (const auto& c : credentials)
    if (c.id == credential_id) return &c;
  return nullptr;
}

const Route* Board::route(const std::string& route_id) const {
  for (const auto& c : credentials)
    for (const auto& r : c.routes)
      if (r.id == route_id) return &r;
  return nullptr;
}

const Board* Ruleset::board(const std::string& board_id) const {
  for (const auto& b : boards)
    if (b.id == board_id) return &b;
  return nullptr;
}

const std::vector<std::string>& flag_codes() {
  static const std::vector<std::string> kCodes{
      "name_mismatch",          "missing_diploma",      "missing_transcript",
      "missing_experience_letter", "overlapping_employment", "experience_outside_window",
      "non_qualifying_degree",  "not_bachelor_level",   "departments_not_stated",
      "low_confidence",         "unreadable_document"};
  return kCodes;
}

}  // namespace cc
