// Conferral dates in the forms certificates write them: ordinals with "day of" and "in the year",
// dates in words, month-first ordinals, Roman-numeral months, other languages' month names, CJK
// and Vietnamese dates, and a Hijri date printed beside the Gregorian one (the Gregorian is read).
#include <gtest/gtest.h>

#include "extractors/dates.h"
#include "extractors/gazetteer.h"
#include "extractors/text_utils.h"

namespace cc {
namespace {

std::string first_date(const std::string& text) {
  const auto d = parse_date(text);
  return d ? d->iso() : "";
}

TEST(WrittenDates, CertificateWordings) {
  EXPECT_EQ(first_date("Given under the Common Seal of the University this 15th day of February, 2020"), "2020-02-15");
  EXPECT_EQ(first_date("on the fifteenth day of February in the year two thousand and twenty"), "2020-02-15");
  EXPECT_EQ(first_date("this 3rd day of June in the year of our Lord 2019"), "2019-06-03");
  EXPECT_EQ(first_date("this twenty-first day of March, in the year two thousand and nineteen"), "2019-03-21");
  EXPECT_EQ(first_date("conferred on June fifteenth, 2019"), "2019-06-15");
  EXPECT_EQ(first_date("February the fifteenth, two thousand twenty"), "2020-02-15");
}

TEST(WrittenDates, OnRequestAMonthAndYearIsTheFirstOfTheMonthUnlessAFullDateIsThere) {
  EXPECT_TRUE(find_dates("since March 2019", DayOrderInfo{}).empty());  // only on request
  const auto month_only = find_dates("since March 2019", DayOrderInfo{}, true);
  ASSERT_EQ(month_only.size(), 1u);
  EXPECT_EQ(month_only[0].date->iso(), "2019-03-01");
  EXPECT_TRUE(month_only[0].day_missing);
  EXPECT_LT(month_only[0].certainty, 0.9);
  for (const char* full : {"1 March 2019", "March 15, 2019", "15th day of March, 2019"}) {
    const auto d = find_dates(full, DayOrderInfo{}, true);
    ASSERT_EQ(d.size(), 1u) << full;
    EXPECT_FALSE(d[0].day_missing) << full;
  }
  EXPECT_TRUE(find_dates("Fall 2019", DayOrderInfo{}, true).empty());
}

TEST(WrittenDates, OtherCalendarsAndLanguages) {
  // Hijri beside Gregorian: 1440 is no year of ours, the Gregorian date is taken.
  EXPECT_EQ(first_date("Date of graduation: 14/06/1440 H corresponding to 19/02/2019 G"), "2019-02-19");
  EXPECT_EQ(first_date("1440/06/14 هـ الموافق 2019/02/19 م"), "2019-02-19");
  EXPECT_EQ(first_date("Warszawa, 15.VI.2019"), "2019-06-15");
  EXPECT_EQ(first_date("Bogotá, 20 de junio de 2018"), "2018-06-20");
  EXPECT_EQ(first_date("Bucureşti, 3 iulie 2017"), "2017-07-03");
  EXPECT_EQ(first_date("le 12 décembre 2016"), "2016-12-12");
  EXPECT_EQ(first_date("2019年6月15日"), "2019-06-15");
  EXPECT_EQ(first_date("2018년 2월 23일"), "2018-02-23");
  EXPECT_EQ(first_date("Hà Nội, ngày 20 tháng 7 năm 2018"), "2018-07-20");
  // Words that are no month stay no date.
  EXPECT_EQ(first_date("15 students in 2019"), "");
}

TEST(Gazetteer, CountryWordsRegulatorsAndUnambiguousCities) {
  EXPECT_EQ(country_from_text("University of the West Indies, Mona, Kingston 7, Jamaica W.I."), "JM");
  EXPECT_EQ(country_from_text("Kingston"), "");  // Jamaica, Canada, the UK, the US
  EXPECT_EQ(country_from_text("Northern Caribbean University, Mandeville"), "JM");
  EXPECT_EQ(country_from_text("Hanoi Medical University, 1 Ton That Tung, Dong Da, Ha Noi"), "VN");
  EXPECT_EQ(country_from_text("Trường Đại học Y Dược Thành phố Hồ Chí Minh"), "VN");
  EXPECT_EQ(country_from_text("Faculty of Medicine, Ain Shams University, Abbassia, Cairo"), "EG");
  EXPECT_EQ(country_from_text("Registered with the Medical Laboratory Science Council of Nigeria"), "NG");
  EXPECT_EQ(country_from_text("Health Professions Council of South Africa"), "ZA");
  EXPECT_EQ(country_from_text("Hyderabad"), "");  // India and Pakistan
  EXPECT_EQ(country_from_text("Hyderabad, Telangana"), "IN");
  EXPECT_EQ(country_from_text("Jamshoro, Sindh"), "PK");
  EXPECT_EQ(country_from_text("Port of Spain, Trinidad and Tobago"), "TT");
  EXPECT_EQ(country_from_text("123 Main Street, Albany, NY 12208"), "US");
  EXPECT_EQ(country_from_text("New York"), "US");  // not York, England
  EXPECT_EQ(country_from_text("Addis Ababa"), "ET");
  EXPECT_EQ(country_from_text("Yaoundé"), "CM");
  EXPECT_EQ(country_from_text("Kraków"), "PL");
  EXPECT_EQ(country_from_text("Universidad Nacional de Colombia, Bogotá D.C."), "CO");
  EXPECT_EQ(country_from_text("Tel: +233 24 555 0101"), "GH");
  // Each country the agencies recruit from is in the gazetteer.
  for (const char* code : {"PH", "IN", "NG", "PK", "BD", "NP", "LK", "GH", "KE", "UG", "ZW", "ZA", "ET", "CM", "EG", "SA",
                           "JO", "LB", "IR", "VN", "KR", "CN", "MY", "TH", "JM", "TT", "GY", "GB", "PL", "RO", "MX", "CO", "US"})
    EXPECT_NE(gazetteer_tsv().find(std::string("\n") + code + "\tcountry\t"), std::string_view::npos) << code;
}

}  // namespace
}  // namespace cc
