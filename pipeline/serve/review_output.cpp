#include "pipeline/serve/review_output.h"

#include <sys/stat.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

#include "core/json_text.h"
#include "core/output_files.h"
#include "pipeline/dossier/summary.h"

namespace cc {

using nlohmann::ordered_json;

std::string iso_time(int64_t unix_seconds) {
  if (unix_seconds <= 0) return {};
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

ordered_json time_or_null(int64_t t) { return t > 0 ? ordered_json(iso_time(t)) : ordered_json(nullptr); }

}  // namespace

ordered_json review_section(const DossierReview& r, const std::function<std::string(int64_t)>& user_name) {
  ordered_json j;
  j["schema"] = kReviewSchema;
  j["dossier_version"] = r.dossier->version;
  j["state"] = r.signoff ? r.signoff->state : std::string("in_review");
  int64_t first = 0, last = 0;
  ordered_json overrides = ordered_json::array();
  for (const auto& [fact, o] : r.in_force) {
    first = first == 0 ? o.at : std::min(first, o.at);
    last = std::max(last, o.at);
    ordered_json value = nullptr;
    if (o.action == "correct") value = o.value;
    if (o.action == "add") value = ordered_json::parse(o.value, nullptr, false);
    overrides.push_back({{"fact", fact}, {"action", o.action},
                         {"machine_value", o.action == "add" ? ordered_json(nullptr) : ordered_json(o.original)},
                         {"value", value.is_discarded() ? ordered_json(nullptr) : value},
                         {"reason", o.reason}, {"by", user_name(o.user_id)}, {"at", iso_time(o.at)},
                         {"carried_over", o.dossier_version != r.dossier->version}});
  }
  ordered_json recheck = ordered_json::array();
  for (const auto& o : r.to_check_again)
    recheck.push_back({{"fact", o.fact}, {"action", o.action}, {"machine_value_then", o.original}, {"value", o.value},
                       {"by", user_name(o.user_id)}, {"at", iso_time(o.at)}});
  ordered_json decisions = ordered_json::array();
  ordered_json finals;
  if (r.signoff) finals = ordered_json::parse(r.signoff->decisions, nullptr, false);
  for (const auto& d : r.decisions) {
    ordered_json final_status = nullptr;
    if (finals.is_array())
      for (const auto& f : finals)
        if (f.value("board", "") == d.board && f.value("credential", "") == d.credential) final_status = f.value("final", "");
    decisions.push_back({{"board", d.board}, {"credential", d.credential}, {"machine", d.machine},
                         {"recomputed", d.recomputed}, {"final", final_status}});
  }
  if (r.signoff) last = std::max(last, std::max(r.signoff->at, r.signoff->second_at));
  j["reviewer"] = r.signoff ? ordered_json(user_name(r.signoff->user_id))
                            : (r.claimed_by.empty() ? ordered_json(nullptr) : ordered_json(r.claimed_by));
  j["started_at"] = time_or_null(first);
  j["updated_at"] = time_or_null(last);
  j["signed_off_at"] = time_or_null(r.signoff ? r.signoff->at : 0);
  j["second_approval"] = r.signoff && r.signoff->second_user_id
                             ? ordered_json{{"by", user_name(r.signoff->second_user_id)}, {"at", iso_time(r.signoff->second_at)}}
                             : ordered_json(nullptr);
  j["reason"] = r.signoff ? ordered_json(r.signoff->reason) : ordered_json(nullptr);
  j["overrides"] = std::move(overrides);
  j["to_check_again"] = std::move(recheck);
  j["decisions"] = std::move(decisions);
  if (r.signoff && r.signoff->state == "returned") j["todo"] = r.dossier->machine.value("todo", nlohmann::json::array());
  return j;
}

std::string summary_with_review(const std::string& existing, const std::map<std::string, ReviewCells>& cells) {
  const auto records = csv_records(existing);
  if (records.empty() || records[0].empty() || records[0][0] != "id") return {};
  const auto& header = records[0];
  const size_t machine_columns =
      static_cast<size_t>(std::find(header.begin(), header.end(), std::string(kReviewColumns[0])) - header.begin());
  std::string out;
  for (size_t r = 0; r < records.size(); ++r) {
    std::vector<std::string> row(records[r].begin(), records[r].begin() + static_cast<long>(std::min(machine_columns, records[r].size())));
    row.resize(machine_columns);
    if (r == 0) {
      row.insert(row.end(), std::begin(kReviewColumns), std::end(kReviewColumns));
    } else {
      auto it = cells.find(row[0]);
      const auto review = review_cells(it == cells.end() ? ReviewCells{} : it->second);
      row.insert(row.end(), review.begin(), review.end());
    }
    for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_cell(row[i]);
    out += "\r\n";
  }
  return out;
}

std::string summary_json_with_review(const std::string& existing, const std::map<std::string, ReviewCells>& cells) {
  ordered_json summary = ordered_json::parse(existing, nullptr, false);
  if (summary.is_discarded() || !summary.is_object() || !summary.contains("candidates") || !summary["candidates"].is_array())
    return {};
  for (auto& candidate : summary["candidates"]) {
    const auto it = cells.find(candidate.value("id", ""));
    const ordered_json review = review_fields(it == cells.end() ? ReviewCells{} : it->second);
    for (const auto& [key, value] : review.items()) candidate[key] = value;
  }
  return json_text(summary, 2) + "\n";
}

}  // namespace cc
