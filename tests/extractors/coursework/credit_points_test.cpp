// Credits cells read in their column's style (extractors/coursework/credit_points.h): a decimal point
// a scan lost comes back only where the column prints its numbers with one.
#include <gtest/gtest.h>

#include "extractors/coursework/credit_points.h"

namespace cc {
namespace {

TEST(CreditPoints, ColumnStyle) {
  // Bangladesh, round 1 scan: lab courses of 1.5 and 1.0 credits read as 15 and 10.
  EXPECT_EQ(printed_decimals({"3.0", "3.0", "1.0", "3.0", "15", "3.0", "10", "1.5", "3.0"}), 1);
  EXPECT_EQ(printed_decimals({"4.000", "3.000", "4,000", "3.000", "1.000"}), 3);
  EXPECT_EQ(printed_decimals({"3", "3", "2", "4", "3", "1"}), 0) << "whole numbers";
  EXPECT_EQ(printed_decimals({"3.0", "1.5", "3"}), 0) << "too few to tell";
  EXPECT_EQ(printed_decimals({"3.0", "2.0", "4.0", "3.0", "3", "4", "2", "3", "1"}), 0) << "no one style";
}

TEST(CreditPoints, LostPointComesBackInADecimalColumn) {
  EXPECT_EQ(credits_in_column_style("15", 1), "1.5");
  EXPECT_EQ(credits_in_column_style("10", 1), "1.0");
  EXPECT_EQ(credits_in_column_style("4,000", 3), "4.000");
  EXPECT_EQ(credits_in_column_style("4000", 3), "4.000");
  EXPECT_EQ(credits_in_column_style("/ 3", 0), "3") << "a speck before the number";
  EXPECT_EQ(credits_in_column_style("~1.5", 1), "1.5");
  EXPECT_EQ(credits_in_column_style("3\u00b0", 0), "3") << "a speck after the number (a degree sign)";
  EXPECT_EQ(credits_in_column_style("3'", 0), "3");
}

TEST(CreditPoints, NothingGuessedOutsideTheStyle) {
  EXPECT_EQ(credits_in_column_style("15", 0), std::nullopt) << "whole-number column: 15 is 15";
  EXPECT_EQ(credits_in_column_style("150", 1), std::nullopt) << "three digits: 15.0 or 1.50?";
  EXPECT_EQ(credits_in_column_style("3.0", 1), std::nullopt) << "already in style";
  EXPECT_EQ(credits_in_column_style("4,5", 3), std::nullopt);
  EXPECT_EQ(credits_in_column_style("3(2-1)", 0), std::nullopt);
  EXPECT_EQ(credits_in_column_style(".5", 1), std::nullopt) << "a leading point is the number's own";
  EXPECT_EQ(credits_in_column_style("", 1), std::nullopt);
}

}  // namespace
}  // namespace cc
