// Grades as printed, per the style of the transcript's grade column: decimal grades (PH "1.75"),
// letter grades (NG "B", US "A-"), marks ("72"). OCR damage is repaired only where the column's
// style leaves one reading: "175" or "15" where grades are like "1.75" or "1.5", "l.50", "Cc",
// "8+"; a US letter grade whose +/- was lost (or that was not read at all) comes back from the
// quality points printed beside it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/coursework/coursework_fields.h"

namespace cc {

// How a transcript's grade column is written.
enum class GradeStyle { decimal, letter, marks, other };

// The style most grades of a column have (read without any fix).
GradeStyle grade_style_of(const std::vector<std::string>& printed);

// A grade as printed, repaired per the column's style ("l.75", "175" -> "1.75" for decimal grades;
// "8+" -> "B+" for letter grades). Words like "INC", "DRP", "P" are kept.
FieldReading read_grade(const std::string& printed, GradeStyle style);

// A credits value and a grade that OCR or the column cut put in one cell ("3. 1.25" under the
// grade heading with nothing under the credits heading: the two columns print close together).
// When `credits` holds no number and `grade` is a small whole number and then a grade of the
// column's style (or the reverse: "3 1.25" under credits, nothing under grade), the cells are split
// and true is returned. Only decimal, letter and marks styles: an unknown style is left alone.
bool split_merged_credits_and_grade(std::string& credits, std::string& grade, GradeStyle style);

// A US letter grade whose + or - OCR dropped, restored from the quality points printed beside it
// (points / credits on the 4-point scale: A- 3.7, B+ 3.3...). Nullopt when the points confirm the
// grade as read, name no grade of its letter, or `grade` is not a letter grade.
std::optional<std::string> letter_grade_from_points(const std::string& grade, double points, double credits);

// The letter grade that `points_per_credit` stands for on the US 4-point scale (4.0 is "A"), for a
// grade OCR did not read at all; nullopt when no grade has that value.
std::optional<std::string> letter_grade_for(double points_per_credit);

// True when `per_credit` (quality points / credits of several courses) can only be the US 4-point
// scale: none above 4, and some only a +/- grade gives (3.7, 3.3, 2.7...).
bool is_four_point_scale(const std::vector<double>& per_credit);

}  // namespace cc
