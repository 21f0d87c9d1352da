#include "validators/validation_result.h"

namespace cc {

Outcome all_of(const std::vector<Outcome>& outcomes) {
  bool undecided = false;
  for (auto o : outcomes) {
    if (o == Outcome::not_met) return Outcome::not_met;
    if (o == Outcome::undecided) undecided = true;
  }
  return undecided ? Outcome::undecided : Outcome::met;
}

Outcome any_of(const std::vector<Outcome>& outcomes) {
  bool undecided = false;
  for (auto o : outcomes) {
    if (o == Outcome::met) return Outcome::met;
    if (o == Outcome::undecided) undecided = true;
  }
  return undecided ? Outcome::undecided : Outcome::not_met;
}

std::string_view eligibility_name(Eligibility e) {
  switch (e) {
    case Eligibility::eligible: return "eligible";
    case Eligibility::not_eligible: return "not_eligible";
    case Eligibility::needs_review: return "needs_review";
  }
  return "needs_review";
}

}  // namespace cc
