// core/date.h
//
// Calendar values as news reports them. A Date may be partial: "2023",
// "2023-04" or "2023-04-10". It keeps its precision for display and compares
// by its first day, so "2023-04" sorts with 2023-04-01. A Timestamp is a UTC
// instant in whole seconds, written as "2025-05-23T08:00:00Z".
//
// Pure values: no clock is read here; the current time comes in as an
// argument wherever it matters.

#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace labwatch {

enum class DatePrecision : std::uint8_t { kYear, kMonth, kDay };

class Date {
 public:
  Date() = default;  // 1970-01-01, day precision

  // REQUIRES: a valid calendar date (use Parse for untrusted input).
  static Date Day(int year, unsigned month, unsigned day);
  static Date Month(int year, unsigned month);
  static Date Year(int year);
  static Date FromDays(std::chrono::sys_days days);

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a full timestamp is accepted
  // and truncated to its day). kInvalidArgument names the text otherwise.
  static Result<Date> Parse(std::string_view text);

  int year() const { return year_; }
  unsigned month() const { return month_; }  // 0 when precision is kYear
  unsigned day() const { return day_; }      // 0 unless precision is kDay
  DatePrecision precision() const;

  // The first day the date covers: 2023-04 -> 2023-04-01.
  std::chrono::sys_days FirstDay() const;
  // Days since 1970-01-01 of FirstDay(); the sort key. Inline, by the
  // civil calendar's arithmetic: a rebuild compares dates millions of times.
  std::int32_t SortKey() const {
    // Years from March, so that a leap day ends its year; eras of 400 years.
    unsigned m = month_ == 0 ? 1 : month_;
    unsigned d = day_ == 0 ? 1 : day_;
    int y = year_ - (m <= 2 ? 1 : 0);
    int era = (y >= 0 ? y : y - 399) / 400;
    auto year_of_era = static_cast<unsigned>(y - era * 400);
    unsigned day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<std::int32_t>(day_of_era) - 719468;
  }

  // "2023", "2023-04" or "2023-04-10".
  std::string ToString() const;

  // Same text, same precision.
  bool operator==(const Date&) const = default;

 private:
  Date(int year, unsigned month, unsigned day)
      : year_(static_cast<std::int16_t>(year)),
        month_(static_cast<std::uint8_t>(month)),
        day_(static_cast<std::uint8_t>(day)) {}

  std::int16_t year_ = 1970;
  std::uint8_t month_ = 1;
  std::uint8_t day_ = 1;
};

// Orders by first day, then coarser precision first: 2023 < 2023-01 < 2023-01-01.
std::strong_ordering CompareDates(const Date& a, const Date& b);

using Timestamp = std::chrono::sys_seconds;

// Parses RFC 3339 / ISO 8601 "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)",
// and a bare "YYYY-MM-DD" as midnight UTC. Fractions are dropped.
Result<Timestamp> ParseTimestamp(std::string_view text);

// "2025-05-23T08:00:00Z".
std::string FormatTimestamp(Timestamp t);

// The UTC day of `t`, day precision.
Date DateOf(Timestamp t);

}  // namespace labwatch
