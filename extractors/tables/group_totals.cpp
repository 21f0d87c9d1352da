#include "extractors/tables/group_totals.h"

#include <cmath>
#include <optional>

#include "extractors/tables/cell_types.h"

namespace cc {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

// The credits of a row printed with nothing but its code, name and credits; nullopt for any other.
std::optional<double> bare_total(const ReadTable& t, const TableRecord& r) {
  std::optional<double> credits;
  for (size_t k = 0; k < t.columns.size() && k < r.cells.size(); ++k) {
    const ColumnRole role = t.columns[k].role;
    if (role == ColumnRole::code || role == ColumnRole::title) continue;
    if (role == ColumnRole::credits && !credits) {
      credits = credit_value(r.cells[k].text);
      if (!credits) return std::nullopt;
      continue;
    }
    if (!blank(r.cells[k].text)) return std::nullopt;
  }
  if (!credits || *credits <= 0) return std::nullopt;
  return credits;
}

}  // namespace

void take_off_group_totals(TableReading& reading) {
  for (auto& t : reading.tables) {
    std::vector<std::optional<double>> totals, credits;
    for (const auto& r : t.rows) {
      totals.push_back(bare_total(t, r));
      credits.push_back(credit_value(r.fields.credits));
    }
    std::vector<bool> group(t.rows.size(), false);
    // From the last row up, so that the modules inside a module are known when it is looked at.
    for (size_t i = t.rows.size(); i-- > 0;) {
      if (!totals[i]) continue;
      double sum = 0;
      size_t under = 0;
      bool nested = true;
      for (size_t j = i + 1; j < t.rows.size() && nested && sum < *totals[i] - 1e-6; ++j) {
        if (totals[j]) {
          nested = group[j];  // only a module inside it is passed over
          continue;
        }
        if (!credits[j]) continue;
        sum += *credits[j];
        ++under;
      }
      group[i] = nested && under >= 2 && std::fabs(sum - *totals[i]) < 1e-6;
    }
    std::vector<TableRecord> kept;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      if (!group[i]) {
        kept.push_back(std::move(t.rows[i]));
        continue;
      }
      const TableRecord& r = t.rows[i];
      std::string text;
      for (const Word* w : r.words) text += (text.empty() ? "" : " ") + w->text;
      reading.skipped.push_back({text, r.words, r.box, r.page, t.block, "a group of courses: its credits are those of the rows under it"});
    }
    t.rows = std::move(kept);
  }
}

}  // namespace cc
