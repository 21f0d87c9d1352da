// The experience timeline of dossier.html: an inline SVG (no script, no external resource) with a
// bar per job from its start to its end ("to present" = the as-of date), its height and label
// giving its FTE, and a band per board counting window ([as-of − N years, as-of]) so an evaluator
// sees at a glance which months count for which route.
#pragma once

#include <string>
#include <vector>

#include "core/facts.h"
#include "validators/ruleset.h"

namespace cc {

struct CountingWindow {
  std::string board;                // ASCPi | AMT
  int years = 0;                    // the window is [as-of − years, as-of]
  std::vector<std::string> routes;  // the routes counting experience in it
};

// Every distinct (board, years) window of the experience criteria of the ruleset.
std::vector<CountingWindow> counting_windows(const Ruleset& rules);

// `full_time_hours`: the hours per week that make 1.0 FTE for the bar heights (the summary basis).
std::string experience_timeline_svg(const std::vector<Job>& jobs, const std::string& as_of,
                                    const std::vector<CountingWindow>& windows, double full_time_hours);

}  // namespace cc
