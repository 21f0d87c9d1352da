// Which column is a course's measure when a table prints more than one number about its size.
// Two properties of transcripts in general, read from the columns' values (and, for credit points,
// from the words of the label):
//  - a number derived from a course's hours by one fixed rate (hours / 15: a French or Congolese
//    "Pondération", a coefficient) is a weight of the average, not a credit of its own: the hours
//    are the measure the ruleset converts, the weight a remark;
//  - hours of class beside a small weight made from them (`V.H. 60 | Coef. 4`: hours / 15, rounded),
//    with no credits column: the hours are the course's measure even with no unit or label saying
//    so; the weight only weights the mark (round hours planned in fives, a weight that follows them);
//  - hours of class printed in two sub-columns (theory | practice under one "Hours" label) beside a
//    weight made from their sum (`45 | 15 | 4`: 60 / 15): their sum is the course's measure, the
//    weight a remark; the mark whose product with the weight another column prints (`15 | 60`: the
//    weighted mark, as quality points are grade x credits) is the grade;
//  - "Credit Points" with no credits column beside them are the credits (Australian, New Zealand
//    and Pacific records count credit points); beside a credits column they are credits x grade
//    points (an Indian mark sheet's `Credits | Grade Point | Credit Points`) and stay points.
#pragma once

#include <vector>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// Column k's cells of the body rows, their words joined (one string a row).
std::vector<std::string> cells_of(const ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t k);
// Gives column k `role`, told from its content (the header cell follows).
void set_role(ColumnLayout& layout, size_t k, ColumnRole role);

// The hours a cell prints with the hour's unit ("60h", "45 h", "60 hrs", "75 heures", "60 horas"),
// 1-999; 0 when it prints none.
double hours_in_cell(const std::string& text);

// When the credits column's role came from its content (no header word named credits) and its
// values are another column's hours divided by one whole rate of 10 to 20 on nine rows in ten
// (three at least), the hours column's values carrying the hour's unit on eight rows in ten or its
// label naming hours: the hours column becomes the credits, the derived one a remark. True when
// it changed `layout`.
bool hours_over_derived_weight(ColumnLayout& layout, const std::vector<const TableRow*>& body);

// A table with no credits column (or one its content chose, which may be the weight), one column of whole numbers 10-400 (multiples of five on eight rows
// in ten: hours of class are planned in fives; the hour's unit allowed) and another of small whole
// numbers 1-10 that is the first divided by one rate of 10 to 20 and rounded, on eight rows in ten
// (three at least): the first is the credits (the course's measure, in hours), the second a remark
// (its weight in the average). `hours` is set to the measure's column. True when it changed `layout`.
bool hours_beside_their_weight(ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t* hours = nullptr);

// A table where no header word named credits (its credits column, if any, chosen by content), two
// neighbouring columns of whole numbers (0 allowed in one) whose sum, 10-400 and in fives on eight
// rows in ten, is a third column's whole number times one whole rate of 10 to 20 on nine rows in
// ten (three at least): the two columns are the measure in parts (credits grouped: their sum, in
// hours of class), the third the weight made from them, a remark. Then a column of marks 0-20 whose product with the weight is
// another column's number on nine rows in ten is the grade, that other column the points. `hours`
// is set to the first part's column. True when it changed `layout`.
bool hours_in_parts_over_their_weight(ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t* hours = nullptr);

// A table under a printed header (its labels found, whatever words they are) where no header word
// named credits: a labelled column of hours of class (whole numbers 10-400 in fives on eight rows
// in ten, half the rows filled at least) beside a labelled column of small whole weights (1-10)
// that multiplies a column of marks (0-20, above 5 on half the rows: no grade points) into another
// column on nine rows in ten (`Coef. 3 | Note 10,50 | Points 31,50`). A mark's weight in the average
// is no measure of the course: the hours are (the credits, in hours of class), the weight a remark,
// the mark the grade, the products the points. Neither label may name credits (`ECTS`, `Crédits`:
// a mark weighted by its credits, whose hours are only contact hours). `hours` is set to the
// measure's column. True when it changed `layout`.
bool hours_beside_a_weight_of_marks(ColumnLayout& layout, const std::vector<const TableRow*>& body, size_t* hours = nullptr);

// A table with no credits column whose points column's label names credit points, holding whole
// numbers of few values (at most eight distinct, eight rows in ten filled): that column is the
// credits. True when it changed `layout`.
bool credit_points_are_credits(ColumnLayout& layout, const std::vector<const TableRow*>& body);

}  // namespace cc
