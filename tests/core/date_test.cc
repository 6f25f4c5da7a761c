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
