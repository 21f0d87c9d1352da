// Dates written out in words in Spanish and Portuguese certificate prose: "a los veinticuatro días
// del mes de marzo de dos mil veintitrés", "aos vinte e oito dias do mês de fevereiro de dois mil e
// vinte". Latin American diplomas state their date this way only (no digits); find_dates (dates.h)
// uses this beside its numeric and English readings.
#pragma once

#include <cstddef>
#include <vector>

#include "extractors/dates.h"

namespace cc {

struct SpelledDate {
  std::size_t begin = 0, end = 0;  // byte range in the text
  Ymd date;
};

// Every such date in `text`, left to right; `month_of` reads the month's name (foreign_month).
std::vector<SpelledDate> spelled_romance_dates(const std::string& text, int (*month_of)(std::string_view));

}  // namespace cc
