#include "core/date.h"

#include <charconv>
#include <cstdio>

namespace labwatch {
namespace {

// Writes `value` in exactly `width` decimal digits, zero-padded; returns the
// end. REQUIRES: value < 10^width.
char* PutDigits(char* out, unsigned value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return out + width;
}

// Reads exactly `width` digits at `pos`; false if any is not a digit.
bool ReadDigits(std::string_view text, size_t pos, size_t width, int* out) {
  if (pos + width > text.size()) return false;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

auto BadDate(std::string_view text, std::string_view why) {
  return MakeError(ErrorCode::kInvalidArgument,
                   "bad date \"" + std::string(text) + "\": " + std::string(why));
}

}  // namespace

Date Date::Day(int year, unsigned month, unsigned day) { return Date(year, month, day); }
Date Date::Month(int year, unsigned month) { return Date(year, month, 0); }
Date Date::Year(int year) { return Date(year, 0, 0); }

Date Date::FromDays(std::chrono::sys_days days) {
  std::chrono::year_month_day ymd(days);
  return Date(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
              static_cast<unsigned>(ymd.day()));
}

DatePrecision Date::precision() const {
  if (month_ == 0) return DatePrecision::kYear;
  if (day_ == 0) return DatePrecision::kMonth;
  return DatePrecision::kDay;
}

std::chrono::sys_days Date::FirstDay() const {
  return std::chrono::sys_days(std::chrono::year_month_day(
      std::chrono::year(year_), std::chrono::month(month_ == 0 ? 1u : month_),
      std::chrono::day(day_ == 0 ? 1u : day_)));
}

std::string Date::ToString() const {
  char buffer[24];
  char* p = buffer;
  if (year_ < 0 || year_ > 9999) {
    p += std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(year_));
  } else {
    p = PutDigits(p, static_cast<unsigned>(year_), 4);
  }
  if (precision() != DatePrecision::kYear) {
    *p++ = '-';
    p = PutDigits(p, month_, 2);
  }
  if (precision() == DatePrecision::kDay) {
    *p++ = '-';
    p = PutDigits(p, day_, 2);
  }
  return std::string(buffer, p);
}

Result<Date> Date::Parse(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (!ReadDigits(text, 0, 4, &year)) return BadDate(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  if (text.size() == 4) return Date::Year(year);
  if (text[4] != '-' || !ReadDigits(text, 5, 2, &month) || (text.size() != 7 && text[7] != '-'))
    return BadDate(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  if (month < 1 || month > 12) return BadDate(text, "month out of range");
  if (text.size() == 7) return Date::Month(year, month);
  if (!ReadDigits(text, 8, 2, &day) || (text.size() > 10 && text[10] != 'T' && text[10] != ' '))
    return BadDate(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  std::chrono::year_month_day ymd{std::chrono::year(year),
                                  std::chrono::month(static_cast<unsigned>(month)),
                                  std::chrono::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return BadDate(text, "no such day");
  return Date::Day(year, month, day);
}

std::strong_ordering CompareDates(const Date& a, const Date& b) {
  if (auto c = a.SortKey() <=> b.SortKey(); c != 0) return c;
  return a.precision() <=> b.precision();
}

Result<Timestamp> ParseTimestamp(std::string_view text) {
  auto bad = [&](std::string_view why) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "bad timestamp \"" + std::string(text) + "\": " + std::string(why));
  };
  auto date = Date::Parse(text.substr(0, 10));
  if (!date || date->precision() != DatePrecision::kDay)
    return bad("expected YYYY-MM-DDTHH:MM:SSZ");
  Timestamp t = std::chrono::time_point_cast<std::chrono::seconds>(date->FirstDay());
  if (text.size() == 10) return t;
  int hour = 0, minute = 0, second = 0;
  if ((text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !ReadDigits(text, 11, 2, &hour) ||
      text.size() < 16 || text[13] != ':' || !ReadDigits(text, 14, 2, &minute))
    return bad("expected YYYY-MM-DDTHH:MM:SSZ");
  size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    if (!ReadDigits(text, pos + 1, 2, &second)) return bad("bad seconds");
    pos += 3;
  }
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  }
  if (hour > 23 || minute > 59 || second > 60) return bad("time out of range");
  t += std::chrono::hours(hour) + std::chrono::minutes(minute) + std::chrono::seconds(second);
  if (pos == text.size()) return bad("missing time zone (Z or +HH:MM)");
  char zone = text[pos];
  if ((zone == 'Z' || zone == 'z') && pos + 1 == text.size()) return t;
  int offset_hours = 0, offset_minutes = 0;
  if ((zone != '+' && zone != '-') || !ReadDigits(text, pos + 1, 2, &offset_hours))
    return bad("bad time zone");
  size_t minutes_at = pos + 3;
  if (minutes_at < text.size() && text[minutes_at] == ':') ++minutes_at;
  if (!ReadDigits(text, minutes_at, 2, &offset_minutes) || minutes_at + 2 != text.size())
    return bad("bad time zone");
  auto offset = std::chrono::hours(offset_hours) + std::chrono::minutes(offset_minutes);
  return zone == '+' ? t - offset : t + offset;
}

std::string FormatTimestamp(Timestamp t) {
  auto days = std::chrono::floor<std::chrono::days>(t);
  std::chrono::year_month_day ymd(days);
  std::chrono::hh_mm_ss hms(t - days);
  int year = static_cast<int>(ymd.year());
  char buffer[32];
  if (year < 0 || year > 9999) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", year, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return buffer;
  }
  // Written by hand: events carry several timestamps, and snprintf shows
  // in the profile of an append.
  char* p = buffer;
  p = PutDigits(p, static_cast<unsigned>(year), 4);
  *p++ = '-';
  p = PutDigits(p, static_cast<unsigned>(ymd.month()), 2);
  *p++ = '-';
  p = PutDigits(p, static_cast<unsigned>(ymd.day()), 2);
  *p++ = 'T';
  p = PutDigits(p, static_cast<unsigned>(hms.hours().count()), 2);
  *p++ = ':';
  p = PutDigits(p, static_cast<unsigned>(hms.minutes().count()), 2);
  *p++ = ':';
  p = PutDigits(p, static_cast<unsigned>(hms.seconds().count()), 2);
  *p++ = 'Z';
  return std::string(buffer, p);
}

Date DateOf(Timestamp t) { return Date::FromDays(std::chrono::floor<std::chrono::days>(t)); }

}  // namespace labwatch
