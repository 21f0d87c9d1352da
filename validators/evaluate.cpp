#include "validators/evaluate.h"

#include <map>
#include <set>

#include "validators/criteria_eval.h"
#include "validators/experience_facts.h"
#include "validators/fact_readings.h"
#include "validators/flags.h"
#include "validators/text_util.h"
#include "validators/todos.h"

namespace cc {
namespace {

// Why a credential needs review: each doubt once, with the routes it keeps undecided.
std::vector<std::string> review_reasons(const std::vector<RouteResult>& routes) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> routes_of;
  const auto add = [&](const std::string& reason, const std::string& route) {
    auto& list = routes_of[reason];
    if (list.empty()) order.push_back(reason);
    if (!contains(list, route)) list.push_back(route);
  };
  for (const auto& route : routes) {
    if (route.outcome != Outcome::undecided) continue;
    for (const auto& check : route.criteria) {
      if (check.outcome != Outcome::undecided) continue;
      if (check.doubts.empty()) add(check.id + ": " + check.detail, route.id);
      for (const auto& doubt : check.doubts) add(doubt.detail, route.id);
    }
  }
  std::vector<std::string> out;
  for (const auto& reason : order) out.push_back(reason + " (" + join(routes_of[reason]) + ")");
  return out;
}

// Evaluates the credentials of one board, each once, in whatever order meets_credential needs.
class BoardEvaluator {
 public:
  BoardEvaluator(const CandidateFacts& facts, const Ruleset& rules, const Board& board, CivilDate as_of,
                 const DegreeReading& degree, const CourseworkReading& coursework)
      : board_(board),
        ctx_{facts, rules, board, as_of, degree, coursework,
             [this](const std::string& id) -> const Evaluation& { return credential(id); }} {}
  BoardEvaluator(const BoardEvaluator&) = delete;
  BoardEvaluator& operator=(const BoardEvaluator&) = delete;

  const Evaluation& credential(const std::string& id) {
    if (auto done = done_.find(id); done != done_.end()) return done->second;
    const Credential* credential = board_.credential(id);
    if (!credential || !in_progress_.insert(id).second) {
      // The loader rules out both; decide nothing rather than recurse.
      Evaluation& undecided = done_[id];
      undecided = {board_.id, id, Eligibility::needs_review, std::nullopt, {}, {"circular or unknown credential " + id}};
      return undecided;
    }
    Evaluation e = evaluate_credential(*credential);
    in_progress_.erase(id);
    return done_[id] = std::move(e);
  }

 private:
  Evaluation evaluate_credential(const Credential& credential) {
    Evaluation e;
    e.board = board_.id;
    e.credential = credential.id;
    for (const auto& route : credential.routes) e.routes.push_back(evaluate_route(route, ctx_));
    // A met unconfirmed route never makes the credential eligible: it sends it to review, named.
    std::vector<std::string> unconfirmed;
    for (size_t i = 0; i < e.routes.size(); ++i) {
      const auto& route = e.routes[i];
      if (route.outcome != Outcome::met) continue;
      if (credential.routes[i].confidence == SourceConfidence::unconfirmed) {
        unconfirmed.push_back("route " + route.id + " is met, but it is unconfirmed (" + credential.routes[i].source +
                              "): check it with the board (" + route.id + ")");
        continue;
      }
      e.status = Eligibility::eligible;
      e.route = route.id;
      return e;
    }
    e.review_reasons = unconfirmed;
    for (auto& reason : review_reasons(e.routes)) e.review_reasons.push_back(std::move(reason));
    if (!e.review_reasons.empty()) {
      e.status = Eligibility::needs_review;
      return e;
    }
    const auto& unreadable = ctx_.facts.documents.unreadable;
    if (!unreadable.empty()) {
      e.status = Eligibility::needs_review;
      e.review_reasons.push_back("no route is met, but " + join(unreadable) + " could not be read and may hold a deciding fact");
      return e;
    }
    e.status = Eligibility::not_eligible;
    return e;
  }

  const Board& board_;
  EvaluationContext ctx_;
  std::map<std::string, Evaluation> done_;
  std::set<std::string> in_progress_;
};

}  // namespace

ValidationResult evaluate(const CandidateFacts& facts, const Ruleset& rules, CivilDate as_of) {
  ValidationResult result;
  result.ruleset = rules.id;
  result.as_of = to_iso(as_of);
  DegreeReading degree = read_degree(facts, rules);
  const CourseworkReading coursework = read_coursework(facts, rules);
  check_conferral_plausible(degree, coursework, rules.definitions);
  check_field_plausible(degree, coursework, rules.definitions);
  for (const auto& board : rules.boards) {
    BoardEvaluator evaluator(facts, rules, board, as_of, degree, coursework);
    for (const auto& credential : board.credentials) result.evaluations.push_back(evaluator.credential(credential.id));
  }
  result.flags = collect_flags(facts, rules, as_of, result.evaluations);
  result.todo = collect_todos(facts, rules, result.flags);
  result.experience_summary = experience_summary(facts, as_of, rules.definitions.fte_month_days);
  return result;
}

ValidationResult evaluate(const CandidateFacts& facts, const Ruleset& rules, const std::string& as_of) {
  if (const auto date = parse_iso_date(as_of)) return evaluate(facts, rules, *date);
  ValidationResult result;
  result.ruleset = rules.id;
  result.as_of = as_of;
  for (const auto& board : rules.boards)
    for (const auto& credential : board.credentials)
      result.evaluations.push_back({board.id, credential.id, Eligibility::needs_review, std::nullopt, {},
                                    {"the as-of date \"" + as_of + "\" is not a valid YYYY-MM-DD date"}});
  return result;
}

}  // namespace cc
