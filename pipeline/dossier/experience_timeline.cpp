#include "pipeline/dossier/experience_timeline.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "pipeline/dossier/html_text.h"
#include "validators/civil_date.h"

namespace cc {
namespace {

constexpr double kWidth = 1000, kChartX0 = 250, kChartX1 = 985;
constexpr double kLaneHeight = 22, kJobHeight = 38, kAxisHeight = 28, kTop = 6;
constexpr const char* kWindowColours[] = {"#dbe7f7", "#e3f1df", "#f6ead8", "#ece2f3"};
constexpr const char* kWindowStrokes[] = {"#5b7fb0", "#5f9455", "#b88a43", "#8a6aa8"};

void collect_windows(const std::vector<Criterion>& criteria, const std::string& board, const std::string& route,
                     std::map<std::pair<std::string, int>, std::vector<std::string>>& out) {
  for (const auto& c : criteria) {
    if (const auto* e = std::get_if<ExperienceParams>(&c.params); e && e->within_years) {
      auto& routes = out[{board, *e->within_years}];
      if (std::find(routes.begin(), routes.end(), route) == routes.end()) routes.push_back(route);
    }
    if (const auto* any = std::get_if<AnyOfParams>(&c.params))
      for (const auto& option : any->options) collect_windows(option, board, route, out);
  }
}

std::string num(double v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

class Axis {
 public:
  Axis(int first_day, int last_day) : first_(first_day), last_(std::max(last_day, first_day + 1)) {}
  double x(int day) const {
    const double t = static_cast<double>(std::clamp(day, first_, last_) - first_) / (last_ - first_);
    return kChartX0 + t * (kChartX1 - kChartX0);
  }
  int first() const { return first_; }
  int last() const { return last_; }

 private:
  int first_, last_;
};

struct JobSpan {
  const Job* job;
  int start, end;  // day numbers, end inclusive
  double fte;
};

std::string text(double x, double y, const std::string& s, const char* cls, const char* anchor = "start") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" class=\"" + cls + "\" text-anchor=\"" + anchor + "\">" +
         html_escape(s) + "</text>";
}

std::string window_lane(const CountingWindow& w, size_t index, const Axis& axis, int as_of_day, double y,
                        double chart_bottom) {
  const int start = day_number(years_before(date_from_day_number(as_of_day), w.years));
  const double x0 = axis.x(start), x1 = axis.x(as_of_day);
  const char* fill = kWindowColours[index % 4];
  const char* stroke = kWindowStrokes[index % 4];
  std::string routes;
  for (const auto& r : w.routes) routes += (routes.empty() ? "" : ", ") + r;
  std::string out = "<rect x=\"" + num(x0) + "\" y=\"" + num(y) + "\" width=\"" + num(std::max(1.0, x1 - x0)) +
                    "\" height=\"" + num(kLaneHeight - 4) + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"/>";
  out += "<line x1=\"" + num(x0) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x0) + "\" y2=\"" + num(chart_bottom) +
         "\" stroke=\"" + stroke + "\" stroke-dasharray=\"4 3\"/>";
  out += text(kChartX0 - 8, y + 13, w.board + " " + std::to_string(w.years) + "-year window", "tl-label", "end");
  out += text(x0 + 5, y + 13, routes + " · from " + to_iso(date_from_day_number(start)), "tl-small");
  return out;
}

std::string job_row(const JobSpan& s, const Axis& axis, double y) {
  const Job& j = *s.job;
  const double bar_h = 8 + 18 * std::clamp(s.fte, 0.0, 1.0);
  const double x0 = axis.x(s.start), x1 = std::max(axis.x(s.end), x0 + 2);
  std::string out = text(kChartX0 - 8, y + 14, truncate_text(j.employer.value_or("(employer not read)"), 34), "tl-label", "end");
  out += text(kChartX0 - 8, y + 28, truncate_text(j.position.value_or(""), 38), "tl-small", "end");
  out += "<rect class=\"tl-job\" x=\"" + num(x0) + "\" y=\"" + num(y + (kJobHeight - 6 - bar_h)) + "\" width=\"" +
         num(x1 - x0) + "\" height=\"" + num(bar_h) + "\"><title>" +
         html_escape(j.start.value_or("?") + " – " + (j.to_present ? "present" : j.end.value_or("?"))) + "</title></rect>";
  std::string label = format_number(s.fte, 2) + " FTE";
  if (j.hours_per_week) label += " · " + format_number(*j.hours_per_week, 1) + " h/wk";
  else if (j.full_time_stated) label += " · full-time";
  label += " · " + j.start.value_or("?") + " – " + (j.to_present ? "present" : j.end.value_or("?"));
  const bool inside = x1 - x0 > 330;
  out += text(inside ? x0 + 6 : std::min(x1 + 6, kChartX1 - 4), y + kJobHeight - 12, label,
              inside ? "tl-bar-text" : "tl-small", inside || x1 + 6 < kChartX1 - 200 ? "start" : "end");
  return out;
}

std::string year_ticks(const Axis& axis, double y) {
  std::string out = "<line x1=\"" + num(kChartX0) + "\" y1=\"" + num(y) + "\" x2=\"" + num(kChartX1) + "\" y2=\"" +
                    num(y) + "\" class=\"tl-axis\"/>";
  const CivilDate first = date_from_day_number(axis.first()), last = date_from_day_number(axis.last());
  const int span = last.year - first.year;
  const int step = span > 24 ? 5 : span > 12 ? 2 : 1;
  for (int year = first.year + 1; year <= last.year; ++year) {
    if (year % step != 0) continue;
    const double x = axis.x(day_number(CivilDate{year, 1, 1}));
    out += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x) + "\" y2=\"" + num(y + 5) + "\" class=\"tl-axis\"/>";
    out += text(x, y + 17, std::to_string(year), "tl-small", "middle");
  }
  return out;
}

}  // namespace

