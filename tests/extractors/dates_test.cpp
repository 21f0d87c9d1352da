// Dates as documents print them: every format the letters, diplomas and transcripts use, the
// day/month order of numeric dates, OCR digit confusions, "to present" markers.
#include <gtest/gtest.h>

#include "extractors/dates.h"

namespace cc {
namespace {

std::string iso(std::string_view text, DayOrder order = DayOrder::unknown) {
  const auto d = parse_date(text, order);
  return d ? d->iso() : "none";
}

TEST(Dates, MonthNameFormats) {
  EXPECT_EQ(iso("March 1, 2018"), "2018-03-01");
  EXPECT_EQ(iso("1 March 2018"), "2018-03-01");
  EXPECT_EQ(iso("1st March, 2018"), "2018-03-01");
  EXPECT_EQ(iso("Mar. 1, 2018"), "2018-03-01");
  EXPECT_EQ(iso("Sept. 30, 2020"), "2020-09-30");
  EXPECT_EQ(iso("01-Mar-2018"), "2018-03-01");
  EXPECT_EQ(iso("16 JUN 2022"), "2022-06-16");
  EXPECT_EQ(iso("Date of Award: 14th November, 2018"), "2018-11-14");
  EXPECT_EQ(iso("at Lagos on the 15th of June, 2019."), "2019-06-15");
  EXPECT_EQ(iso("Issued this 3rd day of September 2026 at Pune"), "2026-09-03");
  EXPECT_EQ(iso("June 15th 2019"), "2019-06-15");
}

TEST(Dates, NumericFormatsAndOrder) {
  EXPECT_EQ(iso("2019-04-15"), "2019-04-15");
  EXPECT_EQ(iso("15/04/2019"), "2019-04-15");  // 15 cannot be a month
  EXPECT_EQ(iso("04/15/2019"), "2019-04-15");  // nor here
  EXPECT_EQ(iso("01.06.2019", DayOrder::day_first), "2019-06-01");
  EXPECT_EQ(iso("01.06.2019", DayOrder::month_first), "2019-01-06");
  EXPECT_EQ(iso("Conferred: 08-04-2023", DayOrder::day_first), "2023-04-08");
  EXPECT_EQ(iso("03/01/2018", DayOrder::month_first), "2018-03-01");
  EXPECT_EQ(iso("31/02/2019"), "none");  // not a date in either order
}

TEST(Dates, AmbiguousNumericDatesAreMarked) {
  const auto found = find_dates("from 05/06/2019 until 15/08/2021", DayOrderInfo{DayOrder::day_first, false});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].ambiguous);
  EXPECT_LT(found[0].certainty, 1.0);
  EXPECT_FALSE(found[1].ambiguous);
  ASSERT_TRUE(swapped_order(found[0]));
  EXPECT_EQ(swapped_order(found[0])->iso(), "2019-05-06");
}

TEST(Dates, OrderInferredFromTheDocumentThenTheCountry) {
  EXPECT_EQ(infer_day_order("from 01/03/2018 until 31/08/2021", "US").order, DayOrder::day_first);
  EXPECT_TRUE(infer_day_order("from 01/03/2018 until 31/08/2021", "US").from_document);
  EXPECT_EQ(infer_day_order("Birth Date: 08/20/2002", "").order, DayOrder::month_first);
  EXPECT_EQ(infer_day_order("from 01/03/2018 to 01/04/2019", "US").order, DayOrder::month_first);
  EXPECT_FALSE(infer_day_order("from 01/03/2018 to 01/04/2019", "US").from_document);
  EXPECT_EQ(infer_day_order("from 01/03/2018 to 01/04/2019", "PH").order, DayOrder::day_first);
  EXPECT_EQ(infer_day_order("no dates", "").order, DayOrder::unknown);
}

TEST(Dates, DatesInWords) {
  EXPECT_EQ(iso("Given at Iloilo City, Philippines, this fifteenth day of June, two thousand nineteen."), "2019-06-15");
  EXPECT_EQ(iso("since the first day of March, two thousand eighteen up to the present"), "2018-03-01");
  EXPECT_EQ(iso("the twenty-third day of June, two thousand twenty-four"), "2024-06-23");
  EXPECT_EQ(iso("this thirty-first day of May, two thousand and twenty"), "2020-05-31");
  EXPECT_EQ(iso("the second day of January, nineteen ninety-eight"), "1998-01-02");
  EXPECT_EQ(iso("this twentieth day of April 2016"), "2016-04-20");
  EXPECT_EQ(ordinal_word_value("twenty-first"), 21);
  EXPECT_EQ(ordinal_word_value("thirtieth"), 30);
  EXPECT_EQ(ordinal_word_value("twelfth"), 12);
  EXPECT_EQ(year_from_words({"two", "thousand", "and", "nineteen", "at"}).first, 2019);
  EXPECT_EQ(year_from_words({"two", "thousand", "and", "nineteen", "at"}).second, 4);
  EXPECT_EQ(year_from_words({"two", "thousand"}).first, 2000);
}

TEST(Dates, PresentMarkers) {
  for (const char* text : {"from March 1, 2018 to present", "w.e.f. 01.06.2019 till date", "since 2018-03-01 up to now",
                           "03/01/2018 - present", "w.e.f. 01.06.2019 and is presently working with us",
                           "since the first day of March, two thousand eighteen up to the present"}) {
    const auto found = find_dates(text, DayOrderInfo{DayOrder::day_first, false});
    ASSERT_EQ(found.size(), 2u) << text;
    EXPECT_TRUE(found[0].date) << text;
    EXPECT_TRUE(found[1].present) << text;
  }
}

TEST(Dates, OcrDigitConfusionsAreRepaired) {
  EXPECT_EQ(repair_ocr_digits("l5/O4/2Ol9 Sept. lS"), "15/04/2019 Sept. lS");
  EXPECT_EQ(iso("from 0l/O3/2018", DayOrder::day_first), "2018-03-01");
  EXPECT_EQ(iso("March 1, 2O18"), "2018-03-01");
  EXPECT_EQ(iso("2O19-O4-15"), "2019-04-15");
  const auto found = find_dates("Date: l5.04.2019", DayOrderInfo{DayOrder::day_first, false});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].repaired);
  EXPECT_LT(found[0].certainty, 1.0);
  // Words that merely contain those letters are left alone.
  EXPECT_EQ(repair_ocr_digits("School of Sciences, Lot 5"), "School of Sciences, Lot 5");
}

TEST(Dates, NoFalseDatesInTranscriptLines) {
  const DayOrderInfo any{DayOrder::day_first, false};
  EXPECT_TRUE(find_dates("Grading System: 1.00-1.25 Excellent; 1.50-1.75 Very Good", any).empty());
  EXPECT_TRUE(find_dates("Student Number: LAG/2013/760 Ref: HR/2026/412", any).empty());
  EXPECT_TRUE(find_dates("First Semester 2015-2016", any).empty());
  EXPECT_TRUE(find_dates("Examination, May 2023", any).empty());
  EXPECT_TRUE(find_dates("Tel. (077) 600-0142 | +91 20 0000 4412", any).empty());
}

TEST(Dates, IsoAndDayArithmetic) {
  EXPECT_EQ(parse_iso_ymd("2019-04-15")->iso(), "2019-04-15");
  EXPECT_FALSE(parse_iso_ymd("2019-02-30"));
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(days_from_civil({2020, 3, 1}) - days_from_civil({2020, 2, 28}), 2);  // leap year
}

}  // namespace
}  // namespace cc
