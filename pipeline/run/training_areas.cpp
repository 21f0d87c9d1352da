#include "pipeline/run/training_areas.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/text.h"
#include "extractors/experience.h"

namespace cc {
namespace {

std::string folded(const std::string& s) { return lower_utf8(fold_latin(s)); }

void add_areas(const std::string& title, std::vector<std::string>& areas) {
  for (const std::string& area : lab_areas_in(title))
    if (std::find(areas.begin(), areas.end(), area) == areas.end()) areas.push_back(area);
}

// The title of a course that is a row of the training (its title, or the printed row it was read
// from, holds the training's line `head`): the title, or when the title was split across columns
// ("CLINICAL" | "PRACTICUM: CHEMISTRY") the printed row from the head up to its first number.
std::optional<std::string> training_title(const Course& course, const std::string& head) {
  if (folded(course.title).find(head) != std::string::npos) return course.title;
  for (const auto& e : course.evidence) {
    const std::string line = folded(e.text);
    const std::string& printed = line.size() == e.text.size() ? e.text : line;  // as printed where folding kept the places
    const auto at = line.find(head);
    if (at == std::string::npos) continue;
    size_t end = at + head.size();
    while (end < line.size() && !(line[end] == ' ' && end + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[end + 1]))))
      ++end;
    return printed.substr(at, end - at);
  }
  return std::nullopt;
}

// The courses whose title holds a line the degree reader took for the training (its evidence
// beyond the title): the training's rows, read in full by the coursework reader. The areas they
// name, and the titles of those that name none.
struct TrainingRows {
  std::vector<std::string> areas;
  std::vector<std::string> without_area;
};

TrainingRows training_rows(const DegreeFacts& degree, const CourseworkFacts& coursework) {
  std::vector<std::string> heads;
  for (const auto& e : degree.evidence) {
    const std::string head = folded(trim(e.text));
    if (head.size() >= 8 && (!degree.title || folded(*degree.title).find(head) == std::string::npos)) heads.push_back(head);
  }
  TrainingRows out;
  for (const auto& course : coursework.courses) {
    for (const auto& head : heads) {
      const std::optional<std::string> row = training_title(course, head);
      if (!row) continue;
      if (lab_areas_in(*row).empty()) out.without_area.push_back(*row);
      add_areas(*row, out.areas);
      break;
    }
  }
  return out;
}

std::vector<std::string> areas_of_professional_courses(const CourseworkFacts& coursework) {
  std::vector<std::string> areas;
  for (const auto& course : coursework.courses)
    if (course.category == "mls_professional") add_areas(course.title, areas);
  return areas;
}

}  // namespace

void complete_training_areas(CandidateFacts& facts) {
  if (!facts.degree || facts.degree->clinical_training != true || !facts.coursework) return;
  DegreeFacts& degree = *facts.degree;
  const TrainingRows rows = training_rows(degree, *facts.coursework);
  const std::vector<std::string> taught = areas_of_professional_courses(*facts.coursework);
  if (!degree.clinical_training_areas.empty()) {
    // Areas read: the rows in full may name more ("CLINICAL PRACTICUM: BLOOD" of a line cut short
    // is "CLINICAL PRACTICUM: BLOOD BANK"); a row naming none leaves the list partial.
    auto& areas = degree.clinical_training_areas;
    for (const auto& area : rows.areas)
      if (std::find(areas.begin(), areas.end(), area) == areas.end()) areas.push_back(area);
    degree.clinical_training_rows_without_area = rows.without_area;
    degree.clinical_training_areas_taught = taught;
    return;
  }
  degree.clinical_training_areas = rows.areas;
  if (!degree.clinical_training_areas.empty()) {
    degree.clinical_training_rows_without_area = rows.without_area;
    degree.clinical_training_areas_taught = taught;
    return;
  }
  degree.clinical_training_areas = taught;
  degree.clinical_training_areas_from_program_courses = !degree.clinical_training_areas.empty();
}

}  // namespace cc
