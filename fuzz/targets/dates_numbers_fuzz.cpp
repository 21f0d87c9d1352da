// Fuzz target: the date parsers (extractors/dates.h, validators/civil_date.h) and the number
// readers of coursework (credits, grades, codes) and experience (hours) on arbitrary text.
#include "extractors/coursework/coursework_fields.h"
#include "extractors/coursework/coursework_grades.h"
#include "extractors/coursework/coursework_system.h"
#include "extractors/dates.h"
#include "extractors/experience.h"
#include "extractors/text_utils.h"
#include "fuzz/fuzz_input.h"
#include "validators/civil_date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cc::fuzz::ByteReader in(data, size);
  const uint8_t selector = in.byte();
  const std::string text = cc::fuzz::text_after(in);
  static const char* const kCountries[] = {"", "Philippines", "India", "Nigeria", "United States"};
  const std::string country = kCountries[selector % 5];

  const cc::DayOrderInfo order = cc::infer_day_order(text, country);
  for (const auto& m : cc::find_dates(text, order)) {
    if (m.date) (void)m.date->iso();
    (void)cc::swapped_order(m);
  }
  for (auto o : {cc::DayOrder::unknown, cc::DayOrder::day_first, cc::DayOrder::month_first})
    if (auto d = cc::parse_date(text, o)) (void)cc::days_from_civil(*d);
  (void)cc::repair_ocr_digits(text);
  (void)cc::ordinal_word_value(text);
  (void)cc::year_from_words(cc::split_words(text));
  if (auto d = cc::parse_iso_ymd(text)) (void)cc::days_from_civil(*d);
  if (auto d = cc::parse_iso_date(text)) {
    (void)cc::to_iso(*d);
    (void)cc::date_from_day_number(cc::day_number(*d));
    (void)cc::years_before(*d, selector % 50);
  }

  bool fixed = false;
  const auto number = cc::read_number(text, &fixed);
  (void)cc::read_code(text);
  (void)cc::as_digits(text);
  const auto style = cc::grade_style_of({text});
  (void)cc::read_grade(text, style);
  if (number) {
    (void)cc::letter_grade_for(*number);
    (void)cc::letter_grade_from_points(text, *number, 3);
    static const cc::CreditFactors factors = {{"semester", 1.0}, {"quarter", 2.0 / 3}, {"ects", 0.5}, {"marks", std::nullopt}};
    for (const char* system : {"semester", "quarter", "units", "ects", "marks", ""})
      (void)cc::to_semester_hours(number, system, factors);
  }
  (void)cc::hours_in(text);
  return 0;
}
