#include "validators/flags.h"

#include <functional>
#include <set>

#include "validators/experience_facts.h"
#include "validators/fact_readings.h"
#include "validators/name_match.h"
#include "validators/text_util.h"

namespace cc {
namespace {

Flag make_flag(const Ruleset& rules, const std::string& code, const std::string& detail, std::vector<Evidence> evidence = {}) {
  const auto severity = rules.flag_severity.find(code);
  return {code, severity == rules.flag_severity.end() ? "warning" : severity->second, detail, std::move(evidence)};
}

std::string job_label(const Job& job) {
  const std::string name = job.employer.value_or("an employer");
  return job.file.empty() ? name : name + " (" + job.file + ")";
}

std::string span_text(const WorkSpan& s) {
  return to_iso(date_from_day_number(s.first_day)) + " to " + to_iso(date_from_day_number(s.last_day));
}

// Every criterion of every route, nested ones included.
void for_each_criterion(const Ruleset& rules, const std::function<void(const Criterion&)>& visit) {
  std::function<void(const std::vector<Criterion>&)> walk = [&](const std::vector<Criterion>& criteria) {
    for (const auto& c : criteria) {
      visit(c);
      if (const auto* any = std::get_if<AnyOfParams>(&c.params))
        for (const auto& option : any->options) walk(option);
    }
  };
  for (const auto& board : rules.boards)
    for (const auto& credential : board.credentials)
      for (const auto& route : credential.routes) walk(route.criteria);
}

// The longest minimum program length any route asks of a bachelor's (4 in the default ruleset).
std::optional<int> bachelor_min_years(const Ruleset& rules) {
  std::optional<int> years;
  for_each_criterion(rules, [&](const Criterion& c) {
    if (const auto* p = std::get_if<DegreeParams>(&c.params))
      if (auto it = p->min_years.find("bachelor"); it != p->min_years.end()) years = std::max(years.value_or(0), it->second);
  });
  return years;
}

void degree_flags(const CandidateFacts& facts, const Ruleset& rules, std::vector<Flag>& out) {
  DegreeReading d = read_degree(facts, rules);
  if (!d.present) return;
  const CourseworkReading coursework = read_coursework(facts, rules);
  check_field_plausible(d, coursework, rules.definitions);
  // The flag says what was read; only a transcript contradicting "other" withdraws it.
  const bool contradicted = d.field_contradicted && coursework.present;
  const std::string doubt = d.confident ? "" : " (read below the confidence threshold)";
  if (d.field && !contradicted && !is_qualifying_field(*d.field, rules.definitions))
    out.push_back(make_flag(rules, "non_qualifying_degree",
                            *d.field + (d.title ? " (\"" + *d.title + "\")" : "") +
                                ": neither an MLS field nor a science field" + doubt, d.evidence));
  if (!d.level) return;
  const auto& levels = rules.definitions.degree_levels;
  const auto bachelor = std::find(levels.begin(), levels.end(), "bachelor");
  const auto level = std::find(levels.begin(), levels.end(), *d.level);
  if (bachelor != levels.end() && level < bachelor) {
    out.push_back(make_flag(rules, "not_bachelor_level", *d.level + ": below bachelor level" + doubt, d.evidence));
    return;
  }
  const auto min_years = bachelor_min_years(rules);
  if (*d.level == "bachelor" && min_years && d.years && !d.years_from_default && *d.years < *min_years)
    out.push_back(make_flag(rules, "not_bachelor_level",
                            std::to_string(*d.years) + "-year bachelor's: not equivalent to a " + std::to_string(*min_years) +
                                "-year bachelor's for technologist level" + doubt, d.evidence));
}

void document_flags(const CandidateFacts& facts, const Ruleset& rules, std::vector<Flag>& out) {
  // An unsure page that could be the document (DocumentKinds::possible) is not an absent one.
  auto possible = [&](const char* type) {
    const auto it = facts.documents.possible.find(type);
    return it != facts.documents.possible.end() && it->second > 0;
  };
  if (facts.documents.diplomas == 0 && !possible("diploma"))
    out.push_back(make_flag(rules, "missing_diploma", "no diploma among the documents"));
  if (facts.documents.transcripts == 0 && !possible("transcript"))
    out.push_back(make_flag(rules, "missing_transcript", "no transcript among the documents"));
}

void experience_flags(const CandidateFacts& facts, const Ruleset& rules, CivilDate as_of, std::vector<Flag>& out) {
  const auto spans = readable_spans(facts, kSummaryFullTimeHours, as_of);
  for (size_t i = 0; i < spans.size(); ++i)
    for (size_t j = i + 1; j < spans.size(); ++j) {
      const auto& [a, sa] = spans[i];
      const auto& [b, sb] = spans[j];
      if (!spans_overlap(sa, sb)) continue;
      const int days = std::min(sa.last_day, sb.last_day) - std::max(sa.first_day, sb.first_day) + 1;
      std::vector<Evidence> evidence = a->evidence;
      evidence.insert(evidence.end(), b->evidence.begin(), b->evidence.end());
      out.push_back(make_flag(rules, "overlapping_employment",
                              job_label(*a) + " (" + span_text(sa) + ") and " + job_label(*b) + " (" + span_text(sb) +
                                  ") overlap for " + std::to_string(days) + " days; together they count at most 1.0 FTE a day",
                              evidence));
    }
  const CivilDate window_start = years_before(as_of, kSummaryWindowYears);
  for (const auto& [job, span] : spans) {
    if (span.first_day >= day_number(window_start)) continue;
    out.push_back(make_flag(rules, "experience_outside_window",
                            job_label(*job) + " (" + span_text(span) + ") began before the " +
                                std::to_string(kSummaryWindowYears) + "-year window (since " + to_iso(window_start) +
                                "): that part counts only for longer look-backs", job->evidence));
  }
  for (const auto& job : facts.experience)
    if (job.departments.empty())
      out.push_back(make_flag(rules, "departments_not_stated", "the letter for " + job_label(job) + " names no lab areas",
                              job.evidence));
}

// Doubts of the checks that keep a credential in review.
std::vector<Doubt> decisive_doubts(const std::vector<Evaluation>& evaluations) {
  std::vector<Doubt> out;
  for (const auto& e : evaluations) {
    if (e.status != Eligibility::needs_review) continue;
    for (const auto& route : e.routes) {
      if (route.outcome != Outcome::undecided) continue;
      for (const auto& check : route.criteria)
        if (check.outcome == Outcome::undecided) out.insert(out.end(), check.doubts.begin(), check.doubts.end());
    }
  }
  return out;
}

void review_flags(const CandidateFacts& facts, const Ruleset& rules, const std::vector<Evaluation>& evaluations,
                  std::vector<Flag>& out) {
  std::set<std::string> seen;
  bool letter_missing = false;
  for (const auto& doubt : decisive_doubts(evaluations)) {
    if (doubt.fact == kExperienceLettersFact && facts.documents.employment_letters == 0 &&
        !facts.documents.possible.count("employment_letter"))
      letter_missing = true;
    if (doubt.kind != Doubt::Kind::low_confidence || !seen.insert(doubt.detail).second) continue;
    out.push_back(make_flag(rules, "low_confidence", doubt.detail, doubt.evidence));
  }
  if (letter_missing)
    out.push_back(make_flag(rules, "missing_experience_letter",
                            "no employment letter among the documents, and a route that counts experience could decide"));
}

}  // namespace

std::optional<Flag> name_mismatch_flag(const IdentityFacts& identity, const Ruleset& rules) {
  struct Group {
    PersonName name;
    std::vector<const NameSighting*> sightings;
  };
  std::vector<Group> groups;
  std::string why;
  for (const auto& sighting : identity.sightings) {
    if (sighting.evidence.confidence < rules.definitions.confidence_threshold) continue;  // may be misread
    const std::string& text = sighting.as_printed.find(',') != std::string::npos || sighting.natural.empty()
                                  ? sighting.as_printed
                                  : sighting.natural;
    const PersonName name = parse_person_name(text);
    if (name.surname.empty()) continue;
    bool placed = false;
    for (auto& g : groups) {
      // A text layer's words are read with confidence 1: below it, OCR read one of the two.
      bool ocr = sighting.evidence.confidence < 1.0;
      for (const NameSighting* s : g.sightings) ocr = ocr || s->evidence.confidence < 1.0;
      const NameComparison c = compare_names(g.name, name, ocr);
      if (c.same) {
        g.sightings.push_back(&sighting);
        placed = true;
        break;
      }
      if (why.empty()) why = c.why;
    }
    if (!placed) groups.push_back({name, {&sighting}});
  }
  if (groups.size() < 2) return std::nullopt;
  std::vector<std::string> names;
  std::vector<Evidence> evidence;
  for (const auto& g : groups) {
    const NameSighting* first = g.sightings.front();
    names.push_back("\"" + first->as_printed + "\" (" + first->file + ")");
    for (const auto* s : g.sightings) evidence.push_back(s->evidence);
  }
  return make_flag(rules, "name_mismatch", "names differ: " + join(names, " vs ") + "; " + why, evidence);
}

std::vector<Flag> collect_flags(const CandidateFacts& facts, const Ruleset& rules, CivilDate as_of,
                                const std::vector<Evaluation>& evaluations) {
  std::vector<Flag> found;
  if (auto mismatch = name_mismatch_flag(facts.identity, rules)) found.push_back(*mismatch);
  document_flags(facts, rules, found);
  experience_flags(facts, rules, as_of, found);
  degree_flags(facts, rules, found);
  review_flags(facts, rules, evaluations, found);
  for (const auto& file : facts.documents.unreadable)
    found.push_back(make_flag(rules, "unreadable_document", file + " could not be read"));
  // In the order criteria.md lists the codes.
  std::vector<Flag> out;
  for (const auto& code : flag_codes())
    for (const auto& f : found)
      if (f.code == code) out.push_back(f);
  return out;
}

}  // namespace cc