std::vector<CountingWindow> counting_windows(const Ruleset& rules) {
  std::map<std::pair<std::string, int>, std::vector<std::string>> found;
  for (const auto& b : rules.boards)
    for (const auto& c : b.credentials)
      for (const auto& r : c.routes) collect_windows(r.criteria, b.id, r.id, found);
  std::vector<CountingWindow> out;
  for (auto& [key, routes] : found) out.push_back({key.first, key.second, std::move(routes)});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.years != b.years ? a.years > b.years : a.board < b.board; });
  return out;
}

std::string experience_timeline_svg(const std::vector<Job>& jobs, const std::string& as_of_text,
                                    const std::vector<CountingWindow>& windows, double full_time_hours) {
  const auto as_of = parse_iso_date(as_of_text);
  if (!as_of) return {};
  const int as_of_day = day_number(*as_of);
  std::vector<JobSpan> spans;
  for (const auto& j : jobs) {
    const auto start = j.start ? parse_iso_date(*j.start) : std::nullopt;
    const auto end = j.to_present ? as_of : j.end ? parse_iso_date(*j.end) : std::nullopt;
    if (!start || !end || *end < *start) continue;
    const double hours = j.hours_per_week.value_or(full_time_hours);
    spans.push_back({&j, day_number(*start), std::min(day_number(*end), as_of_day), hours / full_time_hours});
  }
  int first = as_of_day - 365 * 5;
  for (const auto& w : windows) first = std::min(first, day_number(years_before(*as_of, w.years)));
  for (const auto& s : spans) first = std::min(first, s.start);
  const Axis axis(first - 90, as_of_day + 60);
  const double jobs_top = kTop + kLaneHeight * static_cast<double>(windows.size()) + 6;
  const double chart_bottom = jobs_top + kJobHeight * static_cast<double>(std::max<size_t>(spans.size(), 1));
  const double height = chart_bottom + kAxisHeight;

  std::string svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(kWidth) + " " +
                    num(height) + "\" role=\"img\" aria-label=\"Experience timeline\">";
  for (size_t i = 0; i < windows.size(); ++i)
    svg += window_lane(windows[i], i, axis, as_of_day, kTop + kLaneHeight * static_cast<double>(i), chart_bottom);
  for (size_t i = 0; i < spans.size(); ++i) svg += job_row(spans[i], axis, jobs_top + kJobHeight * static_cast<double>(i));
  if (spans.empty()) svg += text((kChartX0 + kChartX1) / 2, jobs_top + 22, "No job with readable dates", "tl-small", "middle");
  const double ax = axis.x(as_of_day);
  svg += "<line x1=\"" + num(ax) + "\" y1=\"" + num(kTop) + "\" x2=\"" + num(ax) + "\" y2=\"" + num(chart_bottom) + "\" class=\"tl-asof\"/>";
  svg += year_ticks(axis, chart_bottom);
  svg += text(ax, height - 1, "as of " + as_of_text, "tl-small", "end");
  return svg + "</svg>";
}

}  // namespace cc
