#include "core/date.h"

#include <gtest/gtest.h>

namespace labwatch {
namespace {

TEST(Date, ParsesEachPrecisionAndPrintsItBack) {
  for (const char* text : {"2023", "2023-04", "2023-04-10"}) {
    auto date = Date::Parse(text);
    ASSERT_TRUE(date) << text;
    EXPECT_EQ(date->ToString(), text);
  }
  EXPECT_EQ(Date::Parse("2023")->precision(), DatePrecision::kYear);
  EXPECT_EQ(Date::Parse("2023-04")->precision(), DatePrecision::kMonth);
  EXPECT_EQ(Date::Parse("2023-04-10")->precision(), DatePrecision::kDay);
}

TEST(Date, TruncatesATimestampToItsDay) {
  EXPECT_EQ(Date::Parse("2025-05-30T12:00:00Z")->ToString(), "2025-05-30");
}

TEST(Date, RejectsMalformedAndImpossibleDates) {
  for (const char* text : {"", "23", "2023-4", "2023-13", "2023-02-30", "2023/04/01", "2023-04-01x", "May 2023"}) {
    auto date = Date::Parse(text);
    EXPECT_FALSE(date) << text;
    if (!date) {
      EXPECT_NE(date.error().message.find(text), std::string::npos) << date.error().message;
    }
  }
}

TEST(Date, ComparesByFirstDayThenPrecision) {
  auto year = *Date::Parse("2023");
  auto month = *Date::Parse("2023-01");
  auto day = *Date::Parse("2023-01-01");
  auto later = *Date::Parse("2023-02");
  EXPECT_EQ(year.SortKey(), day.SortKey());
  EXPECT_TRUE(CompareDates(year, month) < 0);
  EXPECT_TRUE(CompareDates(month, day) < 0);
  EXPECT_TRUE(CompareDates(day, later) < 0);
  EXPECT_TRUE(CompareDates(*Date::Parse("2022-12-31"), year) < 0);
}

TEST(Date, SortKeyCountsDaysFromTheEpochAsTheCalendarDoes) {
  // Every day of four centuries around the epoch (leap days, 1900 and 2000
  // included), the years 0 and 9999, and each less precise date by its
  // first day.
  auto days = [](int y, unsigned m, unsigned d) {
    return static_cast<std::int32_t>(
        std::chrono::sys_days(std::chrono::year(y) / std::chrono::month(m) / std::chrono::day(d)).time_since_epoch().count());
  };
  for (int year : {0, 1, 99, 100, 400, 9999})
    for (unsigned month = 1; month <= 12; ++month) EXPECT_EQ(Date::Day(year, month, 1).SortKey(), days(year, month, 1));
  for (std::chrono::sys_days day = std::chrono::sys_days(std::chrono::year(1800) / 1 / 1);
       day < std::chrono::sys_days(std::chrono::year(2200) / 1 / 1); day += std::chrono::days(1)) {
    std::chrono::year_month_day ymd(day);
    auto y = static_cast<int>(ymd.year());
    auto m = static_cast<unsigned>(ymd.month());
    auto d = static_cast<unsigned>(ymd.day());
    ASSERT_EQ(Date::Day(y, m, d).SortKey(), day.time_since_epoch().count()) << y << "-" << m << "-" << d;
    if (d == 1) {
      ASSERT_EQ(Date::Month(y, m).SortKey(), day.time_since_epoch().count());
    }
    if (d == 1 && m == 1) {
      ASSERT_EQ(Date::Year(y).SortKey(), day.time_since_epoch().count());
    }
  }
}

TEST(Timestamp, ParsesZonesAndFractions) {
  EXPECT_EQ(FormatTimestamp(*ParseTimestamp("2025-05-23T08:00:00Z")), "2025-05-23T08:00:00Z");
  EXPECT_EQ(FormatTimestamp(*ParseTimestamp("2025-05-23T10:30:00+02:30")), "2025-05-23T08:00:00Z");
  EXPECT_EQ(FormatTimestamp(*ParseTimestamp("2025-05-23T01:00:00.123-07:00")), "2025-05-23T08:00:00Z");
  EXPECT_EQ(FormatTimestamp(*ParseTimestamp("2025-05-23")), "2025-05-23T00:00:00Z");
}

TEST(Timestamp, RejectsMissingZoneAndGarbage) {
  EXPECT_FALSE(ParseTimestamp("2025-05-23T08:00:00"));
  EXPECT_FALSE(ParseTimestamp("2025-05-23T25:00:00Z"));
  EXPECT_FALSE(ParseTimestamp("yesterday"));
  EXPECT_FALSE(ParseTimestamp("2025-05-23T08:00:00Zjunk"));
}

TEST(Timestamp, DateOfIsTheUtcDay) {
  EXPECT_EQ(DateOf(*ParseTimestamp("2025-05-23T23:30:00-02:00")).ToString(), "2025-05-24");
}

}  // namespace
}  // namespace labwatch
